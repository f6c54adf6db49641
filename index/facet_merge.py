"""Facet values with the spellings of one entity merged ("Thae Yong Ho"
and "Thae Yong-ho", "SEOUL" and "Seoul"): one value, each article counted
once, shown in its most frequent spelling, carrying every spelling so that
choosing it finds them all (`models.FacetValue`, `api.facet_term`).

Why it is cheap: SQLite counts articles per spelling (a scan of the
covering index `facets_value`, 36 ms for 10,000 articles); the canonical
key of a spelling is computed in Python once per table (a few thousand
distinct names) and the counts are added up per key. A sum counts an
article that uses two spellings twice, so the exact count (distinct
articles) is asked of SQLite only for keys with several spellings that
could reach the top: their spellings are looked up in the index, not
scanned.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable

from .models import FacetValue
from .variant_table import VariantTable

#: facet field -> the entity label whose variants merge its values
LABEL_OF = {"person": "PERSON", "org": "ORG", "place": "LOCATION"}
#: above this many articles, counting by the value index beats reading
#: each article's rows by the article index (93 ms against 235 ms for
#: 7,000 of 10,000 articles; the scan costs ~40 ms whatever the number)
SCAN_ABOVE = 1500
#: up to this many articles, their rows are counted in Python (exact at once)
FEW = 500

_keys: dict[str, dict[tuple[str, str], str]] = {}  # table fingerprint -> (label, spelling) -> key
_keys_lock = threading.Lock()

Facets = dict[str, list[tuple[str, int]]]


def has_value_index(con: sqlite3.Connection) -> bool:
    """Whether the writer has added the value index (`db.ensure_indexes`)."""
    return con.execute("SELECT 1 FROM sqlite_master WHERE type='index' AND name='facets_value'").fetchone() is not None


def _fill_want(con: sqlite3.Connection, ids: list[str]) -> None:
    """The article ids in the connection's temp table `want` (as `db` fills it)."""
    con.execute("CREATE TEMP TABLE IF NOT EXISTS want (article_id TEXT PRIMARY KEY)")
    con.execute("DELETE FROM want")
    con.executemany("INSERT OR IGNORE INTO want VALUES (?)", [(i,) for i in ids])


def _key_cache(table: VariantTable) -> dict[tuple[str, str], str]:
    with _keys_lock:
        got = _keys.get(table.fingerprint)
        if got is None or len(got) > 1_000_000:
            _keys.clear()  # one table is in use at a time
            got = _keys[table.fingerprint] = {}
        return got


def _spelling_counts(con: sqlite3.Connection, ids: Iterable[str] | None) -> list[tuple[str, str, int]]:
    if ids is None:
        return con.execute("SELECT field, value, count(*) FROM facets GROUP BY field, value").fetchall()
    ids = list(ids)
    _fill_want(con, ids)
    # `+article_id` keeps SQLite off the article index: the covering scan is cheaper for many articles
    col = "+article_id" if len(ids) > SCAN_ABOVE and has_value_index(con) else "article_id"
    return con.execute(f"SELECT field, value, count(*) FROM facets WHERE {col} IN "  # noqa: S608 - fixed text
                       "(SELECT article_id FROM want) GROUP BY field, value").fetchall()


def _distinct_counts(con: sqlite3.Connection, keyed: list[tuple[str, str, str]],
                     filtered: bool) -> dict[tuple[str, str], int]:
    """(field, key) -> articles naming any of its spellings (of `want` when filtered)."""
    con.execute("CREATE TEMP TABLE IF NOT EXISTS merge_keys (field TEXT, value TEXT, key TEXT, "
                "PRIMARY KEY(field, value))")
    con.execute("DELETE FROM merge_keys")
    con.executemany("INSERT OR IGNORE INTO merge_keys VALUES (?, ?, ?)", keyed)
    where = "WHERE f.article_id IN (SELECT article_id FROM want) " if filtered else ""
    rows = con.execute("SELECT m.field, m.key, count(DISTINCT f.article_id) FROM merge_keys m "
                       "JOIN facets f ON f.field = m.field AND f.value = m.value "
                       f"{where}GROUP BY m.field, m.key").fetchall()
    return {(field, key): n for field, key, n in rows}


