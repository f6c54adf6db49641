"""The index on disk: a Whoosh index and a SQLite row store, kept in step.

Layout of one index folder (one per set of corpus folders):
    <root>/whoosh/      Whoosh segments (search)
    <root>/rows.sqlite  articles, entity spans, incidents, file states
    <root>/VERSION      schema version, written last: a folder without it
                        is an unfinished build and is thrown away.
A full build is written into a sibling folder and swapped in by renames, so
a crash or kill mid-build leaves the previous index usable.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import sys
import sqlite3
import threading
import time
import warnings
import weakref
from collections.abc import Collection, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

from whoosh import index as windex
from whoosh.index import LockError
from whoosh.query import Every

from . import db
from .config import Settings
from .extract import Extractor, TookTooLong
from .extract.vocab import extraction_fingerprint
from .loader import SkipFile, load_article
from .locations import index_dir_for
from .models import Article, EntitySpan, Extraction, Incident, IndexReport, SearchHit, SearchResult, SkippedFile
from .scan import FoundFile, scan_folders
from .handles import HandlePool, close_quietly
from .suggest import MAX_SUGGEST_TERMS, suggest
from .term_eval import evaluate, rank, term_scores
from .search import (
    SCHEMA_VERSION,
    QueryError,
    NAME_FIELDS,
    bound_expansions,
    name_key,
    normalize_fields,
    opening,
    sort_value,
    lexicons,
    check_size,
    check_syntax,
    date_value,
    make_parser,
    make_schema,
    make_snippet,
    query_terms,
    term_spans,
)

SNIPPETS_PER_QUERY = 30  # hits below this get the article's opening lines: snippets cost ~1 ms each


class IndexBusy(Exception):
    """Another process holds the index's write lock."""


# ------------------------------------------------------------------ extraction in worker processes

_EXTRACTOR: Extractor | None = None


def _init_worker(options) -> None:  # pragma: no cover - runs in child processes
    global _EXTRACTOR
    # a worker's stderr is the user's terminal, under the app's screen
    warnings.simplefilter("ignore")
    _EXTRACTOR = Extractor(options)


def _start_helper_processes() -> None:
    """Start multiprocessing's resource tracker with the real stderr.

    multiprocessing hands `sys.stderr.fileno()` to the tracker process it
    starts with the first pool. Under a UI that has replaced sys.stderr
    (Textual captures it), that is no file descriptor at all, and the pool
    fails with "bad value(s) in fds_to_keep"."""
    from multiprocessing import resource_tracker

    real = sys.__stderr__
    if real is None or sys.stderr is real:
        resource_tracker.ensure_running()
        return
    saved = sys.stderr
    try:
        sys.stderr = real
        resource_tracker.ensure_running()
    finally:
        sys.stderr = saved


def _process(args: tuple[str, str, str, str, int | None, float | None]) -> tuple[str, Article | None, Extraction | None, str]:
    """Load and extract one file; runs in a worker process. A file that
    takes longer than its bound is skipped with that reason."""
    article_id, path, root, label, max_bytes, seconds = args
    try:
        art = load_article(Path(path), Path(root), label, max_bytes)
    except SkipFile as exc:
        return article_id, None, None, str(exc)
    assert _EXTRACTOR is not None
    try:
        return article_id, art, _EXTRACTOR.extract(art, seconds), ""
    except TookTooLong as exc:
        return article_id, None, None, str(exc)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a build
        return article_id, art, Extraction((), ()), f"extraction failed ({type(exc).__name__}: {exc})"


def _field_text(spans: Iterable[EntitySpan], label: str) -> str:
    return "\n".join(dict.fromkeys(s.canonical or s.text for s in spans if s.label == label)) + "\n" + \
        "\n".join(dict.fromkeys(s.text for s in spans if s.label == label and s.canonical))


def _document(art: Article, ex: Extraction) -> dict:
    doc = {
        "id": art.id,
        "title": art.title,
        "body": art.body,
        "person": _field_text(ex.entities, "PERSON"),
        "org": _field_text(ex.entities, "ORG"),
        "place": _field_text(ex.entities, "LOCATION"),
        "role": _field_text(ex.entities, "ROLE"),
        "source": art.source,
    }
    for label, field in (("PERSON", "person"), ("ORG", "org"), ("LOCATION", "place")):
        keys = {name_key(n) for s in ex.entities if s.label == label for n in (s.text, s.canonical) if n}
        doc[NAME_FIELDS[field]] = ",".join(sorted(k for k in keys if k))
    when = date_value(art.date)
    if when is not None:
        doc["date"] = when
    doc["sortdate"] = sort_value(art.date)
    return doc


