"""A dialog that lists rows in a table, or says there are none: the
skipped files, the orphaned reviews."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from ..textutil import one_line


class TableDialog(ModalScreen[None]):
    """Subclasses set BINDINGS (close, j/k) and pass their rows."""

    def __init__(self, box_id: str, title: str, subtitle: str, columns: Sequence[str],
                 rows: Sequence[Sequence[str]], empty: str) -> None:
        super().__init__()
        self.box_id, self.title_text, self.subtitle = box_id, title, subtitle
        self.columns, self.rows, self.empty = list(columns), [list(r) for r in rows], empty

    def compose(self) -> ComposeResult:
        with Vertical(id=self.box_id):
            if not self.rows:
                yield Static(Text(self.empty), markup=False)
            table = DataTable(id=self.box_id.replace("-box", "-table"), cursor_type="row", zebra_stripes=True)
            table.display = bool(self.rows)
            yield table

    def on_mount(self) -> None:
        box = self.query_one(f"#{self.box_id}")
        box.border_title = self.title_text
        box.border_subtitle = self.subtitle
        table = self.query_one(DataTable)
        for label in self.columns:
            table.add_column(Text(label), key=label)
        for row in self.rows:
            table.add_row(*(Text(one_line(cell)) for cell in row))
        table.focus()

    def action_cursor(self, direction: str) -> None:
        table = self.query_one(DataTable)
        (table.action_cursor_down if direction == "down" else table.action_cursor_up)()
