"""A described actor named by the first named row after it: "A senior
diplomat stationed in Cuba defected ... Ri Il Gyu, 52, a counselor,
escaped to South Korea" is one event, Ri's, told first by description.
(Split from `post.py`; `naming.py` names an actor from a description that
carries the name, with no predicate of its own.)"""

from __future__ import annotations

import re

from .context import Doc
from .journeys import returns_again
from .patterns import Patterns
from .roles import plural_actor
from .row import Row
from .row_dates import compatible_dates, other_month

#: How many sentences after a described actor its name may first be given.
NAME_WINDOW = 6


def _one_place(P: Patterns, x: str, y: str) -> bool:
    """Places of one country ("Italy", "Rome, Italy", "Rome"), by `place_countries`."""
    def countries(place: str) -> set[str]:
        return {P.country_of.get(part, part) for part in (p.strip().lower() for p in place.split(","))}
    return bool(countries(x) & countries(y))


def _other_origins(P: Patterns, a: Row, b: Row) -> bool:
    """Two rows left from different places: other events. The places of the
    inter-Korean border are one crossing told two ways ("escaped at the
    demilitarized zone", "crossed at the truce village of Panmunjom"), and
    a country and its city one place ("the top diplomat in Italy", "the
    acting ambassador to Rome")."""
    if not a.origin or not b.origin or set(a.origin) & set(b.origin):
        return False
    if any(_one_place(P, x, y) for x in a.origin for y in b.origin):
        return False
    return not all(P.inter_korean.search(o) for o in (*a.origin, *b.origin))


#: "The diplomat is Ri Il Kyu, who escaped ...": a definite description identified with a name
_IDENTIFIED = re.compile(r"\W*(?:The|This|That)\s+(?:[\w-]+\s+){1,3}?(?:is|was|has\s+been\s+identified\s+as|was\s+identified\s+as|"
                         r"has\s+been\s+named\s+as|was\s+named\s+as)\s+")


#: "ahead of the high-profile defection of <name>", "weeks after the escape of <name>": another
#: event the story sets its own against (the words before the name, in its sentence)
_COMPARED = re.compile(r"\b(?:ahead\s+of|before|after|following|like|unlike|as\s+with|similar\s+to)\s+(?:the\s+)?"
                       r"(?:[\w-]+\s+){0,3}?(?:defection|escape|flight)\s+(?:[\w.,-]+\s+){0,6}?of\s+(?:another\s+[^,]{0,60},\s+)?$",
                       re.I)


def _compared(r: Row, doc: Doc) -> bool:
    """The named person's event is told as another one the story compares its own to."""
    at = doc.body.find(r.actor_name, r.start, r.end) if r.actor_name else -1
    return at > 0 and _COMPARED.search(doc.body, r.start, at) is not None


def _identified(r: Row, doc: Doc) -> bool:
    """The sentence names the person a description before told of, and the
    relative clause after the name tells that person's event: no background."""
    m = _IDENTIFIED.match(doc.body, r.start, r.end)
    return m is not None and doc.body.startswith(r.actor_name, m.end())


def name_described_actors(P: Patterns, rows: list[Row], doc: Doc) -> list[Row]:
    """"A senior diplomat stationed in Cuba defected ... Ri Il Gyu, 52, a
    counselor, escaped to South Korea": the first row of a named person that
    follows a single described actor of the same kind of event, within a few
    sentences and with no other year, names that actor; it is no row of its
    own. A pronoun row ("He said he defected because ...") after any row is
    a later mention too."""
    out: list[Row] = []
    named: set[tuple[str, bool]] = set()  # (a name, whether its row is a return north)
    for r in rows:
        key = r.actor_name.lower()
        if (r.pronoun and out and r.sent - out[-1].sent <= 3 and not r.stat and not returns_again(r, out[-1])
                # (not a later flight after an attempt that failed: "In 2005 she tried to flee but was
                # caught. In 2008 she escaped")
                and not (out[-1].kind in ("caught", "arrest") and r.status == "defected" and not compatible_dates(out[-1], r))
                # (a person first named in the pronoun's own sentence, after a figure or a counted group,
                # is someone of their own: "Seven defectors returned in 2012 ... a woman named Lim, who
                # often appeared on television until she returned to the North in 2017")
                and not ((out[-1].stat or out[-1].count) and r.actor_name and r.named_at >= r.sent)):
            first = out[-1]
            if (r.actor_name and not first.actor_name and first.count is None and not first.stat and not plural_actor(first.actor)
                    and first.sent < r.named_at):
                # "A consul vanished ... Officials briefed lawmakers on Pak, the consul. They said he
                # went into hiding": "he" is the person first named after the row (not a byline
                # or a leader named before it), who is the consul
                first.actor_name = first.actor = r.actor_name
                if not first.date:  # ("... he fled the compound in early November": when)
                    first.date, first.precision = r.date, r.precision
            if r.status == "defected" and first.status in ("sought_asylum", "attempted"):
                first.status = "defected"  # "He has since been granted asylum in a third country"
                first.destination = first.destination or list(r.destination)
            continue
        if (key and (key, r.returning) not in named and not r.stat and r.count is None and (not r.relative or _identified(r, doc))
                and not _compared(r, doc)):
            # (not a person's background told in a relative clause: "According to Tae, who defected in 2016,")
            target = None
            for u in reversed(out):
                if r.sent - u.sent > NAME_WINDOW:
                    break
                if u.actor_name:
                    if u.actor_name.lower() != key and not u.relative and u.sent != r.sent:
                        break  # someone else was named in between (not in passing, in a relative clause or
                        # the named row's own sentence: "According to Tae, who fled in 2016, Ryu defected")
                    continue
                if u.returning != r.returning:
                    continue  # (a defector's return and the defection before it are two events)
                if (u.count is None and not u.stat and not u.member and compatible_dates(u, r) and not plural_actor(u.actor)
                        and not _other_origins(P, u, r) and not other_month(u, r)):
                    target = u
                break
            if target is not None:
                target.actor_name, target.actor = r.actor_name, r.actor_name
                for name in ("date", "precision", "role"):
                    if not getattr(target, name):
                        setattr(target, name, getattr(r, name))
                if not target.origin:
                    target.origin = list(r.origin)
                if not target.destination:
                    target.destination = list(r.destination)
                if target.status in ("attempted", "sought_asylum") and r.status == "defected":
                    target.status = "defected"
                named.add((key, r.returning))
                continue
        if key:
            named.add((key, r.returning))
        out.append(r)
    return out
