"""Is a predicate an event the article asserts, and how far did it get?

Generic statements about a class of people, relative-clause labels, and
arrests after a crossing change whether a row is made or its status; the
word lists behind them are in the data file.
"""

from __future__ import annotations

import re

from .context import Sentence
from .patterns import DASH, HANDED_TO_POLICE, Patterns


#: "until he | returned": a subordinate clause of one event, opened after the main clause's verb
_ONE_TIME_CLAUSE = re.compile(r"\b(?:until|till|before|after|when|once)\s+(?:he|she|they)\b", re.I)


def habit_of_the_clause(P: Patterns, text: str, ps: int, end: int) -> bool:
    """A habit cue ("often", "usually": data `generic_cues`) tells of the
    predicate, unless it is the main clause's and the predicate opens a
    clause of one time of its own ("Kim often appeared on television until
    she returned to the North in 2017": one return)."""
    cue = P.generic.search(text, 0, end)
    if cue is None:
        return False
    return not (cue.end() <= ps and _ONE_TIME_CLAUSE.search(text, cue.end(), ps))


def generic_actor(P: Patterns, region: str, has_number_or_person: bool) -> bool:
    """A class of people, not a group: a bare plural with no determiner or
    number ("a procedure for North Koreans arriving", "China considers North
    Koreans who enter"), a quantified one ("the route most defectors use",
    "fewer escapees are arriving"; the quantifiers are data),
    or "those caught fleeing"."""
    if has_number_or_person:
        return False
    r = region.strip(" ,")
    if P.those_not_counted.match(r):
        return True
    if P.quantified_generic.search(r):
        return True
    if P.generic_convicted.search(r):
        return True  # "people convicted of illegally (crossing) may be executed": whoever is, no one in particular
    m = P.generic_at_end.search(r)
    if not m:
        return False
    words = r[:m.start()].split()
    while words and (words[-1][:1].isupper() and words[-1].lower() not in P.determiners
                     or words[-1].lower() in P.plain_adjectives):
        words.pop()
    det = words[-1].lower() if words else ""
    if det in ("carrying", "with") and len(words) >= 2 and P.vehicle.fullmatch(words[-2]):
        return False  # "a boat carrying North Korean refugees": the people one boat carried
    if det == "of" and len(words) >= 2 and words[-2].lower() in P.v.words("group_words"):
        return False  # "another pair of North Korean defectors": a group counted by its noun
    return det not in P.determiners and not det[:1].isdigit() and det not in P.v.number_words


#: a bare plural subject of a perfect ("People have", "South Koreans had", "In the past, North Korean
#: defectors have", "North Koreans are reported to have"), no determiner or number
_BARE_PLURAL_PERFECT = re.compile(
    r"^\s*(?P<past>(?:In\s+the\s+past|Previously|Over\s+the\s+years|In\s+recent\s+years),\s+)?"
    r"(?:[A-Z][a-z]+\s+){0,2}(?:[A-Za-z][a-z]+(?:s|men)|[Pp]eople|(?:[Ww]o)?[Mm]en|[Cc]hildren)\s+"
    r"(?:have|had|(?:are|were)\s+(?:reported|believed|said|thought|known)\s+to\s+have)"
    r"(?:\s+(?:also|long|occasionally|tried|attempted|[a-z]+ed)(?:\s+(?:to|and))?){0,3}\s*$")
#: "... before," / "... in the past": a perfect of experience, ever and by anyone
_EVER_BEFORE = re.compile(r"[^.;]*?\b(?:before|in\s+the\s+past)\s*(?:[,.;]|$|but\b)", re.I)


def experienced_by_a_class(P: Patterns, region: str, text: str, pe: int) -> bool:
    """"People have crossed and defected over the border before", "South
    Koreans have tried to defect to the North before", "North Koreans have
    sought asylum in foreign embassies on several occasions", "In the past,
    North Korean defectors have fled into Japanese missions": a bare plural
    that has done it, ever or often (data: `how_often_phrases`), is a class
    of people, no event."""
    m = _BARE_PLURAL_PERFECT.match(region)
    return bool(m) and bool(m.group("past") or _EVER_BEFORE.match(text, pe) or P.how_often.search(text, pe))


