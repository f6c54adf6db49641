"""What the rows of one article say together: a lead that sums up the rows
after it, members inheriting their group's date and destination, later
mentions of the same person, and a confirmation that completes a request.

Each pass is a single sweep with running state, so a long document costs
time in proportion to its rows.
"""

from __future__ import annotations

import re

from ..grouping import group_key
from .actor import names_people
from .coreference import corefer
from .actor_text import tidy_actors
from .context import Doc
from .denials import drop_denied_reports
from .drifts import drop_drifts_sent_home
from .figure_leads import first_tellings
from .figure_places import defections_told_from_the_south, statistics_destination
from .forecasts import drop_forecasts
from .journeys import SOUTH, journey_south_after_return, returns_again
from .labels import keep_lone_labels
from .naming import names_told_after
from .described_names import name_described_actors
from .introductions import move_to_assertion, move_to_introductions, request_answered, move_to_labels, move_to_superlatives
from .mission_groups import groups_at_missions
from .next_sentences import counts_from_antecedents, counts_from_members, named_lines, slots_from_next_sentences
from .northward import crossings_northward
from .patterns import MISSION_WORD, Patterns
from .re_mentions import drop_re_mentions
from .roles import group_noun, one_person, plural_actor
from .row import Row
from .row_dates import compatible_dates, other_month, same_year
from .transit_custody import caught_in_transit


def drop_summary_leads(rows: list[Row]) -> list[Row]:
    """A lead ("Two senior officials defected") followed by at least as many
    single rows of the same status is a summary, not a row of its own. A
    single told with another time than the lead's ("a soldier made it to the
    South in 2016" after two crewmen last month) is none of its members."""
    def single(r: Row, lead: Row) -> bool:
        # (a person of their own, named or with a title; not "both" or "they" told again)
        return (r.count is None and bool(r.actor_name or r.role) and r.status == lead.status
                and (not r.date or not lead.date or r.date.startswith(lead.date) or lead.date.startswith(r.date)))
    return [r for k, r in enumerate(rows)
            if not (r.count and r.count >= 2 and not r.stat and r.status in ("defected", "attempted")
                    and sum(single(o, r) for o in rows[k + 1:]) >= r.count)]


def inherit_from_leads(rows: list[Row]) -> None:
    """Members of a group inherit its date and destination; figures of a
    series its destination and, for a part of a figure, its date."""
    lead: Row | None = None
    last_stat: Row | None = None
    for r in rows:
        if r.fallback:
            # a figure with no predicate continues the series of the lead
            if lead is not None and not r.destination:
                r.destination = list(lead.destination)
            if not r.date and r.subset and last_stat is not None:
                # "Forty-three of the fourth-quarter arrivals": a part of the figure before
                r.date, r.precision = last_stat.date, last_stat.precision
            continue
        if r.count and r.count >= 2 and (r.stat or r.status == "defected") and not r.member:
            if lead is None:
                lead = r
            elif r.stat and lead.stat and r.kind == "arrive" and not r.destination:
                # later figures of a statistics series count arrivals in the same place
                r.destination = list(lead.destination)
            if r.stat and r.date:
                last_stat = r
            continue
        if lead is None or r.sent <= lead.sent:
            continue
        if not r.date and lead.date:
            r.date, r.precision = lead.date, lead.precision
        if not r.destination and lead.destination and r.status == "defected":
            r.destination = list(lead.destination)


