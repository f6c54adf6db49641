"""Messages that carry worker results back to the UI thread.

Dataclass messages (as in toolong): workers build them from plain data and
post them; handlers on the UI thread decide whether they are still wanted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from textual.message import Message

from defect_tui.index.article_marks import ArticleMarks
from defect_tui.index.models import Article, EntitySpan, Incident, IndexReport, SearchResult
from defect_tui.index.review_apply import Orphan
from defect_tui.index.reviews import Action

from .widgets.row_model import RowModel


@dataclass
class IndexProgress(Message):
    """Replaces the previous progress message: `done` of `total` files."""

    done: int
    total: int
    path: str


class IndexOpened(Message):
    """The index on disk is usable as it is: search and the table can start
    while the update (usually a no-op) runs behind them."""


@dataclass
class IndexFinished(Message):
    report: IndexReport
    article_count: int


@dataclass
class IndexFailed(Message):
    error: str
    cancelled: bool = False


@dataclass
class SearchDone(Message):
    """Results of query number `serial`; older serials are dropped."""

    serial: int
    result: SearchResult
    marks: dict[str, ArticleMarks] = field(default_factory=dict)  # of the hits that have any


@dataclass
class OpenArticle(Message):
    """Request: show this article in the reader."""

    article_id: str
    evidence: tuple[int, int] | None = None
    terms: tuple[str, ...] = ()


@dataclass
class ArticleLoaded(Message):
    article: Article
    entities: list[EntitySpan]
    hits: list[tuple[int, int]]
    evidence: tuple[int, int] | None = None
    focus_reader: bool = False


@dataclass
class IncidentsLoaded(Message):
    serial: int
    incidents: list[Incident] = field(default_factory=list)
    scope: str = "all"  # "all" | "results"


@dataclass
class RowsReady(Message):
    """Worker → incident pane: the rows of load `serial`, sorted, measured."""

    serial: int
    incidents: list[Incident]
    model: RowModel[Incident]
    order: Sequence[int]
    sort: tuple[str, bool]
    widths: list[int]
    orphans: list[Orphan] = field(default_factory=list)  # reviews that found no row
    by_article: dict[str, Sequence[int]] | None = None  # row indices per article, for review actions
    stamp: str = ""  # the row store's stamp read before the rows (all rows only): `Corpus.incidents_stamp`


@dataclass
class RowsPreview(Message):
    """Worker → incident pane: the first screen of load `serial` (the
    opening order's first rows, reviews applied) while the rest are read."""

    serial: int
    incidents: list[Incident]
    total: int  # rows in all, before reviews


@dataclass
class FacetsDone(Message):
    """Facets of query number `serial` (older serials are dropped)."""

    serial: int
    query: str
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    error: str = ""


@dataclass
class IncidentAdded(Message):
    """The reader added an incident (its review actions, for undo)."""

    article_id: str
    incident_id: str
    actions: list[Action]
