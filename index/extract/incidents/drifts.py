"""Drifting, then sent home: "Four of them had drifted to the southern side
of the East Sea and were rescued in May ... All of them wanted to go back
to North Korea"; "North Korean residents aboard a small wooden boat crossed
the NLL and went back to North Korea. They are six fishermen who were
rescued after drifting ...".

A boat that drifts over the line carries people who crossed it, which the
crossing patterns read as a defection; whether it was one is told after:
those who stay defected, those who asked to go home did not, and people
rescued at sea who then cross back north are sent home, not defectors
going back (the gold counts no row for them, as for any crossing by
mistake).
"""

from __future__ import annotations

import re

from .context import Doc
from .patterns import Patterns
from .row import Row

#: sentences after a drift's own in which the people's wish to go home may be told
REACH = 2

_DRIFT = re.compile(r"\b(?:drift\w*|adrift)\b", re.I)
#: "wanted to go back", "expressed their wish to return home", "were sent back at their own request"
_WENT_HOME = re.compile(
    r"\b(?:wanted|wished|asked|wish|wishes|want|wants|chose|opted|hoped|(?:expressed|stated|voiced)\s+(?:a|their|his|her)\s+"
    r"(?:wish|desire|intention))\s+to\s+(?:go|return|be\s+sent|be\s+repatriated)(?:\s+(?:back|home))?\b(?!\s+to\s+(?:the\s+)?South)"
    r"|\bat\s+(?:their|his|her)\s+own\s+(?:request|wish|will)\b", re.I)

#: a defector who goes back north defects again (a row); others rescued and sent back do not
_DEFECTOR = re.compile(r"\bdefectors?\b", re.I)


def drop_drifts_sent_home(P: Patterns, rows: list[Row], doc: Doc) -> list[Row]:
    """Rows of a crossing told by drifting whose people, in the same
    sentence or the next `REACH`, wanted to go home or were sent back at
    their own request; and rows going north of people (no defectors)
    rescued or adrift there, told by `rescue_cues` with a word of the sea
    (see module)."""
    out: list[Row] = []
    for r in rows:
        if r.status != "defected" or r.stat:
            out.append(r)
            continue
        after = " ".join(doc.sentence(si).text for si in range(r.sent, min(r.sent + REACH, len(doc.sents) - 1) + 1))
        if r.kind == "cross" and _DRIFT.search(doc.body, r.start, r.end) and _WENT_HOME.search(after):
            continue
        if "North Korea" in r.destination and not _DEFECTOR.search(r.actor) and P.rescue.search(after) and P.at_sea.search(after):
            continue  # ("North Korean residents ... went back to North Korea. They are six fishermen who were rescued after drifting")
        out.append(r)
    return out
