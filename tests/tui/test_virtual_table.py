"""The virtual table on its own: model (sort, filter), layout, drawing, keys, mouse."""

from __future__ import annotations

import random

from rich.cells import cell_len
from textual.app import App, ComposeResult

from defect_tui.tui.widgets.row_model import Column, RowModel, fit, measure, parse_filter
from defect_tui.tui.widgets.virtual_table import VirtualTable

COLUMNS = [Column("name", "name", 12, min_width=6), Column("n", "n", 4, justify="right"),
           Column("city", "city", 10, min_width=6)]


def cells(row: tuple) -> tuple[str, ...]:
    name, n, city = row
    return name, "" if n is None else str(n), city


def model(rows: list[tuple]) -> RowModel:
    return RowModel(rows, COLUMNS, cells, {"n": lambda r: r[1]})


# --- pure functions ---------------------------------------------------------

def test_fit_pads_cuts_and_counts_wide_characters():
    assert fit("abc", 5) == "abc  "
    assert fit("abc", 5, "right") == "  abc"
    assert fit("abcdef", 4) == "abc…"
    assert cell_len(fit("김정은 위원장", 6)) == 6 and fit("김정은 위원장", 6).endswith("…")
    assert fit("x", 0) == ""


def test_measure_is_capped():
    assert measure(["a", "abcd", "ab"], 10) == 4
    assert measure(["a" * 50], 10) == 10
    assert measure(["김정은"], 10) == 6
    assert measure([], 5) == 0


def test_parse_filter_terms():
    terms = parse_filter('Kim "acting ambassador" city:rome -seoul n: foo:bar', COLUMNS)
    assert [(t.text, t.column, t.negate) for t in terms] == [
        ("kim", None, False), ("acting ambassador", None, False), ("rome", 2, False), ("seoul", None, True),
        ("", 1, False), ("foo:bar", None, False),
    ]


# --- the model --------------------------------------------------------------

def test_sort_is_stable_numeric_and_puts_empty_last_both_ways():
    rows = [("b", 10, "x"), ("a", None, ""), ("B", 9, "y"), ("c", 2, "x"), ("", 10, "z")]
    m = model(rows)
    assert list(m.sorted_order("n")) == [3, 2, 0, 4, 1]
    assert list(m.sorted_order("n", reverse=True)) == [0, 4, 2, 3, 1]  # equal keys keep load order
    assert list(m.sorted_order("name")) == [1, 0, 2, 3, 4]  # casefolded; empty name last
    assert list(m.sorted_order("name", reverse=True)) == [3, 0, 2, 1, 4]
    assert list(m.sorted_order(None)) == [0, 1, 2, 3, 4]


def test_filter_any_column_column_negation_and_order_kept():
    rows = [("Kim Il", 1, "Rome"), ("Ri Kim", 2, "Seoul"), ("Jo", 3, "Kimhae"), ("Pak", None, "Rome")]
    m = model(rows)
    order = [3, 2, 1, 0]
    assert list(m.filter(order, "kim")) == [2, 1, 0]
    assert list(m.filter(order, "name:kim")) == [1, 0]
    assert list(m.filter(order, "kim -rome")) == [2, 1]
    assert list(m.filter(order, "n:")) == [2, 1, 0]  # column not empty
    assert list(m.filter(order, "-n:")) == [3]
    assert list(m.filter(order, "")) == list(order)
    assert list(m.filter(order, "zzz")) == []


def test_incremental_filter_equals_a_fresh_filter():
    """Typing more narrows the last result; it must give what a fresh filter gives."""
    rnd = random.Random(7)
    words = ["kim", "ri", "jo", "pak", "rome", "seoul", "oslo", "kimhae", "jong", "sung"]
    rows = [(" ".join(rnd.sample(words, 2)), rnd.choice([None, 1, 22]), rnd.choice(words)) for _ in range(400)]
    order = model(rows).sorted_order("name")
    typing = model(rows)
    for query in ["k", "ki", "kim", "kim ", "kim j", "kim jo", "kim j", "kim", "kim -r", "kim -ro", "kim -r",
                  "city:s", "city:se", "city:o", '"kim j', '"kim jo"', "-", "-k", ""]:
        assert typing.filter(order, query) == model(rows).filter(order, query), query


