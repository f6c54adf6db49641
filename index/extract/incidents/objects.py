"""Rows whose actor is the object of the verb: "Thai police arrested nine
North Koreans ...", "the United States granted asylum to a trade official".

Reports of arrests and of asylum granted name the people after the verb,
and the authority before it; the clause reader of ``predicate.py`` reads
actors before the verb, so these get a reader of their own.
"""

from __future__ import annotations

import re

from ...models import EntitySpan, Status
from .actor import names_people
from .clauses import clause_end, mask_dates
from .coreference import antecedent
from .context import Sentence
from .patterns import Patterns
from .roles import person_role, role_text
from .row import PredicateKind, Row
from .row_dates import read_date
from .slots import alias, joined_count, number_value, place_list, posting_place, reporter
from .statistics import mark_statistic

# where the object noun phrase ends
_NP_END = re.compile(r"[,;.:]|\s\w+\s+(?:days?|weeks?|months?|hours?)\s+(?:after|before|later|earlier)\b|"
                     r"\s(?:in|into|near|at|on|after|before|who|that|for|from|as|while|when|under|since|over|during|"
                     r"through|throughout|until|via|by|to|per|and\s+(?:sent|handed|deported|"
                     r"repatriated|returned|took|held|charged|[a-z]+ing))\b", re.I)
# "the four defectors whom police (had) arrested": the verb's object is what the relative clause hangs on
_OBJECT_RELATIVE = re.compile(r"\s(?:whom|who)\s+(?:[\w.'-]+\s+){1,4}?(?:had\s+|have\s+|has\s+)?$", re.I)
_NP_BEFORE = re.compile(r"[,;:]|\b(?:said|says|told|that|and|but|of)\s", re.I)
_MOTION = re.compile(r"\b(?:cross(?:ed|ing)?|entered|entering|illegal(?:ly)?|border|fle(?:e|d|eing)|defect\w*|escap\w+|"
                     r"smuggled (?:into|across|out)|on (?:their|his|her) way|trying to|tried to|route|asylum|refuge|refugees?|defectors?)\b", re.I)


#: who takes someone in as a refugee besides a country named just before: its government ("the government took in")
_TAKER = re.compile(r"\b(?:government|country|administration)\s+(?:had\s+|has\s+|have\s+|quietly\s+|secretly\s+)*$", re.I)


#: what the people held had been doing: "who had been poaching"
_DOING = re.compile(r"\bwho\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+([a-z]+ing)\b", re.I)


def held_for_something_else(P: Patterns, text: str, pe: int) -> bool:
    """"was arrested on charges that his visits violated the National
    Security Law": held on a charge that is no crossing, so no attempt to
    defect (but "detained on charges of illegal entry" is one)."""
    charge = P.charge.search(text, pe)
    doing = _DOING.search(text, pe)  # ("detained 87 citizens of North Korea who had been poaching")
    if doing and P.other_offence.fullmatch(doing.group(1)):
        return True
    return (charge is not None and charge.start() - pe <= 40 and bool(P.other_offence.search(text, charge.start()))
            and not P.charge_motion.search(text, charge.start()))


