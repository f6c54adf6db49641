"""The row store beside the Whoosh index: articles, entity spans, incidents.

Whoosh answers "which articles match"; the table of 100,000 incidents and
the reader's spans are rows, which SQLite serves in milliseconds where
Whoosh's stored fields would take seconds. Both are written in one update.
"""

from __future__ import annotations

import json
import operator
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from .config import Settings
from .facet_merge import merged_counts
from .incident_rows import IncidentRows
from .models import INCIDENT_COLUMNS, Article, EntitySpan, Incident, SkippedFile
from .variant_table import variant_table

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files (
    article_id TEXT PRIMARY KEY, path TEXT, size INTEGER, mtime_ns INTEGER, hash TEXT);
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY, path TEXT, title TEXT, date TEXT, date_precision TEXT,
    source TEXT, authors TEXT, url TEXT, body TEXT, content_hash TEXT, encoding TEXT,
    extra TEXT, duplicate_of TEXT DEFAULT '');
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE TABLE IF NOT EXISTS entity_spans (article_id TEXT PRIMARY KEY, spans TEXT);
CREATE TABLE IF NOT EXISTS incidents (
    incident_id TEXT PRIMARY KEY, article_id TEXT, article_title TEXT, article_date TEXT,
    date TEXT, date_precision TEXT, status TEXT, actor TEXT, actor_name TEXT, role TEXT,
    count INTEGER, origin TEXT, destination TEXT, reported_by TEXT, evidence TEXT,
    evidence_start INTEGER, evidence_end INTEGER, group_key TEXT, seq INTEGER);