def test_filter_follows_a_replaced_row_and_casefolds_each_value():
    rows = [["Kim Il", 1, "Rome"], ["Ri", 2, "STRASSE"], ["Jo", 3, "Rome"]]
    m = model(rows)
    order = [0, 1, 2]
    assert list(m.filter(order, "straße")) == list(m.filter(order, "strasse")) == [1]
    assert list(m.filter(order, "city:rome")) == [0, 2]
    m.replace(2, ["Jo", 3, "Straße"])  # (a review changed the row)
    assert list(m.filter(order, "city:rome")) == [0]
    assert list(m.filter(order, "strasse")) == [1, 2]  # "ß" casefolds to "ss"
    assert list(m.filter(order, "-city:rome")) == [1, 2]
    m.replace(0, ["Kim Il", None, "Rome"])
    assert list(m.filter(order, "-n:")) == [0]


def test_equal_sort_keys_are_one_object():
    m = model([(f"kim {i % 3}", i, "Rome") for i in range(30)])
    keys = m.keys_for("name")
    assert len({id(k) for k in keys}) == 3


# --- the widget ---------------------------------------------------------------

class TableApp(App):
    def __init__(self, rows: list[tuple]) -> None:
        super().__init__()
        self.rows = rows
        self.calls = 0
        self.selected: list[int] = []
        self.headers: list[str] = []

    def count_cells(self, row: tuple) -> tuple[str, ...]:
        self.calls += 1
        return cells(row)

    def compose(self) -> ComposeResult:
        yield VirtualTable(COLUMNS, self.count_cells, empty_text="Nothing here")

    def on_mount(self) -> None:
        table = self.query_one(VirtualTable)
        table.set_data(self.rows, list(range(len(self.rows))), [12, 4, 10])
        table.focus()

    def on_virtual_table_row_selected(self, message: VirtualTable.RowSelected) -> None:
        self.selected.append(message.index)

    def on_virtual_table_header_selected(self, message: VirtualTable.HeaderSelected) -> None:
        self.headers.append(message.column_key)


def screen_lines(table: VirtualTable) -> list[str]:
    return [table.render_line(y).text for y in range(table.scrollable_size.height)]


async def test_only_visible_rows_are_formatted():
    rows = [(f"name {i}", i, "city") for i in range(100_000)]
    app = TableApp(rows)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        table = app.query_one(VirtualTable)
        assert table.row_count == 100_000
        assert table.virtual_size.height == 100_001
        assert app.calls < 200, f"{app.calls} rows formatted for a 20-line screen"
        app.calls = 0
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == 99_999
        assert "name 99999" in screen_lines(table)[-1]
        assert app.calls < 200


async def test_keys_move_the_cursor_and_keep_it_on_screen():
    rows = [(f"r{i}", i, "c") for i in range(50)]
    app = TableApp(rows)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(VirtualTable)
        lines = screen_lines(table)
        assert lines[0].split() == ["name", "n", "city"]
        assert "r0" in lines[1]
        await pilot.press("down", "down")
        assert table.cursor_row == 2 and table.current_index == 2
        await pilot.press("pagedown")
        page = table.scrollable_size.height - 1
        assert table.cursor_row == 2 + page
        await pilot.pause()
        visible = screen_lines(table)
        assert any(line.split()[:1] == [f"r{table.cursor_row}"] for line in visible[1:])
        await pilot.press("home")
        await pilot.pause()
        assert table.cursor_row == 0 and table.scroll_y == 0
        await pilot.press("up")
        assert table.cursor_row == 0


async def test_clicks_select_rows_and_headers():
    rows = [(f"r{i}", i, "c") for i in range(5)]
    app = TableApp(rows)
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(VirtualTable)
        await pilot.click(VirtualTable, offset=(2, 3))
        assert table.cursor_row == 2 and app.selected == []
        await pilot.click(VirtualTable, offset=(2, 3))
        await pilot.pause()
        assert app.selected == [2]
        name_w = table.widths[0] + 2
        await pilot.click(VirtualTable, offset=(name_w + 1, 0))
        await pilot.click(VirtualTable, offset=(name_w + table.widths[1] + 3, 0))
        await pilot.pause()
        assert app.headers == ["n", "city"]


async def test_view_changes_and_empty_table():
    rows = [(f"r{i}", i, "c") for i in range(10)]
    app = TableApp(rows)
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(VirtualTable)
        await pilot.press("down", "down", "down")
        table.set_view([9, 3, 1], cursor_index=3)
        assert table.cursor_row == 1 and table.current_index == 3
        table.set_view([9, 3, 1], cursor_pos=0)
        assert table.current_index == 9
        table.set_sort_indicator("n", True)
        await pilot.pause()
        assert "n ▼" in screen_lines(table)[0]
        table.set_view([])
        await pilot.pause()
        assert table.row_count == 0 and table.current_index is None
        assert "Nothing here" in screen_lines(table)[1]
        await pilot.press("down", "enter")
        assert app.selected == []


