"""Figures told as a series in one sentence: paired "respectively" with
their periods, the parts of a year, a part and its whole; and rates or
averages, which are no figures at all. Split from `statistics.py`, which
reads single figures and the "up from N in YEAR" comparisons."""

from __future__ import annotations

import calendar
import re

from ...models import EntitySpan
from .context import Sentence
from .patterns import Patterns
from .roles import head_noun
from .row import Row
from .row_dates import resolve_date
from .slots import number_value, reporter
from .statistics import first_date, sentence_figures

_FIGURE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d%])(?!\s*(?:percent|per cent))"
_FIGURE_LIST = re.compile(r"\b(" + _FIGURE + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _FIGURE + r")+)")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}


def respective_figures(P: Patterns, s: Sentence, here: list[Row], last_stat: Row | None) -> list[Row]:
    """"The figures for the third and fourth quarters were 48 and 34,
    respectively": a list of figures paired with a list of periods, once the
    article has given a statistic. Periods with a year of their own date
    their figure; periods without one ("the third and fourth quarters") take
    the year of the figure before."""
    text = s.text
    if last_stat is None:
        return []
    years_with = _YEARS_WITH.search(text)
    if years_with:  # "stayed in the double digits in 2021 and 2022 with 63 and 67": the same, told in order
        return _years_with_figures(P, s, here, last_stat, years_with)
    if "espectively" not in text:
        return []
    cue = re.search(r"\brespectively\b", text, re.I)
    if not cue:
        return []
    lists = [m for m in _FIGURE_LIST.finditer(text, 0, cue.start())
             if not all(_YEAR.fullmatch(x) for x in re.findall(_FIGURE, m.group(1)))]
    if not lists:
        return []
    figures = re.findall(_FIGURE, lists[-1].group(1))
    values = [number_value(P, f) for f in figures if not _YEAR.fullmatch(f)]
    periods: list[str] = []
    for sp in s.labelled("DATE"):
        periods.extend(p.strip() for p in re.split(r",|\band\b", sp.text) if p.strip())
    periods = periods[-len(values):] if len(periods) > len(values) else periods  # (the nearest ones pair)
    years = [y.group() for p in periods for y in [_YEAR.search(p)] if y]
    noun = _stat_noun(P, last_stat)
    out: list[Row] = []
    for i, value in enumerate(values):
        if value is None or value < 2:
            continue
        month = _MONTHS.get(periods[i].split()[-1].lower()) if len(periods) == len(values) else None
        if len(years) == len(values):
            iso, prec = years[i], "year"
        elif last_stat.date and month:
            iso, prec = f"{last_stat.date[:4]}-{month:02d}", "month"
        else:
            iso, prec = (last_stat.date[:4], "year") if last_stat.date else ("", "")
        row = _period_figure(P, s, here, value, iso, prec, f"{noun} in {periods[i]}" if len(periods) == len(values) else noun)
        if row is not None:
            out.append(row)
    return out


def _period_figure(P: Patterns, s: Sentence, here: list[Row], value: int, iso: str, prec: str, actor: str,
                   claim: bool = False) -> Row | None:
    """One figure of a series, with the period the series pairs it with. A
    row the sentence made already for the same figure takes that period (its
    own reading of the date may be a neighbour's) and None is returned;
    `claim` makes that row a statistic too ("fell from 2,914 in 2009": the
    predicate read it as an event). Otherwise, a new statistics row."""
    made = next((r for r in here if r.count == value), None)
    if made is not None:
        if iso and (made.stat or claim):
            made.date, made.precision = iso, prec
            if claim:
                made.status, made.stat = "reported_count", True
        return None
    row = Row(sent=s.si, start=s.s0, end=s.s0 + len(s.text), status="reported_count", count=value,
              stat=True, fallback=True, date=iso, precision=prec)
    row.actor = actor
    row.reported_by = reporter(P, s)
    return row


def _stat_noun(P: Patterns, last_stat: Row) -> str:
    """What the figure before counted ("defectors", "arrivals"), for the actor of the ones after it."""
    noun = head_noun(last_stat.actor)
    return noun if noun and noun.lower() in P.stat_nouns else "defectors"


