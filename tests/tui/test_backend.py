"""The app runs on any `Corpus`: here an in-memory one, with no index
folder, no Whoosh and no files."""

from __future__ import annotations

from defect_tui.index.models import Article, Incident
from defect_tui.tui.widgets.incident_table import IncidentPane
from defect_tui.tui.widgets.reader import ReaderPane
from defect_tui.tui.widgets.search_pane import ResultList, SearchPane

from contract.fake_backend import FakeCorpus  # tests/ is on sys.path (rootdir import mode)
from .conftest import wait_for, wait_ready

BODY_A = "A counsellor named Ri Il-gyu left the embassy in Havana in 2019 and reached Seoul."
BODY_B = "Fishermen crossed the sea border in a wooden boat in 2021."


def _fake() -> FakeCorpus:
    a = Article("a", "a.txt", "Counsellor leaves Havana", BODY_A, date="2023-01-02", date_precision="day")
    b = Article("b", "b.txt", "Boat crosses border", BODY_B, date="2021-06-01", date_precision="day")
    inc = Incident("a-1", "a", a.title, a.date, "2019", "year", "defected", "Ri Il-gyu", "Ri Il-gyu",
                   "counsellor", 1, "Cuba", "South Korea", "", BODY_A, 0, len(BODY_A))
    return FakeCorpus([a, b], [inc])


async def test_the_app_searches_reads_and_tables_a_fake_backend(make_app, settings):
    fake = _fake()
    app = make_app(corpus=fake)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        assert fake.updates == 1
        assert [h.id for h in app.query_one(ResultList).hits] == ["a", "b"]
        pane = app.query_one(IncidentPane)
        assert [i.actor_name for i in pane.incidents] == ["Ri Il-gyu"]
        app.query_one(SearchPane).set_query("wooden boat")
        await wait_for(pilot, lambda: app.query_one(SearchPane).result.query == "wooden boat")
        assert [h.id for h in app.query_one(ResultList).hits] == ["b"]
        await pilot.press("tab", "enter")
        reader = app.query_one(ReaderPane)
        await wait_for(pilot, lambda: reader.article is not None, what="article")
        assert reader.article.id == "b"
    assert fake.closed
    assert not settings.index_dir.exists()  # nothing written for a backend that keeps no files
