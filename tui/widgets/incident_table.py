"""The incident table: every incident, or those of the current results.

`IncidentPane` is the public widget (bindings, loading, marks, sorting,
export); the DataTable inside is an implementation detail so that a
virtual table can replace it later without touching the app.
"""

from __future__ import annotations

import asyncio


from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.coordinate import Coordinate
from textual.widgets import DataTable
from textual.worker import get_current_worker

from defect_tui.index.models import Incident

from ..messages import IncidentsLoaded, OpenArticle
from ..textutil import one_line

# key, header label, max width in cells
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("mark", "✓", 1),
    ("date", "date", 10),
    ("status", "status", 14),
    ("actor", "actor", 26),
    ("role", "role", 16),
    ("count", "count", 5),
    ("origin", "origin", 16),
    ("destination", "destination", 18),
    ("reported_by", "reported by", 22),
    ("article", "article", 40),
)
SORTABLE = tuple(key for key, _, _ in COLUMNS if key != "mark")
MARK = "✓"
FILL_CHUNK = 400


def cell(value: object, limit: int, style: str = "") -> Text:
    s = one_line("" if value is None else str(value))
    text = Text(s, style=style, no_wrap=True, overflow="ellipsis")
    if len(s) > limit:
        text.truncate(limit, overflow="ellipsis")
    return text


def row_values(inc: Incident, marked: bool = False) -> dict[str, object]:
    return {
        "mark": MARK if marked else "",
        "date": inc.date,
        "status": inc.status.replace("_", " "),
        "actor": inc.actor_name or inc.actor,
        "role": inc.role,
        "count": "" if inc.count is None else inc.count,
        "origin": inc.origin,
        "destination": inc.destination,
        "reported_by": inc.reported_by,
        "article": inc.article_title or inc.article_id,
    }


def row_cells(inc: Incident, marked: bool) -> list[Text]:
    values = row_values(inc, marked)
    out = []
    for key, _, width in COLUMNS:
        style = "bold green" if key == "mark" else ""
        out.append(cell(values[key], width, style))
    return out


def sort_key(column: str, value: object) -> tuple:
    text = value.plain if isinstance(value, Text) else str(value)
    if column == "count":
        try:
            return (0, int(text))
        except ValueError:
            return (1, 0)
    return (0 if text else 1, text.casefold())


