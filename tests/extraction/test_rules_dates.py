"""Rules about when an event happened, each on invented sentences (see
test_rules.py)."""

from __future__ import annotations

from .test_rules import _rows


def test_a_count_of_years_ago_opening_the_sentence_dates_the_event() -> None:
    [row] = _rows("Eighteen years ago, Park Mi-ok fled North Korea with her baby.", "2025-07-01")
    assert (row.actor_name, row.date) == ("Park Mi-ok", "2007")
    [row] = _rows("Two years ago, Park Mi-ok crossed the Tumen River.", "2025-07-01")
    assert row.date == "2023"
    # a count that is no time before the article dates nothing
    [row] = _rows("Eighteen officials said Park Mi-ok fled North Korea.", "2025-07-01")
    assert row.date == ""
