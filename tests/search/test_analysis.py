"""The neutral analyzer is the index's analyzer: the words the reader marks
are the words the search matched."""

from __future__ import annotations

from pathlib import Path

from whoosh.analysis import StemmingAnalyzer

from defect_tui.index import analysis
from defect_tui.index.search import make_schema

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_terms_are_what_the_index_holds_for_every_seed_article() -> None:
    body = make_schema()["body"].analyzer
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]
    assert texts
    for text in texts + ["U.S. officials said 3.5% of N.K. defectors fled; the DEFECTORS' defection"]:
        assert analysis.terms(text) == [t.text for t in body(text)]
    assert isinstance(body, type(StemmingAnalyzer()))


def test_hit_spans_mark_every_form_of_a_searched_word() -> None:
    text = "He defected in 2016; defections rose, and the defector spoke."
    spans = analysis.term_spans(text, analysis.terms("defect"))
    assert [text[s:e] for s, e in spans] == ["defected", "defections"]  # ("defector" stems apart)
    assert analysis.term_spans(text, analysis.terms("the")) == []  # a stop word is no hit
