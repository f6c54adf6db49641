"""Where the people of a figure went.

A figure ("1,047 arrived in the first half") seldom names its place in
its own words: it counts arrivals in the South when its sentence names the
South, when the figure just before it did, or when the article is about
arrivals there; a figure of people counted entering another country
("North Koreans reaching Thailand from Laos") counts entries there.
"""

from __future__ import annotations

import re

from .context import Doc
from .row import Row

_INTO_SOUTH = re.compile(r"\b(?:to|in|into|reaching|reached|entering|entered)\s+(?:the\s+(?:[a-z]+\s+)?South\b"
                         r"(?![\s-]*[A-Z])|South\s+Korea\b|the\s+south\b(?![\s-]*(?:of|[a-z]*ern|coast|east|west|[A-Z])))")
#: "the number of North Korean defectors arriving here has fallen": "here", in a report from
#: Seoul (a Seoul dateline, or no dateline of another place and South Korea named), is the South
_ARRIVING_HERE = re.compile(r"\b(?:defectors|arrivals|North Koreans|escapees)\b[^.;]{0,40}?\b(?:reaching|arriving|arrived|"
                            r"entering|coming|came|resettl\w+|settl\w+)\s+here\b")
_REPORTED_IN_SEOUL = re.compile(r"\A(?:(?![A-Z]{3,}[ ,(]).)*?\b(?:South Korean?|Seoul)\b|\A\s*SEOUL\b", re.S)
#: the article's subject is people reaching the South ("the number of defectors
#: reaching South Korea fell"), said in a sentence that need not hold a figure
_ARRIVALS_IN_SOUTH = re.compile(r"\b(?:defectors|arrivals|North Koreans|escapees)\b[^.;]{0,40}?\b(?:reaching|arriving|arrived|"
                                r"entering|entered|coming|came|resettl\w+|reached)\s+(?:in|to|into)?\s*"
                                r"(?:the\s+South\b(?![\s-]*[A-Z])|South\s+Korea\b|the\s+south\b(?![\s-]*(?:of|[a-z]*ern|coast|east|west|[A-Z])))")


#: a figure of people counted as they entered a country ("North Koreans reaching Thailand from
#: Laos", "arrested for entering Thailand illegally"): the verb just before the place
_ENTERING = re.compile(r"\b(?:reaching|reached|entering|entered|arriving\s+in|arrived\s+in|crossing\s+into|crossed\s+into)\s+(?:the\s+)?$", re.I)


def _country_entered(doc: Doc, r: Row) -> str:
    """The place a figure's people were counted entering, when the sentence names it."""
    for sp in doc.spans.inside(r.start, r.end, "LOCATION"):
        if _ENTERING.search(doc.body[max(r.start, sp.start - 30):sp.start]):
            return sp.canonical or sp.text
    return ""


def statistics_destination(rows: list[Row], doc: Doc) -> None:
    """A figure of arrivals counts arrivals in the South when its sentence
    says so anywhere ("... arrived in the first half, the ministry in Seoul
    said" is not enough: the South or South Korea must be named), or when
    the figure before it in the article did."""
    last: list[str] = []
    last_sent = -9
    for r in rows:
        if not r.stat:
            continue
        if not r.destination:
            if _INTO_SOUTH.search(doc.body[r.start:r.end]):
                r.destination = ["South Korea"]
            elif place := _country_entered(doc, r):
                r.destination = [place]
            elif last and r.sent - last_sent <= 1:
                r.destination = list(last)  # the next figure of the same series
        if r.destination:
            last, last_sent = r.destination, r.sent
    # A figure that names no place at all in an archive of arrivals in the
    # South counts arrivals there, as the article's other figures say
    # ("New arrivals numbered 135 in the first quarter" after a lead about
    # defectors reaching South Korea).
    if any("South Korea" in r.destination for r in rows if r.stat) or (
            any(r.stat and not r.destination for r in rows) and (_ARRIVALS_IN_SOUTH.search(doc.body) or (
                _ARRIVING_HERE.search(doc.body) and _REPORTED_IN_SEOUL.search(doc.body)))):
        for r in rows:
            if r.stat and not r.destination:
                r.destination = ["South Korea"]


#: the South named in a sentence, any way ("South Korea's spy agency", "Seoul said", "in the South")
_SOUTH_NAMED = re.compile(r"\bSouth\s+Korea(?!n)|\bSeoul\b|\bthe\s+South\b(?![\s-]*(?:of\b|[A-Z]))")


def defections_told_from_the_south(rows: list[Row], doc: Doc) -> None:
    """A defection told with no place it went to, in a sentence that names
    the South ("a North Korean soldier defected across the border, South
    Korea's military said"), went to the South: the gold fills it so where
    the article ties the South to the event, and a sentence naming it does.
    Not a background told in a relative clause ("Yun, who fled in 2015, runs
    a cafe in Seoul"), nor a flight from the South."""
    for r in rows:
        if r.status == "defected" and not r.stat and not r.destination and not r.relative and not any(
                _SOUTH_NAMED.search(o) or o == "North Korea" for o in r.origin) and _SOUTH_NAMED.search(doc.body, r.start, r.end):
            r.destination = ["South Korea"]
