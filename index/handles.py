"""Idle searchers and SQLite connections, reused across searches.

Opening a Whoosh searcher or a connection on every keystroke costs more
than the search; a pool per index generation keeps a few idle ones and
closes those of an index that has since been swapped out.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class HandlePool:
    """Idle handles (searchers, connections) of one index generation; a
    handle of an older generation is closed instead of kept."""

    MAX_IDLE = 4

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._gen = 0
        self._idle: list = []

    def take(self, gen: int, make: Callable):
        with self._lock:
            if gen == self._gen and self._idle:
                return self._idle.pop()
        return make()

    def give(self, gen: int, handle) -> None:
        with self._lock:
            if gen > self._gen:
                stale, self._idle, self._gen = self._idle, [], gen
            else:
                stale = []
            if gen == self._gen and len(self._idle) < self.MAX_IDLE:
                self._idle.append(handle)
            else:
                stale.append(handle)
        for h in stale:
            close_quietly(h)

    def clear(self) -> None:
        with self._lock:
            stale, self._idle = self._idle, []
        for h in stale:
            close_quietly(h)


def close_quietly(handle) -> None:
    try:
        handle.close()
    except Exception:  # noqa: BLE001 - a handle of a swapped-out index may already be gone
        pass
