"""A total and its parts told after a colon, year by year.

"North Korea's armed forces had seen only four defections in the past five
years: one in 2016, one in 2015 and two in 2012." The sentence gives a
figure for a window and then splits it by year; the gold conventions make
each a reported count: the total (undated when its period is a window, "the
past five years") and each part with its year, one person included (a
part of a series is a figure, not a person's event). Read by shape: a
number and a noun of defections before the colon, then only "N in YEAR"
items joined by commas and "and" after it, whose numbers add up to the
total. The sum keeps lists of anything else (ages, casualties) out.
"""

from __future__ import annotations

import functools
import re

from .context import Sentence
from .patterns import Patterns
from .row import Row
from .slots import number_value, reporter

#: the nouns whose number a breakdown splits
_NOUNS = r"(?:defections?|defectors?|arrivals?|escapees?|refugees?|cases?)"


@functools.lru_cache(maxsize=4)
def _patterns(num: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    item = num + r"\s+in\s+((?:19|20)\d{2})"
    total = re.compile(num + r"\s+(?:[\w'-]+\s+){0,3}?" + _NOUNS + r"\b(?P<between>[^:;.]{0,80}):\s*"
                       r"(?P<items>" + item + r"(?:(?:,\s*|,?\s+and\s+)" + item + r"){1,6})(?=\s*[.;,]|\s*$)", re.I)
    return total, re.compile(item, re.I)


def _value(P: Patterns, text: str) -> int | None:
    return 1 if text.lower() == "one" else number_value(P, text)


def colon_breakdown(P: Patterns, s: Sentence, here: list[Row]) -> list[Row]:
    """Rows for "<N> defections ...: a in YEAR, b in YEAR and c in YEAR"
    (the total unless a row of the sentence has it already, then each
    part); none when the parts do not add up to the total."""
    if ":" not in s.text:
        return []
    total_rx, item_rx = _patterns("(one|" + P.stat_number[1:])  # (a part may be of one)
    m = total_rx.search(s.text)
    if m is None:
        return []
    total = _value(P, m.group(1))
    parts = [(_value(P, i.group(1)), i.group(2)) for i in item_rx.finditer(m.group("items"))]
    if total is None or total < 2 or any(v is None for v, _ in parts) or sum(v or 0 for v, _ in parts) != total:
        return []
    out: list[Row] = []
    who = re.search(_NOUNS, m.group(), re.I)
    noun = who.group().lower() if who else "defections"
    if not any(r.count == total for r in here):
        window = re.search(r"\b(?:(?:in|over|during)\s+)?(?:the\s+)?(?:past|last)\s+(?:[\w-]+\s+)?(?:years?|months?|decades?)\b",
                           m.group("between"), re.I)
        row = Row(sent=s.si, start=s.s0, end=s.s0 + len(s.text), status="reported_count", count=total, stat=True, fallback=True)
        row.actor = noun + (" " + window.group() if window else "")
        row.reported_by = reporter(P, s)
        out.append(row)
    for value, year in parts:
        row = Row(sent=s.si, start=s.s0, end=s.s0 + len(s.text), status="reported_count", count=value, stat=True,
                  fallback=True, date=year, precision="year")
        row.actor = f"{noun} in {year}"
        row.reported_by = reporter(P, s)
        out.append(row)
    return out
