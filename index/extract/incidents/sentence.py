"""All the rows one sentence makes: each predicate in turn, the clause it
shares with an earlier one, and a background "since X ... in YEAR"."""

from __future__ import annotations

import re

from .clauses import clause_end, clause_start
from .context import Sentence
from .coordinated import coordinated_people
from .did_so import did_so_rows
from .elided import another_to_a_mission, elided_groups
from .induced import induced_row
from .objects import nominal_row, object_row
from .patterns import Patterns
from .predicate import read_predicate
from .roles import role_text
from .row import Row
from .row_dates import resolve_date
from .slots import place_list

#: "11 of them": a part of the group told just before
_PART_OF_THEM = re.compile(r"(?:\d[\d,]*|[a-z]+)\s+of\s+them", re.I)
#: "its members", "their passengers": the people of a group told before in the sentence
_THEIR_MEMBERS = re.compile(r"(?:its|their)\s+(?:members|people|passengers|crew|occupants)$", re.I)

#: "(sought asylum in Beijing) and went on to | defect", "... and later | defected": the same
#: person's request, then its outcome, told with no new subject
#: an act done in order to ask for asylum: "... to seek asylum" right before the request
_TO_ASK = re.compile(r"\bto\s+$")
#: the South named before the request: an arrival there is a defection whatever was asked
_IN_THE_SOUTH = re.compile(r"\b(?:South\s+Korea(?!n)|the\s+South\b(?![\s-]*Korean)|Seoul)\b")
_WENT_ON = re.compile(r"[^,;]{0,60}?\band\s+(?:then\s+|later\s+|eventually\s+|finally\s+)?(?:went\s+on\s+to\s+)?$", re.I)

#: after an asylum bid, its people moved on: "; they were eventually sent on to", "departed China"
_MOVED_ON = re.compile(r"\b(?:(?:was|were|have\s+been|had\s+been)\s+(?:eventually\s+|later\s+|then\s+|finally\s+|safely\s+)?(?:sent|flown)\s+on\s+to"
                       r"|(?:eventually\s+|later\s+|then\s+|finally\s+|safely\s+)?(?:departed|left)\s+(?:China|Beijing|the\s+country)\b"
                       r"|(?:has|have|had)\s+(?:now\s+)?(?:safely\s+)?arrived\s+in)", re.I)

#: where someone gone missing turned up after, in the same sentence: in the South
_SURFACED_SOUTH = re.compile(r"\b(?:(?:is|are)\s+now\s+(?:living|settled|staying)|now\s+lives?|(?:later\s+)?(?:reappeared|resurfaced|"
                             r"surfaced|turned\s+up))\s+in\s+(?:South\s+Korea|Seoul|the\s+South)\b", re.I)

_AFTER_ASKING = re.compile(r"\b(?:after|while|when)\s+(?:asking|applying|seeking|requesting)\s+(?:for\s+)?(?:political\s+)?(?:asylum|refuge)\b",
                           re.I)

#: "on their way from Shenyang (China) to Vietnam": the journey an attempt was on
_WAY_FROM_TO = re.compile(r"\bon\s+(?:their|his|her|its|the)\s+way\s+(?P<from>from)\s+[^,;.]{2,40}?\s+(?P<to>to\s+(?:the\s+)?)", re.I)

#: Longer "sentences" are lists or tables run together: no rows from them.
MAX_SENTENCE = 2000


#: a line in title case with no closing stop: a subheading, whose event the paragraph after it tells
_HEADING = re.compile(r"(?:[A-Z0-9][\w'’-]*|(?:a|an|the|of|in|on|at|to|for|and|or|by|with|from|as|his|her|its)\b)"
                      r"(?:\s+(?:[A-Z0-9][\w'’-]*|(?:a|an|the|of|in|on|at|to|for|and|or|by|with|from|as|his|her|its)\b)){2,14}")


def _same_words_again(a: str, b: str) -> bool:
    """One actor the other's last words, not a complement of it ("four
    relatives of Ri Chol Su" is not Ri Chol Su)."""
    if not a or not b or a == b:
        return False
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if not longer.endswith(" " + shorter):
        return False
    # (but "a group of four" and "four" are one: a group told by its number)
    return not re.search(r"(?:\bof|['’]s)$", longer[:-len(shorter)].rstrip(), re.I) or bool(re.fullmatch(r"\d+|[a-z]+", shorter))


