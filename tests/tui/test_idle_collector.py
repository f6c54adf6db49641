"""Full garbage collections wait for the user to pause (idle_collector.py)."""

from __future__ import annotations

import gc

from defect_tui.tui.idle_collector import IdleCollector

from .conftest import wait_ready


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def young_collection() -> None:
    """What allocations do for a while: enough collections of the middle
    generation that Python itself would make a full one now."""
    for _ in range(gc.get_threshold()[2] if gc.get_threshold()[2] < 1000 else 10):
        gc.collect(1)


def test_no_full_collection_while_the_user_types_one_when_they_pause() -> None:
    clock = Clock()
    collector = IdleCollector(quiet_s=1.0, longest_s=60.0, clock=clock)
    before = gc.get_threshold()
    collector.start()
    try:
        assert gc.get_threshold()[:2] == before[:2] and gc.get_threshold()[2] > 10**6  # never reached by itself
        young_collection()
        collector.input_seen()
        clock.now += 0.3
        assert not collector.tick()  # a key 0.3 s ago
        clock.now += 0.8
        assert not collector.tick(busy=True)  # quiet, but a worker is loading rows
        assert collector.tick()  # quiet and nothing running: the pass runs now
        assert gc.get_count()[2] == 0
        assert not collector.tick()  # nothing left to do until the young generations collect again
        gc.collect(1)
        clock.now += 5
        assert not collector.tick()  # one young collection since: not yet (Python would not either)
    finally:
        collector.stop()
    assert gc.get_threshold() == before


def test_a_long_busy_stretch_still_gets_its_full_collection() -> None:
    clock = Clock()
    collector = IdleCollector(quiet_s=1.0, longest_s=60.0, clock=clock)
    collector.start()
    try:
        young_collection()
        for _ in range(10):
            clock.now += 5
            collector.input_seen()
            assert not collector.tick(busy=True)
        clock.now += 15  # a minute since the last full pass
        collector.input_seen()
        assert collector.tick(busy=True)
    finally:
        collector.stop()


def test_a_stopped_collector_does_nothing() -> None:
    collector = IdleCollector(clock=Clock())
    young_collection()
    assert not collector.tick()


async def test_the_app_collects_at_idle_and_gives_the_thresholds_back(make_app):
    before = gc.get_threshold()
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        assert app.collector.active and gc.get_threshold()[2] > 10**6
        seen = app.collector._last_input  # noqa: SLF001 - when the app last saw the user
        await pilot.press("a")
        assert app.collector._last_input > seen  # noqa: SLF001 - a key is the user at work
    assert gc.get_threshold() == before
