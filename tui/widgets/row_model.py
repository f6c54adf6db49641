"""The pure-Python half of the virtual table: columns, widths, the row model.

Kept apart from the widget (`virtual_table.VirtualTable`) because none of
it needs Textual: it is what sorts and filters 100,000 rows, and it is
tested without an app.

- `Column`, `fit`, `measure`, `fit_widths` — what a column is and how wide
  its cells are drawn (widths measured once per data set and capped).
- `parse_filter`, `RowModel` — sort keys per column (computed once,
  cached, equal keys shared), a stable sort that always puts empty values
  last, and a quick filter (words, "phrases", `column:word`, `-word`) over
  the cells' text, through the column index of `filter_index.py`.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from rich.cells import cell_len, set_cell_size
from rich.style import Style

from .filter_index import FilterIndex

T = TypeVar("T")

ELLIPSIS = "…"


@dataclass(frozen=True)
class Column:
    """A column: `width` is the most cells it takes (content is measured
    and the column is as narrow as its widest cell or its label). When the
    columns do not fit the screen, the widest give way first, down to
    `min_width`; past that the table scrolls horizontally."""

    key: str
    label: str
    width: int
    justify: str = "left"  # "left" | "right"
    style: str = ""  # extra style for the cells of this column
    sortable: bool = True
    min_width: int = 0  # narrowest it gets when the screen is too narrow (0: its width)
    # columns with a `give` above 0 give way first, the highest first, down to
    # their minimum, so that the columns a reader needs whole stay whole
    give: int = 0
    rich_style: Style = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rich_style", Style.parse(self.style) if self.style else Style())


def fit(text: str, width: int, justify: str = "left") -> str:
    """`text` in exactly `width` cells: padded, or cut with an ellipsis."""
    if width <= 0:
        return ""
    n = len(text) if text.isascii() else cell_len(text)
    if n <= width:
        pad = " " * (width - n)
        return pad + text if justify == "right" else text + pad
    return set_cell_size(text, width - 1) + ELLIPSIS


def measure(values: Sequence[str], cap: int) -> int:
    """Widest value in cells, stopping early once `cap` is reached."""
    best = 0
    for value in values:
        n = len(value)
        if n > best:
            if not value.isascii():
                n = cell_len(value)
                if n <= best:
                    continue
            best = n
            if best >= cap:
                return cap
    return best


def fit_widths(columns: Sequence[Column], natural: Sequence[int], avail: int) -> list[int]:
    """Column widths for `avail` cells: if the natural widths are too wide,
    the columns that give way (`give` > 0) shrink first, the highest first,
    down to their minimum; then every other column is capped at one level
    (the widest shrink first, none below its minimum); if there is room
    left, the last column takes it."""
    natural = list(natural)
    floors = [min(w, c.min_width or w) for c, w in zip(columns, natural)]
    total = sum(w + 2 for w in natural)
    if avail <= 0 or total == avail:
        return natural
    if total < avail:
        natural[-1] += avail - total
        return natural
    deficit = total - avail
    for i in sorted((i for i, c in enumerate(columns) if c.give > 0), key=lambda i: -columns[i].give):
        if deficit <= 0:
            break
        cut = min(deficit, natural[i] - floors[i])
        natural[i] -= cut
        deficit -= cut

    def width_at(level: int) -> list[int]:
        return [max(f, min(w, level)) for f, w in zip(floors, natural)]

    lo, hi = 0, max(natural)  # largest level whose total fits
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum(w + 2 for w in width_at(mid)) <= avail:
            lo = mid
        else:
            hi = mid - 1
    widths = width_at(lo)
    spare = avail - sum(w + 2 for w in widths)
    for i, (w, n) in enumerate(zip(widths, natural)):  # hand out the rounding
        if spare <= 0:
            break
        if w < n:
            widths[i] += 1
            spare -= 1
    return widths


# ---------------------------------------------------------------- the model

_TERM = re.compile(r'(-?)(?:(\w+):)?(?:"([^"]*)"?|(\S+))?')


@dataclass(frozen=True)
class FilterTerm:
    text: str  # casefolded
    column: int | None = None  # index into the columns, None = any
    negate: bool = False


def parse_filter(query: str, columns: Sequence[Column]) -> list[FilterTerm]:
    """Words and "phrases", each optionally `column:` (key or label, a
    prefix is enough) and/or negated with a leading `-`. An unknown column
    name is kept as part of the word."""
    names: list[tuple[str, int]] = []
    for i, col in enumerate(columns):
        names.append((col.key.casefold(), i))
        names.append((col.label.casefold().replace(" ", "_"), i))
    terms: list[FilterTerm] = []
    for m in _TERM.finditer(query):
        neg, col_name, phrase, word = m.groups()
        text = phrase if phrase is not None else (word or "")
        column = None
        if col_name:
            wanted = col_name.casefold()
            exact = [i for name, i in names if name == wanted]
            prefix = sorted({i for name, i in names if name.startswith(wanted)})
            if exact:
                column = exact[0]
            elif len(prefix) == 1:
                column = prefix[0]
            else:  # not a column: the colon is part of the word
                text = f"{col_name}:{text}"
        # "sought_asylum" as the CSV writes it finds "sought asylum" as the table shows it
        text = text.casefold().replace("_", " ")
        if not text and column is None:  # a lone "-" or a space
            continue
        terms.append(FilterTerm(text, column, bool(neg)))
    return terms


class RowModel(Generic[T]):
    """Sort and filter a fixed list of rows by index, without touching them.

    `cells(row)` gives the display strings of a row (one per column);
    `sort_keys` maps a column key to a function giving a row's sort key,
    or None for an empty cell (empty cells sort last in both directions).
    Columns without a key function sort by their casefolded cell text.
    `texts` give the text the quick filter searches, a function per column
    (each column's cell, unless a faster or rawer reading is given).
    """

    def __init__(
        self,
        rows: Sequence[T],
        columns: Sequence[Column],
        cells: Callable[[T], Sequence[str]],
        sort_keys: Mapping[str, Callable[[T], Any]] | None = None,
        texts: Sequence[Callable[[T], str]] | None = None,
    ) -> None:
        self.rows = rows
        self.columns = list(columns)
        self.cells = cells
        self.sort_keys = dict(sort_keys or {})
        self.texts = list(texts) if texts is not None else [
            (lambda row, i=i: cells(row)[i]) for i in range(len(self.columns))]
        self._keys: dict[str, list[Any]] = {}
        self._index: FilterIndex[T] | None = None
        self._masks: dict[FilterTerm, int] = {}  # the last filter's, by term: typing more reuses them

    def __len__(self) -> int:
        return len(self.rows)

    def column_index(self, key: str) -> int:
        for i, col in enumerate(self.columns):
            if col.key == key:
                return i
        raise KeyError(key)

    def _key_function(self, key: str) -> Callable[[T], Any]:
        fn = self.sort_keys.get(key)
        if fn is None:
            i, cells = self.column_index(key), self.cells

            def fn(row: T, i: int = i) -> str | None:
                return cells(row)[i].casefold() or None

        return fn

    def keys_for(self, key: str) -> list[Any]:
        """Every row's sort key for a column (computed once). Equal keys are
        one object: a column of a million rows holds a few thousand distinct
        values, and a casefolded copy per row took 140 MB for the actors."""
        keys = self._keys.get(key)
        if keys is None:
            shared: dict[Any, Any] = {}
            share = shared.setdefault
            keys = [share(k, k) for k in self.values(self._key_function(key), key)]
            self._keys[key] = keys
        return keys

    def values(self, fn: Callable[[T], Any], key: str) -> Iterable[Any]:
        """`fn` of every row, in order; `key` names the column `fn` reads,
        for rows kept as columns, which give it without making each row."""
        return map(fn, self.rows)

    def sorted_order(self, key: str | None, reverse: bool = False) -> array:
        """Row indices sorted by a column; stable, empty values last. An
        array of C ints, not a list: a million row numbers as Python ints
        were 36 MB, and a list of them is a container the garbage collector
        walks on every full pass (see tui/idle_collector.py)."""
        n = len(self.rows)
        if key is None:
            return array("i", range(n - 1, -1, -1) if reverse else range(n))
        keys = self.keys_for(key)
        # a column holds few distinct keys: they are sorted, and the rows put in
        # their keys' places a bucket at a time (a list of a million row numbers
        # to sort took 36 MB more, at 100,000 articles the app's largest moment
        # after its start); equal keys keep load order either way, as sorted()'s
        # stability did, and empty keys come last
        distinct = sorted({k for k in keys if k is not None}, reverse=reverse)
        rank = {k: r for r, k in enumerate(distinct)}
        rank[None] = len(distinct)
        buckets = [array("i") for _ in range(len(distinct) + 1)]
        for i, r in enumerate(map(rank.__getitem__, keys)):
            buckets[r].append(i)
        order = array("i")
        for bucket in buckets:
            order.extend(bucket)
        return order

    def replace(self, index: int, row: T) -> None:
        """Put a changed row in place (a review): its sort keys and filter
        values are recomputed, nothing else. The order is not re-sorted, as a
        spreadsheet leaves an edited row where it is until the next sort."""
        self.rows[index] = row  # type: ignore[index]
        for key, keys in self._keys.items():
            keys[index] = self._key_function(key)(row)
        if self._index is not None:
            self._index.replace(index, row)
        self._masks = {}

    @property
    def filter_ready(self) -> bool:
        return self._index is not None

    def filter_index(self) -> FilterIndex[T]:
        """The quick filter's index of the rows (built on first use: 1-2 s
        at a million rows, so the table builds it in a worker when the
        filter box opens)."""
        if self._index is None:
            keys = [col.key for col in self.columns]
            self._index = FilterIndex(self.rows, self.texts, lambda c: self.values(self.texts[c], keys[c]))
        return self._index

    def filter(self, order: Sequence[int], query: str) -> array:
        """The indices of `order` (kept in that order) whose rows match every
        term, as an array (see `sorted_order`)."""
        terms = parse_filter(query, self.columns)
        if not terms:
            return array("i", order)
        index = self.filter_index()
        masks = {t: self._masks.get(t) or index.mask(t.text, t.column, t.negate) for t in dict.fromkeys(terms)}
        self._masks = masks
        kept = -1  # every bit set
        for mask in masks.values():
            kept &= mask
        return index.keep(order, kept)
