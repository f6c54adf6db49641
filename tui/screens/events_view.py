"""The events view: one row per defection across the incident table's
rows (the reports of one person, or of one group on one date, merged),
with the number of reports and where they disagree; below, the reports of
the highlighted event; Enter on a report opens its evidence sentence."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from defect_tui.index.events import Event
from defect_tui.index.event_memo import MEMO
from defect_tui.index.models import Incident
from defect_tui.index.variant_table import variant_table

from ..bindings import bindings_for
from ..corpus_ref import settings_of
from ..messages import OpenArticle
from ..textutil import one_line
from ..widgets.row_model import Column
from ..widgets.virtual_table import VirtualTable

EVENT_COLS = (("date", 10), ("status", 13), ("actor", 28), ("count", 5), ("destination", 18), ("reports", 7),
              ("conflicts", 24))
#: the events table is a virtual table (drawn a screen at a time: 30,000 events show at once)
#: (conflicts, then destination, give way first: the actor stays whole)
_GIVE = {"conflicts": 2, "destination": 1}
EVENT_COLUMNS = tuple(Column(key, key, width, sortable=False, min_width=min(width, 8), give=_GIVE.get(key, 0),
                             justify="right" if key in ("count", "reports") else "left")
                      for key, width in EVENT_COLS)


def event_cells(ev: Event) -> tuple[str, ...]:
    return tuple("" if getattr(ev, k) is None else str(getattr(ev, k)) for k, _ in EVENT_COLS)
REPORT_COLS = (("reported", 10), ("date", 10), ("actor", 28), ("article", 50))


class EventsScreen(ModalScreen[None]):
    BINDINGS = bindings_for("events")

    def __init__(self, incidents: Sequence[Incident]) -> None:
        super().__init__()
        self.incidents = list(incidents)
        self.by_id: dict[str, Incident] = {}
        self.events: list[Event] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="events-box"):
            yield VirtualTable(EVENT_COLUMNS, event_cells, id="events-table", empty_text="No events")
            yield Static("", id="events-reports-head", markup=False)
            yield DataTable(id="events-reports", cursor_type="row")

    def on_mount(self) -> None:
        box = self.query_one("#events-box")
        box.border_title = "Events: reading the reports…"
        box.border_subtitle = "Tab to the reports · Enter on a report opens its evidence · Esc closes"
        table = self.query_one("#events-table", VirtualTable)
        reports = self.query_one("#events-reports", DataTable)
        for key, width in REPORT_COLS:
            reports.add_column(Text(key), key=key, width=width)
        table.focus()
        # merged already (the warm-up, or the events kept on disk): in the
        # first frame; the reports of the highlighted one a moment later
        found = MEMO.ready(self.incidents, variant_table(settings_of(self)))
        if found is not None:
            self._show_events(found, {})
        self._merge(found)

    @work(thread=True, exclusive=True, group="events", exit_on_error=False,
          description="events: merge")  # (not the repr of 30,000 events, on the UI thread)
    def _merge(self, found: list[Event] | None) -> None:
        """Merging 100,000 reports takes most of a second: not on the UI thread (and
        kept between opens, ready from the warm-up: `index/event_memo.py`).
        The reports by id take 40 ms at 100,000 rows: here too."""
        if found is None:
            found = MEMO.events(self.incidents, variant_table(settings_of(self)))
        by_id = {i.incident_id: i for i in self.incidents}
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_events, found, by_id)

    def _show_events(self, found: list[Event], by_id: dict[str, Incident]) -> None:
        if found is self.events and found:  # (shown already: now their reports can be listed)
            self.by_id = by_id
            index = self.query_one("#events-table", VirtualTable).current_index
            self._show_reports(0 if index is None else index)
            return
        self.events, self.by_id = found, by_id
        reports = sum(e.reports for e in found)
        self.query_one("#events-box").border_title = f"Events: {len(found):,} (from {reports:,} reports)"
        table = self.query_one("#events-table", VirtualTable)
        table.set_data(found, list(range(len(found))), [w for _, w in EVENT_COLS])
        if found:
            self._show_reports(0)

    @on(VirtualTable.CursorMoved, "#events-table")
    def _event_moved(self, event: VirtualTable.CursorMoved) -> None:
        event.stop()
        if event.index is not None:
            self._show_reports(event.index)

    @on(VirtualTable.RowSelected, "#events-table")
    def _event_chosen(self, event: VirtualTable.RowSelected) -> None:  # (a click)
        event.stop()
        self.action_to_reports()

    def action_to_reports(self) -> None:
        self.query_one("#events-reports", DataTable).focus()

    def _show_reports(self, index: int) -> None:
        if not 0 <= index < len(self.events):
            return
        ev = self.events[index]
        head = f"{ev.reports} report(s) of {ev.actor or 'this event'}"
        if ev.conflicts:
            head += f" · they disagree: {ev.conflicts}"
        self.query_one("#events-reports-head", Static).update(Text(head))
        reports = self.query_one("#events-reports", DataTable)
        reports.clear()
        for iid in ev.incident_ids:
            inc = self.by_id.get(iid)
            if inc is not None:
                reports.add_row(Text(inc.article_date), Text(inc.date), Text(one_line(inc.actor_name or inc.actor)),
                                Text(one_line(inc.article_title or inc.article_id)), key=iid)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is None:
            return
        inc = self.by_id.get(str(event.row_key.value))
        if inc is None:
            return
        evidence = (inc.evidence_start, inc.evidence_end) if inc.evidence_end > inc.evidence_start >= 0 else None
        self.dismiss(None)
        self.app.post_message(OpenArticle(inc.article_id, evidence=evidence))

    def action_close(self) -> None:
        self.dismiss(None)