CREATE TABLE IF NOT EXISTS facets (article_id TEXT, field TEXT, value TEXT);
CREATE TABLE IF NOT EXISTS skipped (path TEXT PRIMARY KEY, reason TEXT);
CREATE TABLE IF NOT EXISTS row_changes (previous TEXT, stamp TEXT, article_id TEXT);
CREATE INDEX IF NOT EXISTS row_changes_stamp ON row_changes(stamp);
"""

#: the rows' own indexes: an article's incidents in order, the incidents of one event, an
#: article's facets. A full build writes a new store without them and makes them once the rows
#: are in (`ensure_indexes`, beside the search commit): at 100,000 articles each insert otherwise
#: updates three more B-trees, one of them (the event keys) at a random place
ROW_INDEXES_SQL = """
CREATE INDEX IF NOT EXISTS incidents_article_seq ON incidents(article_id, seq);
CREATE INDEX IF NOT EXISTS incidents_group ON incidents(group_key);
CREATE INDEX IF NOT EXISTS facets_article ON facets(article_id);
"""

_INCIDENT_COLS = (
    "incident_id", "article_id", "article_title", "article_date", "date", "date_precision",
    "status", "actor", "actor_name", "role", "count", "origin", "destination", "reported_by",
    "evidence", "evidence_start", "evidence_end", "group_key",
)
#: an incident's column values in one C call (a generator of getattr per column was 0.15 ms an
#: article of a full build's main loop, which every article passes through one at a time)
_incident_values = operator.attrgetter(*_INCIDENT_COLS)


def connect(path: Path, *, bulk: bool = False) -> sqlite3.Connection:
    """A connection to the row store, its tables made if missing. `bulk`:
    a new store that a full build fills, without the rows' indexes (the
    build makes them after the rows, `ensure_indexes`)."""
    con = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.executescript(SCHEMA_SQL if bulk else SCHEMA_SQL + ROW_INDEXES_SQL)
    return con


#: indexes the writer adds (not `connect`: a reader must never write): the
#: facets by value with their articles, which counts every value of 10,000
#: articles in 36 ms (a scan of the covering index) against 270 ms, and
#: finds the articles of one value without a scan (merged facets)
EXTRA_INDEXES_SQL = """
CREATE INDEX IF NOT EXISTS facets_value ON facets(field, value, article_id);
CREATE INDEX IF NOT EXISTS articles_duplicates ON articles(duplicate_of) WHERE duplicate_of != '';
"""
#: what every update does first to the duplicate marks: through the partial index above it touches
#: the few marked rows, where a scan read the whole table of article texts (3.3 s of a re-index at
#: 100,000 articles when those pages were not in memory, 0.2 s when they were)
CLEAR_DUPLICATES_SQL = "UPDATE articles SET duplicate_of='' WHERE duplicate_of != ''"


#: the page cache of a connection that rewrites rows (KiB, as SQLite takes it negative): an
#: update of 1,000 articles at 100,000 deletes and inserts ~30 incident and facet rows each at
#: random places of million-row tables and their indexes, which SQLite's default 2 MB keeps re-reading
WRITER_CACHE_KIB = 64 * 1024


def for_writing(con: sqlite3.Connection) -> None:
    con.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")


def ensure_indexes(con: sqlite3.Connection) -> None:
    con.executescript(ROW_INDEXES_SQL + EXTRA_INDEXES_SQL)


def get_meta(con: sqlite3.Connection, key: str) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(con: sqlite3.Connection, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


#: the meta key of the row store's stamp: a new one whenever an update writes rows
ROWS_STAMP = "rows_stamp"


#: the updates whose changed articles are kept (`articles_changed_between`)
KEPT_CHANGES = 32


def new_rows_stamp(con: sqlite3.Connection, changed: Iterable[str] | None = None) -> None:
    """Name the rows about to be committed: what was derived from the old
    ones (the events kept on disk) is then known to be of other rows. A
    random name, not a digest of the inputs: rows written by other code
    from the same files are other rows too.

    `changed`: the articles whose rows an update wrote or removed, kept
    with the step from the old stamp to the new one, in the same
    transaction as the rows, so that what was derived from the old rows
    can be brought up to date by redoing only those articles' part (the
    events merged before a 1% update). None (a full build): no steps."""
    previous = rows_stamp(con)
    stamp = uuid.uuid4().hex
    set_meta(con, ROWS_STAMP, stamp)
    if changed is None or not previous:
        con.execute("DELETE FROM row_changes")
        return
    con.executemany("INSERT INTO row_changes VALUES (?, ?, ?)",
                    [(previous, stamp, aid) for aid in ["", *sorted(set(changed))]])  # ('' records the step itself)
    steps = [s for (s,) in con.execute("SELECT stamp FROM row_changes WHERE article_id='' ORDER BY rowid DESC")]
    if len(steps) > KEPT_CHANGES:
        con.executemany("DELETE FROM row_changes WHERE stamp=?", [(s,) for s in steps[KEPT_CHANGES:]])


def articles_changed_between(con: sqlite3.Connection, older: str, newer: str) -> frozenset[str] | None:
    """The articles whose rows the updates from stamp `older` to stamp
    `newer` wrote or removed; None when the steps between them are not
    known (a full build since, or older than the last `KEPT_CHANGES`)."""
    found: set[str] = set()
    at = newer
    for _ in range(KEPT_CHANGES + 1):
        if at == older:
            return frozenset(found)
        step = con.execute("SELECT previous, article_id FROM row_changes WHERE stamp=?", (at,)).fetchall()
        if not step:
            return None
        found.update(aid for _, aid in step if aid)
        at = step[0][0]
    return None


def rows_stamp(con: sqlite3.Connection) -> str:
    """The stamp of the committed rows ('' for a store written before stamps)."""
    return get_meta(con, ROWS_STAMP) or ""


def file_states(con: sqlite3.Connection) -> dict[str, tuple[str, int, int, str]]:
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in con.execute("SELECT article_id, path, size, mtime_ns, hash FROM files")}


def delete_article(con: sqlite3.Connection, article_id: str) -> None:
    for table in ("files", "articles", "entity_spans", "incidents", "facets"):
        con.execute(f"DELETE FROM {table} WHERE article_id=?", (article_id,))  # noqa: S608 - fixed names


def put_article(con: sqlite3.Connection, art: Article, size: int, mtime_ns: int,
                entities: Iterable[EntitySpan], incidents: Iterable[Incident], *, fresh: bool = False) -> None:
    """Write one article's rows in place of any it had. `fresh`: the store
    holds none of this article (a full build's first sight of it), so there
    is nothing to delete, and no index to delete through."""
    if not fresh:
        delete_article(con, art.id)
    con.execute("INSERT INTO files VALUES (?,?,?,?,?)", (art.id, art.path, size, mtime_ns, art.content_hash))
    con.execute(
        "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'')",
        (art.id, art.path, art.title, art.date, art.date_precision, art.source,
         json.dumps(list(art.authors)), art.url, art.body, art.content_hash, art.encoding,
         json.dumps(art.extra, default=str)),
    )
    entities = list(entities)
    con.execute("INSERT INTO entity_spans VALUES (?,?)", (art.id, _packed(entities)))
    con.executemany("INSERT INTO facets VALUES (?,?,?)",
                    [(art.id, field, value) for field, value in _facet_values(art, entities)])
    con.executemany(
        f"INSERT OR REPLACE INTO incidents ({', '.join(_INCIDENT_COLS)}, seq) VALUES ({', '.join('?' * (len(_INCIDENT_COLS) + 1))})",
        [_incident_values(i) + (n,) for n, i in enumerate(incidents)],
    )


FACET_FIELDS = {"PERSON": "person", "ORG": "org", "LOCATION": "place"}
_FACET_LABELS = {v: k for k, v in FACET_FIELDS.items()}


def entity_names(con: sqlite3.Connection, label: str | None = None,
                 per_article: bool = True) -> Iterator[tuple[str, str, str]]:
    """(article id, label, name): each distinct person, organisation and place
    name of each article; with `per_article` false, each name once ("" for the article)."""
    fields = [FACET_FIELDS[label]] if label in FACET_FIELDS else list(FACET_FIELDS.values()) if label is None else []
    if not fields:
        return
    where = f"WHERE field IN ({', '.join('?' * len(fields))})"
    sql = (f"SELECT article_id, field, value FROM facets {where}" if per_article
           else f"SELECT DISTINCT '', field, value FROM facets {where}")
    for aid, field, value in con.execute(sql, fields):
        yield aid, _FACET_LABELS[field], value


def _facet_values(art: Article, entities: Iterable[EntitySpan]) -> set[tuple[str, str]]:
    """One row per distinct (field, value) per article: counts are of articles."""
    values = {(FACET_FIELDS[e.label], e.canonical or e.text) for e in entities if e.label in FACET_FIELDS}
    if art.source:
        values.add(("source", art.source))
    if art.date:
        values.add(("date", art.date[:4]))
    return values


def facet_counts(con: sqlite3.Connection, ids: Iterable[str] | None, top: int,
                 settings: Settings | None = None) -> dict[str, list[tuple[str, int]]]:
    """Top values per field with article counts; with `settings`, the
    spellings of one entity merged by their variant table (`facet_merge.py`)."""
    if settings is not None:
        return merged_counts(con, ids, top, variant_table(settings))
    if ids is None:
        rows = con.execute("SELECT field, value, count(*) FROM facets GROUP BY field, value").fetchall()
    else:
        _fill_want(con, ids)
        rows = con.execute("SELECT field, value, count(*) FROM facets WHERE article_id IN "
                           "(SELECT article_id FROM want) GROUP BY field, value").fetchall()
    out: dict[str, list[tuple[str, int]]] = {}
    for field, value, n in rows:
        out.setdefault(field, []).append((value, n))
    for field, values in out.items():
        if field == "date":
            values.sort(key=lambda v: v[0], reverse=True)
        else:
            values.sort(key=lambda v: (-v[1], v[0].casefold()))
        del values[top:]
    return out


def _fill_want(con: sqlite3.Connection, ids: Iterable[str]) -> None:
    con.execute("CREATE TEMP TABLE IF NOT EXISTS want (article_id TEXT PRIMARY KEY)")
    con.execute("DELETE FROM want")
    con.executemany("INSERT OR IGNORE INTO want VALUES (?)", [(i,) for i in ids])


def touch_file(con: sqlite3.Connection, article_id: str, size: int, mtime_ns: int) -> None:
    con.execute("UPDATE files SET size=?, mtime_ns=? WHERE article_id=?", (size, mtime_ns, article_id))


def mark_duplicates(con: sqlite3.Connection, *, fresh: bool = False) -> int:
    """Files with identical bytes are all kept; later ones name the first.
    The repeated hashes come from the hash index alone (22 ms at 100,000
    articles, where grouping every article's id took 0.26 s of each update).
    `fresh`: a full build's new rows, of which none is marked yet (and whose
    partial index of the marks comes later: the clearing would read every
    article's text)."""
    if not fresh:
        con.execute(CLEAR_DUPLICATES_SQL)
    hashes = [h for (h,) in con.execute(
        "SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1")]
    n = 0
    for h in hashes:
        first, *rest = [aid for (aid,) in con.execute(
            "SELECT article_id FROM articles WHERE content_hash=? ORDER BY article_id", (h,))]
        con.executemany("UPDATE articles SET duplicate_of=? WHERE article_id=?", [(first, i) for i in rest])
        n += len(rest)
    return n


def set_skipped(con: sqlite3.Connection, skipped: Iterable[SkippedFile]) -> None:
    con.execute("DELETE FROM skipped")
    con.executemany("INSERT OR REPLACE INTO skipped VALUES (?, ?)", [(s.path, s.reason) for s in skipped])


def skipped(con: sqlite3.Connection) -> list[SkippedFile]:
    return [SkippedFile(p, r) for p, r in con.execute("SELECT path, reason FROM skipped ORDER BY path")]


def _article(row: tuple) -> Article:
    (aid, path, title, date, prec, source, authors, url, body, chash, enc, extra, dup) = row
    extra_d = json.loads(extra or "{}")
    if dup:
        extra_d["duplicate_of"] = dup
    return Article(id=aid, path=path, title=title, body=body, date=date or "", date_precision=prec or "",
                   source=source or "", authors=tuple(json.loads(authors or "[]")), url=url or "",
                   content_hash=chash or "", encoding=enc or "", extra=extra_d)


def article(con: sqlite3.Connection, article_id: str) -> Article | None:
    row = con.execute("SELECT * FROM articles WHERE article_id=?", (article_id,)).fetchone()
    return _article(row) if row else None


def articles_by_date(con: sqlite3.Connection, limit: int,
                     within: Iterable[str] | None = None) -> list[tuple[str, str, str, str, str]]:
    """(id, title, date, source, opening) newest first, undated last (of
    the articles `within`, when given)."""
    where = ""
    if within is not None:
        _fill_want(con, within)
        where = "WHERE article_id IN (SELECT article_id FROM want) "
    return con.execute(
        "SELECT article_id, title, date, source, substr(body, 1, 2000) FROM articles "
        f"{where}ORDER BY date = '', date DESC, article_id LIMIT ?", (limit,)).fetchall()


def count_within(con: sqlite3.Connection, ids: Iterable[str]) -> int:
    _fill_want(con, ids)
    return con.execute("SELECT count(*) FROM articles WHERE article_id IN (SELECT article_id FROM want)").fetchone()[0]


def article_ids(con: sqlite3.Connection) -> list[str]:
    return [r[0] for r in con.execute("SELECT article_id FROM articles")]


def article_rows(con: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, str, str, str]]:
    """(title, date, source, body) by article id: what a page of hits shows."""
    return _columns_by_id(con, "title, date, source, body", ids)  # type: ignore[return-value]


def article_texts(con: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, str]]:
    """(title, body) by article id: what phrases of those fields are checked on."""
    return _columns_by_id(con, "title, body", ids)  # type: ignore[return-value]


