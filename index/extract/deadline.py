"""A time bound on reading one article.

Extraction is linear in a document's length, but an archive can hold a
file no one foresaw; a build must go on past it. The bound is checked
between the recogniser's passes and at every sentence of the incident
reader (cooperatively, so that it works in any thread, unlike a signal).
"""

from __future__ import annotations

import time


class TookTooLong(Exception):
    """Raised when an article's extraction passes its time bound."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


class Deadline:
    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._at = time.monotonic() + seconds if seconds else None

    def check(self) -> None:
        if self._at is not None and time.monotonic() > self._at:
            raise TookTooLong(self.seconds or 0.0)


NO_DEADLINE = Deadline(None)
