"""Labels: "a diplomat who defected", "two women who had escaped from
North Korea spoke to reporters".

A restrictive relative clause with no time of its own usually labels
someone whose defection the article tells elsewhere, or a class of
people; so it was never a row. But in features and wire copy it is often
the only telling of that person's or group's defection, and the gold
takes it as the event when it gives a detail of it (how many, where to,
where from: the gold conventions). A label is read as a row like any
other, marked, stands aside for any other reading of its sentence, and is
kept only with such a detail, of someone in particular, where no other
row of the article tells of the same actor (the same name, the same role,
or the same words).
"""

from __future__ import annotations

import re

from .row import Row


def _same_actor(a: Row, b: Row) -> bool:
    if a.actor_name or b.actor_name:
        return bool(a.actor_name and b.actor_name and (a.actor_name in b.actor_name or b.actor_name in a.actor_name))
    if a.role and a.role == b.role:
        return True
    return a.actor.casefold() == b.actor.casefold()


#: how many sentences open an article (a title line or a dateline may stand first)
LEAD_SENTENCES = 2
#: a label's actor that names no one in particular, or is no noun phrase at all
_VAGUE_OPENING = re.compile(r"(?:some|any|many|few|most|more|other|another|still|yet|however|all|both)\b", re.I)


def _particular(r: Row) -> bool:
    """A named person, a counted group, or one described person (not "the
    defectors", which refers back, nor "some North Koreans"); a short noun
    phrase, as a label's antecedent is."""
    words = r.actor.split()
    # (how many, where to or from: not the places every defection shares, "fled North Korea to the South")
    detail = bool(r.count or any(d != "South Korea" for d in r.destination) or any(o != "North Korea" for o in r.origin))
    # (a definite group refers back, but in the lead it is the story's own: "the four North Korean
    # defectors who reached Aomori Prefecture by boat are to be moved ...")
    lead_group = r.definite and r.count is not None and r.sent <= LEAD_SENTENCES
    return (detail and bool(r.actor_name or r.count or r.role) and (not r.definite or lead_group) and 0 < len(words) <= 6 and "," not in r.actor
            and not _VAGUE_OPENING.match(r.actor) and words[-1].lower() not in ("others", "more")
            and r.status in ("defected", "sought_asylum"))


def keep_lone_labels(rows: list[Row]) -> list[Row]:
    """Drop each label row whose actor another row of the article tells of,
    and each that names no one in particular."""
    told = [r for r in rows if not r.label]
    out: list[Row] = []
    for r in rows:
        if r.label and r.stat and (r.count or 0) >= 100 and not any(_same_actor(r, o) for o in told):
            out.append(r)  # ("North Koreans who have defected to the South number more than 25,000": a figure)
            continue
        if r.label and (r.stat or not _particular(r) or any(_same_actor(r, o) for o in told)
                        or any(_same_actor(r, o) for o in out if o.label)):
            continue
        out.append(r)
    return out
