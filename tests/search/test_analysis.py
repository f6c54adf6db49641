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


def test_hit_spans_are_every_word_whose_term_is_wanted() -> None:
    """`term_spans` looks only where a wanted term's head starts a word;
    it must find exactly the words that stemming every word would."""
    import random

    def every_word(text: str, wanted: set[str]) -> list[tuple[int, int]]:
        return [(s, e) for s, e, w in analysis.tokens(text) if analysis.stem(w) in wanted]

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]
    texts.append("The U.S. and S.Korea's capability, happy happiness, Ünification, 3.5 percent; re-defected X.S s")
    rng = random.Random(7)
    for text in texts:
        words = analysis.terms(text)
        for _ in range(20):
            wanted = set(rng.sample(words, min(len(words), rng.randint(1, 4))))
            assert analysis.term_spans(text, wanted) == every_word(text, wanted), wanted
    for word in ("capability", "happiness", "ünification", "s", "3.5"):
        text = texts[-1]
        assert analysis.term_spans(text, {analysis.stem(word)}) == every_word(text, {analysis.stem(word)}), word
