"""Whether a candidate predicate is meant in its defection sense here: a
"flee" far from Korea, a "cross" with no border after it, a "defect" of a
party or a club, a return north by someone who never left, an arrest for
something else. Split from predicate.py, which reads the predicate once
its sense is settled."""

from __future__ import annotations

import re

from .clauses import clause_end
from .context import Sentence
from .objects import held_for_something_else
from .patterns import DEFECTOR_WORDS, Patterns
from .row import PredicateKind
from .statistics import counted_arrival

_POSSESSIVE = re.compile(r"['’]s\b")
#: a title about defectors going back north: its "went back to the North" are such returns
_REDEFECTION = re.compile(r"\bre-?defect", re.I)
#: what shows that someone going back north had left it before ("a defector", "after she defected")
_LEFT_IT = re.compile(r"\b(?:defect|fled\b|escaped\b|escape\b|escaping\b|escapees?\b|refugees?\b|left\s+(?:the\s+North|North\s+Korea)\b)", re.I)
_FROM_INTO = re.compile(r",?\s*from\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:into|to)\s+(?:the\s+)?[A-Z]")
_TO_NORTH_OR_SOUTH = re.compile(r"\s+(?:back\s+)?(?:in)?to\s+the\s+(?:North|South)\b(?![\s-]+Korean\b)")  # (the two Koreas, unnamed)
#: a subject whose relative clause tells its flight ("two guards, who crossed into China, (were seized)")
_CROSSED_BEFORE = re.compile(r"\bwho\s+(?:had\s+|have\s+|has\s+)?(?:illegally\s+|secretly\s+)?(?:crossed|fled|escaped|swam|waded|slipped)\b"
                             r"[^.;]{0,120}[,\s]$", re.I)
#: "(made his way) into North Korea": an entry into the North ...
_INTO_THE_NORTH = re.compile(r"\s*(?:(?:in|into|to)\s+)?(?:North\s+Korea\b|the\s+North\b(?![\s-]+Korean\b)|Pyongyang\b)")
#: ... made against its rules ("secretly", "illegally"): going over to the North, not a visit
_ILLICIT = re.compile(r"\b(?:illegally|secretly|clandestinely|without (?:permission|authori[sz]ation|approval)|unauthori[sz]ed)\b", re.I)
#: "(disappeared) from their posts": people gone from where they were stationed
_POSTS_LEFT = re.compile(r"\s+from\s+(?:their|his|her)\s+(?:posts?|embassy|mission|consulate|unit|workplace|dormitory|hotel)\b")
#: "(dashed across) it": the line or river named before
_IT = re.compile(r"\s*(?:it|them)\b")
#: "(departed from Hong Kong over the weekend) to seek refuge in South Korea"
_TO_SEEK_REFUGE_IN = re.compile(r"(?:\s+[\w.'’-]+){1,7}?\s+to\s+(?:seek|ask\s+for|request|apply\s+for)\s+(?:refuge|asylum|protection)\s+in\s+"
                                r"(?:South\s+Korea|Seoul|the\s+South)\b")
_NEW_PEOPLE = re.compile(r"\s*(?:A|An|Another)\s", re.I)  # (an indefinite subject: people not told of before)
#: "defected to South Korea", "... to the North": to one of the two Koreas, named or not
_TO_A_KOREA = re.compile(r"(?:\s+in\s+\d{4})?\s+(?:back\s+)?(?:in)?to\s+(?:the\s+(?:North|South)\b(?![\s-]+Korean\b)|(?:South|North)\s+Korea\b|Seoul\b|Pyongyang\b"
                         r"|the\s+Republic\s+of\s+Korea\b|(?:his|her|their)\s+(?:new\s+)?(?:motherland|homeland)\b)")
_LIVED_IN_SOUTH = re.compile(r"\b(?:living|lived|life|settled|resettled|staying|stayed|years)\s+in\s+(?:South\s+Korea\b|the\s+South\b(?![\s-]*[A-Z])|Seoul\b(?!\s+[A-Z]))")


