"""Loading the incident pane's rows: read, sort and measure in a worker,
then swap them in; on a large table, the first screen first. A mixin of
`IncidentPane` (split from `incident_table.py`, which keeps the table's
keys, marks, sorting, quick filter and export)."""

from __future__ import annotations

import gc
from collections.abc import MutableSet, Sequence
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from defect_tui.index.id_marks import IdMarks
from defect_tui.index.row_access import article_ids_of, id_at, ids_of, reviewable
from defect_tui.index.models import Incident
from defect_tui.index.review_apply import Orphan, apply_reviews
from defect_tui.index.review_ops import matching_marked, read_actions
from defect_tui.index.reviews import ReviewError

from ..corpus_ref import corpus_of, reviews_of
from ..heap import release_free_memory
from ..messages import IncidentsLoaded, RowsPreview, RowsReady
from .incident_columns import IncidentModel, measure_widths

if TYPE_CHECKING:
    from .incident_table import IncidentTable


#: The table's opening order, which the index can give a first screen of.
OPENING_ORDER = ("date", True)
#: A table of at least PREVIEW_FROM rows shows its first PREVIEW_ROWS before the rest load.
PREVIEW_ROWS = 200
PREVIEW_FROM = 5000
#: what waits for every row: reviews and marks of all would act on the first screen only
NOT_ON_A_PREVIEW = frozenset({"review", "edit", "note", "undo_review", "join", "split", "mark_all", "export",
                               "events", "figures", "timeline", "frequencies"})


def rows_by_article(rows: Sequence[Incident]) -> dict[str, Sequence[int]]:
    """Row indices per article: a review action re-reads one article's rows.
    The store reads an article's rows together, so each article's indices
    are a `range` (48 bytes), not a list of a Python int each: at a million
    rows, 11 MB where the lists took 54; an article whose rows stand apart
    (after a review added one) keeps a list."""
    index: dict[str, Sequence[int]] = {}
    start, prev = 0, None
    for i, aid in enumerate(article_ids_of(rows)):  # (of columns: the article column, no row made)
        if aid != prev:
            if prev is not None:
                _add_run(index, prev, start, i)
            start, prev = i, aid
    if prev is not None:
        _add_run(index, prev, start, len(rows))
    return index


def _add_run(index: dict[str, Sequence[int]], article_id: str, start: int, stop: int) -> None:
    have = index.get(article_id)
    index[article_id] = range(start, stop) if have is None else [*have, *range(start, stop)]


