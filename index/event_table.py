"""The merged events as columns, and the order a view reads them in.

At 100,000 articles the table's rows merge into some 330,000 events. Kept
as `Event` objects (with their id strings, an array of row positions and
a `ReportIds` each) they held 171 MB of the app's memory for as long as
it ran. Here each text field is its distinct values and a code per event,
the numbers are C arrays and each event's rows are a slice of one array
of positions (grouped by event): some 25 MB. An `Event` is made when a
view reads it, a screen at a time; the timeline and the counts read the
columns they need without making any (`EventsView.values_of`).
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any, overload

from .events import Event, report_order
from .models import Incident
from .row_access import ReportIds

EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))
#: what is kept of an event besides its rows (which the rows' own event numbers give)
STORED_FIELDS: tuple[str, ...] = tuple(f for f in EVENT_FIELDS if f != "incident_ids")
#: the text fields kept as values and codes
CODED: tuple[str, ...] = tuple(f for f in STORED_FIELDS if f not in ("event_id", "count", "reports"))
#: `count` None
NO_COUNT = -(2 ** 63)
_EVENT_ID = re.compile(r"ev-[0-9a-f]{10}")


@dataclass(frozen=True, slots=True)
class StoredEvents:
    """The events' values as columns (what the kept file holds): `ids[e]`
    the number in event e's id ("ev-" and ten hex digits; -1 when the id
    has another form, then in `odd_ids`), `strings[f]` the distinct values
    of text field f and a code per event, `count` (`NO_COUNT`: None) and
    `reports` one number per event."""

    ids: array  # 'q'
    odd_ids: dict[int, str]
    strings: dict[str, tuple[list[str], array]]  # field -> (values, codes 'I')
    count: array  # 'q'
    reports: array  # 'q'

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def of(cls, events: Iterable[Event]) -> StoredEvents:
        """Columns of `events` (each read once: a generator is never held whole)."""
        ids, odd, count, reports = array("q"), {}, array("q"), array("q")
        coders = {f: _Coder() for f in CODED}
        adders = [(f, coders[f].add) for f in CODED]
        for n, e in enumerate(events):
            if _EVENT_ID.fullmatch(e.event_id):
                ids.append(int(e.event_id[3:], 16))
            else:
                ids.append(-1)
                odd[n] = e.event_id
            for f, add in adders:
                add(getattr(e, f))
            count.append(NO_COUNT if e.count is None else e.count)
            reports.append(e.reports)
        return cls(ids, odd, {f: c.done() for f, c in coders.items()}, count, reports)

    @classmethod
    def picked(cls, values: StoredEvents, kept: Sequence[int], extra: Iterable[Event]) -> StoredEvents:
        """The events of `values` at `kept`, then `extra`: what the memo
        saves after some events were merged again, without making an
        `Event` of each kept one (330,000 of them, 150 MB at 100,000
        articles, for as long as the save took)."""
        ids = array("q", (values.ids[e] for e in kept))
        odd = {n: values.odd_ids[e] for n, e in enumerate(kept) if e in values.odd_ids}
        count = array("q", (values.count[e] for e in kept))
        reports = array("q", (values.reports[e] for e in kept))
        extra = list(extra)  # (the few merged again: a few thousand after an update)
        coders = {}
        for f, (vals, codes) in values.strings.items():
            coder = _Coder()
            coder.values = list(vals)
            # (an index of the values the extra events hold, found by one pass over the kept values,
            # not of all of them: a dict of every distinct value of every field took some 40 MB)
            wanted = {getattr(e, f) for e in extra}
            coder._index = {v: c for c, v in enumerate(vals) if v in wanted} if wanted else {}  # noqa: SLF001
            coder.codes = array("I", (codes[e] for e in kept))
            coders[f] = coder
        n = len(ids)
        for e in extra:
            if _EVENT_ID.fullmatch(e.event_id):
                ids.append(int(e.event_id[3:], 16))
            else:
                ids.append(-1)
                odd[n] = e.event_id
            for f in CODED:
                coders[f].add(getattr(e, f))
            count.append(NO_COUNT if e.count is None else e.count)
            reports.append(e.reports)
            n += 1
        return cls(ids, odd, {f: c.done() for f, c in coders.items()}, count, reports)

    def valid(self) -> bool:
        """Every column as long as the ids, every code a value's (a file
        that passed its digest but not this is of another shape)."""
        n = len(self.ids)
        if len(self.count) != n or len(self.reports) != n or set(self.strings) != set(CODED):
            return False
        for values, codes in self.strings.values():
            if len(codes) != n or not all(isinstance(v, str) for v in values):
                return False
            if n and (min(codes) < 0 or max(codes) >= len(values)):
                return False
        return all(isinstance(k, int) and 0 <= k < n and isinstance(v, str) for k, v in self.odd_ids.items())

    def event_id(self, e: int) -> str:
        n = self.ids[e]
        return self.odd_ids[e] if n < 0 else f"ev-{n:010x}"

    def value(self, e: int, name: str):  # noqa: ANN201 - a field's value, of its own type
        if name == "event_id":
            return self.event_id(e)
        if name == "count":
            n = self.count[e]
            return None if n == NO_COUNT else n
        if name == "reports":
            return self.reports[e]
        values, codes = self.strings[name]
        return values[codes[e]]

    def stored(self, e: int) -> tuple:
        """Event e's `STORED_FIELDS`, in order."""
        return tuple(self.value(e, f) for f in STORED_FIELDS)


