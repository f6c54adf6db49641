"""The incident table's marks: a set of incident ids that stays small when
the analyst marks a million rows.

A plain set of a million id strings took some 90 MB (a string and a hash
slot each), the largest thing the app held at the moment of marking every
row of a 100,000-article archive. Nearly every id is its article's id, a
'#' and a small number (`db` numbers the rows of an article so), so the
marks are kept as one integer per article whose bits are the marked
numbers: a million marks over 100,000 articles take some 15 MB. Ids of
any other form (a review's, an older index's) are kept as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableSet

#: numbers past this are kept as whole ids (a bit mask as wide as the number would be wasted)
MAX_NUMBER = 4096


def _parts(iid: str) -> tuple[str, int] | None:
    """(article id, number) of an id of the usual form; None for any other."""
    head, sep, tail = iid.rpartition("#")
    if not sep or not tail.isascii() or not tail.isdigit() or tail[0] == "0":
        return None  # (a leading zero would not survive being read back as a number)
    n = int(tail)
    return (head, n) if n < MAX_NUMBER else None


class IdMarks(MutableSet[str]):
    """A mutable set of incident ids (`set`'s methods that the table uses,
    and equality with any set), stored as bits per article."""

    __slots__ = ("_bits", "_other", "_len")

    def __init__(self, ids: Iterable[str] = ()) -> None:
        self._bits: dict[str, int] = {}
        self._other: set[str] = set()
        self._len = 0
        self.update(ids)

    def __contains__(self, iid: object) -> bool:
        if not isinstance(iid, str):
            return False
        parts = _parts(iid)
        if parts is None:
            return iid in self._other
        return bool(self._bits.get(parts[0], 0) >> parts[1] & 1)

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[str]:
        for head, bits in list(self._bits.items()):
            while bits:
                low = bits & -bits
                yield f"{head}#{low.bit_length() - 1}"
                bits ^= low
        yield from list(self._other)

    def add(self, iid: str) -> None:
        parts = _parts(iid)
        if parts is None:
            if iid not in self._other:
                self._other.add(iid)
                self._len += 1
            return
        head, n = parts
        bits = self._bits.get(head, 0)
        if not bits >> n & 1:
            self._bits[head] = bits | 1 << n
            self._len += 1

    def discard(self, iid: str) -> None:
        parts = _parts(iid)
        if parts is None:
            if iid in self._other:
                self._other.discard(iid)
                self._len -= 1
            return
        head, n = parts
        bits = self._bits.get(head, 0)
        if bits >> n & 1:
            bits ^= 1 << n
            if bits:
                self._bits[head] = bits
            else:
                del self._bits[head]
            self._len -= 1

    def update(self, ids: Iterable[str]) -> None:
        for iid in ids:
            self.add(iid)

    def update_parts(self, heads: list[str], numbers: list[int]) -> None:
        """Add ids given as article ids and numbers (`IncidentRows.id_parts_at`;
        number -1: the head is the whole id): marking a million rows without
        making and parsing a million strings (4 s against 0.3 s)."""
        bits, get = self._bits, self._bits.get
        added = 0
        for head, n in zip(heads, numbers):
            if 0 < n < MAX_NUMBER:
                old = get(head, 0)
                new = old | 1 << n
                if new != old:
                    bits[head] = new
                    added += 1
            else:  # (parsed: a whole id may be of the usual form)
                self._len += added
                added = 0
                self.add(head if n < 0 else f"{head}#{n}")
        self._len += added

    def discard_parts(self, heads: list[str], numbers: list[int]) -> None:
        """Remove ids given as `update_parts` takes them."""
        bits, get = self._bits, self._bits.get
        removed = 0
        for head, n in zip(heads, numbers):
            if 0 < n < MAX_NUMBER:
                old = get(head, 0)
                if old >> n & 1:
                    removed += 1
                    if old ^ 1 << n:
                        bits[head] = old ^ 1 << n
                    else:
                        del bits[head]
            else:
                self._len -= removed
                removed = 0
                self.discard(head if n < 0 else f"{head}#{n}")
        self._len -= removed

    def holds(self, head: str, n: int) -> bool:
        """Whether one id, as `update_parts` takes it, is marked."""
        if 0 < n < MAX_NUMBER:
            return bool(self._bits.get(head, 0) >> n & 1)
        return (head if n < 0 else f"{head}#{n}") in self

    def has_parts(self, heads: list[str], numbers: list[int]) -> bool:
        """Whether every id of `heads` and `numbers` (as `update_parts` takes them) is marked."""
        get = self._bits.get
        for head, n in zip(heads, numbers):
            if 0 < n < MAX_NUMBER:
                if not get(head, 0) >> n & 1:
                    return False
            elif (head if n < 0 else f"{head}#{n}") not in self:
                return False
        return True

    def difference_update(self, ids: Iterable[str]) -> None:
        for iid in ids:
            self.discard(iid)

    def issuperset(self, ids: Iterable[str]) -> bool:
        return all(iid in self for iid in ids)

    def copy(self) -> IdMarks:
        out = IdMarks()
        out._bits, out._other, out._len = dict(self._bits), set(self._other), self._len
        return out

    def clear(self) -> None:
        self._bits, self._other, self._len = {}, set(), 0

    def __repr__(self) -> str:
        return f"IdMarks({len(self)} ids)"
