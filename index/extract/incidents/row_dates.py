"""When a row's event took place: the date attached to its predicate (after
it in its clause, else before it, else in the sentence's lead), resolved
against the publication date; a day counted from another ("a day earlier"),
a time measured from another event ("some two months after they fled"), the
year so far ("since the start of this year"), and "missing since". Split from
`slots.py`, which reads the count, the places and the reporter.
"""

from __future__ import annotations

import datetime as dt
import re

from ...models import EntitySpan
from ..relative_dates import resolve
from .context import Sentence
from .patterns import Patterns
from .row import Row
from .slots import number_value


def resolve_date(P: Patterns, s: Sentence, sp: EntitySpan) -> tuple[str, str]:
    """The date a span means. "The next year" counts from the year the
    sentence told before it ("2,706 came in 2011; the figure fell to 1,502
    the next year" -> 2012), not from the day of publication."""
    before = s.text[:sp.start - s.s0]
    if re.fullmatch(r"next\s+year", sp.text, re.I) and re.search(r"\bthe\s+$", before, re.I):
        years = [int(y) for d in s.labelled("DATE") if d.end <= sp.start for y in _YEAR_IN.findall(d.text)]
        if years:
            return str(years[-1] + 1), "year"
    return resolve(sp.text, s.article.date, s.article.date_precision, P.v.number_words)


#: where a comparison with another figure begins
_COMPARISON = re.compile(r"\b(?:up|down)\s+(?:\S+\s+)?from\b|\bcompared\s+(?:with|to)\b|\bagainst\b|\bversus\b", re.I)
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def attributive_year(P: Patterns, text: str, at: int) -> bool:
    """"under a 2004 law", "the 1953 armistice", "a 2017 UN resolution": a year before a noun after a
    determiner names another thing; it dates no event of the clause. But a
    year before an occasion of the event dates it ("during a 1997 trip to
    Beijing", "his 2016 defection")."""
    return bool(re.search(r"\b(?:a|an|the|its|his|her|their)\s+$", text[max(0, at - 8):at], re.I)
                and re.match(r"(?:19|20)\d{2}\s+[a-zA-Z]", text[at:at + 7])) and not P.occasion_after_year.match(text, at)


#: ", 15 years after he | fled": the event dated back from the time the sentence told first
_YEARS_AFTER = re.compile(r"\b(?P<n>\d{1,2}|[a-z]+)\s+(?P<unit>years?)\s+after\s+(?:he|she|they)\s+(?:had\s+)?$", re.I)
#: "Last year, | according to the ministry, | 224 defectors arrived": a source told between the date and its
#: clause, no report with a date of its own
_ACCORDING = re.compile(r"\baccording\s+to\s+[^,;]{1,80},", re.I)


#: ", the same official confirms,": an aside (one that ends in a reporting verb) between the date and the clause it dates
_ASIDE = re.compile(r",\s+([^,;]{1,50}),\s+(?=\S)")