def merge_mentions(P: Patterns, rows: list[Row], doc: Doc) -> list[Row]:
    """Later mentions of the same named person (or "the soldier" again)
    add no row; an arrival told within two sentences of a request or an
    attempt completes it."""
    seen: dict[str, Row] = {}
    journeys: dict[str, list[Row]] = {}  # a person's other events, years from the first
    by_surname: dict[str, list[tuple[str, Row]]] = {}  # spellings compared within one surname only
    final: list[Row] = []
    same_day = _SameDay(final)
    last_event: Row | None = None
    roles_seen: set[str] = set()
    for r in rows:
        if r.definite and not r.actor_name and not r.count and r.role and r.role in roles_seen \
                and not P.new_people.search(r.actor):  # ("the previous soldier to defect": someone else)
            told = next((f for f in reversed(final) if f.role == r.role and not f.stat and f.count is None), None)
            if told is not None and r.sent - told.sent <= LONE_REACH:
                _complete(told, r, ("date", "precision"))  # "the diplomat came in September 2019": when
            continue
        prev = last_event  # the last event told (figures in between are no antecedent of "the North Koreans")
        if (prev is not None and prev.sent == r.sent and not r.actor_name and not r.stat and prev.actor and r.actor
                and f"{prev.actor}, {r.actor}" in doc.body[r.start:r.end]):
            # "detained eight defectors, 7 women and one child, who were stopped at ...": the
            # members told after the group in its own sentence are the group
            if prev.count is None:  # (the group's own number first: "eight ... defectors, 7 women and one child")
                first = prev.actor.split()[0].lower()
                prev.count = P.v.number_words.get(first) or (int(first) if first.isdigit() else None) or r.count
            _complete(prev, r, ("date", "precision"))
            prev.origin = prev.origin or list(r.origin)
            prev.destination = prev.destination or list(r.destination)
            continue
        if r.kind == "wish" and (r.definite or _PART_OF_THEM.match(r.actor)) and prev is not None and 0 <= r.sent - prev.sent <= 4:
            continue  # "All four told investigators they wanted to stay": the group told of just before
        group = next((f for f in reversed(final) if f.count and f.count >= 2), None) if _ALL_OF_THEM.fullmatch(r.actor) else None
        if group is not None and not r.actor_name and 0 < r.sent - group.sent <= 4 and not returns_again(r, group):
            # "... all of them had reached South Korea after living abroad": the group (or the
            # figure) told of just before, told again; where it went completes it
            request_answered(group, r)
            if not group.date and r.date:
                group.date, group.precision = r.date, r.precision
            group.destination = group.destination or list(r.destination)
            continue
        if (r.definite and not r.actor_name and not r.count and prev is not None and 0 <= r.sent - prev.sent <= GROUP_REACH
                and not returns_again(r, prev) and r.actor.split()[-1].lower() in P.anaphoric_heads
                and not re.search(r"\bof\s+(?:the|a|an|his|her|their)\s", r.actor)):
            # "The man, a third secretary, walked into the embassy": the actor told of just before (in the
            # same sentence too: "... have taken 15 North Koreans into custody after the group crossed")
            move_to_assertion(prev, r, doc)
            request_answered(prev, r)
            _complete(prev, r, ("date", "precision"))
            continue
        told = _counted_told(r, final)  # ("The nine arrived safely": the group counted before)
        if told is not None and told.status == "defected" and r.status == "attempted":
            continue  # (a catch on the way: where they were caught is neither end of the journey)
        if told is not None:
            move_to_assertion(told, r, doc)
            request_answered(told, r)
            _complete(told, r, ("date", "precision", "count"))  # (how many, when the first telling did not count them)
            continue
        counted = _counted_again(r, final)
        if counted is not None:
            # "thirteen North Koreans ... have defected", then "one male and 12 female workers
            # arrived in the South on Thursday": as many people, told again
            request_answered(counted, r)
            _complete(counted, r, ("date", "precision"))
            if not counted.role and r.role and r.actor.split()[-1].lower().startswith(r.role.lower()[:4]):
                counted.role = r.role  # (the role all of them share: "12 female workers", not "one manager and 12 ...")
            continue
        if (r.stat and r.count and prev is not None and r.count == prev.count and not prev.stat and 0 < r.sent - prev.sent <= 8
                and r.actor.split()[-1].lower() in P.anaphoric_heads
                and re.search(r"\bthe\s+(?:(?:number|figure|total|count)\s+of\s+)?" + re.escape(r.actor) + r"\b",
                              doc.body[r.start:r.end], re.I)):
            # "the defectors numbered seven in all", "She put the number of refugees at about
            # 300": the group's number told again, no figure
            continue
        lone = _lone_antecedent(P, r, final)
        if lone is not None:  # "the high-ranking military official" after "a military intelligence officer"
            _complete(lone, r, ("date", "precision"))
            continue
        same = None
        if not r.actor_name and not r.count and not r.stat:
            for f in reversed(final):
                if r.sent - f.sent > 4:
                    break  # (only the last few sentences: linear in a long document)
                if (not f.actor_name and not f.count and not f.stat and f.actor.casefold() == r.actor.casefold()
                        and (f.sent < r.sent or f.sent == r.sent and f.status == r.status)  # ("who crossed ..., had been caught")
                        and same_year(f, r) and not other_month(f, r) and not returns_again(r, f)):
                    same = f
                    break
        if same is None and not r.actor_name and not r.stat:
            same = _told_again(r, final) or same_day.told(r)
        if same is not None:  # "a North Korean soldier defected ..." told again: one event
            _complete(same, r, ("date", "precision", "role"))
            continue
        if r.role and not r.count:
            roles_seen.add(r.role)
        if not r.actor_name:
            corefer(P, r, doc)
        key = person_key(P, r.actor_name)
        if key:
            first = seen.get(key) or next(
                (row for k, row in by_surname.get(key.partition(" ")[0], ()) if _same_person(k, key)), None)
            if first is not None and returns_again(r, first):  # (not the defection told again)
                journeys.setdefault(key, []).append(r)
                final.append(r)
                last_event = r
                continue
            if first is not None and _onward_leg(P, first, r):
                journeys.setdefault(key, []).append(r)  # ("fled to China", then "fled via Mongolia to South Korea": two legs)
                r.origin = r.origin or list(first.destination)  # (the second leg starts where the first ended)
                final.append(r)
                last_event = r
                continue
            if first is not None and not first.stat and not r.stat and first.date and r.date:
                # a person's journeys years apart are events of their own ("crossed into China in
                # 2000 ... went back home", then "crossed the border into China in 2006")
                first = next((row for row in [first, *journeys.get(key, ())] if compatible_dates(row, r)), None)
                if first is None:
                    journeys.setdefault(key, []).append(r)
                    final.append(r)
                    last_event = r
                    continue
            if first is not None:
                if (first.noun and not r.noun and r.kind and r.status == first.status
                        and not r.stat and not first.stat and not first.date and r.date):
                    # "Hwang's defection ... stands as a symbol" then "Hwang, 88, defected to South
                    # Korea in 1997": the event is told where a verb asserts it, with its date
                    _retell(first, r)
                if r.status == first.status and not r.stat and not first.stat:
                    # "Ri was the first trade officer to defect ... Ri defected to South Korea in May
                    # 2014": the event told again fills what its first telling left empty
                    _complete(first, r, ("date", "precision"))
                if first.noun and first.status == "attempted" and r.status == "defected":
                    # ("Her foiled escape, which landed her in jail. Her later defection ...": an attempt
                    # told as a noun is over; the flight after it is another)
                    journeys.setdefault(key, []).append(r)
                    final.append(r)
                    last_event = r
                    continue
                if r.status == "defected" and first.status in ("sought_asylum", "attempted") and r.sent - first.sent <= 2:
                    first.status = "defected"
                    if not first.destination:
                        first.destination = list(r.destination)
                continue
            seen[key] = r
            by_surname.setdefault(key.partition(" ")[0], []).append((key, r))
        final.append(r)
        if not r.stat:
            last_event = r
    return final


