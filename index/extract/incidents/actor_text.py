"""The actor as a reader of the table sees it: a noun phrase, not the tail
of the clause before it.

The readers cut the actor from the words before the predicate, and now and
then a lead phrase comes along: "with help from those groups the two",
"to settle the case of a U.S. soldier", "In recent years a number of North
Koreans". When the actor opens with such a word (data:
`actor_lead_words`; never "at least"), it is cut to the noun phrase at its
end: the first determiner or number after which the words hold no other
determiner, no verb and no comma (a part of a group told before its
whole, "Of the four fishermen rescued last week, two", is kept whole).
A phrase before a comma that names no people gives way to the counted
people after it ("After a sharp fall in 2017, 1137 escapees").

The other end is cut too: the auxiliaries and adverbs the clause ends in
("the defectors, who include ..., had been trying to"), and a discourse
adverb ("The couple, however,"). `an_organisation` tells an actor that is
a body rather than people.
"""

from __future__ import annotations

import re

from ...models import EntitySpan
from ..vocab import singular
from .patterns import Patterns
from .row import Row

_VERBS = frozenset({"was", "were", "is", "are", "has", "have", "had", "said", "says"})
_NUMBER = re.compile(r"\d[\d,]*$")
#: the words a clause before the predicate may end in that are no part of the actor
TRAILING_AUX = re.compile(
    r"(?<=[\w,]\s)(?:last|first|recently|previously|apparently|once|then|initially|originally|subsequently|soon|secretly|illegally|quietly|clandestinely|suddenly|voluntarily)\s*$|"  # "A soldier last defected in 2024"
    r"(?<=\w\s)too\s*$|"  # ("He too (chose to defect)")
    r"\b(?:also|had|has|have|reportedly|allegedly|later|eventually|successfully|finally|was|were|is|are|been"
    r"|attempted to|tried to|attempting to|trying to|who|in a bid to)\b\s*$", re.I)
_TRAILING_AUX2 = re.compile(r"\b(?:also|had|has|have|reportedly|allegedly|later|was|were|is|are|been|attempted|tried|attempting|trying)\s*$", re.I)


def without_auxiliaries(region: str) -> str:
    """`region` without the auxiliaries and adverbs it ends in, one after
    another ("the defectors, who include ..., had been trying to")."""
    for _ in range(3):
        shorter = _TRAILING_AUX2.sub("", TRAILING_AUX.sub("", region).strip(" ,")).strip(" ,")
        if shorter == region:
            break
        region = shorter
    return region


def _starts_np(P: Patterns, word: str) -> bool:
    w = word.lower()
    return w in P.determiners or w == "another" or bool(_NUMBER.match(w)) or w in P.v.number_words


#: "The couple, however,": a discourse adverb the actor's words took in
_ADVERB_TAIL = re.compile(r",\s*(?:however|meanwhile|though|in\s+turn)$", re.I)


def counted_after_comma(P: Patterns, actor: str) -> str:
    """The counted people (or one person told with "a" or "the") after the actor's
    last comma, when the words before it name no people: a phrase that
    leads into the clause ("sharp fall in 2017, 1137 escapees", "long
    trip, a North Korean national"), not a group and its members ("the
    defectors, 12 women and three men") nor people and their ages ("two
    soldiers, 19 and 20"). '' when there are none."""
    head, _, tail = actor.rpartition(", ")
    words = tail.split()
    if not head or len(words) < 2 or not (_NUMBER.match(words[0]) or words[0].lower() in P.v.number_words
                                          # ("long trip, a North Korean national", "In that case, the defector")
                                          or words[0].lower() in ("a", "an", "the")):
        return ""
    last = words[-1].lower()
    if not (last in P.people_words or singular(last) in P.v.role_singulars) \
            or any(w.lower().strip(",") in P.people_words for w in head.split()):
        return ""
    return " ".join(words[1:] if words[0].lower() in ("a", "an", "the") else words)


def comma_tidy(P: Patterns, actor: str) -> str:
    """`actor` without a discourse adverb after it ("The couple, however,")
    nor a lead phrase closed by a comma before the people it names."""
    actor = _ADVERB_TAIL.sub("", actor)
    return counted_after_comma(P, actor) or actor


