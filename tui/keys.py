"""Every binding of the app, with its id: for the help screen, for
validating `keys:` remaps from the config, and for `defect-tui keys`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from textual.binding import Binding


def binding_classes() -> list[tuple[str, type]]:
    from .app import DefectApp
    from .widgets.incident_table import FilterInput, IncidentPane, IncidentTable
    from .widgets.reader import ArticleView
    from .widgets.search_pane import ResultList, SearchInput, SearchPane

    return [
        ("everywhere", DefectApp),
        ("search box", SearchInput),
        ("search pane", SearchPane),
        ("results", ResultList),
        ("reader", ArticleView),
        ("incidents", IncidentPane),
        ("incidents", IncidentTable),
        ("incident filter", FilterInput),
    ]


def binding_rows(keymap: Mapping[str, str] | None = None) -> Iterator[tuple[str, Binding, str]]:
    """(where, binding, keys as configured) for each declared binding."""
    keymap = keymap or {}
    for where, cls in binding_classes():
        for binding in cls.__dict__.get("BINDINGS", []):
            if not isinstance(binding, Binding):
                continue
            keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
            yield where, binding, keys


def binding_ids() -> dict[str, str]:
    """Remappable binding id -> default keys."""
    return {b.id: b.key for _, b, _ in binding_rows() if b.id}
