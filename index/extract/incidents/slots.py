"""The slots of a row once its actor is known: count, date, origin,
destination and who reported it, each read from the clause around the
predicate by its position and the words before it."""

from __future__ import annotations

import re

from ...models import EntitySpan
from ..split_numbers import split_tens_value
from ..thousands import thousands_value
from .clauses import clause_end
from .context import Sentence
from .patterns import DASH, Patterns
from .row import PredicateKind, Row, dedupe


def number_value(P: Patterns, text: str) -> int | None:
    """The number a NUMBER span or figure states ("1,418", "twelve",
    "30-thousand-five")."""
    thousands = thousands_value(text, P.v.number_words) if "-thousand" in text.lower() else None
    if thousands is not None:
        return thousands
    m = P.num_in_text.search(text)
    if m:
        try:
            return int(m.group(1).replace(",", ""))
        except ValueError:
            return None
    low = text.lower()
    m = re.search(r"\b(\w+)\s+(dozen|hundred)\b(?:\s+and\s+([\w-]+))?", low)
    if m and m.group(1) in P.v.number_words:  # "two dozen" = 24, "three hundred" = 300, "two hundred and twenty-four"
        return P.v.number_words[m.group(1)] * (12 if m.group(2) == "dozen" else 100) + P.v.number_words.get(m.group(3) or "", 0)
    split = split_tens_value(low, P.v.number_words, P.tens, P.units)  # ("twenty nine", no hyphen: one number)
    if split is not None:
        return split
    for w, rx in P.number_word_res:
        if rx.search(low):
            return P.v.number_words[w]
    return None


def read_count(P: Patterns, row: Row, s: Sentence, region: str, rspans: list[EntitySpan], ps: int,
               kind: PredicateKind) -> None:
    part_of = re.match(r"(\w+)\s+of\s+(?:the|these|those)\s", row.actor, re.I)
    share = None if not part_of or part_of.group(1).lower() == "one" else number_value(P, part_of.group(1))
    if part_of and (share or part_of.group(1).lower() == "one"):
        row.count = share  # "one of the five sailors": one person, no count; "two of the five": two
        return
    # "a family of five, including three young children": the part listed
    # after "including" is no count of the whole group
    nums = [sp for sp in rspans if sp.label == "NUMBER" and not _is_age(s, sp)
            and not re.search(r"\b(?:including|among them|with)\b[^,]*$", region[:max(0, sp.start - s.s0 - (ps - len(region)))])]
    if not nums and kind == "statreport":
        nums = [sp for sp in s.spans if sp.label == "NUMBER" and sp.start - s.s0 < ps]
    joined = joined_count(P, s, nums) if len(nums) == 3 and joined_count(P, s, nums[1:]) != number_value(P, nums[0].text) else None
    if joined:  # ("three men, three women and three children": the parts, whatever the actor's words took of them;
        # not "the eight teenagers, five boys and three girls": the group, then its parts)
        row.count = joined
        return
    part = P.part_of_whole_after.search(row.actor)
    if part:  # "Of the boat's four crew members, two (said ...)": the part told after its whole
        row.count = number_value(P, part.group(1))
        return
    a0 = s.text.find(row.actor) if row.actor and nums else -1
    if a0 >= 0 and len(nums) > 1:  # "three of the 20 North Koreans, a group of 8 men and 12 women,": the numbers of the actor's own words
        nums = [sp for sp in nums if a0 <= sp.start - s.s0 < a0 + len(row.actor)] or nums
    if a0 >= 0:  # ("After killing two officers, a soldier": a number in a clause before the actor's is not its count)
        nums = [sp for sp in nums if not (sp.end - s.s0 <= a0 and "," in s.text[sp.end - s.s0:a0])]
    if nums:
        part = re.search(r"\b(\w+)\s+of\s+(?:the\s+)?$", s.text[:nums[-1].start - s.s0], re.I)
        if part and P.v.number_words.get(part.group(1).lower()) or part and part.group(1).isdigit():
            # "two of four sailors": the part, not the whole
            row.count = P.v.number_words.get(part.group(1).lower()) or int(part.group(1))
            return
        whole = number_value(P, nums[0].text) if len(nums) == 3 else None
        if whole is not None and joined_count(P, s, nums[1:]) == whole:
            row.count = whole  # "nine young people, seven males and two females,": the group, then its parts
            return
        row.count = joined_count(P, s, nums) or number_value(P, nums[-1].text)
        more = _AND_ONE_MORE.match(s.text, nums[0].end - s.s0) if row.count and len(nums) == 1 else None
        if more and ({more.group(1).lower(), (more.group(2) or "").lower()} & (P.person_parts | P.v.words("group_leader_nouns"))):
            row.count += 1  # ("12 women plus a man who was the manager": 13)
        first = _ONE_BEFORE.search(s.text, max(0, nums[0].start - s.s0 - 50), nums[0].start - s.s0) \
            if row.count and len(nums) == 1 and not more else None
        if first and (first.group().lower().startswith("one") or {first.group(1).lower(), (first.group(2) or "").lower()} & P.person_parts):
            row.count += 1  # ("one man and four women": 5)
        return
    bare = P.bare_count.fullmatch(row.actor)
    if bare:  # "more than 22,000 (have reached South Korea)": the count is the actor
        row.count = number_value(P, bare.group(1))
        return
    bare_n = P.bare_number.fullmatch(row.actor)
    if bare_n:  # ("nine went home and | two | defected", "five more were seized", "another 29")
        row.count = number_value(P, bare_n.group("n"))
        return
    part = P.counted_part.match(row.actor)
    if part:  # ("Only four of last year's defectors")
        row.count = number_value(P, part.group().split()[-2])
        if re.match(r"(?:(?:last|this|the\s+past|the\s+previous)\s+)?(?:year|quarter|month|half)['’]s\s", row.actor[part.end():], re.I):
            row.status, row.stat = "reported_count", True  # (a part of a period's figure is a figure)
        return
    m = P.the_number.search(region)
    if m and m.group(1).lower() in row.actor.lower().split():  # (not "the line that divides the two countries, a man")
        row.count = P.v.number_words.get(m.group(1).lower())


