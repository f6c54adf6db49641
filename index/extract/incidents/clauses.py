"""Clause boundaries inside a sentence, found by shape.

The actor of a predicate is read from the clause before it, its date and
places from the clause after it; these functions say where those clauses
begin and end (punctuation, subordinators, reporting verbs, relatives).
"""

from __future__ import annotations

import bisect
import re

from ...models import EntitySpan
from .context import Doc, Sentence
from .patterns import DEFECTOR_WORDS, SPACED_DASH, Patterns


# a quoted word or name ("identified only as "Kim"") opens no clause, unlike a quote
_SHORT_QUOTE = re.compile(r"[\"“]([^\"”\n]{1,30})[\"”]")


# a relative clause or a description closed by its comma, right before the
# predicate: "Kim Chol, who was heading a delegation, (defected)", "a family
# of 17, the biggest group since the war, (arrived)", "25 North Koreans,
# vowing to kill themselves if they were sent home, (ran into the embassy)"
_CLOSED_RELATIVE = re.compile(r",\s*(?:who|which|the|a|an|among\s+them|[a-z]+ing|[a-z]+(?:ed|en)\s+by|(?:said|believed|reported|thought)\s+to)\b[^,;]{1,120},\s*(?:(?:has|have|had)\s+(?=also|later|then|now|reportedly|eventually))?(?:(?:also|later|then|now|reportedly|eventually)\s+)?"
                              r"(?:(?:had|has|have)\s+been\s+(?:trying|attempting)\s+to\s+)?$", re.I)
# "Seven relatives of Kim, who fled in 1999, have gone to the UN office and
# (asked to be recognized as refugees)": a closed relative clause, then a
# first verb phrase the predicate is coordinated with; the subject is what
# stands before the relative clause
RELATIVE_THEN_VP = re.compile(r",\s*(?:who|which)\b[^;]{1,120}?,\s*(?:has|have|had)\s+[a-z]+(?:ed|en|ne)\b[^,;]{0,100}?"
                              r"\s+and\s+(?:then\s+)?$", re.I)


#: a subordinate clause that opens the sentence, with a finite verb of its own, to its comma
_OPENING_SUBORDINATE = re.compile(r"\s*(?:While|Whilst|Although|Though|Whereas|Even\s+as)\s+[^,;]{3,120}?"
                                  r"\b(?:was|were|is|are|had|has|have|did|[a-z]+ed)\b[^,;]*,\s*")
#: "men, women" before ", and children": a list of single words, whose last
#: item ", and" brings is no new clause
_SERIAL_LIST = re.compile(r"\b[a-z]+,\s+[a-z]+$")
#: a stretch between two dashes ("the nine - a couple, a mother and her daughter, and five individuals -")
_DASH_PAIR = re.compile(r"\s" + SPACED_DASH + r"\s[^-–—;]{1,120}?\s" + SPACED_DASH + r"\s")


#: a description between commas that holds a speaker is no appositive: ", a ministry official
#: told reporters it was believed that the man," (checked on a match, not inside the pattern: a
#: lookahead at every character of every description cost the extractor 5% of its time)
_SPEAKER_INSIDE = re.compile(r",\s*(?:the|a|an)\b[^,;]*?\b(?:(?:told|tells)\s+\w+|said|says)\s+(?:that|it|he|she|they)\b", re.I)


def _closed_relative(text: str, start: int, ps: int) -> re.Match[str] | None:
    """The first `_CLOSED_RELATIVE` ending at `ps` that is no speaker's clause."""
    m = _CLOSED_RELATIVE.search(text, start, ps)
    while m is not None and _SPEAKER_INSIDE.match(m.group()):
        m = _CLOSED_RELATIVE.search(text, m.start() + 1, ps)
    return m


