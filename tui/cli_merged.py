"""How `defect-tui events` and `defect-tui statistics` write their rows: one
row per merged record (an event, a reported figure) with the number of
reports and the ids of the incidents behind it, as a table, CSV (text
cells guarded against spreadsheet formulas) or JSON lines (numbers as
numbers, the incident ids as a list). Apart from `cli.py`, which reads
the index and picks the records."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Protocol

from rich.console import Console
from rich.table import Table
from rich.text import Text

from defect_tui.index.export import neutralise

_NUMBERS = ("count", "reports")


class Merged(Protocol):
    """An `Event` or a `Figure`."""

    count: int | None
    reports: int
    incident_ids: tuple[str, ...]

    def as_row(self) -> dict[str, str]: ...


def render(found: Sequence[Merged], columns: Sequence[str], shown: Sequence[tuple[str, int, bool]], title: str,
           fmt: str, out: Console) -> None:
    """`columns`: the contract columns of CSV and JSON lines; `shown`: the
    table's (column, least width, fixed width)."""
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\r\n")
        writer.writerow(columns)
        for item in found:
            row = item.as_row()
            writer.writerow([row[c] if c in _NUMBERS else neutralise(row[c]) for c in columns])
    elif fmt == "jsonl":
        for item in found:
            data: dict[str, object] = dict(item.as_row())
            data["count"], data["reports"], data["incident_ids"] = item.count, item.reports, list(item.incident_ids)
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        table = Table(title=Text(f"{len(found)} {title}"), expand=True)
        for col, width, fixed in shown:
            table.add_column(col.replace("_", " "), overflow="ellipsis", no_wrap=True, min_width=width,
                             width=width if fixed else None, ratio=None if fixed else 1,
                             justify="right" if col in _NUMBERS else "left")
        for item in found:
            table.add_row(*(Text("" if getattr(item, c) is None else str(getattr(item, c))) for c, _, _ in shown))
        out.print(table)