#: "(12 women) and a man", "(eight men) plus one woman": one more person joined to a counted group
_AND_ONE_MORE = re.compile(r"\s+(?:and|plus)\s+(?:a|one)\s+([\w-]+)(?:\s+([a-z]+))?")  # (its noun, after an adjective or not: data)


#: "one man and (four women)", "a soldier and (two civilians)": one person joined before a counted group
_ONE_BEFORE = re.compile(r"\b(?:an?|one)\s+(?:North\s+Korean\s+)?([\w-]+)(?:\s+([a-z]+))?\s+(?:and|plus)\s+$", re.I)


def joined_count(P: Patterns, s: Sentence, nums: list[EntitySpan]) -> int | None:
    """"eight women and three men", "three men, three women and three
    children": one group told in its parts, counted as the sum (None when
    the numbers are not two or three counted parts joined by "and")."""
    if len(nums) not in (2, 3):
        return None
    gaps = [s.text[a.end - s.s0:b.start - s.s0] for a, b in zip(nums, nums[1:])]
    # (a part's own words may stand in the gap: "Three | North Korean women and | two men")
    if not re.fullmatch(r"(?:\s+[\w-]+){0,3}?\s*(?:,\s*)?and\s+", gaps[-1]) or any(
            not re.fullmatch(r"(?:\s+[\w-]+){0,3}?\s*,\s*", g) for g in gaps[:-1]):
        return None
    if not all(_counts_a_part(P, s, sp, nums[k + 1].start if k + 1 < len(nums) else None) for k, sp in enumerate(nums)):
        return None
    values = [number_value(P, sp.text) for sp in nums]
    return sum(v for v in values if v) if all(values) else None


def _counts_a_part(P: Patterns, s: Sentence, sp: EntitySpan, next_start: int | None) -> bool:
    """Whether a number counts a part of a group ("eight women", "three North Korean women"):
    its own words, or the few words after it before the next part, end in a part noun."""
    if len(sp.text.split()) >= 2 and sp.text.split()[-1].lower() in P.person_parts:
        return True
    after = s.text[sp.end - s.s0:(next_start - s.s0) if next_start is not None else sp.end - s.s0 + 40]
    m = re.match(r"((?:\s+[\w-]+){1,3}?)(?=\s*(?:,|\band\b|[.;]|$)|\s+(?:who|in|on|at|from|to|were|was|aboard|had|have)\b)", after)
    return bool(m) and m.group(1).split()[-1].lower() in P.person_parts


