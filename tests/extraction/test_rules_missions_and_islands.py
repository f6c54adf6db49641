"""Rules about where people go: a rush on a mission's gate, a swim or a
boat to the South's islands on the sea line. Each on invented sentences
(see test_rules.py)."""

from __future__ import annotations

from .test_rules import _rows


def test_a_rush_on_the_gate_or_fence_of_a_mission_is_an_asylum_bid() -> None:
    [row] = _rows("A family of four from North Korea rushed the main gate of the Canadian embassy in Bangkok on Sunday.",
                  "2004-09-03")
    assert (row.count, row.status, row.date) == (4, "sought_asylum", "2004-08-29")
    [row] = _rows("Nine North Korean students charged the fence of a guarded compound of diplomatic buildings in Hanoi.")
    assert (row.count, row.status) == (9, "sought_asylum")
    # a charge of another kind, or a gate of no mission, is none
    assert _rows("Nine North Koreans were charged with illegal entry at the gate of the factory.") == []
    assert _rows("A North Korean crowd rushed the gate of the stadium after the match.") == []


def test_a_swim_to_an_island_of_the_south_on_the_sea_line_is_a_crossing() -> None:
    [row] = _rows("Three North Korean fishermen swam to Daecheongdo overnight, the navy said.", "2014-08-15")
    assert (row.count, row.role, row.status) == (3, "fisherman", "defected")
    [row] = _rows("A North Korean soldier drifted to Baengnyeong on a log in June, the military said.", "2019-08-01")
    assert (row.role, row.date, row.status) == ("soldier", "2019-06", "defected")
    # islanders leaving their island, or a ferry to it, are no crossing
    assert _rows("Hundreds of islanders escaped from Yeonpyeong after the attack.") == []
    assert _rows("The ferry to Baengnyeong left Incheon at dawn with North Korea watching.") == []


def test_an_arrival_at_a_port_or_coast_of_a_country_named_by_its_people() -> None:
    [row] = _rows("Five North Koreans who reached a Japanese harbour in a wooden boat asked to go to the South.")
    assert (row.actor, row.count, row.status) == ("Five North Koreans", 5, "defected")
    # a ship is no people
    assert _rows("A North Korean cargo ship reached a Japanese port on Monday.") == []
