"""Help: the Markdown in help.md plus a table of the live key bindings."""

from __future__ import annotations

from importlib import resources

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
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
    """The text scrolls with the usual keys (arrows, page keys, home/end,
    space) and vim's; it has focus, so they work without a click."""

    BINDINGS = [
        Binding("escape,q,f1,question_mark", "dismiss", "Close", id="close_help"),
        Binding("j", "scroll('down')", show=False),
        Binding("k", "scroll('up')", show=False),
        Binding("space", "scroll('page_down')", show=False),
        Binding("b", "scroll('page_up')", show=False),
        Binding("g", "scroll('home')", show=False),
        Binding("G", "scroll('end')", show=False),
    ]

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "_keymap", {}) or {}
        with Vertical(id="help-box"):
            with VerticalScroll(id="help-text"):
                yield Markdown(help_markdown(keymap))

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "Help"
        self.query_one("#help-box").border_subtitle = "↑↓ PgUp PgDn Home End to scroll · Esc to close"
        self.query_one("#help-text").focus()

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#help-text", VerticalScroll)
        moves = {"down": box.scroll_down, "up": box.scroll_up, "page_down": box.scroll_page_down,
                 "page_up": box.scroll_page_up, "home": box.scroll_home, "end": box.scroll_end}
        moves[direction](animate=False)
