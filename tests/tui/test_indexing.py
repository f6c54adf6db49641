"""Indexing from inside the app: a folder large enough for the worker pool."""

from __future__ import annotations

from pathlib import Path

from defect_tui.index.config import load_settings
from defect_tui.tui.app import DefectApp
from defect_tui.tui.widgets.search_pane import SearchPane

from .conftest import wait_for


async def test_app_indexes_a_folder_big_enough_for_worker_processes(tmp_path: Path) -> None:
    """Past a few dozen files the build uses a process pool; started under the
    app (whose stderr is captured) it once failed with "bad value(s) in
    fds_to_keep" and no folder of real size could be indexed from the app."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):
        (folder / f"a{i:02}.txt").write_text(
            f"Envoy story {i}\n\nA North Korean diplomat defected to Seoul in April {2000 + i % 20}, officials said.\n",
            encoding="utf-8")
    app = DefectApp(load_settings(corpus=[folder], index_dir=tmp_path / "ix"))
    async with app.run_test(size=(120, 40)) as pilot:
        from defect_tui.tui.screens.error import ErrorScreen

        await wait_for(pilot, lambda: (app.ready and not app.indexing) or isinstance(app.screen, ErrorScreen),
                       timeout=60, what="index ready")
        assert not isinstance(app.screen, ErrorScreen), "indexing failed in the app"
        pane = app.query_one(SearchPane)
        await wait_for(pilot, lambda: pane.result is not None, what="first results")
        assert pane.result.total == 60


async def test_app_opens_on_the_built_index_then_shows_what_the_update_added(settings, corpus_dir) -> None:
    """The built index is shown at once (IndexOpened) while the update runs;
    what the update then adds reaches the results and the table."""
    from defect_tui.index.api import open_corpus
    from defect_tui.tui.widgets.incident_table import IncidentPane

    with open_corpus(settings) as c:
        c.update()
    (corpus_dir / "new.txt").write_text(
        "Envoy defects\n\nA North Korean envoy defected to Seoul in April 2024, officials said.\n", encoding="utf-8")
    app = DefectApp(settings)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.ready and not app.indexing, what="index ready")
        pane = app.query_one(SearchPane)
        await wait_for(pilot, lambda: pane.result is not None and pane.result.total == 3, what="3 articles")
        table = app.query_one(IncidentPane)
        await wait_for(pilot, lambda: not table.loading_rows and any(
            i.article_id == "new" for i in table.incidents), what="the new article's incident")
