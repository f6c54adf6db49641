"""The working record of one incident while a document is read.

Mutable on purpose: later steps (group leads, members, coreference, a
confirmation two sentences on) complete a row after it is made. It becomes
the frozen-in-spirit `Incident` only at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ...models import Status

#: What kind of predicate made a row: decides which checks and slots apply.
PredicateKind = Literal["defect", "return", "flee", "cross", "arrive", "missing", "caught", "asylum", "statreport", "arrest", "granted", "nominal", "wish", "induced", ""]


@dataclass(slots=True)
class Row:
    sent: int
    start: int
    end: int
    status: Status
    actor: str = ""
    actor_name: str = ""
    role: str = ""
    count: int | None = None
    date: str = ""
    precision: str = ""
    origin: list[str] = field(default_factory=list)
    destination: list[str] = field(default_factory=list)
    reported_by: str = ""
    member: bool = False  # "One of the defectors was ...": a member of an earlier group
    stat: bool = False  # a reported count, not an event
    fallback: bool = False  # a figure read without a predicate
    kind: PredicateKind = ""
    definite: bool = False  # "the soldier": may refer back to an earlier row
    pe: int = 0  # where the predicate (and what it absorbed) ends in the sentence
    subset: bool = False  # "Ten of the arrivals ...": a part of an earlier figure
    rel_end: int = 0  # where the relative clause the row was read from ends (0: not from one)
    relative: bool = False  # read from a relative clause ("Tae, who defected in 2016,"): a person's background
    pronoun: bool = False  # the actor was "he"/"she", resolved to a name given before
    named_at: int = -1  # for a pronoun: the sentence where the name it stands for is first given
    returning: bool = False  # a defector going back north ("returned to the North"): an event of its own
    noun: bool = False  # told as a noun ("Hwang's defection"): a later verb telling it is the evidence
    label: bool = False  # a restrictive relative clause with no time ("a diplomat who defected"): see labels.py


def dedupe(items: list[str]) -> list[str]:
    """Keep the first of equal strings, in order."""
    out: list[str] = []
    for x in items:
        if x and x not in out:
            out.append(x)
    return out
