"""The incident table: marks, export, evidence, sort, scope, quick filter."""

from __future__ import annotations

import csv
from dataclasses import replace

from defect_tui.index.models import INCIDENT_COLUMNS, Incident
from defect_tui.tui.messages import IncidentsLoaded
from defect_tui.tui.screens.export_dialog import ExportDialog
from defect_tui.tui.widgets.incident_table import FilterInput, IncidentPane
from defect_tui.tui.widgets.reader import ReaderPane
from defect_tui.tui.widgets.search_pane import SearchPane

from .conftest import record_notices, wait_for, wait_ready


def rows_on_screen(pane: IncidentPane) -> list[str]:
    """The table's lines as drawn (header first)."""
    table = pane.table
    return [table.render_line(y).text for y in range(table.scrollable_size.height)]


def fake(n: int, **kw) -> Incident:
    base = Incident(f"x{n:03d}", f"art{n % 3}", f"Article {n}", "2015-01-01", "2015", "year", "defected",
                    f"actor {n}", "", "diplomat", None, "North Korea", "South Korea", "NIS",
                    f"Sentence {n}.", 0, 10)
    return replace(base, **kw)


async def load_rows(pilot, pane: IncidentPane, rows: list[Incident]) -> None:
    """Hand the pane our own rows, as its loader would."""
    pane.post_message(IncidentsLoaded(pane._serial, rows, pane.scope))
    await wait_for(pilot, lambda: len(pane.incidents) == len(rows) and pane.table.row_count == len(rows))
    await pilot.pause()


