"""The clause before a predicate, stripped to the actor's words
(index/extract/incidents/actor_region.py): one stripping, two readings."""

from __future__ import annotations

from defect_tui.index.extract.incidents.actor_region import strip_regions
from defect_tui.index.extract.incidents.actor_text import tidy_actor
from defect_tui.index.extract.incidents.patterns import Patterns
from defect_tui.index.extract.vocab import load_vocab

P = Patterns(load_vocab())


def test_a_description_after_a_counted_actor_is_cut_in_one_reading_only() -> None:
    # (invented) the first reading is the actor; the second keeps what read_actor searches for persons
    cut, kept = strip_regions(P, "Eleven fishermen, the crew of a squid boat,", [])
    assert cut == "Eleven fishermen"
    assert kept == "Eleven fishermen, the crew of a squid boat"


def test_without_a_description_both_readings_agree_and_lose_the_opener() -> None:
    cut, kept = strip_regions(P, "In the spring, a navy sergeant himself", [])
    assert cut == kept == "a navy sergeant"


def test_the_number_words_are_cut_by_the_compiled_patterns_too() -> None:
    # "..., four of them from one village": the members after the group (number words from the data)
    assert strip_regions(P, "nine farmers, four of them from one village", [])[0] == "nine farmers"
    # "Three years later, ...": a time told from another event opens the clause
    assert strip_regions(P, "Three years later, two nurses", [])[0] == "two nurses"


def test_what_people_were_trying_to_do_is_no_part_of_the_actor() -> None:
    # (invented) who they are ends before what they tried, or what they are charged with trying
    assert tidy_actor(P, "14 North Koreans attempting to make their way into Laos") == "14 North Koreans"
    assert tidy_actor(P, "a fisherman and his son face charges of trying to flee to the South") == "a fisherman and his son"
    assert tidy_actor(P, "people trying") == "people trying"
    assert tidy_actor(P, "eleven refugees face being sent back") == "eleven refugees"