#: "the number of (North Koreans) | coming into the South": people counted by a figure, before its participle
_NUMBER_OF_BEFORE = re.compile(r"\bthe\s+(?:number|count|tally|flow|influx)\s+of\s+(?:[\w-]+\s+){1,4}$", re.I)


#: digits that may be a figure (not inside a name: "Covid-19")
_FIGURE_DIGITS = re.compile(r"(?<![\w-])\d[\d,]*")


def a_number_never_given(s: Sentence, ps: int) -> bool:
    """"The number of North Koreans coming into the South has dropped
    steeply": a figure the sentence names but never gives is a trend, no
    count of anyone (with the figure, "... has dropped to 63", it is one)."""
    text = s.text
    return (bool(_NUMBER_OF_BEFORE.search(text, 0, ps)) and bool(re.match(r"[a-z]+ing\b", text[ps:ps + 20]))
            and not any(sp.label == "NUMBER" for sp in s.spans)
            and not any(not re.fullmatch(r"(?:19|20)\d{2}", m.group()) for m in _FIGURE_DIGITS.finditer(text)))


def caught_after(P: Patterns, text: str, pe: int) -> bool:
    """"a man who crossed the Tumen River into China was arrested ...": the
    main verb after the relative clause says the crosser was caught; or
    sent back ("Nine North Koreans who escaped last month have been sent
    back to China"), which undoes the flight however long after it came."""
    m = P.caught_main.search(text, pe)
    if m and not re.search(r"[;:]|\b(?:and|but)\s+(?:he|she|they)\b", text[pe:m.start()]) \
            and not _OWN_TIME.search(text, pe, m.start()) and not _BY_THE_SOUTH.match(text, m.end()):
        return True
    back = _SENT_BACK_MAIN.search(text, pe)
    return bool(back) and not re.search(r"[;:]|\b(?:and|but)\s+(?:he|she|they)\b", text[pe:back.start()])


#: "decided not to go back and | escaped to the South": a refusal coordinated before the predicate
#: negates its own infinitive, not the act after "and"
#: (a comma or dash may stand before the "and": "chose not to go home \u2013 and fled to the South")
REFUSED_THEN = re.compile(r"\bnot\s+to\s+[a-z]+(?:\s+[a-z]+){0,3}?(?:\s*(?:,|" + DASH + r"))?\s+and\s+(?:then\s+|instead\s+|later\s+)?$", re.I)
#: how people are sent back north (their flight undone)
SENT_BACK = r"(?:sent\s+back|repatriated|deported|returned\s+to\s+(?:the\s+North|North\s+Korea|(?:his|her|their)\s+(?:homeland|country)))"
#: the main verb after a relative clause, of people sent back north
#: (or told as what came before the main verb: "killed himself after being forced back home")
_SENT_BACK_MAIN = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been|after\s+being|after\s+(?:he|she|they)\s+(?:was|were))\s+"
                             r"(?:later\s+|then\s+|subsequently\s+|forcibly\s+|reportedly\s+)?(?:" + SENT_BACK
                             + r"|(?:forced|handed|taken)\s+back)\b", re.I)


#: "... and were then caught in China", "..., where he was caught and returned", "... but they appear
#: to have been returned to the North": the same people caught after the movement told
_CAUGHT_LATER = re.compile(r"\b(?:and|but|where|(?:after|until|when|before)(?=\s+(?:he|she|they)\b))\s+(?:(?:he|she|they)\s+)?(?:(?:was|were|is|are)\s+being|was|were|had\s+been|have\s+been|has\s+been|"
                           r"appears?\s+to\s+have\s+been|appeared\s+to\s+have\s+been)\s+(?:then\s+|later\s+|subsequently\s+)?"
                           r"(?:caught|arrested|detained|held|captured|stopped|intercepted|seized|apprehended|" + SENT_BACK + r"|"
                           + HANDED_TO_POLICE + r")\b"
                           # "... waded across the river before Chinese soldiers arrested them": the same people, as the object
                           r"|\b(?:before|after|when|until|but|and)\s+(?:[\w.'-]+\s+){1,6}?(?:then\s+)?"
                           r"(?:caught|arrested|detained|captured|seized|apprehended|intercepted|shot(?:\s+(?:\w+|all)\s+of)?)\s+(?:them|him|her)\b",
                           re.I)


