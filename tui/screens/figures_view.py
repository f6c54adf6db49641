"""The figures view: the reported figures (statistics) of the incident
table's rows, one row per figure and period (the same figure told by
several reports merged), with the period as written and its kind, so
that a quarter's count is never read beside a year's as if they were
alike. Below, the reports of the highlighted figure; Enter on one opens
its evidence sentence."""

from __future__ import annotations

from defect_tui.index.reported_figures import FIGURES_MEMO, Figure

from ..bindings import bindings_for
from .grouped_reports import GroupedReportsScreen


class FiguresScreen(GroupedReportsScreen[Figure]):
    BINDINGS = bindings_for("figures")
    PREFIX = "figures"
    COLS = (("date", 10), ("period_kind", 12), ("period", 36), ("count", 7), ("category", 60), ("reports", 7))
    GIVE = {"category": 2, "period": 1}
    NOUN = "Reported figures"
    EMPTY = "No reported figures"

    def ready(self) -> list[Figure] | None:
        """Made already by the table's warm-up: shown in the first frame."""
        return FIGURES_MEMO.ready(self.incidents)

    def compute(self) -> list[Figure]:
        return FIGURES_MEMO.figures(self.incidents)

    @staticmethod
    def reports_of(item: Figure) -> tuple[str, ...]:
        return item.incident_ids

    def head(self, item: Figure) -> str:
        period = f"{item.period} ({item.period_kind})" if item.period else "no period written"
        source = f" · {item.reported_by}" if item.reported_by else ""
        return f"{item.reports} report(s) of {item.count if item.count is not None else 'a figure'}: {period}{source}"