#: what the people were trying to do, after their noun phrase ("19 North Koreans | attempting to make
#: their way into"), or when or why they did what the clause tells: no part of who they are
_TRYING_TAIL = re.compile(r"(?<=\w)(?:(?:\s+(?:face|faces|facing|faced)\s+charges\s+of)?"
                          r"\s+(?:attempting|trying|seeking|hoping|looking|planning|preparing)\s+to\b"
                          # ("nine defectors | face being returned"): what awaits them, no part of them either
                          r"|\s+(?:face|faces|facing)\s+(?:being|deportation|repatriation|forced\s+repatriation)\b"
                          # ("two North Koreans | after finding out that they ..."): a clause of when or why
                          r"|\s+(?:after|before|while|when|since|upon)\s+[a-z]+ing\b).*$", re.I)


def tidy_actor(P: Patterns, actor: str) -> str:
    """`actor` without a lead phrase before its noun phrase, nor a discourse adverb after it,
    nor a noun that wraps the people ("looking into the case of four residents")."""
    return P.actor_container.sub("", _without_lead(P, actor))


def _without_lead(P: Patterns, actor: str) -> str:
    actor = _ADVERB_TAIL.sub("", actor)
    actor = _TRYING_TAIL.sub("", actor)
    counted = counted_after_comma(P, actor)
    if counted:
        return counted
    words = actor.split()
    if len(words) < 2 or words[0].lower().strip(",") not in P.actor_lead_words or actor.lower().startswith(("at least", "at most")):
        return actor
    for k in range(1, len(words)):
        if not _starts_np(P, words[k].strip(",")):
            continue
        rest = [w.lower().strip(",") for w in words[k + 1:]]
        if any(w.endswith(",") for w in words[k:-1]):
            return actor  # ("Of the four fishermen rescued ... last week, two": a part of a group, kept whole)
        if not any(w in P.determiners or w in _VERBS for w in rest):
            return " ".join(words[k:])
    return actor


def tidy_actors(P: Patterns, rows: list[Row]) -> None:
    """Cut lead phrases off every unnamed actor (in place)."""
    for r in rows:
        if not r.actor_name:
            r.actor = tidy_actor(P, r.actor)


def an_organisation(actor: str, spans: list[EntitySpan]) -> bool:
    """Whether `actor` opens with an organisation ("The U.N. refugee agency
    and a rights investigator", "Human Rights Watch"): a body that speaks
    about the people who flee, never one of them. The organisation must be
    all of the actor's first part: "the Army Politburo officer" is a person."""
    words = actor.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    head = " ".join(words)
    return bool(head) and any(sp.label == "ORG" and (head == sp.text or head.startswith((sp.text + " and ", sp.text + ",")))
                              for sp in spans)


_DETERMINER_LEAD = re.compile(r"^(?:a number of|a group of|a total of|some of the|some|a|an|the|one(?!\s+of\s+(?:the|these|those)\b))\s+", re.I)  # ("one of the five": one)


def without_determiner(P: Patterns, actor: str) -> str:
    """The actor without the article or quantifier that opens it ("the
    soldier", "a group of 12 North Koreans"); but "one" stays where it is
    the first of several numbers ("one man and four women")."""
    if P.one_and_number.match(actor):
        return actor
    return _DETERMINER_LEAD.sub("", actor)


#: "A month later, (the nine)", "Later, (they)": a time told from the event before opens the clause
_LATER = re.compile(r"^\s*(?:(?:(?:a|an|one|two|three|four|five|six|a\s+few|several|some|\d+)\s+)?(?:days?|weeks?|months?|years?)\s+"
                    r"(?:later|afterwards?|after\s+that)|later|afterwards|soon\s+after(?:wards)?)\s*,?\s*", re.I)


#: an opening phrase, its comma, then a definite subject
_OPENER_THEN_THE = re.compile(r"\s*(?:In|On|At|With|After|Before|During|Since|Upon|Under|For)\s[^,;]{1,60},\s*the\s+(?!(?:[\w-]+\s+)?(?:of|'s)\b)", re.I)


def definite_subject(region: str) -> bool:
    """Whether the clause's subject is definite, someone told of before: "the
    nine", "he", "they", "all of them"; after "told him" ("told him the
    diplomat came"), a time from the event before ("A month later, the
    nine") or an opening phrase ("In a dramatic bid for freedom, the 25 North
    Koreans")."""
    return bool(re.match(r"\s*[\"“‘']?\s*(?:(?:him|her|them|us|me|reporters|lawmakers)\s+(?:that\s+)?)?(?:the|he|she|they|all|both|every one of|each of)\b",
                         _LATER.sub("", region), re.I) or _OPENER_THEN_THE.match(region))
