"""SVG snapshots of the main screen, narrow and wide.

Deterministic: fixed size, frozen clock, no cursor blink, toasts cleared.
They show extraction output (entity colours, incident rows): when the
extractor improves, review the diff and refresh with
`pytest tests/tui/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Input, LoadingIndicator

from defect_tui.tui.widgets.incident_table import IncidentPane
from defect_tui.tui.widgets.reader import ReaderPane
from defect_tui.tui.widgets.search_pane import SearchInput, SearchPane

from .conftest import wait_for, wait_ready


async def settle(pilot) -> None:
    app = pilot.app
    await wait_ready(pilot)
    app.query_one(SearchInput).cursor_blink = False
    app.clear_notifications()
    await pilot.pause()


async def open_article(pilot) -> None:
    app = pilot.app
    await settle(pilot)
    pane = app.query_one(SearchPane)
    pane.set_query("Shigemura")
    await wait_for(pilot, lambda: pane.result.query == "Shigemura" and pane.result.hits)
    app.query_one(SearchInput).focus()
    await pilot.press("enter")
    await wait_for(pilot, lambda: app.query_one(ReaderPane).article is not None)
    await pilot.press("n")
    app.clear_notifications()
    await pilot.pause(0.2)


def test_main_screen_80x24(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=settle)


def test_article_open_80x24(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=open_article)


def test_article_open_160x48(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(160, 48), run_before=open_article)


def keys_pressed(*keys: str):
    """A run_before that settles, presses `keys` and lets the screen draw."""
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press(*keys)
        await pilot.pause(0.2)
        await pilot.app.workers.wait_for_complete()  # a view that reads in a worker (events, timeline)
        await pilot.pause()
        screen = pilot.app.screen
        for box in screen.query(Input):
            box.cursor_blink = False
        if isinstance(screen, CommandPalette):
            # the palette fills its list from async providers: wait until it is still
            commands = screen.query_one(CommandList)
            seen = -1
            while seen != commands.option_count:
                seen = commands.option_count
                await pilot.pause(0.15)
            screen.query_one(LoadingIndicator).display = False
        await pilot.pause()

    return run_before


#: every screen and dialog over the main screen, and the keys that open it
DIALOGS = {
    "help": ("f1",),
    "facets": ("ctrl+t",),
    "export": ("f4", "e"),
    "skipped_files": ("f6",),
    "incident_details": ("f4", "i"),
    "column_chooser": ("f4", "v"),  # the list with its key hints whole under it
    "incident_form": ("f4", "E"),
    "note_dialog": ("f4", "n"),
    "frequencies": ("f4", "F"),
    "events": ("f4", "V"),
    "figures": ("f4", "N"),
    "timeline": ("f4", "T"),
    "entity_browser": ("f7",),
    "reviewed_rows": ("f4", "y", "down", "n", *"ask the desk", "enter", "down", "x"),
    # (the palette before typing lists providers in the order they answer: not stable)
    "palette_search": ("ctrl+p", *"incid"),
    "quick_filter": ("f4", "ctrl+f", *"status:defected"),
}

#: the main screen with each pane focused (the focused pane's border and footer keys)
FOCUS = {
    "search_box": (),
    "results": ("tab",),
    "reader": ("f3",),
    "incidents": ("f4",),
}


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_dialog(snap_compare, make_app, dialog: str, size: tuple[int, int]):
    assert snap_compare(make_app(), terminal_size=size, run_before=keys_pressed(*DIALOGS[dialog]))


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
@pytest.mark.parametrize("pane", list(FOCUS))
def test_focused_pane(snap_compare, make_app, pane: str, size: tuple[int, int]):
    assert snap_compare(make_app(), terminal_size=size, run_before=keys_pressed(*FOCUS[pane]))




def test_article_open_light_theme_80x24(snap_compare, make_app):
    async def run_before(pilot) -> None:
        pilot.app.theme = "textual-light"
        await open_article(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)


def test_incident_table_maximised_160x48(snap_compare, make_app):
    """Maximised at 160 columns the table shows whole cells (issue 15)."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("f4")
        pilot.app.screen.maximize(pilot.app.query_one(IncidentPane))
        await pilot.pause(0.2)

    assert snap_compare(make_app(), terminal_size=(160, 48), run_before=run_before)
