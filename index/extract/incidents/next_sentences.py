"""What the sentences after a row add to it: the date, the place left and
the number of people that the next sentence or two give for the same event
("A soldier defected on Sunday. He came across the central part of the land
border"). The gold conventions fill a field from another sentence where the
text ties it to this very event, so these passes look only at sentences
that tell of the row's actor again and make no row of their own.
"""

from __future__ import annotations

import re

from .context import Doc, Sentence
from .patterns import Patterns
from .row import Row
from .roles import plural_actor
from .row_dates import attributive_year, resolve_date
from .slots import number_value, place_left


#: how many sentences after a row may complete it (its date: fewer, since
#: later sentences more often date something else the story tells)
NEXT_WINDOW = 3
DATE_WINDOW = 2


def _tells_again(r: Row, s: Sentence) -> bool:
    """Whether sentence `s` tells of the row's actor again ("the man",
    "he", "the North Korean second lieutenant")."""
    head = s.text[:120]
    if re.search(r"\b(?:the\s+(?:[\w-]+\s+){0,2}?(?:man|woman|soldier|defector|diplomat|student|group|family|"
                 r"boat|official|worker|" + re.escape(r.role.split()[-1] if r.role else "person") +
                 r")|he|she|they|him|her|them)\b", head, re.I):
        return True
    if r.role and re.search(r"\b(?:one|this|that)\s+(?:[\w-]+\s+){0,3}?" + re.escape(r.role.split()[-1]) + r"\b", head, re.I):
        return True  # "secured one North Korean soldier, who had come across ..."
    # any role, told again with "the"
    return any(sp.start - s.s0 < 120 and re.search(r"\bthe\s+(?:[\w-]+\s+){0,3}$", s.text[max(0, sp.start - s.s0 - 40):sp.start - s.s0], re.I)
               for sp in s.labelled("ROLE"))


def slots_from_next_sentences(P: Patterns, rows: list[Row], doc: Doc) -> None:
    """"A soldier crossed the border, the JCS said Thursday. According to the
    JCS, the man ... had crossed the line at 11:38 p.m. on Wednesday": a row
    with no date of its own takes the date of the next sentence or two that
    tell of the same actor again ("the man", "he"), when those sentences
    make no row of their own. A crossing with no origin takes the named line
    between the Koreas those sentences say was crossed ("who had come across
    the Military Demarcation Line"): the gold conventions fill a field from
    another sentence where the text ties the place to this very event."""
    taken = {r.sent for r in rows}
    lines_told = None  # whether the article names a line between the Koreas at all (looked up once)
    for r in rows:
        if r.stat:
            continue
        need_date = not r.date
        need_origin = not r.origin and r.kind in _LEAVING
        need_line = need_origin and r.kind in ("cross", "defect", "flee", "arrive") and r.destination in ([], ["South Korea"])
        if need_line:
            if lines_told is None:
                lines_told = bool(P.inter_korean.search(doc.body))
            need_line = lines_told
        if not need_date and not need_origin:
            continue
        for si in range(r.sent + 1, min(r.sent + 1 + NEXT_WINDOW, len(doc.sents))):
            if si in taken:
                break
            s = doc.sentence(si)
            # (the sentence after an undated lead tells when: news gives the event, then its details)
            again = _tells_again(r, s)
            lead_detail = not again and need_date and si == r.sent + 1 and r is _first_event(rows)
            if not again and not lead_detail:
                continue
            counted = _COUNTED_LEAD.match(s.text) if lead_detail and r.count is None and not r.actor_name \
                and plural_actor(r.actor) else None
            if counted and (n := number_value(P, counted.group(1))) and n >= 2:
                r.count = n  # ("Police detained North Korean escapees ... Thirteen people were seized": how many)
            if need_date and si - r.sent <= DATE_WINDOW:
                for sp in s.labelled("DATE"):
                    before = s.text[:sp.start - s.s0]
                    if P.reporting_end.search(before) or re.search(r"\b(?:posted|updated|published)\W*$", before, re.I):
                        continue
                    if re.search(r"\b(?:since|until|till|ever since)\s+(?:(?:the|a)\s+)?(?:[\w-]+\s+){0,6}?(?:in\s+)?$", before, re.I):
                        continue  # "at war since a cease-fire halted fighting in 1953": another time
                    if attributive_year(P, s.text, sp.start - s.s0):
                        continue  # ("expelled following a 2017 UN resolution": the year of something else)
                    told = P.reporting.search(s.text, sp.end - s.s0, sp.end - s.s0 + 60) if lead_detail else None
                    if told and told.group().lower() != "according":
                        continue  # ("Last Sunday, an official acknowledged ...": when it was told, not when it happened;
                        # but "seized in Kunming last Friday, according to an official": when it happened, and who says so)
                    iso, prec = resolve_date(P, s, sp)
                    if iso:
                        r.date, r.precision = iso, prec
                        need_date = False
                        break
            if need_line:
                line = _named_line(P, s.text)
                if line:
                    r.origin = [line]
                    if not r.destination:
                        r.destination = ["South Korea"]
                    need_line = need_origin = False
            if need_origin:
                left = place_left(P, s)
                if left:
                    r.origin = left
                    need_line = need_origin = False
            if not need_date and not need_origin:
                break


