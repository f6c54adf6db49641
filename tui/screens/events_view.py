"""The events view: one row per defection across the incident table's
rows (the reports of one person, or of one group on one date, merged),
with the number of reports and where they disagree; below, the reports of
the highlighted event; Enter on a report opens its evidence sentence."""

from __future__ import annotations

from collections.abc import Sequence

from defect_tui.index.event_memo import MEMO
from defect_tui.index.event_table import values_of
from defect_tui.index.events import Event
from defect_tui.index.variant_table import variant_table

from ..bindings import bindings_for
from ..corpus_ref import settings_of
from .grouped_reports import GroupedReportsScreen


class EventsScreen(GroupedReportsScreen[Event]):
    BINDINGS = bindings_for("events")
    PREFIX = "events"
    COLS = (("date", 10), ("status", 13), ("actor", 28), ("count", 5), ("destination", 18), ("reports", 7),
            ("conflicts", 24))
    GIVE = {"conflicts": 2, "destination": 1}  # (conflicts, then destination, give way first: the actor stays whole)
    NOUN = "Events"
    EMPTY = "No events"

    @property
    def events(self) -> Sequence[Event]:
        return self.items

    def ready(self) -> Sequence[Event] | None:
        """Merged already (the warm-up, or the events kept on disk:
        `index/event_memo.py`): shown in the first frame."""
        return MEMO.ready(self.incidents, variant_table(settings_of(self)))

    def compute(self) -> Sequence[Event]:
        return MEMO.events(self.incidents, variant_table(settings_of(self)))

    @staticmethod
    def reports_of(item: Event) -> tuple[str, ...]:
        return item.incident_ids

    def head(self, item: Event) -> str:
        head = f"{item.reports} report(s) of {item.actor or 'this event'}"
        return head + (f" · they disagree: {item.conflicts}" if item.conflicts else "")

    def box_title(self, view: Sequence[int]) -> str:
        """Read from the reports column (the events are columns: `index/event_table.py`)."""
        reports = list(values_of(self.items, "reports"))
        total = sum(reports) if len(view) == len(reports) else sum(reports[i] for i in view)
        return f"Events: {len(view):,} (from {total:,} reports)"