def clause_start(P: Patterns, text: str, ps: int) -> int:
    """Start of the clause holding the predicate at `ps`."""
    if '"' in text or "“" in text:
        text = _SHORT_QUOTE.sub(lambda m: " " + m.group(1) + " ", text)  # same length
    start = 0
    asides = [a.span() for a in _DASH_PAIR.finditer(text, 0, ps)] if " -" in text or "—" in text or "–" in text else []
    for m in P.clause_split.finditer(text, 0, ps):
        if m.group()[:1] == "," and _SERIAL_LIST.search(text, 0, m.start()):
            continue  # "Forty-four men, women, and children": the last item of a list, not a clause
        if any(a < m.start() < b for a, b in asides):
            continue  # ("the nine - a couple, and five individuals - had fled": inside what the subject holds)
        start = m.end()
    sub = _OPENING_SUBORDINATE.match(text)
    if sub and start < sub.end() <= ps:  # ("While celebrations were under way, | a defector walked across")
        start = sub.end()
    count = P.and_count.search(text, start, ps)
    if count is not None and count.end() == ps:
        start = text.index("and", count.start()) + 3  # ("nine chose to return and | five | defected")
    # a closed relative clause or description is an appositive (whatever
    # subordinator it holds: "since", "as"); the subject stands before it
    appositive = _closed_relative(text, 0, ps)
    if appositive is None and ", " in text[:ps] and P.country_comma.search(text, 0, ps):
        appositive = _closed_relative(P.country_comma.sub(" ", text), 0, ps)  # (", who crossed into Changbai, China ...,")
    if appositive and appositive.start() < start and appositive.start() > 0:
        return clause_start(P, text, appositive.start())
    # "X reports Wednesday the officer defected": after a reporting verb (+ date)
    for m in P.reporting.finditer(text, start, ps):
        if _SAYS_WHO_THEY_ARE.match(text, m.end(), ps) and re.search(r"\bwho\s+$", text[:m.start()]):
            continue  # "Nine people who say they are North Koreans (reached)": what they are, not what happened
        start = max(start, m.end())
    return start


#: "(that) they are": the words of a relative clause that say who its subject is
_THEY_ARE = r"(?:that\s+)?(?:they|he|she)\s+(?:are|is|were|was)"
#: "(who say) they are North Koreans": a relative's reporting verb whose words are who the subject is
#: "(... are) reported to have": a hedge of the main verb after who they say they are
_HEDGE_TAIL = r"(?:\s+(?:are|were|is|was)\s+(?:reported|said|believed|thought|understood)\s+to(?:\s+have)?)?"
_SAYS_WHO_THEY_ARE = re.compile(r"\s*" + _THEY_ARE + r"\s+(?:(?!\b(?:to|and|but|after|when)\b)[^,;]){2,60}?" + _HEDGE_TAIL + r"\s*$")


def clause_end(P: Patterns, text: str, pe: int) -> int:
    """End of the stretch after a predicate that may hold its places."""
    m = P.dest_stop.search(text, pe)
    return m.start() if m else len(text)


#: "(X, who had worked in Ningbo,) left China and | (went to South Korea)": an act of the
#: subject's own, joined to the predicate by "and"
_DID_AND = r"(?:[a-z]+ed|left|fled|went|came|ran|swam|got|took|made|quit|flew|drove|stole)\s[^,;]{1,60}?\s+and"


#: the relative pronoun of a clause before the predicate (the first of two: "who was ..., and who ...")
_WHO = re.compile(r"\b(?:who|which)\b")


