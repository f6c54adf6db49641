"""The extractor never raises, and every span lies in the text it came from."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from defect_tui.index.extract import Extractor
from defect_tui.index.extract.sentences import split_sentences
from defect_tui.index.extract.tokens import tokenize
from defect_tui.index.models import Article, LABELS

EX = Extractor()

WORDS = st.sampled_from([
    "Kim", "Jong", "Un", "Mr", "Professor", "defected", "to", "Seoul", "in", "April", "the", "South",
    "At", "least", "20", "officials", "(NIS)", "NIS", "Ministry", "of", "Unification", "\n", ".", ",",
    "last", "Sunday", "fled", "crossed", "DMZ", "sought", "asylum", "Thae", "Yong-ho", "'s", "two",
    "soldiers", "The", "Chosun", "Ilbo", "reported", "\u200b", "\x00", "\x1b[31m", "<b>", "“", "”",
    "North", "Korea", "diplomat", "who", "June.", "12,", "2023", "-", "one", "of", "defectors", "was",
])


def _article(body: str, date: str = "2023-06-12", precision: str = "day") -> Article:
    return Article(id="x", path="x.txt", title="North Korea", body=body, date=date, date_precision=precision)  # type: ignore[arg-type]


def _check(body: str, date: str = "2023-06-12", precision: str = "day") -> None:
    art = _article(body, date, precision)
    # the guarded entry point
    res = EX.extract(art)
    # and the unguarded internals, so that a bug cannot hide behind the guard
    toks = tokenize(body)
    spans = EX.entities.find(body, toks)
    sents = split_sentences(body)
    incidents = EX.incidents.read(art, body, toks, sents, spans)
    for sp in list(res.entities) + spans:
        assert 0 <= sp.start < sp.end <= len(body)
        assert body[sp.start:sp.end] == sp.text
        assert sp.label in LABELS
    ordered = sorted(spans, key=lambda s: s.start)
    for a, b in zip(ordered, ordered[1:]):
        assert a.end <= b.start, (a, b)
    for inc in list(res.incidents) + incidents:
        assert body[inc.evidence_start:inc.evidence_end] == inc.evidence
        assert inc.status in ("defected", "attempted", "sought_asylum", "reported_count")
    for s, e in sents:
        assert 0 <= s < e <= len(body)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text(body: str) -> None:
    _check(body)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=80).map(" ".join),
       st.sampled_from([("2023-06-12", "day"), ("2015", "year"), ("2024-07", "month"), ("", ""), ("bad", "day")]))
def test_word_salad(body: str, date: tuple[str, str]) -> None:
    _check(body, *date)


def test_edge_cases() -> None:
    for body in ["", " ", "\n\n", "x" * 200_000, ("Kim " * 5000), "defected " * 3000,
                 "\x00\x01\x02", "🙂" * 1000, "A" * 10 + "." * 10000, "Mr. " * 100, "(NIS)" * 100,
                 "One of the defectors was a member.", "the 31st the 99th the 9th,"]:
        _check(body)