class _SameDay:
    """The unnamed person of an earlier paragraph told again with the same
    day ("... came less than a month after a North Korean soldier defected
    on August 20." then, further down, "On August 20, a North Korean soldier
    defected through ..."): the same words for the same person on the same
    day are one event however far apart they are told. The rows told so far
    are kept by that key (a lookup, not a scan: linear in a long document)."""

    def __init__(self, final: list[Row]) -> None:
        self.final = final
        self.seen = 0
        self.first: dict[tuple[str, str, str, str], Row] = {}

    def told(self, r: Row) -> Row | None:
        for f in self.final[self.seen:]:
            if f.precision == "day" and not f.actor_name and not f.stat and not f.count:
                self.first.setdefault((f.date, f.status, f.role, f.actor.casefold()), f)
        self.seen = len(self.final)
        if r.precision != "day" or r.count:
            return None
        return self.first.get((r.date, r.status, r.role, r.actor.casefold()))


def _told_again(r: Row, final: list[Row]) -> Row | None:
    """The unnamed row of a sentence or two before that `r` tells again:
    the same number of the same people on the same date ("9 workers
    employed in Russia defected last month. ... Last month nine workers
    reached South Korea from Russia"), or people at the same mission ("More
    than 40 people forced their way into the Canadian Embassy ... Forty-four
    men, women, and children climbed over the walls of the Canadian
    Embassy": the counts of a first report and a later one often differ)."""
    at_mission = bool(MISSION_WORD.search(" ".join(r.destination)))
    for f in reversed(final):
        if r.sent - f.sent > 2:
            return None
        if f.actor_name or f.stat or f.status != r.status or f.sent >= r.sent or returns_again(r, f):
            continue
        if r.count and r.count >= 2 and f.count == r.count and f.role == r.role and f.date and f.date == r.date:
            return f
        if (r.count is None and f.count is None and r.role and f.role == r.role and f.date and f.date == r.date
                and f.destination == r.destination):
            return f  # "a senior official of the spy agency had defected ... last year. ... an unnamed
            # official who had worked for the Ministry of State Security fled to the South last year"
        if at_mission and f.destination == r.destination and compatible_dates(f, r):
            return f
        if (r.count is None and f.count is None and not f.role and r.actor.casefold().startswith(f.actor.casefold() + " ")
                and f.date and r.date and (r.date.startswith(f.date) or f.date.startswith(r.date))):
            return f  # "a North Korean escaped to the South last month. ... on Sept. 17 a North Korean man crossed ...":
            # the same person, told again with the day
        abroad = [o for o in f.origin if o != "North Korea"]  # (where the person was posted or living, not the land left)
        if (r.count is None and f.count is None and abroad and not r.date and r.kind == f.kind
                and (set(abroad) & set(r.origin) or any(o in r.actor for o in abroad)) and not _OTHERS.search(r.actor)):
            return f  # "a diplomat who had been stationed in Cuba has defected ... confirmed reports that a
            # North Korean counsellor of political affairs in Cuba had defected": the one person, told again
        if (at_mission and f.destination and set(f.destination) <= set(r.origin) | set(r.destination) and f.count and r.count
                and f.date and f.date == r.date):
            f.destination, f.origin = list(r.destination), f.origin or list(r.origin)
            r.role = ""  # (the second telling's details of the scene are not the first's actor's)
            return f  # "two dozen North Koreans forced their way into an embassy in Beijing ... At least 20
            # North Koreans got into the Spanish Embassy in Beijing on Thursday": the mission named the second time
    return None


