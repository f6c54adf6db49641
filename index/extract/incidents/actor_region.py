"""The clause before a predicate, stripped down to the words that name the
actor (`strip_regions`), and whether a phrase names people (`names_people`).

Split from `actor.py`, which reads the actor from what this leaves. Every
pattern is compiled once, here or in `Patterns` (those built from the
vocabulary's number words): the stripping runs for each predicate of a
build, and compiling a pattern again at each call (the `re` module's cache
hashes a pattern joined from the number words anew each time) was a tenth
of its cost. The one stripping serves both readings `read_actor` wants
(`strip_regions`): with and without a description after the actor.
"""

from __future__ import annotations

import re

from ...models import EntitySpan
from ..vocab import singular
from .actor_text import without_auxiliaries
from .patterns import DASH, Patterns
from .roles import head_noun

#: "63 North Koreans in all -- 40 men and 23 women --": an aside between dashes closing the actor's words
_DASH_ASIDE_AFTER = re.compile(r"\s+" + DASH + r"\s[^\u2013\u2014]*?\s" + DASH + r"\s*$")
#: "the levels seen before the pandemic \u2013 | 1,047 defectors": a figure set off by a dash starts the actor
_DASH_BEFORE_FIGURE = re.compile(r"^.*\s" + DASH + r"\s+(?=\d)")

#: "Even though the North has fortified its border, (a North Korean escaped)": a subordinate clause
#: opening the sentence, closed by its comma, before the subject
_OPENING_SUBCLAUSE = re.compile(r"^(?:(?:even\s+though|although|though|while|whereas|because|as|despite|in\s+spite\s+of)\b[^,;]{2,120}"
                                r"|(?:(?:after|before|upon)\s+)?[a-z]+ing\s[^,;]{2,100}"  # ("(After) killing two officers, (a soldier)")
                                # (or its body alone, the clause split at the subordinator: "the border is closed, (a ...)")
                                r"|(?:the|its|his|her|their|[A-Z][\w-]*)\s+(?:(?!who\b|which\b|that\b)[^,;\s]+\s+){0,6}?"
                                r"(?:is|are|was|were|has|have|had|went|rose|grew|fell|began)\b[^,;]{0,30}),\s*"
                                r"(?=(?:an?|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s)", re.I)

#: a year left at the head of a subject, with its comma ("2018, a soldier")
_YEAR_LEFT = re.compile(r"((?:19|20)\d{2}),?\s+(?=\S)")

# "In a separate development, ...", "At a briefing on Monday, ...": a lead phrase up to its comma
# (not "at least 24 defectors, many with relatives in the South,": a counted group; after a year's
# comma too: "(since) the famine began in 1995, some 30,000 North Koreans")
_COUNTED_AFTER_COMMA = re.compile(r"(?:(?<!\d)|(?<=(?<![\d,])(?:19|20)\d\d)),\s*(?=(?:about|some|more than|over|nearly|around|at least|almost|roughly)?\s*\d{1,3}(?:,\d{3})*\s+[A-Za-z])", re.I)
_LEAD_PHRASE = re.compile(r"(?:earlier|later|then)\s*,\s*"  # ("Earlier, on the 4th, two ...")
                          r"|(?:(?:earlier|later|early|late|back|also|then)\s+)?"  # ("Earlier in July, a civilian")
                          r"(?:in|at(?!\s+(?:least|most)\b)|on|during|after|before|under|for|with|by|between|from|since|through|until)\s"
                          r"(?:[^,]|,(?=\d{3}\b)){2,60}?,(?!\d{3}\b)\s*"
                          r"|(?:[\w-]+\s+){1,2}?(?:years?|months?|weeks?|days?)\s+(?:earlier|later|ago)\b,?\s*", re.I)  # ("Two years earlier, she")

#: "..., including two teenagers,", "..., among them a woman in her 60s,": the members told after a group
MEMBERS_AFTER = re.compile(r",\s*(?:including|among them|most of them|many of them)\b[^,]*,?$")

#: a relative clause closed off at the end of a subject ("Kim, who led a delegation,")
_APPOSITIVE_END = re.compile(r",\s*(?:who|which|whose)\b[^,;]*,?$")
#: "Choi, whose husband | (defected)": a relative's own subject right before the predicate
_WHOSE_OWN = re.compile(r"^(?P<owner>[^,;]{2,60}?),?\s+whose\s+(?P<np>(?:[a-z-]+\s+){0,2}[a-z-]+)$")  # (a noun of people: `names_people`)

