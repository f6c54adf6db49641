"""The in-memory fake backend answers the app's query language from the
core's tree (`query.parse`), with no search library: the proof that a
second backend can speak the syntax."""

from __future__ import annotations

import pytest

from defect_tui.index.models import Article, EntitySpan

from .fake_backend import FakeCorpus

BODY_A = "A counsellor named Ri Il-gyu left the embassy in Havana in 2019 and reached Seoul."
BODY_B = "Fishermen crossed the sea border in a wooden boat in 2021."
BODY_C = "The embassy in Havana said a wooden boat was seen near the border."


@pytest.fixture
def fake() -> FakeCorpus:
    arts = [Article("a", "a.txt", "Counsellor leaves Havana", BODY_A, date="2023-01-02", source="Yonhap"),
            Article("b", "b.txt", "Boat crosses border", BODY_B, date="2021-06-01", source="NK News"),
            Article("c", "c.txt", "Sighting off the coast", BODY_C, date="2015-03-04")]
    start = BODY_A.index("Ri Il-gyu")
    spans = {"a": [EntitySpan(start, start + 9, "PERSON", "Ri Il-gyu")]}
    return FakeCorpus(arts, entities=spans)


ANSWERS = {
    "wooden boat": {"b", "c"},
    '"wooden boat"': {"b", "c"},
    '"boat wooden"': set(),
    '"crossed border"~4': {"b"},
    "boat NOT havana": {"b"},
    "boat ANDNOT (havana OR fishermen)": set(),
    "havana OR fishermen": {"a", "b", "c"},
    "(havana AND counsellor) OR fishermen": {"a", "b"},
    "Title:boat": {"b"},
    "title:havana": {"a"},
    "people:Ri": {"a"},
    'person:"ri il-gyu"': {"a"},
    "source:yonhap": {"a"},
    "counsel*": {"a"},
    "h?vana": {"a", "c"},
    "Havanna~": {"a", "c"},
    "date:2021": {"b"},
    "date:[2015 TO 2021]": {"b", "c"},
    "date:>2016": {"a", "b"},
    "date:<=2015-03": {"c"},
    "embassy ANDMAYBE seoul": {"a", "c"},
}


@pytest.mark.parametrize("text", list(ANSWERS))
def test_the_fake_backend_answers_the_query_language(fake: FakeCorpus, text: str) -> None:
    res = fake.search(text, limit=100)
    assert not res.error
    assert {h.id for h in res.hits} == ANSWERS[text] == fake.matching_ids(text)


def test_the_fake_backend_reports_the_core_s_errors(fake: FakeCorpus) -> None:
    res = fake.search('"unclosed')
    assert res.error == 'Unclosed quote: add the closing " to end the phrase.' and not res.hits
    assert fake.matching_ids("nosuchfield:x") == set()
