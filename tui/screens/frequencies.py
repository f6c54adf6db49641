"""How often each value of a column occurs among the shown rows (incidents,
events, figures: value, count, share; most frequent first), as VisiData
shows it; Enter narrows the table to the chosen value, ← and → move to
another column."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from defect_tui.index.models import Incident

from ..bindings import bindings_for
from ..textutil import one_line

EMPTY = "(empty)"


def frequencies(rows: Sequence[Any], value: Callable[[Any], str]) -> list[tuple[str, int]]:
    """(value, count), most frequent first, then by value; empty cells as one value."""
    counts = Counter(one_line(value(r) or "").strip() or EMPTY for r in rows)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))


class FrequencyScreen(ModalScreen[str | None]):
    """Returns the quick-filter text for the chosen value, or None."""

    BINDINGS = bindings_for("frequencies")

    def __init__(self, rows: Sequence[Incident] | Sequence[Any], columns: Sequence[tuple[str, str, Callable[[Any], str]]],
                 start: int = 0, noun: str = "incidents") -> None:
        super().__init__()
        self.rows = list(rows)
        self.noun = noun
        self.columns = list(columns)  # (key, label, value of a row)
        self.index = max(0, min(start, len(self.columns) - 1))
        self.values: list[tuple[str, int]] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="freq-box"):
            yield Static("", id="freq-head", markup=False)
            yield DataTable(id="freq-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        self.query_one("#freq-box").border_subtitle = "←/→ another column · Enter narrows the table · Esc closes"
        self._show()

    def _show(self) -> None:
        key, label, value = self.columns[self.index]
        self.values = frequencies(self.rows, value)
        self.query_one("#freq-box").border_title = f"Frequencies: {label}"
        head = Text(f"{len(self.values)} distinct values in {len(self.rows)} {self.noun} · column {label}")
        self.query_one("#freq-head", Static).update(head)
        table = self.query_one(DataTable)
        table.clear(columns=True)
        table.add_column(Text(label), key="value")
        table.add_column(Text("count", justify="right"), key="count")
        table.add_column(Text("share", justify="right"), key="share")
        total = max(1, len(self.rows))
        for text, n in self.values:
            table.add_row(Text(text, style="dim" if text == EMPTY else ""), Text(str(n), justify="right"),
                          Text(f"{100 * n / total:.1f}%", justify="right"))
        table.focus()

    def action_column(self, step: int) -> None:
        self.index = (self.index + step) % len(self.columns)
        self._show()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        text, _ = self.values[event.cursor_row]
        if text == EMPTY:
            self.app.notify("An empty value cannot be filtered to; sort by the column instead", severity="warning")
            return
        key = self.columns[self.index][0]
        self.dismiss(f'{key}:"{text.replace(chr(34), "")}"')

    def action_cancel(self) -> None:
        self.dismiss(None)
