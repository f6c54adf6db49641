"""The "did you mean" line: a corrected query offered when a search finds
(almost) nothing.

Apart from the store because it is one question with its own rules (which
words count as typos, which correction wins, when it is worth offering) and
touches only a searcher, never the row store.
"""

from __future__ import annotations

import itertools

from .name_variants import looks_like_name
from .query import parse
from .search import NAME_FIELDS, bound_expansions, edit_distance, lexicons, name_key, replace_words, stem_for
from .term_eval import evaluate, term_scores
from .whoosh_query import compile_query

#: "Did you mean" is offered for queries of up to this many words.
MAX_SUGGEST_TERMS = 12
#: Words shorter than this are never corrected (Lucene's spell checker
#: has the same floor): as the user types, "D" or "Bei" is a word on its
#: way, and a great many short words of the index are within two edits of
#: it (looking them over and counting the hits of the best took 0.05-0.2 s
#: of a keystroke at 100,000 articles), while the one picked for a short
#: word is seldom the one meant ("Tae" -> "Taek"). A name of short words
#: still gets the person the archive knows (`known_name`: "Kin Jong Un").
MIN_CORRECTED_LENGTH = 4


def suggest(searcher, q, text: str, total: int, max_expansions: int) -> str:
    """"Did you mean": only words found in no field the query searched
    are corrected (a real word with few hits is not a typo); each by the
    closest word of the index (then the most frequent), keeping the
    user's capitals; offered only when it finds more."""
    reader = searcher.reader()
    words: dict[str, set[str]] = {}
    for field, word in q.iter_all_terms():
        words.setdefault(word if isinstance(word, str) else word.decode("utf-8", "replace"), set()).add(field)
    fixes: dict[str, str] = {}
    lex = lexicons(searcher)
    for word, fields_ in words.items():
        if len(word) < MIN_CORRECTED_LENGTH or any((f, word) in reader for f in fields_):
            continue
        best = closest(reader, lex, word, fields_)
        if best:
            fixes[word] = best
    if not fixes:
        return known_name(searcher, text) if total == 0 else ""
    corrected = replace_words(text, fixes)
    if corrected == text:
        return ""
    try:
        cq = bound_expansions(compile_query(parse(corrected), reader.schema), lex, max_expansions)
        return corrected if _finds_more(searcher, cq, total) else ""
    except Exception:  # noqa: BLE001 - no suggestion is better than a crash
        return ""


def _finds_more(searcher, cq, total: int) -> bool:
    """Whether the corrected query finds more than `total` articles: from
    the term scores (which the search of the corrected words, typed on,
    then finds ready), else counted unscored."""
    scores = evaluate(cq, term_scores(searcher))
    if scores is not None:
        return len(scores) > total
    return sum(1 for _ in itertools.islice(cq.docs(searcher), total + 1)) > total


def closest(reader, lex, word: str, fields_: set[str]) -> str:
    """The closest real word (unstemmed, from the index's spelling list for
    a stemmed field) within two edits, the most frequent on a tie; a word
    whose stem no article of the field has is never offered."""
    best: tuple[int, int, str] | None = None
    for field in fields_:
        if field not in reader.schema.names():
            continue
        for cand in lex.within(lex.spelling_source(field), word, 2, 1):
            dist = edit_distance(word, cand)
            freq = reader.doc_frequency(field, stem_for(reader.schema[field], cand))
            if freq and (best is None or (dist, -freq) < best[:2]):
                best = (dist, -freq, cand)
    return best[2] if best else ""


def known_name(searcher, text: str) -> str:
    """A person the archive knows, for a name query whose words are all in
    the index but never together ("Kim Yong Ho" when the archive has "Thae
    Yong Ho" and "Kim Yong Chol"): the name sharing the most of its words
    (all but one at least), the most often named on a tie, in the user's
    capitals style. Empty when no name is that close."""
    if not looks_like_name(text):
        return ""
    field = NAME_FIELDS["person"]
    reader = searcher.reader()
    if field not in reader.schema.names():
        return ""
    wanted = name_key(text.replace('"', " ").split(":", 1)[-1]).split()
    need = max(1, len(wanted) - 1)
    best: tuple[int, int, str] | None = None
    for key in lexicons(searcher).names(field):
        words = key.split()
        shared = len(set(wanted) & set(words))
        if shared < need or abs(len(words) - len(wanted)) > 1:
            continue
        rank = (shared, reader.doc_frequency(field, key), key)
        if best is None or rank[:2] > best[:2]:
            best = rank
    if best is None:
        return ""
    return " ".join(w.upper() if text.isupper() else w[:1].upper() + w[1:] for w in best[2].split())
