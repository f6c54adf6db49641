"""The quick filter's index: each column's distinct values, and a code per row.

The filter looks for words inside cells. Its first index was one string
per row, the row's cells joined (some 200 MB for a million incidents, the
table's second largest cost after the rows). But a column holds few
distinct values: a million rows have some 40 statuses, 11,000 actors,
39,000 article titles. So each column keeps its distinct values once,
casefolded, and an array of one code per row (2 bytes while the column
has fewer than 65,536 values, 4 past that: 4 bytes each were 53 MB of
codes beside 16 MB of values for a million rows, against 217 MB of
joined strings, measured at 100,000 rows). A word is looked
for in the distinct values alone; the rows it matches come out as a mask
of one byte per row, made by `bytes(map(...))` over the codes (C speed,
~30 ms per column at a million rows), and the terms of a filter combine
their masks as big integers.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, count
from typing import Generic, TypeVar

T = TypeVar("T")


#: the most distinct values a column's codes hold in two bytes each
_SHORT_CODES = 1 << 16


class _Column:
    """One column: `values[code]` casefolded, `codes[row]` the code of each
    row: two bytes while the column has fewer than 65,536 distinct values
    (every column of a million incidents does), four past that."""

    __slots__ = ("codes", "values", "code_of", "size")

    def __init__(self, raw: Iterable[str]) -> None:
        self.code_of: defaultdict[str, int] = defaultdict(count().__next__)
        codes = array("I", map(self.code_of.__getitem__, raw))
        self.size = len(codes)
        # (a column of one value, the marks' or an empty note's, keeps no codes: 2 MB at a million rows)
        self.codes: array | None = (None if len(self.code_of) <= 1 else
                                    array("H", codes) if len(self.code_of) <= _SHORT_CODES else codes)
        self.values = [v.casefold() for v in self.code_of]

    def set(self, row: int, raw: str) -> None:
        n = len(self.code_of)
        code = self.code_of[raw]
        if code == n:  # a value not seen before
            self.values.append(raw.casefold())
            if self.codes is None:  # (every row held the one value before: code 0)
                self.codes = array("H", bytes(2 * self.size))
            if code >= _SHORT_CODES and self.codes.typecode == "H":
                self.codes = array("I", self.codes)
        if self.codes is not None:
            self.codes[row] = code

    def mask(self, needle: str) -> int | None:
        """The rows whose value holds `needle` (any non-empty value for ""),
        as an integer of one byte per row (1 or 0); None when no row."""
        if needle:
            hits = [needle in v for v in self.values]
        else:
            hits = [bool(v) for v in self.values]
        if not any(hits):
            return None
        if self.codes is None:  # (one value, held by every row)
            return int.from_bytes(b"\x01" * self.size, "little")
        return int.from_bytes(bytes(map(hits.__getitem__, self.codes)), "little")


class FilterIndex(Generic[T]):
    """The quick filter over fixed rows; `texts[c](row)` gives a row's raw
    text in column c (the columns the filter can name, in order). Read a
    column at a time: a tuple of every cell per row, even for a moment,
    was 160 MB at a million rows."""

    def __init__(self, rows: Sequence[T], texts: Sequence[Callable[[T], str]],
                 column_values: Callable[[int], Iterable[str]] | None = None) -> None:
        """`column_values(c)`: column c's text of every row, when the rows
        can give it faster than `texts[c]` of each."""
        self.size = len(rows)
        self.texts = list(texts)
        self.columns = [_Column(map(f, rows) if column_values is None else column_values(c))
                        for c, f in enumerate(self.texts)]
        self._all = int.from_bytes(b"\x01" * self.size, "little")

    def replace(self, index: int, row: T) -> None:
        """A changed row (a review): its codes follow its new values."""
        for column, f in zip(self.columns, self.texts):
            column.set(index, f(row))

    def mask(self, needle: str, column: int | None, negate: bool) -> int:
        """The rows one filter term keeps, as a mask (see `_Column.mask`)."""
        columns = self.columns if column is None else [self.columns[column]]
        found = 0
        for col in columns:
            m = col.mask(needle)
            if m is not None:
                found |= m
        return self._all ^ found if negate else found

    def keep(self, order: Sequence[int], mask: int) -> array:
        """The indices of `order` that `mask` keeps, in that order."""
        flags = mask.to_bytes(self.size, "little")
        return array("i", compress(order, map(flags.__getitem__, order)))