def _columns_by_id(con: sqlite3.Connection, columns: str, ids: list[str]) -> dict[str, tuple]:
    """These columns of the articles by id, asked 500 ids at a time (under SQLite's limit on parameters)."""
    out: dict[str, tuple] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        q = f"SELECT article_id, {columns} FROM articles WHERE article_id IN ({','.join('?' * len(chunk))})"  # noqa: S608 - fixed names
        for row in con.execute(q, chunk):
            out[row[0]] = tuple(row[1:])
    return out


def _packed(spans: list[EntitySpan]) -> str:
    """An article's entity spans as one value, in text order.

    One row per span made ~90 rows an article: 9 million at 100,000
    articles, each inserted, indexed and (on every re-index) deleted at a
    random place of the table and its index (4 s of a 1% update). The
    spans are only ever read an article at a time, so they are kept as
    one JSON list per article."""
    return json.dumps([[e.start, e.end, e.label, e.text, e.canonical]
                       for e in sorted(spans, key=lambda e: e.start)], ensure_ascii=False)


def _unpacked(value: str | None) -> list[EntitySpan]:
    return [EntitySpan(s, e, lab, t, c or "") for s, e, lab, t, c in json.loads(value or "[]")]


def entities(con: sqlite3.Connection, article_id: str) -> list[EntitySpan]:
    row = con.execute("SELECT spans FROM entity_spans WHERE article_id=?", (article_id,)).fetchone()
    return _unpacked(row[0]) if row else []