def object_row(P: Patterns, s: Sentence, ps: int, pe: int, kind: PredicateKind, status: Status) -> Row | None:
    text, s0 = s.text, s.s0
    prev = s.doc.sentence(s.si - 1).text if s.si else ""
    if not any(P.korea.search(t) or re.search(r"\b(?:defectors?|refugees?)\b", t, re.I) for t in (text, prev)):
        return None  # (the sentence before may say who they are)
    if kind == "arrest" and (not _MOTION.search(text) or held_for_something_else(P, text, pe)):
        return None  # an arrest for anything else (smuggling, spying) is no attempt to defect
    if re.search(r"\b(?:was|were|been|be|being|is|are)\s+$", text[:ps], re.I):
        return None  # passive: the caught predicate reads it
    if kind == "granted" and re.match(r"\w+\s+in\s+(?!\d)", text[ps:pe + 3]) and not _TAKER.search(text[:ps]) and not any(
            sp.label == "LOCATION" and re.fullmatch(r"\s*(?:(?:had|has|have|quietly|secretly)\s+)*", text[sp.end - s0:ps]) for sp in s.spans):
        return None  # "police took in a woman": taken in by a country (named just before) or its government only
    if P.neg.search(text[max(0, ps - 30):ps]) or P.hypo.search(text[max(0, ps - 40):ps]):
        return None
    # ("arrested and questioned | a family": a second verb of the same object)
    co = re.match(r"\s*(?:and|or)\s+(?:then\s+)?(?:[a-z]+ed|held|caught|took|sent|kept|beat)\b", text[pe:])
    after = pe + (co.end() if co else 0)
    m = re.match(r"\s*(?:the\s+|a\s+|an\s+)?", text[after:])
    np_start = after + (m.end() if m else 0)
    end_m = _NP_END.search(text, np_start)
    np_end = end_m.start() if end_m else len(text)
    rel = _OBJECT_RELATIVE.search(text, 0, ps)
    if rel is not None:  # "the defectors whom Chinese police had arrested": the object stands before "whom"
        lead = 0
        for b in _NP_BEFORE.finditer(text, 0, rel.start()):
            lead = b.end()  # (the last boundary before the noun phrase)
        det = re.match(r"\s*(?:the\s+|a\s+|an\s+|these\s+|those\s+)?", text[lead:rel.start()], re.I)
        np_start, np_end = lead + (det.end() if det else 0), rel.start()
        if not text[np_start:np_end].strip():
            return None
    for sp in s.spans:  # "a violinist last month": the date ends the noun phrase
        if sp.label == "DATE" and np_start < sp.start - s0 < np_end:
            np_end = sp.start - s0
            break
    np = text[np_start:np_end].strip()
    if not np or len(np.split()) > 10 or P.share_of.match(np):
        return None  # ("has taken in 20 percent fewer defectors": a share or a change, no people told)
    if P.helpers.search(re.split(r"\s+and\s+|,\s*", np)[0]) or P.helpers.search(text[max(0, ps - 25):ps]):
        return None  # "Among the helpers arrested is Na": those who help defectors attempt nothing
    spans = [sp for sp in s.spans if np_start <= sp.start - s0 and sp.end - s0 <= np_end]
    persons = [sp for sp in spans if sp.label == "PERSON"]
    if persons and re.match(r"['’]s\s", text[persons[0].end - s0:]):
        # "took in Jang's brother, Jang Sung Ho": the possessor is not the one taken in; a name in apposition is
        persons = [sp for sp in s.spans if sp.label == "PERSON" and 0 <= sp.start - s0 - np_end <= 3]
    numbers = [sp for sp in spans if sp.label == "NUMBER"]
    if not persons and not numbers and not names_people(P, np):
        return None
    row = Row(sent=s.si, start=s0, end=s0 + len(text), status=status, kind=kind)
    row.definite = bool(re.match(r"\s*(?:the|these|those)\s", text[pe:], re.I))  # ("detained the eight women and three men")
    if persons:
        row.actor_name = persons[0].canonical or persons[0].text
        row.actor = row.actor_name
    else:
        row.actor = re.sub(r"^(?:a group of|a total of|some|about|around)\s+", "", np, flags=re.I)
        if not numbers and re.match(r"\s*(?:the|these|those)\s", text[pe:], re.I) and len(np.split()) <= 2 and \
                np.split()[-1].lower() in P.anaphoric_heads:
            counted = _counted_before(P, s)
            if counted is not None:  # "Police detained the group": the people counted just before
                numbers = [counted]
                row.actor = counted.text
    roles = [sp for sp in spans if sp.label == "ROLE"]
    if roles:
        row.role = role_text(P, roles[0].text)
    if numbers:
        row.count = joined_count(P, s, numbers) or number_value(P, numbers[0].text)
    end = clause_end(P, text, np_end)
    read_date(P, row, s, 0, ps, pe, len(text))
    if kind == "granted":
        # the country that granted asylum is where the person went
        # (not the North: "North Korea was angered when the U.S. took in ...")
        row.destination = [alias(P, sp.text) for sp in s.spans if sp.label == "LOCATION" and sp.end - s0 <= ps
                           and not re.match(r"North Korea|Pyongyang|the North\b", sp.text)][:1]
    else:
        row.destination = [alias(P, sp.text) for sp in s.spans if sp.label == "LOCATION" and sp.start - s0 < end + 60
                           and re.search(r"\b(?:in|near|at|entered|into)\s+(?:the\s+)?$",
                                         text[max(0, sp.start - s0 - 12):sp.start - s0], re.I)][:1]
        row.origin = [alias(P, sp.text) for sp in s.spans if sp.label == "LOCATION"
                      and re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, sp.start - s0 - 10):sp.start - s0], re.I)][:1] or [
            alias(P, sp.text) for sp in s.spans if sp.label == "LOCATION" and P.border.search(text, sp.start - s0, sp.end - s0 + 7) and re.search(
                r"\b(?:across|over|through)\s+(?:the\s+)?$", text[max(0, sp.start - s0 - 12):sp.start - s0], re.I)][:1]
        # ("detained 12 North Koreans after they came into the country across the Mekong river": the line crossed)
    row.pe = np_end
    mark_statistic(P, row, text, kind)
    row.reported_by = reporter(P, s)
    return row


