"""Figures that are forecasts: "ministry officials expect the annual number
of defectors to reach about 1,500 this year", "the cumulative number is
likely to exceed 30,000 by September". A figure told after a cue of
expectation in its sentence is what someone expects, not a count of
arrivals (the gold conventions count only what has happened); a figure told
before the cue ("1,047 arrived last year and more are expected") stays.
"""

from __future__ import annotations

from .context import Doc
from .patterns import Patterns
from .row import Row
from .slots import number_value


def drop_forecasts(P: Patterns, rows: list[Row], doc: Doc) -> list[Row]:
    """The rows without the figures a forecast cue comes before."""
    out = []
    for r in rows:
        if r.stat and r.count and _forecast(P, doc, r):
            continue
        out.append(r)
    return out


def _forecast(P: Patterns, doc: Doc, r: Row) -> bool:
    s = doc.sentence(r.sent)
    cue = P.forecast.search(s.text)
    if cue is None:
        return False
    figures = [sp for sp in s.labelled("NUMBER") if number_value(P, sp.text) == r.count]
    return bool(figures) and all(sp.start - s.s0 > cue.start() for sp in figures)
