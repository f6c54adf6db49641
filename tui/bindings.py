"""Every key binding of the app, as data: the one list that widgets build
their BINDINGS from, the help screen and `defect-tui keys` print, and the
config's `keys:` remaps are checked against.

A leaf module (it imports nothing of the app, and Textual only when a
class asks for its bindings), so that any widget, screen or the CLI can
read it: `defect-tui search` reads the keymap without loading Textual. A new widget
adds its rows here under a new scope; its keys are then in the help, in
`defect-tui keys` and remappable without another list to keep.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from textual.binding import Binding

Scope = Literal[
    "everywhere", "search box", "search pane", "results", "reader", "reader pane", "incidents",
    "incident table", "table", "incident filter", "facet list", "facets", "help", "export dialog",
    "incident details", "skipped files", "columns", "error",
]

#: Scopes whose keys are live at the same time (a table inside its pane):
#: a remap may not give one key to two of their bindings.
TOGETHER: dict[str, str] = {"incident table": "incidents", "table": "incidents"}


def where(scope: Scope) -> str:
    """The scope as the help and `defect-tui keys` name it for a user."""
    return TOGETHER.get(scope, scope)


@dataclass(frozen=True, slots=True)
class KeyBinding:
    """One binding. `id` makes it remappable (`keys: {id: "ctrl+e"}`);
    `show` puts it in the footer."""

    scope: Scope
    id: str | None
    keys: str
    action: str
    description: str
    show: bool = True
    priority: bool = False

    def binding(self) -> Binding:
        from textual.binding import Binding  # only here: the CLI reads the table without Textual

        return Binding(self.keys, self.action, self.description, show=self.show, priority=self.priority,
                       id=self.id)


KEY_BINDINGS: tuple[KeyBinding, ...] = (
    # everywhere
    KeyBinding("everywhere", "quit", "ctrl+q", "quit", "Quit", priority=True),
    KeyBinding("everywhere", "quit_q", "q", "quit", "Quit", show=False),
    KeyBinding("everywhere", "help", "f1,question_mark", "help", "Help"),
    KeyBinding("everywhere", "focus_search", "f2,slash", "focus_pane('search')", "Search", show=False),
    KeyBinding("everywhere", "focus_reader", "f3", "focus_pane('reader')", "Reader", show=False),
    KeyBinding("everywhere", "focus_table", "f4", "focus_pane('table')", "Incidents", show=False),
    KeyBinding("everywhere", "reindex", "ctrl+r", "reindex", "Re-index", show=False),
    KeyBinding("everywhere", "cancel_index", "escape", "cancel_index", "Cancel indexing"),
    KeyBinding("everywhere", "skipped", "f6", "skipped", "Skipped files", show=False),
    KeyBinding("everywhere", "screenshot", "ctrl+s", "screenshot", "Screenshot", show=False),
    # search box
    KeyBinding("search box", "history_prev", "up", "history_prev", "Older query", show=False),
    KeyBinding("search box", "history_next", "down", "history_next", "Newer query", show=False),
    KeyBinding("search box", "clear_search", "escape", "clear_or_leave", "Clear"),
    # search pane
    KeyBinding("search pane", "apply_suggestion", "ctrl+y", "apply_suggestion", "Use suggestion"),
    KeyBinding("search pane", "toggle_order", "ctrl+o", "toggle_order", "Order"),
    KeyBinding("search pane", "facets", "ctrl+t", "facets", "Facets"),
    # results
    KeyBinding("results", "open_result", "enter", "select", "Open"),
    KeyBinding("results", None, "j", "cursor_down", "Down", show=False),
    KeyBinding("results", None, "k", "cursor_up", "Up", show=False),
    KeyBinding("results", None, "g", "first", "First", show=False),
    KeyBinding("results", None, "G", "last", "Last", show=False),
    # reader
    KeyBinding("reader", "next_hit", "n", "next_hit", "Next hit"),
    KeyBinding("reader", "prev_hit", "N", "prev_hit", "Prev hit"),
    KeyBinding("reader", None, "j,down", "scroll_down", "Down", show=False),
    KeyBinding("reader", None, "k,up", "scroll_up", "Up", show=False),
    KeyBinding("reader", None, "space,pagedown", "page_down", "Page down", show=False),
    KeyBinding("reader", None, "b,pageup", "page_up", "Page up", show=False),
    KeyBinding("reader", None, "g,home", "scroll_home", "Top", show=False),
    KeyBinding("reader", None, "G,end", "scroll_end", "Bottom", show=False),
    # reader pane
    KeyBinding("reader pane", "copy_citation", "c", "copy_citation", "Copy citation"),
    KeyBinding("reader pane", "open_url", "o", "open_url", "Open url"),
    # incidents
    KeyBinding("incidents", "open_incident", "enter", "open", "Evidence", show=False),
    KeyBinding("incidents", "incident_details", "i", "details", "Details"),
    KeyBinding("incidents", "incident_columns", "v", "choose_columns", "Columns", show=False),
    KeyBinding("incidents", "copy_incident", "c", "copy_row", "Copy row", show=False),
    KeyBinding("incidents", "copy_evidence", "C", "copy_evidence", "Copy evidence", show=False),
    KeyBinding("incidents", "mark", "space", "toggle_mark", "Mark, next"),
    KeyBinding("incidents", "mark_all", "a", "mark_all", "Mark all"),
    KeyBinding("incidents", "filter", "f", "toggle_filter", "All/results"),
    KeyBinding("incidents", "quick_filter", "ctrl+f", "quick_filter", "Filter rows"),
    KeyBinding("incidents", "clear_quick_filter", "escape", "clear_quick_filter", "Clear filter"),
    KeyBinding("incidents", "sort", "s", "cycle_sort", "Sort"),
    KeyBinding("incidents", "reverse_sort", "S", "reverse_sort", "Reverse", show=False),
    KeyBinding("incidents", "export", "e", "export", "Export"),
    # incident table
    KeyBinding("incident table", None, "j", "cursor_down", "Down", show=False),
    KeyBinding("incident table", None, "k", "cursor_up", "Up", show=False),
    KeyBinding("incident table", None, "g", "scroll_top", "Top", show=False),
    KeyBinding("incident table", None, "G", "scroll_bottom", "Bottom", show=False),
    # table
    KeyBinding("table", None, "up", "cursor_up", "Up", show=False),
    KeyBinding("table", None, "down", "cursor_down", "Down", show=False),
    KeyBinding("table", None, "pageup", "page_up", "Page up", show=False),
    KeyBinding("table", None, "pagedown", "page_down", "Page down", show=False),
    KeyBinding("table", None, "home,ctrl+home", "scroll_top", "Top", show=False),
    KeyBinding("table", None, "end,ctrl+end", "scroll_bottom", "Bottom", show=False),
    KeyBinding("table", None, "left", "scroll_left", "Left", show=False),
    KeyBinding("table", None, "right", "scroll_right", "Right", show=False),
    # incident filter
    KeyBinding("incident filter", "quick_filter_clear", "escape", "clear", "Clear filter"),
    KeyBinding("incident filter", "quick_filter_done", "enter,down", "done", "To rows", show=False),
    # facet list
    KeyBinding("facet list", None, "enter", "select", "Narrow"),
    KeyBinding("facet list", None, "j", "cursor_down", "Down", show=False),
    KeyBinding("facet list", None, "k", "cursor_up", "Up", show=False),
    KeyBinding("facet list", None, "g", "first", "First", show=False),
    KeyBinding("facet list", None, "G", "last", "Last", show=False),
    # facets
    KeyBinding("facets", "close_facets", "escape,q", "dismiss", "Close"),
    # help
    KeyBinding("help", "close_help", "escape,q,f1,question_mark", "dismiss", "Close"),
    KeyBinding("help", None, "j", "scroll('down')", "Down", show=False),
    KeyBinding("help", None, "k", "scroll('up')", "Up", show=False),
    KeyBinding("help", None, "space", "scroll('page_down')", "Page down", show=False),
    KeyBinding("help", None, "b", "scroll('page_up')", "Page up", show=False),
    KeyBinding("help", None, "g", "scroll('home')", "Top", show=False),
    KeyBinding("help", None, "G", "scroll('end')", "Bottom", show=False),
    # export dialog
    KeyBinding("export dialog", "cancel_export", "escape", "cancel", "Cancel"),
    # incident details
    KeyBinding("incident details", "close_detail", "escape,q,i", "dismiss", "Close"),
    # skipped files
    KeyBinding("skipped files", "close_skipped", "escape,q", "dismiss", "Close"),
    KeyBinding("skipped files", None, "j", "cursor('down')", "Down", show=False),
    KeyBinding("skipped files", None, "k", "cursor('up')", "Up", show=False),
    # columns
    KeyBinding("columns", "close_columns", "escape", "cancel", "Cancel"),
    KeyBinding("columns", "apply_columns", "enter", "apply", "Show these", priority=True),
    KeyBinding("columns", "column_up", "shift+up,left_square_bracket", "move(-1)", "Move up"),
    KeyBinding("columns", "column_down", "shift+down,right_square_bracket", "move(1)", "Move down"),
    # error
    KeyBinding("error", "close_error", "escape", "dismiss('close')", "Close"),
    KeyBinding("error", "retry", "r", "dismiss('retry')", "Retry"),
)


def bindings_for(scope: Scope) -> list[Binding]:
    """The Textual bindings of one scope, for a class's BINDINGS."""
    return [kb.binding() for kb in KEY_BINDINGS if kb.scope == scope]