def _wish_after_catch(rows: list[Row], wish: Row) -> None:
    """"a soldier whom Ukrainian forces captured has said he wishes to
    defect to the South": the catch tells who he is; the wish he stated
    since is the event, and where he was caught its origin."""
    wish.origin = wish.origin or list(rows[-1].origin) or list(rows[-1].destination)
    rows[-1] = wish


#: "(returned north) after | defecting", "three years after | fleeing": a gerund's lead
_AFTER_GERUND = re.compile(r"\b(?:after|since)\s+$", re.I)


def _arrival_after_relative_flight(told: Row, row: Row, ps: int) -> bool:
    """"Two sailors who fled a ship in Peru in March have arrived in South
    Korea": the flight told in a relative clause, its end in the main one."""
    return (row.kind == "arrive" and bool(row.destination) and told.kind in ("flee", "defect", "cross")
            and bool(told.rel_end) and ps >= told.rel_end and not told.stat and told.status == row.status)


def _end_of_the_journey(text: str, told: Row, row: Row) -> None:
    """The arrival's place ends the journey the relative clause began; a place
    the flight was read with but not gone to ("fled a ship in Peru") is where
    it began."""
    if told.destination and not told.origin and not re.search(r"\b(?:to|into|toward|towards|for)\b", text[told.pe:told.rel_end]):
        told.origin = told.destination
    told.destination = list(row.destination)


