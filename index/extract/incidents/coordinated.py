"""Two people described apart and joined by "and" as one subject: "A senior
intelligence official and a diplomat both defected in 2015", "a trading
company executive and a diplomat stationed in an Asian country had also
defected". Each is a person of his own, with his own occupation and posting,
told by the same predicate (its status, date and destination); the gold
keeps one row per person.
"""

from __future__ import annotations

import re

from .actor import names_people
from .context import Sentence
from .patterns import Patterns
from .roles import number_role, role_text
from .slots import number_value
from .row import Row

#: "<one described person> and a|an|another <another>", the second possibly closed
#: by an adverb the predicate brought ("both", "likewise", "also")
#: "<one described person> and <a number> <people>": "a soldier and two fishermen"
_PAIR_COUNTED = re.compile(r"(?P<a>[^,;\d]{3,80}?)\s+and\s+(?P<b>(?P<num>[\w-]+)\s+[^,;]{3,100}?)"
                           r"(?:\s+(?:both|likewise|also|too|together))*\s*$", re.I)
_PAIR = re.compile(r"(?:both\s+(?:the\s+)?)?(?P<a>[^,;]{3,80}?)\s+and\s+(?:a|an|another|one)\s+(?P<b>[^,;]{3,100}?)"
                   r"(?:\s+(?:both|likewise|also|too|together))*\s*$", re.I)

_PAIR_THE = re.compile(r"(?P<a>[^,;]{3,80}?)\s+and\s+the\s+(?P<b>[^,;]{3,100}?)(?:\s+(?:both|likewise|also|too|together))*\s*$", re.I)


def coordinated_people(P: Patterns, s: Sentence, row: Row) -> list[Row]:
    """The second person of `row`'s subject, with `row` narrowed to the
    first (see the module docstring); [] when the subject is one group."""
    text, s0 = s.text, s.s0
    at = text.find(row.actor)
    if row.actor_name or row.stat or at < 0:
        return []
    counted = None
    if row.count is not None:  # ("A North Korean soldier and two fishermen": one person, then a counted group)
        m = _PAIR_COUNTED.fullmatch(row.actor)
        if not m or number_value(P, m.group("num")) != row.count or not re.search(r"\b(?:a|an)\s+$", text[:at], re.I):
            return []  # (not "one manager and 12 waitresses": one group's members)
        if P.v.words("group_leader_nouns") & set(m.group("a").lower().split()):
            row.count += 1  # ("a male manager and 12 female employees": the group and the one who led it, 13)
            return []
        counted = row.count
    else:
        # ("a senior scientist and the head of a military hospital": a second, described by a definite role)
        m = _PAIR.fullmatch(row.actor) or (_PAIR_THE.fullmatch(row.actor) if re.search(r"\b(?:a|an)\s+$", text[:at], re.I) else None)
    if not m or not all(names_people(P, part) for part in (m.group("a"), m.group("b"))):
        return []
    if re.search(r"\b(?:wife|husband|son|daughter|family|children|mother|father|brother|sister)\b", m.group("b"), re.I):
        return []  # ("a diplomat and his wife": one household, one row)
    b_at = at + m.start("b")
    second = Row(sent=row.sent, start=row.start, end=row.end, status=row.status, kind=row.kind, date=row.date,
                 precision=row.precision, reported_by=row.reported_by, destination=list(row.destination))
    second.actor, second.pe, second.count = m.group("b"), row.pe, counted
    row.actor, row.count = m.group("a"), None
    origin = list(row.origin)
    both = [o for o in origin if o not in m.group("a") and o not in m.group("b")]  # (a place after the predicate is both's)
    for target, lo, hi in ((row, at, at + len(m.group("a"))), (second, b_at, b_at + len(m.group("b")))):
        inside = [sp for sp in s.spans if lo <= sp.start - s0 and sp.end - s0 <= hi]
        roles = [sp for sp in inside if sp.label == "ROLE"]
        # ("a soldier and two fishermen": a counted role noun is a NUMBER span, its role its last words)
        target.role = role_text(P, roles[0].text) if roles else number_role(P, inside)
        own = [o for o in origin if o in text[lo:hi]]  # ("a diplomat stationed in an Asian country": his posting)
        target.origin = own or list(both)
    return [second]
