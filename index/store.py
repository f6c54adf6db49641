"""The Whoosh backend of `Corpus`: search, facets and rows of one index
folder.

It reads what `build.Builder` writes: Whoosh segments for search and the
SQLite row store for articles, spans and incidents. Handles are pooled per
thread (the app searches from worker threads) and dropped after every
update, so a search never sees a swapped-out index.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import threading
import weakref
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from whoosh import index as windex
from whoosh.query import Every, Phrase

from . import db
from .build import ROWS, Builder
from .config import Settings
from .extract.vocab import extraction_fingerprint
from .handles import HandlePool, close_quietly
from .incident_rows import IncidentRows
from .locations import index_dir_for
from .locking import recover_swap
from .models import (Article, EntitySpan, Incident, IndexReport, ProgressFn, SearchHit, SearchResult,
                     SkippedFile, SortOrder)
from .suggest import MAX_SUGGEST_TERMS, suggest
from .term_cache import column, column_values
from .phrase_checks import TextsOf, text_phrase
from .term_eval import evaluate, rank, term_scores
from .whoosh_files import WhooshFiles, open_whoosh, spelling_path
from .query import Node, QueryError, check_size, normalize_fields, parse
from .search import bound_expansions, lexicons, make_snippet, opening, query_terms, term_spans, warm_words
from .whoosh_query import compile_query

SNIPPETS_PER_QUERY = 30  # hits below this get the article's opening lines: snippets cost ~1 ms each


class WhooshCorpus:
    """An indexed set of corpus folders, searched with Whoosh (one index
    folder per set). Implements `api.Corpus`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.root = index_dir_for(settings.corpus, settings.index_dir)
        self._local = threading.local()
        self._generation = 0  # bumped after each update: threads reopen their handles
        self._lock = threading.Lock()
        self._ix: windex.Index | None = None
        self._searchers = HandlePool()
        self._cons = HandlePool()
        self._builder = Builder(settings, self.root, extraction_fingerprint(settings.extraction),
                                WhooshFiles(), self._release)
        recover_swap(self.root)

    @property
    def index_path(self) -> Path:
        return self.root

    @property
    def folders(self) -> tuple[Path, ...]:
        return tuple(self.settings.corpus)

    def __enter__(self) -> "WhooshCorpus":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -------------------------------------------------------------- handles

    @property
    def _rows_path(self) -> Path:
        return self.root / ROWS

    def usable(self) -> bool:
        return self._builder.usable()

    def update(self, progress: ProgressFn | None = None, *, rebuild: bool = False,
               cancel: threading.Event | None = None) -> IndexReport:
        return self._builder.update(progress, rebuild, cancel)

    def _index(self) -> windex.Index:
        with self._lock:
            if self._ix is None:
                self._ix = open_whoosh(self.root)
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
        searcher = self._searchers.take(gen, self._open_searcher)
        try:
            yield searcher
        finally:
            self._searchers.give(gen, searcher)

    def _open_searcher(self):
        """A new searcher, knowing where the index keeps its spelling list."""
        searcher = self._index().searcher()
        lexicons(searcher, spelling_path(self.root))
        return searcher

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

    def _release(self) -> None:
        """Drop every handle on the index folder (it was updated or swapped)."""
        self.close()
        self._invalidate()

    # -------------------------------------------------------------- reading

    def _ready(self) -> bool:
        return (self.root / "VERSION").exists()

    def search(self, text: str, *, limit: int = 50, sort: SortOrder = "relevance",
               within: Collection[str] | None = None) -> SearchResult:
        text = text.strip()
        if not self._ready():
            return SearchResult(text, 0, (), error="The index is not built yet.")
        con = self._con()
        if within is not None and not within:
            return SearchResult(text, 0, ())  # no article is so marked
        if not text:
            total = db.article_count(con) if within is None else db.count_within(con, within)
            if not total and within is None:
                return self._empty_corpus(text)
            rows = db.articles_by_date(con, limit, within)
            hits = tuple(SearchHit(aid, title, date, source, 0.0, opening(first))
                         for aid, title, date, source, first in rows)
            return SearchResult("", total, hits)
        try:
            check_size(text, self.settings.max_query_chars, self.settings.max_query_terms)
            tree = parse(text)
        except QueryError as exc:
            if not db.article_count(con):
                return self._empty_corpus(text)
            return SearchResult(text, 0, (), error=str(exc))
        with self._searching() as searcher:
            allow = _docnums(searcher, within)
            result = self._search(searcher, con, normalize_fields(text), tree, limit, sort, allow)
        if not result.total and not db.article_count(con):
            return self._empty_corpus(text)  # (counted only when nothing was found: not per keystroke)
        return dataclasses.replace(result, query=text) if result.query != text else result

    def warm_up(self) -> None:
        """The word lists of "did you mean" read into the pooled searcher
        that the next search takes (`search.warm_words`)."""
        if self._ready():
            with self._searching() as searcher:
                warm_words(searcher)

    def _empty_corpus(self, text: str) -> SearchResult:
        """An empty archive is no unreadable query: say where it looked."""
        where = ", ".join(str(f) for f in self.settings.corpus) or "no folder"
        return SearchResult(text, 0, (), error=f"The corpus has no articles (looked in {where}).")

    def _search(self, searcher, con, text: str, tree: Node, limit: int, sort: str,
                allow: set[int] | None) -> SearchResult:
        try:
            q = compile_query(tree, searcher.schema)
            q = bound_expansions(q, lexicons(searcher), self.settings.max_expansions)
            total, found, exact = self._ranked(searcher, q, limit, sort, allow, con)
        except QueryError as exc:
            return SearchResult(text, 0, (), error=str(exc))
        except Exception as exc:  # noqa: BLE001 - Whoosh's own message (a date it cannot read), never a crash
            return SearchResult(text, 0, (), error=f"Cannot read this query: {exc}")
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
        if total < 3 and len(terms) <= MAX_SUGGEST_TERMS and allow is None:
            # (a pasted paragraph with no hits is no misspelling to correct)
            suggestion = suggest(searcher, q, text, total, self.settings.max_expansions)
        return SearchResult(text, total, tuple(hits), suggestion=suggestion, terms=terms, total_exact=exact)

    @staticmethod
    def _ranked(searcher, q, limit: int, sort: str, allow: set[int] | None = None, con: sqlite3.Connection | None = None
                ) -> tuple[int, list[tuple[str, float]], bool]:
        """(total, [(id, score)] of the first `limit`): boolean queries of
        words from cached term scores (term_eval), the rest by Whoosh;
        only documents in `allow` when it is given. Phrases are checked on
        the articles' text in the row store (`con`) when there is one."""
        ids = column(searcher, "id")
        dates = column_values(searcher, "sortdate") if sort == "date" else None
        ranked = rank(q, term_scores(searcher), limit, dates, allow, _texts_of(searcher, con))
        if ranked is not None:
            total, best, exact = ranked
            return total, [(ids[d], s) for d, s in best], exact
        kwargs = {"sortedby": "sortdate", "reverse": True} if sort == "date" else {}
        results = searcher.search(q, limit=limit, filter=allow, **kwargs)
        # (a phrase of title or body reads as its words here: more matches, an upper bound)
        if results.has_exact_length() and not any(isinstance(n, Phrase) and text_phrase(n) for n in q.leaves()):
            return len(results), [(r["id"], r.score) for r in results], True
        # (sloppy phrases, proximity: Whoosh counts by estimate; never below what it found)
        return max(results.estimated_length(), len(results)), [(r["id"], r.score) for r in results], False

    def matching_ids(self, text: str, *, within: Collection[str] | None = None) -> set[str] | None:
        """Ids of every article a query matches (None: all articles)."""
        text = text.strip()
        if not text:
            return None if within is None else set(within) & self._all_ids()
        if not self._ready():
            return set()
        found = self._matching_ids(text)
        return found if within is None or found is None else found & set(within)

    def _all_ids(self) -> set[str]:
        return set(db.article_ids(self._con())) if self._ready() else set()

    def _matching_ids(self, text: str) -> set[str] | None:
        try:
            check_size(text, self.settings.max_query_chars, self.settings.max_query_terms)
            tree = parse(text)
            with self._searching() as searcher:
                q = bound_expansions(compile_query(tree, searcher.schema), lexicons(searcher),
                                     self.settings.max_expansions)
                scores = evaluate(q, term_scores(searcher), _texts_of(searcher, self._con()))
                if scores is not None:
                    docnums = scores.keys()
                else:
                    docnums = q.docs(searcher) if not isinstance(q, Every) else searcher.reader().all_doc_ids()
                col = column(searcher, "id")
                return {col[d] for d in docnums}
        except Exception:  # noqa: BLE001 - a bad query matches nothing
            return set()

    def facets(self, text: str, *, top: int = 8,
               within: Collection[str] | None = None) -> dict[str, list[tuple[str, int]]]:
        if not self._ready():
            return {}
        ids = self.matching_ids(text, within=within)
        return db.facet_counts(self._con(), ids, top, self.settings)  # (spellings merged: facet_merge.py)

    def article(self, article_id: str) -> Article | None:
        return db.article(self._con(), article_id) if self._ready() else None

    def entities(self, article_id: str) -> list[EntitySpan]:
        return db.entities(self._con(), article_id) if self._ready() else []

    def all_entities(self, ids: Iterable[str] | None = None) -> Iterable[tuple[str, EntitySpan]]:
        if not self._ready():
            return iter(())
        return db.all_entities(self._con(), list(ids) if ids is not None else None)

    def entity_names(self, label: str | None = None, *, per_article: bool = True) -> Iterable[tuple[str, str, str]]:
        return db.entity_names(self._con(), label, per_article) if self._ready() else iter(())

    def incidents(self, ids: Collection[str] | None = None) -> list[Incident]:
        return db.incidents(self._con(), ids) if self._ready() else []

    def incident_table(self, ids: Collection[str] | None = None) -> IncidentRows:
        return db.incident_table(self._con(), ids) if self._ready() else IncidentRows.from_incidents(())

    def incident_values(self, ids: Collection[str] | None = None) -> Iterator[tuple]:
        return db.incident_values(self._con(), ids) if self._ready() else iter(())

    def first_incidents(self, limit: int) -> tuple[list[Incident], int]:
        return db.first_incidents(self._con(), limit) if self._ready() else ([], 0)

    def incidents_stamp(self) -> str:
        return db.rows_stamp(self._con()) if self._ready() else ""

    def articles_changed_between(self, older: str, newer: str) -> frozenset[str] | None:
        return db.articles_changed_between(self._con(), older, newer) if self._ready() else None

    def hit_spans(self, text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
        return term_spans(text, terms)

    def skipped(self) -> list[SkippedFile]:
        return db.skipped(self._con()) if self._ready() else []

    def article_count(self) -> int:
        return db.article_count(self._con()) if self._ready() else 0


def _docnums(searcher, within: Collection[str] | None) -> set[int] | None:
    """The Whoosh document numbers of these article ids (None: no limit)."""
    if within is None:
        return None
    out = set()
    for aid in within:
        d = searcher.document_number(id=aid)
        if d is not None:
            out.add(d)
    return out


def _texts_of(searcher, con: sqlite3.Connection | None) -> TextsOf | None:
    """(title, body) of documents by number, from the row store: what a
    phrase of those fields is checked on (the index keeps no positions
    for them)."""
    if con is None:
        return None
    ids = column(searcher, "id")

    def texts(docs: list[int]) -> dict[int, tuple[str, str]]:
        rows = db.article_texts(con, [ids[d] for d in docs])
        return {d: rows[ids[d]] for d in docs if ids[d] in rows}

    return texts