async def test_columns_give_way_on_a_narrow_screen_and_the_last_fills_a_wide_one():
    rows = [("n" * 30, 1234, "c" * 30)]
    app = TableApp(rows)
    async with app.run_test(size=(30, 8)) as pilot:
        await pilot.pause()
        table = app.query_one(VirtualTable)
        assert table.content_width == table.scrollable_size.width
        assert table.widths[0] < 12 and table.widths[0] >= 6
    app = TableApp(rows)
    async with app.run_test(size=(100, 8)) as pilot:
        await pilot.pause()
        table = app.query_one(VirtualTable)
        assert table.widths[:2] == [12, 4]
        assert table.content_width == table.scrollable_size.width


def test_filter_accepts_the_csv_spelling_of_a_shown_value():
    """The app shows "sought asylum" where the CSV and CLI write sought_asylum:
    a filter in either spelling finds the row."""
    m = model([("sought asylum", 1, "Rome"), ("defected", 2, "Seoul")])
    assert list(m.filter([0, 1], "name:sought_asylum")) == [0]
    assert list(m.filter([0, 1], "sought asylum")) == [0]


def test_columns_that_give_way_shrink_first():
    """At a width that cannot hold every column whole, the columns marked to
    give way (the article title, the reporter) shrink first, so that actors
    and places stay whole."""
    from defect_tui.tui.widgets.incident_columns import COLUMNS as INCIDENT_COLUMNS
    from defect_tui.tui.widgets.row_model import fit_widths

    shown = [c for c in INCIDENT_COLUMNS if c.key not in ("review", "note")]  # (hidden while empty)
    names = [c.key for c in shown]
    natural = {"mark": 1, "date": 10, "status": 14, "actor": 30, "reports": 4, "role": 12, "count": 5,
               "origin": 24, "destination": 20, "reported_by": 28, "article": 60}
    widths = fit_widths(shown, [natural[k] for k in names], 160)
    got = dict(zip(names, widths))
    assert got["actor"] == 30 and got["origin"] == 24 and got["destination"] == 20
    assert got["article"] < 60 and sum(w + 2 for w in widths) <= 160


def test_rows_by_article_are_runs_and_lists_where_rows_stand_apart() -> None:
    """A review re-reads one article's rows by their indices: the store reads
    an article's rows together (a compact range each), and an article whose
    rows stand apart (an added row at the end) still finds them all."""
    from types import SimpleNamespace

    from defect_tui.tui.widgets.row_loading import rows_by_article

    rows = [SimpleNamespace(article_id=a) for a in ["a", "a", "b", "c", "c", "c", "a"]]
    index = rows_by_article(rows)  # type: ignore[arg-type]
    assert {k: list(v) for k, v in index.items()} == {"a": [0, 1, 6], "b": [2], "c": [3, 4, 5]}
    assert isinstance(index["c"], range)
    assert rows_by_article([]) == {}


def test_filter_codes_take_two_bytes_until_a_column_outgrows_them() -> None:
    """A column's codes are two bytes each while it has at most 65,536
    distinct values; a review that brings one more widens them, and the
    filter still finds every row."""
    from defect_tui.tui.widgets.filter_index import FilterIndex

    rows = [f"name {i}" for i in range(1 << 16)]
    index = FilterIndex(rows, [lambda row: row])
    assert index.columns[0].codes.itemsize == 2
    index.replace(7, "a name never seen")
    assert index.columns[0].codes.itemsize == 4
    found = list(index.keep(range(len(rows)), index.mask("never seen", None, False)))
    assert found == [7]
    assert list(index.keep(range(len(rows)), index.mask("name 65535", 0, False))) == [65535]


def test_a_column_of_one_value_keeps_no_codes_until_a_row_changes() -> None:
    """Every row holding the same text (the marks' column, an empty note)
    needs no code per row; a review that changes one row brings them, and
    the filter finds that row and the others apart."""
    from defect_tui.tui.widgets.filter_index import FilterIndex

    rows = ["" for _ in range(6)]
    index = FilterIndex(rows, [lambda row: row])
    assert index.columns[0].codes is None
    assert index.mask("x", 0, False) == 0 and list(index.keep(range(6), index.mask("x", 0, True))) == list(range(6))
    index.replace(4, "checked twice")
    assert list(index.keep(range(6), index.mask("twice", 0, False))) == [4]
    assert list(index.keep(range(6), index.mask("twice", 0, True))) == [0, 1, 2, 3, 5]
