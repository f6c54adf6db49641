"""Where a predicate's actor stands when it is not the subject just before
the verb: the people counted before a relative clause ("Laos will deport |
12 North Koreans who were arrested"), the group a later "they" stands for,
the people before a gerund ("angry over | several diplomats | escaping"),
the person a label describes when "did so" and a date follow ("the last
soldier known to have defected ... did so in 2010"). Split from
`predicate.py`, which reads the clause and calls these."""

from __future__ import annotations

import re

from ...models import EntitySpan
from .actor import names_people
from .clauses import clause_start
from .context import Sentence
from .patterns import Patterns

#: "... arrested them for | entering ...", "punished him for | crossing ...": a gerund that gives the reason
#: for what was done to someone named before (as a pronoun), not an act of the sentence's subject
REASON_OF_OBJECT = re.compile(r"\b(?:them|him|her)\s+(?:[a-z]+ly\s+)?for\s+(?:having\s+)?$")
#: a relative pronoun right before the predicate ("12 North Koreans | who were | arrested")
_REL_BEFORE = re.compile(r"\s(?:who|that)\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+|are\s+|is\s+)?(?:been\s+)?$", re.I)
#: where a noun phrase ends: a comma, a relative pronoun or a finite verb
NP_STOP = re.compile(r",|\s(?:who|which|that|[a-z]+ed|were|was|are|is|have|has|had|fled|went|came|swam|ran|got|made)\b")
#: "angry over | several diplomats | escaping": a noun phrase after a preposition, subject of the gerund after it
GERUND_SUBJECT = re.compile(r"\b(?:over|about|at|against|by|of)\s+((?:[\w'-]+\s+){1,6}?)$", re.I)
#: "did so", "had done so" (then a date of its own)
_DID_SO = re.compile(r"\b(?:did|had\s+done|has\s+done)\s+so\s+(?:in\s+|on\s+)?", re.I)
#: the label around the subject of "did so": "the last | soldier | known to have"
_LABEL_HEAD = re.compile(r"^\s*(?:(?:before\s+)?this,\s*)?the\s+(?:last|previous|most\s+recent|latest)\s+", re.I)
_LABEL_TAIL = re.compile(r"\s+(?:who\s+)?(?:had\s+|has\s+)?(?:known\s+to\s+have|managed\s+to|was\s+able\s+to|to)?\s*$", re.I)


def last_counted_group(P: Patterns, s: Sentence, cs: int) -> EntitySpan | None:
    """The last counted group of people before `cs` in the sentence ("nine
    defectors"), for a "they" later in it; None when there is none."""
    found = None
    for sp in s.spans:
        if sp.label == "NUMBER" and sp.end - s.s0 <= cs and len(sp.text.split()) > 1 and names_people(P, sp.text):
            found = sp
    return found


def did_so(s: Sentence, pe: int) -> bool:
    """"... did so in 2010", "did so last year": the predicate is told again
    with a date of its own after it."""
    m = _DID_SO.search(s.text, pe)
    if m is None or re.search(r",\s*when\b", s.text[m.end():m.end() + 40], re.I):
        return False  # ("... did so last year, when a teenage soldier gave himself up": the when-clause tells it)
    return any(sp.label == "DATE" and 0 <= sp.start - s.s0 - m.end() <= 4 for sp in s.spans)


def counted_antecedent(s: Sentence, cs: int, ps: int) -> tuple[int, int]:
    """Where a counted antecedent of the predicate's relative clause starts
    ("Laos will deport | 12 North Koreans who were arrested ...") and where it
    ends, else (`cs`, `ps`):
    the main clause's "will" is no doubt cast on the arrest. A label cue in
    the noun phrase itself ("the first 12 ... who") still counts."""
    rel = _REL_BEFORE.search(s.text, cs, ps)
    if rel is None:
        return cs, ps
    for sp in s.spans:
        at = sp.start - s.s0
        if sp.label == "NUMBER" and cs < at and at + len(sp.text) <= rel.start() and len(s.text[at:rel.start()].split()) <= 6:
            return at, rel.start()
    return cs, ps


def labelled_subject(P: Patterns, text: str, cs: int, ps: int, region: str) -> tuple[int, str]:
    """(start, words) of the person a "did so" label describes: "the last |
    soldier | known to have (defected)", "the previous | sailor | who managed
    to (flee)"."""
    who = re.search(r"\s(?:who|that)\s+(?:had\s+|has\s+)?(?:managed\s+to|was\s+able\s+to|known\s+to\s+have)?\s*$", text[:ps], re.I)
    if who is not None and cs >= who.start():  # (the clause read so far is the relative's own)
        cs = clause_start(P, text, who.start())
        region = text[cs:who.start()]
    head = _LABEL_HEAD.match(region)
    cs += head.end() if head else 0
    return cs, _LABEL_TAIL.sub("", region[head.end() if head else 0:])
