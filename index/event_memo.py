"""The events of the incident table's rows, kept between opens of the
events view and the timeline.

Merging 93,000 reports into 33,000 events takes 0.7 s (10,000 articles),
more than a view may take to open (300 ms). The rows change little
between two opens: a review replaces a few rows (new objects, at the same
positions). So the memo keeps the rows it last saw, finds the replaced
ones by identity (a few milliseconds for 100,000), and rebuilds only the
events those rows left or joined. The app fills it in a worker once the
table's rows are loaded (`warm`), so the first open finds it ready too.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from operator import is_not

from .events import Event, build_event, event_key
from .models import Incident
from .variant_table import VariantTable

#: past this share of replaced rows, merging them all again is as quick
REBUILD_SHARE = 0.25

Key = tuple[str, ...]


class EventsMemo:
    """`events.events(rows, table)`, recomputed in the work of what changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # a view's worker waits for the warm-up rather than repeat it
        self._rows: list[Incident] = []
        self._keys: list[Key | None] = []
        self._groups: dict[Key, list[int]] = {}
        self._built: dict[Key, Event] = {}
        self._table = ""
        self._sorted: list[Event] | None = None

    def events(self, rows: Sequence[Incident], table: VariantTable) -> list[Event]:
        """The events of `rows`, newest first (undated last), as `events.events`."""
        with self._lock:
            changed = self._changed(rows, table)
            if changed is None:
                self._full(rows, table)
            elif changed:
                self._update(rows, changed, table)
            if self._sorted is None:
                built = self._built.values()
                dated = sorted((e for e in built if e.date), key=lambda e: e.date, reverse=True)
                self._sorted = dated + [e for e in built if not e.date]
            return self._sorted

    def _changed(self, rows: Sequence[Incident], table: VariantTable) -> list[int] | None:
        """Positions of replaced rows; None when it is other rows altogether."""
        if table.fingerprint != self._table or len(rows) != len(self._rows) or not rows:
            return None
        flags = list(map(is_not, self._rows, rows))
        if not any(flags):
            return []
        changed = [i for i, f in enumerate(flags) if f]
        return None if len(changed) > REBUILD_SHARE * len(rows) else changed

    @staticmethod
    def _key(inc: Incident, table: VariantTable, memo: dict[str, Key]) -> Key | None:
        if inc.review == "rejected":
            return None
        if inc.group_key and inc.status != "reported_count":  # (the common case, looked up once per person)
            got = memo.get(inc.group_key)
            if got is None:
                got = memo[inc.group_key] = ("person", table.person_group(inc.group_key))
            return got
        return event_key(inc, table)

    def _full(self, rows: Sequence[Incident], table: VariantTable) -> None:
        memo: dict[str, Key] = {}
        keys = [self._key(inc, table, memo) for inc in rows]
        groups: dict[Key, list[int]] = {}
        for i, key in enumerate(keys):
            if key is not None:
                groups.setdefault(key, []).append(i)
        self._rows, self._keys, self._groups, self._table = list(rows), keys, groups, table.fingerprint
        self._built = {key: build_event([rows[i] for i in pos]) for key, pos in groups.items()}
        self._sorted = None

    def _update(self, rows: Sequence[Incident], changed: list[int], table: VariantTable) -> None:
        dirty: set[Key] = set()
        for i in changed:
            old, new = self._keys[i], self._key(rows[i], table, {})
            if old is not None:
                self._groups[old].remove(i)
                dirty.add(old)
            if new is not None:
                self._groups.setdefault(new, []).append(i)
                dirty.add(new)
            self._keys[i] = new
            self._rows[i] = rows[i]
        for key in dirty:
            pos = self._groups.get(key)
            if pos:
                self._built[key] = build_event([rows[i] for i in pos])
            else:
                self._groups.pop(key, None)
                self._built.pop(key, None)
        self._sorted = None


#: the one memo of the app's incident table (the CLI merges once and needs none)
MEMO = EventsMemo()
