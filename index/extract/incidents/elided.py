"""Groups listed after one predicate, the verb left out: "five defectors
had been detained near Beijing, seven in Shenyang and around 10 in Yanji
and Dandong", "three were arrested in Dalian, as were another four in
Yanji". Each further "N in <place>" is a group of its own, told by
the same predicate (its status and date), with its own place where the
first group's place stood. Likewise "one man fled into the South Korean
consulate and another into the U.S. consulate": another person, the
same verb, a mission of his own.
"""

from __future__ import annotations

import re

from .context import Sentence
from .patterns import Patterns
from .row import Row
from .slots import alias, mission_places, number_value

_APPROX = r"(?:about|around|some|nearly|roughly|another|at\s+least|more\s+than)\s+"
#: ", seven in Shenyang", "and around 10 in Yanji and Dandong"
_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+(?:were|was)\s+)?|\s+and\s+)(?:" + _APPROX + r")?(?P<n>\d{1,3}(?:,\d{3})*|[a-z]+)\s+"
                   r"(?:more\s+|others?\s+|people\s+)?(?P<prep>in|near|at|from|on)\s+", re.I)


def elided_groups(P: Patterns, s: Sentence, row: Row) -> list[Row]:
    """The further groups of `row`'s sentence (see the module docstring)."""
    if not row.count or row.actor_name:
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
        if m.group("prep").lower() == "from":  # ("112 had fled from Nampo and 334 from Hwanghae": the same way, from elsewhere)
            group.origin, group.destination = names, list(row.destination)
        elif in_origin or row.kind in ("arrest", "caught") or not row.destination:
            group.origin = names
        else:
            group.destination = names
        group.pe = pos
        out.append(group)
    left_from = {n for g in out if g.destination == row.destination for n in g.origin}  # (the "from" groups' places)
    if left_from and in_origin:
        row.origin = [o for o in row.origin if o not in left_from]  # ("fled from Sinuiju and 41 from Hyesan": Sinuiju alone)
    if out and (row.kind in ("arrest", "caught") or left_from) and not in_origin:
        # the first group's place is where it was caught (or left from), like the others'
        row.origin = [alias(P, first.text)]
        caught_at = [*row.origin, *(n for g in out for n in g.origin)]
        row.destination = [d for d in row.destination if not any(d == n or d.startswith(n + ",") for n in caught_at)]
    return out


#: "... and another into the U.S. Consulate", "and another 29 to the Japanese embassy": the verb left out
_ANOTHER = re.compile(r"\s*,?\s+and\s+another(?:\s+(?P<n>\d{1,3}(?:,\d{3})*|[a-z]+(?<!into)))?\s+(?=(?:into|to|at)\s)", re.I)


def another_to_a_mission(P: Patterns, s: Sentence, row: Row) -> list[Row]:
    """The other person (or group) of "X fled into the Canadian embassy and
    another into the U.S. consulate": a row of its own, with its mission."""
    if row.stat or row.kind not in ("asylum", "flee", "defect", "arrive", "cross"):
        return []
    text = s.text
    dest = P.mission.search(text, row.pe)
    if dest is None:
        return []
    m = _ANOTHER.match(text, dest.end("mission") + len(dest.group("sep") or ""))
    if m is None:  # ("... consulate in Shenyang and another into ...": the city of the first mission first)
        first_city = next((sp for sp in s.spans if sp.label == "LOCATION" and sp.start - s.s0 == dest.end()), None)
        m = _ANOTHER.match(text, first_city.end - s.s0) if first_city is not None else None
    where = P.mission.match(text, m.end()) if m is not None else None
    if m is None or where is None:
        return []
    value = number_value(P, m.group("n")) if m.group("n") else None
    other = Row(sent=row.sent, start=row.start, end=row.end, status=row.status, kind=row.kind,
                count=value if value and value > 1 else None, date=row.date, precision=row.precision,
                reported_by=row.reported_by)
    head = re.sub(r"^(?:one|a|an|the)\s+", "", row.actor, flags=re.I) if not row.actor_name else "person"
    other.actor = f"another {m.group('n') + ' ' if m.group('n') else ''}{head}"
    written, city = mission_places(P, s, where)
    other.destination = [written]
    if city:
        other.origin = [city]
    elif re.match(r"\s+there\b", text[where.end():]):
        other.origin = list(row.origin)  # ("... in Vladivostok and another into the U.S. consulate there")
    other.pe = where.end()
    return [other]
