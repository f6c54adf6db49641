"""Rules about what a name is (a person, an organisation, a place), each
on invented sentences (see test_rules.py)."""

from __future__ import annotations

from .test_rules import EX


def _labels(body: str) -> dict[str, str]:
    return {sp.text: sp.label for sp in EX.entities_only(body)}


def test_a_name_described_as_a_site_is_an_organisation() -> None:
    got = _labels("Six cooks from Pak Song Ok, a state-run restaurant in Bishkek, went missing in May.")
    assert got.get("Pak Song Ok") == "ORG"
    assert got.get("Bishkek") == "LOCATION"
    # a person described by his work at a site, or by a post at one, stays a person
    got = _labels("Kim Ok-sun, a worker at the factory, left in May. Ri Chol, the hotel manager, left too.")
    assert (got.get("Kim Ok-sun"), got.get("Ri Chol")) == ("PERSON", "PERSON")