def read_date(P: Patterns, row: Row, s: Sentence, cs: int, ps: int, pe: int, end: int,
              gap: tuple[int, int] = (0, 0)) -> None:
    """The date attached to the predicate: after it in its clause, else
    before it in the clause, else in the sentence's lead; never a date of
    the reporting ("said on Tuesday", "Posted ..."), nor one in `gap` (a
    relative clause about someone else's event)."""
    text, s0 = s.text, s.s0
    dates = s.labelled("DATE")
    versus = _COMPARISON.search(text, pe, end)
    if versus:
        end = versus.start()  # "jumped to more than 400, up from 50 last year": the comparison's date is its own

    def ok(sp: EntitySpan) -> bool:
        if gap[0] <= sp.start - s0 < gap[1]:
            return False
        before = text[:sp.start - s0]
        if row.count and row.count >= 10 and re.search(r"\bsince\s+(?:the\s+)?$|\bsince\b[^,;.]{0,60}$", before[-70:], re.I):
            return False  # "since the 1950-53 war, more than 30,000 have fled", "Since the war ended in 1953, ...": where a running total starts
        if attributive_year(P, text, sp.start - s0):
            return False
        return not P.reporting_end.search(before) and not re.search(r"\b(?:posted|updated)\s*$", before, re.I)
    shift = P.day_offset.search(text, pe, end)
    if shift and not any(pe <= sp.start - s0 < shift.start() for sp in dates):
        # "confirmed on Friday that 13 had defected a day earlier": counted from the day told before
        told = [sp for sp in dates if sp.end - s0 <= shift.start()]
        iso, prec = resolve_date(P, s, told[-1]) if told else ("", "")
        n = 1 if shift.group(1).lower() in ("a", "an") else number_value(P, shift.group(1))
        if prec == "day" and n:
            days = n * (7 if shift.group(2).startswith("week") else 1)
            day = dt.date.fromisoformat(iso) + dt.timedelta(days=-days if shift.group(3) in ("earlier", "before") else days)
            row.date, row.precision = day.isoformat(), "day"
            return
    since = _YEARS_AFTER.search(text, 0, ps)
    if since and (n := number_value(P, since.group("n"))) and since.group("unit").startswith("year"):
        # "was killed in 1997, 15 years after he fled": counted back from the date told before it
        told = [sp for sp in dates if sp.end - s0 <= since.start()]
        iso, _ = resolve_date(P, s, told[-1]) if told else ("", "")
        if iso[:4].isdigit():
            row.date, row.precision = str(int(iso[:4]) - n), "year"
            return
    after = [sp for sp in dates if pe <= sp.start - s0 < end and ok(sp)]
    before = [sp for sp in dates if cs <= sp.start - s0 < ps and ok(sp)]
    lead = [sp for sp in dates if sp.start - s0 < cs and ok(sp) and not P.reporting.search(_ASIDE.sub(
        lambda m: ", " if P.reporting_end.search(m.group(1)) else m.group(), _ACCORDING.sub("", text[sp.end - s0:ps])))
            and not re.search(r"\b(?:who|which)\b[^,;]*$", text[:sp.start - s0])]  # (not a relative clause's: "According to Tae, who defected in 2016,")
    for group in (after, list(reversed(before)), list(reversed(lead))):
        for sp in group:
            iso, prec = resolve_date(P, s, sp)
            if iso:
                row.date, row.precision = iso, prec
                return
    if _year_so_far(P, row, s, pe):
        return
    offset_date(P, row, s, end)


#: "since the beginning of 2017", "since the start of this year", "since January": a count of the year so far
_SINCE_YEAR_START = re.compile(r"\bsince\s+(?=(?:the\s+(?:beginning|start)\s+of\s+(?:this\s+year|the\s+year|(?:19|20)\d{2})|January)\b)", re.I)


def _year_so_far(P: Patterns, row: Row, s: Sentence, pe: int) -> bool:
    """A movement counted "since the beginning of 2017" in a 2017 article is
    dated by that year (the year so far); since the start of an earlier year,
    the span runs over years and dates nothing."""
    stop = re.search(r"[;.]", s.text[pe:])
    m = _SINCE_YEAR_START.search(s.text, pe, pe + stop.start() if stop else len(s.text))
    at = next((sp for sp in s.labelled("DATE") if m and sp.start - s.s0 == m.end()), None)
    if at is None:
        return False
    iso, _ = resolve_date(P, s, at)
    if not iso or iso[:4] != s.article.date[:4]:
        return False
    row.date, row.precision = iso[:4], "year"
    return True