#: "all of them", "both of them", "each of those": the whole group told of before, told again
_ALL_OF_THEM = re.compile(r"\s*(?:all|both|each|every\s+one)\s+of\s+(?:them|those|these)\s*", re.I)
#: "Nine of them (have said they intend to defect)": part of the group told of before
_PART_OF_THEM = re.compile(r"\s*\S+\s+of\s+(?:them|those|the\s+group)\b", re.I)

#: how far back (sentences) "the North Koreans", "the group" or "the nine" may refer to the event told
#: last (4 left 8 re-mentions on dev as rows of their own; 12, 20 and 40 alike merge them, losing no pair)
GROUP_REACH = 12
#: how far back (sentences) a definite description may refer to the one person told of before
#: (a whole report: the one person it tells of is still "the defector" at its end; 12 left a
#: re-mention 13 sentences on as a row of its own, and 20 or 40 change nothing else on dev)
LONE_REACH = 40


#: a person the press keeps anonymous by a letter ("A", "Mr. B")
_LETTER = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-HJ-Z]")


def _lone_antecedent(P: Patterns, r: Row, final: list[Row]) -> Row | None:
    """A definite description of one unnamed person ("the official", "the
    young soldier") refers to the one unnamed person whose event was told a
    few sentences before, though a group's event came in between; None
    when there is no such row, or more than one."""
    # (or the letter the press calls an unnamed person by: "Police caught a defector ... A was arrested on the 13th")
    letter = bool(_LETTER.fullmatch(r.actor))
    if not letter and (not r.definite or not (r.role or names_people(P, r.actor)) or P.new_people.search(r.actor)) \
            or r.actor_name or r.count is not None or r.stat:  # ("the previous soldier to defect": someone else)
        return None
    if not letter and not re.match(r"\s*the\b|\d+-year-old\b", r.actor, re.I) and not r.actor[:1].islower():  # ("the 19-year-old enlistee")
        return None
    people = [f for f in final if not f.actor_name and f.count is None and not f.stat and f.sent < r.sent
              and not (group_noun(P, f.actor) and one_person(P, r.actor))  # (one, not "the group" she was one of)
              and not (letter and f.actor == r.actor)]  # (nor the letter's own other event)
    if len(people) != 1 or r.sent - people[0].sent > LONE_REACH or journey_south_after_return(r, people[0]):
        return None  # (none, or more than one in the article so far; or a journey the other way)
    if letter and (people[0].status != r.status or not compatible_dates(people[0], r)):
        return None  # (the letter's own earlier flight: "A, who defected in 2015," after her arrest)
    return people[0]


