"""A defection someone else is said to have brought about: "agents had
tricked her into defecting", "brokers lured him and two friends into
going to South Korea". The people moved are the object of the verb of
inducing, not its subject (who are brokers, agents, a regime); North
Korean accounts of returnees tell their defection this way."""

from __future__ import annotations

import re

from ...models import Status
from .actor import previous_subject, read_actor
from .coreference import antecedent
from .clauses import clause_end
from .context import Sentence
from .patterns import Patterns
from .row import Row
from .row_dates import read_date
from .slots import alias, crossed_line, number_value, place_list, read_count, reporter
from .statistics import mark_statistic

#: the verb of inducing or seeing, its object, and "into" before the gerund or the bare
#: infinitive that follows (the predicate pattern's own span)
_INDUCED = re.compile(r"(?P<verb>(?:has\s+|had\s+|have\s+)?\w+)\s+(?P<obj>.+?),?\s+(?:into\s+)?[a-z]+$", re.I)


def induced_row(P: Patterns, s: Sentence, ps: int, pe: int, status: Status) -> Row | None:
    """The row of the people an "induced" predicate moved, or None."""
    text, s0 = s.text, s.s0
    m = _INDUCED.match(text, ps, pe)
    if m is None or P.neg.search(text[max(0, ps - 30):ps]) or P.hypo.search(text[max(0, ps - 40):ps]):
        return None  # ("tried to lure him into defecting": nothing done)
    row = Row(sent=s.si, start=s0, end=s0 + len(text), status=status, kind="defect")
    obj, at = m.group("obj"), m.start("obj")
    obj = re.split(r",?\s+(?:who|whom|which|that)\s+", obj)[0]  # ("let a father and son | who drifted ... remain")
    if re.search(r"\s(?:reach|settle|leave|go|travel|fly|proceed)$", text[ps:pe]) and not any(
            sp.label == "NUMBER" and at <= sp.start - s0 < m.end("obj") for sp in s.spans):
        return None  # ("helped the man reach the South safely": one told of already; "helped 650 people settle in
        # Seoul", "let 38 North Koreans leave for Seoul" are counted)
    if obj.lower() in ("him", "her"):
        # the person told of before; else the described person the sentence or one before it opened with
        found = antecedent(s.doc, s0 + at) is not None and read_actor(P, row, "she", [], s.doc, s0 + at)
        if not found:
            own = P.described_person.search(text, 0, at)
            got = (own.group(), [sp for sp in s.spans if own.start() <= sp.start - s0 < own.end()]) if own else previous_subject(P, s, True)
            if got is None or not read_actor(P, row, got[0], got[1], s.doc, s0):
                return None
    elif (re.fullmatch(r"(?:[a-z-]+\s+)?[a-z-]+s", obj) and number_value(P, obj.split()[0]) is None) or P.vague_group.match(obj) or not read_actor(
            P, row, obj, [sp for sp in s.spans if at <= sp.start - s0 < m.end("obj")], s.doc, s0 + at):
        return None  # ("lured northerners into crossing": a class of people, no one in particular)
    if row.role and not re.search(re.escape(row.role.split()[-1][:5]), obj, re.I) and re.search(
            re.escape(row.role.split()[-1][:5]), text[:at], re.I):
        row.role = ""  # ("Brokers lured Kim into ...": the inducers' occupation is not the actor's)
    if obj.lower() not in ("him", "her"):
        read_count(P, row, s, obj, [sp for sp in s.spans if at <= sp.start - s0 and sp.end - s0 <= at + len(obj)], at + len(obj), "defect")
    end = clause_end(P, text, pe)
    read_date(P, row, s, 0, ps, pe, end)
    row.destination = place_list(P, s, pe, end)
    if text[ps:pe].endswith("out"):  # ("airlifted 468 North Koreans out of | Vietnam": the place they left)
        left = next((sp for sp in s.spans if sp.label == "LOCATION" and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[pe:sp.start - s0])), None)
        row.origin = [alias(P, left.text)] if left is not None else []
        row.destination = [d for d in row.destination if not row.origin or d != row.origin[0]]
    if re.search(r"\s(?:over|across)$", text[ps:pe]):  # ("carried four North Koreans over | the NLL": the line crossed)
        row.origin = crossed_line(P, text, pe - 7, clause_end(P, text, pe)) or [
            alias(P, sp.text) for sp in s.spans if sp.label == "LOCATION" and 0 <= sp.start - s0 - pe <= 6][:1]
        row.destination = [d for d in row.destination if d not in row.origin]
    row.pe = pe
    row.reported_by = reporter(P, s)
    mark_statistic(P, row, text, "defect")  # ("has helped about 7,000 people flee North Korea": a figure)
    return row
