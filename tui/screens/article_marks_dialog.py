"""Tags and a note for one article: tags as words separated by commas."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from ..widgets.ordered_input import OrderedInput
from ..bindings import bindings_for


class ArticleMarksDialog(ModalScreen[tuple[list[str], str] | None]):
    BINDINGS = bindings_for("article marks")

    def __init__(self, article_id: str, tags: Sequence[str], note: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.tags = list(tags)
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="marks-box"):
            yield Label("tags (separated by commas)")
            yield OrderedInput(", ".join(self.tags), id="marks-tags", placeholder="e.g. diplomats, follow-up")
            yield Label("note")
            yield OrderedInput(self.note, id="marks-note", placeholder="a note on this article")

    def on_mount(self) -> None:
        box = self.query_one("#marks-box")
        box.border_title = f"Tags and note: {self.article_id}"
        box.border_subtitle = "Enter keeps · Esc cancels · search them with tag:NAME"
        self.query_one("#marks-tags", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        tags = [t for t in self.query_one("#marks-tags", Input).value.split(",") if t.strip()]
        self.dismiss((tags, self.query_one("#marks-note", Input).value))

    def action_cancel(self) -> None:
        self.dismiss(None)