def _is_age(s: Sentence, sp: EntitySpan) -> bool:
    """"Ri Il Gyu, 52, a counselor", "two soldiers, both 20,": a number
    between commas after a name (or after "both"/"all"/"aged") is an age;
    so are both of "two soldiers, 19 and 20," and of "aged between 15 and 23"."""
    if not sp.text.isdigit() or int(sp.text) >= 110:
        return False
    before = s.text[max(0, sp.start - s.s0 - 30):sp.start - s.s0]
    after = s.text[sp.end - s.s0:sp.end - s.s0 + 12]
    if _AGED.search(before) or re.search(r"(?:,|,\s*(?:both|all|each))\s$", before[-8:]) and after[:1] == ",":
        return True
    if re.search(r",\s$", before):
        return bool(_AGE_PAIR_AFTER.match(after))  # (the first of ", 19 and 20,")
    return bool(_AGE_PAIR_BEFORE.search(before)) and after[:1] == ","  # (the second)


#: "aged 15", "aged between 15 and 23", "ages 19 to 25": the number an age (or the second of two)
_AGED = re.compile(r"\b(?:aged|ages|ages\s+of)\s+(?:between\s+)?(?:\d{1,3}\s*(?:and|to|-|–)\s*)?$", re.I)
#: ", 19 and 20,": two ages between commas
_AGE_PAIR_AFTER = re.compile(r"\s+and\s+\d{1,3}\s*,")
_AGE_PAIR_BEFORE = re.compile(r",\s*\d{1,3}\s+and\s+$")


#: "deserted his unit", "abandoning his post": a defection told as leaving a post (extraction.yaml)
_LEFT_POST = re.compile(r"\b(?:post|posts|unit|army|ship)$", re.I)


def alias(P: Patterns, name: str) -> str:
    return P.v.place_aliases.get(name, P.v.place_aliases.get(re.sub(r"^the\s+", "", name), name))


#: a country that owns the place after it ("from Russia's Amur Province", "China's Liaoning
#: province"): the words before the place are read past it
_OWNER_BEFORE = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+$")


