"""DATE spans of a body: the calendar expressions the date pattern finds
(`relative_dates.build_date_regex`), less those that are no dates ("in
their early 30s", the modal "may", "2019-year-old", "the 38th"), with
ranges joined into one span ("between 2021 and 2022", "June 8-9").
Split from `entities.py`, which collects every label's candidates."""

from __future__ import annotations

import re

from .relative_dates import find_dates

YEARLIKE = re.compile(r"(?:19|20)\d{2}")
_AGE = re.compile(r"(?:early|mid|late)[- ]?(?:teens|[1-9]0s)", re.I)
_AGE_BEFORE = re.compile(r"\b(?:in|into)\s+(?:his|her|their|the|its)\s+$", re.I)
# "between 2021 and 2022", "1990 to 1994", "June 8-9": a range is one date
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|through|until|and)\s*", re.I)


def _join_ranges(body: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Date spans joined into one where the text makes them a range: two
    dates linked by a dash, "to", "through" or "until", or by "and" after
    "between" (which the span then takes in)."""
    out: list[tuple[int, int]] = []
    for s, e in found:
        if out:
            ps, pe = out[-1]
            gap = body[pe:s]
            if _RANGE_GAP.fullmatch(gap):
                if gap.strip().lower() != "and":
                    out[-1] = (ps, e)
                    continue
                between = re.search(r"\bbetween\s+$", body[max(0, ps - 9):ps], re.I)
                if between:
                    out[-1] = (ps - (9 if ps >= 9 else ps) + between.start(), e)
                    continue
        out.append((s, e))
    return out


def date_spans(date_re: re.Pattern[str], starts: re.Pattern[str], body: str) -> list[tuple[int, int]]:
    """(start, end) of every date in `body`, ranges joined (the date
    pattern tried only where `starts` finds a date's first word)."""
    found: list[tuple[int, int]] = []
    for m in find_dates(date_re, starts, body):
        s, e = m.span()
        text = m.group()
        if _AGE.fullmatch(text) and _AGE_BEFORE.search(body, max(0, s - 12), s):
            continue  # "in their early 30s": an age, no date
        if text.startswith("the ") and text[4:5].isdigit() and not text.endswith("s"):
            before = body[max(0, s - 4):s].lower()
            after = body[e:e + 12]
            if not (before.endswith("on ") or text.endswith("month") or re.match(r"\s*(?:[,.;:)]|$|of\s+[A-Z])", after)):
                continue
        if (text == "May" or text.endswith(" May")) and not re.search(
                r"\s(?:to|and|through)\s+May$|^(?:[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s*May$|^\d{1,2}(?:st|nd|rd|th)?\s+May$", text):
            # ("25 May": a day before it makes it the month)
            # (the modal "may", unless a date word leads it: "in May", "last May")
            before = body[max(0, s - 8):s].lower().split()
            if not before or before[-1] not in ("in", "since", "until", "by", "of", "from", "to", "before",
                                                 "after", "during", "early", "late", "mid", "last", "this", "next"):
                continue
        if YEARLIKE.fullmatch(text):
            after = body[e:e + 3]
            if after.startswith(("-year", " per", "%")):
                continue
        found.append((s, e))
    return _join_ranges(body, found)
