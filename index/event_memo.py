"""The events of the incident table's rows, kept between opens of the
events view and the timeline.

Merging 93,000 reports into 33,000 events takes 0.7 s (10,000 articles),
more than a view may take to open (300 ms). The rows change little
between two opens: a review replaces a few rows (new objects, at the same
positions). So the memo keeps the rows it last saw, finds the replaced
ones by identity (a few milliseconds for 100,000), and rebuilds only the
events those rows left or joined. The app fills it in a worker once the
table's rows are loaded (`warm`), so the first open finds it ready too.

Between sessions it is kept on disk (`event_cache.py`): `attach` names
the file and the row store's stamp of the rows just loaded, `load` fills
the memo from the file when it holds these rows' events (those of rows
reviewed since rebuilt here), and `save` writes it back once merged.
A file merged before an update of a few articles is read too: the row
store names those articles, and only the events their rows left or
joined are merged again (`_amended`).
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Iterator, Sequence

from . import event_cache
from .event_cache import (EventsCache, Key, Snapshot, ids_digest, incident_values, key_id, packed_ids, rows_digest,
                          split_ids, unpacked_ids)
from .event_table import EventColumns, EventsView, StoredEvents
from .row_access import article_ids_of, copy_of, id_at, ids_of, replaced_between, reviewable, without_evidence
from .events import Event, build_event, event_key, person_event_key, returns_north
from .models import Incident
from .variant_table import VariantTable

#: past this share of replaced rows, merging them all again is as quick
REBUILD_SHARE = 0.25
#: replaced rows whose events `ready` merges again on the caller's thread (ms of work)
READY_UPDATES = 64


class EventsMemo:
    """`events.events(rows, table)`, recomputed in the work of what changed.

    The events of the last full merge (or read of the file) are columns
    (`EventColumns`); the events merged again since a review are an
    overlay of a few objects keyed by their key (None: gone), and so are
    the groups and rows' keys they changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # a view's worker waits for the warm-up rather than repeat it
        self._rows: Sequence[Incident] = []  # (a copy: `copy_of`)
        self._base: EventColumns | None = None
        self._row_event = array("i")  # each row's event in `_base` (-1: none)
        self._row_over: dict[int, Key | None] = {}  # rows whose key changed since
        self._groups_over: dict[Key, list[int]] = {}  # groups changed since (their rows' positions)
        self._built_over: dict[Key, Event | None] = {}  # events merged again since (None: gone)
        self._table = ""
        self._sorted: EventsView | None = None
        # the file the events are kept in, and the rows as loaded under its stamp
        self._source: tuple[EventsCache, Sequence[Incident]] | None = None
        # the file that holds these events, but for those of rows reviewed
        # since (which reading it merges again): nothing to write then
        self._on_disk: EventsCache | None = None

    def attach(self, rows: Sequence[Incident], cache: EventsCache | None) -> None:
        """`rows` were read from a row store of this stamp: their events
        may come from (and go to) `cache`. Cheap, takes no lock (the UI
        thread calls it as the rows are shown)."""
        self._source = (cache, copy_of(rows)) if cache is not None and cache.stamp else None

    def load(self, rows: Sequence[Incident], table: VariantTable) -> bool:
        """Fill the memo from the attached file if it holds the events of
        `rows` (those of rows reviewed since rebuilt); False when it does
        not and only a merge can tell (which this leaves to `events`)."""
        with self._lock:
            if self._changed(rows, table) is not None:
                return True  # (held already; replaced rows are merged on the next `events`)
            if not self._from_file(rows, table):
                return False
            self._newest_first()  # (the order too, here in a worker: 0.2 s at 100,000 articles)
            return True

    def events(self, rows: Sequence[Incident], table: VariantTable) -> Sequence[Event]:
        """The events of `rows`, newest first (undated last), as `events.events`."""
        with self._lock:
            changed = self._changed(rows, table)
            if changed is None and not self._from_file(rows, table):
                self._full(rows, table)
            elif changed:
                self._update(rows, changed, table)
            return self._newest_first()

    def ready(self, rows: Sequence[Incident], table: VariantTable) -> Sequence[Event] | None:
        """The events of `rows` when the memo holds them with little or
        nothing to merge (a few reviewed rows), else None. Never waits: the
        UI thread's call, so that a view shows its events in its first
        frame (10 ms at 100,000 rows, 30 ms after a few reviews: their
        events again and the sort)."""
        if not self._lock.acquire(blocking=False):
            return None  # (a worker is merging: the view's own worker waits for it)
        try:
            changed = self._changed(rows, table)
            if changed is None or len(changed) > READY_UPDATES:
                return None
            if changed:
                self._update(rows, changed, table)
            return self._newest_first()
        finally:
            self._lock.release()

    def _newest_first(self) -> EventsView:
        """Newest first, and events of one date in the order of their first
        row (as `events.events` lists them, whichever way they were merged)."""
        if self._sorted is None:
            base = self._base
            assert base is not None
            hidden = {e for e in map(base.find, self._built_over) if e >= 0}
            extra = [(event, min(self._groups_over[key])) for key, event in self._built_over.items()
                     if event is not None]
            self._sorted = EventsView.ordered(base, hidden, extra)
        return self._sorted

    def _changed(self, rows: Sequence[Incident], table: VariantTable) -> list[int] | None:
        """Positions of replaced rows; None when it is other rows altogether."""
        if table.fingerprint != self._table or len(rows) != len(self._rows) or not rows:
            return None
        changed = replaced_between(self._rows, rows)
        return None if changed is None or len(changed) > REBUILD_SHARE * len(rows) else changed

    @staticmethod
    def _key(inc: Incident, table: VariantTable, memo: dict[tuple[str, str], Key]) -> Key | None:
        if inc.review == "rejected":
            return None
        if inc.group_key and inc.status != "reported_count":  # (the common case, looked up once per person)
            north = returns_north(inc)
            got = memo.get((inc.group_key, north))
            if got is None:
                got = memo[inc.group_key, north] = key_id(person_event_key(table.person_group(inc.group_key), north))
            return got
        key = event_key(inc, table)
        return None if key is None else key_id(key)

    def _key_at(self, i: int) -> Key | None:
        """Row i's event key as the memo holds it."""
        if i in self._row_over:
            return self._row_over[i]
        e = self._row_event[i]
        return None if e < 0 or self._base is None else self._base.keys[e]

    def _group(self, key: Key) -> list[int]:
        """The positions of the rows of `key`'s event."""
        got = self._groups_over.get(key)
        if got is not None:
            return got
        e = -1 if self._base is None else self._base.find(key)
        return [] if e < 0 else list(self._base.members(e))  # type: ignore[union-attr]

    def _hold(self, rows: Sequence[Incident], base: EventColumns, row_event: array, table: VariantTable) -> None:
        self._rows, self._base, self._row_event, self._table = rows, base, row_event, table.fingerprint
        self._row_over, self._groups_over, self._built_over = {}, {}, {}
        self._sorted = None

    def _full(self, rows: Sequence[Incident], table: VariantTable) -> None:
        memo: dict[tuple[str, str], Key] = {}
        light = without_evidence(rows)  # (keys and events read no sentence)
        number: dict[Key, int] = {}
        row_event = array("i", [-1]) * len(rows)
        for i in range(len(rows)):
            key = self._key(light[i], table, memo)
            if key is not None:
                row_event[i] = number.setdefault(key, len(number))
        del memo
        held = copy_of(rows)
        keys = array("q", number)
        del number
        base = EventColumns(StoredEvents(array("q"), {}, {}, array("q"), array("q")), keys, held, row_event)
        # (the members found once, then each event merged and put in columns at once: no list of them all)
        base.values = StoredEvents.of(build_event([light[i] for i in base.members(e)]) for e in range(len(keys)))
        self._hold(held, base, row_event, table)
        self._on_disk = None

    def _update(self, rows: Sequence[Incident], changed: list[int], table: VariantTable,
                dirty: set[Key] | None = None) -> None:
        """Rows at `changed` replaced: the events they left or joined (and
        those in `dirty`) merged again."""
        dirty = set() if dirty is None else dirty
        for i in changed:
            old, new = self._key_at(i), self._key(rows[i], table, {})
            # (new lists, not changed in place: a view may still hold an event made of them)
            if old is not None:
                self._groups_over[old] = [p for p in self._group(old) if p != i]
                dirty.add(old)
            if new is not None:
                self._groups_over[new] = sorted([*self._group(new), i])
                dirty.add(new)
            self._row_over[i] = new
        # (the rows as they are now, whole: a copy changed at `changed` alone kept the store's rows
        # an update wrote as rows of its own, told apart from `rows`' at every later call)
        self._rows = copy_of(rows)
        for key in dirty:
            self._rebuild(key, rows)

    def _rebuild(self, key: Key, rows: Sequence[Incident]) -> None:
        pos = self._group(key)
        if pos:
            light = without_evidence(rows)
            self._groups_over[key] = pos
            self._built_over[key] = build_event([light[i] for i in pos])
        else:
            self._groups_over[key] = []
            self._built_over[key] = None
        self._sorted = None

    # ------------------------------------------------------------ on disk

    def _loaded_rows(self, rows: Sequence[Incident]) -> EventsCache | None:
        """The attached file, if `rows` are the rows it was attached with
        but for rows a review made (which the file holds whole): then the
        row store's stamp stands for every other row's values. (A review
        reads its article's rows again: those it did not review must
        still have the values they were loaded with, which the store may
        have changed since.)"""
        source = self._source
        if source is None:
            return None
        cache, loaded = source
        changed = replaced_between(loaded, rows)
        if changed is None:
            return None
        for i in changed:
            if not _reviewed(rows[i]) and incident_values(rows[i]) != incident_values(loaded[i]):
                return None
        return cache

    def _from_file(self, rows: Sequence[Incident], table: VariantTable) -> bool:
        cache = self._loaded_rows(rows) if rows else None
        snap = event_cache.read(cache.path) if cache is not None else None
        if cache is None or snap is None:
            return False
        if len(snap.row_event) == len(rows) and snap.digest == rows_digest(cache.stamp, table.fingerprint, rows):
            moved, fresh, reviewed_then = None, [], snap.reviewed  # (the file holds these very rows)
        else:
            amended = _amended(rows, table, cache, snap)
            if amended is None:
                return False
            moved, fresh = amended
            reviewed_then = {moved[i]: v for i, v in snap.reviewed.items() if moved[i] >= 0}
        reviewed = {i for i in reviewable(rows) if _reviewed(rows[i])}
        changed = sorted({*fresh, *(i for i in reviewed | reviewed_then.keys()
                                    if i not in reviewed or reviewed_then.get(i) != incident_values(rows[i]))})
        if len(changed) > REBUILD_SHARE * len(rows):
            return False
        if moved is None:
            row_event, emptied = snap.row_event, set()
        else:  # (the rows where they are now; events that lost a row the update removed)
            row_event = array("i", [-1]) * len(rows)
            emptied: set[Key] = set()
            for i, n in enumerate(snap.row_event):
                if n >= 0:
                    if moved[i] < 0:
                        emptied.add(snap.keys[n])
                    else:
                        row_event[moved[i]] = n
        held = copy_of(rows)
        self._hold(held, EventColumns(snap.events, snap.keys, held, row_event), row_event, table)
        self._on_disk = cache if moved is None else None
        if changed or emptied:  # (rows reviewed, or of articles updated, since the file was written)
            self._update(rows, changed, table, emptied)
        return True

    def save(self) -> bool:
        """Write the events to the attached file unless it holds them
        already (read from it: the events of rows reviewed since are merged
        again from it in milliseconds, so a review is no reason to write).
        A worker's call: 0.25 s at 10,000 articles, most of it outside the
        lock. False when there is nothing to write or no file to write to."""
        with self._lock:  # (what the memo holds now: the overlay copied, the columns shared)
            source, base = self._source, self._base
            if source is None or base is None or not self._rows or self._on_disk == source[0]:
                return False
            held = self._rows  # (replaced by the next full merge or read)
            rows, row_event, table = copy_of(held), self._row_event, self._table
            row_over, built_over = dict(self._row_over), dict(self._built_over)
        cache = self._loaded_rows(rows)
        if cache is None:
            return False
        keys, values, row_event = _current(base, row_event, row_over, built_over)
        snap = Snapshot(rows_digest(cache.stamp, table, rows), cache.stamp, packed_ids(rows),
                        {i: incident_values(rows[i]) for i in reviewable(rows) if _reviewed(rows[i])},
                        keys, values, row_event)
        try:
            event_cache.write(cache.path, snap)
        except OSError:  # (a read-only or vanished index folder: merged again next time)
            return False
        with self._lock:
            if self._rows is held:
                self._on_disk = cache
        return True


