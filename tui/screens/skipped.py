"""The files the last index update skipped, with the reason for each."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from defect_tui.index.models import SkippedFile

from ..textutil import one_line
from ..bindings import bindings_for


class SkippedScreen(ModalScreen[None]):
    BINDINGS = bindings_for("skipped files")

    def __init__(self, skipped: Sequence[SkippedFile]) -> None:
        super().__init__()
        self.skipped = list(skipped)

    def compose(self) -> ComposeResult:
        with Vertical(id="skipped-box"):
            if not self.skipped:
                yield Static(Text("No files were skipped by the last update."), markup=False)
            table = DataTable(id="skipped-table", cursor_type="row", zebra_stripes=True)
            table.display = bool(self.skipped)
            yield table

    def on_mount(self) -> None:
        box = self.query_one("#skipped-box")
        box.border_title = f"Skipped files: {len(self.skipped)}"
        box.border_subtitle = "Esc to close"
        table = self.query_one(DataTable)
        table.add_column(Text("file"), key="path")
        table.add_column(Text("reason"), key="reason")
        for item in self.skipped:
            table.add_row(Text(one_line(item.path)), Text(one_line(item.reason)))
        table.focus()

    def action_cursor(self, direction: str) -> None:
        table = self.query_one(DataTable)
        (table.action_cursor_down if direction == "down" else table.action_cursor_up)()