#: "in 2021 and 2022 with 63 and 67": years, then their figures in the same order
_YEARS_WITH = re.compile(r"\bin\s+((?:19|20)\d{2}(?:\s*,\s*(?:19|20)\d{2})*\s*,?\s+and\s+(?:19|20)\d{2})\s*,?\s+with\s+(" + _FIGURE
                         + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _FIGURE + r")+)")


def _years_with_figures(P: Patterns, s: Sentence, here: list[Row], last_stat: Row, m: re.Match[str]) -> list[Row]:
    years = _YEAR.findall(m.group(1))
    values = [number_value(P, f) for f in re.findall(_FIGURE, m.group(2))]
    if len(years) != len(values):
        return []
    noun = _stat_noun(P, last_stat)
    out: list[Row] = []
    for year, value in zip(years, values):
        if value is None or value < 2:
            continue
        made = next((r for r in here if r.count == value), None)
        if made is not None:  # (a row the sentence made already, with the year read wrong: this one's)
            if made.stat:
                made.date, made.precision, made.actor = year, "year", f"{noun} in {year}"
            continue
        row = Row(sent=s.si, start=s.s0, end=s.s0 + len(s.text), status="reported_count", count=value,
                  stat=True, fallback=True, date=year, precision="year", actor=f"{noun} in {year}")
        row.reported_by = reporter(P, s)
        out.append(row)
    return out


#: "(in February) 85", "(in 2018,) 1,137", "(for 2017) the tally was 1,127": the figure that
#: follows a period, told before it
_FIGURE_AFTER_PERIOD = re.compile(r"\s*,?\s*(?:(?:it|(?:the|that|this)\s+(?:number|figure|total|tally|count))\s+(?:was|stood\s+at|came\s+to|reached)\s+)?"
                                  r"(?:(?:about|around|some|nearly|almost|roughly|only|just|another)\s+)?(" + _FIGURE
                                  + r")(?=\s*(?:$|[,.;:)]|\s+(?:and|then|for|people|defectors|North\s+Koreans|arrived|came|did|were|more)\b))",
                                  re.I)
_ARRIVAL = re.compile(r"\b(?:arriv\w*|came|entered)\b", re.I)
#: what leads such a period: the start of the sentence or of a part of the series
_PERIOD_LEAD = re.compile(r"(?:^|[,;:]|\band|\bthen|\bwhile|\bbut)\s*(?:in|for|during)\s+(?:the\s+)?$", re.I)


def period_first_figures(P: Patterns, s: Sentence, here: list[Row], last_stat: Row | None) -> list[Row]:
    """"In January 160 people arrived, in February 90 and in March 116":
    a series whose periods come before their figures. Each pair is a row
    dated by its own period; a row the sentence made already for one of the
    figures takes that figure's period (the nearest date after a predicate
    may be the next part's). Only with two pairs or more, so that "in
    2016, 12 waitresses fled" stays an event; and before the article has
    given a statistic, only in a sentence that says what it counts (a
    statistics noun, a defection or an arrival)."""
    text, s0 = s.text, s.s0
    if last_stat is None and not (P.defect_word.search(text) or P.stat_noun_word.search(text) or _ARRIVAL.search(text)):
        return []
    pairs: list[tuple[EntitySpan, int]] = []
    for d in s.labelled("DATE"):
        rel = d.start - s0
        m = _FIGURE_AFTER_PERIOD.match(text, d.end - s0)
        if not m or not _PERIOD_LEAD.search(text[max(0, rel - 20):rel]):
            continue
        value = number_value(P, m.group(1))
        if value is None or value < 2 or ("," not in m.group(1) and _YEAR.fullmatch(m.group(1))):
            continue
        pairs.append((d, value))
    if len(pairs) < 2 or len({v for _, v in pairs}) < len(pairs):
        return []
    noun = _stat_noun(P, last_stat) if last_stat is not None else "defectors"
    out: list[Row] = []
    for d, value in pairs:
        iso, prec = resolve_date(P, s, d)
        if not iso:
            continue
        row = _period_figure(P, s, here, value, iso, prec, f"{noun} in {' '.join(d.text.split())}")
        if row is not None:
            out.append(row)
    return out


