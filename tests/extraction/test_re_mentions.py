"""The last sieve of re-mentions (index/extract/incidents/re_mentions.py):
a row is asked only of the kept rows it can pair with, and the answer is
the one asking every kept row gave."""

from __future__ import annotations

from defect_tui.index.extract.incidents.patterns import Patterns
from defect_tui.index.extract.incidents.re_mentions import REACH, drop_re_mentions, tells_again
from defect_tui.index.extract.incidents.row import Row
from defect_tui.index.extract.vocab import load_vocab

P = Patterns(load_vocab())


def _group(sent: int, actor: str = "eleven fishermen", count: int | None = 11) -> Row:
    return Row(sent=sent, start=sent * 100, end=sent * 100 + 50, status="defected", actor=actor, count=count)


def _every_kept_row_asked(rows: list[Row], body: str) -> list[Row]:
    """The sieve as it read before it kept its rows by sentence: each row asked of all kept."""
    out: list[Row] = []
    for r in rows:
        if any(f.sent != r.sent and tells_again(P, f, r) for f in out):
            continue
        if not r.stat and any(not f.stat and f.sent < r.sent for f in out) and P.decision.search(body, r.start, r.end):
            continue
        out.append(r)
    return out


def test_a_group_told_again_nearby_is_dropped_and_far_on_is_kept() -> None:
    body = " " * 2000
    near, far = _group(0), _group(REACH + 3)
    rows = [near, _group(2, "the fishermen"), far]
    kept = drop_re_mentions(P, rows, body)
    assert kept == [near, far]
    assert kept == _every_kept_row_asked(rows, body)


def test_rows_out_of_sentence_order_are_sieved_as_before() -> None:
    # (invented) rows a step before put out of order: a later sentence's row first, then earlier ones
    body = " " * 4000
    rows = [_group(9), _group(3), _group(8, "the fishermen"), _group(1, "two soldiers", 2), _group(4, "the soldiers", 2),
            _group(20), _group(14, "the fishermen")]
    assert drop_re_mentions(P, rows, body) == _every_kept_row_asked(rows, body)


def test_a_table_of_thousands_of_figures_keeps_every_year() -> None:
    # one yearly figure a sentence, each its own count: none tells another again
    rows = [Row(sent=i, start=i * 90, end=i * 90 + 80, status="reported_count", actor="North Koreans", count=1000 + i,
                date=str(1950 + i % 75), stat=True) for i in range(3000)]
    assert len(drop_re_mentions(P, rows, " " * 300000)) == 3000
