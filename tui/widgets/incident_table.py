"""The incident table: every incident, or those of the current results.

`IncidentPane` is the public widget (bindings, marks, sorting, quick
filter, export; its rows are loaded by `row_loading.RowLoading`). The rows
are drawn by `IncidentTable`, a virtual table
(`virtual_table.VirtualTable`, Textual's Line API): only the lines
on screen are formatted, so 100,000 incidents show, scroll, sort and
filter without building a widget row per incident.

State, all by row index into `incidents` (load order):
- `model.sorted_order(...)` — the permutation for the current sort,
- the table's view — that order, narrowed by the quick filter,
- `marked` — incident ids.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input

from defect_tui.index.id_marks import IdMarks
from defect_tui.index.row_access import Picked, id_parts_at, reviewable
from defect_tui.index.models import Incident

from defect_tui.index.review_apply import Orphan
from defect_tui.index.reviews import Action

from ..messages import OpenArticle
from ..screens.export_dialog import ExportDialog
from ..screens.incident_detail import IncidentDetailScreen
from .ordered_input import OrderedInput
from .incident_columns import COLUMNS, SORTABLE, IncidentModel, incident_cells, row_text
from .row_loading import NOT_ON_A_PREVIEW, RowLoading, rows_by_article
from .table_views import TableViews
from .review_actions import ReviewActions
from .virtual_table import VirtualTable
from ..bindings import bindings_for
from ..textutil import counted

FILTER_DEBOUNCE = 0.08  # seconds; only for large tables (see _filter_changed)
FILTER_INSTANT_ROWS = 20_000
#: ids made at a time when marking every shown row
MARK_CHUNK = 4096


class IncidentTable(VirtualTable):
    """The rows; vim keys as hidden aliases."""

    BINDINGS = bindings_for("incident table")


class FilterInput(OrderedInput):
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


class IncidentPane(RowLoading, ReviewActions, TableViews, Vertical):
    """Incidents with marks, sort, quick filter, review and export."""

    class RowsShown(Message):
        """A load finished: the table shows its rows."""

    BINDINGS = bindings_for("incidents")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.scope = "all"  # "all" | "results"
        self.result_query = ""
        self.incidents: Sequence[Incident] = []  # in load order (columns when loaded: incident_rows.py)
        self.model = IncidentModel([])
        self.order: Sequence[int] = array("i")  # row indices in sort order (before the quick filter)
        self._marked = IdMarks()  # (ids; bits per article: a million marks in 15 MB)
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
        self._rows_of_article: dict[str, Sequence[int]] | None = None  # built on the first review
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

    @work(thread=True, exclusive=True, group="incident-filter-index", exit_on_error=False)
    def _prepare_filter(self, model: IncidentModel) -> None:
        """Build the quick filter's index while the user starts typing (about
        0.15 s and 5 MB per 100,000 rows, so only once the filter is opened)."""
        model.filter_index()

    def _view(self, order: Sequence[int]) -> Sequence[int]:
        """`order` narrowed by the quick filter, without rejected rows unless
        they are asked for (R, or a filter naming `review:`)."""
        view = self.model.filter(order, self.filter_text) if self.filter_text else order
        if self._rejected and not self.show_rejected and "review:" not in self.filter_text.casefold():
            rows = self.incidents
            rejected = {i for i in reviewable(rows) if rows[i].review == "rejected"}
            view = array("i", (i for i in view if i not in rejected))
        return view

    def rows_of_articles(self, article_ids: set[str]) -> list[int]:
        """Row indices of these articles (an index built once per load)."""
        if self._rows_of_article is None:
            self._rows_of_article = rows_by_article(self.incidents)
        return [i for aid in article_ids for i in self._rows_of_article.get(aid, ())]

    # --- queries used by the app, the bench and tests -------------------
    def shown(self) -> Sequence[Incident]:
        """Incidents in display order (sorted, quick filter applied), each
        made as it is read."""
        return Picked(self.incidents, self.table.view)

    def marked_shown(self) -> list[Incident]:
        return self._marked_of(self.table.view)

    def marked_rows(self) -> list[Incident]:
        """Every marked incident, in sort order, shown by the filter or not."""
        return self._marked_of(self.order)

    def _marked_of(self, positions: Sequence[int]) -> list[Incident]:
        marked, rows = self.marked, self.incidents
        if not marked:
            return []
        heads, numbers = id_parts_at(rows, positions)
        return [rows[i] for i, head, n in zip(positions, heads, numbers) if marked.holds(head, n)]

    @property
    def marked(self) -> IdMarks:
        """The marked rows' ids (kept as `IdMarks`, whatever set is given)."""
        return self._marked

    @marked.setter
    def marked(self, ids: Iterable[str]) -> None:
        self._marked = ids if isinstance(ids, IdMarks) else IdMarks(ids)

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
        """Mark every shown row; if they all are marked already, unmark them.
        The ids are read a chunk at a time as (article id, number), never
        as a million strings (`IdMarks`)."""
        rows, view = self.incidents, self.table.view
        marked = self.marked

        def chunks() -> Iterator[tuple[list[str], list[int]]]:
            return (id_parts_at(rows, view[k:k + MARK_CHUNK]) for k in range(0, len(view), MARK_CHUNK))

        if len(view) and all(marked.has_parts(*ids) for ids in chunks()):
            if len(view) == len(marked):
                marked = IdMarks()  # (every mark is of a shown row)
            else:
                for ids in chunks():
                    marked.discard_parts(*ids)
        else:
            for ids in chunks():
                marked.update_parts(*ids)
        self.marked = marked
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
        if self._preview_total and self.loading_rows and action in NOT_ON_A_PREVIEW:
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

    def export_rows(self) -> Sequence[Incident]:
        """What `e` writes: the marked rows, or every shown row if none is;
        rejected rows only while they are shown. (The shown rows are made
        as they are written: the view hides rejected rows unless asked.)"""
        rows = self.marked_rows()
        if not rows:
            return self.shown()
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
                self.app.notify(f"{counted(count, 'incident')} written to {path}", title="Export", markup=False)

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
            parts.append(counted(len(self.orphans), "orphaned review"))
        if self.loading_rows:
            parts.append("loading…")
        label = next((col.label for col in COLUMNS if col.key == self.sort_column), self.sort_column.replace("_", " "))
        parts.append(f"sort {label} {'▼' if self.sort_reverse else '▲'}")  # as the column is headed ("same")
        if self.marked:
            parts.append(f"{len(self.marked)} marked")
        self.border_title = " · ".join(parts)
        self.border_subtitle = ("f: all" if self.scope == "results" else "f: only results") + " · ^f: filter rows"