class _Coder:
    """A text column being built: its distinct values, a code per row."""

    __slots__ = ("values", "codes", "_index")

    def __init__(self) -> None:
        self.values: list[str] = []
        self.codes = array("I")
        self._index: dict[str, int] = {}

    def add(self, value: str) -> None:
        code = self._index.get(value)
        if code is None:
            code = self._index[value] = len(self.values)
            self.values.append(value)
        self.codes.append(code)

    def done(self) -> tuple[list[str], array]:
        self._index = {}
        return self.values, self.codes


class EventColumns:
    """The events of one merge (or one read of the file): their values
    (`StoredEvents`), their keys (`event_cache.key_id`), and the rows of
    each as positions in `rows` (`starts[e]:starts[e + 1]` of `positions`,
    ascending)."""

    __slots__ = ("values", "keys", "rows", "starts", "positions", "_lookup", "_order")

    def __init__(self, values: StoredEvents, keys: array, rows: Sequence[Incident], row_event: Sequence[int]) -> None:
        self.values, self.keys, self.rows = values, keys, rows
        n = len(keys)
        sizes = array("i", bytes(4 * (n + 1)))
        for e in row_event:
            if e >= 0:
                sizes[e + 1] += 1
        for e in range(n):
            sizes[e + 1] += sizes[e]
        self.starts = sizes
        fill = array("i", sizes[:n])
        positions = array("i", bytes(4 * sizes[n]))
        for i, e in enumerate(row_event):
            if e >= 0:
                positions[fill[e]] = i
                fill[e] += 1
        self.positions = positions
        self._lookup: tuple[array, array] | None = None
        self._order: array | None = None

    def __len__(self) -> int:
        return len(self.keys)

    def members(self, e: int) -> array:
        return self.positions[self.starts[e]:self.starts[e + 1]]

    def first_row(self, e: int) -> int:
        """The position of event e's first row (-1: none left)."""
        start = self.starts[e]
        return self.positions[start] if start < self.starts[e + 1] else -1

    def event(self, e: int) -> Event:
        v = self.values
        return Event(*(v.value(e, f) for f in STORED_FIELDS), ReportIds(self.rows, self.members(e), report_order))

    def find(self, key: int) -> int:
        """The event of `key`; -1 when there is none."""
        if self._lookup is None:
            by_key = sorted(range(len(self.keys)), key=self.keys.__getitem__)
            self._lookup = array("q", (self.keys[e] for e in by_key)), array("i", by_key)
        sorted_keys, events = self._lookup
        k = bisect.bisect_left(sorted_keys, key)
        return events[k] if k < len(sorted_keys) and sorted_keys[k] == key else -1

    def order(self) -> array:
        """Events newest first, undated last; events of one date in the order
        of their first row (as `events.events` lists them)."""
        if self._order is None:
            by_first = sorted(range(len(self.keys)), key=self.first_row)
            values, codes = self.values.strings["date"]
            dated = [e for e in by_first if values[codes[e]]]
            dated.sort(key=lambda e: values[codes[e]], reverse=True)  # (stable: first rows' order kept)
            self._order = array("i", [*dated, *(e for e in by_first if not values[codes[e]])])
        return self._order


