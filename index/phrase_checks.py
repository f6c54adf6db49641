"""Whether a phrase holds in a document: on the stored text for title and
body (the index keeps no word positions for them, search.py), on the
index's positions for every other field.

Split from `term_eval.py`, which asks these of the candidates its
boolean evaluation leaves: the And of a phrase's words is an upper bound,
and only the documents that could enter the page are checked.
"""

from __future__ import annotations

from collections.abc import Callable

from whoosh import query

from .analysis import has_near
from .term_cache import TermScores

#: (title, body) of documents by number, read from the row store
TextsOf = Callable[[list[int]], dict[int, tuple[str, str]]]
_TEXT_FIELDS = {"title": 0, "body": 1}
#: texts read at a time when every candidate is checked
_TEXT_SLICE = 2000


def text_phrase(node: query.Phrase) -> bool:
    """A phrase of title or body, which the index keeps no positions for:
    it is checked on the stored text (any slop)."""
    return node.fieldname in _TEXT_FIELDS and bool(node.words) and all(isinstance(w, str) for w in node.words)


def keeps_positions(schema, fieldname: str) -> bool:
    """Whether the index keeps the field's word positions (title and body keep none)."""
    field = schema[fieldname] if fieldname in schema.names() else None
    return bool(field is not None and field.format and field.format.supports("positions"))


def exact_phrase(node: query.Phrase, cache: TermScores) -> bool:
    """A slop-1 phrase of a field that keeps positions (a name field): checked on them."""
    if node.slop != 1 or not node.words or not keeps_positions(cache.searcher.schema, node.fieldname):
        return False
    return all(isinstance(w, str) for w in node.words)


def verified(phrases: list[query.Phrase], docs: list[int], cache: TermScores) -> dict[int, set[int]]:
    """Of `docs`, those where each phrase holds (by the phrase's id): from the
    stored text for title and body phrases, else from the index's positions."""
    ok: dict[int, set[int]] = {}
    got: dict[int, tuple[str, str]] | None = None
    texts: TextsOf | None = getattr(cache, "texts", None)
    for p in phrases:
        if not text_phrase(p):
            ok[id(p)] = _adjacent(p, docs, cache)
        elif texts is None:
            ok[id(p)] = set(docs)  # no text to read: the words' And, an upper bound
        else:
            if got is None:
                got = texts(docs)
            field = _TEXT_FIELDS[p.fieldname]
            ok[id(p)] = {d for d in docs if d in got and has_near(got[d][field], p.words, p.slop)}
    return ok


def holding(node: query.Phrase, docs: list[int], cache: TermScores) -> set[int]:
    """Of `docs` (ascending), those where the phrase holds, every one
    checked: the text read a slice at a time, so a phrase of common words
    at 100,000 articles holds a few thousand texts in memory, not all."""
    if not text_phrase(node):
        return _adjacent(node, docs, cache)
    out: set[int] = set()
    for i in range(0, len(docs), _TEXT_SLICE):
        out |= verified([node], docs[i:i + _TEXT_SLICE], cache)[id(node)]
    return out


def _adjacent(node: query.Phrase, docs: list[int], cache: TermScores) -> set[int]:
    """Of `docs` (ascending), those where the phrase's words stand in order
    at consecutive positions: one forward pass over each word's postings."""
    reader = cache.searcher.reader()
    field = cache.searcher.schema[node.fieldname]
    starts: dict[int, set[int]] = {}
    for i, word in enumerate(node.words):
        btext = field.to_bytes(word)
        if (node.fieldname, btext) not in reader:
            return set()
        m = reader.postings(node.fieldname, btext)
        nxt: dict[int, set[int]] = {}
        for d in docs if i == 0 else sorted(starts):
            if not m.is_active():
                break
            if m.id() < d:
                m.skip_to(d)
                if not m.is_active():
                    break
            if m.id() != d:
                continue
            shifted = {p - i for p in m.value_as("positions")}
            keep = shifted if i == 0 else starts[d] & shifted
            if keep:
                nxt[d] = keep
        starts = nxt
        if not starts:
            return set()
    return set(starts)
