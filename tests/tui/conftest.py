"""Pilot helpers for the app tests.

`settings`, `corpus_dir` and the private `DEFECT_TUI_HOME` come from
tests/conftest.py: every test indexes its own copy of the seeds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from textual.pilot import Pilot

from defect_tui.index.config import Settings
from defect_tui.tui.app import DefectApp

FROZEN = datetime(2024, 5, 6, 7, 8)


async def wait_for(pilot: Pilot, condition: Callable[[], object], timeout: float = 15.0, what: str = "") -> None:
    """Let the app run until `condition()` is true (workers are threads)."""
    steps = int(timeout / 0.05)
    for _ in range(steps):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"timed out waiting for {what or condition}")


async def wait_ready(pilot: Pilot) -> None:
    """Index built, first search shown, incident rows loaded."""
    app = pilot.app
    from defect_tui.tui.widgets.incident_table import IncidentPane
    from defect_tui.tui.widgets.search_pane import SearchPane

    await wait_for(pilot, lambda: app.ready and not app.indexing, what="index ready")
    await wait_for(pilot, lambda: app.query_one(SearchPane).result is not None, what="first results")
    await wait_for(pilot, lambda: not app.query_one(IncidentPane).loading_rows, what="incident rows")
    await pilot.pause()


def record_notices(app: DefectApp) -> list[str]:
    """The toasts' messages as the app sends them (call before `run_test`):
    what a user reads, without reading Textual's private list."""
    seen: list[str] = []
    notify = app.notify

    def recording(message, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003 - App.notify's own signature
        seen.append(str(message))
        return notify(message, *args, **kwargs)

    app.notify = recording  # type: ignore[method-assign]
    return seen


@pytest.fixture
def make_app(settings: Settings) -> Callable[..., DefectApp]:
    def make(**kwargs) -> DefectApp:
        kwargs.setdefault("clock", lambda: FROZEN)
        return DefectApp(settings, **kwargs)

    return make


async def open_by_search(pilot: Pilot, query: str):
    """Search `query` and open its first result in the reader, as a user
    does (Enter in the search box); the reader pane."""
    from defect_tui.tui.widgets.reader import ReaderPane
    from defect_tui.tui.widgets.search_pane import SearchInput, SearchPane

    app = pilot.app
    search = app.query_one(SearchPane)
    search.set_query(query)
    await wait_for(pilot, lambda: search.result.query == query and search.result.hits, what=f"results of {query}")
    app.query_one(SearchInput).focus()
    await pilot.press("enter")
    reader = app.query_one(ReaderPane)
    await wait_for(pilot, lambda: reader.article is not None, what="the article open")
    return reader


def burst(app, *keys: str) -> None:
    """Keys posted at once, as the terminal driver posts the keys of one
    read (a fast typist, a slow link, tmux's send-keys): none waits for
    the one before it to be handled."""
    from textual import events

    for key in keys:
        char = key if len(key) == 1 else {"backspace": "\x7f", "ctrl+u": "\x15", "ctrl+w": "\x17", "enter": "\r"}.get(key)
        app.post_message(events.Key(key, char))

