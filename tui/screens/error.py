"""A blocking problem (the index cannot be opened or built)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..bindings import bindings_for


class ErrorScreen(ModalScreen[str]):
    """Shows `message`; dismisses with "retry" or "close"."""

    BINDINGS = bindings_for("error")

    def __init__(self, title: str, message: str, retry: bool = True) -> None:
        super().__init__()
        self.title_text = title
        self.message = message
        self.retry = retry

    def compose(self) -> ComposeResult:
        with Vertical(id="error-box"):
            yield Static(Text(self.message), id="error-message", markup=False)
            with Horizontal(id="error-buttons"):
                if self.retry:
                    yield Button("Retry", id="retry", variant="primary")
                yield Button("Close", id="close")

    def on_mount(self) -> None:
        box = self.query_one("#error-box")
        box.border_title = "Problem"
        box.border_subtitle = "r retry · Esc close" if self.retry else "Esc close"

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id or "close")
