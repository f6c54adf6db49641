"""Places told around the predicate that `slots.read_places` (the clause
after it) does not read: the river crossed in a participle after a comma,
the country of the place left, where a relative clause between the actor
and the predicate says they came from, the place inside the predicate
itself ("asked to resettle in South Korea", "left Bangkok for Seoul"),
where a later catch stopped the flight, and the South's register."""

from __future__ import annotations

import re

from .context import Sentence
from .patterns import Patterns
from .realis import caught_later_where
from .row import PredicateKind, Row
from .slots import alias

#: a crossed feature read as a destination ("crossing the Tumen River into China")
_FEATURE = re.compile(r"\b(?:[Rr]iver|[Ss]trait|[Ee]stuary)$")
#: "(ran off) from a restaurant run by the state in (China)"
#: ("from one restaurant near the historic city of (Xi'an)")
_FROM_A_PLACE_IN = re.compile(r"\s*(?:(?:away|off|out)\s+)?from\s+(?:a|an|the|their|his|her|one)\s+(?:[\w-]+\s+){1,6}?(?:in|at|near)\s+"
                              r"(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town|port|capital|province|region)\s+of\s+)?")
_A_PLACE_IN = re.compile(r"\s*(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){1,6}?(?:in|at)\s+(?:the\s+)?")
#: "(Norway)'s": a place that owns what follows it
_OWNS = re.compile(r"['’]s\b")
#: the rest of a "from" phrase, up to where the journey's goal may begin
_UNTIL_TO = re.compile(r"[^,;.]*?(?=\s+(?:to|into|for|toward|towards)\b|[,;.]|$)")
#: "(crossed the heavily fortified) border with (South Korea)"
_BORDER_WITH = re.compile(r"^\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:border|frontier)\s+with\s+(?:the\s+)?")
#: "(who had) crossed from (China)"
_CAME_FROM = re.compile(r"\b(?:crossed|fled|escaped|came|defected|slipped|walked|swam|ran)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+|neighbou?ring\s+)?")


def places_around(P: Patterns, row: Row, s: Sentence, ps: int, pe: int, region_end: int, kind: PredicateKind) -> None:
    """Fill or correct the row's origin and destination from the words around
    its predicate (text[ps:pe]); `region_end` is where the actor's words end."""
    text = s.text
    crossed = [d for d in row.destination if _FEATURE.search(d) and re.search(
        r"\b(?:crossing|across|over|through)\s+(?:the\s+)?(?:[\w-]+\s+)?" + re.escape(d), text[pe:])]
    if crossed and (not row.origin or row.origin == ["North Korea"]):
        # "escaped North Korea in 2003, crossing the Tumen River into China": the river crossed is
        # where the journey left from, not where it ended
        row.origin = crossed[:1]
        row.destination = [d for d in row.destination if d not in crossed]
    left = (_FROM_A_PLACE_IN.match(text, pe) or text[ps:pe].rstrip().endswith("from") and _A_PLACE_IN.match(text, pe)) \
        if not row.origin and kind in ("flee", "defect", "missing") else None
    if left:  # "ran off from a restaurant run by the state in China": the country of the place left
        row.origin = _places_at(P, s, left.end(), left.end() + 1)
        # (read past the "from" phrase, and the places that say where that place is: "in central China")
        rest = _UNTIL_TO.match(text, left.end())
        inside = _places_at(P, s, left.end(), rest.end()) if rest else []
        row.destination = [d for d in row.destination if d not in row.origin and d not in inside]
    if not row.origin and region_end < ps:
        # "four North Koreans who had crossed from China into Vietnam and asked for asylum": where the
        # relative clause between the actor and the predicate says they came from
        came = _CAME_FROM.search(text, region_end, ps)
        if came:
            row.origin = _places_at(P, s, came.end(), came.end() + 1)
    if kind == "wish" and not row.destination and re.search(r"(?:the\s+South|South\s+Korea)$", text[ps:pe]):
        row.destination = ["South Korea"]  # "asked to resettle in South Korea": the place in the predicate
    if kind == "statreport" and not row.destination and re.search(r"registered", text[ps:pe]) and P.south_holds.match(text, pe + 1):
        row.destination = ["South Korea"]  # "registered with South Korea's Unification Ministry": the South's register
    if kind == "arrive" and not row.origin and re.match(r"(?:left|leaves|departed|departs)\s", text[ps:pe]):
        # "left Bangkok for Seoul" (not a place that owns the one left: "left Norway's embassy in Hanoi")
        row.origin = _places_at(P, s, ps, pe, owners=False)
    feature_told_before(P, row, s, ps, pe, kind)
    if row.status == "attempted" and not row.origin and kind in ("cross", "flee", "defect"):
        # "crossed the border on its own and were then caught in China": where the catch ended it
        where = caught_later_where(text, pe)
        if where is not None and (at := _places_at(P, s, where, where + 1)):
            row.origin = at
            row.destination = [d for d in row.destination if d != at[0]]
    if kind == "cross" and not row.destination:
        # "crossed the heavily fortified border with South Korea": into the South
        w = _BORDER_WITH.match(text[pe:pe + 90])
        if w:
            there = _places_at(P, s, pe + w.end(), pe + w.end() + 1)
            if there == ["South Korea"]:  # (into the South; the country is not where the crossing began)
                row.destination = there
                row.origin = [o for o in row.origin if o != "South Korea" and "maritime border" not in o]


#: "(fled) across the river": a feature crossed, named earlier in the sentence
_ACROSS_THE_FEATURE = re.compile(r"\s*(?:across|over)\s+the\s+(?:river|border|frontier)\b(?!\s+(?:with|between|into|to)\b)", re.I)
#: "the Yalu River border with (China)": the feature and the country beyond it
_FEATURE_BORDER_WITH = re.compile(r"\b(?:[Rr]iver|[Ss]trait|[Ee]stuary)\s+(?:border|frontier)\s+with\s+(?:the\s+)?$")


def feature_told_before(P: Patterns, row: Row, s: Sentence, ps: int, pe: int, kind: PredicateKind) -> None:
    """"Soldiers who were guarding the Yalu River border with China fled
    across the river": the river crossed is the one named before in the
    sentence (the origin), and the country its border faces the
    destination."""
    if kind not in ("cross", "flee") or row.origin or not _ACROSS_THE_FEATURE.match(s.text, pe):
        return
    named = [sp for sp in s.spans if sp.label == "LOCATION" and sp.end - s.s0 <= ps and _FEATURE.search(sp.text)]
    if not named:
        return
    row.origin = [alias(P, named[-1].text)]
    if not row.destination:
        row.destination = [alias(P, sp.text) for sp in s.spans if sp.label == "LOCATION" and sp.end - s.s0 <= ps
                           and _FEATURE_BORDER_WITH.search(s.text, 0, sp.start - s.s0)][:1]


def _places_at(P: Patterns, s: Sentence, lo: int, hi: int, owners: bool = True) -> list[str]:
    """The places named from text[lo:hi] on (sentence offsets), as written in
    the rows; without `owners`, not a place that owns what follows it
    ("Norway's embassy")."""
    return [alias(P, sp.text) for sp in s.spans if sp.label == "LOCATION" and lo <= sp.start - s.s0 < hi
            and (owners or not _OWNS.match(s.text, sp.end - s.s0))]
