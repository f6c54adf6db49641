"""Reported counts: a figure for a period or a category is a statistic, not
an event, and a series of them ("up from 1,275 in 2015") is one row per
figure."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ..thousands import THOUSANDS
from .clauses import clause_end, mask_dates
from .context import Sentence
from .patterns import MISSION_WORD, Patterns
from .roles import head_noun
from .row import PredicateKind, Row
from .row_dates import resolve_date
from .slots import number_value, reporter


def first_date(P: Patterns, s: Sentence) -> tuple[str, str]:
    """The first date of the sentence that resolves: a figure's period.
    The dateline's date and the day a report was made ("said Tuesday") date
    the report, not the figure: they count only when nothing else does; a
    date after "since" or "after" bounds a span, and dates nothing."""
    text, s0 = s.text, s.s0
    dl = P.dateline.match(text) or P.dateline2.match(text)
    fallback = ("", "")
    for sp in s.labelled("DATE"):
        iso, prec = resolve_date(P, s, sp)
        if not iso:
            continue
        rel = sp.start - s0
        if (dl and rel < dl.end()) or re.search(P.reporting.pattern + r"\s+(?:on\s+)?$", text[max(0, rel - 25):rel], re.I):
            fallback = fallback if fallback[0] else (iso, prec)
            continue
        if re.search(r"\b(?:since|after|before|until)\s+(?:the\s+)?$", text[max(0, rel - 12):rel], re.I):
            continue  # where a span starts or ends ("climbed after 2000", "since the 1950-53 war") is no period of a figure
        return iso, prec
    return fallback


def trend_count(P: Patterns, text: str, pe: int) -> int | None:
    """The figure of a trend statement after the predicate: "defectors
    arriving in South Korea declined ... with a total of 1,047", "... rose
    to 196". Years, percentages and money are no figures."""
    m = P.trend_verbs.search(text, pe)
    if not m:
        return None
    for n in P.num_in_text.finditer(text, m.end(), min(len(text), m.end() + 90)):
        raw = n.group(1)
        tail = text[n.end():n.end() + 14].lower()  # ("rose 16.7 percent": no figure of people)
        if ("," not in raw and 1900 <= int(raw) <= 2100) or re.match(r"(?:\.\d+)?\s*(?:%|percent|per cent|million|billion|won|dollars|yuan)", tail):
            continue
        if text[max(0, n.start() - 1):n.start()] in "$€£₩" and n.start() > 0:
            continue
        if re.search(r"[A-Za-z]-$", text[max(0, n.start() - 2):n.start()]):
            continue  # ("during the Covid-19 pandemic": a number inside a name)
        value = int(raw.replace(",", ""))
        return value if value >= 2 else None
    return None


#: the members of a group told between its number and its verb: ", among them two children,"
_MEMBERS_ASIDE = re.compile(r",\s*(?:including|among\s+them|among\s+whom|of\s+whom)\b[^,;]{1,80},\s*$", re.I)


def counted_arrival(P: Patterns, s: Sentence, ps: int, pe: int) -> bool:
    """"196 defectors arrived in the fourth quarter": an arrival with a date
    instead of a place is a statistic when a number of people precedes it."""
    text, s0 = s.text, s.s0
    dated = any(sp.label == "DATE" and 0 <= sp.start - s0 - pe <= 12
                and re.fullmatch(r"\w+\s+(?:in|during|since)\s+", text[ps:sp.start - s0], re.I) for sp in s.spans)
    aside = _MEMBERS_ASIDE.search(text, 0, ps)
    if aside:  # ("12 North Koreans, among them two children, reached ...": the group's own number)
        ps = aside.start()
    number_before = [sp for sp in s.spans if sp.label == "NUMBER" and sp.end - s0 <= ps and ps - (sp.end - s0) <= 40]
    if dated and number_before:
        return True
    # "Last year 1,127 defectors arrived, ...": a counted statistics noun
    # right before the verb, and a date in the same clause
    if not number_before or not P.stat_noun_at_end.search(text[:ps].rstrip()):
        return False
    end = clause_end(P, text, pe)
    return any(sp.label == "DATE" and (sp.end - s0 <= number_before[-1].start - s0 or pe <= sp.start - s0 < end + 40)
               for sp in s.spans)