def sentence_rows(P: Patterns, s: Sentence) -> list[Row] | None:
    text = s.text
    if len(text) > MAX_SENTENCE or _HEADING.fullmatch(text):
        return None  # (a subheading in title case, "A Man in His 20s Crosses the Border on Foot", heads what follows)
    preds = []
    low = text.casefold()
    asked = set(P.always_asked)
    for root in set(P.needle_root_re.findall(low)):
        asked.update(P.needle_predicates[root])
        for w in P.needle_longer[root]:
            if w in low:
                asked.update(P.needle_predicates[w])
    for k in sorted(asked):  # (only the predicates whose needles the sentence holds: see needles.py; in the
        # order of the list, so that two kinds matching the same words are read in one order)
        rx, kind, status = P.v.predicates[k]
        for m in rx.finditer(text):
            preds.append((m.start(), m.end(), kind, status))
    if not preds:  # (what asking every predicate at once said, at a fraction of the cost)
        return listed_rows(P, s) or None
    preds.sort(key=lambda p: (p[0], -p[1]))  # (of two starting together, the longer: "climbed over the wall of the Japanese school")
    if P.blockers.search(text):
        since = since_row(P, s, preds)
        return [since] if since is not None else None
    rows: list[Row] = []
    labels: list[Row] = []
    last_pe = -1
    frame = P.recurrence.search(text)
    for ps, pe, kind, status in preds:
        # "went back to the North after defecting in 2006": the defection before the return, an event of its own
        before_return = bool(rows and rows[-1].returning and kind in ("defect", "flee") and (
            _AFTER_GERUND.search(text, 0, ps) and re.match(r"[a-z]+ing\b", text[ps:], re.I)
            or re.match(r"(?:after|since)\s+[a-z]+ing\b", text[ps:], re.I)))  # (the predicate may hold its "after")
        if ps < last_pe and not before_return or frame and ps >= frame.end():
            continue  # (after "it is the first time that": a count of events, none told here)
        if rows and re.search(r"\b(?:before|after|while|when|upon|by)\s+$", text[:ps], re.I) and re.match(
                r"[a-z]+ing\b", text[ps:], re.I) and not before_return:
            continue  # "arrived in the South after crossing the NLL": how the event told already happened
        if (rows and kind == "defect" and status == "defected" and rows[-1].status == "sought_asylum" and not rows[-1].stat
                and _WENT_ON.fullmatch(text, rows[-1].pe, ps)):
            # "sought asylum in Beijing in February and went on to defect to South Korea in April": the
            # request was granted; the journey ends where the second verb says
            rows[-1].status = "defected"
            rows[-1].destination = place_list(P, s, pe, clause_end(P, text, pe)) or rows[-1].destination
            last_pe = pe
            continue
        back = kind == "return" and bool(rows) and not rows[-1].returning  # "defected in 2014 and went back in 2017": two events
        back = back or before_return
        if (rows and kind == "arrive" and rows[-1].status == "sought_asylum" and rows[-1].relative and not rows[-1].stat
                and re.match(r"(?:left|leaves|departed|departs)\s", text[ps:pe])):
            # "the defector who took refuge in Hong Kong last month left the city for South Korea": the
            # refuge led to the departure the main verb tells, from the place of refuge
            row = read_predicate(P, s, ps, pe, kind, status)  # type: ignore[arg-type]
            if row is not None and row.destination:
                row.origin = row.origin or [p for p in rows[-1].destination if p not in row.destination][:1]
                rows[-1] = row
                last_pe = row.pe
            continue
        if rows and clause_start(P, text, ps) < last_pe and not (rows[-1].rel_end and ps >= rows[-1].rel_end) and not back:
            if kind == "wish" and rows[-1].kind in ("arrest", "caught") and not rows[-1].stat:
                wish = read_predicate(P, s, ps, pe, kind, status)  # type: ignore[arg-type]
                if wish is not None and (wish.actor_name, wish.actor) == (rows[-1].actor_name, rows[-1].actor):
                    _wish_after_catch(rows, wish)
                    last_pe = wish.pe
                continue
            # same clause as the row before: an asylum request outranks going missing or fleeing
            if (kind == "asylum" and rows[-1].kind in ("missing", "flee") and not rows[-1].stat
                    and not re.search(r"\bor\s+$", text[max(0, ps - 4):ps])):
                rows[-1].status = "sought_asylum"
                if not rows[-1].destination:
                    rows[-1].destination = place_list(P, s, pe, clause_end(P, text, pe))
            elif (kind == "asylum" and rows[-1].kind in ("arrive", "cross") and rows[-1].status == "defected"
                  and not rows[-1].stat and _TO_ASK.search(text, 0, ps) and not _IN_THE_SOUTH.search(text, 0, ps)
                  and not {"South Korea", "Seoul"} & set(rows[-1].destination)):
                # "made their way into the compound of a German school ... to seek asylum": got in
                # somewhere abroad in order to ask; what they asked for is the event
                rows[-1].status = "sought_asylum"
            continue
        if kind == "nominal":
            row = nominal_row(P, s, ps, pe)
        elif kind in ("arrest", "granted"):
            row = object_row(P, s, ps, pe, kind, status)  # type: ignore[arg-type]
        elif kind == "induced":
            row = induced_row(P, s, ps, pe, status)  # type: ignore[arg-type]
        else:
            row = read_predicate(P, s, ps, pe, kind, status)  # type: ignore[arg-type]
        if row is not None and row.label:
            labels.append(row)  # (a label stands aside for any act the sentence tells: labels.py)
            continue
        if row is not None and rows and _THEIR_MEMBERS.match(row.actor):
            # "the group escaped last month, but Chinese police detained its members": one event, caught
            if row.status == "attempted" and rows[-1].status == "defected":
                rows[-1].status = "attempted"
            rows[-1].destination = rows[-1].destination or list(row.destination)
            continue
        if row is not None and rows and row.status == "attempted" and _PART_OF_THEM.fullmatch(row.actor) and rows[-1].count \
                and row.count and row.count < rows[-1].count and not rows[-1].stat:
            continue  # "Fourteen ... climbed the wall of the consulate, but guards caught 11 of them": some of the group, in its event
        if row is not None:
            if back and rows[-1].destination and "North Korea" in rows[-1].destination[1:]:
                rows[-1].destination.remove("North Korea")  # (read on past the "and": the return's place)
            if rows and not back and row.status == rows[-1].status and _same_words_again(row.actor, rows[-1].actor) \
                    and not row.actor_name and not rows[-1].actor_name:
                continue  # ("the MSS caught a family of three | who tried to defect": the catch's object again, read with its verb)
            if rows and (row.actor_name, row.actor) == (rows[-1].actor_name, rows[-1].actor) and not back and not (
                    rows[-1].rel_end and ps >= rows[-1].rel_end and _reversed(rows[-1], row)):
                if row.kind == "wish" and rows[-1].kind in ("arrest", "caught") and not rows[-1].stat:
                    _wish_after_catch(rows, row)
                elif row.kind in ("arrest", "caught") and rows[-1].kind == "wish" and rows[-1].rel_end and not rows[-1].stat:
                    # "seven defectors who want to settle in South Korea have been detained in Thailand":
                    # the wish labels the people caught; where they wished to go is where they were headed
                    row.destination = [*rows[-1].destination, *(d for d in row.destination if d not in rows[-1].destination)]
                    rows[-1] = row
                    last_pe = row.pe
                elif _arrival_after_relative_flight(rows[-1], row, ps):
                    _end_of_the_journey(text, rows[-1], row)
                continue  # the same actor again in one sentence: one journey, unless it went back the other way
            rows.append(row)
            last_pe = row.pe
            more = elided_groups(P, s, row) or another_to_a_mission(P, s, row) or coordinated_people(P, s, row)
            # (", seven in Shenyang", "and another into the U.S. consulate", "and a diplomat")
            if more:
                rows.extend(more)
                last_pe = more[-1].pe
    for row in rows:
        if row.kind == "missing" and not row.stat and _SURFACED_SOUTH.search(text, row.pe):
            # "a diplomat who disappeared in Italy in late 2018 is now living in South Korea", "... and who
            # later reappeared in South Korea": the disappearance ended in the South
            row.status = "defected"
            row.destination = row.destination or ["South Korea"]
        elif row.kind == "missing" and not row.stat and _AFTER_ASKING.search(text, row.pe):
            row.status = "sought_asylum"  # "has vanished, reportedly after asking for asylum": the request told with it
        moved = _MOVED_ON.search(text, row.pe) if row.status == "sought_asylum" and not row.stat else None
        if moved is not None:
            # "10 North Koreans slipped into the Japanese Embassy; they were eventually sent on to South
            # Korea", "... who sought asylum in a school departed China on Friday": the bid succeeded
            row.status = "defected"
            row.destination = list(dict.fromkeys([*row.destination, *place_list(P, s, moved.end(), clause_end(P, text, moved.end()))]))
    intended = intended_destination(P, s) if any(r.status == "attempted" and not r.stat for r in rows) else []
    for row in rows:
        if (row.status == "attempted" and not row.stat and row.kind in ("caught", "arrest") and not row.origin
                and any(d not in _HEADED_PLACES for d in row.destination)):
            # "were caught in China", "arrested in Shenyang": where they were caught is where the attempt ended,
            # the place they were in; the gold gives it as the origin, and a destination only where they were headed
            row.origin = [d for d in row.destination if d not in _HEADED_PLACES]
            row.destination = [d for d in row.destination if d in _HEADED_PLACES]
        if row.status == "attempted" and not row.stat and intended and intended[0] not in row.destination:
            row.destination = intended  # (where they were headed, not where they were caught)
        way = _WAY_FROM_TO.search(text, row.pe) if row.status == "attempted" and not row.stat else None
        if way:  # "caught while on their way from Shenyang (China) to Vietnam": where the journey began and led
            places = [(sp.start - s.s0, sp.canonical or sp.text) for sp in s.spans if sp.label == "LOCATION"]
            origin = [p for at, p in places if way.start("from") <= at < way.start("to")][:1]
            dest = [p for at, p in places if way.end("to") <= at < way.end("to") + 3][:1]
            row.origin, row.destination = origin or row.origin, dest or row.destination
    rows.extend(did_so_rows(P, s, preds, rows))  # ("... since a sergeant did so last April")
    since = since_row(P, s, preds)
    if since is not None and not any(r.actor_name == since.actor_name for r in rows):
        rows.append(since)
    for listed in listed_rows(P, s):
        if not any(r.actor_name == listed.actor_name for r in rows):
            rows.append(listed)
    return rows or labels[:1] or None