def place_list(P: Patterns, s: Sentence, lo: int, hi: int) -> list[str]:
    """Places named in text[lo:hi] that a movement could end in, in order:
    gazetteer places ("Ningbo, China" as one), "a third country", "the South"."""
    text, s0 = s.text, s.s0
    out: list[tuple[int, str]] = []
    locs = [sp for sp in s.spans if sp.label == "LOCATION" and lo <= sp.start - s0 < hi]
    skip = set()
    for k, sp in enumerate(locs):
        if k in skip:
            continue
        pre = _OWNER_BEFORE.sub("", text[max(0, sp.start - s0 - 40):sp.start - s0])[-12:].lower()
        if re.match(r"['’]s\b", text[sp.end - s0:sp.end - s0 + 3]):
            continue  # "his post as North Korea's consul": a place that owns something is no destination
        head = P.place_head_of.search(text, max(0, sp.start - s0 - 30), sp.start - s0)
        if head:  # ("the port of | Incheon": the preposition before the kind of place is the one that counts)
            pre = text[max(0, head.start() - 12):head.start()].lower()
        if re.search(r"\b(?:from|of|against|with|by|about|near|off|outside|through|via)\s+(?:the\s+)?$", pre) and not (
                re.search(r"\b(?:asylum|refuge|protection)\s+from\s+(?:the\s+)?$", text[max(0, sp.start - s0 - 30):sp.start - s0], re.I)):
            continue  # (but "asked for asylum from South Korea": where the request went)
        if re.search(r"\b(?:fled|flee|flees|fleeing|escaped|escape|escapes|escaping|left|leave|leaves|leaving)\s+(?:the\s+)?$", pre):
            continue  # "after escaping North Korea": the place left, no destination
        rep = P.reporting.search(text, sp.end - s0, sp.end - s0 + 30)
        if rep and re.fullmatch(r"\s*(?:\w+\s+)?", text[sp.end - s0:rep.start()]) and re.search(r"\b(?:in|from|inside|within)\s+$", pre):
            continue  # "officials in Seoul said": where the report comes from
        if rep and re.fullmatch(r"\s*", text[sp.end - s0:rep.start()]) and re.search(r",\s*$", text[:sp.start - s0]):
            continue  # "defected to the South on Thursday, North Korea said": the country that speaks
        name = alias(P, sp.text)
        if k + 1 < len(locs):
            gap = text[sp.end - s0:locs[k + 1].start - s0]
            nxt = locs[k + 1]
            owner = re.match(r"['’]s\b", text[nxt.end - s0:nxt.end - s0 + 3])  # ("to Japan, Japan's spy agency said")
            if re.fullmatch(r",\s*|\s+in\s+(?:the\s+)?", gap) and not owner and alias(P, nxt.text) != name:
                name = f"{name}, {alias(P, nxt.text)}"
                skip.add(k + 1)
        out.append((sp.start - s0, name))
    for m in P.place_phrase.finditer(text, lo, hi):
        if re.search(r"\b(?:from|through|via|of)\s+(?:a|an|the)?\s*(?:\w+\s+)?$", text[max(0, m.start() - 16):m.start()], re.I):
            continue  # "from a third country": where they came from, no destination
        if not any(sp.start - s0 <= m.start() < sp.end - s0 for sp in s.spans if sp.label == "LOCATION"):
            out.append((m.start(), m.group()))
    # ("^South": a predicate pattern that took "into the" in, "crossed into the | South")
    for m in re.finditer(r"(?:\b(?:to|in|into)\s+|^\s*)the\s+(?:[a-z]+\s+)?South\b(?![\s-]*[A-Z])|^South\b(?![\s-]*[A-Z])"
                         r"|(?:\b(?:to|into)\s+|^\s*)the\s+North\b(?![\s-]+Korean)|\bhere\b", text[lo:hi]):
        if m.group() == "here" and lo + m.start() > 0 and not re.search(
                r"(?:arrived|came|come|fled|defected|brought|reached|landed|escaped|taken|asylum|refuge|settled|resettled)\s+$", text[:lo + m.start()]):
            continue
        out.append((lo + m.start(), "North Korea" if m.group().endswith("North") else "South Korea"))
    out.sort()
    return dedupe([name for _, name in out])


def posting_place(P: Patterns, role: str) -> list[str]:
    """"acting ambassador to Kuwait": the country of the posting is where
    the diplomat left from."""
    m = re.search(r"\b([\w'é-]+)\s+to\s+(?:the\s+)?([a-z][\w.' -]*)$", role)
    if not m or m.group(1) not in P.posting_heads:
        return []
    # "britain" -> "Britain", "uk" -> "UK" (then "United Kingdom")
    return [alias(P, " ".join(w.upper() if (len(w) <= 3 and w not in ("the", "of", "and")) or re.fullmatch(r"(?:\w\.)+", w)
                              else w[:1].upper() + w[1:]
                              for w in m.group(2).split()))]


def crossed_line(P: Patterns, text: str, lo: int, hi: int) -> list[str]:
    """The line between the Koreas that the movement crossed, named or not
    ("across the tense western sea border"): a border crossing's origin."""
    m = P.crossed_feature.search(text, lo, hi)
    if not m:
        return []
    return [" ".join(text[m.start("np"):m.end()].split())]


def place_left(P: Patterns, s: Sentence, lo: int = 0) -> list[str]:
    """The place a sentence says the people left or crossed: "they had set
    sail from Yantai", "he swam across the Imjin River", "came over the
    tense western sea border", "their flight from Hong Kong". A place after "from" counts only after a
    verb of leaving, so that "officials from Seoul" or "a report from
    Tokyo" is not where anyone left."""
    text, s0 = s.text, s.s0
    for sp in s.labelled("LOCATION"):
        if sp.start - s0 < lo:
            continue
        before = text[max(0, sp.start - s0 - 60):sp.start - s0]
        if re.match(r"['’]s\b", text[sp.end - s0:sp.end - s0 + 3]):
            continue  # "from China's border city": a place that owns something
        if P.departure_from.search(before):
            return [alias(P, sp.text)]
        if P.border.search(sp.text) and re.search(r"\b(?:across|over|through|via)\s+(?:the\s+)?$", before, re.I):
            return [alias(P, sp.text)]
    return crossed_line(P, text, lo, len(text))


