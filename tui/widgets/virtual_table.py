"""A virtual table: rows rendered on demand with Textual's Line API.

Textual's stock DataTable builds and measures every row up front (about
18 s for 100,000 rows before the first frame). Here the widget keeps only
a reference to the row objects and a list of row indices in display order
(the *view*); `render_line` formats the few rows that are on screen, so
showing, scrolling, sorting and filtering cost the same whatever the
number of rows, apart from the sort or filter itself.

Two parts, both free of app logic:

- `RowModel` — pure Python: sort keys per column (computed once, cached),
  a stable sort that always puts empty values last, and a quick filter
  (words, "phrases", `column:word`, `-word`) over the cells' text.
- `VirtualTable` — the widget: a sticky header line, a row cursor, zebra
  stripes, column widths measured once per data set and capped, horizontal
  scrolling, mouse clicks on rows and headers.

Cell text is data: it is flattened to one line with control characters
made visible (`textutil.one_line`) and put on screen as literal segments,
never parsed as markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

T = TypeVar("T")

SEPARATOR = "\x1f"  # joins cells in the filter text; `one_line` never lets one through
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
    """

    def __init__(
        self,
        rows: Sequence[T],
        columns: Sequence[Column],
        cells: Callable[[T], Sequence[str]],
        sort_keys: Mapping[str, Callable[[T], Any]] | None = None,
        haystack_of: Callable[[T], str] | None = None,
    ) -> None:
        self.rows = rows
        self.columns = list(columns)
        self.cells = cells
        self.sort_keys = dict(sort_keys or {})
        self.haystack_of = haystack_of
        self._keys: dict[str, list[Any]] = {}
        self._haystack: list[str] | None = None
        # (order filtered, its terms, what they kept): typing more narrows that
        self._last_filter: tuple[Sequence[int], list[FilterTerm], list[int]] | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def column_index(self, key: str) -> int:
        for i, col in enumerate(self.columns):
            if col.key == key:
                return i
        raise KeyError(key)

    def keys_for(self, key: str) -> list[Any]:
        """Every row's sort key for a column (computed once)."""
        keys = self._keys.get(key)
        if keys is None:
            fn = self.sort_keys.get(key)
            if fn is None:
                i = self.column_index(key)
                cells = self.cells

                def fn(row: T, i: int = i) -> str | None:
                    return cells(row)[i].casefold() or None

            keys = [fn(row) for row in self.rows]
            self._keys[key] = keys
        return keys

    def sorted_order(self, key: str | None, reverse: bool = False) -> list[int]:
        """Row indices sorted by a column; stable, empty values last."""
        n = len(self.rows)
        if key is None:
            order = list(range(n))
            return order[::-1] if reverse else order
        keys = self.keys_for(key)
        full = [i for i in range(n) if keys[i] is not None]
        empty = [i for i in range(n) if keys[i] is None] if len(full) != n else []
        # reverse=True keeps equal keys in load order (sorted() is stable both ways)
        full.sort(key=keys.__getitem__, reverse=reverse)
        return full + empty

    @property
    def filter_ready(self) -> bool:
        return self._haystack is not None

    def haystack(self) -> list[str]:
        """Each row's cells, casefolded and joined by SEPARATOR (built on
        first use; `haystack_of(row)` may build one row's faster)."""
        if self._haystack is None:
            if self.haystack_of is not None:
                fn = self.haystack_of
                self._haystack = [fn(row) for row in self.rows]
            else:
                join, cells = SEPARATOR.join, self.cells
                self._haystack = [join(cells(row)).casefold() for row in self.rows]
        return self._haystack

    def filter(self, order: Sequence[int], query: str) -> list[int]:
        """The indices of `order` (kept in that order) whose rows match every term."""
        terms = parse_filter(query, self.columns)
        if not terms:
            return list(order)
        hay = self.haystack()
        # typing more of the same query: filter what the last query kept
        source: Sequence[int] = order
        last = self._last_filter
        if last is not None and last[0] is order and _narrows(terms, last[1]):
            source = last[2]
        kept = list(source)
        for term in terms:
            if term.column is None:
                needle = term.text
                if term.negate:
                    kept = [i for i in kept if needle not in hay[i]]
                else:
                    kept = [i for i in kept if needle in hay[i]]
            else:
                col, needle, neg = term.column, term.text, term.negate
                if needle:
                    kept = [i for i in kept if (needle in hay[i].split(SEPARATOR)[col]) != neg]
                else:  # "role:" alone: the column is not empty ("-role:": it is)
                    kept = [i for i in kept if bool(hay[i].split(SEPARATOR)[col]) != neg]
        self._last_filter = (order, terms, kept)
        return kept


