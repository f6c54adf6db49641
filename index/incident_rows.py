"""The incident table's rows kept as columns; an `Incident` is made when asked for.

A million incidents as objects took 464 MB at 100,000 articles (measured:
219 MB of objects at 224 bytes each, 162 MB of evidence sentences, 61 MB
of ids), the largest part of the app's memory. But the table shows some
fifty rows at a time, and its sorts and filters read a column, not a row.
So the rows are kept as what they are, columns:

- each text column (article, date, status, actor, places, ...) as its
  distinct values once and a code per row (2 bytes while a column has
  fewer than 65,536 values, 4 past that);
- the numbers as arrays of C ints;
- the id as its number after the article's id ("2016/000123#4" is kept as 4);
- the evidence sentences compressed 64 at a time (a sentence is asked for
  when a row is shown, reviewed or exported, and whole passes read each
  block once).

The rows the store gives are never reviewed: a review replaces a row (an
`Incident` kept as given, in `overlay`) or adds one (kept in `extra`). A
`snapshot()` is a cheap copy that later replacements do not reach; the
memos of the views compare snapshots (`changed_from`) to find the few
rows a review replaced, as they compared the identity of row objects.
"""

from __future__ import annotations

import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import count, islice
from typing import Any, overload

from .models import Incident

#: the text columns held as codes, in the order of `Incident`'s fields
CODED: tuple[str, ...] = ("article_id", "article_title", "article_date", "date", "date_precision", "status", "actor",
                          "actor_name", "role", "origin", "destination", "reported_by", "group_key")
#: evidence sentences compressed together (a block is read whole for one row)
BLOCK = 64
_SEP = "\x00"
_SHORT = 1 << 16
#: rows kept once made (see `IncidentRows._made_at`)
_RECENT = 1024


class _Strings:
    """One text column: `values[codes[row]]`."""

    __slots__ = ("values", "codes", "_code")

    def __init__(self) -> None:
        self.values: list[str] = []
        self.codes: array = array("I")
        # a new value takes the next code (a dict lookup at C speed per row, no Python call)
        self._code: defaultdict[str, int] | None = defaultdict(count().__next__)

    def extend(self, values: Iterable[str]) -> None:
        self.codes.extend(map(self._code.__getitem__, values))  # type: ignore[union-attr]

    def finish(self) -> None:
        self.values = list(self._code or ())  # (in the order the codes were given)
        if len(self.values) <= _SHORT:
            self.codes = array("H", self.codes)
        self._code = None  # (a dict of 100,000 article ids is 10 MB; nothing is added after)


class _Base:
    """The rows as the store gave them (never changed once built)."""

    __slots__ = ("size", "strings", "count", "start", "end", "group_size", "seq", "odd_ids", "blocks", "odd_text",
                 "_last", "pairs")

    def __init__(self) -> None:
        self.size = 0
        self.strings = {name: _Strings() for name in CODED}
        self.count, self.start, self.end, self.group_size, self.seq = (array("i") for _ in range(5))
        self.odd_ids: dict[int, str] = {}  # ids not of the form "<article id>#<n>"
        self.blocks: list[bytes] = []
        self.odd_text: dict[int, str] = {}  # evidence holding the block separator
        self._last: tuple[int, list[str]] = (-1, [])
        self.pairs: tuple[tuple[list[str], Sequence[int]], ...] = ()  # (values, codes) of CODED, once built

    def evidence(self, b: int) -> str:
        text = self.odd_text.get(b) if self.odd_text else None
        if text is not None:
            return text
        block, sentences = self._last  # (one tuple read: another thread may replace it meanwhile)
        if block != b // BLOCK:
            block = b // BLOCK
            sentences = zlib.decompress(self.blocks[block]).decode("utf-8").split(_SEP)
            self._last = (block, sentences)
        return sentences[b % BLOCK]


#: where each CODED column is in a row of the store (`IncidentRows.from_tuples`)
_AT = (1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 17)
#: rows read from the store at a time, turned into columns (whole blocks of evidence; larger
#: chunks measured slower and left 10 MB more behind at 10,000 articles)
_CHUNK = 4 * BLOCK


