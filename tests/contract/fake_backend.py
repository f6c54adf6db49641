"""A small in-memory `Corpus`: proof that the app needs nothing but the
contract, and a template for a new backend.

Search is deliberately simple (every word of the query must occur in the
title or body, case-folded); it implements the protocol's methods, not the
query language."""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Iterable
from pathlib import Path

from defect_tui.index.models import (Article, EntitySpan, Incident, IndexReport, ProgressFn, SearchHit,
                                     SearchResult, SkippedFile, SortOrder)

_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


class FakeCorpus:
    """Articles, spans and incidents held in dictionaries."""

    def __init__(self, articles: Iterable[Article], incidents: Iterable[Incident] = (),
                 entities: dict[str, list[EntitySpan]] | None = None) -> None:
        self._articles = {a.id: a for a in articles}
        self._incidents = list(incidents)
        self._entities = entities or {}
        self.updates = 0
        self.closed = False

    @property
    def index_path(self) -> Path:
        return Path("/nonexistent/in-memory")

    @property
    def folders(self) -> tuple[Path, ...]:
        return ()

    def update(self, progress: ProgressFn | None = None, *, rebuild: bool = False,
               cancel: threading.Event | None = None) -> IndexReport:
        self.updates += 1
        if progress:
            progress(len(self._articles), len(self._articles), "")
        return IndexReport(unchanged=len(self._articles))

    def usable(self) -> bool:
        return True

    def _matching(self, query: str, within: Collection[str] | None = None) -> list[Article]:
        wanted = _words(query)
        return [a for a in self._articles.values() if wanted <= _words(a.title + " " + a.body)
                and (within is None or a.id in within)]

    def search(self, query: str, *, limit: int = 50, sort: SortOrder = "relevance",
               within: Collection[str] | None = None) -> SearchResult:
        found = self._matching(query, within)
        if sort == "date" or not query.strip():
            found.sort(key=lambda a: a.date, reverse=True)
        hits = tuple(SearchHit(a.id, a.title, a.date, a.source, 1.0, a.body[:200]) for a in found[:limit])
        return SearchResult(query, len(found), hits, terms=tuple(sorted(_words(query))))

    def matching_ids(self, query: str, *, within: Collection[str] | None = None) -> set[str] | None:
        if not query.strip() and within is None:
            return None
        return {a.id for a in self._matching(query, within)}

    def facets(self, query: str, *, top: int = 8,
               within: Collection[str] | None = None) -> dict[str, list[tuple[str, int]]]:
        counts: dict[str, int] = {}
        for a in self._matching(query, within):
            if a.source:
                counts[a.source] = counts.get(a.source, 0) + 1
        return {"source": sorted(counts.items(), key=lambda kv: -kv[1])[:top]}

    def article(self, article_id: str) -> Article | None:
        return self._articles.get(article_id)

    def entities(self, article_id: str) -> list[EntitySpan]:
        return list(self._entities.get(article_id, []))

    def all_entities(self, article_ids: Iterable[str] | None = None) -> Iterable[tuple[str, EntitySpan]]:
        ids = list(article_ids) if article_ids is not None else list(self._articles)
        return [(aid, s) for aid in ids for s in self._entities.get(aid, [])]

    def entity_names(self, label: str | None = None, *, per_article: bool = True) -> Iterable[tuple[str, str, str]]:
        return sorted({(aid if per_article else "", s.label, s.canonical or s.text)
                       for aid, spans in self._entities.items() for s in spans
                       if s.label in ("PERSON", "ORG", "LOCATION") and label in (None, s.label)})

    def incidents(self, article_ids: Collection[str] | None = None) -> list[Incident]:
        return [i for i in self._incidents if article_ids is None or i.article_id in article_ids]

    def hit_spans(self, text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
        wanted = set(terms)
        return [(m.start(), m.end()) for m in _WORD.finditer(text) if m.group().lower() in wanted]

    def skipped(self) -> list[SkippedFile]:
        return []

    def article_count(self) -> int:
        return len(self._articles)

    def close(self) -> None:
        self.closed = True

    def __enter__(self) -> "FakeCorpus":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
