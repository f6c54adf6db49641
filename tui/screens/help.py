"""Help: the Markdown in help.md plus a table of the live key bindings."""

from __future__ import annotations

from importlib import resources

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Markdown

from ..keys import binding_rows


def help_markdown(keymap: dict[str, str] | None = None) -> str:
    text = resources.files(__package__).joinpath("help.md").read_text(encoding="utf-8")
    rows = ["", "| keys | action | where | id |", "|---|---|---|---|"]
    for where, binding, keys in binding_rows(keymap or {}):
        shown = keys.replace("|", "\\|")
        rows.append(f"| `{shown}` | {binding.description or binding.action} | {where} | {binding.id or ''} |")
    return text + "\n".join(rows) + "\n"


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,f1,question_mark", "dismiss", "Close", id="close_help"),
        Binding("j", "scroll('down')", show=False),
        Binding("k", "scroll('up')", show=False),
    ]

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "_keymap", {}) or {}
        with Vertical(id="help-box"):
            yield Markdown(help_markdown(keymap), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "Help"
        self.query_one("#help-box").border_subtitle = "Esc to close"

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#help-text")
        (box.scroll_down if direction == "down" else box.scroll_up)()
