"""The app's entries in the command palette (ctrl+p)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from .widgets.incident_table import IncidentPane

if TYPE_CHECKING:
    from .app import DefectApp


def app_commands(app: "DefectApp") -> Iterator[SystemCommand]:
    from .widgets.search_pane import SearchPane

    yield SystemCommand("Re-index", "Pick up new, changed and removed files (ctrl+r)", app.action_reindex)
    yield SystemCommand("Rebuild index", "Build the whole index again from the files", app.action_rebuild)
    if app.indexing:
        yield SystemCommand("Cancel indexing", "Stop the running index update", app.action_cancel_index)
    yield SystemCommand("Export incidents", "Write the marked (or all shown) incidents to CSV (e)",
                        app.action_export)
    yield SystemCommand("Toggle incident filter", "All incidents / only those of the current results (f)",
                        app.action_toggle_filter)
    yield SystemCommand("Facets of the results", "Top people, organisations, places, sources, years (ctrl+t)",
                        lambda: app.query_one(SearchPane).action_facets())
    yield SystemCommand("Order results", "Best match first / newest first (ctrl+o)",
                        lambda: app.query_one(SearchPane).action_toggle_order())
    yield SystemCommand("Show skipped files", "Files the last update could not index, with reasons",
                        app.action_skipped)
    yield SystemCommand("Incident columns", "Show, hide or reorder the incident table's columns (v)",
                        lambda: app.query_one(IncidentPane).action_choose_columns())
    yield SystemCommand("Incident details", "The current incident in full, with its evidence (i)",
                        lambda: app.query_one(IncidentPane).action_details())
    yield SystemCommand("Help", "Key bindings and query syntax (F1, ?)", app.action_help)
    yield SystemCommand("Save screenshot", "Save an SVG screenshot in the current folder (ctrl+s)",
                        app.action_screenshot)
    yield SystemCommand("Focus search", "Jump to the search box (/)", lambda: app.action_focus_pane("search"))
    yield SystemCommand("Focus reader", "Jump to the article reader (F3)", lambda: app.action_focus_pane("reader"))
    yield SystemCommand("Focus incidents", "Jump to the incident table (F4)",
                        lambda: app.action_focus_pane("table"))
