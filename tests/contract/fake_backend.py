"""A small in-memory `Corpus`: proof that the app needs nothing but the
contract, and a template for a new backend.

Search speaks the app's query language without any search library: the
core parses the query (`query.parse`, with the errors users see) and
`_matches` walks the neutral tree over each article's words, case-folded
but not stemmed (words, phrases with slop, prefixes, wildcards, fuzzy
words, fields and their aliases, dates and ranges, every operator). That
is the second backend the tree was made for, in miniature."""

from __future__ import annotations

import fnmatch
import re
import threading
from collections.abc import Collection, Iterable
from pathlib import Path

from defect_tui.index import analysis
from defect_tui.index.incident_rows import IncidentRows
from defect_tui.index import query as q
from defect_tui.index.models import (INCIDENT_COLUMNS, Article, EntitySpan, Incident, IndexReport, ProgressFn,
                                     SearchHit, SearchResult, SkippedFile, SortOrder)

_WORD = re.compile(r"\w+")
_LABELS = {"person": "PERSON", "org": "ORG", "place": "LOCATION"}


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _near(words: list[str], wanted: list[str], slop: int) -> bool:
    """`wanted` in order, each within `slop` positions of the one before."""
    def from_(k: int, at: int) -> bool:
        return k == len(wanted) or any(words[p] == wanted[k] and from_(k + 1, p)
                                       for p in range(at + 1, min(len(words), at + slop + 1)))
    return not wanted or any(w == wanted[0] and from_(1, i) for i, w in enumerate(words))


def _edits(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _day(value: str) -> str:
    """A date value as an ISO prefix (20150412 -> 2015-04-12, 2015-4 -> 2015-04)."""
    if "-" not in value and len(value) == 8:
        value = f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return "-".join(p.zfill(2) for p in value.split("-"))


def _leaf(node, words: list[str], article: Article) -> bool:
    """One leaf against one field's words (a date leaf against the date)."""
    if node.field == q.DATE_FIELD:
        if isinstance(node, q.Range):  # both ends whole periods, included (see query_tree.Range)
            lo, hi = node.start and _day(node.start), node.end and _day(node.end)
            day = article.date
            return bool(day) and (not lo or day >= lo) and (not hi or day <= hi or day.startswith(hi))
        return bool(article.date) and article.date.startswith(_day(node.text))
    if isinstance(node, q.Word):
        return set(_words(node.text)) <= set(words)
    if isinstance(node, q.Phrase):
        return _near(words, _words(node.text), node.slop)
    if isinstance(node, q.Prefix):
        return any(w.startswith(node.text.lower()) for w in words)
    if isinstance(node, q.Wildcard):
        return any(fnmatch.fnmatchcase(w, node.text.lower()) for w in words)
    if isinstance(node, q.Fuzzy):
        text = node.text.lower()
        return any(w[:node.prefix] == text[:node.prefix] and _edits(w, text) <= node.maxdist for w in words)
    lo, hi = (node.start or "").lower(), (node.end or "").lower()
    return any((not lo or w >= lo) and (not hi or w <= hi) for w in words)


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

    def _fields(self, article: Article) -> dict[str, list[str]]:
        out = {"title": _words(article.title), "body": _words(article.body), "source": _words(article.source)}
        for field, label in _LABELS.items():
            out[field] = [w for s in self._entities.get(article.id, []) if s.label == label
                          for w in _words(s.canonical or s.text)]
        return out

    def _matches(self, node, article: Article, fields: dict[str, list[str]]) -> bool:
        if isinstance(node, q.LEAVES):
            names = (node.field,) if node.field else q.DEFAULT_FIELDS
            return any(_leaf(node, fields.get(name, []), article) for name in names)
        if isinstance(node, q.And):
            return all(self._matches(c, article, fields) for c in node.children)
        if isinstance(node, q.Or):
            return any(self._matches(c, article, fields) for c in node.children)
        if isinstance(node, q.Not):
            return not self._matches(node.child, article, fields)
        if isinstance(node, q.AndNot):
            return self._matches(node.positive, article, fields) and not self._matches(node.negative, article, fields)
        if isinstance(node, q.AndMaybe):
            return self._matches(node.required, article, fields)
        if isinstance(node, q.Require):
            return self._matches(node.required, article, fields) and self._matches(node.filter, article, fields)
        return isinstance(node, q.Every)

    def _matching(self, query: str, within: Collection[str] | None = None) -> list[Article]:
        """Raises QueryError for a query the user must fix."""
        tree = q.parse(query) if query.strip() else q.Every()
        return [a for a in self._articles.values() if (within is None or a.id in within)
                and self._matches(tree, a, self._fields(a))]

    def search(self, query: str, *, limit: int = 50, sort: SortOrder = "relevance",
               within: Collection[str] | None = None) -> SearchResult:
        try:
            found = self._matching(query, within)
        except q.QueryError as exc:
            return SearchResult(query, 0, (), error=str(exc))
        if sort == "date" or not query.strip():
            found.sort(key=lambda a: a.date, reverse=True)
        hits = tuple(SearchHit(a.id, a.title, a.date, a.source, 1.0, a.body[:200]) for a in found[:limit])
        # (the terms the reader marks come from the one analyzer every backend shares)
        terms = {t for node in q.walk(q.parse(query)) if isinstance(node, q.LEAVES) and hasattr(node, "text")
                 for t in analysis.terms(node.text)} if query.strip() else set()
        return SearchResult(query, len(found), hits, terms=tuple(sorted(terms)))

    def matching_ids(self, query: str, *, within: Collection[str] | None = None) -> set[str] | None:
        if not query.strip() and within is None:
            return None
        try:
            return {a.id for a in self._matching(query, within)}
        except q.QueryError:
            return set()

    def facets(self, query: str, *, top: int = 8,
               within: Collection[str] | None = None) -> dict[str, list[tuple[str, int]]]:
        counts: dict[str, int] = {}
        try:
            found = self._matching(query, within)
        except q.QueryError:
            found = []
        for a in found:
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

    def incident_table(self, article_ids: Collection[str] | None = None) -> IncidentRows:
        return IncidentRows.from_incidents(self.incidents(article_ids))

    def incident_values(self, article_ids: Collection[str] | None = None) -> Iterable[tuple]:
        return (tuple(getattr(i, c) for c in INCIDENT_COLUMNS) for i in self.incidents(article_ids))

    def first_incidents(self, limit: int) -> tuple[list[Incident], int]:
        dated = sorted((i for i in self._incidents if i.date), key=lambda i: i.date, reverse=True)
        return (dated + [i for i in self._incidents if not i.date])[:limit], len(self._incidents)

    def warm_up(self) -> None:
        """Nothing to read ahead in memory."""

    def incidents_stamp(self) -> str:
        return ""  # (rows held in memory: nothing derived from them is kept)

    def articles_changed_between(self, older: str, newer: str) -> frozenset[str] | None:
        return None

    def hit_spans(self, text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
        return analysis.term_spans(text, terms)

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