def all_entities(con: sqlite3.Connection, ids: list[str] | None) -> Iterator[tuple[str, EntitySpan]]:
    if ids is None:
        rows: Iterable[tuple] = con.execute("SELECT article_id, spans FROM entity_spans ORDER BY article_id")
    else:
        rows = ((aid, r[0]) for aid in ids
                for r in con.execute("SELECT spans FROM entity_spans WHERE article_id=?", (aid,)))
    for aid, value in rows:
        for span in _unpacked(value):
            yield aid, span


#: up to this many articles, group sizes are counted per row through the
#: group index (1 ms for one article at 10,000 articles, where one pass over
#: every group takes 70 ms); past it, the one pass is cheaper
FEW_ARTICLES = 50


def incidents(con: sqlite3.Connection, ids: Iterable[str] | None) -> list[Incident]:
    return _shared_incidents(_incident_rows(con, ids))


def incident_table(con: sqlite3.Connection, ids: Iterable[str] | None) -> IncidentRows:
    """`incidents()` as the incident table keeps them: columns, not objects
    (`incident_rows.py`)."""
    return IncidentRows.from_tuples(_incident_rows(con, ids, numbered=True))


#: the number an id "<article id>#<n>" ends with, -1 for an id of another form
_ID_NUMBER = "CASE WHEN i.incident_id = i.article_id || '#' || (i.seq + 1) THEN i.seq + 1 ELSE -1 END"