#: where people caught on the way were going: "who were on their way to South Korea", "as they
#: tried to reach the South", "hoping to get to Seoul"
_HEADED_FOR = re.compile(r"\b(?:on\s+(?:their|his|her)\s+way|trying|attempting|tried|attempted|hoping|hoped|seeking|sought|wanting|wanted|planning|planned|bound)"
                         r"\s+(?:to|for)\s+(?:(?:reach|get\s+to|go\s+to|flee\s+to|travel\s+to|defect\s+to|escape\s+to|make\s+it\s+to|make\s+(?:their|his|her|its)\s+way\s+to|head\s+to)\s+)?"
                         r"(?P<place>the\s+South\b(?![\s-]*Korean)|South\s+Korea\b|Seoul\b)", re.I)


#: where people caught on the way may have been headed
_HEADED_PLACES = frozenset({"South Korea", "Seoul"})


def intended_destination(P: Patterns, s: Sentence) -> list[str]:
    """An attempt's destination is where the people were headed, when
    the sentence says ("detained fifteen defectors who were on their way to
    South Korea"): the gold takes the intended place."""
    m = _HEADED_FOR.search(s.text)
    return ["South Korea" if m.group("place").lower().startswith(("the south", "south")) else "Seoul"] if m else []


def listed_rows(P: Patterns, s: Sentence) -> list[Row]:
    """"Earlier defectors include Hwang Jang Yop (1997), Thae Yong Ho (2016)
    and Jo Song Gil (2019)": each person listed with a year is a row."""
    text, s0 = s.text, s.s0
    lead = re.search(r"\bdefectors?\b[^.;]{0,40}?\b(?:include|included|including|such as|like|were|are)\b", text, re.I)
    if not lead:
        return []
    out: list[Row] = []
    for sp in s.spans:
        if sp.label != "PERSON" or sp.start - s0 < lead.end():
            continue
        m = re.match(r"\s*\((?:in\s+)?((?:19|20)\d{2})\)", text[sp.end - s0:])
        if not m:
            continue
        row = Row(sent=s.si, start=s0, end=s0 + len(text), status="defected", kind="defect")
        row.actor_name = row.actor = sp.canonical or sp.text
        row.date, row.precision = m.group(1), "year"
        row.reported_by = s.article.source
        out.append(row)
    return out