#: "a group of 17", "a family of four": one group of people, whatever its size
_GROUP_OF = re.compile(r"\b(?:group|family|crew|band|party|boatload|busload)\s+of\b", re.I)
#: the same, with the word that follows (past "about", "some", "around"): is it the actor's first?
_GROUP_OF_WORD = re.compile(_GROUP_OF.pattern + r"\s+(?:about\s+|some\s+|around\s+)?(\S+)", re.I)


def _opens_with(token: str, word: str) -> bool:
    """Whether `token` opens with the casefolded `word`, whole ("12" opens "12," but not "120")."""
    rest = token[len(word):len(word) + 1]
    return token.casefold().startswith(word) and not (rest.isalnum() or rest == "_")


#: "12 defectors in all have gone back": a tally, however its route is told
_TALLY = re.compile(r"\b(?:in all|in total|altogether|so far|to date|a total of)\b", re.I)


def mark_statistic(P: Patterns, row: Row, text: str, kind: PredicateKind) -> None:
    """A counted row dated by a year or a period, or counting arrivals, is a
    reported count; a dated group crossing is an event."""
    if row.count is None or row.count < 2 or row.actor_name:
        return  # a named person is no figure
    # "in 2002, 21 North Koreans fled by boat across the sea border": one group's journey (not a thousand
    # or more: "1,396 defected last year, though only a few came across the DMZ")
    if kind != "statreport" and P.journey.search(text) and not P.span_period.search(text) and not (
            row.count >= 1000 and row.precision in ("", "year") and not _GROUP_OF.search(row.actor)):
        return
    first = row.actor.split()[0].casefold() if row.actor else None  # ("a group of 12 North Korean refugees")
    group_of = _GROUP_OF.search(row.actor) or first and any(_opens_with(m.group(1), first) for m in _GROUP_OF_WORD.finditer(text))
    window = P.window_tally.search(text) if not group_of else None
    if window and row.status == "defected":  # ("four soldiers have defected so far this year": however few)
        row.status, row.stat = "reported_count", True
        return
    if kind != "statreport" and (group_of or row.origin and row.destination and row.count < 100) \
            and not _TALLY.search(text):
        return  # "a group of 20 defectors ... reached Seoul from Laos": one group, and its route
    if row.status not in ("defected", "reported_count") and kind != "statreport":
        if kind == "asylum" and row.count < 100 and any(MISSION_WORD.search(d) for d in row.destination):
            return  # "10 North Koreans managed to slip into Bangkok's Japanese Embassy" in 2003: one group, one mission
        if not (row.count >= 10 and (row.precision == "year" or row.precision == "" and P.span_period.search(text)
                                     and kind != "caught")):
            # "Some 600 have taken refuge in embassies in recent years" is a figure;
            # "11 ... have been held in Vietnam since Nov. 23" is one group in custody
            return
        row.status, row.stat = "reported_count", True
        return
    noun = row.actor.lower()
    stat_noun = any(rx.search(noun) for rx in P.stat_heads)
    if kind != "statreport" and not stat_noun and (row.role or row.origin) and row.count < 10:
        # "two diplomats defected in 1984", "six North Koreans who were working in Kuwait
        # defected last year": a few people told by their occupation or the place they
        # left are a group, no figure
        return
    if kind != "statreport" and not stat_noun and row.count < 10 and P.group_words.search(row.actor):
        return  # "Four members of a North Korean family fled ...": a family or a crew is a group, no figure
    if kind == "statreport" or (stat_noun and (row.precision == "year" or row.precision == "" and (row.count >= 10 or P.period.search(text))
                                               or row.precision == "month" and row.count >= 10 and not _WEEK.search(text))) or (
            row.precision in ("year", "") and P.period.search(text)) or row.precision == "year" and kind != "cross" and (
                stat_noun or row.count >= 10) or (  # ("four North Koreans fled to China in 2005": a group)
            row.precision == "month" and row.count >= 10 and P.running_period.search(text)) or (
            row.count >= 50 and row.precision == "" and kind in ("defect", "flee")) or (  # "188 members of the elite have defected"
            row.count >= 1000 and row.precision in ("", "year")) or (  # ("22,000 have reached South Korea", "100,000 have crossed into China")
            row.count >= 100 and row.precision == "month" and kind in ("defect", "flee")):  # ("215 defected in December"; not one airlift)
        row.status = "reported_count"
        row.stat = True