class _Builder:
    """Rows of the store appended a chunk at a time into a `_Base`: a
    chunk's tuples turned into columns (`zip`), each column coded at C
    speed, so that a million rows load about as fast as they did as
    objects."""

    def __init__(self) -> None:
        self.base = _Base()

    def add(self, chunk: Sequence[tuple]) -> None:
        if not chunk:
            return
        base = self.base
        columns = list(zip(*chunk))
        for column, at in zip(base.strings.values(), _AT):
            column.extend(columns[at])
        base.count.extend([-1 if v is None else v for v in columns[10]])
        base.start.extend(columns[15])
        base.end.extend(columns[16])
        base.group_size.extend(columns[18])
        start = base.size
        if len(columns) > 19:  # the id's number, given by the store (-1: another form of id)
            numbers = columns[19]
            base.seq.extend(numbers)
            for b in (b for b, n in enumerate(numbers) if n < 0):
                base.odd_ids[start + b] = columns[0][b]
        else:
            self._numbers(start, columns[0], columns[1])
        texts = columns[14]
        for k in range(0, len(texts), BLOCK):  # (chunks hold whole blocks)
            block = _SEP.join(texts[k:k + BLOCK])
            if block.count(_SEP) != len(texts[k:k + BLOCK]) - 1:  # a sentence holding the separator
                kept = [t for t in texts[k:k + BLOCK]]
                for j, text in enumerate(kept):
                    if _SEP in text:
                        base.odd_text[start + k + j] = text
                        kept[j] = ""
                block = _SEP.join(kept)
            base.blocks.append(zlib.compress(block.encode("utf-8"), 1))
        base.size += len(chunk)

    def _numbers(self, start: int, ids: Sequence[str], article_ids: Sequence[str]) -> None:
        """The number of each id of the form "<article id>#<n>" (-1: another form)."""
        base = self.base
        for b, iid, aid in zip(range(start, start + len(ids)), ids, article_ids):
            head, sep, tail = iid.rpartition("#")
            if sep and head == aid and tail.isdigit() and str(int(tail)) == tail:
                base.seq.append(int(tail))
            else:
                base.seq.append(-1)
                base.odd_ids[b] = iid

    def finish(self) -> _Base:
        for column in self.base.strings.values():
            column.finish()
        self.base.pairs = tuple((c.values, c.codes) for c in self.base.strings.values())
        return self.base


#: what a row the store gives holds of what a review sets
_PLAIN = {"review": "extracted", "note": "", "extracted_actor": None}


class _Proxy:
    """A row's values of some fields (and what no review changed), for a
    function of those fields alone (`IncidentRows.per_row`)."""

    def __init__(self, fields: Sequence[str], values: Sequence[Any]) -> None:
        self.__dict__.update(_PLAIN)
        self.__dict__.update((f, v) for f, v in zip((f for f in fields if f not in _PLAIN), values))


def _plain(inc: Incident) -> bool:
    """A row as the store gives it: nothing a review sets."""
    return inc.review == "extracted" and not inc.note and inc.extracted_actor is None