def caught_later(text: str, pe: int) -> bool:
    """"crossed the border ... and were then caught in China": the same
    people caught (or sent back) after the movement the predicate told."""
    return _later_catch(text, pe) is not None


def _later_catch(text: str, pe: int) -> re.Match[str] | None:
    m = _CAUGHT_LATER.search(text, pe)
    # ("... had crossed the border and was being held by the South": held where they went, no catch)
    return None if m is None or _BY_THE_SOUTH.match(text, m.end()) else m


def caught_later_where(text: str, pe: int) -> int | None:
    """Where in the sentence the place of that later catch begins ("... and
    were then caught | in China"), or None when no place follows it."""
    m = _later_catch(text, pe)
    at = _CAUGHT_IN.match(text, m.end()) if m else None
    return at.end() if at else None


#: "(caught) by border guards in | (China)", "(arrested) near | (Dandong)"
_CAUGHT_IN = re.compile(r"(?:\s+by\s+[^,.;]{1,40}?)?\s+(?:in|at|near)\s+(?:the\s+)?")
#: the South as the one holding people (they reached it)
_BY_THE_SOUTH = re.compile(r"\s+by\s+(?:the\s+)?(?:South(?:\s+Korea(?:n\s+(?:military|army|authorities|troops|soldiers|forces))?)?|Seoul)\b")


#: the relative clause dates its own movement ("a man who defected two years ago
#: was caught ..."): the catch is a later event, and the movement succeeded
_OWN_TIME = re.compile(r"\b(?:ago|in\s+(?:19|20)\d\d|last\s+(?:year|month|decade)|years?\s+(?:before|earlier))\b", re.I)


def attempted(P: Patterns, text: str, ps: int, pe: int) -> bool:
    """"tried to defect", "an attempted defection", "attempting to flee"."""
    lead = re.match(r"to\s+", text[ps:pe], re.I)  # (a predicate read as "to defect")
    if P.attempt.search(text[max(0, ps - 30):ps + (lead.end() if lead else 0)]) or P.attempt_by.search(
            text[max(0, ps - 90):ps + (lead.end() if lead else 0)]):
        return True
    if re.match(r"\s*to\b", text[pe:pe + 3]) and re.search(r"attempt|tr(?:y|ied)", text[ps:pe], re.I):
        return True
    return bool(re.search(r"\b(?:attempted|tried|attempting|trying)\b", text[ps:pe], re.I))


def still_hiding(P: Patterns, text: str, pe: int) -> bool:
    """"escaped ... and are believed to be hiding": no arrival yet."""
    return bool(P.hiding_after.search(text, pe)) and not re.search(
        r"\b(?:arrived|reached|landed|entered)\b", text[pe:], re.I)


#: "help" as a noun, given by someone ("with help from a church", "with the help of brokers"), not a wish to help
_HELP_NOUN = re.compile(r"help", re.I)
_HELP_NOUN_BEFORE = re.compile(r"\b(?:with|without|the|his|her|their|its|some|any)\s+(?:[\w-]+\s+)?$", re.I)
_ORDINAL_TIME = re.compile(r"\s+(?:day|days|time|week|month|year|straight|consecutive|half|quarter)\b", re.I)


#: the predicate as what someone is accused of ("accused of coming into", "accused of having fled"; not
#: "a diplomat accused of embezzlement fled")
_ACCUSED_OF = re.compile(r"\baccused\s+of\s+(?:having\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ing|ed)\b[^,;]{0,20}$", re.I)


