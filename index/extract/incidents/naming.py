"""A person told of first by description and named just after: "The
North Korean, surnamed Ri, stated his wishes ...", "the young man,
identified as Jong Yol-ri, was taken to the airport", "the man, whom it
identified only as Kim, turned up at the embassy".

News reports often withhold a name in the lead and give it (or a surname
alone) in the next sentence or two, hung on a description of the same
person. That name is the row's: the gold gives it as `actor_name`. A name
told so is not read as a row of its own (it has no predicate), so without
this the row stays unnamed. (And the name a relative clause says the
actor took, "who took the name Ryu Hyun-woo": `name_taken`, read by
`predicate.py`.)
"""

from __future__ import annotations

import re

from .context import Doc, Sentence
from .patterns import Patterns
from .row import Row

#: sentences after a row's own in which its actor may be named
REACH = 2

_NAME = r"[\"“]?(?P<name>[A-Z][\w'-]+(?:[\s-][A-Z][\w'-]+){0,2})[\"”]?"
#: "<the|this|that> <description>, (who was|whom <someone>) identified (only) (by his surname) (as) <Name>",
#: "<the ...> <description>, surnamed <Name>", "<the ...> <description>, <age>-year-old <Name>, ..."
_NAMED = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<head>(?:[\w-]+\s+){0,3}?[\w-]+),?\s+"
    r"(?:(?:(?:who|whom)\s+(?:was\s+|had\s+been\s+|(?:[\w-]+\s+){1,3}?))?(?:later\s+)?identified\s+(?:only\s+)?"
    r"(?:by\s+(?:his|her)\s+(?:sur|family\s+)?name,?\s+|as\s+(?:a\s+)?(?:\d+-year-old\s+(?:[a-z]+\s+)?)?)"
    r"|surnamed\s+"
    r"|(?:a\s+)?\d+-year-old\s+(?=[A-Z][\w'-]+(?:[\s-][A-Z][\w'-]+){0,2},))" + _NAME)  # ("the defector, 52-year-old Ri Il-gyu, who ...")


def names_told_after(P: Patterns, rows: list[Row], doc: Doc) -> None:
    """Give an unnamed single person's row the name a description of that
    person carries in its sentence or the next `REACH` (see module); the
    description's head is a word of the row's actor or one of
    `described_people` ("the man", "the defector": extraction.yaml)."""
    named = {r.actor_name for r in rows if r.actor_name}
    for i, r in enumerate(rows):
        if r.actor_name or r.stat or r.count is not None:
            continue
        later = [o.sent for o in rows[i + 1:] if o.sent > r.sent]
        stop = min([r.sent + REACH, *(s - 1 for s in later)])
        words = set(r.actor.lower().split())
        for si in range(r.sent, min(stop, len(doc.sents) - 1) + 1):
            text = doc.sentence(si).text
            for m in _NAMED.finditer(text):
                head = m.group("head").lower().split()[-1]
                if head not in words and head not in P.described_people or re.search(r"\bof\s+$", text[:m.start()]):
                    continue  # (not someone the actor belongs to: "the wife of a diplomat surnamed Park")
                name = m.group("name")
                if name in named or name.split()[0] in ("North", "South", "The"):
                    continue
                r.actor_name = r.actor = name
                named.add(name)
                break
            if r.actor_name:
                break


def name_taken(P: Patterns, s: Sentence, lo: int, hi: int) -> str:
    """The name a relative clause between `lo` and `hi` says the actor
    took or goes by ("who took the name Ryu Hyun-woo once he was in the
    South"): defectors often live under a new name, and the article calls
    them by it."""
    for sp in s.spans:
        if sp.label == "PERSON" and lo <= sp.start - s.s0 < hi and P.name_taking.search(
                s.text[max(lo, sp.start - s.s0 - 40):sp.start - s.s0]):
            return sp.text
    return ""