def _counted_noun(P: Patterns, after: str) -> bool:
    """"24,613 | North Korean defectors": the NUMBER span stops at the
    adjective, the noun counted follows it."""
    m = re.match(r"\s+(?:[A-Z][\w-]*\s+){1,2}([a-z]+)\b", after)
    return bool(m) and m.group(1) in P.stat_nouns


#: a place naming an office, not where anyone arrived ("entered the Bangkok office of the U.N. refugee agency")
_PLACE_AS_MODIFIER = re.compile(r"\s+(?:office|offices|embassy|consulate|mission|branch|bureau|headquarters)\b", re.I)


def defectors_arrive_at_place(P: Patterns, s: Sentence, ps: int, pe: int) -> bool:
    """"Four North Korean defectors arrived in Sokcho": people the sentence
    calls defectors (refugees, escapees) arriving at a named place."""
    near = [sp for sp in s.spans if sp.label == "LOCATION" and 0 <= sp.start - s.s0 - pe <= 24
            and P.before_place.fullmatch(s.text, pe, sp.start - s.s0) and not _PLACE_AS_MODIFIER.match(s.text, sp.end - s.s0)]
    return bool(near) and bool(re.search(r"\b(?:defectors?|refugees?|escapees?|asylum seekers?|North Koreans)\b", s.text[:ps], re.I)
                               or P.arriving_people.search(s.text, 0, ps))


def _about_korea(P: Patterns, s: Sentence) -> bool:
    """Whether the passage is about Korea though the sentence names no part
    of it: the article's title or the two sentences before do."""
    return bool(P.korea.search(s.doc.article.title + " " + s.before_text(2)))


#: how someone came: "by boat", "on foot"
_CAME_BY = re.compile(r"\s+(?:by|on)\s+(?:a\s+)?(?:boat|sea|ship|plane|air|foot|raft)\b", re.I)
#: the predicate "made the journey / the crossing" (extraction.yaml): a flight told as a noun
_JOURNEY = re.compile(r"made\s+\w+\s+(?:[\w-]+\s+)?(?:journey|trip|crossing)", re.I)
#: where the subject of "made the journey" opens: after the last clause boundary (an appositive between
#: commas set aside first)
_SUBJECT_OPENS = re.compile(r".*(?:^|[;:]|,(?!\s*$)(?![^,]*,\s*$)|\b(?:when|as|after|before|while|who|that|where)\b)", re.I | re.S)


def _definite_subject(before: str) -> bool:
    """Whether the subject of "made the journey" is definite, people told of
    already ("The soldier, a defector, made the crossing"), not people
    introduced there ("The river was muddy when three families of
    defectors made their crossing")."""
    opens = _SUBJECT_OPENS.match(before)
    return bool(re.match(r"\W*(?:the|his|her|their|its)\b", before[opens.end() if opens else 0:], re.I))


#: the predicate "were rescued off / found drifting in a boat" (extraction.yaml): people found at sea
_FOUND_AT_SEA = re.compile(r"(?:was|were|been|being)\s+(?:found|discovered|rescued|picked\s+up|spotted)\b", re.I)
#: the predicate "did the same" / "followed suit" (extraction.yaml): another's act told again
_SAME_ACT = re.compile(r"(?:did|does|do)\s+(?:the\s+same|likewise)|followed\s+suit", re.I)


#: "(escaped) the communist country", "(fled) the isolated state": the country a report is about
_THE_COUNTRY = re.compile(r"\s+(?:from\s+)?the\s+(?:[a-z-]+\s+){0,2}?(?:country|state|nation|kingdom)\b")


#: "(came) to the UK as a refugee": a place, then what the person came as
_CAME_AS = re.compile(r"\s*(?:to|in)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s+as\s+(?:a\s+|an\s+)?"
                      r"(?:refugees?|defectors?|asylum\s+seekers?)\b")
