"""Rules about where a movement began or ended, each on invented
sentences (see test_rules.py)."""

from __future__ import annotations

from .test_rules import _rows


def test_arriving_from_a_place_makes_it_the_origin() -> None:
    [row] = _rows("Nine North Koreans arrived in Incheon from Mongolia on Monday.")
    assert (row.origin, row.destination) == ("Mongolia", "Incheon")
    # "from" after something else than the arrival is no origin
    [row] = _rows("Nine North Koreans arrived in Incheon on Monday with help from Mongolia.")
    assert row.origin == ""


def test_unnamed_place_of_posting_is_the_origin() -> None:
    [row] = _rows("A trade official who had been posted in a Central Asian country defected to the South in 2019.")
    assert (row.origin, row.destination) == ("Central Asian country", "South Korea")
    [row] = _rows("Two waiters at a restaurant in an unnamed Southeast Asian country fled to South Korea in March.")
    assert row.origin == "unnamed Southeast Asian country"
    # where the person went is no posting
    [row] = _rows("A diplomat defected to an African country last year.")
    assert (row.origin, row.destination) == ("", "African country")
