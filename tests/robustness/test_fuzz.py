"""Property-based: arbitrary Unicode (with the hostile pieces mixed in)
through loading, extraction, indexing, search and CSV never raises, and
every span lies inside the text it describes."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from defect_tui.index.api import Corpus, open_corpus
from defect_tui.index.config import load_settings
from defect_tui.index.export import incidents_csv_text
from defect_tui.index.extract import Extractor
from defect_tui.index.loader import SkipFile, parse_article
from defect_tui.index.models import INCIDENT_COLUMNS, Incident

HOSTILE = st.sampled_from([
    "[bold red]", "[/]", "[@click=app.quit]", "\x1b[31m", "\x1b]52;c;eA==\x07", "\u202e", "\x00", "\r\n",
    "---\n", "\ufeff", "Posted June. 12, 2023", "SEOUL, July 16 (Yonhap) --", "defected to Seoul",
    "Kim Jong Un", "at least 20 officials", "\"", "(", ")", "*", "~", ":", "date:[", "NOT", "AND",
])
TEXT = st.lists(st.one_of(st.text(max_size=40), HOSTILE), max_size=30).map("".join)
EX = Extractor()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.one_of(TEXT.map(lambda t: t.encode("utf-8")), st.binary(max_size=400)))
def test_loading_then_extraction_never_raise(raw: bytes) -> None:
    try:
        art = parse_article(raw, "fuzz", "fuzz.txt")
    except SkipFile as exc:
        assert str(exc)
        return
    assert "\x1b" not in art.body and "\u202e" not in art.body and "\x00" not in art.body
    result = EX.extract(art)
    for span in result.entities:
        assert 0 <= span.start < span.end <= len(art.body)
        assert art.body[span.start:span.end] == span.text
    for inc in result.incidents:
        assert inc.status in ("defected", "attempted", "sought_asylum", "reported_count")
        if inc.evidence_start >= 0:
            assert art.body[inc.evidence_start:inc.evidence_end] == inc.evidence


@pytest.fixture(scope="module")
def fuzz_corpus(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("fuzzcorpus")
    samples = [
        "Envoy [bold]flees[/]\n\nA diplomat \x1b[31mdefected to Seoul in April.\u202e\n",
        "---\ntitle: \"[@click=app.quit]x\"\ndate: 2020-01-02\n---\nThree soldiers crossed the DMZ last Sunday.\n",
        "Kim Jong Un (((\n\n\"unbalanced quote and * ~ : characters defect*\n",
    ]
    for n, text in enumerate(samples):
        (folder / f"f{n}.txt").write_text(text, encoding="utf-8")
    corpus = open_corpus(load_settings(corpus=[folder], index_dir=tmp_path_factory.mktemp("fuzzix")))
    assert corpus.update().added == 3
    yield corpus
    corpus.close()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=TEXT)
def test_any_query_gives_results_or_a_message(fuzz_corpus: Corpus, query: str) -> None:
    res = fuzz_corpus.search(query)
    assert res.error or res.total >= 0
    for hit in res.hits:
        for s, e in hit.highlights:
            assert 0 <= s < e <= len(hit.snippet)
    fuzz_corpus.matching_ids(query)
    fuzz_corpus.facets(query)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bodies=st.lists(TEXT, min_size=1, max_size=3))
def test_indexing_arbitrary_articles(tmp_path: Path, bodies: list[str]) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    for n, body in enumerate(bodies):
        (folder / f"a{n}.txt").write_text(body, encoding="utf-8", errors="surrogatepass")
    with open_corpus(load_settings(corpus=[folder], index_dir=folder / ".ix")) as corpus:
        report = corpus.update()
        assert report.added + len(report.skipped) == len(bodies)
        for aid in (h.id for h in corpus.search("").hits):
            art = corpus.article(aid)
            for span in corpus.entities(aid):
                assert art.body[span.start:span.end] == span.text


CELL = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=200, deadline=None)
@given(values=st.lists(CELL, min_size=13, max_size=13), count=st.one_of(st.none(), st.integers(0, 10**6)))
def test_csv_round_trips_arbitrary_text(values: list[str], count: int | None) -> None:
    fields = [c for c in INCIDENT_COLUMNS if c != "count"]
    data = dict(zip(fields, values + ["", ""], strict=False))
    inc = Incident(**{**data, "count": count})  # type: ignore[arg-type]
    rows = list(csv.DictReader(io.StringIO(incidents_csv_text([inc]), newline="")))
    assert len(rows) == 1
    for col in fields:
        original = getattr(inc, col)
        got = rows[0][col]
        expected = "'" + original if original.startswith(("=", "+", "-", "@", "\t", "\r")) else original
        assert got == expected
    assert rows[0]["count"] == ("" if count is None else str(count))