class _Place:
    """Where an event sorts (`EventColumns.order`): by date, newest first,
    undated last, then by its first row."""

    __slots__ = ("date", "first")

    def __init__(self, date: str, first: int) -> None:
        self.date, self.first = date, first

    def __lt__(self, other: _Place) -> bool:
        if bool(self.date) != bool(other.date):
            return bool(self.date)
        if self.date != other.date:
            return self.date > other.date
        return self.first < other.first


class EventsView(Sequence[Event]):
    """The events in the order a view lists them: `handles` are events of
    `base` (>= 0) or of `extra` (-1 - j: merged again since, after a
    review). Each `Event` is made as it is read."""

    __slots__ = ("base", "handles", "extra")

    def __init__(self, base: EventColumns, handles: Sequence[int], extra: list[Event]) -> None:
        self.base, self.handles, self.extra = base, handles, extra

    @classmethod
    def ordered(cls, base: EventColumns, hidden: set[int], extra: list[tuple[Event, int]]) -> EventsView:
        """`base`'s events but those `hidden`, with `extra` (each with its
        first row's position) in their places."""
        if not hidden and not extra:
            return cls(base, base.order(), [])
        handles = [h for h in base.order() if h not in hidden]
        events = [e for e, _ in extra]
        values, codes = base.values.strings["date"]

        def place(h: int) -> _Place:
            if h >= 0:
                return _Place(values[codes[h]], base.first_row(h))
            return _Place(events[-1 - h].date, extra[-1 - h][1])

        if len(extra) > 256:  # (many merged again, after an update: sorted as `order` sorts, with plain keys)
            handles.extend(-1 - j for j in range(len(extra)))

            def first(h: int) -> int:
                return base.first_row(h) if h >= 0 else extra[-1 - h][1]

            def date(h: int) -> str:
                return values[codes[h]] if h >= 0 else events[-1 - h].date

            handles.sort(key=first)
            dated = [h for h in handles if date(h)]
            dated.sort(key=date, reverse=True)  # (stable: first rows' order kept within a date)
            handles = [*dated, *(h for h in handles if not date(h))]
        else:
            for j in range(len(extra)):
                bisect.insort(handles, -1 - j, key=place)
        return cls(base, array("i", handles), events)

    def __len__(self) -> int:
        return len(self.handles)

    @overload
    def __getitem__(self, i: int) -> Event: ...
    @overload
    def __getitem__(self, i: slice) -> list[Event]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._at(h) for h in self.handles[i]]
        return self._at(self.handles[i])

    def _at(self, h: int) -> Event:
        return self.base.event(h) if h >= 0 else self.extra[-1 - h]

    def __iter__(self) -> Iterator[Event]:
        return map(self._at, self.handles)

    def values_of(self, name: str) -> Iterator:
        """One field of every event, in order, without making the events."""
        value, extra = self.base.values.value, self.extra
        return (value(h, name) if h >= 0 else getattr(extra[-1 - h], name) for h in self.handles)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"EventsView({len(self)} events)"


def values_of(items: Sequence[Any], name: str) -> Iterable:
    """One field of every item (an event, a figure): from the columns when
    they are events kept as columns."""
    if isinstance(items, EventsView):
        return items.values_of(name)
    return (getattr(e, name) for e in items)