class IncidentTable(DataTable):
    """The rows; vim keys as hidden aliases."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "scroll_top", "Top", show=False),
        Binding("G", "scroll_bottom", "Bottom", show=False),
    ]


class IncidentPane(Vertical):
    """Incidents with marks, sort, filter and export."""

    BINDINGS = [
        Binding("enter", "open", "Evidence", id="open_incident", show=False),
        Binding("space", "toggle_mark", "Mark", id="mark"),
        Binding("a", "mark_all", "Mark all", id="mark_all"),
        Binding("f", "toggle_filter", "Filter", id="filter"),
        Binding("s", "cycle_sort", "Sort", id="sort"),
        Binding("S", "reverse_sort", "Reverse", id="reverse_sort", show=False),
        Binding("e", "export", "Export", id="export"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.scope = "all"  # "all" | "results"
        self.result_query = ""
        self.incidents: list[Incident] = []  # in load order
        self.by_id: dict[str, Incident] = {}
        self.marked: set[str] = set()
        self.sort_column = "date"
        self.sort_reverse = True
        self.loading_rows = False
        self._serial = 0
        self.border_title = "Incidents"

    def compose(self) -> ComposeResult:
        table = IncidentTable(id="incident-table", cursor_type="row", zebra_stripes=True)
        for key, label, _ in COLUMNS:
            table.add_column(Text(label), key=key)
        yield table

    @property
    def table(self) -> IncidentTable:
        return self.query_one(IncidentTable)

    # --- loading ------------------------------------------------------
    def set_results(self, query: str) -> None:
        """Follow the search: in "results" scope the rows are the incidents
        of every article the query matches, not only the first page."""
        self.result_query = query
        if self.scope == "results":
            self.reload()

    def reload(self) -> None:
        corpus = getattr(self.app, "corpus", None)
        if corpus is None:
            return
        self._serial += 1
        query = self.result_query if self.scope == "results" else ""
        self.loading_rows = True
        self._update_title()
        self._load(self._serial, self.scope, query)

    @work(thread=True, exclusive=True, group="incidents", exit_on_error=False)
    def _load(self, serial: int, scope: str, query: str) -> None:
        corpus = self.app.corpus
        try:
            ids = corpus.matching_ids(query) if query else None
            rows = corpus.incidents(ids) if ids is None or ids else []
        except Exception as exc:
            self.app.call_from_thread(
                self.app.notify, f"Could not load incidents: {exc}", severity="error", markup=False
            )
            rows = []
        if not get_current_worker().is_cancelled:
            self.post_message(IncidentsLoaded(serial, list(rows), scope))

    def on_incidents_loaded(self, message: IncidentsLoaded) -> None:
        message.stop()
        if message.serial != self._serial:
            return
        self.incidents = message.incidents
        self.by_id = {inc.incident_id: inc for inc in self.incidents}
        self.marked &= set(self.by_id)
        self.run_worker(self._fill(message.serial), exclusive=True, group="incident-fill")

    async def _fill(self, serial: int) -> None:
        """Add rows in chunks so the UI keeps breathing on 100k incidents."""
        table = self.table
        keep = None
        if table.row_count:
            try:
                keep = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
            except Exception:
                keep = None
        table.clear()
        ordered = self._sorted(self.incidents)
        for i in range(0, len(ordered), FILL_CHUNK):
            if serial != self._serial:
                return
            for inc in ordered[i : i + FILL_CHUNK]:
                table.add_row(*row_cells(inc, inc.incident_id in self.marked), key=inc.incident_id)
            await asyncio.sleep(0)
        self.loading_rows = False
        self._show_sort()
        if keep is not None and keep in self.by_id:
            try:
                table.move_cursor(row=table.get_row_index(keep), animate=False)
            except Exception:
                pass
        self._update_title()

    def _sorted(self, rows: list[Incident]) -> list[Incident]:
        def key(inc: Incident) -> tuple:
            return sort_key(self.sort_column, row_values(inc)[self.sort_column])

        return sorted(rows, key=key, reverse=self.sort_reverse)

    # --- queries used by the app and tests ------------------------------
    def shown(self) -> list[Incident]:
        """Incidents in display order."""
        return [self.by_id[row.key.value] for row in self.table.ordered_rows if row.key.value in self.by_id]

    def marked_shown(self) -> list[Incident]:
        return [inc for inc in self.shown() if inc.incident_id in self.marked]

    def current(self) -> Incident | None:
        table = self.table
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
        return self.by_id.get(key)

    # --- actions --------------------------------------------------------
    def _set_mark(self, incident_id: str, on_: bool) -> None:
        if on_:
            self.marked.add(incident_id)
        else:
            self.marked.discard(incident_id)
        try:
            self.table.update_cell(incident_id, "mark", cell(MARK if on_ else "", 1, "bold green"))
        except Exception:
            pass

    def action_toggle_mark(self) -> None:
        inc = self.current()
        if inc is None:
            return
        self._set_mark(inc.incident_id, inc.incident_id not in self.marked)
        table = self.table
        if table.cursor_row < table.row_count - 1:
            table.move_cursor(row=table.cursor_row + 1)
        self._update_title()

    def action_mark_all(self) -> None:
        shown = self.shown()
        unmark = bool(shown) and all(inc.incident_id in self.marked for inc in shown)
        for inc in shown:
            self._set_mark(inc.incident_id, not unmark)
        self._update_title()

    def action_toggle_filter(self) -> None:
        self.scope = "results" if self.scope == "all" else "all"
        self.reload()

    def action_cycle_sort(self) -> None:
        i = SORTABLE.index(self.sort_column) if self.sort_column in SORTABLE else -1
        self.sort_by(SORTABLE[(i + 1) % len(SORTABLE)], reverse=False)

    def action_reverse_sort(self) -> None:
        self.sort_by(self.sort_column, reverse=not self.sort_reverse)

    def sort_by(self, column: str, reverse: bool) -> None:
        self.sort_column, self.sort_reverse = column, reverse
        self.table.sort(column, key=lambda value: sort_key(column, value), reverse=reverse)
        self._show_sort()
        self._update_title()

    def action_open(self) -> None:
        inc = self.current()
        if inc is not None:
            self._open(inc)

    def _open(self, inc: Incident) -> None:
        evidence = None
        if inc.evidence_start >= 0 and inc.evidence_end > inc.evidence_start:
            evidence = (inc.evidence_start, inc.evidence_end)
        self.post_message(OpenArticle(inc.article_id, evidence=evidence))

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        inc = self.by_id.get(event.row_key.value)
        if inc is not None:
            self._open(inc)

    @on(DataTable.HeaderSelected)
    def _header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        column = event.column_key.value
        if column not in SORTABLE:
            return
        reverse = (not self.sort_reverse) if column == self.sort_column else False
        self.sort_by(column, reverse)

    def action_export(self) -> None:
        rows = self.marked_shown() or self.shown()
        if not rows:
            self.app.notify("No incidents to export", severity="warning")
            return
        from ..screens.export_dialog import ExportDialog

        def done(result: tuple[int, str] | None) -> None:
            if result is not None:
                count, path = result
                self.app.notify(f"{count} incidents written to {path}", title="Export", markup=False)

        self.app.push_screen(ExportDialog(rows, default_name=self.app.default_export_name()), done)

    # --- display --------------------------------------------------------
    def _show_sort(self) -> None:
        arrow = "▼" if self.sort_reverse else "▲"
        for key, label, _ in COLUMNS:
            column = self.table.columns.get(key)  # type: ignore[call-overload]
            if column is None:
                continue
            column.label = Text(f"{label} {arrow}" if key == self.sort_column else label,
                                style="bold" if key == self.sort_column else "")
            column.content_width = max(column.content_width, column.label.cell_len)
        self.table._require_update_dimensions = True
        self.table.refresh()

    def _update_title(self) -> None:
        scope = "all" if self.scope == "all" else "in results"
        n = len(self.incidents)
        parts = [f"Incidents {scope}: {n}"]
        if self.loading_rows:
            parts.append("loading…")
        parts.append(f"sort {self.sort_column.replace('_', ' ')} {'▼' if self.sort_reverse else '▲'}")
        if self.marked:
            parts.append(f"{len(self.marked)} marked")
        self.border_title = " · ".join(parts)
        self.border_subtitle = "f: all" if self.scope == "results" else "f: only results"