def _reversed(first: Row, second: Row) -> bool:
    """"who fled to the South in 2019 crossed back into the North": two
    journeys in opposite directions are two events."""
    return ("North Korea" in second.destination) != ("North Korea" in first.destination)


def since_row(P: Patterns, s: Sentence, preds: list[tuple[int, int, str, str]]) -> Row | None:
    """"... to defect since Thae Yong Ho, the deputy ambassador, in 2016": a row for Thae."""
    if not any(k == "defect" or k == "flee" for _, _, k, _ in preds):
        return None
    text, s0 = s.text, s.s0
    # ("... since 2016, when Thae Yong-ho, the deputy ambassador, fled to the South": the year, then who)
    when = re.search(r"\bsince\s+((?:19|20)\d{2}),?\s+when\s+", text)
    m = when or re.search(r"\bsince\s+(?:the\s+(?:defection|escape|flight)\s+of\s+)?", text)
    if not m:
        return None
    persons = [sp for sp in s.spans if sp.label == "PERSON" and 0 <= sp.start - s0 - m.end() <= 2]
    if not persons:
        return None
    p = persons[0]
    if (p.canonical or p.text).lower() in P.rulers or re.match(r"\s+(?:came\s+to\s+power|took\s+(?:power|office|over)|became|rose|assumed|inherited|succeeded)\b",
                                                                 text[p.end - s0:]):
        return None  # ("since Kim came to power in 2011": a clause of its own, and a ruler, who never defects)
    dates = [sp for sp in s.spans if sp.label == "DATE" and sp.start > p.end]
    if when is not None:
        iso, prec = when.group(1), "year"
    elif not dates:
        return None
    else:
        iso, prec = resolve_date(P, s, dates[0])
    if not iso:
        return None
    row = Row(sent=s.si, start=s0, end=s0 + len(text), status="defected")
    row.actor_name = p.canonical or p.text
    row.actor = row.actor_name
    roles = [sp for sp in s.spans if sp.label == "ROLE" and p.end <= sp.start < (dates[0].start if dates else s0 + len(text))]
    row.role = role_text(P, roles[0].text) if roles else ""
    row.date, row.precision = iso, prec
    row.reported_by = s.article.source
    # "... to come to South Korea since Thae Yong Ho": the same journey's end ("when Thae ... fled to the South": its own)
    after = next((pe for ps, pe, _, _ in preds if ps > p.end - s0), None) if when else None
    row.destination = place_list(P, s, after, len(text))[:1] if after is not None else place_list(P, s, 0, m.start())[:1]
    return row