def _narrows(new: list[FilterTerm], old: list[FilterTerm]) -> bool:
    """True if every row matching `new` also matches `old` (so `new` can
    be applied to `old`'s result): each old term has a new term that
    implies it."""
    for o in old:
        if o.negate:
            if not any(n.negate and n.column == o.column and n.text == o.text for n in new):
                return False
        elif not any(not n.negate and n.column == o.column and o.text in n.text for n in new):
            return False
    return True


# ---------------------------------------------------------------- the widget


class VirtualTable(ScrollView, can_focus=True):
    """Rows of any objects, drawn line by line.

    Give it data with `set_data(rows, view, widths)`; `cells_of(row)` (an
    attribute, replaceable) turns a row into its display strings. The
    cursor is a position in the view (`cursor_row`); `current_index` is
    the row index under it.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home,ctrl+home", "scroll_top", "Top", show=False),
        Binding("end,ctrl+end", "scroll_bottom", "Bottom", show=False),
        Binding("left", "scroll_left", "Left", show=False),
        Binding("right", "scroll_right", "Right", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "virtual-table--header",
        "virtual-table--header-sorted",
        "virtual-table--cursor",
        "virtual-table--even-row",
        "virtual-table--odd-row",
        "virtual-table--empty",
    }

    DEFAULT_CSS = """
    VirtualTable {
        background: $surface;
        color: $foreground;
        height: 1fr;
        scrollbar-gutter: stable;
        & > .virtual-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .virtual-table--header-sorted {
            text-style: bold;
            color: $accent;
        }
        & > .virtual-table--odd-row {
        }
        & > .virtual-table--even-row {
            background: $surface-lighten-1 50%;
        }
        &:dark > .virtual-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .virtual-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .virtual-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        & > .virtual-table--empty {
            color: $text-muted;
            text-style: italic;
        }
    }
    """

    cursor_row: reactive[int] = reactive(0, always_update=False, init=False)

    class RowSelected(Message):
        """Enter, or a click on the row under the cursor."""

        def __init__(self, table: "VirtualTable", index: int) -> None:
            super().__init__()
            self.table = table
            self.index = index  # into the rows

        @property
        def control(self) -> "VirtualTable":
            return self.table

    class HeaderSelected(Message):
        """A click on a column's label."""

        def __init__(self, table: "VirtualTable", column_key: str) -> None:
            super().__init__()
            self.table = table
            self.column_key = column_key

        @property
        def control(self) -> "VirtualTable":
            return self.table

    def __init__(
        self,
        columns: Sequence[Column],
        cells_of: Callable[[Any], Sequence[str]] = lambda row: (),
        *,
        zebra_stripes: bool = True,
        empty_text: str = "No rows",
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.columns: list[Column] = list(columns)
        self.cells_of = cells_of
        self.zebra_stripes = zebra_stripes
        self.empty_text = empty_text
        self.rows: Sequence[Any] = ()
        self.view: Sequence[int] = ()
        self.natural_widths: list[int] = [self._label_width(c) for c in self.columns]
        self.widths: list[int] = list(self.natural_widths)  # laid out for the current width
        self.sort_key: str | None = None
        self.sort_reverse = False
        self._styles: dict[str, Style] = {}

    def set_columns(self, columns: Sequence[Column], cells_of: Callable[[Any], Sequence[str]],
                    widths: Sequence[int] | None = None) -> None:
        """Show other columns (the user's choice) of the same rows."""
        self.columns = list(columns)
        self.cells_of = cells_of
        base = widths if widths is not None else [0] * len(self.columns)
        self.natural_widths = [max(w, self._label_width(c)) for c, w in zip(self.columns, base)]
        self.widths = list(self.natural_widths)
        self._layout()
        self._update_virtual_size()
        self.refresh()

    @staticmethod
    def _label_width(col: Column) -> int:
        return max(1, cell_len(col.label) + (2 if col.sortable else 0))  # room for " ▲"

    # --- data -----------------------------------------------------------
    @property
    def row_count(self) -> int:
        """Rows shown (after any filter)."""
        return len(self.view)

    def set_data(self, rows: Sequence[Any], view: Sequence[int], widths: Sequence[int] | None = None,
                 *, cursor_index: int | None = None) -> None:
        """New rows and display order; keep the cursor on `cursor_index`
        (a row index) if it is shown, else on the same position."""
        self.rows = rows
        if widths is not None:
            self.natural_widths = [max(w, self._label_width(c)) for c, w in zip(self.columns, widths)]
            self._layout()
        self.set_view(view, cursor_index=cursor_index)

    def set_view(self, view: Sequence[int], *, cursor_index: int | None = None,
                 cursor_pos: int | None = None) -> None:
        """A new display order of the same rows (sorted or filtered).

        The cursor goes to `cursor_pos` if given; else onto row `cursor_index`
        if it is in the view (scrolled to the middle if it was off screen);
        else it keeps its position and the screen its scroll offset."""
        old_pos = self.cursor_row
        self.view = view
        pos = cursor_pos
        if pos is None and cursor_index is not None:
            try:
                pos = view.index(cursor_index)  # type: ignore[union-attr]
            except ValueError:
                pos = None
            center = pos is not None
        else:
            center = False
        if pos is None:
            pos = old_pos
        pos = max(0, min(pos, len(view) - 1))
        self._update_virtual_size()
        self.set_reactive(VirtualTable.cursor_row, pos)
        if cursor_pos is not None and pos == 0:
            self.scroll_to(y=0, animate=False, force=True)
        else:
            self._scroll_cursor_into_view(center=center)
        self.refresh()

    @property
    def current_index(self) -> int | None:
        """The row index (into `rows`) under the cursor, or None."""
        if 0 <= self.cursor_row < len(self.view):
            return self.view[self.cursor_row]
        return None

    def refresh_row_at(self, pos: int) -> None:
        """Redraw the line of view position `pos` (e.g. after a mark)."""
        self.refresh_line(pos + 1)

    def set_sort_indicator(self, key: str | None, reverse: bool) -> None:
        self.sort_key, self.sort_reverse = key, reverse
        self.refresh()

    # --- geometry -------------------------------------------------------
    @property
    def content_width(self) -> int:
        return sum(w + 2 for w in self.widths)

    def _layout(self) -> None:
        """Fit the natural widths to the screen (see `fit_widths`)."""
        if not self.natural_widths:
            return
        widths = fit_widths(self.columns, self.natural_widths, self.scrollable_size.width)
        if widths != self.widths:
            self.widths = widths
            self.refresh()

    def _update_virtual_size(self) -> None:
        self.virtual_size = Size(self.content_width, len(self.view) + 1)

    def _page(self) -> int:
        return max(1, self.scrollable_size.height - 1)

    def _scroll_cursor_into_view(self, center: bool = False) -> None:
        height = self.scrollable_size.height
        if height <= 1:
            return
        rows_visible = height - 1
        top = int(self.scroll_y)
        pos = self.cursor_row
        if top <= pos < top + rows_visible:
            return
        if center:
            target = pos - rows_visible // 2
        elif pos < top:
            target = pos
        else:
            target = pos - rows_visible + 1
        self.scroll_to(y=max(0, target), animate=False, force=True, immediate=True)

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.refresh_row_at(old)
        self.refresh_row_at(new)
        self._scroll_cursor_into_view()

    def validate_cursor_row(self, value: int) -> int:
        return max(0, min(value, len(self.view) - 1)) if self.view else 0

    def on_resize(self, event: events.Resize) -> None:
        self._layout()
        self._update_virtual_size()
        self._scroll_cursor_into_view()

    # --- actions --------------------------------------------------------
    def move_cursor(self, pos: int) -> None:
        self.cursor_row = pos

    def action_cursor_up(self) -> None:
        self.cursor_row -= 1

    def action_cursor_down(self) -> None:
        self.cursor_row += 1

    def action_page_up(self) -> None:
        self.cursor_row -= self._page()

    def action_page_down(self) -> None:
        self.cursor_row += self._page()

    def action_scroll_top(self) -> None:
        self.cursor_row = 0

    def action_scroll_bottom(self) -> None:
        self.cursor_row = len(self.view) - 1

    def action_scroll_left(self) -> None:
        self.scroll_to(x=max(0, self.scroll_x - 8), animate=False)

    def action_scroll_right(self) -> None:
        self.scroll_to(x=self.scroll_x + 8, animate=False)

    def action_select(self) -> None:
        index = self.current_index
        if index is not None:
            self.post_message(self.RowSelected(self, index))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        event.stop()
        if offset.y == 0:
            x = offset.x + int(self.scroll_x)
            last = len(self.columns) - 1
            for i, (col, w) in enumerate(zip(self.columns, self.widths)):
                if x < w + 2 or i == last:
                    self.post_message(self.HeaderSelected(self, col.key))
                    break
                x -= w + 2
            return
        pos = int(self.scroll_y) + offset.y - 1
        if 0 <= pos < len(self.view):
            again = pos == self.cursor_row
            self.cursor_row = pos
            if again or event.chain > 1:
                self.action_select()

    # --- rendering ------------------------------------------------------
    def render_lines(self, crop):  # type: ignore[override]
        # component styles once per frame, not once per line
        base = self.rich_style
        get = self.get_component_rich_style
        self._styles = {
            "base": base,
            "header": base + get("virtual-table--header"),
            "sorted": base + get("virtual-table--header") + get("virtual-table--header-sorted"),
            "odd": base + get("virtual-table--odd-row"),
            "even": base + get("virtual-table--even-row"),
            "cursor": base + get("virtual-table--cursor"),
            "empty": base + get("virtual-table--empty"),
        }
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_size.width
        scroll_x, scroll_y = self.scroll_offset
        styles = self._styles or {"base": self.rich_style}
        line_width = self.content_width
        if y == 0:
            strip = self._header_strip(line_width, styles)
        else:
            pos = scroll_y + y - 1
            if pos < len(self.view):
                strip = self._row_strip(pos, line_width, styles)
            elif pos == 0:
                text = f" {self.empty_text}"
                strip = Strip([Segment(fit(text, line_width), styles.get("empty", styles["base"]))], line_width)
            else:
                return Strip.blank(width, styles["base"])
        return strip.crop(scroll_x, scroll_x + width)

    def _header_strip(self, line_width: int, styles: dict[str, Style]) -> Strip:
        header, sorted_style = styles.get("header", styles["base"]), styles.get("sorted", styles["base"])
        segments = []
        arrow = " ▼" if self.sort_reverse else " ▲"
        for col, w in zip(self.columns, self.widths):
            is_sorted = col.key == self.sort_key
            label = col.label + (arrow if is_sorted else "")
            segments.append(Segment(" " + fit(label, w, col.justify) + " ", sorted_style if is_sorted else header))
        return Strip(segments, line_width)

    def row_style(self, pos: int, styles: dict[str, Style]) -> Style:
        if pos == self.cursor_row:
            return styles.get("cursor", styles["base"])
        if self.zebra_stripes and pos % 2:
            return styles.get("even", styles["base"])
        return styles.get("odd", styles["base"])

    def _row_strip(self, pos: int, line_width: int, styles: dict[str, Style]) -> Strip:
        row = self.rows[self.view[pos]]
        style = self.row_style(pos, styles)
        cells = self.cells_of(row)
        segments = []
        for col, w, value in zip(self.columns, self.widths, cells):
            cell_style = style + col.rich_style if col.style else style
            segments.append(Segment(" " + fit(value, w, col.justify) + " ", cell_style))
        return Strip(segments, line_width)