# what `strip_regions` cuts, in the order it cuts it (the examples are at each use)
_PARTICIPLE_BEFORE_VERB = re.compile(r"(?<=\w),\s*[a-z]+ing\s[^,;]{2,100},\s*$")
_CONJUNCTION_FIRST = re.compile(r"^\W*(?:and|but|then|also|so(?!\s+far\b))\b", re.I)
_OTHER_CLAUSE_END = re.compile(r"^(?:[a-z]+ed|went|came|ran|fell|got|made|took|left|began)\b[^,]{0,60},\s*(?=\S)")
_PRESENT_VERB_OBJECT = re.compile(r"^[a-z]+s\s+(?:the|a|an|its|his|her|their)\b[^,]{0,60},\s*(?=(?:an?|the|\d+|one)\s)")
_OPENING_BEFORE_PRONOUN = re.compile(r"^[^,;]{1,80},\s*(?=(?:he|she|they)$)", re.I)
_PARTICIPLE_OPENING = re.compile(r"^(?:[A-Z][a-z]+(?:ed|en)|Sold|Caught|Born|Held|Kept|Brought|Taught|Sent|Led|Driven|Taken|Found|Left)\s+(?:by|into|in|from|with|as|for|under|over|after|to)\b[^,;]{2,60},\s*"
                                 r"(?=(?:the|a|an|his|her|their|\d+)\s)")
_MEMBERS_FIRST = re.compile(r"^[^,;]{1,40}\s(?:among|including)\s+them,\s*(?=\S)", re.I)
_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:-\d{2,4})?\b")
_DIGIT = re.compile(r"\d")
_DAY_OF_MONTH = re.compile(r"^(?:(?:around|about|on|by)\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\s+of\s+(?:last|this|the\s+same)\s+month\b[\s,]*", re.I)
# the word before a date that opens the clause; a date that starts with "the" brings its own
_BEFORE_A_DATE = r"(?:in|on|at|during|since|by|early|late|so\s+far|around|about|on\s+or\s+about)\s+"
_DATE_LEAD = re.compile(_BEFORE_A_DATE + r"(?:the\s+)?", re.I)
_DATE_LEAD_OWN_THE = re.compile(_BEFORE_A_DATE, re.I)
_STRETCH_OF_TIME = re.compile(r"^(?:in|over|during|for)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|decades?)"
                              r"\b,?\s*(?=\S)", re.I)
_QUESTION_WORD = re.compile(r"^(?:why|how|when|whether|where)\s+(?=\S)", re.I)
_AGE_AFTER = re.compile(r"^(?!(?:of|among)\s)(.*),\s+\d{1,3},?$", re.I)
_OWNER_NAMED = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
_WHOSE_TAIL = re.compile(r"(?<=\w)\s+whose\s+.*$")
_ALL_AT_END = re.compile(r"(?<!\bin)(?<!\bof)\s+(?:all|both|each)$", re.I)
_PERSON_TOLD = re.compile(r"^(?:him|her|them|us|me|reporters|lawmakers)\s+(?:that\s+)?(?=(?:the|a|an|his|her|their)\s)", re.I)
_SUPERLATIVE_EVER = re.compile(r"^((?:the|a)\s+(?:most\s+[\w-]+|[\w-]+est|highest-ranking|top-ranking)\s+(?:[\w-]+\s+){0,3}?[\w-]+)"
                               r"\s+ever\s+to\s+.*$", re.I)
_PEOPLE_SEEN = re.compile(r"^.*\b(?:saw|seen|spotted|noticed|observed|watched|detected|showed|shows|filmed|rescued|picked\s+up|pulled|plucked)\s+(?=(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s)",
                          re.I)
_GUESS = re.compile(r"(?<=\w),\s*(?:believed|thought|said|reported|estimated)\s+to\s+be\b[^,;]*(?:,\s*$|,(?=\s)|$)", re.I)
_SUSPECTED = re.compile(r"^.*\b(?:suspected|suspects|suspecting|accused|accuses|accusing)\s+(?!of\b)(?=\S)", re.I)
_BELIEVED_OF = re.compile(r"^(?:they|he|she|we|i|it)\s+(?:believe|believes|believed|think|thinks|thought)\s+(?:that\s+)?(?=\S)", re.I)
_AGES = re.compile(r",\s*(?:both|all|each|aged)\s+\d{1,3}\s*,?$")
_DESCRIPTION_AFTER = re.compile(r",\s*(?:the|a|an)\s[^,]*$")
_STRESS = re.compile(r"(?<=\w)\s+(?:himself|herself|themselves)$")
_PEOPLE_ENDING = re.compile(r"(?:er|or|ist|ian|ee|ant|ent|man|men)s?$")
_DATED_LEAD = re.compile(r"(?:in|on|during|by|early|late)\s+(?:the\s+)?", re.I)


