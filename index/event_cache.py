"""The merged events of the incident table kept on disk beside the index,
so that the first events view of a session opens from them.

Merging 93,000 reports into 33,000 events takes most of a second at
10,000 articles; read back from this file they take a tenth of that. The
file holds what `EventsMemo` holds (each event, the event of each row)
and what it was built from: a digest of the row store's contents (its
`Corpus.incidents_stamp()`), the variant table, the merging code and the
rows' ids, plus the whole of every row a review made (those differ from
the row store's). `EventsMemo` uses it only when all of that matches the
rows it is given, and rebuilds the events of rows whose review changed
since. After an update that wrote the rows of a few articles, the row
store names those articles (`Corpus.articles_changed_between`), and only
the events their rows left or joined are merged again (a 1% update at
10,000 articles: 0.1 s more than the file alone, against 0.8 s for all).
Anything else (another index, a damaged or foreign file) is ignored and
the events are merged anew. The file is generated data: it
lives in the index folder, goes with it when the index is rebuilt, and
may be deleted at any time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import uuid
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import IO

from .atomic_files import atomic_write_bytes
from .event_table import StoredEvents
from .row_access import ids_of
from .models import Incident

#: the file's name in the index folder
CACHE_NAME = "events.cache"
_MAGIC = b"defect-tui events v6\n"
_DIGEST = 32  # blake2b bytes after the magic: of the rest of the file

INCIDENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Incident))
incident_values = attrgetter(*INCIDENT_FIELDS)

#: an event's key (`events.event_key`) as the memo and the file keep it: a
#: 64-bit digest of the key's words, 32 bytes where the words took about
#: 250 (100 MB at 100,000 articles; two keys of 400,000 meet by chance
#: once in some 10^8 archives)
Key = int


def key_id(key: tuple[str, ...]) -> Key:
    return int.from_bytes(hashlib.blake2b("\x1f".join(key).encode(), digest_size=8).digest(), "big", signed=True)


def _code_digest() -> str:
    """The merging code itself: events merged by other rules (a new
    version, a developer's edit) must not be read back as this code's."""
    h = hashlib.sha1()
    for name in ("events.py", "event_memo.py", "event_cache.py", "event_table.py"):
        try:
            h.update((Path(__file__).parent / name).read_bytes())
        except OSError:  # (no source to read: never match a file written by another process)
            h.update(uuid.uuid4().bytes)
    return h.hexdigest()


CODE = _code_digest()


@dataclass(frozen=True, slots=True)
class EventsCache:
    """Where the events of one load of the rows are kept, and the row
    store's stamp read before those rows (`Corpus.incidents_stamp`).
    `changed_since(older)`: the articles whose rows changed from stamp
    `older` to `stamp` (`Corpus.articles_changed_between`), or None: a
    file merged before an update is then brought up to date by merging
    again only the events those articles' rows left or joined."""

    path: Path
    stamp: str
    changed_since: Callable[[str], frozenset[str] | None] | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the file holds. `keys[n]` is the key (`key_id`) of event n,
    whose values are the columns of `events` (all but its rows' ids, which
    are the ids of the rows `row_event` gives it, kept once, by the rows:
    no object per event to read); `row_event[i]` the position in `keys` of row i's
    event (-1: none, a statistic or a rejected row); `reviewed` maps a
    row's position to all its values (`INCIDENT_FIELDS`), for the rows a
    review made; `stamp` and `packed_ids` the row store's stamp and the
    rows' incident ids (in order, joined by US, compressed) that `digest`
    was made of, so that the file can be matched to the rows of a later
    stamp, row by row.

    The ids are one compressed string and `row_event` one array, not a
    million small objects each: at 100,000 articles they were 120 MB of the
    memory a read took; as one string, 61 MB read (and as many made to
    check the digest) on every open, where only an update's reading needs
    them (`ids()`); compressed, some 5 MB."""

    digest: str
    stamp: str
    packed_ids: bytes
    reviewed: dict[int, tuple]
    keys: array  # ('q': `key_id`s)
    events: StoredEvents
    row_event: array


#: ids joined, hashed and compressed at a time (no string of a million ids made whole)
_IDS_AT_A_TIME = 4096


def _id_chunks(rows: Sequence[Incident]) -> Iterator[bytes]:
    """The rows' incident ids in order, joined by US, as UTF-8 in pieces."""
    ids = ids_of(rows)
    first = True
    while chunk := list(islice(ids, _IDS_AT_A_TIME)):
        yield ("" if first else "\x1f").encode() + "\x1f".join(chunk).encode()
        first = False


def packed_ids(rows: Sequence[Incident]) -> bytes:
    """The rows' incident ids in order, as the file keeps them."""
    packer = zlib.compressobj(1)
    return b"".join([*(packer.compress(c) for c in _id_chunks(rows)), packer.flush()])


def unpacked_ids(packed: bytes) -> str | None:
    """The ids `packed_ids` packed, joined by US; None when they cannot be read."""
    try:
        return zlib.decompress(packed).decode()
    except (zlib.error, UnicodeDecodeError):
        return None


def split_ids(ids: str) -> Iterator[str]:
    """The ids `unpacked_ids` joined, one at a time (split a piece at a
    time: no list of a million strings)."""
    start, end = 0, len(ids)
    while start < end:
        cut = ids.find("\x1f", start + 65536)
        if cut < 0:
            cut = end
        yield from ids[start:cut].split("\x1f")
        start = cut + 1


def rows_digest(stamp: str, table_fingerprint: str, rows: Sequence[Incident]) -> str:
    """What must match for a file to hold these rows' events (their values
    apart, which the stamp stands for, the reviewed rows' aside)."""
    h = _digest_head(stamp, table_fingerprint, len(rows))
    for chunk in _id_chunks(rows):
        h.update(chunk)
    return h.hexdigest()


def ids_digest(stamp: str, table_fingerprint: str, ids: str, count: int) -> str:
    """Of `count` ids joined by US (`unpacked_ids`): `rows_digest` of rows of these ids."""
    h = _digest_head(stamp, table_fingerprint, count)
    h.update(ids.encode())
    return h.hexdigest()


def _digest_head(stamp: str, table_fingerprint: str, count: int):  # noqa: ANN202
    return hashlib.sha1("\x1f".join((CODE, stamp, table_fingerprint, str(count))).encode())


#: the type codes of `_arrays`' first five (keys, row_event, event ids, count, reports); the string codes are 'I'
_CODES = ("q", "i", "q", "q", "q")


def _arrays(snap: Snapshot) -> list[array]:
    """The snapshot's arrays in the order the file holds them, after its head."""
    ev = snap.events
    return [snap.keys, snap.row_event, ev.ids, ev.count, ev.reports, *(codes for _, codes in ev.strings.values())]


def _view(a: array) -> memoryview:
    return memoryview(a).cast("B")  # (the array's own bytes: no copy)


def read(path: Path) -> Snapshot | None:
    """The snapshot in `path`; None when there is none or it cannot be
    trusted (damaged, cut short, another format). Never raises.

    The head (small values and the lists of distinct strings) is read
    whole; each array is then read from the file straight into its own
    memory. Reading the whole file into one buffer and unpacking it made
    three copies of the numbers at once: 107 MB at the peak of reading a
    36 MB file (100,000 articles), against the 41 MB they take held."""
    try:
        with open(path, "rb") as fh:
            if fh.read(len(_MAGIC)) != _MAGIC:
                return None
            expected = fh.read(_DIGEST)
            h = hashlib.blake2b(digest_size=_DIGEST)
            left = os.fstat(fh.fileno()).st_size - len(_MAGIC) - _DIGEST - 8  # (no length read from a damaged
            size = fh.read(8)  # file may ask for more memory than the file holds)
            want = int.from_bytes(size, "little")
            if len(size) != 8 or want > left:
                return None
            head = fh.read(want)
            left -= want
            h.update(size)
            h.update(head)
            digest, stamp, ids, reviewed, odd_ids, values, lengths = marshal.loads(head)
            if [code for code, _ in lengths] != [*_CODES, *("I" for _ in values)]:
                return None
            arrays = []
            for code, n in lengths:
                a = array(code)
                if not 0 <= n * a.itemsize <= left:
                    return None
                left -= n * a.itemsize
                a.fromfile(fh, n)
                h.update(_view(a))
                arrays.append(a)
            if fh.read(1) or h.digest() != expected:
                return None
        keys, row_event, event_ids, count, reports, *codes = arrays
        events = StoredEvents(event_ids, dict(odd_ids), {f: (list(v), c) for (f, v), c in zip(values, codes, strict=True)},
                              count, reports)
        snap = Snapshot(digest, stamp, bytes(ids), dict(reviewed), keys, events, row_event)
    except Exception:  # noqa: BLE001 - a file of another shape (or none, or unreadable) is no snapshot
        return None
    ok = (isinstance(snap.digest, str) and isinstance(snap.stamp, str) and len(snap.keys) == len(snap.events)
          and snap.events.valid()
          and all(isinstance(v, tuple) and len(v) == len(INCIDENT_FIELDS) for v in snap.reviewed.values()))
    if not ok:
        return None
    if snap.row_event and (min(snap.row_event) < -1 or max(snap.row_event) >= len(snap.keys)):
        return None
    return snap


def write(path: Path, snap: Snapshot) -> None:
    """Replace `path` whole (a temp file renamed over it): a reader sees
    the old file or the new one, never half of one. Raises OSError.

    The arrays are hashed and written from their own memory: a copy of
    each and one string of the whole file took 69 MB more than the
    snapshot at 100,000 articles, the peak of an app that had brought its
    file up to date after an update."""
    ev = snap.events
    arrays = _arrays(snap)
    head = marshal.dumps((snap.digest, snap.stamp, snap.packed_ids, snap.reviewed, ev.odd_ids,
                          [(f, values) for f, (values, _) in ev.strings.items()],
                          [(a.typecode, len(a)) for a in arrays]))
    size = len(head).to_bytes(8, "little")
    h = hashlib.blake2b(size, digest_size=_DIGEST)
    h.update(head)
    for a in arrays:
        h.update(_view(a))

    def put(fh: IO[bytes]) -> None:
        fh.write(_MAGIC)
        fh.write(h.digest())
        fh.write(size)
        fh.write(head)
        for a in arrays:
            fh.write(_view(a))

    atomic_write_bytes(path, put)