def offset_date(P: Patterns, row: Row, s: Sentence, end: int) -> None:
    """"Two years earlier, she had fled", "Three months later he crossed
    too": a time counted from the date the story told last (in this
    sentence before the offset, else in the three sentences before it), as
    precise as the unit allows: years give a year, months a month, days
    and weeks a day (each only from an anchor that precise)."""
    shift = P.time_offset.search(s.text, 0, end)
    if shift is None or P.reporting_end.search(s.text[:shift.start()]) or P.reporting.match(
            s.text, shift.end() + 1) or re.search(r"\breports?\s+$", s.text[:shift.start()], re.I):
        return  # ("Reports a day earlier said ...": when it was told, not when it happened)
    n = 1 if shift.group(1).lower() in ("a", "an") else number_value(P, shift.group(1))
    if not n:
        return
    anchor = ("", "")
    for si in range(s.si, max(-1, s.si - 4), -1):
        sent = s if si == s.si else s.doc.sentence(si)
        limit = sent.s0 + (shift.start() if si == s.si else len(sent.text))
        for sp in reversed(sent.labelled("DATE")):
            if sp.end <= limit and not P.reporting_end.search(sent.text[:sp.start - sent.s0]):
                anchor = resolve_date(P, sent, sp)
                if anchor[0]:
                    break
        if anchor[0]:
            break
    _shift(row, anchor, -n if shift.group(3).lower() in ("earlier", "before") else n, shift.group(2).lower())


def _shift(row: Row, anchor: tuple[str, str], n: int, unit: str) -> None:
    """`row`'s date: `n` units from the anchor date, as precise as the unit
    allows (years a year, months a month, weeks and days a day), each only
    from an anchor that precise."""
    iso, prec = anchor
    if not iso:
        return
    if unit.startswith(("year", "decade")):
        row.date, row.precision = str(int(iso[:4]) + n * (10 if unit.startswith("decade") else 1)), "year"
    elif unit.startswith("month") and prec in ("month", "day"):
        months = int(iso[:4]) * 12 + int(iso[5:7]) - 1 + n
        row.date, row.precision = f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    elif prec == "day":
        days = n * (7 if unit.startswith("week") else 1)
        row.date, row.precision = (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat(), "day"


def measured_date(P: Patterns, row: Row, s: Sentence, measure: re.Match[str], main_start: int) -> None:
    """"Some two months after they fled their homeland, 12 workers found
    themselves on Tuesday in court": the event's date is the measure
    before the main clause's date (else the article's)."""
    n = number_value(P, measure.group("n"))
    if not n:
        return
    anchor = next((resolve_date(P, s, sp) for sp in s.labelled("DATE") if sp.start - s.s0 >= main_start), None)
    if not anchor or not anchor[0]:
        anchor = (s.article.date, s.article.date_precision)
    _shift(row, anchor, -n, measure.group("unit").lower())


def missing_since(P: Patterns, row: Row, s: Sentence, pe: int) -> None:
    """"has been missing since late August", "have been held in Vietnam
    since Nov. 23": the date after "since" is when the person went missing
    or was caught (the clause reader stops at "since")."""
    m = re.match(r"\s*(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+)?since\s+", s.text[pe:])
    if not m:
        return
    for sp in s.spans:
        if sp.label == "DATE" and sp.start - s.s0 == pe + m.end():
            iso, prec = resolve_date(P, s, sp)
            if iso:
                row.date, row.precision = iso, prec
            return


# ------------------------------------------------- two rows' dates compared
# (whether two rows may tell one event: post.py's merges ask these)


def year_of(row: Row) -> int | None:
    return int(row.date[:4]) if row.date[:4].isdigit() else None


def compatible_dates(a: Row, b: Row) -> bool:
    """Two rows at most a year apart (or one undated): a name's rows allow
    for a "last year" read a year off."""
    ya, yb = year_of(a), year_of(b)
    return ya is None or yb is None or abs(ya - yb) <= 1


def same_year(a: Row, b: Row) -> bool:
    """The same actor's words told again a few sentences on are the same
    event unless the two are dated to different years ("On December 1, 2018
    a North Korean soldier crossed ... A year before that, a North Korean
    soldier dashed south"): a bare description carries no tolerance for a
    "last year" read a year off, as a name does."""
    ya, yb = year_of(a), year_of(b)
    return ya is None or yb is None or ya == yb


def other_month(a: Row, b: Row) -> bool:
    """Two rows dated to different months ("last week" in May, "fled to China
    in January"): another event, whatever else they share."""
    return len(a.date) >= 7 and len(b.date) >= 7 and a.date[:7] != b.date[:7]