def _incident_rows(con: sqlite3.Connection, ids: Iterable[str] | None, numbered: bool = False) -> Iterable[tuple]:
    # the group size counts every article of the corpus, also those not asked for
    cols = ", ".join("i." + c for c in _INCIDENT_COLS)
    number = f", {_ID_NUMBER}" if numbered else ""
    ids = None if ids is None else list(ids)
    if ids is None or len(ids) > FEW_ARTICLES:  # one pass over every group
        where = ""
        if ids is not None:
            _fill_want(con, ids)
            where = "WHERE i.article_id IN (SELECT article_id FROM want) "
        return con.execute(
            f"SELECT {cols}, coalesce(g.n, 0){number} FROM incidents i "
            "LEFT JOIN (SELECT group_key, count(DISTINCT article_id) AS n FROM incidents "
            "WHERE group_key != '' GROUP BY group_key) g ON g.group_key = i.group_key "
            f"{where}ORDER BY i.article_id, i.seq")
    # only the groups of these rows, by the group index (a review re-reads one article)
    _fill_want(con, ids)
    return con.execute(
        f"SELECT {cols}, CASE WHEN i.group_key = '' THEN 0 ELSE (SELECT count(DISTINCT g.article_id) "
        f"FROM incidents g WHERE g.group_key = i.group_key) END{number} FROM incidents i "
        "WHERE i.article_id IN (SELECT article_id FROM want) ORDER BY i.article_id, i.seq")