async def read_export(pilot, app, tmp_path) -> list[list[str]]:
    await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
    name = app.screen.query_one("#export-path").value
    await pilot.press("enter")
    await wait_for(pilot, lambda: not isinstance(app.screen, ExportDialog), what="dialog closed")
    with open(tmp_path / name, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


async def test_mark_two_and_export_them(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    notices = record_notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        assert len(pane.shown()) >= 3, "the seeds produce incidents"
        await pilot.press("f4")
        first, second, third = pane.shown()[:3]
        await pilot.press("space", "space")
        assert pane.marked == {first.incident_id, second.incident_id}
        assert pane.current() is third, "space moves down a row"
        assert "2 marked" in pane.border_title
        lines = rows_on_screen(pane)
        assert lines[1].lstrip().startswith("✓") and lines[2].lstrip().startswith("✓")
        assert not lines[3].lstrip().startswith("✓")
        # space again on a marked row unmarks it
        await pilot.press("k", "space")
        assert pane.marked == {first.incident_id}
        assert "1 marked" in pane.border_title
        await pilot.press("k", "space")
        assert pane.marked == {first.incident_id, second.incident_id}
        expected = [inc.incident_id for inc in pane.marked_shown()]
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        assert app.screen.query_one("#export-path").value == "incidents-20240506-0708.csv"
        rows = await read_export(pilot, app, tmp_path)
        assert tuple(rows[0]) == INCIDENT_COLUMNS
        assert [r[0] for r in rows[1:]] == expected
        assert any("2 incidents written to" in n for n in notices)


async def test_export_without_marks_writes_every_shown_row(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        rows = [fake(i, status="attempted" if i % 2 else "defected") for i in range(12)]
        await load_rows(pilot, pane, rows)
        pane.set_filter("attempted")
        await pilot.pause()
        shown = [inc.incident_id for inc in pane.shown()]
        assert len(shown) == 6
        await pilot.press("f4", "e")
        out = await read_export(pilot, app, tmp_path)
        assert [r[0] for r in out[1:]] == shown


async def test_marks_survive_the_quick_filter_and_all_marked_rows_export(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        rows = [fake(i, origin="China" if i < 5 else "Russia") for i in range(10)]
        await load_rows(pilot, pane, rows)
        await pilot.press("f4")
        pane.set_filter("china")
        await pilot.pause()
        await pilot.press("space")  # first China row
        pane.set_filter("russia")
        await pilot.pause()
        await pilot.press("j", "space")  # second Russia row
        marked = pane.marked.copy()
        assert len(marked) == 2 and "2 marked" in pane.border_title
        pane.set_filter("")
        await pilot.pause()
        await pilot.press("e")
        out = await read_export(pilot, app, tmp_path)
        assert {r[0] for r in out[1:]} == marked and len(out) == 3


async def test_export_asks_before_overwriting(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out.csv").write_text("keep me\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("f4", "e")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        box = app.screen.query_one("#export-path")
        box.value = "out.csv"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert "exists" in app.screen.query_one("#export-message").content.plain
        assert (tmp_path / "out.csv").read_text(encoding="utf-8") == "keep me\n"
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, ExportDialog))
        assert (tmp_path / "out.csv").read_text(encoding="utf-8").startswith("incident_id,")


async def test_export_error_stays_in_dialog(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("f4", "e")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        app.screen.query_one("#export-path").value = "no/such/folder/x.csv"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert "does not exist" in app.screen.query_one("#export-message").content.plain
        await pilot.press("escape")
        assert not isinstance(app.screen, ExportDialog)
        assert app.is_running


async def test_enter_on_incident_opens_evidence(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await pilot.press("f4")
        # the last row: its evidence is likely further down its article
        await pilot.press("G")
        inc = pane.current()
        assert inc is pane.shown()[-1]
        assert inc is not None and inc.evidence_start >= 0
        await pilot.press("enter")
        reader = app.query_one(ReaderPane)
        await wait_for(pilot, lambda: reader.article is not None and reader.article.id == inc.article_id)
        await pilot.pause()
        view = reader.view
        style = app.settings.colors["evidence"]
        spans = [s for s in view.text.spans if str(s.style) == style]
        assert spans and (spans[0].start, spans[0].end) == (inc.evidence_start, inc.evidence_end)
        assert view.line_of_offset(inc.evidence_start) in view.visible_lines()
        assert app.focused is pane.table  # keep working down the table


async def test_click_on_the_cursor_row_opens_it(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        second = pane.shown()[1]
        await pilot.click(pane.table, offset=(20, 2))  # header is line 0: line 2 is the second row
        assert pane.current() is second
        await pilot.click(pane.table, offset=(20, 2))
        reader = app.query_one(ReaderPane)
        await wait_for(pilot, lambda: reader.article is not None and reader.article.id == second.article_id)


async def test_sort_and_filter(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        total = len(pane.shown())
        await pilot.press("f4", "s")
        assert pane.sort_column == "status"
        statuses = [inc.status for inc in pane.shown()]
        assert statuses == sorted(statuses)
        assert "sort status" in pane.border_title
        assert "status ▲" in rows_on_screen(pane)[0]
        await pilot.press("S")
        assert [inc.status for inc in pane.shown()] == sorted(statuses, reverse=True)
        assert "status ▼" in rows_on_screen(pane)[0]
        await pilot.press("s", "s")  # actor, then the "same" column: the title names it as headed
        assert pane.sort_column == "reports" and "sort same" in pane.border_title
        # only the incidents of the current results
        app.query_one(SearchPane).set_query("Shigemura")
        await wait_for(pilot, lambda: app.query_one(SearchPane).result.query == "Shigemura")
        await pilot.press("f")
        await wait_for(pilot, lambda: pane.scope == "results" and not pane.loading_rows)
        ids = {hit.id for hit in app.query_one(SearchPane).result.hits}
        assert pane.shown() and all(inc.article_id in ids for inc in pane.shown())
        assert len(pane.shown()) < total
        assert "in results" in pane.border_title
        await pilot.press("f")
        await wait_for(pilot, lambda: pane.scope == "all" and not pane.loading_rows)
        assert len(pane.shown()) == total


async def test_sort_every_column_orders_rows(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        rows = [
            fake(0, date="2016-05", count=9, actor="b", actor_name="", origin=""),
            fake(1, date="2015", count=10, actor="C", actor_name="", origin="Beijing"),
            fake(2, date="", count=None, actor="a", actor_name="", origin="amman"),
            fake(3, date="2015-04-12", count=2, actor="", actor_name="Zed", origin="Cairo"),
        ]
        await load_rows(pilot, pane, rows)
        ids = lambda: [inc.incident_id for inc in pane.shown()]  # noqa: E731
        # the default: newest first, undated last
        assert (pane.sort_column, pane.sort_reverse) == ("date", True)
        assert ids() == ["x000", "x003", "x001", "x002"]
        pane.sort_by("count", False)  # numbers, not text: 2 < 9 < 10; empty last
        assert ids() == ["x003", "x000", "x001", "x002"]
        pane.sort_by("count", True)
        assert ids() == ["x001", "x000", "x003", "x002"]
        pane.sort_by("actor", False)  # case-insensitive, the name when there is one
        assert ids() == ["x002", "x000", "x001", "x003"]
        pane.sort_by("origin", False)
        assert ids() == ["x002", "x001", "x003", "x000"]
        pane.sort_by("origin", True)  # empty stays last when reversed
        assert ids() == ["x003", "x001", "x002", "x000"]
        # `s` walks through every sortable column and wraps around
        await pilot.press("f4")
        seen = []
        for _ in range(10):
            await pilot.press("s")
            seen.append(pane.sort_column)
        assert seen == ["destination", "reported_by", "article", "date", "status", "actor", "reports", "role",
                        "count", "origin"]


async def test_mark_all_then_unmark_all(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await pilot.press("f4", "a")
        assert len(pane.marked) == len(pane.shown()) > 0
        assert all(line.lstrip().startswith("✓") for line in rows_on_screen(pane)[1:1 + len(pane.shown())])
        await pilot.press("a")
        assert not pane.marked
        assert "marked" not in pane.border_title


async def test_mark_all_marks_only_the_filtered_rows(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        rows = [fake(i, role="consul" if i % 3 == 0 else "diplomat") for i in range(9)]
        await load_rows(pilot, pane, rows)
        pane.set_filter("role:consul")
        await pilot.press("f4", "a")
        assert pane.marked == {inc.incident_id for inc in rows if inc.role == "consul"}


async def test_quick_filter_narrows_rows_as_you_type(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        rows = [
            fake(0, actor_name="Thae Yong-ho", role="minister", origin="London"),
            fake(1, actor_name="Kim Jong-un", role="leader", origin="Pyongyang"),
            fake(2, actor_name="Jo Song-gil", role="acting ambassador", origin="Rome"),
            fake(3, actor_name="Ri Il-gyu", role="counsellor", origin="Havana", article_title="Cuba exit"),
        ]
        await load_rows(pilot, pane, rows)
        await pilot.press("f4", "ctrl+f")
        box = pane.query_one(FilterInput)
        assert app.focused is box and box.display
        await pilot.press(*"ROM")  # case-insensitive, any column (origin here)
        await wait_for(pilot, lambda: pane.filter_text == "ROM")
        assert [inc.incident_id for inc in pane.shown()] == ["x002"]
        assert "1 of 4" in pane.border_title
        assert "Jo Song-gil" in rows_on_screen(pane)[1] and "Thae" not in "".join(rows_on_screen(pane))
        await pilot.press("enter")  # back to the rows, filter kept
        assert app.focused is pane.table and pane.filter_text == "ROM" and box.display
        await pilot.press("escape")  # on the table: clears the filter
        assert pane.filter_text == "" and len(pane.shown()) == 4 and not box.display
        assert pane.current().incident_id == "x002", "the cursor stays on the row found"
        # several words: all of them, in any columns; a column; a negation; a phrase
        for query, expected in [
            ("cuba ri", ["x003"]),
            ("role:amb", ["x002"]),
            ("origin:rome", ["x002"]),
            ("actor:london", []),
            ("-kim -ri", ["x000", "x002"]),
            ('"acting ambassador"', ["x002"]),
            ("nosuchword", []),
        ]:
            pane.set_filter(query)
            await pilot.pause()
            assert sorted(inc.incident_id for inc in pane.shown()) == expected, query
        await pilot.press("ctrl+f", "escape")  # escape in the box clears it too
        assert pane.filter_text == "" and len(pane.shown()) == 4
        assert app.focused is pane.table


async def test_typing_in_the_quick_filter_is_text_not_table_keys(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        sort, scope = (pane.sort_column, pane.sort_reverse), pane.scope
        await pilot.press("f4", "ctrl+f", "s", "a", "f", "e", "space", "S", "q", "j")
        assert pane.query_one(FilterInput).value == "safe Sqj"
        assert not pane.marked and (pane.sort_column, pane.sort_reverse) == sort and pane.scope == scope
        assert app.is_running and not isinstance(app.screen, ExportDialog)


async def test_quick_filter_keeps_the_sort_and_the_sort_keeps_the_filter(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        rows = [fake(i, actor_name=f"Kim {chr(ord('a') + (7 * i) % 10)}", origin="Oslo" if i % 2 else "Rome")
                for i in range(10)]
        await load_rows(pilot, pane, rows)
        pane.sort_by("actor", False)
        pane.set_filter("oslo")
        await pilot.pause()
        names = [inc.actor_name for inc in pane.shown()]
        assert len(names) == 5 and names == sorted(names)
        pane.sort_by("actor", True)
        names = [inc.actor_name for inc in pane.shown()]
        assert len(names) == 5 and names == sorted(names, reverse=True)
        assert all(inc.origin == "Oslo" for inc in pane.shown())


async def test_markup_and_escapes_in_cells_are_shown_literally(make_app):
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        rows = [fake(0, actor_name="[bold red]Kim[/bold red]", role="[link=x]r[/link]",
                     reported_by="\x1b[31mNIS", article_title="[/]broken")]
        await load_rows(pilot, pane, rows)
        line = pane.table.render_line(1)
        text = line.text
        assert "[bold red]Kim[/bold red]" in text
        assert "[link=x]r[/link]" in text
        assert "[/]broken" in text
        assert "\x1b" not in text and "␛[31mNIS" in text
        for segment in line:
            style = segment.style
            assert style is None or (not style.link and not (style.color and style.color.name == "red"))


async def test_table_fits_80_columns_and_scrolls_sideways(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        rows = [fake(i, actor_name="A" * 40, article_title="T" * 60, reported_by="R" * 30) for i in range(3)]
        await load_rows(pilot, pane, rows)
        table = pane.table
        assert table.content_width > table.scrollable_size.width, "too wide for 80 columns"
        # the widest columns gave way, none below its minimum
        assert all(w >= min(c.min_width, n) for w, n, c in zip(table.widths, table.natural_widths, table.columns))
        assert table.widths[3] < table.natural_widths[3]
        header = rows_on_screen(pane)[0]
        assert "date" in header and "status" in header
        await pilot.press("f4", "right", "right", "right", "right", "right", "right")
        await pilot.pause()
        assert table.scroll_x > 0
        assert "article" in rows_on_screen(pane)[0]


async def test_same_event_in_several_articles_is_shown_and_sorts_together(make_app):
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        rows = [
            fake(0, actor_name="Jo Song-gil", group_key="cho songgil", group_size=2),
            fake(1, actor_name="Thae Yong-ho", group_key="thae yongho", group_size=3),
            fake(2, actor_name="Cho Song Gil", group_key="cho songgil", group_size=2),
            fake(3, actor_name="", actor="a soldier"),
            fake(4, actor_name="Thae Yong Ho", group_key="thae yongho", group_size=3),
        ]
        await load_rows(pilot, pane, rows)
        pane.sort_by("reports", True)
        shown = [inc.incident_id for inc in pane.shown()]
        assert shown[:2] == ["x001", "x004"] and set(shown[2:4]) == {"x000", "x002"} and shown[4] == "x003"
        from defect_tui.tui.widgets.incident_columns import incident_cells

        assert "×3" in incident_cells(rows[1]) and "×2" in incident_cells(rows[0])
        assert not any(c.startswith("×") for c in incident_cells(rows[3]))


async def test_marks_survive_the_results_view_losing_the_row(make_app):
    """F4, mark, f (results only), a query that drops the marked row, back to
    all: the mark was lost without a word."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await pilot.press("f4", "space")
        marked = set(pane.marked)
        assert len(marked) == 1
        await pilot.press("f")
        await wait_for(pilot, lambda: pane.scope == "results" and not pane.loading_rows)
        app.query_one(SearchPane).set_query("zzzzqqq")
        await wait_for(pilot, lambda: app.query_one(SearchPane).result.query == "zzzzqqq")
        await wait_for(pilot, lambda: not pane.loading_rows and not pane.shown())
        await pilot.press("f4", "f")
        await wait_for(pilot, lambda: pane.scope == "all" and not pane.loading_rows and pane.shown())
        assert pane.marked == marked and "1 marked" in pane.border_title


async def test_details_show_the_current_row_in_full(make_app):
    from defect_tui.tui.screens.incident_detail import IncidentDetailScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await pilot.press("f4", "i")
        await pilot.pause(0.1)
        assert isinstance(app.screen, IncidentDetailScreen)
        inc = pane.current()
        shown = app.screen.query_one("#detail-evidence").render()
        assert inc.evidence[:40] in str(shown)
        await pilot.press("escape")
        await pilot.pause(0.1)
        assert not isinstance(app.screen, IncidentDetailScreen)


async def test_copy_the_current_row_and_its_evidence(make_app):
    app = make_app()
    copied: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await pilot.press("f4", "c", "C")
        inc = pane.current()
        assert copied[0].startswith((inc.date or "undated") + " · ") and inc.actor in copied[0]
        assert copied[1] == inc.evidence


async def test_columns_chosen_are_shown_and_kept(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        pane.show_columns(["date", "status", "actor", "origin"])
        await pilot.pause(0.1)
        assert [c.key for c in pane.table.columns] == ["mark", "date", "status", "actor", "origin"]
        header = rows_on_screen(pane)[0]
        assert "origin" in header and "reported by" not in header
        assert len(pane.table.cells_of(pane.shown()[0])) == 5
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        assert [c.key for c in app.query_one(IncidentPane).table.columns] == ["mark", "date", "status", "actor", "origin"]


async def test_the_columns_dialog(make_app):
    from defect_tui.tui.screens.columns import ColumnsScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await pilot.press("f4", "v")
        await pilot.pause(0.1)
        assert isinstance(app.screen, ColumnsScreen)
        await pilot.press("space", "enter")  # hide the first choice (date)
        await pilot.pause(0.1)
        assert "date" not in [c.key for c in pane.table.columns]
        # move a column: "]" takes the highlighted one down the list (right in the table)
        await pilot.press("v")
        await pilot.pause(0.1)
        await pilot.press("right_square_bracket", "right_square_bracket", "enter")  # status after actor, reports
        await pilot.pause(0.1)
        keys = [c.key for c in pane.table.columns]
        assert keys[:4] == ["mark", "actor", "reports", "status"], keys
        header = rows_on_screen(pane)[0]
        assert header.index("actor") < header.index("status")
        # the dialog lists the shown columns in their order, the hidden ones after
        await pilot.press("v")
        await pilot.pause(0.1)
        listed = [app.screen.query_one("SelectionList").get_option_at_index(i).value for i in range(3)]
        assert listed == ["actor", "reports", "status"]


async def test_maximised_at_160_columns_the_cells_are_whole(make_app):
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await pilot.press("f4")
        app.screen.maximize(pane)
        await pilot.pause(0.2)
        screen = "\n".join(rows_on_screen(pane)[1:])
        shown = pane.shown()[:10]
        assert shown
        for inc in shown:  # actors and places whole (the article title and reporter give way)
            for value in (inc.actor, inc.origin, inc.destination):
                if len(value) <= 40:
                    assert value in screen, value


async def test_frequencies_of_a_column_narrow_the_table(make_app):
    from defect_tui.tui.screens.frequencies import FrequencyScreen

    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        rows = [fake(0, status="defected"), fake(1, status="defected"), fake(2, status="attempted"),
                fake(3, status="sought_asylum", destination="")]
        await load_rows(pilot, pane, rows)
        pane.sort_by("status", False)
        await pilot.press("f4", "F")
        await wait_for(pilot, lambda: isinstance(app.screen, FrequencyScreen), what="frequencies")
        screen = app.screen
        assert screen.values[0] == ("defected", 2) and len(screen.values) == 3
        await pilot.press("right")  # the next column: actor
        assert screen.columns[screen.index][0] != "status"
        await pilot.press("left", "enter")  # back to status, the most frequent value
        await wait_for(pilot, lambda: not isinstance(app.screen, FrequencyScreen), what="closed")
        assert pane.filter_text == 'status:"defected"'
        assert sorted(r.incident_id for r in pane.shown()) == ["x000", "x001"]


async def _open_view(pilot, key: str, screen_type):
    """The view `key` opens from the incident table, once it lists its rows."""
    app = pilot.app
    await pilot.press("f4", key)
    await wait_for(pilot, lambda: isinstance(app.screen, screen_type) and app.screen.items, what=screen_type.__name__)
    return app.screen


async def _open_first_report(pilot, screen):
    """Enter to the reports of the highlighted row, Enter on the first:
    the reader, with that report's article open and the view closed."""
    from defect_tui.tui.widgets.reader import ReaderPane

    reports = screen.query_one(f"#{screen.PREFIX}-reports")
    await wait_for(pilot, lambda: reports.row_count >= 1, what="reports of the first row")
    await pilot.press("enter", "enter")  # to the reports, then open the first
    reader = pilot.app.query_one(ReaderPane)
    await wait_for(pilot, lambda: reader.article is not None, what="evidence opened")
    assert pilot.app.screen is not screen
    return reader


async def test_the_events_view_merges_reports_and_opens_evidence(make_app):
    from defect_tui.tui.screens.events_view import EventsScreen

    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        screen = await _open_view(pilot, "V", EventsScreen)
        assert screen.events and sum(e.reports for e in screen.events) <= len(pane.incidents)
        await _open_first_report(pilot, screen)


async def test_the_figures_view_lists_statistics_with_their_periods_and_opens_evidence(make_app):
    from defect_tui.tui.screens.figures_view import FiguresScreen

    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        screen = await _open_view(pilot, "N", FiguresScreen)
        stats = [i for i in pane.incidents if i.status == "reported_count"]
        assert stats and sum(len(f.incident_ids) for f in screen.items) == len(stats)
        assert all(f.period_kind for f in screen.items)  # each seed figure says what period it covers
        assert "Reported figures:" in str(screen.query_one("#figures-box").border_title)
        await wait_for(pilot, lambda: screen.query_one("#figures-reports").row_count >= 1, what="reports")
        assert screen.items[0].period in str(screen.query_one("#figures-reports-head").render())
        reader = await _open_first_report(pilot, screen)
        first = next(i for i in stats if i.incident_id == screen.items[0].incident_ids[0])
        assert reader.article.id == first.article_id


async def test_the_events_view_follows_the_tables_filter_and_narrows_by_frequency(make_app):
    from defect_tui.tui.screens.events_view import EventsScreen
    from defect_tui.tui.screens.frequencies import FrequencyScreen

    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        statuses = {i.status for i in pane.incidents if i.status != "reported_count"}
        assert len(statuses) > 1, "the seeds tell events of more than one status"
        status = sorted(statuses)[0]
        pane.set_filter(f"status:{status}")
        shown = {i.incident_id for i in pane.shown()}
        screen = await _open_view(pilot, "V", EventsScreen)
        table = screen.query_one("#events-table")
        await wait_for(pilot, lambda: len(table.view) > 0, what="events shown")
        listed = [screen.items[i] for i in table.view]
        assert listed and all(not shown.isdisjoint(e.incident_ids) for e in listed)
        assert len(listed) < len(screen.items)  # (the other statuses' events are merged, not shown)
        assert f"status:{status}" in str(screen.query_one("#events-box").border_title)
        # F: the values of a column among the shown events; Enter narrows to one, Esc shows all again
        await pilot.press("F")
        await wait_for(pilot, lambda: isinstance(app.screen, FrequencyScreen), what="frequencies")
        freq = app.screen
        await pilot.press("right")  # (the status column: never empty)
        assert freq.columns[freq.index][0] == "status"
        value, count = freq.values[0]
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen) and screen.narrowed, what="narrowed")
        assert len(table.view) == count and screen.narrowed[1] == value
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, EventsScreen) and screen.narrowed is None and len(table.view) == len(listed)
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, EventsScreen), what="closed")


async def test_the_timeline_counts_events_and_narrows_to_a_period(make_app):
    from defect_tui.tui.screens.timeline_view import TimelineScreen

    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        rows = [fake(0, date="2015-03", actor="a", group_key="a"), fake(1, date="2016", actor="b", group_key="b"),
                fake(2, date="2016-05", actor="b", group_key="b", status="attempted"),
                fake(3, date="2015", status="reported_count", actor="defectors", count=1275)]
        await load_rows(pilot, pane, rows)
        await pilot.press("f4", "T")
        await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen) and app.screen.ready, what="timeline")
        buckets = {b.period: b for b in app.screen.buckets}
        assert buckets["2016-05"].events == 1 and buckets["2015-03"].events == 1  # months: under three years
        assert sum(b.events for b in buckets.values()) == 2 and sum(b.statistics for b in buckets.values()) == 1
        await pilot.press("enter")  # the first period
        await wait_for(pilot, lambda: not isinstance(app.screen, TimelineScreen), what="closed")
        assert pane.filter_text == "date:2015-01"  # the first month (the 2015 figure)


async def test_a_large_table_shows_its_first_screen_before_the_rest(make_app, monkeypatch):
    """The first screen read from the index is the full table's first screen,
    with the number of rows in all; reviews wait for every row."""
    import defect_tui.tui.widgets.row_loading as table_module
    from defect_tui.tui.messages import RowsPreview

    monkeypatch.setattr(table_module, "PREVIEW_FROM", 2)  # (the seeds: a few rows stand for many)
    monkeypatch.setattr(table_module, "PREVIEW_ROWS", 3)
    seen: list[tuple[list[str], str, bool]] = []
    shown = IncidentPane.on_rows_preview

    def spy(pane: IncidentPane, message: RowsPreview) -> None:
        shown(pane, message)
        seen.append(([pane.incidents[i].incident_id for i in pane.table.view], pane.border_title,
                     pane.check_action("review", ("confirm",))))

    monkeypatch.setattr(IncidentPane, "on_rows_preview", spy)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await wait_for(pilot, lambda: not pane.loading_rows and pane.incidents)
        assert seen, "the first screen was shown on its own"
        first_ids, title, review_allowed = seen[0]
        total = len(pane.incidents)
        assert total > 3
        assert first_ids == [inc.incident_id for inc in pane.shown()[:3]]
        assert f"Incidents all: {total}" in title and "loading" in title
        assert review_allowed is False
        assert pane.check_action("review", ("confirm",)) is True
