"""A person's name as the archive spells it: "Tae Yong Ho" finds the
articles that write "Thae Yong-ho".

When a whole query is a person's name (two to four name-like words, or
one quoted phrase, or `person:"..."`) and the archive knows that person
under other spellings (the same key as the entity browser: surname
romanisations, spaces and hyphens folded, and the aliases of the variant
table, the user's included), the query also asks for those spellings in
the person field. Any other query is left as it is.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

from .variant_table import VariantTable, table_of, variant_table

_WORD = r"[A-Z][\w'’]*(?:-[\w'’]+)*"  # "Yong-ho": a hyphen may go on in lower case
_NAME_QUERY = re.compile(rf'^\s*(?:person:)?"?({_WORD}(?:\s+{_WORD}){{1,3}})"?\s*$')
_cache: dict[tuple[int, int, str], dict[str, set[str]]] = {}
_lock = threading.Lock()


def name_index(names: Iterable[tuple[str, str, str]], table: VariantTable | None = None) -> dict[str, set[str]]:
    """Person key -> the spellings the archive uses."""
    table = table or variant_table()
    out: dict[str, set[str]] = {}
    for _, label, name in names:
        if label == "PERSON" and " " in name.strip():
            out.setdefault(table.key("PERSON", name), set()).add(name.strip())
    return out


def cached_index(corpus) -> dict[str, set[str]]:  # noqa: ANN001 - any Corpus
    """The index of a corpus, read once per corpus, article count and
    variant table."""
    table = table_of(corpus)
    key = (id(corpus), corpus.article_count(), table.fingerprint)
    with _lock:
        got = _cache.get(key)
    if got is None:
        got = name_index(corpus.entity_names("PERSON", per_article=False), table)
        with _lock:
            _cache.clear()  # one corpus at a time is searched
            _cache[key] = got
    return got


def looks_like_name(query: str) -> bool:
    """Whether a query could be a person's name (and is worth the index)."""
    return _NAME_QUERY.match(query) is not None


def expand_name(query: str, index: dict[str, set[str]], table: VariantTable | None = None) -> str:
    """The query, asking also for the other spellings of the person it
    names (`table`: the one `index` was built with)."""
    m = _NAME_QUERY.match(query)
    if not m:
        return query
    name = m.group(1)
    spellings = index.get((table or variant_table()).key("PERSON", name), set())
    others = sorted(s for s in spellings if s.casefold() != name.casefold())
    if not others:
        return query
    return " OR ".join([f"({query.strip()})"] + [f'person:"{s.replace(chr(34), "")}"' for s in others[:8]])