def binding_rows(keymap: Mapping[str, str] | None = None) -> Iterator[tuple[KeyBinding, str]]:
    """Each binding with its keys as the user's `keys:` remaps them."""
    keymap = keymap or {}
    for kb in KEY_BINDINGS:
        yield kb, (keymap.get(kb.id, kb.keys) if kb.id else kb.keys)


def binding_ids() -> dict[str, str]:
    """Remappable binding id -> default keys."""
    return {kb.id: kb.keys for kb in KEY_BINDINGS if kb.id}


def keys_of(binding_id: str, keymap: Mapping[str, str] | None = None) -> str:
    """The keys of one binding as configured, for text that names them
    ("Export (e)"): a remap shows the remapped key."""
    for kb, keys in binding_rows(keymap):
        if kb.id == binding_id:
            return keys
    raise KeyError(binding_id)


def keymap_problem(keymap: Mapping[str, str]) -> str:
    """A remap that names no binding, or gives two bindings live at once
    the same key: the first such problem as one line, or ''."""
    known = binding_ids()
    for name in keymap:
        if name not in known:
            return f"'keys.{name}' is no binding id (`defect-tui keys` lists them)"
    taken: dict[tuple[str, str], str] = {}
    for kb, keys in binding_rows(keymap):
        place = where(kb.scope)
        name = kb.id or kb.action
        for key in keys.split(","):
            other = taken.setdefault((place, key.strip()), name)
            if other != name and (kb.id in keymap or other in keymap):
                return f"'keys': {key.strip()!r} is given to both {other} and {kb.id} ({place})"
    return ""
