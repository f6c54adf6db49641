"""People told as part of a period's defectors: "About 10 people described
as elite North Koreans were among last year's defectors", "Several senior
officials were also among this year's arrivals". The sentence has no verb
of flight, but it tells how many of a kind came, and when: a row of the
part. Counted, it is a figure (reported_count); uncounted, the defection of
those people, dated by the period.
"""

from __future__ import annotations

from .actor import read_actor
from .context import Sentence
from .patterns import Patterns
from .row import Row
from .row_dates import resolve_date
from .slots import number_value


def among_row(P: Patterns, s: Sentence) -> Row | None:
    """The row of a part told "among" a period's defectors, or None."""
    m = P.among_whole.match(s.text)
    if m is None:
        return None
    row = Row(sent=s.si, start=s.s0, end=s.e0, status="defected", kind="statreport")
    spans = [sp for sp in s.spans if sp.start - s.s0 < m.end("np")]
    if not read_actor(P, row, m.group("np"), spans, s.doc, s.s0):
        return None
    np = m.group("np").strip()
    words = np[P.approximator.match(np).end():].strip("\"“ ").split()  # ("About 10 people", "Nine soldiers")
    row.count = number_value(P, words[0]) if words else None
    if row.count:
        row.status, row.stat = "reported_count", True
    date = next((sp for sp in s.spans if sp.label == "DATE" and m.start("whole") <= sp.start - s.s0 < m.end()), None)
    if date is not None:
        row.date, row.precision = resolve_date(P, s, date)
    row.destination = ["South Korea"]
    return row
