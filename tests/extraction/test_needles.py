"""The cheap test before the predicate patterns (index/extract/needles.py)
must never turn away a sentence a pattern would match."""

from __future__ import annotations

import re
from pathlib import Path

from defect_tui.index.extract.needles import required_literals
from defect_tui.index.extract.sentences import split_sentences
from defect_tui.index.extract.vocab import load_vocab

HERE = Path(__file__).resolve().parent.parent / "data"


def test_required_literals_read_off_a_pattern() -> None:
    # the most selective run of literals: "the south" (not the space before the optional "to ")
    assert required_literals(r"\b(?:fled|escaped) (?:to )?the South\b") == ("the south",)
    # an alternation gives one string a branch: any of them will do (case-folded)
    assert required_literals(r"\b(?:Arrived|came) in\b") == ("arrived", "came")
    # an optional part requires nothing; a branch with no literal leaves nothing to require
    assert required_literals(r"(?:so )?[A-Z]\w+") is None
    assert required_literals(r"\b(?:defect|\w+ed) x") == (" x",)


def test_a_predicate_without_needles_in_the_data_gets_them() -> None:
    v = load_vocab()
    assert all(v.predicate_needles), "every shipped predicate has strings to look for"


def test_no_sentence_a_predicate_matches_lacks_its_needles() -> None:
    """Over every article the tests hold (real, invented, seeds): each time a
    predicate pattern matches a sentence, one of its needles is in it."""
    v = load_vocab()
    folders = [HERE / "real" / "dev" / "articles", HERE / "real" / "blind" / "articles", HERE / "articles",
               HERE / "blind" / "articles", HERE.parent.parent / "seeds"]
    checked = 0
    for folder in folders:
        for path in sorted(folder.rglob("*.md")):
            body = path.read_text(encoding="utf-8")
            for a, b in split_sentences(body):
                text = body[a:b]
                low = text.casefold()
                for (rx, _kind, _status), needles in zip(v.predicates, v.predicate_needles):
                    if rx.search(text):
                        checked += 1
                        assert not needles or any(n in low for n in needles), (rx.pattern[:80], text)
    assert checked > 1000
    # (and the property the sentences above cannot show: a case-folded match)
    rx = re.compile(r"\bDEFECTED\b", re.I)
    assert rx.search("Kim defected") and all(n in "kim defected" for n in required_literals(rx.pattern) or ())


def test_a_shared_prefix_alternation_matches_what_the_word_list_does() -> None:
    from defect_tui.index.extract.vocab import _words_re, trie_alternation

    words = list(load_vocab().number_words) + ["a few", "a couple of"]
    shared, plain = (re.compile(r"(?<![\w-])(?:" + alt + r")", re.I) for alt in (trie_alternation(words), _words_re(words)))
    text = ("Seventy-three of them, then seven, seventeen and seventy; a  few came, a couple of others, "
            "twenty-one in all, one hundred more, sevens and Eleventh.")
    assert [m.span() for m in shared.finditer(text)] == [m.span() for m in plain.finditer(text)]
    # the longest word first, a space as any run of spaces
    assert shared.match("seventy-three").group() == "seventy-three"
    assert shared.match("a  few").group() == "a  few"


def test_the_date_pattern_tried_only_at_date_starts_finds_every_date() -> None:
    from defect_tui.index.extract.relative_dates import build_date_regex, build_date_starts, find_dates

    v = load_vocab()
    rx, starts = build_date_regex(v), build_date_starts(v)
    crafted = ("In mid-2016 and end-June, on Mon., Oct. 5 and Tue, May 13, 1997, over the weekend; a year and a half ago, "
               "Twenty years ago, A few weeks ago, two and a half years ago, last spring, the summer of 2016, the late '90s, "
               "the 1990s, between January and June, the first six months of 2011, early on Tuesday morning, the 9th, "
               "2021-03-04, 1950-53, the fourth quarter, later today, yesterday evening, Sept. 12, 12 June 2023, "
               "earlier this month, less than a month ago, Seventy-three days ago, the end of last year, start-March 2016.")
    bodies = [crafted] + [p.read_text(encoding="utf-8") for d in ("real/dev/articles", "articles")
                          for p in sorted((HERE / d).glob("*.md"))]
    for body in bodies:
        assert [m.span() for m in find_dates(rx, starts, body)] == [m.span() for m in rx.finditer(body)], body[:80]


def test_the_one_pass_over_the_needle_roots_finds_every_root_a_sentence_holds() -> None:
    """sentence_rows asks only the predicates whose needles a sentence holds,
    found by one lookahead over a trie of the roots: it must find every root
    that looking for each in turn finds, also where roots touch or overlap."""
    from defect_tui.index.extract.incidents.patterns import Patterns

    P = Patterns(load_vocab())
    roots = [root for root, _ in P.needle_roots]

    def one_by_one(low: str) -> set[str]:
        return {root for root in roots if root in low}

    crafted = ["He went missing as a soldier; for defection from the run he fled",
               "They abandoned the boat, absconded from a job abroad, and were reported missing",
               "Two sailors asked to be sent home"]
    sentences = crafted + [body[a:b] for path in sorted((HERE / "articles").glob("*.txt"))
                           for body in [path.read_text(encoding="utf-8")] for a, b in split_sentences(body)]
    found_any = 0
    for text in sentences:
        low = text.casefold()
        found = set(P.needle_root_re.findall(low))
        assert found == one_by_one(low), text
        found_any += bool(found)
    assert found_any > 100