#: "last week", "earlier this week", "three days ago": a time too short for a month's figure (a
#: month's precision it may resolve to is the week's month): one group's journey
_WEEK = re.compile(r"\b(?:last|this|earlier\s+this|later\s+that|the\s+previous|the\s+same)\s+week(?:end)?\b|"
                   r"\b(?:\w+\s+)?days?\s+(?:ago|earlier|later)\b", re.I)


class _FigurePatterns(NamedTuple):
    #: (in order: the first that matches gives the figure), each after a quicker pattern the
    #: sentence must hold first, if it has one
    told: tuple[tuple[re.Pattern[str] | None, re.Pattern[str]], ...]
    share: re.Pattern[str]
    noun: re.Pattern[str]


@functools.cache
def _figure_patterns(nouns: str, num: str) -> _FigurePatterns:
    """`stat_row`'s patterns, compiled once for a vocabulary's nouns and
    numbers: joined and looked up in `re`'s cache at every sentence, they
    cost about a millisecond an article."""
    approx = r"(?:about\s+|around\s+|some\s+|nearly\s+|just\s+|only\s+|roughly\s+|more than\s+|over\s+|a record\s+|a peak of\s+)?"
    no_share = r"(?![\d%])(?!\s*(?:percent|per cent|%))"
    live = r"(?:live|lives|reside|resides|are living|are residing)\s+in\b"
    hiding = r"(?:hiding|living|staying|in hiding)\b"
    told = (
        r"\b(?:number|tally|total|count)\s+of\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b.{0,100}?\b(?:to|at|was|were|is|of|reached|reaches|stands at|stood at|totaled|totalled|totals|tops|topped|hits|hit|passed|passes|surpassed|surpasses|exceeded|exceeds|crossed|went past)\s+" + approx + num + no_share,
        # "New arrivals from North Korea numbered 135 in the first quarter"
        r"\b(?:" + nouns + r"|population|total|tally)\b[^,;]{0,40}?\b(?:numbered|totaled|totalled|stood at|stand at|peaked at|reached|fell to|rose to|dropped to|plunged to|declined to|increased to|came to|went past|passed|topped|surpassed|exceeded)\s+" + approx + num + no_share,
        # "Arrivals of refugees in South Korea plunged more than 40 percent last year, to 1,508": the change, then the figure
        r"\b(?:" + nouns + r")\b[^,;]{0,60}?\b(?:fell|dropped|plunged|plummeted|declined|decreased|rose|increased|grew|jumped|surged)"
        r"\b[^;]{0,60}?,?\s+to\s+" + approx + num + no_share,
        # a peak year: "Defections hit their peak in 2009, when they numbered 2,914", "Arrivals reached
        # their highest point, 2,914, in 2009", "Arrivals peaked in 2009 with 2,914"
        # ("Defector numbers hit their peak in 2009, at 2,914")
        r"\b(?:" + nouns + r"|(?:defector|defection|refugee|arrival)\s+(?:numbers|figures))\b[^,;]{0,40}?\b(?:peaked|(?:hit|reached|marked)\s+(?:a|an|its|their)\s+(?:all-time\s+)?"
        r"(?:peak|high|highest\s+(?:point|level)|record(?:\s+high)?))\b[^.;]{0,30}?(?:\s(?:with|at)|,\s+when\s+(?:they|it)\s+"
        r"(?:numbered|stood\s+at|reached|totaled|totalled)|,)\s+" + approx + num + no_share,
        # "South Korea received 196 North Korean defectors last year"
        r"\b(?:received|accepted|took in|taken in|takes in|admitted|welcomed|resettled)\s+" + approx + num
        + r"\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b",
        # "This year has already brought 10 arrivals", "2019 saw 1,047 defectors arrive": a period as the subject
        r"\b(?:year|month|quarter|half|period|(?:19|20)\d{2})\s+(?:has\s+|had\s+)?(?:already\s+|so\s+far\s+)?"
        r"(?:brought|brings|saw|sees|seen|recorded|records)\s+" + approx + num + r"\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b",
        # "The figure for 2019 was 1,047": a figure of a statistics passage
        # ("The figure had been sliding for years, but it fell to only 229 last year")
        r"\b(?:figure|tally|total|count)\b[^.;]{0,60}?\b(?:was|were|stood at|stands at|reached|came to|hit|fell to|dropped to|rose to|"
        r"declined to|plunged to|climbed to)\s+" + approx + num + no_share,
        # "The 2016 total of 1,418 was up 11 percent"
        r"\b(?:total|tally)\s+of\s+" + approx + num + no_share,
        # "More than 25,000 North Koreans now live in South Korea"
        r"\b" + approx + num + r"\s+(?:[\w-]+\s+){0,3}?(?:" + nouns + r")\s+(?:now\s+|currently\s+)?" + live,
        # stocks: "South Korea is now home to more than 21,800 defectors", "there
        # are currently 260 defectors in the country", "up to 300,000 North
        # Koreans ... are hiding in China"
        # (a few people of another kind staying somewhere are no figure: "Three diplomats are staying in Rome";
        # thousands are, whatever they are called)
        r"\b" + approx + num + r"\s+(?:(?:[\w-]+\s+){0,3}?(?:" + nouns + r")\s+|(?<=\d,\d\d\d\s)(?:[\w-]+\s+){0,3}?)(?:(?:who|that)\s+[^,;]{0,60}?\s+)?"
        r"(?:are|were|remain|remained)\s+(?:now\s+|currently\s+|still\s+|believed to be\s+|thought to be\s+)?" + hiding,
        r"\b(?:home to|there (?:are|were|is)(?: now| currently| still)?)\s+" + approx + num + r"\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b",
    )
    # "Ten of last year's defectors were ...": a share of a group told as a figure
    share = r"\s*(?:about\s+|some\s+)?" + num + r"\s+of\s+(?:the\s+|these\s+|those\s+|\w+\s+year's\s+)(?:[\w-]+\s+)?(?:" + nouns + r")\b"
    # (a pattern that opens on a number is tried at every word; the verb it ends on,
    # looked for first, keeps it to the sentences that can hold it)
    guards = {len(told) - 3: live, len(told) - 2: hiding}
    return _FigurePatterns(tuple((re.compile(guards[i], re.I) if i in guards else None, re.compile(p, re.I))
                                 for i, p in enumerate(told)), re.compile(share, re.I), re.compile(nouns, re.I))


