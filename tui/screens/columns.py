"""Which columns of the incident table to show: a list to tick, kept in
the user's settings by the table."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import SelectionList


class ColumnsScreen(ModalScreen[list[str] | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="close_columns"),
        Binding("enter", "apply", "Show these", id="apply_columns", priority=True),  # (the list toggles on enter too)
    ]

    def __init__(self, choices: list[tuple[str, str, bool]]) -> None:
        super().__init__()
        self.choices = choices  # (label, key, shown)

    def compose(self) -> ComposeResult:
        with Vertical(id="columns-box"):
            yield SelectionList[str](*self.choices, id="columns-list")

    def on_mount(self) -> None:
        box = self.query_one("#columns-box")
        box.border_title = "Columns"
        box.border_subtitle = "space show/hide · enter apply · esc cancel"
        chooser = self.query_one(SelectionList)
        chooser.highlighted = 0
        chooser.focus()

    def action_apply(self) -> None:
        keys = list(self.query_one(SelectionList).selected)
        self.dismiss(keys or None)  # at least one column besides the mark

    def action_cancel(self) -> None:
        self.dismiss(None)
