"""The figures view: the reported figures (statistics) of the incident
table's rows, one row per figure and period (the same figure told by
several reports merged), with the period as written and its kind, so
that a quarter's count is never read beside a year's as if they were
alike. Below, the reports of the highlighted figure; Enter on one opens
its evidence sentence."""

from __future__ import annotations

from defect_tui.index.reported_figures import FIGURES_MEMO, Figure

from ..bindings import bindings_for
from ..widgets.row_model import Column
from .grouped_reports import GroupedReportsScreen

FIGURE_COLS = (("date", 10), ("period_kind", 12), ("period", 36), ("count", 7), ("category", 60), ("reports", 7))
_GIVE = {"category": 2, "period": 1}
FIGURE_VIEW_COLUMNS = tuple(Column(key, key.replace("_", " "), width, sortable=False, min_width=min(width, 8),
                                   give=_GIVE.get(key, 0), justify="right" if key in ("count", "reports") else "left")
                            for key, width in FIGURE_COLS)


def figure_cells(fig: Figure) -> tuple[str, ...]:
    return tuple("" if getattr(fig, k) is None else str(getattr(fig, k)) for k, _ in FIGURE_COLS)


class FiguresScreen(GroupedReportsScreen[Figure]):
    BINDINGS = bindings_for("figures")
    PREFIX = "figures"
    COLUMNS = FIGURE_VIEW_COLUMNS
    WIDTHS = [w for _, w in FIGURE_COLS]
    NOUN = "Reported figures"
    EMPTY = "No reported figures"
    cells = staticmethod(figure_cells)

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