def stat_row(P: Patterns, s: Sentence) -> Row | None:
    """A figure with no predicate: "The number of arrivals fell to 67 in 2022",
    "Ten of last year's defectors were ...", "The total ... stands at 34,000"."""
    text = s.text
    if not P.any_number.search(text):
        return None
    if P.blockers.search(text) or P.hypo.search(mask_dates(text, s.spans, s.s0, 0, len(text))):
        return None  # ("in the first quarter" is a date, not "the first" of a kind)
    pats = _figure_patterns(P.stat_nouns_alt, P.stat_number)
    m = next((m for m in (rx.search(text) for guard, rx in pats.told if guard is None or guard.search(text)) if m), None)
    m2 = m or pats.share.match(text)
    if not m2 or re.match(r"\s*(?:million|billion)\b", text[m2.end(1):], re.I):
        return None  # ("home to about 25 million people": a population, no figure of defectors)
    value = number_value(P, m2.group(1))
    if value is None or value < 2 or (1900 <= value <= 2100 and "," not in m2.group(1)):
        return None
    if P.at_work.search(text, 0, m2.end(1)):
        return None  # ("the number of North Koreans working in Mongolia peaked at 2,123": workers abroad, no defectors)
    row = Row(sent=s.si, start=s.s0, end=s.s0 + len(text), status="reported_count", count=value, stat=True,
              fallback=True, subset=m is None)
    nm = pats.noun.search(m2.group())
    row.actor = nm.group() if nm else "defectors"
    row.date, row.precision = first_date(P, s)
    own = next((d for d in s.labelled("DATE") if 0 <= d.start - s.s0 - m2.end(1) <= 12
                and re.fullmatch(r"\s+(?:in|during|for)\s+", text[m2.end(1):d.start - s.s0])), None)
    iso, prec = resolve_date(P, s, own) if own is not None else ("", "")
    if iso:  # ("The figure, about 580 in 2001, rose to 1,280 | in 2003": the figure's own period)
        row.date, row.precision = iso, prec
        row.actor = f"{row.actor} in {own.text}" if nm is None else row.actor
    row.reported_by = reporter(P, s)
    return row


