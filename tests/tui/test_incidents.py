"""The incident table: marks, export, evidence, sort, filter."""

from __future__ import annotations

import csv

from defect_tui.index.models import INCIDENT_COLUMNS
from defect_tui.tui.screens.export_dialog import ExportDialog
from defect_tui.tui.widgets.incident_table import IncidentPane
from defect_tui.tui.widgets.reader import ReaderPane
from defect_tui.tui.widgets.search_pane import SearchPane

from .conftest import wait_for, wait_ready


async def test_mark_two_and_export_them(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        assert len(pane.shown()) >= 2, "the seeds produce incidents"
        await pilot.press("f4")
        await pilot.press("space", "space")
        assert len(pane.marked) == 2
        assert "2 marked" in pane.border_title
        expected = [inc.incident_id for inc in pane.marked_shown()]
        await pilot.press("e")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
        name = app.screen.query_one("#export-path").value
        assert name == "incidents-20240506-0708.csv"
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, ExportDialog), what="dialog closed")
        with open(tmp_path / name, newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        assert tuple(rows[0]) == INCIDENT_COLUMNS
        assert [r[0] for r in rows[1:]] == expected
        assert any("2 incidents written to" in n.message for n in app._notifications)


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
        await pilot.press("S")
        assert [inc.status for inc in pane.shown()] == sorted(statuses, reverse=True)
        # only the incidents of the current results
        app.query_one(SearchPane).set_query("Shigemura")
        await wait_for(pilot, lambda: app.query_one(SearchPane).result.query == "Shigemura")
        await pilot.press("f")
        await wait_for(pilot, lambda: pane.scope == "results" and not pane.loading_rows)
        ids = {hit.id for hit in app.query_one(SearchPane).result.hits}
        assert all(inc.article_id in ids for inc in pane.shown())
        assert "in results" in pane.border_title
        await pilot.press("f")
        await wait_for(pilot, lambda: pane.scope == "all" and not pane.loading_rows)
        assert len(pane.shown()) == total


async def test_mark_all_then_unmark_all(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await pilot.press("f4", "a")
        assert len(pane.marked) == len(pane.shown()) > 0
        await pilot.press("a")
        assert not pane.marked
