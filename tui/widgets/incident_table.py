"""The incident table: every incident, or those of the current results.

`IncidentPane` is the public widget (bindings, loading, marks, sorting,
quick filter, export). The rows are drawn by `IncidentTable`, a virtual
table (`virtual_table.VirtualTable`, Textual's Line API): only the lines
on screen are formatted, so 100,000 incidents show, scroll, sort and
filter without building a widget row per incident.

State, all by row index into `incidents` (load order):
- `model.sorted_order(...)` — the permutation for the current sort,
- the table's view — that order, narrowed by the quick filter,
- `marked` — incident ids.
"""

from __future__ import annotations

import gc

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import get_current_worker

from defect_tui.index.models import Incident

from defect_tui.index.review_apply import Orphan, apply_reviews
from defect_tui.index.review_ops import matching_marked, read_actions
from defect_tui.index.reviews import ReviewError
from defect_tui.index.reviews import Action

from ..corpus_ref import corpus_of, reviews_of
from ..messages import IncidentsLoaded, OpenArticle, RowsPreview, RowsReady
from ..screens.export_dialog import ExportDialog
from ..screens.incident_detail import IncidentDetailScreen
from .incident_columns import COLUMNS, SORTABLE, IncidentModel, incident_cells, measure_widths, row_text
from .table_views import TableViews
from .review_actions import ReviewActions
from .virtual_table import VirtualTable
from ..bindings import bindings_for

FILTER_DEBOUNCE = 0.08  # seconds; only for large tables (see _filter_changed)
FILTER_INSTANT_ROWS = 20_000


def rows_by_article(rows: list[Incident]) -> dict[str, list[int]]:
    """Row indices per article: a review action re-reads one article's rows."""
    index: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        index.setdefault(r.article_id, []).append(i)
    return index


class IncidentTable(VirtualTable):
    """The rows; vim keys as hidden aliases."""

    BINDINGS = bindings_for("incident table")


class FilterInput(Input):
    """The quick filter box: Enter or Down back to the rows, Escape clears."""

    BINDINGS = bindings_for("incident filter")

    class Done(Message):
        def __init__(self, clear: bool) -> None:
            super().__init__()
            self.clear = clear

    def action_clear(self) -> None:
        self.post_message(self.Done(clear=True))

    def action_done(self) -> None:
        self.post_message(self.Done(clear=False))

    def on_blur(self) -> None:
        if not self.value:  # left empty (a click elsewhere): out of the way
            self.display = False


#: The table's opening order, which the index can give a first screen of.
OPENING_ORDER = ("date", True)
#: A table of at least PREVIEW_FROM rows shows its first PREVIEW_ROWS before the rest load.
PREVIEW_ROWS = 200
PREVIEW_FROM = 5000
#: what waits for every row: reviews and marks of all would act on the first screen only
_NOT_ON_A_PREVIEW = frozenset({"review", "edit", "note", "undo_review", "join", "split", "mark_all", "export",
                               "events", "timeline", "frequencies"})