#: "over the heavily fortified (border)": a line as the object of a crossing's preposition
_OVER_THE = re.compile(r"\b(?:over|across|through)\s+(?:the|a)\s+(?:[\w-]+,?\s+){0,4}$", re.I)


#: "the (two)", "these (three women)": a group told of before, whose flight is told there
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|all)\s+$", re.I)


def sense_ok(P: Patterns, s: Sentence, ps: int, pe: int, kind: PredicateKind) -> bool:
    """Whether the predicate is meant in its defection sense here."""
    text, s0 = s.text, s.s0
    korea_here = bool(P.korea.search(text))
    if kind == "return":  # going back north is a defection only for someone who had left it
        if re.search(r"\b(?:instead\s+of|rather\s+than|without|of|about|against)\s+$", text[:ps], re.I):
            return False  # "sought refuge instead of going back to Pyongyang", "fear of going back": not done
        if re.search(r"\b(?:been|was|were|being)\s+[a-z]+(?:ed|ught|en)\b[^,;]{0,40}?\s+and\s+$", text[:ps], re.I):
            return False  # "had been caught (in China last year) and returned to North Korea": sent back, the passive goes on
        return bool(_LEFT_IT.search(s.before_text() + " " + text) or _LIVED_IN_SOUTH.search(text[:ps])  # ("After living in South Korea, she returned")
                    or _REDEFECTION.search(s.doc.article.title)  # (a report on re-defection opens with its cases)
                    # ("a North Korean defector ... has gone back to her country"; not "returned home", which may be Seoul)
                    or DEFECTOR_WORDS.search(text[:ps]) and not re.match(r"\s+home\b", text[pe:]))
    if kind == "defect" and _JOURNEY.fullmatch(text, ps, pe):
        # "fewer than 600 refugees made the journey": a flight only of refugees, or after one told just before; and
        # of people not told of already ("The soldier ... made the crossing", "His family made the same journey")
        return (bool(DEFECTOR_WORDS.search(text[:ps]) or P.defect_word.search(s.before_text(1))) and (korea_here or _about_korea(P, s))
                and not _definite_subject(text[:ps]))
    if kind == "defect" and _SAME_ACT.fullmatch(text, ps, pe):
        # "... did the same", "followed suit": a defection only after one told just before
        return bool(P.defect_word.search(s.before_text(2))) and (korea_here or _about_korea(P, s))
    if kind == "defect":
        # "lawmakers who defected to the new party", "the striker defected to a rival club": a word
        # of the other sense, unless it owns something else ("had worked for the party's Room 35")
        if korea_here or _TO_A_KOREA.match(text, pe):
            return True  # (a defection to South Korea is never one to a party or a club)
        cues = [m for m in P.other_sense.finditer(text) if not _POSSESSIVE.match(text, m.end())]
        # ("Yoon, another former coach, defected five years ago" in a passage about Korea: the word
        # describes the one who left, before the verb, not the club or party he went to)
        return not cues or (all(m.end() <= ps and P.other_sense_person.fullmatch(m.group()) for m in cues)
                            and _about_korea(P, s))
    if kind == "flee":
        return (korea_here or any(sp.label == "LOCATION" for sp in s.spans) or bool(P.border.search(text))
                or any(sp.label in ("PERSON", "ROLE") and sp.start - s0 < ps for sp in s.spans)
                # ("poverty in the reclusive North has driven some 30,000 people to flee": people counted, in a
                # report on Korea)
                or any(sp.label == "NUMBER" and sp.start - s0 < ps and not _DEFINITE_BEFORE.search(text, 0, sp.start - s0)
                       for sp in s.spans) and _about_korea(P, s)
                or bool(_TO_NORTH_OR_SOUTH.match(text, pe))  # ("the couple escaped to the South")
                # ("He escaped in 2005" in a report on North Korea: a flight with its date, no object)
                or any(sp.label == "DATE" and 0 <= sp.start - s0 - pe <= 4 for sp in s.spans) and _about_korea(P, s)
                # ("He escaped the communist country in 2005" in a report on North Korea: the country it is about)
                or bool(_THE_COUNTRY.match(text, pe)) and _about_korea(P, s))
    if kind == "cross":
        if P.accidental.search(text, pe, clause_end(P, text, pe) + 30):
            return False  # "thought to have crossed the de facto border by accident": strayed, no defection
        if P.withdrawal.search(text, pe):
            return False  # "crossed the line ... and pulled back to their own side": an incursion, undone
        if text[ps:pe].endswith("across") or text[ps:pe].rstrip().endswith(("across", "over")) and _IT.match(text, pe):
            # (or "dashed across it": the river or the ice the passage has just named)
            # "another soldier made it across, and ...": across the line the passage speaks of (the
            # other crossing patterns take the space and the line after "across" in)
            return bool(P.border.search(s.before_text(2) + " " + text)) and bool(korea_here or P.korea.search(s.before_text(2)))
        if P.barrier.search(text[pe:pe + 45]) and (korea_here or P.defect_word.search(text)):
            return True
        if P.border_island.match(text, pe):
            return True  # "swam to Gyodongdo": to an island of the South on the sea line
        if (_FROM_INTO.match(text, pe) and not re.search(r"\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+)?$", text[:ps])
                and sum(1 for sp in s.spans if sp.label == "LOCATION" and 0 <= sp.start - s0 - pe <= 50) >= 2):
            return True  # "crossed from China into Laos": from one country into another
        route = P.into_route_country.search(text, ps, pe + 30)
        if route and route.start() <= pe and not re.match(r"\w+ing\b", text[ps:pe]) and (korea_here or P.korea.search(s.before_text())):
            return True  # "she crossed into China without being detected" (a story about Korea)
        # the line crossed: near, or further on in the clause as the object of "over", "across" or
        # "through" ("crossing from the South over the heavily fortified border into North Korea")
        far = P.border.search(text, pe, max(pe + 45, min(pe + 90, clause_end(P, text, pe))))
        far_line = far is not None and bool(_OVER_THE.search(text, pe, far.start()))
        return bool(P.border.search(text[pe:pe + 45]) or far_line or re.search(  # ("crossed into the | South": the pattern took "into the")
            r"\b(?:into|to)\s+(?:the\s+)?(?:communist\s+|isolated\s+|reclusive\s+|capitalist\s+|democratic\s+)?(?:North|South)\b(?![\s-]+Korean\b)",
            text[ps:pe + 40]))
    if kind == "arrive" and _FOUND_AT_SEA.match(text, ps, pe):
        return bool(DEFECTOR_WORDS.search(text) or re.search(r"\bdefect(?:ion)?s?\b", text, re.I)) and (korea_here or _about_korea(P, s))
    if kind == "arrive":
        if re.fullmatch(r"comes?", text[ps:pe].strip(), re.I) and re.match(r"\s+from\b", text[pe:]):
            return False  # "a defector, comes from North Hamgyong": where someone is from, no movement
        if P.arrival_idiom.match(text, pe):
            return False  # "since Kim Jong-un came to power in 2011": no one arrived anywhere
        near = text[pe:pe + 40]
        am = P.arrival.search(near) or P.arrival.search(" " + near.lstrip())
        dated_defector = bool(re.search(r"\bdefectors?\b", text[:ps], re.I)) and any(
            sp.label == "DATE" and 0 <= sp.start - s0 - pe <= 12 for sp in s.spans)
        flown_in = bool(re.search(r"\b(?:flown|airlifted)\s+in$", text[ps:pe], re.I))  # (in: where the report is written)
        # ("four defectors who arrived by boat": defectors told how they came)
        came_by = bool(DEFECTOR_WORDS.search(text, 0, ps)) and bool(_CAME_BY.match(text, pe))
        # ("came to the UK as a refugee": what the person came as, in a report about Korea)
        came_as = bool(_CAME_AS.match(text, pe)) and (korea_here or _about_korea(P, s))
        if _entered_the_north(P, text, ps, pe):
            return True
        # ("departed from Hong Kong over the weekend to seek refuge in South Korea": where the departure leads)
        refuge_in = bool(_TO_SEEK_REFUGE_IN.match(text, pe))
        if not am and not counted_arrival(P, s, ps, pe) and not defectors_arrive_at_place(P, s, ps, pe) and not dated_defector \
                and not flown_in and not came_by and not came_as and not refuge_in:
            return False
        if not am and re.match(r"(?:was|were|been|being)\s+(?:taken|transferred|handed\s+over|escorted|moved)\b", text[ps:pe], re.I):
            return False  # "the defectors were taken to Kunming": moved by those who hold them, unless to the South
        if P.visit_purpose.search(text, pe, pe + 70):
            return False  # "a delegation arrived in Japan for talks": a visit
        # ("1137 escapees made it to the ROK": the people who flee, by any of their names)
        return bool(korea_here or came_as or DEFECTOR_WORDS.search(text) or re.search(r"north korean", text, re.I)
                    or (am and re.search(r"Korea|Seoul|South", am.group()))
                    # ("... new arrivals hardly make headlines. About 40 came in 1994": the figures of the passage)
                    or counted_arrival(P, s, ps, pe) and re.search(r"defector|\barrivals\b|north korean", s.before_text(2).lower()))
    if kind == "missing":
        if P.defect_word.search(text + " " + s.next_text() if s.next_text() else text):
            return True
        if P.defect_word.search(s.doc.article.title or "") and _POSTS_LEFT.search(text, pe):
            return True  # ("... disappeared from their posts", in a report titled on defection)
        if P.defect_word.search(s.before_text(2)) and any(
                sp.label == "ROLE" and sp.start - s0 < ps and re.search(r"\b(?:the|this)\s+$", text[:sp.start - s0], re.I) for sp in s.spans):
            return True  # "An official ... has defected, the agency said. | ... the official disappeared with his family"
        # "A North Korean student in Novosibirsk has been missing": a North
        # Korean posted or studying abroad who vanished
        abroad = [sp for sp in s.spans if sp.label == "LOCATION" and not re.search(r"Korea|Seoul|Pyongyang", sp.text)]
        # (or a counted family of one: "two family members of a North Korean consulate staff in Vladivostok")
        return bool(abroad) and bool(re.search(r"\bNorth Korean\b", text[:ps])) and bool(
            [sp for sp in s.spans if sp.label == "ROLE" and sp.start - s0 < ps] or re.search(r"\bstudents?\b", text[:ps])
            or P.kin & set(re.findall(r"[a-z-]+", text[:ps].lower())) and any(sp.label == "NUMBER" and sp.start - s0 < ps for sp in s.spans))
    if kind == "caught":
        if text[ps:pe].lower().endswith("custody") and (P.inter_korean.search(text) or P.south_holds.search(text) or re.match(
                r"[^.;]{0,40}?\bafter\s+(?:he|she|they|it)\s+(?:had\s+)?(?:crossed|came\s+across|walked\s+across|swam|ran\s+across)\b", text[pe:])):
            return False  # "was taken into custody after he crossed the border": held by the South on arrival
        subject = re.split(r"\b(?:who|which|and)\b", re.split(r"\b(?:that|said|say|says|told|according to|reported|reports|report)\b",
                                                             text[:ps])[-1])[0]
        # (the people right before "who", not "activists urged Beijing not to repatriate 11 North Koreans who")
        head = " ".join(subject.split()[-4:]) if re.search(r"\bwho\b", text[:ps]) else subject
        if P.helpers.search(head):
            return False  # "two brokers were detained": those who help defectors attempt nothing
        if held_for_something_else(P, text, pe):
            return False
        if DEFECTOR_WORDS.search(text[:ps]):
            return True  # "a North Korean defector was arrested in Bangkok"
        if P.bare_number_before.search(text[:ps]) and DEFECTOR_WORDS.search(s.before_text(2)):
            return True  # ("Defectors were arrested in Dalian. On Monday, | five more | were seized": more of them)
        if P.north_korean_people.search(subject) and any(
                sp.label == "LOCATION" and 0 <= sp.start - s0 - pe <= 60 and not re.search(r"Korea|Seoul|Pyongyang", sp.text)
                for sp in s.spans):
            return True  # "a group of eight North Koreans was detained in Dandong": North Koreans held abroad
        if re.match(r"[^.;]{0,100}?\b(?:and|then)\s+(?:were\s+|was\s+)?(?:sent back|repatriated|deported|returned to (?:the North|North Korea))\b"
                    r"|[^.;]{0,100}?\b(?:and|who)\s+(?:now\s+)?(?:face|faces|risk|risks)\s+(?:being\s+)?(?:forcible\s+|forced\s+|forcibly\s+)?(?:return|repatriation|deportation|returned|repatriated|deported|sent\s+back)\b",
                    text[pe:], re.I):
            # "4 of them were caught by Chinese police and sent back", "... have been detained in China
            # and face forcible return to North Korea": caught fleeing
            return True
        if _CROSSED_BEFORE.search(text, 0, ps):
            return True  # "Two guards, who crossed into China in April, were seized": caught after a flight
        if re.search(r"\b(?:trying|attempting|tried|attempted|hoped|hoping|seeking|sought|planning|planned|wanting|wanted)\s+to\s+"
                     r"(?:reach|defect|flee|escape|cross|get to|go to|travel to|make it to|make (?:their|his|her|its) way to)\b", text, re.I):
            return True  # "Nine North Koreans who are trying to reach South Korea have been held"
        if (_NEW_PEOPLE.match(subject) and not re.search(r"\bheld\b", text[ps:pe]) and DEFECTOR_WORDS.search(s.before_text(2))
                and any(sp.label == "NUMBER" and sp.start - s0 < ps for sp in s.spans)):
            return True  # "A woman and two men were arrested on a bus" (people not told of before) among defectors held abroad
        if re.match(r"\s*another\s+(?:group|family|\d+|[a-z]+\s+(?:people|men|women))\b", subject, re.I) \
                and P.north_korean_people.search(s.before_text(2)):
            return True  # ("... caught in China. Another group of five people was arrested four days later": more of them)
        return bool(re.search(r"\b(?:trying|attempting|tried|attempted|while|as|after)\b", text[pe:pe + 140], re.I)
                    and (P.defect_word.search(text[pe:]) or P.border.search(text[pe:]) or re.search(
                        r"\bcross|\breach\b|\bmake (?:its|their|his|her) way\b|\bon (?:its|their|his|her) way\b|\bget to\b|\bhead(?:ing)? (?:to|for)\b"
                        r"|\benter(?:ed|ing)\b[^.;]{0,40}\billegally\b",
                        text[pe:], re.I)))
    if kind == "statreport":
        return any(sp.label == "NUMBER" and sp.start - s0 < ps and (sp.text.split()[-1].lower() in P.stat_nouns or _counted_noun(
            P, text[sp.end - s0:sp.end - s0 + 40])) for sp in s.spans)
    return True


def _entered_the_north(P: Patterns, text: str, ps: int, pe: int) -> bool:
    """"A 34-year-old man secretly made his way into North Korea", "a
    South Korean went to the North illegally": someone who is no North
    Korean entering the North against the rules of the side he left, which
    the table counts as a defection the other way. A North Korean doing so
    goes home (a return, read elsewhere); a trip with no such word is a visit."""
    if not _INTO_THE_NORTH.match(text, pe) or re.search(r"\bNorth\s+Koreans?\b", text[:ps]):
        return False
    return bool(_ILLICIT.search(text, max(0, ps - 30), clause_end(P, text, pe)))
