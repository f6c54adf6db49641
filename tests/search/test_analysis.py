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


def test_a_phrase_holds_where_its_terms_stand_together() -> None:
    """`has_phrase` reads the text from the phrase's longest word: it must
    agree with the index's renumbered positions (stop words and one-letter
    words skipped) on every run of terms and on words that never meet."""
    import random

    def together(text: str, words: list[str]) -> bool:
        t = analysis.terms(text)
        return any(t[i:i + len(words)] == words for i in range(len(t) - len(words) + 1))

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]
    texts.append("He defected to the South in May; a U.S. envoy said İzmir. Kim Jong Un's aide, Kim, defected.")
    rng = random.Random(11)
    held = 0
    for text in texts:
        words = analysis.terms(text)
        for k in range(30):
            n = rng.randint(1, 4)
            i = rng.randrange(max(1, len(words) - n))
            phrase = words[i:i + n] if k % 2 else [rng.choice(words) for _ in range(n)]
            assert analysis.has_phrase(text, phrase) == together(text, phrase), phrase
            held += together(text, phrase)
    assert held > 40  # (both answers were asked for)
    text = texts[-1]
    assert analysis.has_phrase(text, analysis.terms("defected to South"))  # ("to", "the": no positions)
    assert not analysis.has_phrase(text, analysis.terms("South defected"))


def test_a_sloppy_phrase_holds_where_each_term_follows_within_the_slop() -> None:
    """`"a b"~3`: each word at most three indexed positions after the one
    before, in order, as Whoosh's phrase reads positions."""
    text = "The envoy quietly left his post in Rome; later the envoy went missing near Rome."
    near = analysis.has_near
    assert near(text, analysis.terms("envoy left"), 2)  # one word between
    assert not near(text, analysis.terms("envoy post"), 3)  # three between ("his" is a word)
    assert near(text, analysis.terms("envoy post"), 4)
    assert not near(text, analysis.terms("post quietly"), 4)  # order kept
    assert near(text, analysis.terms("envoy missing Rome"), 3)  # the second envoy, word by word
    assert not near(text, analysis.terms("envoy Rome"), 3) and near(text, analysis.terms("envoy Rome"), 4)
    assert near(text, analysis.terms("quietly left"), 1) and not near(text, analysis.terms("left quietly"), 1)
    assert not near("", ["envoy"], 3) and not near(text, [], 3)
