"""Tens and units written apart, with no hyphen: "twenty nine" (29). The
recogniser's NUMBER spans and the incident reader's counts read them the
same way, from here, with the tens and units taken from the vocabulary's
number words (as "twenty-nine" is, joined)."""

from __future__ import annotations

import re
from collections.abc import Mapping

_PAIR = re.compile(r"\b(?=([a-z]+)\s+([a-z]+)\b)")  # (a lookahead: "some forty seven" holds two pairs)


def tens_and_units(number_words: Mapping[str, int]) -> tuple[frozenset[str], frozenset[str]]:
    """The words for 20, 30, ... 90 and those for 1 ... 9."""
    tens = frozenset(w for w, v in number_words.items() if 20 <= v <= 90 and v % 10 == 0 and w.isalpha())
    units = frozenset(w for w, v in number_words.items() if 1 <= v <= 9 and w.isalpha())
    return tens, units


def split_tens_value(text: str, number_words: Mapping[str, int], tens: frozenset[str], units: frozenset[str]) -> int | None:
    """The number of the first "<tens> <unit>" in `text` (lower case), or
    None; `tens` and `units` as `tens_and_units` gives them (made once)."""
    if " " not in text:
        return None
    for m in _PAIR.finditer(text):
        if m.group(1) in tens and m.group(2) in units:
            return number_words[m.group(1)] + number_words[m.group(2)]
    return None