def hypothetical(P: Patterns, window: str) -> bool:
    """A hypothetical or label cue in the window; "the second" before a time
    word ("for the second day in a row") is a date, not "the second to defect"."""
    if _ACCUSED_OF.search(window):
        return True  # "a woman accused of coming into the South disguised as a defector": an accusation
    for m in P.hypo.finditer(window):
        if _HELP_NOUN.fullmatch(m.group()) and (_HELP_NOUN_BEFORE.search(window[:m.start()])
                                                or re.match(r"\s+(?:from|of)\b", window[m.end():])):
            continue  # "with help from a church group, they escaped": help given, nothing wished
        if m.group().lower() == "helping" and re.match(r"\s+hands?\b", window[m.end():]):
            continue  # "thanks to a helping hand from the U.S., 13 people reached safety": help given
        if (m.group().lower().startswith("the ") and _ORDINAL_TIME.match(window, m.end())
                and re.search(r"\b(?:for|on|in)\s+$", window[:m.start()], re.I)):
            continue  # ("it is the first time ... have defected" stays a label)
        if m.group().lower() == "would" and window[m.end():m.end() + 3] == "-be":
            continue  # "29 would-be defectors scaled a wall": people who aim to, an adjective
        if m.group() == "May" and window[:m.start()].strip():
            continue  # "In April and May, about 30 defectors were arrested": the month (a modal opens its clause)
        if _ORDINAL_LABEL.fullmatch(m.group()) and _GROUP_THEN_VERB.match(window, m.end()):
            continue  # "The first group of North Koreans came to ...": an ordinal group, its own verb
        if _ORDINAL_LABEL.fullmatch(m.group()) and _IN_THE_NTH_EVENT.match(window, m.end()) and re.search(
                r"(?:^|[.;]\s*|,\s*)\W*(?:in|with)\s+(?:what\s+(?:is|was)\s+)?$", window[:m.start()], re.I):
            continue  # "In the second known defection in five weeks, a soldier (defected)": which one, told of it
        return True
    return False


#: "the first", "the second", "the last": a label ("the first diplomat to defect") unless it counts groups
_ORDINAL_LABEL = re.compile(r"the\s+(?:first|second|last)", re.I)
#: "(In the second) known defection from the North in five weeks, | a soldier": an opening phrase
#: that counts the event the clause tells, closed by its comma
_IN_THE_NTH_EVENT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:defection|escape|crossing|case|incident)s?\b[^,;]{0,60},", re.I)
#: "(The first) group of North Koreans, nine people in all, came": a group told by its order, then a
#: finite verb with no infinitive before it
_GROUP_THEN_VERB = re.compile(r"\s+(?:group|batch|wave|party)\s+of\s+[^;]{3,80}?\s(?:came|arrived|reached|landed|crossed|fled|defected|entered)\b(?![^;]*\bto\s+(?:defect|flee|escape)\b)", re.I)


#: "the most senior official ever to have defected from North Korea": a superlative
#: description, which labels its own infinitive but is the subject of a verb after it
_SUPERLATIVE_SUBJECT = re.compile(r"\b(?i:the|a)\s+(?:most\s+[\w-]+|[\w-]+est|highest-ranking|top-ranking)\s+(?:[\w-]+\s+){0,3}?"
                                  r"ever\s+to\s+(?:have\s+[a-z]+|(?!have\b)[a-z]+)(?:\s+(?:from|to)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?=[a-z])")
#: "X was the first North Korean diplomat to | defect", "has become the highest-ranking
#: officer ever to | defect", "X, one of the most senior officials ever to | defect,": a
#: superlative said of the subject as a fact, whose infinitive is the subject's own act
_SUPERLATIVE_OF_SUBJECT = re.compile(
    r"(?:\b(?:is|was|are|were|has\s+become|have\s+become|had\s+become|became|becomes|remains|remained)\s+|,\s*)"
    r"(?:the|one\s+of\s+the)\s+(?:[\w-]+\s+)?(?:first|second|third|last|latest|only|most\s+[\w-]+|[\w-]+est|highest[- ]ranking|top[- ]ranking)"
    r"\s+(?!(?:time|times|case|cases|instance|occasion|such|one|ones)\b)(?:[\w-]+\s+){0,5}?(?:ever\s+)?to\s+(?:have\s+)?$", re.I)


def mask_superlative(window: str, ps_in_window: int) -> str:
    """`window` with a superlative description blanked where it labels no one:
    when it describes the subject of the predicate after it ("the most
    senior official ever to have defected ... | landed in South Korea"), or
    when the subject is said to be it and the predicate is its infinitive
    ("Ko was the first diplomat to | defect"). A modal before either stays
    in the window ("would be the first to defect")."""
    m = _SUPERLATIVE_SUBJECT.search(window, 0, ps_in_window + 1)
    if not m or m.end() != ps_in_window:
        m = _SUPERLATIVE_OF_SUBJECT.search(window, 0, ps_in_window)
        if not m:
            return window
    return window[:m.start()] + " " * (m.end() - m.start()) + window[m.end():]
