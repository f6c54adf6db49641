"""Every key binding of the app, as data (keys.yaml): the one list that
widgets build their BINDINGS from, that the help screen and `defect-tui
keys` print, and that the config's `keys:` remaps are checked against.

A leaf module (it imports nothing of the app, and Textual only when a
class asks for its bindings), so that any widget, screen or the CLI can
read it: `defect-tui search` checks the keymap without loading Textual.
A new widget adds its rows to keys.yaml under a new scope (and the scope
to `Scope`); its keys are then in the help, in `defect-tui keys` and
remappable, with no other list to keep.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Literal, get_args

import yaml

if TYPE_CHECKING:
    from textual.binding import Binding

Scope = Literal[
    "everywhere", "search box", "search pane", "results", "reader", "reader pane", "incidents",
    "incident table", "table", "incident filter", "facet list", "facets", "help", "export dialog",
    "incident details", "skipped files", "columns", "error", "incident form", "note dialog", "orphans",
    "article marks", "frequencies", "events", "figures", "timeline", "entity browser",
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


def _load(text: str) -> tuple[KeyBinding, ...]:
    """The table from keys.yaml; a wrong scope or field fails at import,
    naming it (a developer's mistake, caught by any test)."""
    data = yaml.safe_load(text) or {}
    scopes = set(get_args(Scope))
    out = []
    for scope, rows in data.items():
        if scope not in scopes:
            raise ValueError(f"keys.yaml: unknown scope {scope!r} (add it to bindings.Scope)")
        for row in rows:
            try:
                out.append(KeyBinding(scope, row.get("id"), row["keys"], row["action"], row["description"],
                                      show=row.get("show", True), priority=row.get("priority", False)))
            except (KeyError, TypeError) as exc:
                raise ValueError(f"keys.yaml: {scope}: bad binding {row!r} ({exc})") from None
    return tuple(out)


KEY_BINDINGS: tuple[KeyBinding, ...] = _load(
    resources.files(__package__).joinpath("keys.yaml").read_text(encoding="utf-8"))


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