class _Figure(NamedTuple):
    start: int  # (in the body, as a span's)
    end: int
    text: str


#: "the 1,047 counted a year earlier", "1,397 in the previous year", "the 34 recorded in the same period
#: a year earlier": the year before the figure told before
_STANDS_AT = re.compile(r"\b(?:total|tally|number|count)\b[^,;]{0,60}?\b(?:stood|stands|stand|reached|came|comes)\s+(?:at\s+|to\s+)?"
                        r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|just\s+)?$", re.I)
_YEAR_BEFORE = re.compile(r"\s+(?:[a-z]+\s+)?(?:(?:a|one)\s+year\s+(?:earlier|before)|(?:in\s+)?the\s+(?:previous|preceding|prior)\s+year"
                          r"|(?:in\s+)?the\s+year\s+(?:before|earlier)|(?:(?:in|during|over|for)\s+)?the\s+same\s+(?:period|quarter|months?|half)\s+"
                          r"(?:a\s+year\s+(?:earlier|before|ago)|of\s+the\s+(?:previous|preceding|prior)\s+year))\b", re.I)
_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d%])")
#: "...: 312 in 2000, 583 in 2001", "the 67 of 2022", "the 57 counted in ...": a bare figure before its period
_BARE_WITH_PERIOD = re.compile(r"(?<![\d,.])\d+(?![\d,.%])(?=\s+(?:(?:counted|recorded|reported|registered|logged)\s+)?(?:in|during|for|of)\s)")


def sentence_figures(s: Sentence) -> list[_Figure]:
    """The sentence's NUMBER spans and the figures the entity reader left
    bare, grouped ("1,137") or before their period ("312 in 2000"): a
    figure in a series need not name people."""
    spans = [_Figure(sp.start, sp.end, sp.text) for sp in s.spans if sp.label == "NUMBER"]
    taken = [(sp.start, sp.end) for sp in s.spans]
    for m in [*_GROUPED.finditer(s.text), *_BARE_WITH_PERIOD.finditer(s.text)]:
        if not ("," in m.group() or not 1900 <= int(m.group()) <= 2100):
            continue  # (a year is no figure)
        a, b = s.s0 + m.start(), s.s0 + m.end()
        if not any(x < b and a < y for x, y in taken):
            spans.append(_Figure(a, b, m.group()))
    return sorted(spans)