def _retell(told: Row, again: Row) -> None:
    """`told` (a noun's mention) takes `again`'s sentence as its evidence,
    with what that sentence says of the event."""
    for name in ("sent", "start", "end", "pe", "kind", "date", "precision", "noun"):
        setattr(told, name, getattr(again, name))
    _complete(told, again, ("role",))


#: "another 13", "a further 13", "13 more", "a first group": other people, however many
_OTHERS = re.compile(r"(?:another|other|a\s+further|further|(?:an?\s+|the\s+)?(?:first|second|third|fourth|new|latest))\b"
                     r"|\S+\s+(?:more|others)\b", re.I)


def _counted_told(r: Row, final: list[Row]) -> Row | None:
    """The event that "the three defectors" (a definite, counted group with
    no name) tells again when other events came between: the last one a few
    sentences before of as many unnamed people, with the same outcome, or
    a catch told after the journey it interrupted ("Three waitresses ...
    have arrived in South Korea. ... The three defectors had been held in
    custody in Thailand")."""
    if not r.definite or not r.count or r.actor_name or r.stat:
        return None
    last = final[-1] if final else None
    if (last is not None and last.count is None and not last.actor_name and not last.stat and 0 < r.sent - last.sent <= 1
            and last.status == "defected" and r.status in ("defected", "sought_asylum") and plural_actor(last.actor)
            and not returns_again(r, last)):
        # ("A group of North Korean defectors has reached Seoul. ... the 25 North Koreans had forced their
        # way into the Spanish embassy": the group the lead told of, how many and how it began)
        return last
    for f in reversed(final):
        if r.sent - f.sent > GROUP_REACH:
            return None
        if (f.sent < r.sent and f.count == r.count and not f.actor_name and not f.stat and not returns_again(r, f)
                and (f.status == r.status or f.status == "sought_asylum" and r.status == "defected"
                     or f.status == "defected" and r.status == "attempted" and r.kind == "caught")):
            return f
    return None