#: a detail sentence that opens with how many people the lead's event took ("Thirteen people were seized")
_COUNTED_LEAD = re.compile(r"\W*(\d{1,4}|[A-Za-z]+)\s+(?:[\w-]+\s+){0,2}?(?:people|persons|men|women|North\s+Koreans|"
                           r"defectors|escapees|refugees)\s+(?:were|had\s+been|have\s+been)\b", re.I)


def _first_event(rows: list[Row]) -> Row | None:
    return next((r for r in rows if not r.stat), None)


#: the kinds of row whose people left somewhere (an asylum request or an
#: arrest too: "detained in Laos ... They had set off from Yanji")
_LEAVING = ("cross", "defect", "flee", "arrive", "asylum", "caught")


def _named_line(P: Patterns, text: str) -> str:
    """The named line between the Koreas a sentence says was crossed, as
    written ("the Military Demarcation Line (MDL)" -> "Military Demarcation
    Line"; "in the central section of the Demilitarized Zone")."""
    m = re.search(r"\b(?:across|crossed|crossing|cross|over|through|in|of|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+the\s+)?(?P<line>"
                  + P.inter_korean_cased.pattern + r")(?!\w)", text)
    if not m or not m.group("line")[:1].isupper() and m.group("line").lower() not in _NAMED_LOWER:
        return ""
    return m.group("line")


#: the named lines, as some outlets write them in lower case
_NAMED_LOWER = frozenset({"military demarcation line", "demilitarized zone", "northern limit line"})


_MEMBERS = re.compile(r"^\W*(?:they|the group|the workers|the defectors|the people)\s+(?:were|are|was|consisted of|consist of|"
                      r"comprised|comprise|included|include|are made up of|were made up of)\s+(.{3,160}?)[.;]", re.I)


def counts_from_members(P: Patterns, rows: list[Row], doc: Doc) -> None:
    """"A group of restaurant workers defected ... They were one male manager
    and 12 female employees": a group with no number takes the sum of the
    members the next sentence counts."""
    for r in rows:
        if r.count is not None or r.stat or r.actor_name or r.sent + 1 >= len(doc.sents):
            continue
        s = doc.sentence(r.sent + 1)
        m = _MEMBERS.match(s.text)
        if not m:
            continue
        parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1))
        total = 0
        for part in parts:
            first = part.split()[0].lower() if part.split() else ""
            value = number_value(P, first) if first[:1].isdigit() or first in P.v.number_words else (
                1 if first in ("one", "a", "an") else None)
            if value is None:
                total = 0
                break
            total += value
        if total >= 2:
            r.count = total