def origin_phrase(P: Patterns, text: str, lo: int, hi: int) -> list[str]:
    """An unnamed place the people came from: "flown in from a third
    country", "having left behind a hard life in an unidentified third
    country" (a named one is an entity and read elsewhere)."""
    for m in P.place_phrase.finditer(text, lo, hi):
        before = text[max(lo, m.start() - 50):m.start()]
        if re.search(r"\bfrom\s+(?:[\w-]+\s+){0,3}?(?:in\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", before, re.I) or re.search(
                r"\b(?:left|leaving)\b[^,;]{0,40}?\bin\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", before, re.I):
            start = m.start()
            lead = re.search(r"(?:\b[\w-]+\s+)?$", text[max(lo, start - 20):start])
            word = lead.group().strip() if lead else ""
            if word and word.lower() not in ("a", "an", "the", "from", "in") and word.islower():
                start -= len(lead.group())  # "an unidentified third country": the word before
            return [" ".join(text[start:m.end()].split())]
    return []


def posted_phrase(P: Patterns, text: str, hi: int) -> list[str]:
    """An unnamed place of posting before `hi`: "a diplomat posted in an
    African country", "workers at a restaurant in an undisclosed third
    country" (a named one is an entity, read in `read_places`)."""
    for m in P.place_phrase.finditer(text, 0, hi):
        lead = re.search(r"\b(?:an?|the)\s+(?:([a-z][\w-]*)\s+)?$", text[max(0, m.start() - 30):m.start()])
        if not lead:
            continue
        cue = text[max(0, m.start() - 60):m.start() - len(lead.group())] + "the "
        if P.posting.search(cue) or P.site_in.search(cue):
            word = lead.group(1)
            return [f"{word} {m.group()}" if word else m.group()]
    return []


_CAME_FROM = re.compile(r"\b(?:after|when|as|having)\s+(?:they|he|she|the\s+group)?\s*(?:had\s+)?(?:crossed|fled|escaped|came|slipped|"
                        r"sneaked|walked|swam)(?:\s+over|\s+across|\s+the\s+border)?\s+(?:illegally\s+)?(?:in)?from\s+(?:the\s+)?", re.I)


#: between "defected"/"absconded" and a place where the person was when leaving
#: ", who is now a student at a university in Seoul," / ", who now runs a shop in Busan,": the
#: person's life today, told before the act; its places are no posting the act began at
_PRESENT_APPOSITIVE = re.compile(r",\s*who\s+(?:(?:is|are)\s+(?:now|currently|today)|now|currently|today|(?:now\s+)?lives?)\b[^,;]*,",
                                 re.I)
#: "(defected) from a job in | Russia", "(escaped) from a restaurant run by the state in | China": the
#: site left, then the place it is in
_FROM_SITE_IN = re.compile(r"\bfrom\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){1,6}?(?:in|at)\s+(?:the\s+)?$", re.I)
#: a wish to be sent somewhere, no posting there
_WISH_SENT = re.compile(r"\bto\s+be\s+(?:[\w-]+\s+){0,6}?(?:and\s+)?sent\s+(?:on\s+)?to\s+(?:the\s+)?$", re.I)
#: how the act was done, told after it: "(defected) by swimming across the Imjin River"
_MEANS = re.compile(r"\bby\s+[a-z]+ing\b")
#: where a way told so led: "(by walking across the estuary) to Gyodong Island", "coming ashore in the South"
_LED_TO = re.compile(r"\b(?:to|into|onto|ashore\s+in|ashore\s+at|reach(?:ed|ing)?)\s+", re.I)
#: a break between clauses that a place of posting is not read across ("escaped their camp in
#: Siberia -- while another outlet said a student sought refuge at a consulate in Osaka")
_HARD_BREAK = re.compile(r"\s" + DASH + r"\s|;")
#: a school asked for asylum, as the asylum patterns read one ("scaled the wall of the Japanese school in Beijing")
_SCHOOL = re.compile(r"\b(?:at|to|into|in|inside|entered|entering|reached|stormed|(?:walls?|grounds|compound|gates?|fences?)\s+of)\s+"
                     r"(?:the\s+|a\s+)?(?P<school>(?:[A-Z][\w.'-]*\s+){1,3}[Ss]chool)(?:\s+in\s+(?P<city>[A-Z][\w-]+))?")
