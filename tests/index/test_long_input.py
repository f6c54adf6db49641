"""Long documents and long queries: work grows linearly with the input.

Work is counted, not timed: the Python lines the extractor executes for a
document and for the same document repeated. A step that rescans the
document for each sentence or row (spans per sentence, statistics per
row) doubles its share at each doubling and fails the ratio.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import sys
from pathlib import Path

import pytest

from defect_tui.index.api import Corpus, open_corpus
from defect_tui.index.config import Settings
from defect_tui.index.extract import Extractor, TookTooLong, deadline
from defect_tui.index.models import Article

ROOT = Path(__file__).resolve().parents[2]

REPORT = (ROOT / "seeds").glob("*.txt")
# Invented statistics lines in the shapes ministries publish them.
STATS = "\n".join(
    f"In {y}, {1000 + y % 97 * 7:,} North Koreans arrived in South Korea, up from {900 + y % 89 * 5:,} in {y - 1}, "
    f"the unification ministry said. Of them, {300 + y % 13} were men." for y in range(1990, 2026))


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _article(body: str) -> Article:
    return Article(id="long", path="long.txt", title="North Korea", body=body, date="2020-06-01",
                   date_precision="day")


def _lines_executed(ex: Extractor, body: str) -> int:
    # (Python's own cache of compiled patterns holds 512: what earlier tests in the same
    # process left there decides how much compiling, itself Python code, is counted; the
    # count starts from an empty cache, the same in every run)
    re.purge()
    count = 0

    def tracer(frame, event, arg):  # noqa: ANN001 - sys.settrace's signature
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        ex.extract(_article(body))
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("unit", ["report", "stats"])
def test_extraction_work_is_linear_in_length(extractor: Extractor, unit: str) -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(REPORT)) if unit == "report" else STATS
    small = _lines_executed(extractor, (text + "\n\n") * 2)
    double = _lines_executed(extractor, (text + "\n\n") * 4)
    quadruple = _lines_executed(extractor, (text + "\n\n") * 8)
    assert double / small < 2.3, (small, double)
    assert quadruple / double < 2.3, (double, quadruple)


def test_rows_scale_with_the_document(extractor: Extractor) -> None:
    one = extractor.extract(_article(STATS)).incidents
    three = extractor.extract(_article("\n\n".join([STATS] * 3))).incidents
    assert one and len(three) == 3 * len(one)


def test_time_bound_raises(extractor: Extractor) -> None:
    with pytest.raises(TookTooLong, match="took longer than"):
        extractor.extract(_article((STATS + "\n\n") * 40), seconds=1e-6)


def test_a_file_over_the_time_bound_is_skipped_and_the_build_goes_on(settings: Settings, corpus_dir: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # A clock that moves a millisecond per reading: the bound is passed by the
    # amount of work done (one check per sentence), whatever the machine's load.
    ticks = itertools.count()
    monkeypatch.setattr(deadline.time, "monotonic", lambda: next(ticks) / 1000)
    (corpus_dir / "huge_statistics.txt").write_text("North Korea arrivals\n\n" + (STATS + "\n\n") * 60,
                                                     encoding="utf-8")
    c = open_corpus(dataclasses.replace(settings, max_file_seconds=0.5))
    try:
        report = c.update()
        assert report.added == 2
        [skip] = c.skipped()
        assert "huge_statistics" in str(skip.path) and "took longer than 0.5 s" in skip.reason
        assert c.search("Vladivostok").total == 1
    finally:
        c.close()


def test_query_too_long_is_refused_with_the_limit(corpus: Corpus) -> None:
    res = corpus.search("defector " * 5000)
    assert res.total == 0 and "limit is 10,000" in res.error
    res = corpus.search(" ".join(f"w{i}" for i in range(600)))
    assert "600 words" in res.error and "limit is 500" in res.error


def test_deep_nesting_is_explained(corpus: Corpus) -> None:
    res = corpus.search("(" * 3000 + "Vladivostok" + ")" * 3000)
    assert "nested more than" in res.error
    assert corpus.search("(" * 10 + "Vladivostok" + ")" * 10).total == 1


def test_long_query_within_limits_answers(corpus: Corpus) -> None:
    words = " OR ".join(["Vladivostok"] + [f"zz{i}" for i in range(200)])
    assert corpus.search(words).total == 1


def test_an_and_of_hundreds_of_words_stops_at_a_word_no_article_has(corpus: Corpus) -> None:
    words = " ".join(["Vladivostok"] * 3 + [f"qqz{i}" for i in range(300)])
    res = corpus.search(words)
    assert res.total == 0 and res.error == "" and res.suggestion == ""