def series_figures(P: Patterns, s: Sentence, here: list[Row], first_stat: Row | None,
                   previous: Row | None = None) -> list[Row]:
    """Further figures of a statistics series in one sentence: "down from
    1,137 in 2018", "compared with 291 in the third quarter". A number of
    people right before "in <date>" (or "who arrived in <date>") after a
    comparison word is a row of its own, once the article has a statistic."""
    text, s0 = s.text, s.s0
    used = {r.count for r in here if r.count}
    noun = head_noun(first_stat.actor) if first_stat is not None else ""
    if not noun or noun.lower() not in P.stat_nouns:
        noun = "defectors"
    dates_all = s.labelled("DATE")
    out: list[Row] = []
    for sp in sentence_figures(s):
        value = number_value(P, sp.text)
        if value is None or value < 2 or value in used:
            continue
        rel = sp.start - s0
        if not P.figure_before.search(text[max(0, rel - 40):rel]):
            continue
        dates = [d for d in dates_all if d.start >= sp.end and d.start - sp.end <= 40
                 and P.figure_after.fullmatch(text[sp.end - s0:d.start - s0] + " ")] or [
            d for d in dates_all if d.end <= sp.start and re.fullmatch(  # "peaked in 2009 with 2,914"
                r",?\s+with\s+(?:just\s+|only\s+|about\s+|some\s+|nearly\s+|almost\s+)?", text[d.end - s0:rel])]
        compared = re.search(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:just\s+|only\s+|about\s+|some\s+)?$",
                             text[max(0, rel - 40):rel], re.I)
        year_before = _YEAR_BEFORE.match(text, sp.end - s0)
        ref = next((r for r in reversed(here) if r.stat and r.date), first_stat)
        # "..., and the overall number of entrants stood at 34,183": a running total, dated by the sentence
        standing = _STANDS_AT.search(text[max(0, rel - 90):rel])
        if not dates and not compared and not (year_before and ref is not None and ref.date) and not standing:
            continue
        iso, prec = resolve_date(P, s, dates[0]) if dates else first_date(P, s) if standing and not year_before else ("", "")
        if dates and not iso:
            continue
        if not dates and year_before and ref is not None and ref.date[:4].isdigit():
            iso, prec = str(int(ref.date[:4]) - 1), "year"  # "the 1,047 counted a year earlier"
        row = Row(sent=s.si, start=s0, end=s0 + len(text), status="reported_count", count=value,
                  stat=True, fallback=True, date=iso, precision=prec)
        row.actor = f"{noun} in {dates[0].text}" if dates else noun
        row.reported_by = reporter(P, s)
        used.add(value)
        out.append(row)
    # "198 female defectors and 26 male defectors", "444 were women": the
    # categories of a figure are figures of their own
    firsts = [(m.group(2), m.group(1)) for m in P.category_first.finditer(text)] if re.search(
        r"\b(?:accounted\s+for|made\s+up)\b", text, re.I) else []
    categories = [*((m.group(1), m.group(2)) for m in P.category_figure.finditer(text)), *firsts]
    values = [number_value(P, m[0]) or 0 for m in categories]
    told = {r.count for r in here if r.sent == s.si} | {number_value(P, f.text) for f in sentence_figures(s)}
    # "63 defectors arrived, 40 of them men and 23 of them women", "105 defectors (10 men and
    # 95 women)": the split of a figure told with it, two parts at a time
    split = {i + k for i in range(len(values) - 1) if values[i] + values[i + 1] in told for k in (0, 1)}
    categories = [c for i, c in enumerate(categories) if i not in split]
    # "two men and 60 women", "32 men and 164 women": the people of a figure told in the
    # sentence or just before, counted again by sex, are no figures of their own
    before = {r.count for r in (first_stat, previous) if r is not None and r.count}
    for pair in P.men_and_women.finditer(text):
        a, b = number_value(P, pair.group(1)), number_value(P, pair.group(2))
        if a is not None and b is not None and a + b in told | before:
            categories = [c for c in categories if number_value(P, c[0]) not in (a, b)]
    for m in categories:
        value = number_value(P, m[0])
        if value is None or value < 2 or value in used or ("," not in m[0] and 1900 <= value <= 2100):
            continue
        date_sp = next((d for d in dates_all if not _REPORT_DATE.search(text[max(0, d.start - s0 - 20):d.start - s0])), None)
        ref = _whole_named(P, text, previous, first_stat) or previous or first_stat  # ("Of them, 301 were men": of the figure just told)
        iso, prec = resolve_date(P, s, date_sp) if date_sp is not None else (
            (ref.date, ref.precision) if ref is not None else ("", ""))
        row = Row(sent=s.si, start=s0, end=s0 + len(text), status="reported_count", count=value,
                  stat=True, fallback=True, date=iso, precision=prec)
        row.actor = " ".join(m[1].split()).lower()
        row.reported_by = reporter(P, s)
        used.add(value)
        out.append(row)
    # "2022's 67 and 2021's 63": a figure after its year
    for m in re.finditer(r"\b((?:19|20)\d{2})['’]s\s+(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*(?:%|percent))", text):
        value = int(m.group(2).replace(",", ""))
        if value < 2 or value in used:
            continue
        row = Row(sent=s.si, start=s0, end=s0 + len(text), status="reported_count", count=value,
                  stat=True, fallback=True, date=m.group(1), precision="year")
        row.actor = f"{noun} in {m.group(1)}"
        row.reported_by = reporter(P, s)
        used.add(value)
        out.append(row)
    return out


