"""The events view across sessions: the events merged in one session are
kept beside the index and open the next session's view, with a review
made in between (or a damaged file) never showing in it."""

from __future__ import annotations

import pytest

from defect_tui.index import event_memo
from defect_tui.index.api import open_corpus
from defect_tui.index.review_ops import actions_on
from defect_tui.index.reviews import ReviewStore
from defect_tui.index.event_cache import CACHE_NAME
from defect_tui.index.events import events
from defect_tui.index.variant_table import variant_table
from defect_tui.tui.screens.events_view import EventsScreen
from defect_tui.tui.widgets import table_views
from defect_tui.tui.widgets.incident_table import IncidentPane

from .conftest import wait_for, wait_ready


@pytest.fixture(autouse=True)
def fresh_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each app starts as a new process would: nothing merged yet, and
    the warm-up without its wait (the tests wait for it)."""
    event_memo.MEMO.__init__()
    monkeypatch.setattr(table_views, "WARM_DELAY", 0.05)


async def _warm(pilot) -> IncidentPane:
    await wait_ready(pilot)
    pane = pilot.app.query_one(IncidentPane)
    await wait_for(pilot, lambda: getattr(pane, "_views_warm", False), what="events merged")
    await pilot.app.workers.wait_for_complete()
    return pane


async def _events_shown(pilot) -> list:
    app = pilot.app
    app.query_one(IncidentPane).table.focus()
    await pilot.press("V")
    await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen) and app.screen.events, what="events")
    shown = list(app.screen.events)
    await pilot.press("escape")
    return shown


def _ids(found) -> list:
    return sorted(e.incident_ids for e in found)


async def test_a_review_between_sessions_shows_in_the_events_read_back(make_app, settings, monkeypatch):
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await _warm(pilot)
        cache = app.corpus.index_path / CACHE_NAME
        assert cache.exists(), "the warm-up keeps the events beside the index"
        first = await _events_shown(pilot)
        target = next(r for r in pane.incidents if any(r.incident_id in e.incident_ids for e in first))
    # a review written while no app runs (as `review import` does): the
    # next session's rows differ from those the file was written from
    with open_corpus(settings) as corpus:
        store = ReviewStore()
        store.add(actions_on(corpus, [target], "reject"))
        store.close()
    event_memo.MEMO.__init__()
    built: list[int] = []
    build = event_memo.build_event
    monkeypatch.setattr(event_memo, "build_event", lambda reports: built.append(1) or build(reports))
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await _warm(pilot)
        shown = await _events_shown(pilot)
        assert target.incident_id not in {i for e in shown for i in e.incident_ids}
        assert _ids(shown) == _ids(events(pane.incidents, variant_table(settings)))
        assert len(built) < len(shown) / 2, "read back, only the rejected row's event merged again"


async def test_a_damaged_file_is_merged_anew_and_replaced(make_app, settings):
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await _warm(pilot)
        cache = app.corpus.index_path / CACHE_NAME
        good = cache.read_bytes()
    cache.write_bytes(good[: len(good) // 3] + b"\x00" * 64)
    event_memo.MEMO.__init__()
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await _warm(pilot)
        shown = await _events_shown(pilot)
        assert _ids(shown) == _ids(events(pane.incidents, variant_table(settings)))
        assert cache.read_bytes() != good[: len(good) // 3] + b"\x00" * 64  # written anew


async def test_the_timeline_and_the_entity_browser_open_in_their_first_frame_once_warm(make_app, monkeypatch):
    """Once the warm-up has merged the events and summarised the entities,
    neither view waits for a worker: the timeline counts the merged events
    on the spot, and the entity browser takes a review made since then
    into its counts at once (what keeps each view within its 300 ms)."""
    from defect_tui.tui.screens.entity_browser import EntityBrowser
    from defect_tui.tui.screens.timeline_view import TimelineScreen

    workers: list[str] = []
    monkeypatch.setattr(TimelineScreen, "_count", lambda self: workers.append("timeline"))
    monkeypatch.setattr(EntityBrowser, "_read", lambda self: workers.append("entities"))
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        pane = await _warm(pilot)
        pane.table.focus()
        await pilot.press("T")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen) and app.screen.ready and app.screen.buckets
        await pilot.press("escape")
        await pilot.pause()
        pane.table.focus()
        await pilot.press("y")  # a review: one row replaced
        await pilot.app.workers.wait_for_complete()
        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, EntityBrowser) and app.screen.entities
        assert workers == []
