"""Opening an article: entity colours, hit marks, n/N, hostile text."""

from __future__ import annotations

from defect_tui.index.models import LABELS
from defect_tui.tui.widgets.reader import ReaderPane
from defect_tui.tui.widgets.search_pane import SearchInput, SearchPane

from .conftest import open_by_search, wait_for, wait_ready


def styles_at(text, offset: int) -> list[str]:
    return [str(span.style) for span in text.spans if span.start <= offset < span.end]


async def open_first_result(pilot, query: str) -> ReaderPane:
    app = pilot.app
    pane = app.query_one(SearchPane)
    pane.set_query(query)
    await wait_for(pilot, lambda: pane.result.query == query and pane.result.hits, what=f"results for {query}")
    await pilot.click("#search-input")
    await pilot.press("enter")  # opens the highlighted result
    reader = app.query_one(ReaderPane)
    await wait_for(pilot, lambda: reader.article is not None, what="article open")
    await pilot.pause()
    return reader


async def test_open_result_shows_article_with_entities_and_hits(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        reader = await open_first_result(pilot, "Shigemura")
        view = reader.view
        assert reader.article.title.startswith("Number of North Korean Senior Officials")
        assert app.focused is view
        colors = app.settings.colors
        # every entity span of the article is styled with its label colour
        used = {str(span.style) for span in view.text.spans}
        labels_present = {label for _, _, label in view.entities}
        assert labels_present, "the extractor found entities in the seed"
        for label in labels_present & set(LABELS):
            assert colors[label] in used
        start, end, label = view.entities[0]
        assert colors[label] in styles_at(view.text, start)
        # the hit is marked on top, and the legend counts labels
        assert view.hits
        s, e = view.hits[0]
        assert view.text.plain[s:e].lower().startswith("shigemura")
        assert colors["hit"] in styles_at(view.text, s)
        legend = app.query_one("#reader-legend").content.plain
        assert "person" in legend and "hits" in legend


async def test_n_and_shift_n_jump_between_hits(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        reader = await open_first_result(pilot, "korea*")
        view = reader.view
        assert len(view.hits) >= 3
        await pilot.press("n")
        assert reader.border_subtitle == f"hit 1/{len(view.hits)}"
        await pilot.press("n", "n")
        await pilot.pause()
        assert reader.border_subtitle == f"hit 3/{len(view.hits)}"
        line = view.line_of_offset(view.hits[2][0])
        assert line in view.visible_lines()
        await pilot.press("N")
        assert reader.border_subtitle == f"hit 2/{len(view.hits)}"
        # the last hit is scrolled into view too
        for _ in range(len(view.hits) - 2):
            await pilot.press("n")
        await pilot.pause()
        assert view.current_hit == len(view.hits) - 1
        assert view.line_of_offset(view.hits[-1][0]) in view.visible_lines()


HOSTILE = (
    "Hostile [red]x[/red] headline\n\n"
    "A defector wrote [@click=app.quit]quit[/] and [bold]bold[/bold] here.\n"
    "Escape codes: \x1b[31mred\x1b[0m and a bell \x07 end.\n"
)


async def test_hostile_article_shows_literally(make_app, corpus_dir):
    (corpus_dir / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        reader = await open_first_result(pilot, "hostile")
        assert "[red]x[/red]" in app.query_one("#reader-header").content.plain
        body = reader.view.text.plain
        assert "[@click=app.quit]quit[/]" in body
        assert "[bold]bold[/bold]" in body
        assert "\x1b" not in body and "\x07" not in body
        # and on screen: the result row and the reader show the brackets
        shot = app.export_screenshot()
        assert "[red]x[/red]" in shot
        assert "[@click=app.quit]quit[/]" in shot
        await pilot.click("#article-view")
        assert app.is_running


async def test_reader_says_when_the_open_article_was_removed(make_app, corpus_dir):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        reader = await open_first_result(pilot, "Shigemura")
        assert reader.article is not None
        (corpus_dir / f"{reader.article.id}.txt").unlink()
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: reader.article is None, what="reader cleared")
        header = reader.query_one("#reader-header").content.plain
        assert "removed from the corpus" in header and "Number of North Korean" in header
        assert reader.view.body == ""


async def test_copy_citation_and_the_url_in_the_header(make_app, corpus_dir):
    (corpus_dir / "cited.md").write_text(
        "---\ntitle: Envoy defects\ndate: 2020-05-01\nsource: Example Wire\nauthors: [Ann Lee]\n"
        "url: https://example.org/envoy\n---\n\nA North Korean envoy in Rome defected in April.\n", encoding="utf-8")
    app = make_app()
    copied: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
        await wait_ready(pilot)
        pane = app.query_one(SearchPane)
        pane.set_query("title:envoy")
        await wait_for(pilot, lambda: pane.result is not None and pane.result.query == "title:envoy" and pane.result.hits)
        app.query_one(SearchInput).focus()
        await pilot.press("enter")
        reader = app.query_one(ReaderPane)
        await wait_for(pilot, lambda: reader.article is not None)
        await pilot.press("f3", "c")
        assert copied == ["Envoy defects. Example Wire. 2020-05-01. by Ann Lee. https://example.org/envoy."]
        assert "https://example.org/envoy" in str(app.query_one("#reader-header").render())


async def test_the_evidence_sentence_lands_a_third_down_the_reader(make_app):
    """From the incident table (enter), an evidence sentence below the
    first screen is scrolled to about a third of the way down, not to the
    bottom edge."""
    from defect_tui.tui.widgets.incident_table import IncidentPane

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        reader = app.query_one(ReaderPane)
        scrolled = 0
        for n in range(len(pane.shown())):
            await pilot.press("f4")
            pane.table.move_cursor(n)
            await pilot.press("enter")
            await wait_for(pilot, lambda: reader.view.evidence is not None and reader.view._scheduled is None
                           and reader.view._pending_offset is None, what="evidence shown")
            await pilot.pause(0.1)
            view = reader.view
            height = view.scrollable_content_region.height
            line = view.line_of_offset(view.evidence[0])
            if line < height:
                continue  # on the first screen: no scrolling needed
            scrolled += 1
            assert 0 <= line - view.scroll_y <= height // 2, (line, view.scroll_y, height)
        assert scrolled, "no evidence sentence below the first screen: the test shows nothing"


async def test_a_web_page_reads_as_its_story_and_says_so(make_app, corpus_dir):
    from formats.make_files import web_page  # tests/ is on sys.path (rootdir import mode)

    (corpus_dir / "saved.html").write_bytes(web_page(
        "Diplomat in Kuwait defects", ["A senior North Korean diplomat in Kuwait defected to South Korea in "
                                       "September 2019, officials said on Monday in Seoul."] * 3,
        date="2020-10-05", site="Yonhap"))
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot)
        await open_by_search(pilot, "Kuwait")
        header = str(app.query_one("#reader-header").render())
        assert "HTML saved.html" in header and "Yonhap" in header


async def test_a_pdf_shows_the_page_in_view(make_app, corpus_dir):
    from formats.make_files import pdf  # tests/ is on sys.path (rootdir import mode)

    pages = [[f"Page {n} tells of the Kuwait diplomat who defected, line {k} of the report text here."
              for k in range(30)] for n in range(1, 5)]
    (corpus_dir / "report.pdf").write_bytes(pdf(pages))
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot)
        reader = await open_by_search(pilot, "Kuwait")
        assert reader.article.id == "report"
        await pilot.press("f3", "g")
        await wait_for(pilot, lambda: "page 1/4" in str(reader.border_subtitle), what="page 1")
        await pilot.press("G")
        await wait_for(pilot, lambda: "page 4/4" in str(reader.border_subtitle), what="page 4")
