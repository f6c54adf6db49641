"""The timeline: events per year (per month when they span under three
years), stacked by status, with the reported figures as their own series,
and the numbers in a table beside the bars for those who read rather than
look. Enter on a period narrows the incident table to it."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable
from textual.worker import get_current_worker

from defect_tui.index.row_access import copy_of
from defect_tui.index.reported_figures import FIGURES_MEMO
from defect_tui.index.event_memo import MEMO
from defect_tui.index.models import Incident
from defect_tui.index.variant_table import variant_table
from defect_tui.index.timeline import STATUS_ORDER, Bucket, timeline

from ..bindings import bindings_for
from ..corpus_ref import settings_of

BAR = 40  # cells for the busiest period
#: a bar's part per status: defected solid, sought asylum medium, attempted light
SHADES = {"defected": ("█", "bold green"), "sought_asylum": ("▓", "yellow"), "attempted": ("░", "red")}


def bar(bucket: Bucket, peak: int) -> Text:
    out = Text()
    for status in STATUS_ORDER:
        n = bucket.by_status.get(status, 0)
        char, style = SHADES[status]
        out.append(char * round(BAR * n / max(1, peak)), style=style)
    return out


class TimelineScreen(ModalScreen[str | None]):
    """Returns the period chosen (its quick-filter term), or None."""

    BINDINGS = bindings_for("timeline")

    def __init__(self, incidents: Sequence[Incident]) -> None:
        super().__init__()
        self.incidents = copy_of(incidents)  # (of columns: a snapshot, no row made)
        self.buckets: list[Bucket] = []
        self.ready = False

    def compose(self) -> ComposeResult:
        with Vertical(id="timeline-box"):
            yield DataTable(id="timeline-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        box = self.query_one("#timeline-box")
        box.border_title = "Timeline: reading the reports…"
        box.border_subtitle = "Enter narrows the incident table to the period · Esc closes"
        table = self.query_one(DataTable)
        for label, width in (("period", 8), ("events", 6), ("defected", 8), ("asylum", 6), ("attempted", 9),
                             ("figures", 7), ("", BAR)):
            table.add_column(Text(label), width=width)
        table.focus()
        # merged already (the table's warm-up, or the events kept on disk): counted
        # here, ~45 ms at 100,000 rows, and shown in the first frame; else in a worker
        found = MEMO.ready(self.incidents, variant_table(settings_of(self)))
        figures = FIGURES_MEMO.ready(self.incidents)
        if found is not None and figures is not None:
            self._show(timeline(found, figures))
        else:
            self._count()

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def _count(self) -> None:
        """Merging 100,000 reports into events takes most of a second: not on the UI thread."""
        buckets = timeline(MEMO.events(self.incidents, variant_table(settings_of(self))),
                           FIGURES_MEMO.figures(self.incidents))
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, buckets)

    def _show(self, buckets: list[Bucket]) -> None:
        self.buckets, self.ready = buckets, True
        by = "month" if self.buckets and len(self.buckets[0].period) == 7 else "year"
        self.query_one("#timeline-box").border_title = \
            f"Timeline: events per {by} (█ defected ▓ sought asylum ░ attempted)"
        table = self.query_one(DataTable)
        peak = max((b.events for b in self.buckets), default=0)
        for b in self.buckets:
            table.add_row(Text(b.period), *(Text(str(v), justify="right") for v in (
                b.events, *(b.by_status.get(s, 0) for s in STATUS_ORDER), b.statistics)), bar(b, peak),
                key=b.period)
        if not self.buckets:
            table.add_row(Text("no dated events"), *(Text("") for _ in range(6)))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value and self.buckets:
            self.dismiss(f"date:{event.row_key.value}")

    def action_close(self) -> None:
        self.dismiss(None)