def subject_before_relative(P: Patterns, text: str, cs: int, ps: int) -> tuple[int, int] | None:
    """(start of the subject, end of the actor's words) when the clause
    before the predicate is a complete relative clause ("N who had been
    hiding in China | were caught"), i.e. it opens with an auxiliary and the
    predicate is finite."""
    m = re.search(r"\b(?:who|that|which)\s*$", text[:cs])
    if not m:
        return None
    finite = re.match(r"(?:was|were|is|are|has|have|had|wants|wishes|hopes)\b", text[ps:ps + 6].strip() or "x", re.I) or re.search(
        r"\b(?:was|were|is|are|has|have|had)\s+(?:(?:reportedly|allegedly|still|now|currently|already|also|apparently)\s+)*$", text[cs:ps], re.I)
    past = re.match(r"(?:[a-z]+ed|swam|fled|ran|came|went|made|sought|took|left|got|drove|flew|slipped|did)\b",
                    text[ps:ps + 12], re.I) or re.search(  # ("who had fled years ago | tried to | return": the finite verb tries)
        r"\S\s+(?:tried|attempted)\s+to\s+$", text[cs:ps], re.I)
    both = re.search(r",\s*and\s+(?:who|which)\s*$", text[:cs])
    first = list(_WHO.finditer(text, 0, both.start()))[-1:] if both else []
    if first and re.fullmatch(r"[^;]{3,160},\s*", text[first[0].end():both.start() + 1]) \
            and re.fullmatch(r"[^,;]{3,120},\s*", text[cs:ps]):
        # "the man who was formerly the envoy to Italy, and who vanished in late 2018, | arrived":
        # two relative clauses of one subject, then its verb
        return clause_start(P, text, first[0].start()), first[0].start()
    if re.fullmatch(r"[^,;]{3,120},\s*(?:has|have|had|" + _DID_AND + r")?\s*", text[cs:ps]) and (re.search(r",\s*(?:who|which)\s*$", text[:cs]) or re.search(
            r",\s*(?:a|an|the)\s[^,;]{1,60}\bthat\s*$", text[:cs])):
        # (or "the 31 North Koreans, a group of 11 men and 20 women that floated south, | have said")
        # "four of the 31 North Koreans, who drifted south last month, | have said they wish
        # to stay": a relative clause closed by its comma, then nothing but an auxiliary
        return clause_start(P, text, m.start()), m.start()
    if re.match(r"\s*(?:had|has|have|was|were|is|are)\b", text[cs:ps], re.I):
        if finite:
            return clause_start(P, text, m.start()), ps
        if past and len(text[cs:ps]) <= 90 and "," not in text[cs:ps]:
            # "13 North Koreans who had worked at a restaurant | defected"
            return clause_start(P, text, m.start()), m.start()
        return None
    # "a sailor who drifted for days | reached here", "six who hoped to reach
    # Seoul | have been detained": a short relative clause opened by a past
    # verb, then the predicate as the main verb (or opened by a verb of
    # wishing or living in the present, closed by the main verb's auxiliary:
    # "seven defectors who hope to reach Seoul | have been detained")
    if ((re.match(r"\s*(?:(?:once|then|later|first|also|[a-z]+ly)\s+)?"  # ("who once lived in Seoul")
                  r"(?:[a-z]+ed|took|ran|swam|fled|came|went|made|sought|left|got|drove|flew|held|won|became|grew|spent|wrote|gave)\b",
                  text[cs:ps]) or P.relative_present.match(text, cs, ps) and finite)
            and len(text[cs:ps]) <= 90 and "," not in text[cs:ps] and (past or finite)):
        return clause_start(P, text, m.start()), m.start()
    if _CLAIMED_IDENTITY.match(text[cs:ps]) and (past or finite):
        # "Nine people who say they are North Koreans | reached Japan": who they say they are
        return clause_start(P, text, m.start()), m.start()
    return None


#: a relative clause that only says who the subject says or seems to be
_CLAIMED_IDENTITY = re.compile(r"\s*(?:(?:say|says|said|claim|claims|claimed)\s+" + _THEY_ARE
                               + r"|(?:claim|claims|claimed|appear|appears|appeared|seem|seems|seemed)\s+to\s+be)\s+[^,;]{2,60}?"
                               + _HEDGE_TAIL + r"\s*$", re.I)


