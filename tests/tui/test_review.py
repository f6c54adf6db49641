"""Reviewing the incident table: confirm, reject, edit, note, undo, on the
row under the cursor or on the marked rows, kept across restarts."""

from __future__ import annotations

from defect_tui.index.reviews import ReviewStore
from defect_tui.tui.screens.incident_form import IncidentForm, NoteDialog
from defect_tui.tui.screens.orphans import OrphansScreen
from defect_tui.tui.widgets.incident_table import IncidentPane

from .conftest import burst, open_by_search, record_notices, wait_for, wait_ready
from .test_incidents import rows_on_screen


def by_id(pane: IncidentPane) -> dict:
    return {r.incident_id: r for r in pane.incidents}


async def test_confirm_reject_and_undo(make_app):
    app = make_app()
    notices = record_notices(app)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        total = len(pane.shown())
        await pilot.press("f4")
        first = pane.current()
        await pilot.press("y")
        assert by_id(pane)[first.incident_id].review == "confirmed"
        assert "review" in [c.key for c in pane.table.columns]  # the column appears with the first review
        assert "confirmed" in "\n".join(rows_on_screen(pane))
        assert any("confirmed" in n for n in notices)
        # reject: hidden from the table, the title says so, R shows it again
        await pilot.press("x")
        assert len(pane.shown()) == total - 1
        assert first.incident_id not in {r.incident_id for r in pane.shown()}
        assert "1 rejected hidden" in pane.border_title
        await pilot.press("R")
        assert len(pane.shown()) == total
        await pilot.press("R")
        pane.set_filter("review:rejected")
        assert [r.incident_id for r in pane.shown()] == [first.incident_id]
        pane.set_filter("")
        # undo: the reject goes, the confirm stays
        await pilot.press("u")
        assert by_id(pane)[first.incident_id].review == "confirmed"
        assert len(pane.shown()) == total
        await pilot.press("u")
        assert by_id(pane)[first.incident_id].review == "extracted"
        await pilot.press("u")
        assert any("No review to undo" in n for n in notices)


async def test_marked_rows_are_reviewed_at_once_and_kept_for_the_next_start(make_app):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await pilot.press("f4", "space", "space", "y")
        marked = set(pane.marked)
        assert len(marked) == 2
        assert {by_id(pane)[i].review for i in marked} == {"confirmed"}
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        assert {by_id(pane)[i].review for i in marked} == {"confirmed"}


async def test_edit_with_a_bad_value_then_a_good_one(make_app):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await pilot.press("f4")
        row = pane.current()
        await pilot.press("E")
        await wait_for(pilot, lambda: isinstance(app.screen, IncidentForm), what="form")
        form = app.screen
        form.query_one("#field-count").value = "many"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, IncidentForm)  # stays open, says why
        assert "count 'many' is not a whole number" in str(form.query_one("#form-error").render())
        form.query_one("#field-count").value = "12"
        form.query_one("#field-date").value = "2015-03"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not isinstance(app.screen, IncidentForm), what="form closed")
        edited = by_id(pane)[row.incident_id]
        assert (edited.count, edited.date, edited.date_precision, edited.review) == (12, "2015-03", "month", "edited")
        assert edited.actor == row.actor  # untouched fields stay as extracted
        await pilot.press("E", "escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, IncidentForm))
        assert by_id(pane)[row.incident_id].count == 12  # cancel changes nothing


async def test_note_shows_in_its_column(make_app):
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await pilot.press("f4")
        row = pane.current()
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteDialog), what="note dialog")
        await pilot.press(*"ask the desk", "enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, NoteDialog))
        assert by_id(pane)[row.incident_id].note == "ask the desk"
        assert "note" in [c.key for c in pane.table.columns]
        # typed at once, a correction and all (as a fast typist or a slow link sends keys):
        # the backspaces come where they were typed, and enter after the last letter
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NoteDialog), what="note dialog")
        app.screen.query_one("#note-input").value = ""
        burst(app, *"call the deks", "backspace", "backspace", *"sk", "enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, NoteDialog))
        assert by_id(pane)[row.incident_id].note == "call the desk"
        pane.set_filter("note:desk")
        assert [r.incident_id for r in pane.shown()] == [row.incident_id]


async def test_a_review_made_from_the_shell_shows_and_an_orphan_is_listed(make_app, corpus_dir):
    from defect_tui.index.reviews import Action

    with ReviewStore() as store:
        store.add([Action("reject", "000_4ce9b506f67d8f13", evidence="A sentence no article has.",
                          actor="nobody", incident_id="000_4ce9b506f67d8f13#9")])
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        assert len(pane.orphans) == 1 and "1 orphaned review" in pane.border_title and "1 orphaned reviews" not in pane.border_title
        pane.action_orphans()
        await wait_for(pilot, lambda: isinstance(app.screen, OrphansScreen))
        await pilot.pause()
        assert app.screen.query_one("#orphans-table").row_count == 1


async def test_new_incident_from_the_sentence_in_the_reader(make_app):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        before = len(pane.incidents)
        reader = await open_by_search(pilot, "Shigemura")
        await pilot.press("f3", "n", "A")  # the sentence of the first hit
        await wait_for(pilot, lambda: isinstance(app.screen, IncidentForm), what="form")
        form = app.screen
        assert "Shigemura" in form.evidence
        assert form.evidence in reader.article.body
        form.query_one("#field-actor").value = "Toshimitsu Shigemura's sources"
        if form.query_one("#field-status").value == form.query_one("#field-status").NULL:
            await pilot.press("ctrl+s")  # the extractor read no row here: the status is asked for
            assert "status: choose one" in str(form.query_one("#form-error").render())
            form.query_one("#field-status").value = "sought_asylum"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not isinstance(app.screen, IncidentForm), what="form closed")
        await wait_for(pilot, lambda: len(pane.incidents) == before + 1, what="row added")
        added = [r for r in pane.incidents if r.review == "added"]
        assert len(added) == 1 and added[0].evidence == form.evidence
        assert added[0].actor == "Toshimitsu Shigemura's sources" and added[0].status
        await pilot.press("f4", "u")  # undo takes it away again
        await wait_for(pilot, lambda: len(pane.incidents) == before, what="row undone")


