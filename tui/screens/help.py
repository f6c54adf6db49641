"""Help: the Markdown in help.md plus a table of the live key bindings."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from ..bindings import binding_rows, bindings_for, where


def help_markdown(keymap: Mapping[str, str] | None = None) -> str:
    text = resources.files(__package__).joinpath("help.md").read_text(encoding="utf-8")
    rows = ["", "| keys | action | where | id |", "|---|---|---|---|"]
    for kb, keys in binding_rows(keymap or {}):
        shown = keys.replace("|", "\\|")
        rows.append(f"| `{shown}` | {kb.description or kb.action} | {where(kb.scope)} | {kb.id or ''} |")
    return text + "\n".join(rows) + "\n"


class HelpScreen(ModalScreen[None]):
    """The text scrolls with the usual keys (arrows, page keys, home/end,
    space) and vim's; it has focus, so they work without a click."""

    BINDINGS = bindings_for("help")

    def __init__(self, keymap: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.keymap = dict(keymap or {})  # the config's remaps, so the table shows the keys that work

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            with VerticalScroll(id="help-text"):
                yield Markdown(help_markdown(self.keymap))

    def on_mount(self) -> None:
        self.query_one("#help-box").border_title = "Help"
        self.query_one("#help-box").border_subtitle = "↑↓ PgUp PgDn Home End to scroll · Esc to close"
        self.query_one("#help-text").focus()

    def action_scroll(self, direction: str) -> None:
        box = self.query_one("#help-text", VerticalScroll)
        moves = {"down": box.scroll_down, "up": box.scroll_up, "page_down": box.scroll_page_down,
                 "page_up": box.scroll_page_up, "home": box.scroll_home, "end": box.scroll_end}
        moves[direction](animate=False)
