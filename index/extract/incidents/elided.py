"""Groups listed after one predicate, the verb left out: "five defectors
had been detained near Beijing, seven in Shenyang and around 10 in Yanji
and Dandong". Each further "N in <place>" is a group of its own, told by
the same predicate (its status and date), with its own place where the
first group's place stood.
"""

from __future__ import annotations

import re

from .context import Sentence
from .patterns import Patterns
from .row import Row
from .slots import alias, number_value

_APPROX = r"(?:about|around|some|nearly|roughly|another|at\s+least|more\s+than)\s+"
#: ", seven in Shenyang", "and around 10 in Yanji and Dandong"
_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:" + _APPROX + r")?(?P<n>\d{1,3}(?:,\d{3})*|[a-z]+)\s+"
                   r"(?:more\s+|others?\s+|people\s+)?(?P<prep>in|near|at|from|on)\s+", re.I)


def elided_groups(P: Patterns, s: Sentence, row: Row) -> list[Row]:
    """The further groups of `row`'s sentence (see the module docstring)."""
    if not row.count or row.stat or row.actor_name:
        return []
    text, s0 = s.text, s.s0
    places = [sp for sp in s.spans if sp.label == "LOCATION" and sp.start - s0 >= row.pe]
    if not places:
        return []
    first = places[0]
    pos = first.end - s0
    # ("near Beijing" or "near Beijing, China": the first group's place, then the list)
    while True:
        nxt = next((sp for sp in places if sp.start - s0 > pos and re.fullmatch(r",\s*", text[pos:sp.start - s0])), None)
        if nxt is None:
            break
        pos = nxt.end - s0
    in_origin = alias(P, first.text) in row.origin
    out: list[Row] = []
    while True:
        m = _ITEM.match(text, pos)
        if not m:
            break
        value = number_value(P, m.group("n"))
        at = [sp for sp in places if sp.start - s0 == m.end()]
        if value is None or value < 2 or not at:
            break
        names = [alias(P, at[0].text)]
        pos = at[0].end - s0
        more = re.match(r"\s+and\s+", text[pos:])  # "in Yanji and Dandong": one group, two places
        if more:
            tail = [sp for sp in places if sp.start - s0 == pos + more.end()]
            if tail and not _ITEM.match(text, pos):
                names.append(alias(P, tail[0].text))
                pos = tail[0].end - s0
        group = Row(sent=row.sent, start=row.start, end=row.end, status=row.status, kind=row.kind, count=value,
                    date=row.date, precision=row.precision, reported_by=row.reported_by)
        group.actor = f"{m.group('n')} {m.group('prep')} {' and '.join(names)}"
        if in_origin or row.kind in ("arrest", "caught") or not row.destination:
            group.origin = names
        else:
            group.destination = names
        group.pe = pos
        out.append(group)
    if out and row.kind in ("arrest", "caught") and not in_origin:
        # the first group's place is where it was caught, like the others'
        row.origin = [alias(P, first.text)]
        row.destination = [d for d in row.destination if d not in {n for g in out for n in g.origin}]
    return out