def _shared_incidents(rows: Iterable[tuple]) -> list[Incident]:
    """Rows as incidents, turned as they come (no list of 100,000 raw tuples
    beside them). SQLite hands every row its own copy of each string, and
    most of them repeat: an article's id, title and date on its ~10 rows, a
    status, a role, a place or a date on thousands. Each distinct value
    becomes one shared string: the rows of 10,000 articles take 54 MB
    instead of 98 MB, and load faster. The numbers are shared too: an
    evidence sentence's offsets are a Python int each past 256, 47 MB for
    a million rows, of some thousands of distinct values. The id and the
    evidence sentence, unique to a row, are kept as they come."""
    shared: dict = {}
    k = shared.setdefault
    return [Incident(r[0], k(r[1], r[1]), k(r[2], r[2]), k(r[3], r[3]), k(r[4], r[4]), k(r[5], r[5]), k(r[6], r[6]),
                     k(r[7], r[7]), k(r[8], r[8]), k(r[9], r[9]), k(r[10], r[10]), k(r[11], r[11]), k(r[12], r[12]),
                     k(r[13], r[13]), r[14], k(r[15], r[15]), k(r[16], r[16]), k(r[17], r[17]), k(r[18], r[18]))
            for r in rows]


def incident_values(con: sqlite3.Connection, ids: Iterable[str] | None) -> Iterator[tuple]:
    """Each incident's INCIDENT_COLUMNS values as SQLite gives them, in the
    order of `incidents()`, one at a time: what an export of a million rows
    writes (no Incident made, no group sizes counted: 2.5 s of the 7.5 s
    that reading them as incidents takes)."""
    where = ""
    if ids is not None:
        _fill_want(con, ids)
        where = "WHERE article_id IN (SELECT article_id FROM want) "
    yield from con.execute(f"SELECT {', '.join(INCIDENT_COLUMNS)} FROM incidents {where}ORDER BY article_id, seq")


def first_incidents(con: sqlite3.Connection, limit: int) -> tuple[list[Incident], int]:
    """The first `limit` rows in the incident table's opening order (the
    newest event date first, undated last, equal dates in corpus order),
    with the number of rows in all: the table's first screen while the rest
    load (SQLite keeps the top `limit` while it scans, no full sort)."""
    cols = ", ".join("i." + c for c in _INCIDENT_COLS)
    # the first rows by their sort columns alone, then their group sizes (a
    # correlated count in the sorted query would run for every row)
    rows = con.execute(
        f"SELECT {cols}, CASE WHEN i.group_key = '' THEN 0 ELSE (SELECT count(DISTINCT g.article_id) "
        "FROM incidents g WHERE g.group_key = i.group_key) END FROM (SELECT rowid AS r FROM incidents "
        "ORDER BY (date IS NULL OR date = ''), date DESC, article_id, seq LIMIT ?) f "
        "JOIN incidents i ON i.rowid = f.r ORDER BY (i.date IS NULL OR i.date = ''), i.date DESC, i.article_id, i.seq",
        (limit,)).fetchall()
    total = con.execute("SELECT count(*) FROM incidents").fetchone()[0]
    return _shared_incidents(rows), total


def article_count(con: sqlite3.Connection) -> int:
    return con.execute("SELECT count(*) FROM articles").fetchone()[0]
