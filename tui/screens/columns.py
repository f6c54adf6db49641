"""Which columns of the incident table to show, and in what order: a list
to tick and rearrange, kept in the user's settings by the table."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import SelectionList

from ..bindings import bindings_for


class ColumnsScreen(ModalScreen[list[str] | None]):
    BINDINGS = bindings_for("columns")

    def __init__(self, choices: list[tuple[str, str, bool]]) -> None:
        super().__init__()
        self.choices = choices  # (label, key, shown)

    def compose(self) -> ComposeResult:
        with Vertical(id="columns-box"):
            yield SelectionList[str](*self.choices, id="columns-list")

    def on_mount(self) -> None:
        box = self.query_one("#columns-box")
        box.border_title = "Columns"
        box.border_subtitle = "space show/hide · [ ] move · enter apply"
        chooser = self.query_one(SelectionList)
        chooser.highlighted = 0
        chooser.focus()

    def _options(self) -> list[tuple[str, str]]:
        chooser = self.query_one(SelectionList)
        options = (chooser.get_option_at_index(i) for i in range(chooser.option_count))
        return [(str(o.prompt), str(o.value)) for o in options]

    def action_move(self, step: int) -> None:
        """Move the highlighted column up or down the list (= left or right in the table)."""
        chooser = self.query_one(SelectionList)
        here = chooser.highlighted
        options = self._options()
        if here is None or not 0 <= here + step < len(options):
            return
        ticked = set(chooser.selected)
        options[here], options[here + step] = options[here + step], options[here]
        chooser.clear_options()
        chooser.add_options([(label, key, key in ticked) for label, key in options])
        chooser.highlighted = here + step

    def action_apply(self) -> None:
        ticked = set(self.query_one(SelectionList).selected)
        keys = [key for _, key in self._options() if key in ticked]  # in the list's order
        self.dismiss(keys or None)  # at least one column besides the mark

    def action_cancel(self) -> None:
        self.dismiss(None)