_PART_OF_YEAR = re.compile(r"(?:^|[,:;]|\bthen|\band|\bwas|\bwere|\bat|\bwith)\s+(" + _FIGURE + r")\s+(?:people\s+|defectors\s+)?(?:for|in|during)\s+(?:the\s+)?"
                           r"((?:first|second|third|fourth|last|final)\b(?:\s+(?:three|six|nine)\s+months(?:\s+of\s+the\s+year)?|\s+quarter|\s+half)?)",
                           re.I)


def parts_of_a_year(P: Patterns, s: Sentence, here: list[Row], last_stat: Row | None) -> list[Row]:
    """"Broken into quarters, the figure was 229 for the first three months
    of the year, then 320 for the second quarter, 226 for the third and 272
    for the fourth": each part of the year the article's figures are about
    is a row, dated by that year (the figure before's, unless the sentence
    names one)."""
    text = s.text
    if last_stat is None or not last_stat.date or not re.search(r"\b(?:quarters?|half|halves|months)\b", text, re.I):
        return []
    parts = list(_PART_OF_YEAR.finditer(text))
    if len(parts) < 2:
        return []
    years = [m.group() for m in _YEAR.finditer(text)]
    year = years[0] if len(years) == 1 else last_stat.date[:4]
    noun = head_noun(last_stat.actor)
    if not noun or noun.lower() not in P.stat_nouns:
        noun = "defectors"
    out: list[Row] = []
    for m in parts:
        value = number_value(P, m.group(1))
        if value is None or value < 2:
            continue
        row = _period_figure(P, s, here, value, year, "year", f"{noun} in the {' '.join(m.group(2).split())}")
        if row is not None:  # (None: read already, and the year of the series dates it)
            out.append(row)
    return out


_PART_OF_FIGURE = re.compile(r"^(?:only\s+|just\s+|about\s+|some\s+)?(" + _FIGURE + r"|[a-z]+)\s+of\s+(?:the\s+|those\s+|"
                             r"(?:last|this)\s+year['’]s\s+|[\w-]+['’]s\s+)?(" + _FIGURE + r")\s+(.+)$", re.I)


def part_of_a_figure(P: Patterns, row: Row) -> Row | None:
    """"only three of last year's 236 defectors had come across the
    border": two figures, the whole (236, a row of its own) and the part the
    predicate tells of (3, this row, which keeps the predicate's places)."""
    m = _PART_OF_FIGURE.match(row.actor)
    if not m or row.actor_name or row.status not in ("defected", "reported_count"):
        return None
    part, whole = number_value(P, m.group(1)), number_value(P, m.group(2))
    if part is None or whole is None or not 0 < part < whole or not (row.stat or whole >= 10):
        return None
    if not row.stat and row.precision in ("day", "month") and whole < 100:
        row.count = part  # "in February, four of 31 North Koreans rescued at sea chose to stay": the four's event
        return None
    row.status, row.stat = "reported_count", True  # (a part of a figure is a figure, even of a crossing)
    total = Row(sent=row.sent, start=row.start, end=row.end, status="reported_count", count=whole, stat=True,
                fallback=True, date=row.date, precision=row.precision)
    total.actor = f"{m.group(2)} {m.group(3)}"
    total.destination = list(row.destination)
    total.reported_by = row.reported_by
    row.count, row.subset = part, True
    return total


_RANGE_PER_PERIOD = re.compile(r"\b(?:between\s+" + _FIGURE + r"\s+and\s+" + _FIGURE + r"|" + _FIGURE + r"\s*(?:-|–|to)\s*"
                               + _FIGURE + r")\s+(?:[\w-]+\s+){0,3}?(?:a|per|each)\s+(?:year|month|quarter)\b(?!\s+(?:earlier|ago|before|later))", re.I)
_AVERAGE = re.compile(r"\b(?:an\s+average\s+of|on\s+average|averag(?:ed|ing))\b", re.I)
#: "more than 200 defectors arrived each month": one figure told per period
_ONE_PER_PERIOD = re.compile(_FIGURE + r"\s+(?:[\w-]+\s+){0,5}?(?:per|each|every)\s+(?:year|month|week|day)\b", re.I)


def average_figure(text: str) -> bool:
    """"Between 1,100 and 1,500 defectors a year have made it", "an average
    of 1,000", "more than 200 arrived each month": a rate or an average is
    no figure of a period (no row)."""
    return bool(_RANGE_PER_PERIOD.search(text) or _AVERAGE.search(text) or _ONE_PER_PERIOD.search(text))