async def test_join_and_split_events_in_the_table(make_app):
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_ready(pilot)
        pane = app.query_one(IncidentPane)
        await pilot.press("f4")
        shown = pane.shown()
        first, other = shown[0], next(r for r in shown if r.article_id != shown[0].article_id)
        pane.marked = {other.incident_id}
        await pilot.press("J")
        await wait_for(pilot, lambda: not pane.loading_rows and by_id(pane)[other.incident_id].group_size >= 2,
                       what="joined")
        rows = by_id(pane)
        assert rows[first.incident_id].group_key == rows[other.incident_id].group_key
        assert "×" in "\n".join(rows_on_screen(pane))  # the "same" column counts the articles
        pane.marked = set()
        pane.table.move_cursor(next(i for i, r in enumerate(pane.shown()) if r.incident_id == other.incident_id))
        await pilot.press("K")
        await wait_for(pilot, lambda: not pane.loading_rows and by_id(pane)[other.incident_id].group_size == 1,
                       what="split")
        assert by_id(pane)[first.incident_id].group_key != by_id(pane)[other.incident_id].group_key


async def test_star_and_tag_articles_and_find_them(make_app):
    from defect_tui.tui.screens.article_marks_dialog import ArticleMarksDialog
    from defect_tui.tui.widgets.reader import ReaderPane
    from defect_tui.tui.widgets.search_pane import ResultList, SearchPane

    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot)
        search = app.query_one(SearchPane)
        results = app.query_one(ResultList)
        first, second = results.hits[0].id, results.hits[1].id
        await pilot.press("tab", "asterisk")  # star the highlighted (first) result
        await wait_for(pilot, lambda: first in results.marks, what="star shown")
        assert "★" in str(results.get_option_at_index(0).prompt)
        await pilot.press("j", "t")  # tags and a note on the second
        await wait_for(pilot, lambda: isinstance(app.screen, ArticleMarksDialog), what="dialog")
        await pilot.press(*"Diplomats, follow up", "enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, ArticleMarksDialog))
        search.set_query("tag:follow-up")
        await wait_for(pilot, lambda: search.result.query == "tag:follow-up", what="tag search")
        assert [h.id for h in search.result.hits] == [second] and search.result.total == 1
        search.set_query("starred:yes")
        await wait_for(pilot, lambda: search.result.query == "starred:yes", what="starred search")
        assert [h.id for h in search.result.hits] == [first]
        search.set_query("tag:diplomats Shigemura")  # narrows a query with words
        await wait_for(pilot, lambda: search.result.query == "tag:diplomats Shigemura")
        assert {h.id for h in search.result.hits} <= {second}
        search.set_query("starred:maybe")
        await wait_for(pilot, lambda: search.result.query == "starred:maybe")
        assert "starred:yes" in search.result.error
        # the reader's header shows the marks of the open article
        search.set_query("tag:diplomats")
        await wait_for(pilot, lambda: search.result.query == "tag:diplomats" and search.result.hits)
        results.focus()
        await pilot.press("enter")
        reader = app.query_one(ReaderPane)
        await wait_for(pilot, lambda: reader.article is not None and reader.article.id == second)
        header = str(app.query_one("#reader-header").render())
        assert "#diplomats" in header and "#follow-up" in header
    # kept for the next start
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot)
        search = app.query_one(SearchPane)
        search.set_query("starred:yes")
        await wait_for(pilot, lambda: search.result.query == "starred:yes")
        assert [h.id for h in search.result.hits] == [first]


async def test_a_damaged_review_file_is_said_and_the_table_still_shows(make_app):
    from defect_tui.index.reviews import reviews_path

    reviews_path().parent.mkdir(parents=True, exist_ok=True)
    reviews_path().write_bytes(b"not a database" * 100)
    app = make_app()
    notices = record_notices(app)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_ready(pilot)
        assert app.query_one(IncidentPane).incidents  # the rows as extracted
        await wait_for(pilot, lambda: any("cannot be read" in n for n in notices), what="the notice")
        await open_by_search(pilot, "Shigemura")  # search and the reader still work
        await pilot.press("f4", "y")  # a review cannot be saved: said, no crash
        await wait_for(pilot, lambda: any("Could not save" in n for n in notices), what="save refused")
    assert reviews_path().read_bytes() == b"not a database" * 100