class RowLoading:
    """Reload, load, preview and show the rows (see the module docstring)."""

    incidents: Sequence[Incident]
    model: IncidentModel
    order: Sequence[int]
    marked: MutableSet[str]
    scope: str
    result_query: str
    sort_column: str
    sort_reverse: bool
    loading_rows: bool
    orphans: list[Orphan]
    _serial: int
    _preview_total: int
    _rejected: bool
    _rows_of_article: dict[str, Sequence[int]] | None
    _all_widths: list[int]
    _shown_index: list[int] | None

    if TYPE_CHECKING:  # provided by IncidentPane and its other mixins
        @property
        def table(self) -> IncidentTable: ...
        def current(self) -> Incident | None: ...
        def _view(self, order: Sequence[int]) -> Sequence[int]: ...
        def _update_title(self) -> None: ...
        def _review_columns_changed(self) -> bool: ...
        def _visible_columns(self) -> list: ...
        def _cells(self, inc: Incident) -> tuple[str, ...]: ...
        def warm_views_soon(self, rows: Sequence[Incident], stamp: str = "") -> None: ...
        def post_message(self, message) -> bool: ...
        @property
        def app(self): ...

    def reload(self) -> None:
        corpus = corpus_of(self)
        if corpus is None:
            return
        self._serial += 1
        query = self.result_query if self.scope == "results" else ""
        self.loading_rows = True
        self._update_title()
        self._load(self._serial, self.scope, query, self.sort_column, self.sort_reverse)

    @work(thread=True, exclusive=True, group="incidents", exit_on_error=False)
    def _load(self, serial: int, scope: str, query: str, sort_column: str, sort_reverse: bool) -> None:
        """Read, sort and measure off the UI thread; the pane only swaps."""
        corpus, store = corpus_of(self), reviews_of(self)
        if corpus is None:
            return
        worker = get_current_worker()
        orphans: list[Orphan] = []
        stamp = ""
        try:
            ids = matching_marked(corpus, store, query) if query else None
            if ids is None and (sort_column, sort_reverse) == OPENING_ORDER:
                self._preview(serial, corpus, store)
            stamp = corpus.incidents_stamp() if ids is None else ""  # (before the rows: see the contract)
            rows: Sequence[Incident] = corpus.incident_table(ids) if ids is None or ids else []
            if store is not None and (ids is None or ids):
                try:
                    applied = apply_reviews(rows, read_actions(store, ids), corpus.article)
                    rows, orphans = applied.incidents, applied.orphans
                except ReviewError as exc:  # the rows as extracted, and why
                    self.app.call_from_thread(self.app.notify, str(exc), severity="error", markup=False)
        except Exception as exc:
            self.app.call_from_thread(
                self.app.notify, f"Could not load incidents: {exc}", severity="error", markup=False
            )
            rows = []
        if worker.is_cancelled:
            return
        model = IncidentModel(rows)
        order = model.sorted_order(sort_column, sort_reverse)
        widths = measure_widths(rows)
        by_article = rows_by_article(rows)
        if worker.is_cancelled:
            return
        self.post_message(RowsReady(serial, rows, model, order, (sort_column, sort_reverse), widths, orphans,
                                    by_article, stamp))

    def _preview(self, serial: int, corpus, store) -> None:
        """A large table's first screen, read before the rest (the worker's
        side): 0.3 s at 10,000 articles where every row takes seconds."""
        try:
            first, total = corpus.first_incidents(PREVIEW_ROWS)
            if total < PREVIEW_FROM or not first:
                return
            if store is not None:
                first = apply_reviews(first, read_actions(store, {r.article_id for r in first}), corpus.article).incidents
        except Exception:  # noqa: BLE001 - no preview; the full load reports what went wrong
            return
        self.post_message(RowsPreview(serial, first, total))

    def on_rows_preview(self, message: RowsPreview) -> None:
        message.stop()
        if message.serial != self._serial or not self.loading_rows or self.incidents:
            return  # (a reload keeps the rows it has until the new ones are read)
        model = IncidentModel(message.incidents)
        self._show_rows(message.incidents, model, model.sorted_order(self.sort_column, self.sort_reverse),
                        measure_widths(message.incidents), preview_total=message.total)

    def on_incidents_loaded(self, message: IncidentsLoaded) -> None:
        """Rows handed over directly (tests, other callers): sort and show."""
        message.stop()
        if message.serial != self._serial:
            return
        model = IncidentModel(list(message.incidents))
        order = model.sorted_order(self.sort_column, self.sort_reverse)
        self._show_rows(list(message.incidents), model, order, measure_widths(message.incidents))

    def on_rows_ready(self, message: RowsReady) -> None:
        message.stop()
        if message.serial != self._serial:
            return
        order = message.order
        if message.sort != (self.sort_column, self.sort_reverse):  # changed while loading
            order = message.model.sorted_order(self.sort_column, self.sort_reverse)
        self.orphans = list(message.orphans)
        self._show_rows(message.incidents, message.model, order, message.widths, message.by_article,
                        stamp=message.stamp)

    def _show_rows(self, incidents: Sequence[Incident], model: IncidentModel, order: Sequence[int],
                   widths: list[int], by_article: dict[str, Sequence[int]] | None = None, preview_total: int = 0,
                   stamp: str = "") -> None:
        """Put loaded rows on screen. `preview_total`: these are only the
        first screen of that many rows, the rest still loading (no marks
        pruned, no warm-up, no RowsShown). `stamp`: the row store's, when
        these are all its rows (their events may then be kept on disk)."""
        keep = self.current()
        self.incidents = incidents
        self.model = model
        self.order = order
        if self.marked and self.scope == "all" and not preview_total:
            # only the whole table can tell that a marked incident is gone (a
            # rebuild); a narrower view keeps the marks of the rows it hides
            self.marked &= IdMarks(ids_of(incidents))  # (bits: not a set of a million strings)
        self._rejected = any(incidents[i].review == "rejected" for i in reviewable(incidents))
        self._rows_of_article = by_article
        view = self._view(order)
        cursor_index = None
        if keep is not None:
            # (the rows of its article, when they are indexed: reading every id of a million rows
            # as columns to find it took 4.7 s)
            near = by_article.get(keep.article_id, ()) if by_article is not None else view
            cursor_index = next((i for i in near if id_at(incidents, i) == keep.incident_id), None)
        self._all_widths = list(widths)
        if self._review_columns_changed():
            self.table.set_columns(self._visible_columns(), self._cells)
        if self._shown_index is not None:
            widths = [widths[i] for i in self._shown_index]
        self.table.set_data(incidents, view, widths, cursor_index=cursor_index)
        self._preview_total = preview_total
        self.loading_rows = bool(preview_total)
        self._update_title()
        if preview_total:
            return
        self.warm_views_soon(incidents, stamp)
        # 100,000 rows are some million objects that Python's cycle collector
        # would walk again and again (pauses of ~0.1 s while the user types);
        # they hold no cycles, so move what exists now out of its sight
        # (reference counting still frees them when the rows are replaced)
        gc.freeze()
        release_free_memory()  # (what the load made and freed: 60 MB at 100,000 articles)
        self.post_message(self.RowsShown())