def mask_dates(text: str, sspans: list[EntitySpan], s0: int, lo: int, hi: int) -> str:
    """text[lo:hi] with DATE spans blanked, so that the month "May" is not
    read as the modal "may"."""
    chars = list(text[lo:hi])
    for sp in sspans:
        if sp.label == "DATE":
            for k in range(max(lo, sp.start - s0), min(hi, sp.end - s0)):
                chars[k - lo] = " "
    return "".join(chars)


def mask_appositives(window: str, end: int) -> str:
    """`window` with comma-enclosed descriptions that close before `end`
    blanked: "Fourteen defectors, the first ever to escape by sea, reached
    ..." is no hypothetical because of "the first" in the description, nor
    "25 North Koreans, vowing to kill themselves if sent home, ran into
    ..." because of the "if" of a participle phrase, nor "20 defectors,
    helped by diplomats, reached ..." because of "helped"."""
    out = list(window)
    for m in re.finditer(r",\s*(?:the|a|an|who|which|[a-z]+ing|[a-z]+(?:ed|en)\s+by)\b[^,;]{0,120},", window):
        if m.end() <= end:
            for k in range(m.start(), m.end()):
                out[k] = " "
    # ("An official who helped manage a fund | has fled": a restrictive relative closed by the
    # main verb's auxiliary holds its own words, "helped" among them)
    m = _RELATIVE_BEFORE_AUX.search(window, 0, end)
    if m is not None:
        out[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(out)


#: (any verb: "Seven defectors who hope to begin new lives in the South | have been detained")
_RELATIVE_BEFORE_AUX = re.compile(r"\bwho\s+[a-z]+\b[^,;]{0,120}?(?=\s+(?:has|have|had|was|were)\s+(?:[a-z]+ly\s+)?$)")


#: the clause after "that"/"which" opens with a subject and its verb of its
#: own: "(a restaurant) that | the isolated state runs in a third country"
_OBJECT_RELATIVE = re.compile(r"\s*(?:the|a|an|its|his|her|their|this|these|those|he|she|they|it|we)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:[a-z]+(?:s|ed)|ran|built|kept|held|set up)\b(?!\s+(?:to|into|across|over)\b)", re.I)


#: "... and that | they had crossed", "reports that | they fled": "that" opens what is said, known or feared
_CONTENT_THAT = re.compile(r"\b(?:and|or|but|so|also|then|now|yet|news|fact|reports?|claims?|word|signs?|evidence|belief|"
                           r"fears?|hopes?|rumou?rs?|speculation|suspicions?|allegations?|statements?|announcement)\s*$", re.I)


def before_object_relative(P: Patterns, text: str, cs: int) -> tuple[int, int] | None:
    """"thirteen North Koreans employed at a restaurant | that the isolated
    state runs in a third country | are seeking asylum": where no actor stands
    in the clause found for the predicate, and that clause is a relative
    clause with a subject and verb of its own, the predicate's subject is the
    noun phrase before it: its start and end (the "that"), else None."""
    that = re.search(r"\b(?:that|which)\s*$", text[:cs], re.I)
    if not that or not _OBJECT_RELATIVE.match(text, cs) or not re.search(r"[a-z]\s*$", text[:that.start()]) \
            or _CONTENT_THAT.search(text, 0, that.start()):
        return None
    back = clause_start(P, text, that.start())
    if back >= that.start() or P.reporting.search(text, back, that.start()):
        return None  # ("said on Friday that | they had fled": what was said, no relative clause)
    return back, that.start()


#: an opening clause whose subject is a pronoun: "(In February 1996,) when she | (defected in Geneva),"
_PRONOUN_OPENING = re.compile(r"(?:[^,;]{0,60},\s*)?(?:when|once|as)\s+(?:he|she)\s+"
                              r"(?:had\s+|first\s+|finally\s+|eventually\s+)?", re.I)


def named_ahead(s: Sentence, ps: int, pe: int) -> EntitySpan | None:
    """The person named right after the comma that closes an opening
    clause whose subject is "he" or "she" ("when she defected in Geneva, |
    Sung Hae Rang, then 65, took nothing"): the one the pronoun stands for,
    told of before the name. None when the sentence named someone earlier
    (the pronoun's own antecedent) or no name follows the comma."""
    text, s0 = s.text, s.s0
    if not _PRONOUN_OPENING.fullmatch(text, 0, ps):
        return None
    comma = text.find(",", pe)
    if comma < 0 or any(sp.label == "PERSON" and sp.start - s0 < comma for sp in s.spans):
        return None
    after = comma + 1 + len(text[comma + 1:]) - len(text[comma + 1:].lstrip())
    return next((sp for sp in s.spans if sp.label == "PERSON" and sp.start - s0 == after), None)


#: "the colonel had worked for the spy agency | before he (defected)": a described subject, its
#: verb, then a subordinate clause whose subject pronoun is that same person
_SUBORDINATE_PRONOUN = re.compile(r"\b(?:before|after|when|until|because|since|as|once)\s+(?:he|she)\s*$", re.I)
_DESCRIBED_SUBJECT = re.compile(r"(?:^|,\s*|\b(?:said|says|say|added|reported|believe|believed)\s+(?:that\s+)?)"
                                r"((?:the|a|an)\s+(?:[\w'-]+\s+){0,3}?)$", re.I)
_VERB_AFTER = re.compile(r"\s+(?:had|has|was|is|[a-z]+ed|spent|served|worked|lived)\b")


def subject_of_subordinate_pronoun(P: Patterns, doc: Doc, abs_cs: int, region: str) -> EntitySpan | None:
    """The role noun of the described subject that "he"/"she" of a
    subordinate clause stands for: "According to the ministry, the colonel
    had worked for the spy agency before he defected" -> "colonel" (not the
    last person named before, who may be someone else entirely)."""
    s0 = doc.sents[bisect.bisect_right(doc.sents, (abs_cs, len(doc.body))) - 1][0]
    region = doc.body[s0:abs_cs] + region
    if not _SUBORDINATE_PRONOUN.search(region):
        return None
    for sp in doc.spans.inside(s0, abs_cs, "ROLE"):
        lead, rest = region[:sp.start - s0], region[sp.end - s0:]
        if _DESCRIBED_SUBJECT.search(lead) and _VERB_AFTER.match(rest):
            return sp
    # (or a relative, a man or a woman: "A nephew of one of Kim Jong Il's former wives was killed ... after he fled")
    m = _KIN_SUBJECT.search(region)
    if m and m.group("head").lower() in P.kin | P.person_parts:
        return EntitySpan(s0 + m.start("np"), s0 + m.end("np"), "PERSON", m.group("np"))
    return None


#: a described subject opening its clause whose head is a relative or a person ("A nephew of ... was killed")
_KIN_SUBJECT = re.compile(r"(?:^|\n|,\s*)(?:the|a|an)\s+(?P<np>(?:[\w'-]+\s+){0,2}?(?P<head>[\w'-]+)(?:\s+of\s+[^,;]{1,60}?)?)"
                          r"(?=\s+(?:had|has|was|is|[a-z]+ed|spent|served|worked|lived)\b)", re.I)


#: "A North Korean woman said | she crossed into China in 2007": someone described, then the
#: verb of telling one's own story (to someone, or not), with the pronoun right after it
_OWN_STORY = re.compile(r"(?:^|,\s*)(?:the|a|an|one)\s+(?P<np>(?:[\w'-]+\s+){0,3}?(?P<head>[\w'-]+))\s+"
                        # (past a relative clause of the one described: "a man who showed up in a port city | says")
                        r"(?:(?:who|that)\s+(?!said\b|says\b|told\b)[^,;]{1,100}?\s+)?"
                        r"(?:(?:said|says|recalled|recalls)\s+|told\s+(?:[\w'-]+\s+){1,4}?)(?:that\s+)?$", re.I)
#: words of a description that make its person one who might have fled (not one who reports on them)
_PEOPLE_WORDS = re.compile(DEFECTOR_WORDS.pattern + r"|\bNorth\s+Koreans?\b", re.I)


def speaking_subject(P: Patterns, doc: Doc, abs_cs: int) -> EntitySpan | None:
    """The one described who tells a story of their own: "A North Korean
    woman said she crossed into China in 2007" -> "North Korean woman" (a
    ROLE when its head is one: "a North Korean soldier told investigators
    he ..."). None unless the description is of a woman, a man, a child or
    a North Korean, defector or refugee (an official or the police who said
    "he ..." speak of someone told of before)."""
    s0 = doc.sents[bisect.bisect_right(doc.sents, (abs_cs, len(doc.body))) - 1][0]
    m = _OWN_STORY.search(doc.body[s0:abs_cs])
    if m is None:
        return None
    start, end = s0 + m.start("np"), s0 + m.end("np")
    head = m.group("head").lower()
    role = next((sp for sp in doc.spans.inside(start, end, "ROLE") if sp.end == end), None)
    if head in P.speaker_roles or not (head in P.person_parts or _PEOPLE_WORDS.search(m.group("np"))):
        return None
    return EntitySpan(start, end, "ROLE" if role is not None else "PERSON", m.group("np"), role.text if role is not None else "")


#: ", often fleeing poverty": a participle after the event, telling how such people come
_MANNER_AFTER = re.compile(r",\s+(?:often|usually|typically|mostly|generally)\s+[a-z]+ing\b", re.I)


def before_manner(text: str, pe: int, end: int) -> int:
    """Where the event's own words end, before a participle that tells the
    habit of such people ("34,200 North Koreans have resettled in the South,
    often fleeing poverty"): the habit is theirs, and makes the event no
    generic one."""
    m = _MANNER_AFTER.search(text, pe, end)
    return m.start() if m else end


def strip_lead(region: str) -> str:
    """The region without a leading conjunction, adverb or time phrase."""
    return re.sub(r"^[\s,]*(?:(?:and|but|so far|thus far|to date|so|then|also|only|just|in recent years|in the past|over the years|since then"
                  r"|(?:[\w-]+\s+){0,2}?(?:years?|months?|weeks?|days?)\s+(?:earlier|later|ago)|(?:in|during|over)\s+"
                  r"(?:those|these|that|this|recent|the\s+following|the\s+next|the\s+past)\s+(?:years?|months?|weeks?|days?|decades?))\b[\s,]*)*",
                  "", region, flags=re.I)


#: what makes an -ed word after it an adjective of a noun phrase, not a verb: a determiner, maybe with
#: an adverb ("at the demilitarized zone", "across the heavily guarded border")
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that|these|those)(?:\s+[a-z]+ly)?$", re.I)


def main_verb(P: Patterns, text: str, pe: int) -> re.Match[str] | None:
    """The main clause's verb resuming after a restrictive relative clause
    whose predicate ends at `pe` ("a weightlifter who fled ... | crossed
    back", "the soldier who escaped at the demilitarized zone in 2017 |
    spoke to NBC"); None when there is none."""
    return next((m for m in P.main_verb.finditer(text, pe) if not _ATTRIBUTIVE.search(text, max(0, m.start() - 24), m.start())), None)


#: a preposition's object that a participle of trying describes, up to the predicate: "added | to a
#: growing list of diplomats trying to | escape"
_PREPOSITION_OBJECT = re.compile(r"\b(?:to|on|for|among|against|about|into|onto)\s+(?:a|an|the)\s+[^,;]{0,80}?"
                                 r"\b(?:trying|attempting|seeking|hoping|looking)\s+to\s+$", re.I)


def class_trying(text: str, cs: int, ps: int) -> bool:
    """The clause before the predicate at `ps` is a preposition's object
    that a participle of trying describes: the noun stands for a class of
    people, who act in no event ("Jo would be added to a growing list of
    diplomats trying to | escape")."""
    return _PREPOSITION_OBJECT.search(text, cs, ps) is not None