class IncidentRows(Sequence[Incident]):
    """The rows (see the module docstring). Positions index the rows as a
    list would; `rows[i] = incident` replaces one (a review)."""

    __slots__ = ("_base", "_order", "_extra", "overlay", "_made_at", "_added_rows")

    def __init__(self, base: _Base, order: array | None = None, extra: tuple[Incident, ...] = (),
                 overlay: dict[int, Incident] | None = None) -> None:
        self._base = base
        # the rows made last, by position (a slot per position modulo its size: the rows on screen
        # are made once, and a row asked for twice is the same object, as a list's would be)
        self._made_at: list[tuple[int, Incident | None]] = [(-1, None)] * _RECENT
        # position -> base row (>= 0) or extra row -(k + 1); None: the base rows in order
        self._order = order
        self._extra = extra
        self.overlay: dict[int, Incident] = {} if overlay is None else overlay
        self._added_rows: frozenset[int] | None = None  # (of `_order`, found once)

    # ------------------------------------------------------------ building

    @classmethod
    def from_tuples(cls, rows: Iterable[tuple]) -> IncidentRows:
        """Rows of the store: the incident table's columns (id, article id,
        title, article date, date, precision, status, actor, actor name,
        role, count, origin, destination, reported by, evidence, start, end,
        group key), the group's size, and optionally the number that ends
        the id (-1 when the id is of another form), as they come."""
        builder = _Builder()
        rows = iter(rows)
        while chunk := list(islice(rows, _CHUNK)):
            builder.add(chunk)
        return cls(builder.finish())

    @classmethod
    def from_incidents(cls, incidents: Iterable[Incident]) -> IncidentRows:
        """Any rows, reviewed ones included (kept whole, as replacements)."""
        incidents = list(incidents)
        made = cls.from_tuples((i.incident_id, i.article_id, i.article_title, i.article_date, i.date,
                                i.date_precision, i.status, i.actor, i.actor_name, i.role, i.count, i.origin,
                                i.destination, i.reported_by, i.evidence, i.evidence_start, i.evidence_end,
                                i.group_key, i.group_size) for i in incidents)
        made.overlay.update((n, inc) for n, inc in enumerate(incidents) if not _plain(inc))
        return made

    def snapshot(self) -> IncidentRows:
        """These rows as they are now, untouched by later replacements."""
        return IncidentRows(self._base, self._order, self._extra, dict(self.overlay))

    def edited(self, replaced: dict[int, Incident], added_after: dict[int, list[Incident]],
               trailing: Sequence[Incident] = ()) -> IncidentRows:
        """New rows: these positions replaced, rows added after positions
        (-1: before the first) and at the end; the columns are shared."""
        if not added_after and not trailing:
            return IncidentRows(self._base, self._order, self._extra, {**self.overlay, **replaced})
        extra = list(self._extra)
        order = array("i")
        overlay: dict[int, Incident] = {}

        def add_new(rows: Iterable[Incident]) -> None:
            for inc in rows:
                extra.append(inc)
                order.append(-len(extra))

        add_new(added_after.get(-1, ()))
        for i in range(len(self)):
            row = replaced.get(i, self.overlay.get(i))
            if row is not None:
                overlay[len(order)] = row
            order.append(self._at(i))
            if i in added_after:
                add_new(added_after[i])
        add_new(trailing)
        return IncidentRows(self._base, order, tuple(extra), overlay)

    # ------------------------------------------------------------ reading

    def __len__(self) -> int:
        return self._base.size if self._order is None else len(self._order)

    def _at(self, i: int) -> int:
        return i if self._order is None else self._order[i]

    @overload
    def __getitem__(self, i: int) -> Incident: ...
    @overload
    def __getitem__(self, i: slice) -> list[Incident]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("incident row out of range")
        row, b = self._kept(i)
        if row is not None:
            return row
        made = self._made(b)
        self._made_at[i % _RECENT] = (i, made)
        return made

    def _kept(self, i: int) -> tuple[Incident | None, int]:
        """The row at `i` if it is held already (replaced, added or made
        lately), else None and the store's row it is made from."""
        row = self.overlay.get(i)
        if row is not None:
            return row, -1
        b = self._at(i)
        if b < 0:
            return self._extra[-b - 1], b
        at, made = self._made_at[i % _RECENT]  # (one read of the slot: other threads may fill it meanwhile)
        return (made if at == i else None), b

    def __setitem__(self, i: int, row: Incident) -> None:
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("incident row out of range")
        self.overlay[i] = row

    def __iter__(self) -> Iterator[Incident]:
        if self._order is None and not self.overlay:
            return map(self._made, range(self._base.size))
        return (self[i] for i in range(len(self)))

    def light(self, i: int) -> Incident:
        """The row at `i`, made without its evidence sentence ("" in its
        place) unless made already: reading a sentence decompresses its
        block, 20 us, which rows read in no order pay each time."""
        row, b = self._kept(i)
        return row if row is not None else self._made(b, False)

    def _made(self, b: int, evidence: bool = True) -> Incident:
        base = self._base
        (a, ac), (t, tc), (ad, adc), (d, dc), (p, pc), (st, stc), (ac_, acc), (an, anc), (ro, roc), (o, oc), \
            (de, dec), (rb, rbc), (g, gc) = base.pairs
        aid = a[ac[b]]
        seq = base.seq[b]
        count = base.count[b]
        return Incident(f"{aid}#{seq}" if seq >= 0 else base.odd_ids[b], aid, t[tc[b]], ad[adc[b]], d[dc[b]],
                        p[pc[b]], st[stc[b]], ac_[acc[b]], an[anc[b]], ro[roc[b]],  # type: ignore[arg-type]
                        None if count < 0 else count, o[oc[b]], de[dec[b]], rb[rbc[b]], base.evidence(b) if evidence else "",
                        base.start[b], base.end[b], g[gc[b]], base.group_size[b])

    def incident_id(self, i: int) -> str:
        """A row's id, without making the row."""
        row = self.overlay.get(i)
        if row is not None:
            return row.incident_id
        b = self._at(i)
        if b < 0:
            return self._extra[-b - 1].incident_id
        base = self._base
        seq = base.seq[b]
        if seq < 0:
            return base.odd_ids[b]
        column = base.strings["article_id"]
        return f"{column.values[column.codes[b]]}#{seq}"

    def ids(self) -> Iterator[str]:
        """Every row's id in order, made 4,096 at a time: the kept events'
        digest reads them once per start, and a list of a million ids took
        72 MB at the peak of that read."""
        n = len(self)
        for start in range(0, n, 4096):
            yield from self.ids_at(range(start, min(n, start + 4096)))

    def ids_at(self, positions: Iterable[int]) -> list[str]:
        """The ids of the rows at `positions` (marking a million rows)."""
        base = self._base
        if self._order is None and not self.overlay and not base.odd_ids:
            aids, codes = base.pairs[0]
            seq = base.seq
            return [f"{aids[codes[i]]}#{seq[i]}" for i in positions]
        return list(map(self.incident_id, positions))

    def id_parts_at(self, positions: Sequence[int]) -> tuple[list[str], list[int]]:
        """The ids of the rows at `positions` as article ids and numbers
        (`IdMarks.update_parts`: marking a million rows), number -1 with
        the whole id where a review made the row or the id has another
        form. Two lists, not a tuple per row: a million tuples set the
        cycle collector walking the app's heap while marking."""
        base = self._base
        aids, codes = base.pairs[0]
        seq = base.seq
        order, overlay = self._order, self.overlay
        bs = positions if order is None else list(map(order.__getitem__, positions))
        heads = list(map(aids.__getitem__, map(codes.__getitem__, bs)))
        numbers = list(map(seq.__getitem__, bs))
        if base.odd_ids:  # (ids of another form: rare, row by row)
            for k, (i, b) in enumerate(zip(positions, bs)):
                if b < 0 or i in overlay or seq[b] < 0:
                    heads[k], numbers[k] = self.incident_id(i), -1
        elif overlay or order is not None:  # (the few rows a review made, found by set operations)
            made = overlay.keys() | self._added()
            for i in made.intersection(positions):
                k = positions.index(i)
                heads[k], numbers[k] = self.incident_id(i), -1
        return heads, numbers

    def _added(self) -> frozenset[int]:
        """Positions of the rows a review added (found once: the order never changes)."""
        if self._added_rows is None:
            order = self._order
            self._added_rows = frozenset() if order is None else frozenset(i for i, b in enumerate(order) if b < 0)
        return self._added_rows

    def touched(self) -> list[int]:
        """Positions of rows a review made (replaced or added), in order:
        every other row is as the store gave it (never reviewed)."""
        return sorted({*self.overlay, *self._added()})

    def column(self, name: str) -> tuple[list[str], Sequence[int]]:
        """A text column of `CODED` at every position: its distinct values
        and a code per row (the rows a review made coded after the store's)."""
        col = self._base.strings[name]
        codes: Sequence[int] = col.codes if self._order is None else array("I", (
            col.codes[b] if b >= 0 else 0 for b in self._order))
        touched = self.touched()
        if not touched:
            return col.values, codes
        values = list(col.values)
        index = {v: k for k, v in enumerate(values)}
        codes = array("I", codes)
        for i in touched:
            value = getattr(self[i], name)
            code = index.get(value)
            if code is None:
                code = index[value] = len(values)
                values.append(value)
            codes[i] = code
        return values, codes

    def numbers(self, name: str) -> Sequence[int | None]:
        """`count` or `group_size` at every position (None: no count)."""
        base = self._base
        column = {"count": base.count, "group_size": base.group_size}[name]
        out: list[int | None] = ([v if v >= 0 else None for v in column] if self._order is None else
                                 [column[b] if b >= 0 else None for b in self._order])
        for i in self.touched():
            out[i] = getattr(self[i], name)
        return out

    def per_row(self, fn: Callable[[Incident], Any], fields: Sequence[str]) -> list[Any]:
        """`fn(row)` for every row, where `fn` reads only `fields`: computed
        once per distinct combination of their values (a few thousand for
        a million rows), without making the rows."""
        n = len(self)
        columns: list[Sequence[int]] = []
        decoders: list[Callable[[int], Any]] = []
        for name in fields:
            if name in CODED:
                values, codes = self.column(name)
                columns.append(codes)
                decoders.append(values.__getitem__)
            elif name in ("count", "group_size"):
                columns.append(self.numbers(name))
                decoders.append(lambda v: v)
            elif name not in _PLAIN:
                raise KeyError(f"not a column of the rows: {name}")
        done: dict[tuple, Any] = {}

        def value(key: tuple) -> Any:
            got = done.get(key, done)
            if got is done:
                got = done[key] = fn(_Proxy(fields, [d(k) for d, k in zip(decoders, key)]))  # type: ignore[arg-type]
            return got

        if not columns:
            out = [value(())] * n
        elif len(columns) == 1:
            by_code: dict[Any, Any] = {}
            only = columns[0]
            out = [by_code[c] if c in by_code else by_code.setdefault(c, value((c,))) for c in only]
        else:
            out = list(map(value, zip(*columns)))
        for i in self.touched():
            out[i] = fn(self[i])
        return out

    def changed_from(self, older: IncidentRows) -> list[int] | None:
        """Positions whose rows differ from those of `older` (a snapshot of
        these rows before replacements); None when the rows are other rows."""
        if older._base is not self._base or older._order is not self._order or len(older) != len(self):
            return None
        mine, theirs = self.overlay, older.overlay
        return sorted(i for i in {*mine, *theirs} if mine.get(i) is not theirs.get(i))