def _few_articles(con: sqlite3.Connection, ids: list[str], top: int, table: VariantTable) -> Facets:
    """The same for a few articles: their rows are few, and counted here
    exactly (a distinct count in SQLite would read every row of a merged
    name's spellings)."""
    _fill_want(con, ids)
    keys = _key_cache(table)
    per: dict[str, dict[str, dict[str, int]]] = {}  # field -> key -> spelling -> articles
    seen: dict[str, dict[str, set[str]]] = {}  # field -> key -> articles
    for field, value, aid in con.execute("SELECT field, value, article_id FROM facets WHERE article_id IN "
                                         "(SELECT article_id FROM want)"):
        label = LABEL_OF.get(field)
        key = value
        if label is not None:
            key = keys.get((label, value))
            if key is None:
                key = keys[(label, value)] = table.key(label, value) or value
        spellings = per.setdefault(field, {}).setdefault(key, {})
        spellings[value] = spellings.get(value, 0) + 1
        seen.setdefault(field, {}).setdefault(key, set()).add(aid)
    return _ranked({f: {k: (sp, len(seen[f][k])) for k, sp in by_key.items()} for f, by_key in per.items()}, top)


def _ranked(counted: dict[str, dict[str, tuple[dict[str, int], int]]], top: int) -> Facets:
    """field -> key -> (spelling -> articles, articles of the key) as facets."""
    out: Facets = {}
    for field, by_key in counted.items():
        values: list[tuple[str, int]] = []
        for spellings, n in by_key.values():
            order = sorted(spellings, key=lambda v: (-spellings[v], -len(v), v))
            # (only entity fields have keys of several spellings: a source or year is its own key)
            values.append((FacetValue(order[0], tuple(order)) if len(order) > 1 else order[0], n))
        if field == "date":
            values.sort(key=lambda v: v[0], reverse=True)
        else:
            values.sort(key=lambda v: (-v[1], v[0].casefold()))
        out[field] = values[:top]
    return out


def merged_counts(con: sqlite3.Connection, ids: Iterable[str] | None, top: int, table: VariantTable) -> Facets:
    """`db.facet_counts` with the variants of `table` merged."""
    ids = None if ids is None else list(ids)
    if ids is not None and len(ids) <= FEW:
        return _few_articles(con, ids, top, table)
    rows = _spelling_counts(con, ids)
    keys = _key_cache(table)
    # field -> key -> [(spelling, articles)]
    groups: dict[str, dict[str, list[tuple[str, int]]]] = {}
    for field, value, n in rows:
        label = LABEL_OF.get(field)
        if label is None:
            key = value
        else:
            key = keys.get((label, value))
            if key is None:
                key = keys[(label, value)] = table.key(label, value) or value
        groups.setdefault(field, {}).setdefault(key, []).append((value, n))
    need: list[tuple[str, str, str]] = []  # (field, spelling, key) whose distinct count is asked
    for field, by_key in groups.items():
        if field not in LABEL_OF:
            continue
        # (key, lower bound, upper bound): the largest spelling, the sum of all
        bounds = [(key, max(n for _, n in sp), sum(n for _, n in sp)) for key, sp in by_key.items()]
        lows = sorted((lo for _, lo, _ in bounds), reverse=True)
        floor = lows[top - 1] if 0 < top <= len(lows) else 0
        for key, lo, hi in bounds:
            if lo != hi and hi >= floor:  # several spellings, and it could be in the top
                need.extend((field, v, key) for v, _ in by_key[key])
    exact = _distinct_counts(con, need, ids is not None) if need else {}
    # (a key with several spellings that cannot reach the top keeps its sum: it is cut anyway)
    return _ranked({field: {key: (dict(sp), exact.get((field, key), sum(n for _, n in sp)))
                            for key, sp in by_key.items()} for field, by_key in groups.items()}, top)
