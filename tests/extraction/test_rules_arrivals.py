"""Rules about being received somewhere and asking to be: arrivals told
in the passive, wishes to resettle. Invented sentences only (see
test_rules.py)."""

from __future__ import annotations

from .test_rules import _rows


def test_people_taken_in_by_a_country_arrived_there() -> None:
    [row] = _rows("Five North Korean refugees were admitted to Canada in June.", "2012-07-07")
    assert (row.status, row.count, row.destination) == ("defected", 5, "Canada")
    assert _rows("Seven North Koreans were taken in by police for questioning.", "2012-07-07") == []


def test_a_wish_to_resettle_in_the_south_is_a_request() -> None:
    [row] = _rows("Three fishermen held in Japan said they wish to leave North Korea and resettle in South Korea.", "2025-03-01")
    assert (row.status, row.count, row.destination) == ("sought_asylum", 3, "South Korea")
    [row] = _rows("Two sailors said they wish to resettle in South Korea.", "2025-03-01")
    assert row.status == "sought_asylum"
