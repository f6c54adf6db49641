"""A figure told twice is one row, at its first telling.

News of arrival statistics often opens with the trend ("The number of
defectors reaching the South fell sharply in the first quarter") and gives
the figure in the next sentence, or opens with a rounded figure ("topped
1,400 in the first six months") and gives the exact one later ("a total of
1,428 ... in the January-June period"). The gold conventions make the first
telling the evidence and later mentions no row of their own.
"""

from __future__ import annotations

import re

from .context import Doc, Sentence
from .patterns import Patterns
from .row import Row
from .statistics import first_date

#: "the number of North Koreans who resettled in the South dropped" (the verbs: trend_lead_verbs)
_TREND_LEAD = re.compile(r"\b(?:number|tally|total|count)\s+of\s+[^.;]{0,80}?$", re.I)
#: "11 percent more North Koreans escaped (to South Korea in 2016)": a change told of the people themselves
_SHARE_MORE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?:more|fewer|less)\s+(?:North\s+Koreans?|defectors|refugees|escapees)\b", re.I)
_INTO_SOUTH = re.compile(r"\b(?:to|in|into|reaching|reached|entering|entered)\s+(?:the\s+South\b(?![\s-]*[A-Z])|South\s+Korea\b)")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s*$")
#: how far an exact figure may be from a round one told before it (relative difference)
ROUNDED = 0.05


def _recent(rows: list[Row], since: int):
    """The rows of sentence `since` on, newest first (a long statistics
    table is not searched again for each of its figures)."""
    for o in reversed(rows):
        if o.sent < since:
            return
        yield o


def _only_furniture_before(doc: Doc, si: int) -> bool:
    """Whether the lines before sentence `si` are a page's furniture only
    ("By Yonhap", "Published : Jan 20, 2022 - 15:50"): lines that end in no
    full stop, so that sentence `si` opens the report."""
    return all(not _SENTENCE_END.search(doc.sentence(i).text) for i in range(si))


def first_tellings(P: Patterns, rows: list[Row], doc: Doc) -> list[Row]:
    """Move a figure's evidence to a figure-less lead just before it, and
    drop a later figure that repeats an earlier one of the same period."""
    out: list[Row] = []
    for r in rows:
        if r.stat and r.count and any(
                o.stat and o.count and o.sent < r.sent and o.date and o.date == r.date and not o.subset and not r.subset
                and (o.count == r.count or o.count % 10 == 0 and abs(o.count - r.count) <= ROUNDED * o.count)
                for o in _recent(out, r.sent - 3)):
            continue  # "topped 1,400 ..." then "a total of 1,428 ...": one figure
        out.append(r)
    stats = [r for r in out if r.stat and r.count]
    first = stats[0] if stats else None
    lead = _trend_lead(P, doc, first, out) if first is not None else None
    if first is not None and lead is not None:
        first.sent, first.start, first.end = lead.si, lead.s0, lead.s0 + len(lead.text)
        iso, prec = first_date(P, lead)
        if iso:  # (the period as the lead gives it)
            first.date, first.precision = iso, prec
        if _INTO_SOUTH.search(lead.text):
            first.destination = ["South Korea"]
    return out


def _trend_lead(P: Patterns, doc: Doc, first: Row, rows: list[Row]) -> Sentence | None:
    """The figure-less sentence that tells the trend of the report's first
    figure: the sentence just before it, or the report's opening sentence
    one further back ("The number ... dropped 21 percent in 2017 ... | The
    decline comes as ... | ... 1,127 arrived"); None when there is none."""
    for back in (1, 2):
        si = first.sent - back
        if si < 0 or not (first.sent in (1, 2) and back == 1 or _only_furniture_before(doc, si)):
            continue
        if any(si <= r.sent < first.sent for r in rows if r is not first):
            return None  # (another row told between: the lead is its own)
        lead = doc.sentence(si)
        # (no figure of people: years, percentages, spans of time and names with a number, "COVID-19", are none)
        bare = re.sub(r"\b[A-Za-z]\w*-\d+\b|\d+(?:\.\d+)?\s*(?:%|percent|per cent)|\b(?:19|20)\d{2}\b|\b(?:\d+|[a-z]+)\s+(?:consecutive\s+|straight\s+)?"
                      r"(?:years?|months?|quarters?|weeks?|days?)\b", "", lead.text)
        verb = P.trend_lead_verbs.search(lead.text)
        if (verb and _TREND_LEAD.search(lead.text[:verb.start()]) or _SHARE_MORE.search(lead.text)) \
                and not P.any_number.search(P.dateline.sub("", bare, count=1)):
            return lead
    return None