def _counted_before(P: Patterns, s: Sentence):
    """The last counted people ("ten North Koreans") of the two sentences
    before, which "the group" or "the defectors" refers back to."""
    for back in (1, 2):
        if s.si - back < 0:
            break
        prev = s.doc.sentence(s.si - back)
        counted = [sp for sp in prev.spans if sp.label == "NUMBER" and len(sp.text.split()) > 1
                   and names_people(P, sp.text)]
        if counted:  # the whole group, not a part of it ("seven North Koreans, including two teenagers")
            return max(counted, key=lambda sp: number_value(P, sp.text) or 0)
    return None


#: one person described as the owner of the noun ("a North Korean soldier's (recent) | defection")
#: "the diplomat's (sudden) | defection": one person, told of before, owns it
_DEFINITE_OWNER = re.compile(r"\b[Tt]he\s+(?P<head>[\w-]+)(?:'s|’s)\s+(?:[\w-]+\s+)?$")


def _definite_owner(P: Patterns, s: Sentence, ps: int) -> EntitySpan | None:
    """"Evans worked with Thae for years, but he said the diplomat's sudden
    defection took him by surprise": the person a definite description
    owning the defection stands for, the last one named before it who is no
    reporter or speaker (Evans, the correspondent, tells of it)."""
    owner = _DEFINITE_OWNER.search(s.text, 0, ps)
    if owner is None:
        return None
    head = owner.group("head").lower()
    if not (head in P.described_people or any(sp.label == "ROLE" and sp.start - s.s0 == owner.start("head") for sp in s.spans)):
        return None
    pos = s.s0 + owner.start()
    while (person := antecedent(s.doc, pos, P.rulers)) is not None and s.s0 - person.start < 600:
        role = person_role(P, s.doc, person.canonical or person.text)
        if role and (role.split()[-1] in P.speaker_roles or role.split()[-1] in P.byline_roles):
            pos = person.start  # (one who tells of it)
            continue
        if role and role.split()[-1] != head and head not in P.described_people and head not in P.class_titles:
            return None  # ("the interpreter's escape" after the delegation's president: someone else)
        return person
    return None