def strip_regions(P: Patterns, region: str, rspans: list[EntitySpan]) -> tuple[str, str]:
    """The clause before the predicate without conjunctions, auxiliaries,
    adverbial openers and leading dates: what is left names the actor.
    Two readings from one stripping: with a description after the actor
    cut ("Fourteen defectors, the first ever to escape by sea" ->
    "Fourteen defectors"), and with it kept (where `read_actor` looks for
    the persons a lead phrase names)."""
    stripped = _stripped(P, region, rspans)
    # "Fourteen defectors, the first ever to escape by sea,": the description is no part of the actor
    desc = _DESCRIPTION_AFTER.search(stripped)
    cut = stripped
    if desc and (_DIGIT.search(stripped, 0, desc.start()) or names_people(P, stripped[:desc.start()])):
        cut = stripped[:desc.start()].strip(" ,")
    # "the soldier himself (had fled)": the stress is no part of the actor
    return _STRESS.sub("", cut), _STRESS.sub("", stripped)


def _stripped(P: Patterns, region: str, rspans: list[EntitySpan]) -> str:
    # "a group of North Koreans, hoping to get out of their country, (took refuge)": a participle phrase
    # closed by its comma right before the predicate is no part of the subject
    region = _PARTICIPLE_BEFORE_VERB.sub(" ", region)
    stripped = _CONJUNCTION_FIRST.sub("", region).strip(" ,\"“”'")
    stripped = without_auxiliaries(stripped)
    # "(an attempt that) went wrong, a close aide ...": the end of another clause before a comma
    stripped = _OTHER_CLAUSE_END.sub("", stripped)
    # "(Even though ... along the line that) divides the Korean Peninsula, a North Korean (escaped)":
    # a present verb with its object, then the subject after the comma
    stripped = _PRESENT_VERB_OBJECT.sub("", stripped)
    # "Although the border is closed, a North Korean": a concessive or causal clause before the subject
    opening = _OPENING_SUBCLAUSE.match(stripped)
    if opening and not any(sp.label == "PERSON" and sp.text in opening.group() for sp in rspans):
        stripped = stripped[opening.end():]  # (a person named there may be the actor: "..., Jo, the man")
    # "Fearing arrest, he", "Forced to flee for his life in 2014, he": an
    # opening phrase before the subject pronoun is no part of the actor
    stripped = _OPENING_BEFORE_PRONOUN.sub("", stripped)
    # "Measured by North Korean standards, the 14 people", "Sold into marriage in China, the woman": a
    # participle phrase that opens the sentence describes the subject, it is no part of it ("Led by an
    # elderly couple, the group")
    stripped = _PARTICIPLE_OPENING.sub("", stripped)
    # "Three children among them, a family of seven": the members told before the group
    stripped = _MEMBERS_FIRST.sub("", stripped)
    # "aside from South Korea, some senior officials": an adverbial
    # opener before the comma is no part of the actor
    for _ in range(3):  # ("On Sunday, at around 6:40 a.m., a soldier": one opening phrase after another)
        opener = P.actor_openers.match(stripped) or _LEAD_PHRASE.match(stripped)
        if not (opener and stripped[opener.end():].strip()):
            break
        named = _dated_name(stripped[:opener.end()], rspans)
        if named:  # "In 1965 Jenkins, a sergeant at the time, (fled)": the date opens, the name is the subject
            stripped = named + ", " + stripped[opener.end():].strip(" ,")
            break
        stripped = stripped[opener.end():].strip(" ,")
    # "On December 1, | 2018 a North Korean soldier": an opener cut at the date's own comma leaves its year
    year = _YEAR_LEFT.match(stripped)
    if year and any(sp.label == "DATE" and sp.text.endswith(", " + year.group(1)) for sp in rspans):
        stripped = stripped[year.end():]
    # "(since) the end of the war, more than 20,000 North Koreans": a counted
    # group after a comma is the actor, what comes before it another phrase
    counted = _COUNTED_AFTER_COMMA.search(stripped)
    spelled = P.spelled_after_comma.search(stripped)
    if counted is None and spelled and not P.number_not_a_time.search(stripped, 0, spelled.start()):
        counted = spelled  # ("After three years in a consulate, five defectors"; not "fifteen defectors, two families among them": the group, then its members)
    if counted and not _DIGIT.search(_YEARS.sub("", stripped[:counted.start()])):
        stripped = stripped[counted.end():]
    # "five North Koreans, four of them from a single family,": the members told after the group are no part of it
    stripped = P.some_of_them_after.sub("", stripped)
    # "around the 20th of last month eight soldiers": a day of a month told relatively opens the clause
    stripped = _DAY_OF_MONTH.sub("", stripped)
    for sp in rspans:
        if sp.label != "DATE":
            continue
        # ("By | the end of last year": the date's own "the")
        lead = (_DATE_LEAD_OWN_THE if sp.text.lower().startswith("the ") else _DATE_LEAD).match(stripped)
        if lead and stripped[lead.end():].startswith(sp.text):
            stripped = stripped[lead.end():]  # "In April, a man ...": the date is no part of the actor
        if stripped.startswith(sp.text):
            stripped = stripped[len(sp.text):].strip(" ,")
    # "In the past two months several dozen North Koreans": a stretch of time (no DATE) opens the clause
    stripped = _STRETCH_OF_TIME.sub("", stripped)
    # "A decade later the couple", "Two years later, he": a time told from another event opens the clause
    stripped = P.time_later_first.sub("", stripped)
    # "(looking into when and) why the two (went back)": a question word opens the clause, the actor follows
    stripped = _QUESTION_WORD.sub("", stripped)
    stripped = _AGE_AFTER.sub(r"\1", stripped)  # "The defector, 28,": an age (not "300,000"; not "Of the 30, 13")
    own = _WHOSE_OWN.search(stripped)
    if own and names_people(P, own.group("np")):  # "Choi, whose husband (had defected)": the predicate is the husband's, Choi's own kin
        owner = own.group("owner").strip(" ,")
        named = _OWNER_NAMED.fullmatch(owner)
        stripped = f"{owner}'s {own.group('np')}" if named else own.group("np")  # (a role of the owner is not theirs)
    appositive = _APPOSITIVE_END.search(stripped) or (  # (", who crossed into Changbai, China,")
        _APPOSITIVE_END.search(P.country_comma.sub(" ", stripped)) if P.country_comma.search(stripped) else None)
    stripped = stripped[:appositive.start()] if appositive else stripped  # "Kim, who led a delegation,": an appositive
    # "a navy captain whose task was to patrol the coast": what the relative says of him is no part of him
    stripped = _WHOSE_TAIL.sub("", stripped)
    stripped = MEMBERS_AFTER.sub("", stripped).strip(" ,")
    # "24 defectors, many with relatives in the South,", "nine people, seven males and two females, all":
    # a description of the members after the group is no part of the actor
    stripped = _ALL_AT_END.sub("", stripped)  # (not "12 defectors in all")
    stripped = P.members_described_after.sub("", stripped).strip(" ,")
    # "(officials had told) him the diplomat (came to South Korea)": the person told is no part of the actor
    stripped = _PERSON_TOLD.sub("", stripped)
    # "the most senior official ever to have defected from North Korea (landed)": the
    # superlative's infinitive describes the subject, it is no verb of the clause
    stripped = _SUPERLATIVE_EVER.sub(r"\1", stripped)
    # "guards heard shots and saw a North Korean soldier (crossing the MDL)", "the coast guard rescued a man, whose
    # boat had drifted", "CCTV footage showed seven North Koreans (entering)": the people seen or rescued
    stripped = _PEOPLE_SEEN.sub("", stripped)
    stripped = _DASH_BEFORE_FIGURE.sub("", _DASH_ASIDE_AFTER.sub("", stripped))  # (the aside first: see the patterns)
    # "a North Korean man, believed to be in his 20s,": a guess about the person is no part of the actor
    stripped = _GUESS.sub("", stripped)
    # "the military said it suspected the North Koreans (of defecting)": the people suspected
    stripped = _SUSPECTED.sub("", stripped)
    # "officials said they believe (the man) [had come into South Korea]": the one believed of
    stripped = _BELIEVED_OF.sub("", stripped)
    return _AGES.sub("", stripped)  # ("two soldiers, both 20,": their age)


def _dated_name(opening: str, rspans: list[EntitySpan]) -> str:
    """The person named right after the date of an opening phrase with no
    comma between them ("In 1965 Jenkins,"), else ""."""
    lead = _DATED_LEAD.match(opening)
    if not lead:
        return ""
    rest = opening[lead.end():]
    date = next((sp for sp in rspans if sp.label == "DATE" and rest.startswith(sp.text)), None)
    if date is None:
        return ""
    name = rest[len(date.text):].strip(" ,")
    return name if any(sp.label == "PERSON" and sp.text == name for sp in rspans) else ""


def names_people(P: Patterns, phrase: str) -> bool:
    """Whether a described actor names people ("a U.S. citizen", "the
    teenager", "five sailors"), not a thing ("five drones", "the boat")."""
    head = head_noun(phrase).lower()
    if not head:
        return False
    return (head in P.people_words or head in P.v.role_singulars or singular(head) in P.people_words
            or bool(_PEOPLE_ENDING.search(head)) and not head.endswith(("ment", "ments"))
            and head not in P.thing_words)
