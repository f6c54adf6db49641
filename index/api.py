"""The small, typed API the app and the CLI use to reach the index.

Everything `tui/` knows about storage goes through `Corpus`; it never sees
Whoosh or SQLite, so a backend could be swapped behind this class.
Methods are safe to call from worker threads: each thread gets its own
searcher and SQLite connection.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import Literal

from .config import Settings
from .models import Article, EntitySpan, Incident, IndexReport, SearchResult, SkippedFile

ProgressFn = Callable[[int, int, str], None]  # (done, total, current path)
SortOrder = Literal["relevance", "date"]


class Corpus:
    """An indexed set of corpus folders (one index folder per set)."""

    def __init__(self, settings: Settings) -> None:
        from .store import IndexStore

        self.settings = settings
        self._store = IndexStore(settings)

    @property
    def index_path(self) -> Path:
        return self._store.root

    @property
    def folders(self) -> tuple[Path, ...]:
        return tuple(self.settings.corpus)

    def update(
        self,
        progress: ProgressFn | None = None,
        *,
        rebuild: bool = False,
        cancel: threading.Event | None = None,
    ) -> IndexReport:
        """Bring the index up to date with the folders (or rebuild it)."""
        return self._store.update(progress=progress, rebuild=rebuild, cancel=cancel)

    def usable(self) -> bool:
        """Whether the index on disk can be searched as it is (built, of
        this schema version, not damaged), before any update."""
        return self._store.usable()

    def search(self, query: str, *, limit: int = 50, sort: SortOrder = "relevance") -> SearchResult:
        """Ranked hits with plain-text snippets; an empty query lists all
        articles newest first; a bad query comes back with `error` set."""
        return self._store.search(query, limit=limit, sort=sort)

    def matching_ids(self, query: str) -> set[str] | None:
        """Every article id the query matches, beyond the first page of
        hits (for "incidents of the current results"); None means all."""
        return self._store.matching_ids(query)

    def facets(self, query: str, *, top: int = 8) -> dict[str, list[tuple[str, int]]]:
        """Top values with article counts for the articles a query matches,
        by field: person, org, place, source, date (years, newest first).
        A value narrows a search as `field:"value"` (see `facet_term`)."""
        return self._store.facets(query, top)

    def article(self, article_id: str) -> Article | None:
        return self._store.article(article_id)

    def entities(self, article_id: str) -> list[EntitySpan]:
        return self._store.entities(article_id)

    def all_entities(self, article_ids: Iterable[str] | None = None) -> Iterable[tuple[str, EntitySpan]]:
        return self._store.all_entities(article_ids)

    def incidents(self, article_ids: Collection[str] | None = None) -> list[Incident]:
        """All incidents, or those of the given articles, in corpus order."""
        return self._store.incidents(article_ids)

    def hit_spans(self, text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
        """Where the analysed query `terms` occur in `text` (for the reader)."""
        return self._store.hit_spans(text, terms)

    def skipped(self) -> list[SkippedFile]:
        """Files the last update could not index, with the reason."""
        return self._store.skipped()

    def article_count(self) -> int:
        return self._store.article_count()

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def facet_term(field: str, value: str) -> str:
    """The query term that narrows a search to one facet value."""
    if field == "date":
        return f"date:{value}"
    return f'{field}:"{value.replace(chr(34), "")}"'


def open_corpus(settings: Settings) -> Corpus:
    return Corpus(settings)