class IndexStore:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.root = index_dir_for(settings.corpus, settings.index_dir)
        self._local = threading.local()
        self._generation = 0  # bumped after each update: threads reopen their handles
        self._lock = threading.Lock()
        self._ix: windex.Index | None = None
        self._searchers = HandlePool()
        self._qparser = None  # one parser for the schema, built on first use
        self._rules = extraction_fingerprint(settings.extraction)
        self._cons = HandlePool()
        self._recover_swap()

    # -------------------------------------------------------------- paths and handles

    @property
    def _whoosh_dir(self) -> Path:
        return self.root / "whoosh"

    @property
    def _rows_path(self) -> Path:
        return self.root / "rows.sqlite"

    def _recover_swap(self) -> None:
        """Finish or undo a swap that a crash interrupted."""
        old = self.root.with_name(self.root.name + ".old")
        if not self.root.exists() and old.exists() and (old / "VERSION").exists():
            old.rename(self.root)
        elif old.exists():
            shutil.rmtree(old, ignore_errors=True)
        for stale in self.root.parent.glob(self.root.name + ".build-*") if self.root.parent.exists() else []:
            pid = stale.name.rsplit("-", 1)[-1]
            if not pid.isdigit() or not _alive(int(pid)):
                shutil.rmtree(stale, ignore_errors=True)

    def usable(self) -> bool:
        """Cheap: the stamp says this schema and these rules (damage is found
        by the update that follows, which rebuilds)."""
        try:
            stamp = (self.root / "VERSION").read_text(encoding="utf-8").strip()
        except OSError:
            return False
        return stamp == f"{SCHEMA_VERSION} {self._rules}" and self._rows_path.exists()

    def _problem(self) -> str:
        """Why the index on disk cannot be used as it is ('' when it can)."""
        version_file = self.root / "VERSION"
        if not self.root.exists() or not version_file.exists():
            return "no index yet" if not self.root.exists() else "index folder is incomplete"
        version, _, rules = version_file.read_text(encoding="utf-8").strip().partition(" ")
        if version != SCHEMA_VERSION:
            return f"index was written by schema version {version}, this is {SCHEMA_VERSION}"
        if rules != self._rules:
            return "the extraction rules or vocabulary changed since the index was built"
        try:
            ix = windex.open_dir(str(self._whoosh_dir))
            with ix.searcher() as s:
                n = s.doc_count()
            con = db.connect(self._rows_path)
            try:
                m = db.article_count(con)
            finally:
                con.close()
        except Exception as exc:  # noqa: BLE001 - any failure to open means damage
            return f"index is damaged ({type(exc).__name__}: {str(exc)[:80]})"
        if n != m:
            return f"index is damaged (search has {n} articles, rows have {m})"
        return ""

    def _index(self) -> windex.Index:
        with self._lock:
            if self._ix is None:
                self._ix = windex.open_dir(str(self._whoosh_dir))
            return self._ix

    def _con(self) -> sqlite3.Connection:
        """This thread's SQLite connection, taken from the pool on first use.

        The app runs each search in a fresh worker thread, so a plain
        thread-local handle would be opened anew on every keystroke; a
        finished thread's handle goes back to the pool instead."""
        loc = self._local
        if getattr(loc, "con_gen", None) != self._generation or getattr(loc, "con", None) is None:
            loc.con = self._cons.take(self._generation, lambda: db.connect(self._rows_path))
            loc.con_gen = self._generation
            # when this thread is gone, its connection serves the next one
            loc.con_fin = weakref.finalize(threading.current_thread(), self._cons.give, loc.con_gen, loc.con)
        return loc.con

    @contextlib.contextmanager
    def _searching(self):
        """A Whoosh searcher for the length of one call. Searchers are kept
        open between calls (opening one costs more than most queries) but are
        not shared by two threads at once."""
        gen = self._generation
        searcher = self._searchers.take(gen, lambda: self._index().searcher())
        try:
            yield searcher
        finally:
            self._searchers.give(gen, searcher)

    def close(self) -> None:
        loc = self._local
        if getattr(loc, "con", None) is not None:
            loc.con_fin.detach()
            close_quietly(loc.con)
            loc.con = None
        self._searchers.clear()
        self._cons.clear()

    def _invalidate(self) -> None:
        with self._lock:
            self._ix = None
            self._generation += 1
        self._searchers.clear()
        self._cons.clear()

    # -------------------------------------------------------------- update

    def update(self, progress=None, rebuild: bool = False, cancel: threading.Event | None = None) -> IndexReport:
        """Build or bring up to date; never raises for a busy index or a cancel."""
        t0 = time.perf_counter()
        try:
            with _exclusive(self.root):
                report = self._update(progress, rebuild, cancel)
        except IndexBusy as exc:
            return IndexReport(notes=(str(exc),), seconds=time.perf_counter() - t0)
        except _Cancelled:
            return IndexReport(notes=("indexing cancelled; the index is as it was before",),
                               seconds=time.perf_counter() - t0)
        return IndexReport(report.added, report.updated, report.removed, report.unchanged, report.skipped,
                           report.rebuilt_reason, time.perf_counter() - t0, report.notes)

    def _update(self, progress, rebuild: bool, cancel: threading.Event | None) -> IndexReport:
        problem = "" if not rebuild else "rebuild requested"
        if not rebuild:
            problem = self._problem()
        found, notes = scan_folders(self.settings.corpus, self.settings.extensions)
        if problem:
            report = self._full_build(found, notes, progress, cancel,
                                      reason="" if problem == "no index yet" else problem)
        else:
            report = self._incremental(found, notes, progress, cancel)
        return report

    def _work_items(self, files: list[FoundFile]) -> list[tuple[str, str, str, str, int | None, float | None]]:
        max_bytes = int(self.settings.max_file_mb * 1e6) if self.settings.max_file_mb > 0 else None
        seconds = self.settings.max_file_seconds if self.settings.max_file_seconds > 0 else None
        return [(f.article_id, str(f.path), str(f.root), f.label, max_bytes, seconds) for f in files]

    def _extract_all(self, files: list[FoundFile], progress, cancel):
        """Yield (FoundFile, Article|None, Extraction|None, reason) in a pool of processes."""
        items = self._work_items(files)
        by_id = {f.article_id: f for f in files}
        workers = max(1, min(os.cpu_count() or 1, 8))
        total = len(items)
        if total < 40 or workers == 1:
            _init_worker(self.settings.extraction)
            results: Iterable = map(_process, items)
            pool = None
        else:
            import multiprocessing as mp

            ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
            _start_helper_processes()
            pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                       initargs=(self.settings.extraction,))
            results = pool.map(_process, items, chunksize=16)
        try:
            for n, (aid, art, ex, reason) in enumerate(results, 1):
                if cancel is not None and cancel.is_set():
                    raise _Cancelled
                if progress:
                    progress(n, total, str(by_id[aid].path))
                yield by_id[aid], art, ex, reason
        finally:
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)

    def _full_build(self, found, notes, progress, cancel, reason: str) -> IndexReport:
        self.root.parent.mkdir(parents=True, exist_ok=True)
        build = self.root.with_name(f"{self.root.name}.build-{os.getpid()}")
        shutil.rmtree(build, ignore_errors=True)
        (build / "whoosh").mkdir(parents=True)
        ix = windex.create_in(str(build / "whoosh"), make_schema())
        con = db.connect(build / "rows.sqlite")
        skipped: list[SkippedFile] = []
        added = 0
        writer = ix.writer(limitmb=256)
        try:
            for f, art, ex, why in self._extract_all(found, progress, cancel):
                if art is None:
                    skipped.append(SkippedFile(str(f.path), why))
                    continue
                if why:
                    notes.append(f"{f.path}: {why}")
                writer.add_document(**_document(art, ex))
                db.put_article(con, art, f.size, f.mtime_ns, ex.entities, ex.incidents)
                added += 1
            if progress:
                progress(len(found), len(found), "committing…")
            writer.commit()
            dups = db.mark_duplicates(con)
            db.set_skipped(con, skipped)
            db.set_meta(con, "schema_version", SCHEMA_VERSION)
            con.commit()
        except BaseException:
            writer.cancel()
            con.close()
            shutil.rmtree(build, ignore_errors=True)
            raise
        con.close()
        (build / "VERSION").write_text(f"{SCHEMA_VERSION} {self._rules}", encoding="utf-8")
        self._swap_in(build)
        if dups:
            notes.append(f"{dups} file(s) have the same text as another file (kept, marked as duplicates)")
        return IndexReport(added=added, skipped=tuple(skipped), rebuilt_reason=reason, notes=tuple(notes))

    def _swap_in(self, build: Path) -> None:
        self.close()
        self._invalidate()
        old = self.root.with_name(self.root.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.root.exists():
            self.root.rename(old)
        build.rename(self.root)
        # again: a search between the first invalidation and the rename may
        # have opened (and pooled) the old index under the new generation
        self.close()
        self._invalidate()
        shutil.rmtree(old, ignore_errors=True)

    def _incremental(self, found: list[FoundFile], notes: list[str], progress, cancel) -> IndexReport:
        con = db.connect(self._rows_path)
        try:
            known = db.file_states(con)
            present = {f.article_id for f in found}
            removed = [aid for aid in known if aid not in present]
            changed = [f for f in found if f.article_id not in known
                       or known[f.article_id][1:3] != (f.size, f.mtime_ns) or known[f.article_id][0] != str(f.path)]
            unchanged = len(found) - len(changed)
            old_skips = {s.path: s for s in db.skipped(con)}
            if not removed and not changed:
                still = tuple(s for p, s in old_skips.items() if p in {str(f.path) for f in found})
                return IndexReport(unchanged=unchanged, skipped=still, notes=tuple(notes))
            try:
                writer = self._index().writer(timeout=2.0)
            except LockError:
                raise IndexBusy("another defect-tui is updating this index; showing it as it was") from None
            added = updated = 0
            skipped: list[SkippedFile] = []
            try:
                for aid in removed:
                    writer.delete_by_term("id", aid)
                    db.delete_article(con, aid)
                for f, art, ex, why in self._extract_all(changed, progress, cancel):
                    if art is None:
                        skipped.append(SkippedFile(str(f.path), why))
                        if f.article_id in known:
                            writer.delete_by_term("id", f.article_id)
                            db.delete_article(con, f.article_id)
                        continue
                    if f.article_id in known and known[f.article_id][3] == art.content_hash:
                        db.touch_file(con, f.article_id, f.size, f.mtime_ns)  # same bytes: no re-index
                        unchanged += 1
                        continue
                    writer.update_document(**_document(art, ex))
                    db.put_article(con, art, f.size, f.mtime_ns, ex.entities, ex.incidents)
                    if f.article_id in known:
                        updated += 1
                    else:
                        added += 1
                writer.commit()
            except BaseException:
                writer.cancel()
                con.rollback()
                raise
            # Skips of files not re-read this time still hold.
            changed_paths = {str(f.path) for f in changed}
            kept = [s for p, s in old_skips.items() if p not in changed_paths and p in {str(f.path) for f in found}]
            all_skipped = kept + skipped
            dups = db.mark_duplicates(con)
            db.set_skipped(con, all_skipped)
            con.commit()
        finally:
            con.close()
        self._invalidate()
        if dups:
            notes.append(f"{dups} file(s) have the same text as another file (kept, marked as duplicates)")
        return IndexReport(added=added, updated=updated, removed=len(removed), unchanged=unchanged,
                           skipped=tuple(all_skipped), notes=tuple(notes))

    # -------------------------------------------------------------- reading

    def _ready(self) -> bool:
        return (self.root / "VERSION").exists()

    def search(self, text: str, limit: int = 50, sort: str = "relevance") -> SearchResult:
        text = text.strip()
        if not self._ready():
            return SearchResult(text, 0, (), error="The index is not built yet.")
        con = self._con()
        if not text:
            total = db.article_count(con)
            if not total:
                return self._empty_corpus(text)
            rows = db.articles_by_date(con, limit)
            hits = tuple(SearchHit(aid, title, date, source, 0.0, opening(first))
                         for aid, title, date, source, first in rows)
            return SearchResult("", total, hits)
        try:
            check_size(text, self.settings.max_query_chars, self.settings.max_query_terms)
            check_syntax(text)
        except QueryError as exc:
            if not db.article_count(con):
                return self._empty_corpus(text)
            return SearchResult(text, 0, (), error=str(exc))
        with self._searching() as searcher:
            result = self._search(searcher, con, normalize_fields(text), limit, sort)
        if not result.total and not db.article_count(con):
            return self._empty_corpus(text)  # (counted only when nothing was found: not per keystroke)
        return dataclasses.replace(result, query=text) if result.query != text else result

    def _empty_corpus(self, text: str) -> SearchResult:
        """An empty archive is no unreadable query: say where it looked."""
        where = ", ".join(str(f) for f in self.settings.corpus) or "no folder"
        return SearchResult(text, 0, (), error=f"The corpus has no articles (looked in {where}).")

    def _parser(self, schema):
        if self._qparser is None:
            self._qparser = make_parser(schema)
        return self._qparser

    def _search(self, searcher, con, text: str, limit: int, sort: str) -> SearchResult:
        parser = self._parser(searcher.schema)
        try:
            q = parser.parse(text)
            q = bound_expansions(q, lexicons(searcher), self.settings.max_expansions)
            ranked = self._ranked(searcher, q, limit, sort)
        except QueryError as exc:
            return SearchResult(text, 0, (), error=str(exc))
        except Exception as exc:  # noqa: BLE001 - the parser's own message, never a crash
            return SearchResult(text, 0, (), error=f"Cannot read this query: {exc}")
        total, found = ranked
        terms = query_terms(q)
        rows = db.article_rows(con, [aid for aid, _ in found])
        hits = []
        for n, (aid, score) in enumerate(found):
            if aid not in rows:
                continue
            title, date, source, body = rows[aid]
            snip = make_snippet(body, terms if n < SNIPPETS_PER_QUERY else ())
            hits.append(SearchHit(aid, title, date, source, round(float(score or 0.0), 3), snip.text, snip.spans))
        suggestion = ""
        if total < 3 and len(terms) <= MAX_SUGGEST_TERMS:
            # (a pasted paragraph with no hits is no misspelling to correct)
            suggestion = suggest(searcher, parser, q, text, total, self.settings.max_expansions)
        return SearchResult(text, total, tuple(hits), suggestion=suggestion, terms=terms)

    @staticmethod
    def _ranked(searcher, q, limit: int, sort: str) -> tuple[int, list[tuple[str, float]]]:
        """(total, [(id, score)] of the first `limit`): boolean queries of
        words from cached term scores (term_eval), the rest by Whoosh."""
        reader = searcher.reader()
        ids = reader.column_reader("id")
        dates = reader.column_reader("sortdate") if sort == "date" else None
        ranked = rank(q, term_scores(searcher), limit, dates)
        if ranked is not None:
            total, best = ranked
            return total, [(ids[d], s) for d, s in best]
        kwargs = {"sortedby": "sortdate", "reverse": True} if sort == "date" else {}
        results = searcher.search(q, limit=limit, **kwargs)
        total = results.estimated_length() if not results.has_exact_length() else len(results)
        return total, [(r["id"], r.score) for r in results]

    def matching_ids(self, text: str) -> set[str] | None:
        """Ids of every article a query matches (None: all articles)."""
        text = text.strip()
        if not text:
            return None
        if not self._ready():
            return set()
        try:
            check_size(text, self.settings.max_query_chars, self.settings.max_query_terms)
            check_syntax(text)
            with self._searching() as searcher:
                q = bound_expansions(self._parser(searcher.schema).parse(normalize_fields(text)), lexicons(searcher),
                                     self.settings.max_expansions)
                scores = evaluate(q, term_scores(searcher))
                if scores is not None:
                    docnums = scores.keys()
                else:
                    docnums = q.docs(searcher) if not isinstance(q, Every) else searcher.reader().all_doc_ids()
                col = searcher.reader().column_reader("id")
                return {col[d] for d in docnums}
        except Exception:  # noqa: BLE001 - a bad query matches nothing
            return set()

    def facets(self, text: str, top: int) -> dict[str, list[tuple[str, int]]]:
        if not self._ready():
            return {}
        ids = self.matching_ids(text)
        return db.facet_counts(self._con(), ids, top)

    def article(self, article_id: str) -> Article | None:
        return db.article(self._con(), article_id) if self._ready() else None

    def entities(self, article_id: str) -> list[EntitySpan]:
        return db.entities(self._con(), article_id) if self._ready() else []

    def all_entities(self, ids: Iterable[str] | None):
        if not self._ready():
            return iter(())
        return db.all_entities(self._con(), list(ids) if ids is not None else None)

    def incidents(self, ids: Collection[str] | None) -> list[Incident]:
        return db.incidents(self._con(), ids) if self._ready() else []

    def hit_spans(self, text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
        return term_spans(text, terms)

    def skipped(self) -> list[SkippedFile]:
        return db.skipped(self._con()) if self._ready() else []

    def article_count(self) -> int:
        return db.article_count(self._con()) if self._ready() else 0


class _Cancelled(Exception):
    pass


Cancelled = _Cancelled


@contextlib.contextmanager
def _exclusive(root: Path):
    """One writer per index folder across processes: a second instance is
    told the index is busy instead of corrupting it."""
    root.parent.mkdir(parents=True, exist_ok=True)
    lock_path = root.with_name(root.name + ".lock")
    with open(lock_path, "a+") as fh:
        if fcntl is not None:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise IndexBusy("another defect-tui is updating this index; showing it as it was") from None
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