def counts_from_antecedents(P: Patterns, rows: list[Row], doc: Doc) -> None:
    """"Laotian police arrested the young North Koreans on May 10" after
    "nine North Korean defectors ..." two sentences before: a definite
    group with no number of its own takes the number of the people of the
    same kind counted just before it (in its sentence or the two before)."""
    for r in rows:
        if r.count is not None or r.stat or r.actor_name or not r.definite or not r.actor:
            continue
        head = r.actor.split()[-1].lower()
        if head not in P.anaphoric_heads or not head.endswith("s"):
            continue  # (one man, or "the group": a word too loose to match a count by)
        for back in (0, 1, 2):
            if r.sent - back < 0:
                break
            s = doc.sentence(r.sent - back)
            at = s.text.find(r.actor) if back == 0 else -1
            limit = s.s0 + (at if at >= 0 else len(s.text))
            # (the noun may stand after the span: "nine | North Korean defectors")
            counted = [sp for sp in s.spans if sp.label == "NUMBER" and sp.end <= limit and any(
                _same_kind(P, w.lower().strip(",.;:"), head) for w in (sp.text.split()[1:] + doc.body[sp.end:sp.end + 40].split()[:3]))]
            if counted:
                value = number_value(P, counted[-1].text)
                if value and value >= 2:
                    r.count = value
                break


def _same_kind(P: Patterns, a: str, b: str) -> bool:
    """Two plural heads that name the same people: the same word, or two
    words for people fleeing the North ("North Koreans", "defectors")."""
    return a == b or a in P.fleeing_heads and b in P.fleeing_heads


#: a crossing told as "across the heavily fortified border" (the line left unnamed), and the
#: borders of other countries, where it is none of the lines between the Koreas
_ACROSS_BORDER = re.compile(r"\b(?:across|over|through|past)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:border|frontier)\b", re.I)
_OTHER_BORDER = re.compile(r"\b(?:China|Chinese|Russia|Russian|Tumen|Yalu|Amnok|Mongolia|Mongolian|Laos|Lao|Vietnam|Thailand|Thai)\b")


def _crossed_unnamed_border(text: str) -> bool:
    return bool(_ACROSS_BORDER.search(text)) and not _OTHER_BORDER.search(text)


#: the words that make an unnamed line a sea line ("the de facto maritime border")
_SEA_WORDS = re.compile(r"\b(?:sea|maritime|waters?|coast|coastal|boat)\b", re.I)


#: an unnamed line said to be in the east, where the named sea line (the NLL) is not
_EASTERN = re.compile(r"\beast(?:ern)?\b", re.I)


_ESTUARY = re.compile(r"\bestuary\b", re.I)


def named_lines(P: Patterns, rows: list[Row], doc: Doc) -> None:
    """"crossed the border between the two Koreas ... north of the Military
    Demarcation Line": a crossing whose origin is an unnamed line between the
    Koreas takes the line the article names, of the same kind (the sea line
    for a maritime border), as the gold conventions fill the border crossed."""
    land = sea = None
    for r in rows:
        unnamed = not r.origin and not r.stat and _crossed_unnamed_border(doc.sentence(r.sent).text)
        if not unnamed and (len(r.origin) != 1 or not P.inter_korean.search(r.origin[0]) or P.named_land.search(r.origin[0])
                            or P.named_sea.search(r.origin[0]) or _ESTUARY.search(r.origin[0])):
            continue  # (a river's estuary is a feature of its own, crossed as named: no unnamed line)
        if land is None:
            m_land, m_sea = P.named_land.search(doc.body), P.named_sea.search(doc.body)
            land, sea = (m_land.group() if m_land else ""), (m_sea.group() if m_sea else "")
        written = r.origin[0] if r.origin else doc.sentence(r.sent).text
        if _SEA_WORDS.search(written) and _EASTERN.search(written):
            continue  # ("the eastern maritime border": the sea line the article names lies in the West Sea)
        named = sea if _SEA_WORDS.search(written) else land
        if named:
            r.origin = [named]
            if not r.destination and r.status == "defected" and not r.returning:
                r.destination = ["South Korea"]  # across the line, not back: into the South
