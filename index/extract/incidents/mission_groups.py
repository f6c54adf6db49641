"""Where a group that ran into a foreign mission came from.

"Twenty-five North Koreans rushed into the Spanish embassy in Beijing":
the embassy is where they asked (the destination), and the city is where
the embassy stands, not a place they were posted to or lived in; the
story seldom says where such a group set out from, and the gold leaves
the origin unsaid. One person posted or living in the city ("a student
at the olympiad in Hong Kong walked into the consulate") keeps it.
"""

from __future__ import annotations

import re

from .patterns import Patterns
from .roles import group_noun, plural_actor
from .row import Row

#: a destination that is a foreign mission ("Spain (Spanish embassy)", "South Korean consulate, Beijing")
_MISSION = re.compile(r"\b(?:embassy|consulate|mission|legation|compound)\b", re.I)


def groups_at_missions(P: Patterns, rows: list[Row]) -> None:
    """A group's request at a mission has no origin of the mission's city."""
    for r in rows:
        if (r.origin and not r.role and not r.actor_name and any(_MISSION.search(d) for d in r.destination)
                and (r.count and r.count >= 2 or plural_actor(r.actor) or group_noun(P, r.actor))):
            r.origin = [o for o in r.origin if P.border.search(o)]