#: "Of the 312, ...", "Among those 1,047": a sentence of parts that names its whole by its figure
_OF_THE_WHOLE = re.compile(r"^\s*(?:Of|Among)\s+(?:the|those|these)\s+(\d{1,3}(?:,\d{3})+|\d+)\b", re.I)


def _whole_named(P: Patterns, text: str, *figures: Row | None) -> Row | None:
    """The figure told before whose number the sentence names as the whole
    of its parts: "Of the 312, women accounted for 268" takes the 312's
    period, even after another figure ("up from 260 in 2018") was told."""
    m = _OF_THE_WHOLE.match(text)
    value = number_value(P, m.group(1)) if m else None
    return next((r for r in figures if r is not None and value is not None and r.count == value), None)


def looks_statistical(P: Patterns, s: Sentence) -> bool:
    """A sentence of a statistics series even before the article has given a
    statistic: two or more figures of people each dated by a year or a
    period ("with 72 arriving in 1998, 148 in 1999 ..."), in a sentence that
    says what is counted (a statistics noun or a defection word)."""
    dated = 0
    dates = s.labelled("DATE")
    for sp in s.spans:
        if sp.label == "NUMBER" and any(0 <= d.start - sp.end <= 25 for d in dates):
            dated += 1
    if len(P.category_figure.findall(s.text)) >= 2 and re.search(r"\b(?:figure|total|tally|defectors|arrivals)\b", s.text, re.I):
        return True  # "The 2025 figure consists of 198 female defectors and 26 male defectors"
    return dated >= 2 and bool(P.defect_word.search(s.text) or re.search(
        r"\b(?:" + P.stat_nouns_alt + r"|arriving|arrived|figures?)\b", s.text, re.I))




#: the date a figure was made public ("the data published on Monday") is no period of it
_REPORT_DATE = re.compile(r"\b(?:published|released|issued|announced|reported|said|updated)\s+(?:on\s+)?$", re.I)


_RUNNING_TOTAL = re.compile(r"\b(?:bringing|taking|lifting|pushing|raising|brought|took|lifted|pushed|raised)\s+the\s+"
                            r"(?:(?:overall|cumulative|accumulated|combined)\s+)?(?:total|tally|number|count)[^,.;]{0,90}?\s+to\s+(?:about\s+|some\s+|nearly\s+|more than\s+|over\s+)?"
                            r"(" + THOUSANDS + r"|\d{1,3}(?:,\d{3})+|\d+)(?![\d%])", re.I)


def running_total(P: Patterns, s: Sentence, here: list[Row]) -> list[Row]:
    """"Seven defectors entered the South on Friday, bringing the total to
    30,005": the new total is a figure of its own, dated by the sentence."""
    m = _RUNNING_TOTAL.search(s.text)
    if not m:
        return []
    value = number_value(P, m.group(1))
    if value is None or value < 2 or any(r.count == value for r in here):
        return []
    row = Row(sent=s.si, start=s.s0, end=s.s0 + len(s.text), status="reported_count", count=value, stat=True, fallback=True)
    row.actor = "defectors in total"
    row.date, row.precision = first_date(P, s)
    row.reported_by = reporter(P, s)
    return [row]
