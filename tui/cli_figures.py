"""`defect-tui statistics`: the reported figures, each with the period it
covers as written (`index/reported_figures.py`), as a table, CSV or JSON
lines. Apart from `cli.py`, which keeps the commands that read the index."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from defect_tui.index.export import neutralise
from defect_tui.index.reported_figures import FIGURE_COLUMNS, Figure

#: what the terminal table shows (the CSV has every column)
_SHOWN = (("date", 10, True), ("period_kind", 12, True), ("period", 16, False), ("count", 7, True),
          ("category", 16, False), ("reports", 7, True))
_NUMBERS = ("count", "reports")


def render(found: Sequence[Figure], fmt: str, out: Console) -> None:
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\r\n")
        writer.writerow(FIGURE_COLUMNS)
        for fig in found:
            row = fig.as_row()
            writer.writerow([row[c] if c in _NUMBERS else neutralise(row[c]) for c in FIGURE_COLUMNS])
    elif fmt == "jsonl":
        for fig in found:
            row: dict[str, object] = dict(fig.as_row())
            row["count"], row["reports"], row["incident_ids"] = fig.count, fig.reports, list(fig.incident_ids)
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        table = Table(title=Text(f"{len(found)} reported figures"), expand=True)
        for col, width, fixed in _SHOWN:
            table.add_column(col.replace("_", " "), overflow="ellipsis", no_wrap=True, min_width=width,
                             width=width if fixed else None, ratio=None if fixed else 1,
                             justify="right" if col in _NUMBERS else "left")
        for fig in found:
            table.add_row(*(Text("" if getattr(fig, c) is None else str(getattr(fig, c))) for c, _, _ in _SHOWN))
        out.print(table)
