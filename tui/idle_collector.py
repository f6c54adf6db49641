"""Python's full garbage collections, moved to the moments the user is idle.

A full collection walks every container the collector tracks, and the
incident table's containers hold a million rows: a sorted order, a
filtered view, a column's sort keys, the views' snapshots of the rows.
At 100,000 articles one full pass took 130-280 ms, and Python starts one
whenever enough objects have outlived the younger generations, which
typing does: they fell inside keystrokes, one in ten of them 0.15-0.35 s
late. `gc.freeze` (after a load and a warm-up) keeps the rows themselves
out of sight, but not the containers made later by a sort, a filter or a
view.

So while the app runs, the collector's young generations work as ever
(cheap, and where most cycles die), its automatic full passes are off,
and a timer makes one when the user has not touched a key or the mouse
for a moment, or when none has run for a long while. Reference counting
frees everything else at once, as always; only cyclic garbage that
outlived the young generations waits for the next pause.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

#: a threshold for the oldest generation that is never reached
_NEVER = 1 << 30


class IdleCollector:
    """Full collections at idle moments; `start` and `stop` bracket the app
    (the thresholds are the process's: tests run many apps in one)."""

    def __init__(self, quiet_s: float = 1.0, longest_s: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.quiet_s = quiet_s
        self.longest_s = longest_s
        self.clock = clock
        self._saved: tuple[int, int, int] | None = None
        self._last_input = self._last_full = clock()

    @property
    def active(self) -> bool:
        return self._saved is not None

    def start(self) -> None:
        if self._saved is None:
            self._saved = gc.get_threshold()
            young, middle, _ = self._saved
            gc.set_threshold(young, middle, _NEVER)

    def stop(self) -> None:
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None

    def input_seen(self) -> None:
        """A key or a mouse event: the user is at work."""
        self._last_input = self.clock()

    def tick(self, busy: bool = False) -> bool:
        """The timer's call: a full collection if one is due and the user
        is idle, the app not `busy` (a worker loading a million rows would
        only grow what the pass walks); or if none ran for `longest_s`.
        True when it ran."""
        if self._saved is None or gc.get_count()[2] < max(1, self._saved[2]):
            return False  # (as seldom as Python would: after so many collections of the middle generation)
        now = self.clock()
        if now - self._last_full < self.longest_s and (busy or now - self._last_input < self.quiet_s):
            return False
        gc.collect()
        self._last_full = self.clock()
        return True