_WHOLE_AND_PART = re.compile(r"^\s*(?:Of|Among)\s+(?:the\s+)?(?P<whole>" + _FIGURE + r")(?:\s+(?P<what>[^,;]{2,120}?))?,\s*(?P<part>"
                             + _FIGURE + r")(?:,\s*or\s+[\d.]+\s*(?:%|percent|per cent),)?\s+(?:were|are|was)\s+(?P<cat>[a-z]+)\b")


#: what a whole must say of its people to count a flight: how they came, or who they are
_PEOPLE_WHO_CAME = re.compile(r"defect|asylum|\bfle[de]|escap|refugee|arriv|reach|\bcame\b|\bcome|enter|cross|resettl|North\s+Korean", re.I)


def whole_and_part(P: Patterns, s: Sentence) -> list[Row]:
    """"Of the 535 North Koreans who sought asylum in South Korea in 2015,
    444 were women": the whole is a figure, and the part (a category) is
    one too, both for the period the sentence gives."""
    m = _WHOLE_AND_PART.match(s.text)
    if not m or m.group("cat").lower() not in P.v.words("category_nouns"):
        return []
    if m.group("what") and not _PEOPLE_WHO_CAME.search(m.group("what")):
        return []  # ("Among the 500,000 people displaced (by floods), 55,000 are children": no flight counted)
    whole, part = number_value(P, m.group("whole")), number_value(P, m.group("part"))
    if whole is None or part is None or not 2 <= part < whole:
        return []
    iso, prec = first_date(P, s)
    rows = []
    for count, actor in ((whole, f"{m.group('whole')} {m.group('what') or 'defectors'}"), (part, m.group("cat").lower())):
        row = Row(sent=s.si, start=s.s0, end=s.s0 + len(s.text), status="reported_count", count=count, stat=True,
                  fallback=True, date=iso, precision=prec, subset=count == part)
        row.actor = actor
        row.reported_by = reporter(P, s)
        rows.append(row)
    return rows


#: "(dropped) from more than 2,700 in 2011 to 1,277 in 2015": two figures, each with its own period
_RANGE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?(?P<a>" + _FIGURE
                    + r")\s+(?:(?:[\w-]+\s+){0,2}?)(?:in|during)\s+(?P<ad>[^;]{2,40}?)\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                    r"almost\s+|more\s+than\s+|over\s+|just\s+|only\s+)?(?P<b>" + _FIGURE + r")\s+(?:(?:[\w-]+\s+){0,2}?)"
                    r"(?:in|during|by|last)\s+", re.I)


def range_figures(P: Patterns, s: Sentence, here: list[Row]) -> list[Row]:
    """"The number of defectors fell from 2,914 in 2009 to 1,502 in 2012":
    both ends of a change are figures, each of its own period. Rows the
    sentence made already for either figure take the period given right
    after it; the others are new. Only in a sentence that says what it
    counts (a statistics noun or a defection word)."""
    text, s0 = s.text, s.s0
    m = _RANGE.search(text)
    if not m or not (P.defect_word.search(text) or P.stat_noun_word.search(text)):
        return []
    dates = s.labelled("DATE")
    ends = []
    for group in ("a", "b"):
        value = number_value(P, m.group(group))
        if value is None or value < 2 or (_YEAR.fullmatch(m.group(group)) is not None):
            return []
        after = m.end(group)
        date = next((d for d in dates if 0 < d.start - s0 - after <= 25), None)
        if date is None:
            return []
        ends.append((value, date))
    noun = next((w for w in P.stat_noun_word.findall(text[:m.start()])), "defectors")
    out: list[Row] = []
    for value, date in ends:
        iso, prec = resolve_date(P, s, date)
        if not iso:
            continue
        row = _period_figure(P, s, here, value, iso, prec, f"{noun.lower()} in {date.text}", claim=True)
        if row is not None:
            out.append(row)
    return out


#: "..., 1,276 of them last year", "..., 312 of whom in 2019": a part of the figure before, with its own period
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\s+(?:in\s+|during\s+)?$", re.I)


