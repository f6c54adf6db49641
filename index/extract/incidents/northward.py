"""Crossings northward: a soldier of the American side who crossed the
line between the Koreas went north, though a crossing of the line is
otherwise read as into the South ("In 1965 Jenkins, a sergeant in the
U.S. Army at the time, abandoned his post and fled across the
Demilitarized Zone"). The people of that side are data
(`south_side_people` in `extraction.yaml`)."""

from __future__ import annotations

import re

from .context import Doc
from .patterns import Patterns
from .row import Row

#: the South named as where the crossing went: the destination was read as written, not inferred
_INTO_SOUTH = re.compile(r"\b(?:into|to)\s+(?:the\s+)?(?:South|Seoul)\b")


def crossings_northward(P: Patterns, rows: list[Row], doc: Doc) -> None:
    """A row whose destination "South Korea" was inferred from a crossing of
    the line, told of someone of the American side, went to North Korea."""
    south_side = P.v.regex("south_side_people")
    for r in rows:
        if r.stat or r.returning or r.destination != ["South Korea"] or r.kind not in ("cross", "defect", "flee"):
            continue
        text = doc.sentence(r.sent).text
        if (south_side.search(text) or south_side.search(r.actor)) and not _INTO_SOUTH.search(text):
            r.destination = ["North Korea"]