def _current(base: EventColumns, row_event: array, row_over: dict[int, Key | None],
             built_over: dict[Key, Event | None]) -> tuple[array, StoredEvents, array]:
    """The events as the memo holds them now, as the file keeps them: the
    columns' (but those merged again since) and then the overlay's, and
    each row's event among them."""
    remap = array("i", [-1]) * len(base)
    kept = array("i", (e for e in range(len(base)) if base.keys[e] not in built_over))  # (not a list: 12 MB at 330,000)
    for n, e in enumerate(kept):
        remap[e] = n
    extra = [(key, event) for key, event in built_over.items() if event is not None]
    at = {key: len(kept) + j for j, (key, _) in enumerate(extra)}
    for key in built_over:  # (an event merged again: its rows' new number, or none when it is gone)
        e = base.find(key)
        if e >= 0:
            remap[e] = at.get(key, -1)
    keys = array("q", (base.keys[e] for e in kept))
    keys.extend(key for key, _ in extra)
    values = StoredEvents.picked(base.values, kept, (event for _, event in extra))
    out = array("i", (-1 if e < 0 else remap[e] for e in row_event))
    for i, key in row_over.items():
        out[i] = -1 if key is None else at[key]
    return keys, values, out


def _amended(rows: Sequence[Incident], table: VariantTable, cache: EventsCache,
             snap: Snapshot) -> tuple[Sequence[int], list[int]] | None:
    """When the file was merged from the rows of an earlier stamp, and the
    row store can name the articles whose rows changed since: where each
    of the file's rows is now (-1: gone) and the rows of those articles
    (whose events are to be merged again). None when the file cannot be
    matched so: every other row must be in it, under the same id."""
    if cache.changed_since is None or snap.stamp == cache.stamp:
        return None
    ids = unpacked_ids(snap.packed_ids)
    if ids is None or snap.digest != ids_digest(snap.stamp, table.fingerprint, ids, len(snap.row_event)):
        return None  # (other merging code or other variants: all of it again)
    changed = cache.changed_since(snap.stamp)
    if changed is None:
        return None
    # (each kept row found from its article's first position and its number, as the store numbers
    # an article's rows; only rows of another form (a review's) by their whole id: a dict of a
    # million ids, and the list of them split, were 250 MB at 100,000 articles)
    fresh: list[int] = []
    first: dict[str, int] = {}
    odd: dict[str, int] = {}
    for j, (aid, iid) in enumerate(zip(article_ids_of(rows), ids_of(rows))):
        if aid in changed:
            fresh.append(j)
            continue
        start = first.setdefault(aid, j)
        if iid != f"{aid}#{j - start + 1}":
            if iid in odd:
                return None  # (two rows of one id)
            odd[iid] = j
    kept = len(rows) - len(fresh)
    seen = bytearray(len(rows))
    moved = array("i")
    for iid in split_ids(ids):
        j = odd.pop(iid, -1)
        if j < 0:
            aid, sep, number = iid.rpartition("#")
            start = first.get(aid, -1) if sep and number.isascii() and number.isdigit() else -1
            if start >= 0:
                j = start + int(number) - 1
                if not (j < len(rows) and not seen[j] and id_at(rows, j) == iid):
                    j = -1
        if j >= 0:
            if seen[j]:
                return None  # (a file that names one row twice)
            seen[j] = 1
            kept -= 1
        moved.append(j)
    del ids
    if len(moved) != len(snap.row_event):
        return None  # (a file whose ids are not one a row)
    return None if kept else (moved, fresh)


def _reviewed(inc: Incident) -> bool:
    """Whether a review made this row rather than the row store: a row
    `review_apply` replaces keeps the extracted actor, one it adds is 'added'."""
    return inc.review != "extracted" or inc.extracted_actor is not None


def keep_events(rows: Sequence[Incident], table: VariantTable, cache: EventsCache) -> bool:
    """Merge `rows` and write their events to `cache`: the builder's call
    after a full build, so that even the first session's events view
    opens from the file (the app merges again only reviewed rows' events)."""
    memo = EventsMemo()
    memo.attach(rows, cache)
    memo.events(rows, table)
    return memo.save()


#: the one memo of the app's incident table (the CLI merges once and needs none)
MEMO = EventsMemo()
