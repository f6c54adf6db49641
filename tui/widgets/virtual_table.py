"""A virtual table: rows rendered on demand with Textual's Line API.

Textual's stock DataTable builds and measures every row up front (about
18 s for 100,000 rows before the first frame). Here the widget keeps only
a reference to the row objects and a list of row indices in display order
(the *view*); `render_line` formats the few rows that are on screen, so
showing, scrolling, sorting and filtering cost the same whatever the
number of rows, apart from the sort or filter itself.

The pure-Python half (columns, widths, sort and filter) is in
`row_model`. This module is the widget, free of app logic: a sticky
header line, a row cursor, zebra stripes, column widths measured once per
data set and capped, horizontal scrolling, mouse clicks on rows and
headers.

Cell text is data: it is flattened to one line with control characters
made visible (`textutil.one_line`) and put on screen as literal segments,
never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .row_model import Column, fit, fit_widths
from ..bindings import bindings_for


class VirtualTable(ScrollView, can_focus=True):
    """Rows of any objects, drawn line by line.

    Give it data with `set_data(rows, view, widths)`; `cells_of(row)` (an
    attribute, replaceable) turns a row into its display strings. The
    cursor is a position in the view (`cursor_row`); `current_index` is
    the row index under it.
    """

    BINDINGS: ClassVar[list[BindingType]] = bindings_for("table")

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

    class CursorMoved(Message):
        """The cursor is on another row (a view beside the table follows it)."""

        def __init__(self, table: "VirtualTable", index: int | None) -> None:
            super().__init__()
            self.table = table
            self.index = index  # into the rows; None when there are none

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
        self.post_message(self.CursorMoved(self, self.current_index))

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
