"""A row for a sentence the rules left empty but the sentence model reads
as an incident ("In all, more than 16,000 people have left the state for
the South", "Seoul airlifted 468 North Koreans out of Vietnam").

The model says that there is an incident and its status; the slots are
read by the rules' own readers around the sentence's strongest word for an
incident, as if it were a predicate. A sentence whose actor cannot be read
(no one named, counted or described as people) gets no row: a row must say
who.
"""

from __future__ import annotations

import re

from .actor import main_subject, names_people, read_actor
from .clauses import clause_start
from .context import Sentence
from .patterns import Patterns
from .row import PredicateKind, Row
from .row_dates import read_date
from .sentence_model import SentenceModel, sentence_features
from .slots import number_value, read_count, read_places, reporter

_WORDS = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")

#: how the rules' slot readers should treat the anchor word, by status
_KINDS: dict[str, PredicateKind] = {"reported_count": "statreport", "sought_asylum": "asylum"}


def fallback_row(P: Patterns, s: Sentence, model: SentenceModel) -> Row | None:
    text, s0 = s.text, s.s0
    feats = sentence_features(text, (sp.label for sp in s.spans), s.si == 0)
    if model.probability(feats) < model.threshold:
        return None
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORDS.finditer(text)]
    anchor = model.anchor(feats, (w for _, _, w in words))
    if anchor is None:
        return None
    ps, pe = next((a, b) for a, b, w in words if w == anchor)
    status = model.status(feats)
    kind = _KINDS.get(status, "defect")
    row = Row(sent=s.si, start=s0, end=s0 + len(text), status=status, kind=kind, learned=True)
    cs = clause_start(P, text, ps)
    dateline = P.dateline.match(text) or P.dateline2.match(text)
    if dateline and cs < dateline.end() <= ps:
        cs = dateline.end()  # "SEOUL, Oct. 2 (Yonhap) -- Nine of the 11 ...": the wire's dateline is no actor
    region = text[cs:ps]
    rspans = [sp for sp in s.spans if cs <= sp.start - s0 and sp.end - s0 <= ps]
    if not read_actor(P, row, region, rspans, s.doc, s0 + cs):
        # the anchor may stand before its actor ("In 2004 came the largest defection, when 468 people ...")
        subject = main_subject(text)
        at = text.find(subject) if subject else -1
        rspans = [sp for sp in s.spans if at >= 0 and at <= sp.start - s0 and sp.end - s0 <= at + len(subject)]
        if at < 0 or not read_actor(P, row, subject, rspans, s.doc, s0 + at):
            return None
        cs = at
    if not row.actor_name and not names_people(P, row.actor):
        return None  # "Chinese authorities", "Prior to 2017, North Korea": no one who moved
    read_count(P, row, s, region, rspans, ps, kind)
    if row.count is None and kind == "statreport":
        row.count = next((v for v in (number_value(P, sp.text) for sp in s.labelled("NUMBER")) if v and not 1900 <= v <= 2100), None)
    if kind == "statreport":
        if row.count is None:
            return None  # a figure with no number is no figure
        row.stat = True
    read_date(P, row, s, cs, ps, pe, len(text))
    read_places(P, row, s, cs, ps, pe, kind, len(text))
    row.reported_by = reporter(P, s)
    row.pe = pe
    return row