_WHERE_LEFT = re.compile(r"\s+(?:while\s+)?in\s+(?:the\s+(?:[\w-]+\s+)?(?:city|capital|port|town|region)\s+of\s+)?", re.I)


def read_places(P: Patterns, row: Row, s: Sentence, cs: int, ps: int, pe: int, kind: PredicateKind,
                limit: int | None = None) -> None:
    text, s0 = s.text, s.s0
    agent = re.match(r"\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|guards?|authorities|officers|soldiers|troops|patrols?)\b",
                     text[pe:], re.I) if kind == "caught" else None
    end = clause_end(P, text, pe + agent.end() if agent else pe)  # "detained by police in Thailand"
    if limit is not None:
        end = min(end, limit)
    # origin: "posted in Beijing", "based at the Hong Kong headquarters", "a diplomat in Kuwait"
    # (not from a relative clause after the predicate about someone else:
    # "X defected with his brother, who was a trade representative in Paris")
    other = re.search(r",\s*(?:who|whose)\b", text[pe:])
    present = [m.span() for m in _PRESENT_APPOSITIVE.finditer(text, cs, ps)]
    for sp in s.spans:
        if other and sp.start - s0 >= pe + other.start():
            continue
        if any(a <= sp.start - s0 < b for a, b in present):
            continue
        if sp.label != "LOCATION" or re.match(r"['’]s\b", text[sp.end - s0:sp.end - s0 + 3]):
            continue  # (a place that owns something, "at North Korea's consulate in Minsk", is no origin)
        rel = sp.start - s0
        head = P.place_head_of.search(text, max(0, rel - 40), rel)  # ("working in | the island nation of | Malta")
        before = _OWNER_BEFORE.sub("", text[max(0, (head.start() if head else rel) - 60):head.start() if head else rel])
        # (and "from Russia's | Amur Province")
        if limit is not None and rel >= limit:
            continue  # past the relative clause the row was read from
        if kind in ("statreport", "wish") and rel >= ps:
            continue  # "32,000 defectors live in South Korea", "wants to live in South Korea": where they are or would be
        rep = P.reporting.search(text, sp.end - s0, sp.end - s0 + 25)
        if rep and re.fullmatch(r"\s*(?:\w+\s+)?", text[sp.end - s0:rep.start()]) and re.search(
                r"\b(?:in|from)\s+(?:the\s+)?$", before, re.I):
            continue  # "officials in Seoul (later) said": the reporters' place, no origin
        if kind == "missing" and pe <= rel and re.search(r"\b(?:in|at|from)\s+(?:the\s+)?$", before, re.I):
            row.origin.append(alias(P, sp.text))  # "went missing in Vladivostok": where the person was
        elif (P.posting.search(before) or P.site_in.search(before)) and not (kind == "arrive" and ps <= rel <= pe) \
                and not _WISH_SENT.search(before) and not _HARD_BREAK.search(text, min(rel, pe), max(rel, ps)):  # ("asked to be recognized as refugees and sent to Korea": where to)
            # (not the arrival's own place: "were sent to | South Korea" is no posting)
            if not re.search(r"\b(?:to|into)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:in|at)\s+(?:the\s+)?$", before[-30:], re.I) or P.posting.search(before):
                row.origin.append(alias(P, sp.text))
        elif pe <= rel < end and (re.search(r"\b(?:fled|from|left|out of|escaped|defected from|while in|during (?:a|an|his|her|their) (?:[\w-]+\s+){0,2}?(?:trip|visit|tour|stopover) to)\s+(?:the\s+|an?\s+)?(?:neighbou?ring\s+|nearby\s+)?$", before, re.I)
                                  or _FROM_SITE_IN.search(before)) and kind in ("flee", "defect", "cross"):
            row.origin.append(alias(P, sp.text))
        elif kind == "arrive" and ps <= rel < end and re.search(r"\bfrom\s+(?:the\s+|an?\s+)?(?:neighbou?ring\s+|nearby\s+)?$", before, re.I):
            # (or inside the predicate: "were flown from Vietnam to South Korea")
            row.origin.append(alias(P, sp.text))  # "reached Seoul from Laos": where the journey began
        elif kind in ("flee", "defect") and pe <= rel < end and _WHERE_LEFT.fullmatch(text[pe:rel]):
            row.origin.append(alias(P, sp.text))  # "defected in Vienna", "absconded in Russia": where the person was
        elif pe - 12 <= rel < end and P.border.search(sp.text) and (re.search(
                r"\b(?:across|over|through|via|by\s+crossing)\s+(?:the\s+)?$", before, re.I)
                # ("escaped at the demilitarized zone": the line the flight crossed, as "crossed at" it)
                or kind in ("flee", "defect") and P.inter_korean.fullmatch(sp.text) and re.search(r"\bat\s+(?:the\s+)?$", before, re.I)
                or not row.origin
                and P.inter_korean.fullmatch(sp.text) and re.search(r"\bnear\s+(?:the\s+)?$", before, re.I)
                and not P.border.search(text, ps, rel)):
            # ("defected on a boat near the NLL": the line it happened at, when no line crossed is told)
            row.origin.append(alias(P, sp.text))  # "escaped across the Tumen River": the border crossed
        elif cs <= rel < ps and P.posted_in.search(before):
            row.origin.append(alias(P, sp.text))
        elif cs <= rel < ps and re.search(r"\b(?:from|of)\s+the\s+$", before) and P.site_after.match(text, sp.end - s0):
            row.origin.append(alias(P, sp.text))  # "a second official from the Beijing mission (defected)"
    if kind in ("flee", "defect") and re.match(r"\s*(?:from\s+)?the\s+North\b(?![\s-]*[A-Z])", text[pe:]):
        row.origin.append("North Korea")  # "have fled the North by sea": left, not reached
    if not row.origin:
        row.origin = posted_phrase(P, text, pe + other.start() if other else end)
    if not row.origin:
        # "detained in Thailand after they had crossed from Laos": where they came from
        came = _CAME_FROM.search(text, pe)
        at = [sp for sp in s.spans if came and sp.label == "LOCATION" and sp.start - s0 == came.end()]
        if at:
            row.origin = [alias(P, at[0].text)]
    if not row.origin and kind in ("caught", "asylum", "arrive"):
        # "detained as they prepared to set sail from Yantai", "reached Seoul after leaving China"
        row.origin = place_left(P, s, pe)
    if not row.origin and kind in ("cross", "flee", "defect", "arrive"):
        row.origin = crossed_line(P, text, ps, min(len(text), end + 80)) or origin_phrase(P, text, pe, min(len(text), end + 60))
    if kind == "cross":
        for sp in s.spans:
            if sp.label == "LOCATION" and pe <= sp.start - s0 <= pe + 40:
                gap = text[ps:sp.start - s0]  # (with the predicate: "crossed into the" may hold the "into")
                # (nor a place of the next verb: "crossed the border | and arrived in Seoul")
                if not re.search(r"\b(?:into|to|toward|towards|near|off|and|then)\b|,", gap, re.I):
                    row.origin.insert(0, sp.text)
                break
    row.origin = dedupe(row.origin)
    into = re.search(r"\binto\s+", text[pe:pe + 60]) if kind == "cross" and row.status == "defected" else None
    if into and P.mission.match(text, pe + into.start()):
        row.status = "sought_asylum"  # "climbed over a wall into a German government compound": a bid for asylum
    mission = P.mission.search(text, ps, end + 40) if kind in ("asylum", "arrive", "flee", "defect") or (
        kind == "cross" and row.status == "sought_asylum") else None  # ("climbed over the walls of the Canadian Embassy")
    if mission and re.search(r"\b(?:from|out\s+of|left|fled|deserted)\s+(?:the\s+|his\s+|her\s+|their\s+)?$",
                             text[max(0, mission.start("mission") - 30):mission.start("mission")], re.I):
        # "slipped away from the North Korean embassy in Italy": the mission left, where the person was
        city = mission_places(P, s, mission)[1]
        if city and not row.origin:
            row.origin = [city]
        mission = None
    if mission:
        # "sought asylum at the South Korean embassy in Beijing": the mission is where
        # the request went, the city where the person was
        written, city = mission_places(P, s, mission)
        row.destination = [written]
        if city and not row.origin:
            row.origin = [city]
        return
    school = _SCHOOL.search(text, ps, end + 40) if row.status == "sought_asylum" and kind in ("asylum", "cross") else None
    if school:  # "entered the Japanese school in Beijing": the school asked, with its city (no place left)
        city = school.group("city") or ""
        row.destination = [school.group("school") + (f", {city}" if city else "")]
        row.origin = [o for o in row.origin if o != city]
        return
    if kind in ("defect", "flee", "arrive", "asylum", "cross", "caught", "missing", "wish"):
        means = _MEANS.search(text, pe, end)
        dests = place_list(P, s, pe, means.start() if means else end)
        if means:  # "by walking across the estuary to Gyodong Island": of the way, only where it led
            for led in _LED_TO.finditer(text, means.start(), end):
                dests += place_list(P, s, led.start(), min(end, led.end() + 14))[:1]
        dests = [d for d in dests if not P.open_sea.fullmatch(d)]  # ("defected on a boat in the West Sea": where, not where to)
        dests = [d for d in dests if d not in row.origin and not any(d in o or o in d for o in row.origin)]
        if kind == "cross":
            dests = [d for d in dests if not P.border.fullmatch(d)]
            # (or where the crossing led: "swam across the border and reached Gyodong Island")
            dests = [d for d in dests if re.search(r"\b(?:into|to|reached|(?:arrived|landed)\s+(?:in|at|on))\s+(?:the\s+)?$",
                                                   text[:text.find(d.split(",")[0], pe)][-22:], re.I) or d in ("South Korea", "North Korea")]
        if kind == "defect" and _LEFT_POST.search(text, ps, pe) and dests and re.match(r"\s+(?:in|at)\s", text[pe:]):
            # "abandoning his post in South Korea": where the post was, the place left
            row.origin, dests = row.origin or dests[:1], dests[1:]
        row.destination = dests
        if not row.origin and dests == ["North Korea"] and _FROM_THE_SOUTH.search(text, pe, end):
            row.origin = ["South Korea"]  # "crossing from the South ... into North Korea": the side left
    if kind == "asylum" and not row.destination:
        # "asked Britain for asylum": the country asked stands inside the predicate
        row.destination = [alias(P, sp.text) for sp in s.spans if sp.label == "LOCATION" and ps <= sp.start - s0 < pe
                           and _ASKED.search(text, max(ps, sp.start - s0 - 20), sp.start - s0)][:1]


