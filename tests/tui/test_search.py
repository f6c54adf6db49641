"""Typing a query, reading the status line, history."""

from __future__ import annotations

from defect_tui.index.locations import history_path
from defect_tui.index.models import SearchResult
from defect_tui.tui.messages import SearchDone
from defect_tui.tui.widgets.search_pane import ResultList, SearchInput, SearchPane, StatusLine

from .conftest import burst, wait_for, wait_ready


def titles(app) -> list[str]:
    return [hit.title for hit in app.query_one(ResultList).hits]


def status(app) -> str:
    return app.query_one(StatusLine).content.plain


async def test_search_box_has_focus_and_empty_query_lists_all(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        assert isinstance(app.focused, SearchInput)
        assert len(titles(app)) == 2
        assert "2 articles newest first" in status(app)


async def test_typing_updates_results_and_count(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press(*"Shigemura")
        await wait_for(pilot, lambda: app.query_one(SearchPane).result.query == "Shigemura", what="search")
        assert len(titles(app)) == 1
        assert titles(app)[0].startswith("Number of North Korean Senior Officials")
        assert "1 article match" in status(app)
        # the snippet in the row marks the hit with the configured style
        prompt = app.query_one(ResultList).get_option_at_index(0).prompt
        hit_style = app.settings.colors["hit"]
        assert any(str(span.style) == hit_style for span in prompt.spans)


async def test_bad_query_is_explained_and_app_stays_up(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        for bad in ("date:[2015 TO", '"unclosed'):
            app.query_one(SearchPane).set_query(bad)
            await wait_for(pilot, lambda: app.query_one(SearchPane).result.query == bad, what=bad)
            assert app.query_one(SearchPane).result.error
            assert "⚠" in status(app)
            assert app.query_one(StatusLine).has_class("-error")
        # still alive and searching
        app.query_one(SearchPane).set_query("defector")
        await wait_for(pilot, lambda: app.query_one(SearchPane).result.query == "defector")
        assert not app.query_one(StatusLine).has_class("-error")
        assert app.is_running


async def test_an_error_is_shown_whole_on_a_small_terminal(make_app):
    """At 80x24 the search pane is 30 columns wide: the example at the end
    of the message (what to type instead) must still be on screen."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        app.query_one(SearchPane).set_query("person:")
        await wait_for(pilot, lambda: app.query_one(SearchPane).result.error, what="the error")
        await pilot.pause(0.1)
        shown = " ".join(line.text.strip() for line in app.query_one(StatusLine).render_lines(
            app.query_one(StatusLine).content_region.reset_offset))
        assert "person:Kim" in shown.replace(" ", ""), shown


async def test_did_you_mean_is_offered_and_applied(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(SearchPane)
        pane.set_query("defectr")
        await wait_for(pilot, lambda: pane.result.query == "defectr")
        if not pane.result.suggestion:  # the backend decides; nothing to show then
            return
        assert "Did you mean" in status(app)
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: pane.result.query == pane.query_text and pane.result.query != "defectr")
        assert pane.result.total >= 1


async def test_older_results_never_replace_newer(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(SearchPane)
        pane.set_query("Shigemura")
        await wait_for(pilot, lambda: pane.result.query == "Shigemura")
        stale = SearchResult(query="stale", total=0, hits=())
        pane.post_message(SearchDone(pane._serial - 1, stale))
        await pilot.pause(0.1)
        assert pane.result.query == "Shigemura"


async def test_history_is_saved_and_recalled(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        for query in ("kim", "diplomat"):
            app.query_one(SearchPane).set_query(query)
            app.query_one(SearchInput).focus()
            await pilot.press("enter")
        assert history_path().read_text(encoding="utf-8").splitlines()[-2:] == ["kim", "diplomat"]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("up")
        assert app.query_one(SearchInput).value == "diplomat"
        await pilot.press("up")
        assert app.query_one(SearchInput).value == "kim"
        await pilot.press("down", "down")
        assert app.query_one(SearchInput).value == ""


async def test_typed_queries_are_history_when_left_or_cleared(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press(*"thae", "tab")  # typed, then left for the result list
        await pilot.press("f2", "ctrl+a", "ctrl+k", *"vladivostok", "escape")  # typed, then cleared
        assert app.query_one(SearchInput).value == ""
        await pilot.press("up")
        assert app.query_one(SearchInput).value == "vladivostok"
        await pilot.press("up")
        assert app.query_one(SearchInput).value == "thae"


async def test_q_types_in_search_box_but_quits_elsewhere(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("q")
        assert app.query_one(SearchInput).value == "q"
        assert app.is_running
        await pilot.press("escape")  # clears
        assert app.query_one(SearchInput).value == ""
        await pilot.press("escape")  # leaves the box
        assert not isinstance(app.focused, SearchInput)
        await pilot.press("slash")
        assert isinstance(app.focused, SearchInput)
        await pilot.press("f4", "q")
        await pilot.pause()
    assert app.return_code == 0


async def test_result_list_keys_open_the_chosen_result(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        from defect_tui.tui.widgets.reader import ReaderPane

        second = app.query_one(ResultList).hits[1].id
        await pilot.press("tab")  # search box -> result list
        assert isinstance(app.focused, ResultList)
        await pilot.press("j", "enter")
        reader = app.query_one(ReaderPane)
        await wait_for(pilot, lambda: reader.article is not None)
        assert reader.article.id == second
        # a new query highlights its own first result
        app.query_one(SearchPane).set_query("Shigemura")
        await wait_for(pilot, lambda: app.query_one(SearchPane).result.query == "Shigemura")
        assert app.query_one(ResultList).highlighted == 0


async def test_order_toggle_sorts_results_newest_first(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(SearchPane)
        pane.set_query("defections")
        await wait_for(pilot, lambda: pane.result.query == "defections", what="search")
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: pane.order == "date" and "newest first" in status(app), what="date order")
        dates = [hit.date for hit in app.query_one(ResultList).hits]
        assert dates == sorted(dates, reverse=True) and len(dates) == 2
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: "best first" in status(app), what="relevance order")


async def test_facets_narrow_the_search_visibly(make_app):
    from defect_tui.tui.screens.facets import FacetsScreen
    from defect_tui.tui.widgets.facet_list import FacetList

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(SearchPane)
        pane.set_query("defector")
        await wait_for(pilot, lambda: pane.result.query == "defector", what="search")
        await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: isinstance(app.screen, FacetsScreen), what="facets screen")
        facets = app.screen.query_one(FacetList)
        await wait_for(pilot, lambda: facets.values("place"), what="facet counts")
        place, count = facets.values("place")[0]
        assert count >= 1
        # enter at once chooses the first value (the top person), not a heading
        first = facets.chosen_value(facets.get_option_at_index(facets.highlighted).id)
        assert first == ("person", facets.values("person")[0][0])
        # move the highlight to that place and choose it
        option_id = next(k for k, v in facets._values.items() if v == ("place", place))
        facets.highlighted = facets.get_option_index(option_id)
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, FacetsScreen), what="dialog closed")
        assert pane.query_text == f'defector place:"{place}"'
        await wait_for(pilot, lambda: pane.result.query == pane.query_text, what="narrowed search")
        assert 1 <= pane.result.total <= 2 and not pane.result.error


async def test_more_results_load_when_the_list_reaches_its_end(settings):
    import dataclasses

    from defect_tui.tui.app import DefectApp

    app = DefectApp(dataclasses.replace(settings, search_limit=1))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(SearchPane)
        pane.set_query("diplomats")
        await wait_for(pilot, lambda: pane.result.query == "diplomats", what="search")
        assert pane.result.total == 2 and len(titles(app)) == 1
        assert "more at the end" in status(app)
        await pilot.press("tab")  # to the result list, on its last (only) row
        await pilot.press("down")
        await wait_for(pilot, lambda: len(titles(app)) == 2, what="the next page")
        assert app.query_one(ResultList).highlighted == 0  # the cursor stays on its row


async def test_a_query_that_could_not_be_read_is_not_history(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(SearchPane)
        app.query_one(SearchInput).focus()
        pane.set_query("kim")
        await wait_for(pilot, lambda: pane.result is not None and pane.result.query == "kim")
        await pilot.press("enter")
        pane.set_query('"unclosed phrase')
        await wait_for(pilot, lambda: pane.result is not None and pane.result.query == '"unclosed phrase')
        assert pane.result.error
        app.query_one(SearchInput).focus()
        await pilot.press("enter")
        assert history_path().read_text(encoding="utf-8").splitlines()[-1:] == ["kim"]


async def test_typing_asks_for_two_screens_of_results_and_scrolling_brings_the_rest(write_corpus, tmp_path):
    """Each hit asked for is a snippet and an option laid out on every
    keystroke: as the user types, the list holds two screens of hits, and
    the configured page (50) comes as it is scrolled to its end."""
    from defect_tui.index.config import load_settings
    from defect_tui.tui.app import DefectApp

    folder = write_corpus("many", {f"a{i:02d}.txt": f"Report {i}\n\nA diplomat in city {i} spoke of the border.\n"
                                   for i in range(40)})
    app = DefectApp(load_settings(corpus=[folder], index_dir=tmp_path / "index-many"))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(SearchPane)
        pane.set_query("diplomat")
        await wait_for(pilot, lambda: pane.result.query == "diplomat", what="search")
        first = len(titles(app))
        assert pane.result.total == 40 and 10 <= first < 40
        assert "more at the end" in status(app)
        await pilot.press("tab", "end")
        await wait_for(pilot, lambda: len(titles(app)) == 40, what="the next page")


async def test_editing_keys_keep_their_place_among_letters_typed_at_once(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        box = app.query_one(SearchInput)
        burst(app, *"Kim", "backspace", "backspace", *"ang")
        await wait_for(pilot, lambda: len(box.value) >= 4, what="the keys")
        await pilot.pause()
        assert box.value == "Kang"  # (the backspaces had been handled after the letters: "Kima")
        burst(app, "ctrl+u", *"Seoul")
        await wait_for(pilot, lambda: box.value != "Kang", what="the keys")
        await pilot.pause()
        assert box.value == "Seoul"  # (the box had been cleared after the letters: empty)
        burst(app, "ctrl+w", *"Ri")
        await wait_for(pilot, lambda: box.value != "Seoul", what="the keys")
        await pilot.pause()
        assert box.value == "Ri"
        await wait_for(pilot, lambda: app.query_one(SearchPane).result.query == "Ri", what="search")
