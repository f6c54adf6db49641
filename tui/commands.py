"""The app's entries in the command palette (ctrl+p), as a Textual
`Provider` over a table of commands.

Each command names the action it runs and the widget that runs it (a CSS
selector, None for the app), so this module needs neither the app nor the
widgets: no import circle. The key shown beside a command is read from the
bindings table with the user's remaps, so it is the key that works."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import Protocol, runtime_checkable

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.css.query import NoMatches

from .bindings import keys_of


@runtime_checkable
class PaletteHost(Protocol):
    """What the palette reads of the app."""

    indexing: bool

    @property
    def keymap(self) -> Mapping[str, str]: ...


@dataclass(frozen=True, slots=True)
class PaletteCommand:
    title: str
    help: str
    action: str
    binding_id: str | None = None  # its key, shown after the help
    target: str | None = None  # selector of the widget whose action it is; None: the app
    only_while_indexing: bool = False


PALETTE: tuple[PaletteCommand, ...] = (
    PaletteCommand("Re-index", "Pick up new, changed and removed files", "reindex", "reindex"),
    PaletteCommand("Rebuild index", "Build the whole index again from the files", "rebuild"),
    PaletteCommand("Cancel indexing", "Stop the running index update", "cancel_index", "cancel_index",
                   only_while_indexing=True),
    PaletteCommand("Export incidents", "Write the marked (or all shown) incidents to CSV", "export", "export"),
    PaletteCommand("Toggle incident filter", "All incidents / only those of the current results",
                   "toggle_filter", "filter"),
    PaletteCommand("Facets of the results", "Top people, organisations, places, sources, years", "facets",
                   "facets", "#search-pane"),
    PaletteCommand("Order results", "Best match first / newest first", "toggle_order", "toggle_order",
                   "#search-pane"),
    PaletteCommand("Show skipped files", "Files the last update could not index, with reasons", "skipped",
                   "skipped"),
    PaletteCommand("Incident columns", "Show, hide or reorder the incident table's columns", "choose_columns",
                   "incident_columns", "#incident-pane"),
    PaletteCommand("Incident details", "The current incident in full, with its evidence", "details",
                   "incident_details", "#incident-pane"),
    PaletteCommand("Confirm incidents", "Mark the marked (or current) incidents as checked", "review('confirm')",
                   "confirm", "#incident-pane"),
    PaletteCommand("Reject incidents", "Mark the marked (or current) incidents as wrong; hidden, not exported",
                   "review('reject')", "reject", "#incident-pane"),
    PaletteCommand("Edit incident", "Correct the fields of the current (or every marked) incident", "edit",
                   "edit_incident", "#incident-pane"),
    PaletteCommand("Note on incidents", "Write a note on the marked (or current) incidents", "note", "note",
                   "#incident-pane"),
    PaletteCommand("Undo review", "Undo the last review action of this session", "undo_review", "undo_review",
                   "#incident-pane"),
    PaletteCommand("Show or hide rejected incidents", "Rejected rows are hidden until asked for",
                   "toggle_rejected", "show_rejected", "#incident-pane"),
    PaletteCommand("Join marked rows into one event", "The marked rows and the current one report one event",
                   "join", "join_event", "#incident-pane"),
    PaletteCommand("Split rows out of their event", "Each marked (or the current) row is an event of its own",
                   "split", "split_event", "#incident-pane"),
    PaletteCommand("Events", "One row per defection: the reports of one person or group merged, disagreements shown",
                   "events", "events_view", "#incident-pane"),
    PaletteCommand("Timeline", "Events per year (or month), by status; Enter narrows the table to a period",
                   "timeline", "timeline_view", "#incident-pane"),
    PaletteCommand("Frequencies of a column", "How often each value occurs in the shown incidents; Enter narrows",
                   "frequencies", "frequencies", "#incident-pane"),
    PaletteCommand("Orphaned reviews", "Reviews whose incident is gone (article changed or removed)", "orphans",
                   None, "#incident-pane"),
    PaletteCommand("New incident from this sentence", "Add an incident the extractor missed, from the reader",
                   "new_incident", "new_incident", "#reader-pane"),
    PaletteCommand("Star article", "Star or unstar the article in focus (find them with starred:yes)",
                   "star_article", "star_article"),
    PaletteCommand("Tags and note of the article", "Tag the article in focus (find them with tag:NAME)",
                   "tag_article", "tag_article"),
    PaletteCommand("Entities", "People, organisations, places and roles, variants merged; Enter searches",
                   "entities", "entities"),
    PaletteCommand("Help", "Key bindings and query syntax", "help", "help"),
    PaletteCommand("Save screenshot", "Save an SVG screenshot in the current folder", "screenshot", "screenshot"),
    PaletteCommand("Focus search", "Jump to the search box", "focus_pane('search')", "focus_search"),
    PaletteCommand("Focus reader", "Jump to the article reader", "focus_pane('reader')", "focus_reader"),
    PaletteCommand("Focus incidents", "Jump to the incident table", "focus_pane('table')", "focus_table"),
)


def help_text(cmd: PaletteCommand, keymap: Mapping[str, str]) -> str:
    if not cmd.binding_id:
        return cmd.help
    return f"{cmd.help} ({keys_of(cmd.binding_id, keymap)})"


class AppCommands(Provider):
    """defect-tui's commands, beside Textual's own (theme, quit, keys)."""

    def _available(self) -> list[PaletteCommand]:
        indexing = isinstance(self.app, PaletteHost) and self.app.indexing
        return [c for c in PALETTE if indexing or not c.only_while_indexing]

    def _remaps(self) -> Mapping[str, str]:
        return self.app.keymap if isinstance(self.app, PaletteHost) else {}

    def _runner(self, cmd: PaletteCommand):
        node = self.app
        if cmd.target is not None:
            try:
                node = self.app.screen_stack[0].query_one(cmd.target)
            except NoMatches:
                return None
        return partial(self.app.run_action, cmd.action, node)

    async def discover(self) -> Hits:
        keymap = self._remaps()
        for cmd in self._available():
            run = self._runner(cmd)
            if run is not None:
                yield DiscoveryHit(cmd.title, run, help=help_text(cmd, keymap))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        keymap = self._remaps()
        for cmd in self._available():
            score = matcher.match(cmd.title)
            run = self._runner(cmd) if score > 0 else None
            if run is not None:
                yield Hit(score, matcher.highlight(cmd.title), run, help=help_text(cmd, keymap))