#: "from the South" (not "from the South Korean side"): where a journey north began
_FROM_THE_SOUTH = re.compile(r"\bfrom\s+the\s+South\b(?![\s-]*Korean)")


def mission_places(P: Patterns, s: Sentence, mission: re.Match[str]) -> tuple[str, str]:
    """A mission matched by `P.mission` as the table writes a destination
    ("Canada (Canadian Embassy)", the country its adjective names), and the
    city named right after it ("... embassy in Beijing"), or ""."""
    written = " ".join(mission.group("mission").split())
    nation = written.rsplit(" ", 2 if re.search(r"[- ]general$", written, re.I) else 1)[0]
    country = P.demonyms.get(nation.lower())
    at = mission.end("mission") + len(mission.group("sep") or "")
    city = next((sp for sp in s.spans if sp.label == "LOCATION" and sp.start - s.s0 == at), None)
    return (f"{country} ({written})" if country else written), (alias(P, city.text) if city is not None else "")


#: the verb before the country a request for asylum went to ("asked Germany for asylum")
_ASKED = re.compile(r"\b(?:asked|asks|ask|asking|petitioned|petitions|begged)\s+(?:the\s+)?$", re.I)


def reporter(P: Patterns, s: Sentence) -> str:
    """To whom the sentence attributes what it says: "according to X", "X
    said", else the outlet."""
    text, s0 = s.text, s.s0
    m = re.search(r"\baccording to\s+(?:the\s+)?", text, re.I)
    if m:
        for sp in s.spans:
            if sp.start - s0 >= m.end() and sp.label in ("ORG", "PERSON") and sp.start - s0 - m.end() < 30:
                return sp.text
    for m in P.reporting.finditer(text):
        near = [sp for sp in s.spans if sp.label in ("ORG", "PERSON") and 0 < m.start() - (sp.end - s0) < 6 or
                sp.label in ("ORG", "PERSON") and 0 <= sp.start - s0 - m.end() < 30]
        if near:
            return near[0].text
    return s.article.source