class IncidentPane(ReviewActions, TableViews, Vertical):
    """Incidents with marks, sort, quick filter, review and export."""

    class RowsShown(Message):
        """A load finished: the table shows its rows."""

    BINDINGS = bindings_for("incidents")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.scope = "all"  # "all" | "results"
        self.result_query = ""
        self.incidents: list[Incident] = []  # in load order
        self.model = IncidentModel([])
        self.order: list[int] = []  # row indices in sort order (before the quick filter)
        self.marked: set[str] = set()
        self.sort_column = "date"
        self.sort_reverse = True
        self.filter_text = ""
        self.loading_rows = False
        self._serial = 0
        self._filter_timer: Timer | None = None
        self.border_title = "Incidents"
        self._shown_index: list[int] | None = None
        self._all_widths: list[int] = []
        self._empty_columns: set[str] = {"review", "note"}
        self.show_rejected = False  # rejected rows are hidden unless asked for (R, or review: in the filter)
        self.orphans: list[Orphan] = []
        self._rejected = False  # some row is rejected (else nothing to hide, no scan)
        self._rows_of_article: dict[str, list[int]] | None = None  # built on the first review
        self._undo: list[list[Action]] = []  # this session's review actions, newest last
        self._preview_total = 0  # while only a large table's first screen is shown: its rows in all

    def compose(self) -> ComposeResult:
        box = FilterInput(placeholder="filter rows: words, \"a phrase\", column:word, -word  (Esc clears)",
                          id="incident-filter", compact=True, select_on_focus=False)
        box.display = False
        yield box
        table = IncidentTable(self._visible_columns(), self._cells, id="incident-table", empty_text="No incidents")
        table.sort_key, table.sort_reverse = self.sort_column, self.sort_reverse
        yield table

    def _cells(self, inc: Incident) -> tuple[str, ...]:
        cells = incident_cells(inc, inc.incident_id in self.marked)
        return cells if self._shown_index is None else tuple(cells[i] for i in self._shown_index)

    @property
    def table(self) -> IncidentTable:
        return self.query_one(IncidentTable)

    @property
    def filter_box(self) -> FilterInput:
        return self.query_one(FilterInput)

    # --- loading ------------------------------------------------------
    def set_results(self, query: str) -> None:
        """Follow the search: in "results" scope the rows are the incidents
        of every article the query matches, not only the first page."""
        self.result_query = query
        if self.scope == "results":
            self.reload()

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
        try:
            ids = matching_marked(corpus, store, query) if query else None
            if ids is None and (sort_column, sort_reverse) == OPENING_ORDER:
                self._preview(serial, corpus, store)
            rows = list(corpus.incidents(ids)) if ids is None or ids else []
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
                                    by_article))

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
        rows = message.incidents
        self.incidents, self.model = rows, IncidentModel(rows)
        self.order = self.model.sorted_order(self.sort_column, self.sort_reverse)
        self._rejected = any(r.review == "rejected" for r in rows)
        self._rows_of_article = None
        widths = measure_widths(rows)
        self._all_widths = list(widths)
        if self._shown_index is not None:
            widths = [widths[i] for i in self._shown_index]
        self._preview_total = message.total
        self.table.set_data(rows, self._view(self.order), widths)
        self._update_title()

    @work(thread=True, exclusive=True, group="incident-haystack", exit_on_error=False)
    def _prepare_filter(self, model: IncidentModel) -> None:
        """Build the quick filter's text while the user starts typing (about
        0.1 s and 30 MB per 100,000 rows, so only once the filter is opened)."""
        model.haystack()

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
        self._show_rows(message.incidents, message.model, order, message.widths, message.by_article)

    def _show_rows(self, incidents: list[Incident], model: IncidentModel, order: list[int],
                   widths: list[int], by_article: dict[str, list[int]] | None = None) -> None:
        keep = self.current()
        self.incidents = incidents
        self.model = model
        self.order = order
        if self.marked and self.scope == "all":
            # only the whole table can tell that a marked incident is gone (a
            # rebuild); a narrower view keeps the marks of the rows it hides
            self.marked &= {inc.incident_id for inc in incidents}
        self._rejected = any(r.review == "rejected" for r in incidents)
        self._rows_of_article = by_article
        view = self._view(order)
        cursor_index = None
        if keep is not None:
            cursor_index = next((i for i in view if incidents[i].incident_id == keep.incident_id), None)
        self._all_widths = list(widths)
        if self._review_columns_changed():
            self.table.set_columns(self._visible_columns(), self._cells)
        if self._shown_index is not None:
            widths = [widths[i] for i in self._shown_index]
        self.table.set_data(incidents, view, widths, cursor_index=cursor_index)
        self.loading_rows = False
        self._preview_total = 0
        self._update_title()
        self.warm_views_soon(incidents)
        # 100,000 rows are some million objects that Python's cycle collector
        # would walk again and again (pauses of ~0.1 s while the user types);
        # they hold no cycles, so move what exists now out of its sight
        # (reference counting still frees them when the rows are replaced)
        gc.freeze()
        self.post_message(self.RowsShown())

    def _view(self, order: list[int]) -> list[int]:
        """`order` narrowed by the quick filter, without rejected rows unless
        they are asked for (R, or a filter naming `review:`)."""
        view = self.model.filter(order, self.filter_text) if self.filter_text else order
        if self._rejected and not self.show_rejected and "review:" not in self.filter_text.casefold():
            rows = self.incidents
            view = [i for i in view if rows[i].review != "rejected"]
        return view

    def rows_of_articles(self, article_ids: set[str]) -> list[int]:
        """Row indices of these articles (an index built once per load)."""
        if self._rows_of_article is None:
            self._rows_of_article = rows_by_article(self.incidents)
        return [i for aid in article_ids for i in self._rows_of_article.get(aid, ())]

    # --- queries used by the app, the bench and tests -------------------
    def shown(self) -> list[Incident]:
        """Incidents in display order (sorted, quick filter applied)."""
        rows = self.incidents
        return [rows[i] for i in self.table.view]

    def marked_shown(self) -> list[Incident]:
        marked = self.marked
        return [inc for inc in self.shown() if inc.incident_id in marked]

    def marked_rows(self) -> list[Incident]:
        """Every marked incident, in sort order, shown by the filter or not."""
        marked, rows = self.marked, self.incidents
        if not marked:
            return []
        return [rows[i] for i in self.order if rows[i].incident_id in marked]

    def current(self) -> Incident | None:
        index = self.table.current_index
        return self.incidents[index] if index is not None and index < len(self.incidents) else None

    # --- marks ----------------------------------------------------------
    def action_toggle_mark(self) -> None:
        inc = self.current()
        if inc is None:
            return
        table = self.table
        if inc.incident_id in self.marked:
            self.marked.discard(inc.incident_id)
        else:
            self.marked.add(inc.incident_id)
        table.refresh_row_at(table.cursor_row)
        if table.cursor_row < table.row_count - 1:
            table.move_cursor(table.cursor_row + 1)
        self._update_title()

    def action_mark_all(self) -> None:
        """Mark every shown row; if they all are marked already, unmark them."""
        rows = self.incidents
        ids = [rows[i].incident_id for i in self.table.view]
        if ids and self.marked.issuperset(ids):
            self.marked.difference_update(ids)
        else:
            self.marked.update(ids)
        self.table.refresh()
        self._update_title()

    # --- scope, sort, quick filter ----------------------------------------
    def action_toggle_filter(self) -> None:
        self.scope = "results" if self.scope == "all" else "all"
        self.reload()

    def action_cycle_sort(self) -> None:
        shown = [c.key for c in self.table.columns if c.key in SORTABLE]
        i = shown.index(self.sort_column) if self.sort_column in shown else -1
        self.sort_by(shown[(i + 1) % len(shown)], reverse=False)

    def action_reverse_sort(self) -> None:
        self.sort_by(self.sort_column, reverse=not self.sort_reverse)

    def sort_by(self, column: str, reverse: bool) -> None:
        """Sort every row (the filter is kept). Like a spreadsheet, the
        cursor keeps its line, so the top of the new order is in view."""
        if column not in SORTABLE:
            raise ValueError(f"not a sortable column: {column}")
        self.sort_column, self.sort_reverse = column, reverse
        self.order = self.model.sorted_order(column, reverse)
        view = self._view(self.order)
        self.table.set_sort_indicator(column, reverse)
        self.table.set_view(view)
        self._update_title()

    def action_quick_filter(self) -> None:
        if len(self.model) > FILTER_INSTANT_ROWS and not self.model.filter_ready:
            self._prepare_filter(self.model)
        box = self.filter_box
        box.display = True
        box.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_quick_filter":
            return bool(self.filter_text)  # otherwise escape goes on to the app
        if self._preview_total and self.loading_rows and action in _NOT_ON_A_PREVIEW:
            return False  # (a review or a mark of all on the first screen alone, while the rest load)
        return True

    def action_clear_quick_filter(self) -> None:
        self.set_filter("")

    def set_filter(self, text: str) -> None:
        """Show only the rows matching `text` (see `row_model.parse_filter`)."""
        if self._filter_timer is not None:
            self._filter_timer.stop()
            self._filter_timer = None
        box = self.filter_box
        if box.value != text:
            with box.prevent(Input.Changed):
                box.value = text
        box.display = bool(text) or box.has_focus
        self._apply_filter(text)

    def _apply_filter(self, text: str) -> None:
        self._filter_timer = None
        was_filtered, self.filter_text = bool(self.filter_text), text
        view = self._view(self.order)
        if text:  # the first match
            self.table.set_view(view, cursor_pos=0)
        else:  # back to every row, still on the incident found
            self.table.set_view(view, cursor_index=self.table.current_index)
        self._update_title()
        if was_filtered != bool(text):  # escape clears the filter only while there is one
            self.refresh_bindings()

    @on(Input.Changed, "#incident-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._filter_timer is not None:
            self._filter_timer.stop()
        if len(self.incidents) <= FILTER_INSTANT_ROWS:
            self._apply_filter(event.value)
        else:  # let a fast typist finish the word before scanning 100k rows
            value = event.value
            self._filter_timer = self.set_timer(FILTER_DEBOUNCE, lambda: self._apply_filter(value))

    @on(FilterInput.Done)
    def _filter_done(self, event: FilterInput.Done) -> None:
        event.stop()
        box = self.filter_box
        if event.clear:
            self.set_filter("")
        elif self._filter_timer is not None:
            self.set_filter(box.value)
        self.table.focus()
        box.display = bool(self.filter_text)

    @on(Input.Submitted, "#incident-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()

    # --- open, export -----------------------------------------------------
    def action_copy_row(self) -> None:
        """Copy the current row as one line a note can quote."""
        inc = self.current()
        if inc is not None:
            text = row_text(inc)
            self.app.copy_to_clipboard(text)
            self.app.notify(f"Copied: {text}", markup=False)

    def action_copy_evidence(self) -> None:
        inc = self.current()
        if inc is not None:
            self.app.copy_to_clipboard(inc.evidence)
            self.app.notify("Copied the evidence sentence", markup=False)

    def action_details(self) -> None:
        """The current row in full, over the table."""
        inc = self.current()
        if inc is not None:
            self.app.push_screen(IncidentDetailScreen(inc))

    def action_open(self) -> None:
        inc = self.current()
        if inc is not None:
            self._open(inc)

    def _open(self, inc: Incident) -> None:
        evidence = None
        if inc.evidence_start >= 0 and inc.evidence_end > inc.evidence_start:
            evidence = (inc.evidence_start, inc.evidence_end)
        self.post_message(OpenArticle(inc.article_id, evidence=evidence))

    @on(VirtualTable.RowSelected)
    def _row_selected(self, event: VirtualTable.RowSelected) -> None:
        event.stop()
        if 0 <= event.index < len(self.incidents):
            self._open(self.incidents[event.index])

    @on(VirtualTable.HeaderSelected)
    def _header_selected(self, event: VirtualTable.HeaderSelected) -> None:
        event.stop()
        column = event.column_key
        if column not in SORTABLE:
            return
        reverse = (not self.sort_reverse) if column == self.sort_column else False
        self.sort_by(column, reverse)

    def export_rows(self) -> list[Incident]:
        """What `e` writes: the marked rows, or every shown row if none is;
        rejected rows only while they are shown."""
        rows = self.marked_rows() or self.shown()
        if self.show_rejected or "review:" in self.filter_text.casefold():
            return rows
        return [r for r in rows if r.review != "rejected"]

    def action_export(self) -> None:
        rows = self.export_rows()
        if not rows:
            self.app.notify("No incidents to export", severity="warning")
            return

        def done(result: tuple[int, str] | None) -> None:
            if result is not None:
                count, path = result
                self.app.notify(f"{count} incidents written to {path}", title="Export", markup=False)

        self.app.push_screen(ExportDialog(rows, default_name=self.app.default_export_name()), done)

    # --- display --------------------------------------------------------
    def _update_title(self) -> None:
        scope = "all" if self.scope == "all" else "in results"
        total = len(self.incidents)
        shown = self.table.row_count if self.is_mounted else total
        if self._preview_total and self.loading_rows:
            total = shown = self._preview_total  # (the first screen of them, the rest loading)
        count = f"{shown} of {total}" if self.filter_text or shown != total else f"{total}"
        parts = [f"Incidents {scope}: {count}"]
        hidden = total - shown if self._rejected and not self.show_rejected and not self.filter_text else 0
        if hidden:
            parts.append(f"{hidden} rejected hidden (R)")
        if self.orphans:
            parts.append(f"{len(self.orphans)} orphaned reviews")
        if self.loading_rows:
            parts.append("loading…")
        label = next((col.label for col in COLUMNS if col.key == self.sort_column), self.sort_column.replace("_", " "))
        parts.append(f"sort {label} {'▼' if self.sort_reverse else '▲'}")  # as the column is headed ("same")
        if self.marked:
            parts.append(f"{len(self.marked)} marked")
        self.border_title = " · ".join(parts)
        self.border_subtitle = ("f: all" if self.scope == "results" else "f: only results") + " · ^f: filter rows"