_DESCRIBED_OWNER = re.compile(r"\b(?:a|an)\s+(?P<np>(?:[\w-]+\s+){0,4}?[\w-]+)(?:'s|’s)\s+(?:[\w-]+\s+)?$", re.I)
#: a sentence-opening phrase of time up to a possessive ("Ever since his | defection",
#: "In the years after her | escape"): whose it is, the main clause says after the comma
_OPENING_POSSESSIVE = re.compile(r"\W*(?:(?:Ever|Even|Long|Shortly|Soon|Not\s+long|(?:[\w-]+\s+)?(?:years|months|weeks|days|decades))\s+)?"
                                 r"(?:since|after|following|before|upon|until|in\s+the\s+(?:years|months|decades|days|weeks)\s+"
                                 r"(?:since|after|before|following))\s+(?:his|her|their)\s+$", re.I)


#: "(defection by an elite pilot) is very rare": how often such a thing happens, no one's act
_HOW_OFTEN = re.compile(r"\s+(?:is|are|remains?|has\s+been)\s+(?:(?:very|extremely|quite|still|relatively|highly|exceedingly)\s+)?"
                        r"(?:rare|unusual|uncommon|common|frequent|exceptional|unheard)\b", re.I)


#: "Her (later) defection", "his foiled escape": the flight of the person a passage is about
_OWN_FLIGHT = re.compile(r"\b(?:his|her)\s+(?:(?:later|earlier|first|second|eventual|final|successful|own|(?P<failed>failed|foiled|botched|"
                         r"thwarted|unsuccessful|aborted))\s+)?$", re.I)


