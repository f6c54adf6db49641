"""Members of a group told one by one: "One of the defectors was a
third secretary ...", "Among them was Kim ..." after a sentence that
reported the group; or listed after "include": "The North Koreans who
have defected this year include a chemist and two pilots"."""

from __future__ import annotations

import re

from .actor import names_people
from .context import Sentence
from .patterns import Patterns
from .roles import role_text
from .row import Row, dedupe
from .slots import alias, reporter


def member_row(P: Patterns, s: Sentence) -> Row | None:
    if P.member_re is None:
        return None
    text, s0 = s.text, s.s0
    m = P.member_re.match(text)
    if not m:
        return None
    sents = s.doc.sents
    prev = s.doc.body[sents[max(0, s.si - 2)][0]:s0]
    if not P.defect_word.search(prev + text[:m.end()]):
        return None  # ("... South Koreans who had lived in the North. One of them is X": no defectors' member)
    seg_end = re.search(r",|\bwhich\b|\bwhose\b|\bwho\b|\.", text[m.end():])
    seg = text[m.end(): m.end() + (seg_end.start() if seg_end else len(text) - m.end())]
    if re.match(r"\s*(?:returned|repatriated|deported|expelled|arrested|detained|jailed|imprisoned|executed|killed|released|freed|handed|"
                r"sent|taken|caught|shot|held|kept|brought|found)\b", seg):
        return None  # "One of them was returned to the North": something done to one of them, no member told
    if re.search(r"\b(?:were|are)\s+(?:an?\s+)?$", text[:m.end()], re.I) and not P.digit_or_number_word.search(seg) \
            and not P.v.regex("vague_quantities").search(seg) \
            and not any(sp.label == "PERSON" and m.end() <= sp.start - s0 < m.end() + len(seg) for sp in s.spans):
        return None  # "Among them are children, the sick and the elderly": what the group holds, no one told
    row = Row(sent=s.si, start=s0, end=s.e0, status="defected", member=True)
    head = text[:m.end()] + seg
    roles = [sp for sp in s.spans if sp.label == "ROLE" and sp.start - s0 < len(head)]
    persons = [sp for sp in s.spans if sp.label == "PERSON" and sp.start - s0 < len(head)
               and (sp.canonical or sp.text).lower() not in P.rulers]  # ("duties included buying for Kim Jong Un")
    if persons:
        row.actor_name = persons[0].canonical or persons[0].text
    if roles:
        row.role = role_text(P, roles[0].text)
    else:
        hm = re.match(r"\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?([a-z]+)\s+of\b", seg)
        if hm:
            row.role = hm.group(1).lower()
    opener_tail = re.sub(r"^\s*one\s+|\s+(?:was|is|were|are|had been)\s*(?:an?\s+)?$", "", text[:m.end()], flags=re.I).strip()
    if re.search(r"\b(?:of the|of them|among)\b", opener_tail, re.I) or not opener_tail:
        row.actor = row.actor_name or " ".join(seg.split())
    else:
        row.actor = row.actor_name or opener_tail
    if not row.actor:
        return None
    origins = []
    for sp in s.spans:
        if sp.label == "LOCATION":
            before = text[max(0, sp.start - s0 - 40):sp.start - s0]
            if P.posting.search(before):
                origins.append(alias(P, sp.text))
    row.origin = dedupe(origins)
    row.reported_by = reporter(P, s)
    return row


#: "(The North Koreans) who have defected (in recent months) include A, B and C"
_INCLUDE = re.compile(r"\bwho\s+(?:have\s+|has\s+|had\s+)?(?:defected|fled|escaped)\b[^,;]{0,60}?\s+(?:include|includes|included|have\s+included)\s+")
_ITEM_END = re.compile(r"\s+(?:who|which|that|whose)\b|\s*\(|[.;]")


def included_members(P: Patterns, s: Sentence) -> list[Row]:
    """One row for each person a list after "include" names, each told as
    one of those who defected (no date unless the sentence gives the group
    one: "in recent months" gives none)."""
    text, s0 = s.text, s.s0
    m = _INCLUDE.search(text)
    if not m:
        return []
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+", text[m.end():])
    rows = []
    for item in items:
        cut = _ITEM_END.search(item)
        item = (item[:cut.start()] if cut else item).strip()
        words = re.sub(r"^(?:an?|the|one|some)\s+", "", item, flags=re.I)
        persons = [sp for sp in s.spans if sp.label == "PERSON" and sp.text == words]
        if not words or len(words.split()) > 5 or not (persons or words[:1].islower() and names_people(P, words)):
            if rows:
                break  # (the list ends where the items stop being people)
            return []
        start = text.find(item, m.end())
        roles = [sp for sp in s.spans if sp.label == "ROLE" and start <= sp.start - s0 < start + len(item)]
        row = Row(sent=s.si, start=s0, end=s.e0, status="defected", member=True, actor=words)
        row.actor_name = persons[0].canonical or persons[0].text if persons else ""
        row.role = role_text(P, roles[-1].text) if roles else (words.split()[-1].lower() if not persons else "")
        row.reported_by = reporter(P, s)
        rows.append(row)
    return rows