def dated_parts(P: Patterns, s: Sentence, here: list[Row]) -> list[Row]:
    """"As of March, about 29,000 people had fled North Korea, 1,276 of
    them last year": the part is a figure of its own period, and the
    period it names is not the whole's (which keeps the sentence's other
    date, or none)."""
    wholes = [r for r in here if r.stat and r.count]
    if not wholes:
        return []
    text, s0 = s.text, s.s0
    dates = s.labelled("DATE")
    out: list[Row] = []
    for fig in sentence_figures(s):
        value = number_value(P, fig.text)
        whole = next((r for r in wholes if r.count and value is not None and r.count > value), None)
        if whole is None or value is None or value < 2 or any(r.count == value for r in here):
            continue
        date = next((d for d in dates if d.start >= fig.end and _OF_THEM.fullmatch(text[fig.end - s0:d.start - s0])), None)
        if date is None:
            continue
        iso, prec = resolve_date(P, s, date)
        if not iso:
            continue
        if whole.date == iso:  # (the whole took the part's period: its own is another date of the sentence, or none)
            other = next((d for d in dates if d.end <= fig.start and d is not date), None)
            whole.date, whole.precision = resolve_date(P, s, other) if other is not None else ("", "")
        row = Row(sent=s.si, start=s0, end=s0 + len(text), status="reported_count", count=value,
                  stat=True, fallback=True, date=iso, precision=prec, subset=True)
        row.actor = f"{head_noun(whole.actor) or 'defectors'} in {date.text}"
        row.reported_by = reporter(P, s)
        out.append(row)
    return out


#: "In 2020, it was 229", "That number nearly doubled the next year, reaching 1,138", "The figure fell
#: to 90 in 2021": a figure whose subject stands for the statistic of the sentence before
_ANAPHORIC_FIGURE = re.compile(
    r"^(?:[^,;]{0,40},\s*)?(?:it|that|this|(?:that|this|the)\s+(?:number|figure|total|tally|count))\s+"
    r"(?:(?:[a-z]+ly|then|later|again)\s+)?(?:(?:was|were|stood\s+at|came\s+to|hit|reached)\b"
    r"|[a-z]+\b[^.;]{0,40}?(?:\bto|,\s*(?:reaching|hitting|at))\b)\s+(?:(?:about|around|some|nearly|only|just|roughly)\s+)?"
    r"(\d{1,3}(?:,\d{3})+|\d+)(?![\d%])(?!\s*(?:percent|per cent|%))", re.I)
#: "the next year", "a year earlier": the period counted from the statistic told before
_YEAR_SHIFT = re.compile(r"\b(?:(?:the\s+)?(?:next|following)\s+year|a\s+year\s+later)\b|\b((?:the\s+)?(?:previous|preceding|prior)\s+year"
                         r"|a\s+year\s+(?:earlier|before))\b", re.I)


def anaphoric_figure(P: Patterns, s: Sentence, before: Row | None) -> Row | None:
    """"Last year, it was 67": a figure whose subject ("it", "that number")
    is the statistic of the sentence just before, for another period (a
    date of its own, or "the next year" from the one before). None when
    there is no such statistic or the sentence names no other period."""
    if before is None or not before.count or s.si - before.sent > 2:
        return None
    m = _ANAPHORIC_FIGURE.match(P.dateline.sub("", s.text, count=1))
    if m is None:
        return None
    value = int(m.group(1).replace(",", ""))
    if value < 2 or value == before.count or ("," not in m.group(1) and 1900 <= value <= 2100):
        return None
    shift = _YEAR_SHIFT.search(s.text)
    if shift and before.date[:4].isdigit():
        iso, prec = str(int(before.date[:4]) + (-1 if shift.group(1) else 1)), "year"
    else:
        iso, prec = first_date(P, s)
    if not iso or iso == before.date or prec == "day":
        return None  # (the same figure told again, no period of its own, or a day: no period of a figure)
    row = Row(sent=s.si, start=s.s0, end=s.s0 + len(s.text), status="reported_count", count=value,
              stat=True, fallback=True, date=iso, precision=prec)
    noun = head_noun(before.actor)
    row.actor = f"{noun if noun.lower() in P.stat_nouns else 'defectors'} in {iso[:4]}"
    row.destination = list(before.destination)
    row.reported_by = reporter(P, s)
    return row