def nominal_row(P: Patterns, s: Sentence, ps: int, pe: int) -> Row | None:
    """"The defection of Jo Song Gil ... was confirmed", "Ri's defection in
    November": a defection told as a noun, of a person named with it."""
    text, s0 = s.text, s.s0
    if P.ordinal_event.search(text, 0, ps):
        return None  # ("was the fourth defection by a soldier this year": which one it was, told already)
    person = None
    # ("the defection to the South of ...": where to, before whose)
    m = re.match(r"\s+(?:(?:last|this|earlier|in)\s+\w+\s+){0,2}(?P<to>to\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+)?"
                 r"(?P<via>(?:across|over|through|from)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+)?"
                 r"(?:(?:was|were)\s+that\s+)?(?:of|by)\s+(?:the\s+)?", text[pe:])  # ("the last such defection was that of Ri")
    if m:
        # ("the defection to the US of Mr Jang Seung-il": past a title)
        title = re.match(r"(?:[A-Z][a-z]{1,3}\.?\s+)?", text[pe + m.end():]).end()
        person = next((sp for sp in s.spans if sp.label == "PERSON" and sp.start - s0 in (pe + m.end(), pe + m.end() + title)), None)
    that_of = re.match(r"[^.;]{0,60}?\bwas\s+(?:in\s+(?:19|20)\d{2},?\s+)?(?:that\s+of|by)\s+", text[pe:]) if person is None else None
    if that_of:  # ("the last defection by a diplomat was that of Pak", "... was in 2016, by Thae": whose it was)
        person = next((sp for sp in s.spans if sp.label == "PERSON" and sp.start - s0 == pe + that_of.end()), None)
    if person is None:
        poss = re.search(r"(?:'s|’s|')\s+(?:[\w-]+\s+)?$", text[:ps])
        if poss:
            person = next((sp for sp in s.spans if sp.label == "PERSON" and sp.end - s0 == poss.start()), None)
    if person is None:
        # "Thae Yong-ho, the former deputy ambassador, whose defection in 2016 drew attention":
        # the person the relative clause is about, before any description of him
        whose = re.search(r",\s*whose\s+(?:[\w-]+\s+)?$", text[:ps])
        if whose:
            person = next((sp for sp in reversed(s.spans) if sp.label == "PERSON" and sp.end - s0 <= whose.start() and re.fullmatch(
                r"(?:,[^,;()]{3,90})?", text[sp.end - s0:whose.start()]) and not P.complement_before.search(text[max(0, sp.start - s0 - 50):sp.start - s0])), None)
    if person is None and not m and text[ps:pe].lower() == "defection" and re.search(r"\b(?:his|her)\s+$", text[:ps]):
        # "Kim Ryen-hi, a dressmaker from North Korea, calls her defection to the South four years ago
        # a mistake": the defection of the person the sentence opens with
        person = next((sp for sp in s.spans if sp.label == "PERSON" and sp.start == s0 and not re.search(
            r",\s*(?:who|whose)\b", text[sp.end - s0:ps])), None)
    owned = _OWN_FLIGHT.search(text, 0, ps) if person is None and not m and text[ps:pe].lower() in ("defection", "escape") else None
    if owned is not None and not any(sp.label == "PERSON" for sp in s.spans) and owned.start() < 20:
        # "Her foiled escape, which landed her in jail ...", "Her later defection": in a feature that
        # lists what the person it is about went through, the person named last
        person = antecedent(s.doc, s0 + owned.start(), P.rulers)
    if person is None and not m and text[ps:pe].lower() in ("defection", "escape"):
        # "Ever since his defection in 1997, Hwang Jang-yop had been ...": an opening phrase of time
        # about the defection of the person the main clause opens with, after its comma
        opening = _OPENING_POSSESSIVE.match(text, 0, ps)
        comma = text.find(",", pe) if opening else -1
        if comma > 0:
            at = comma + 1 + len(text[comma + 1:]) - len(text[comma + 1:].lstrip())
            person = next((sp for sp in s.spans if sp.label == "PERSON" and sp.start - s0 == at), None)
    if person is None and not m:
        person = _definite_owner(P, s, ps)
    described = None
    owner = _DESCRIBED_OWNER.search(text, 0, ps) if person is None and not m else None
    if owner is not None:
        # "Word of a North Korean soldier's recent defection to the South": one person described, the owner
        roles = [sp for sp in s.spans if sp.label == "ROLE" and owner.start("np") <= sp.start - s0 < owner.end("np")]
        if roles and not owner.group("np").rstrip().endswith("s"):
            described = (owner.group("np").strip(), roles[0], pe)
    if person is None and m:
        # "the defection of a senior North Korean diplomat": one person described
        # (or of the North's own: "the defection of North Korea's deputy ambassador to the U.K.")
        np = re.match(r"(?:a|an|(?:North\s+Korea|Pyongyang|the\s+North)['’]s)\s+([^,;.]{3,80}?)"
                      r"(?=\s+(?:was|is|has|had|came|comes|in|on|last|this|who|that|to|drew|made|took|gave|shook|[a-z]+ed)\b|[,;.]|$)",
                      text[pe + m.end():])
        roles = [sp for sp in s.spans if sp.label == "ROLE" and pe + m.end() <= sp.start - s0 < pe + m.end() + (np.end() if np else 0)]
        if np and roles and not np.group(1).rstrip().endswith("s") and not _HOW_OFTEN.match(text, pe + m.end() + np.end()):
            described = (np.group(1).strip(), roles[0], pe + m.end() + np.end())
    group = None
    if person is None and described is None and m:
        # "the defection of a group of 13 North Koreans", "the escape of 21 fishermen"
        g = _COUNTED.match(text, P.approximator.match(text, pe + m.end()).end())  # (past "nearly", "some")
        count = number_value(P, g.group("num")) if g else None
        whole = re.sub(r"^\S+\s+of\s+(?:its|their|the)\s+", "", g.group("np")) if g else ""  # ("460 of its citizens")
        if g and count is not None and names_people(P, whole):
            group = (" ".join(g.group("np").split()), count, g.end("np"))
    if person is None and described is None and group is None:
        return None
    if person is not None and (person.canonical or person.text).lower() in P.rulers:
        return None  # ("the largest group defection of the Kim Jong Eun era": a ruler's time, no one of his)
    before = mask_dates(text, s.spans, s0, max(0, ps - 40), ps)
    if re.search(r"\b(?:took\s+place|happened|occurred|came|was)\s+(?:in|on|last)\b|\bwas\s+that\s+of\b", text[pe:]) and any(
            sp.label == "DATE" and sp.start - s0 >= pe for sp in s.spans):
        # "the last defection by a North Korean soldier took place in 2010", "the last known high-profile
        # defection was that of Thae in 2016": an event of its own, dated
        before = re.sub(r"\b(?:the|a)\s+(?:last|previous|first|latest)\s+(?:[\w-]+\s+){0,3}$", "", before, flags=re.I)
    if P.neg.search(text[max(0, ps - 30):ps]) or P.hypo.search(before) \
            or P.blockers.search(text):  # (the month "In May," is no modal)
        return None
    row = Row(sent=s.si, start=s0, end=s0 + len(text), status="defected", kind="defect", noun=True)
    if owned is not None and owned.group("failed"):
        row.status = "attempted"  # ("her foiled escape": caught)
    if person is not None:
        row.actor_name = person.canonical or person.text
        row.actor = row.actor_name
        row.role = person_role(P, s.doc, row.actor_name)
        np_end = person.end - s0 if person.end - s0 > ps else pe  # ("her defection | to the South")
    elif described is not None:
        row.actor, role_span, np_end = described
        row.role = role_text(P, role_span.text)
        np_end = max(np_end, role_span.end - s0)  # (the posting the title holds: "ambassador to Britain" is no destination)
    else:
        row.actor, row.count, np_end = group  # type: ignore[misc]
        roles = [sp for sp in s.spans if sp.label == "ROLE" and pe < sp.start - s0 < np_end]
        row.role = role_text(P, roles[0].text) if roles else ""  # ("the defection of three MSS officials")
    read_date(P, row, s, ps, ps, pe, clause_end(P, text, max(pe, np_end)))
    row.origin = posting_place(P, row.role)
    posted = re.match(r"\s+(?:(?:based|posted|stationed|working|employed)\s+)?(?:in|at)\s+(?:the\s+)?", text[np_end:])
    if posted and not row.origin:  # "a trade official in Dandong"
        row.origin = [alias(P, sp.text) for sp in s.spans
                      if sp.label == "LOCATION" and sp.start - s0 == np_end + posted.end()][:1]
    if m.group("to") if m else None:
        row.destination = place_list(P, s, pe, pe + m.end("to"))
    after_to = re.match(r"\s+(?:to|into)\s+", text[np_end:]) if not row.destination else None
    if after_to:  # ("the defection of 460 of its citizens to South Korea")
        row.destination = place_list(P, s, np_end, clause_end(P, text, np_end + after_to.end()))[:1]
    if m and not row.origin:  # ("the defection in Beijing last week of ...": where the person was)
        row.origin = [alias(P, sp.text) for sp in s.spans if sp.label == "LOCATION" and pe <= sp.start - s0 < pe + m.end()
                      and text[:sp.start - s0].endswith(" in ")][:1]
    if m and m.group("via") and not row.origin:  # "the last defection across the DMZ by a soldier": the line crossed
        row.origin = [alias(P, sp.text) for sp in s.spans if sp.label == "LOCATION" and pe + m.start("via") <= sp.start - s0 < pe + m.end("via")][:1]
    row.pe = max(pe, np_end)
    row.reported_by = reporter(P, s)
    return row


#: a counted group after "the defection of": "a group of 13 North Koreans"
_COUNTED = re.compile(r"(?:(?:a|an)\s+(?:group|party|band|total)\s+of\s+)?(?P<np>(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
                      r"[^,;.]{3,60}?)(?=\s+(?:who|which|that|was|were|is|are|has|have|had|in|on|from|at|last|this|to|based|"
                      r"(?-i:[a-z]+ed)|drew|made|took|shook|led|came|sent|set)\b|[,;.]|$)", re.I)