def _counted_again(r: Row, final: list[Row]) -> Row | None:
    """The event that the arrival of a counted group of three or more, with
    no name and no "the", tells again: an event a few sentences before of
    as many people, with the same outcome and no other year or month."""
    if (r.kind not in ("arrive", "cross", "flee", "defect") or r.definite or r.actor_name or r.stat or not r.count or r.count < 3
            or _OTHERS.match(r.actor)):
        return None
    for f in reversed(final):
        if r.sent - f.sent > GROUP_REACH:
            return None
        if (f.count == r.count and f.sent < r.sent and not f.actor_name and not f.stat
                and (f.status == r.status or f.status == "sought_asylum" and r.status == "defected")
                and compatible_dates(f, r) and not other_month(f, r) and not returns_again(r, f)):
            return f
    return None


def _complete(told: Row, again: Row, names: tuple[str, ...]) -> None:
    """An event told again fills what its first telling left empty."""
    for name in names:
        if not getattr(told, name):
            setattr(told, name, getattr(again, name))
    told.origin = told.origin or list(again.origin)
    told.destination = told.destination or list(again.destination)


def person_key(P: Patterns, name: str) -> str:
    """One key for the spellings of a name in one article: surname
    romanisations unified, spaces and hyphens dropped ("Ri Il Gyu" and
    "Ri Il-gyu" and "Rhee Il Gyu")."""
    return group_key(name, P.surname_variants) or name.lower()


def _same_person(a: str, b: str) -> bool:
    """Two keys of one surname whose given names differ by one letter
    ("lee ilgyu", "lee ilkyu"): one person spelt two ways in one article."""
    sa, _, ga = a.partition(" ")
    sb, _, gb = b.partition(" ")
    if sa != sb or not ga or not gb or abs(len(ga) - len(gb)) > 1 or min(len(ga), len(gb)) < 4:
        return False
    if len(ga) == len(gb):
        return sum(x != y for x, y in zip(ga, gb)) <= 1
    short, long_ = sorted((ga, gb), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _onward_leg(P: Patterns, first: Row, r: Row) -> bool:
    """Whether `r`, told after `first` of the same person, is the journey's
    next leg: the first ended in a country people pass through (data:
    `first_leg_countries`, `transit_countries`), this one reaches the South."""
    return (not first.stat and not r.stat and r.sent > first.sent and r.status == first.status == "defected"
            and bool(first.destination) and all(d.lower() in P.first_legs for d in first.destination)
            and bool(set(r.destination) & SOUTH))




def post_process(P: Patterns, rows: list[Row], doc: Doc) -> list[Row]:
    rows = [r for r in rows if (r.count or 0) <= P.max_people]  # ("the count stood at 24,050,000": a census)
    rows = keep_lone_labels(rows)
    rows = drop_summary_leads(rows)
    rows = drop_denied_reports(P, rows, doc)
    rows = drop_drifts_sent_home(P, rows, doc)
    rows = drop_forecasts(P, rows, doc)
    rows = first_tellings(P, rows, doc)
    inherit_from_leads(rows)
    statistics_destination(rows, doc)
    rows = move_to_introductions(P, rows, doc)
    rows = merge_mentions(P, rows, doc)
    rows = name_described_actors(P, rows, doc)
    names_told_after(P, rows, doc)
    rows = move_to_superlatives(P, rows, doc)
    rows = move_to_labels(rows, doc)
    slots_from_next_sentences(P, rows, doc)
    named_lines(P, rows, doc)
    counts_from_members(P, rows, doc)
    counts_from_antecedents(P, rows, doc)
    crossings_northward(P, rows, doc)
    groups_at_missions(P, rows)
    tidy_actors(P, rows)
    rows = drop_re_mentions(P, rows, doc.body)
    caught_in_transit(P, rows, doc)
    defections_told_from_the_south(rows, doc)
    for r in rows:  # "fled North Korea": the origin every defection shares is no place of its own
        r.origin = [o for o in r.origin if o not in P.implicit_origins]
    return rows
