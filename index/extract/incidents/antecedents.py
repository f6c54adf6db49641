"""Where a predicate's actor stands when it is not the subject just before
the verb: the people counted before a relative clause ("Laos will deport |
12 North Koreans who were arrested"), the group a later "they" stands for,
the people before a gerund ("angry over | several diplomats | escaping"),
the object of another verb before a relative "who" ("he met | his brother,
who had fled"),
the person a label describes when "did so" and a date follow ("the last
soldier known to have defected ... did so in 2010"), the people a vehicle
carried ("a plane landed with 200 refugees on board"). Split from
`predicate.py`, which reads the clause and calls these."""

from __future__ import annotations

import re

from ...models import EntitySpan
from .actor import names_people
from .clauses import clause_end, clause_start
from .context import Sentence
from .patterns import Patterns
from .row import Row

#: "... arrested them for | entering ...", "punished him for | crossing ...": a gerund that gives the reason
#: for what was done to someone named before (as a pronoun), not an act of the sentence's subject
REASON_OF_OBJECT = re.compile(r"\b(?:them|him|her)\s+(?:[a-z]+ly\s+)?for\s+(?:having\s+)?$")
#: a relative pronoun right before the predicate ("12 North Koreans | who were | arrested")
_REL_BEFORE = re.compile(r"\s(?:who|that)\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+|are\s+|is\s+)?(?:been\s+)?$", re.I)
#: where a noun phrase ends: a comma, a relative pronoun or a finite verb
NP_STOP = re.compile(r",|\s(?:who|which|that|[a-z]+ed|were|was|are|is|have|has|had|fled|went|came|swam|ran|got|made)\b")
#: "angry over | several diplomats | escaping": a noun phrase after a preposition, subject of the gerund after it
GERUND_SUBJECT = re.compile(r"\b(?:over|about|at|against|by|of)\s+((?:[\w'-]+\s+){1,6}?)$", re.I)
#: "did so", "had done so" (then a date of its own)
_DID_SO = re.compile(r"\b(?:did|had\s+done|has\s+done)\s+so\s+(?:in\s+|on\s+)?", re.I)
#: the label around the subject of "did so": "the last | soldier | known to have"
_LABEL_HEAD = re.compile(r"^\s*(?:(?:before\s+)?this,\s*)?the\s+(?:last|previous|most\s+recent|latest)\s+", re.I)
_LABEL_TAIL = re.compile(r"\s+(?:who\s+)?(?:had\s+|has\s+)?(?:known\s+to\s+have|managed\s+to|was\s+able\s+to|to)?\s*$", re.I)


def last_counted_group(P: Patterns, s: Sentence, cs: int) -> EntitySpan | None:
    """The last counted group of people before `cs` in the sentence ("nine
    defectors"), for a "they" later in it; None when there is none."""
    found = None
    for sp in s.spans:
        if sp.label != "NUMBER" or sp.end - s.s0 > cs:
            continue
        if len(sp.text.split()) > 1 and names_people(P, sp.text):
            found = sp
            continue
        # ("two of four North Korean fishermen": a bare number whose people follow, adjectives between;
        # the part of a whole ("two of four") is the group, so a number after "of" is not taken)
        at = sp.end - s.s0
        stop = NP_STOP.search(s.text, at, cs)
        phrase = s.text[sp.start - s.s0:stop.start() if stop else cs]
        if (re.fullmatch(r"\S+(?:\s+of\s+\S+)?(?:\s+[A-Z][\w'-]*){0,3}\s+[a-z-]+", phrase.strip()) and names_people(P, phrase)
                and not re.search(r"\bof\s+$", s.text[:sp.start - s.s0])):
            found = sp
    return found


#: "police detained | the group | in Shenyang while they were trying to defect": the people an arrest verb
#: took, the object before a place, a time or the subordinate clause of the pronoun
_HELD_OBJECT = re.compile(r"\b(?:arrested|detained|caught|captured|apprehended|stopped|seized|intercepted|nabbed|picked\s+up|"
                          r"rounded\s+up)\s+(?P<np>(?!(?:them|him|her|it)\b)[\w'-]+(?:\s+[\w'-]+){0,8}?)"
                          r"(?=\s+(?:in|at|near|on|outside|inside|along|after|while|as|when)\b|,)", re.I)


def held_object(text: str, cs: int) -> tuple[int, int] | None:
    """(start, end) of the people an arrest verb took, when the predicate's
    "they" opens a while/as/when clause right after them ("Chinese police
    detained the group in Shenyang while | they were trying to defect"): the
    ones caught trying are the ones held, not the police; else None."""
    sub = re.search(r"\b(?:while|as|when)\s*$", text[:cs], re.I)
    if sub is None:
        return None
    held = None
    for held in _HELD_OBJECT.finditer(text, 0, sub.end()):
        pass
    between = text[held.end():sub.start()] if held is not None else ";"
    if ";" in between or len(between.split()) > 12 or re.search(r"\b(?:and|but|was|were|had|has|have|said|says)\b", between):
        return None  # (a place with its description between: "in Shenyang, a city in Liaoning province,")
    return held.start("np"), held.end("np")


def did_so(s: Sentence, pe: int) -> bool:
    """"... did so in 2010", "did so last year": the predicate is told again
    with a date of its own after it."""
    m = _DID_SO.search(s.text, pe)
    if m is None or re.search(r",\s*when\b", s.text[m.end():m.end() + 40], re.I):
        return False  # ("... did so last year, when a teenage soldier gave himself up": the when-clause tells it)
    return any(sp.label == "DATE" and 0 <= sp.start - s.s0 - m.end() <= 4 for sp in s.spans)


def counted_antecedent(s: Sentence, cs: int, ps: int) -> tuple[int, int]:
    """Where a counted antecedent of the predicate's relative clause starts
    ("Laos will deport | 12 North Koreans who were arrested ...") and where it
    ends, else (`cs`, `ps`):
    the main clause's "will" is no doubt cast on the arrest. A label cue in
    the noun phrase itself ("the first 12 ... who") still counts."""
    rel = _REL_BEFORE.search(s.text, cs, ps)
    if rel is None:
        return cs, ps
    for sp in s.spans:
        at = sp.start - s.s0
        if sp.label == "NUMBER" and cs < at and at + len(sp.text) <= rel.start() and len(s.text[at:rel.start()].split()) <= 6:
            return at, rel.start()
    return cs, ps


def labelled_subject(P: Patterns, text: str, cs: int, ps: int, region: str) -> tuple[int, str]:
    """(start, words) of the person a "did so" label describes: "the last |
    soldier | known to have (defected)", "the previous | sailor | who managed
    to (flee)"."""
    who = re.search(r"\s(?:who|that)\s+(?:had\s+|has\s+)?(?:managed\s+to|was\s+able\s+to|known\s+to\s+have)?\s*$", text[:ps], re.I)
    if who is not None and cs >= who.start():  # (the clause read so far is the relative's own)
        cs = clause_start(P, text, who.start())
        region = text[cs:who.start()]
    head = _LABEL_HEAD.match(region)
    cs += head.end() if head else 0
    return cs, _LABEL_TAIL.sub("", region[head.end() if head else 0:])


# "... he had met (two staffers of the trade office) [who defected]": the
# antecedent of a relative clause is the object of another verb, whose
# subject is someone else; that verb is told by the subject pronoun or
# auxiliary before it
#: what authorities do to people ("a court fined | 30 escapees")
_ACTS_ON_PEOPLE = r"arrested|detained|caught|captured|fined|sentenced|jailed|deported|convicted|charged"
#: "a court fined | 30 escapees(, who ...)": an act done to people, and its object
_OBJECT_OF_ACT = re.compile(r"\b[a-z]+\s+(?:" + _ACTS_ON_PEOPLE + r")\s+(?=\S)(?P<np>[^,;]{3,120})$", re.I)
#: a verb of the subject's own ("he met", "they had helped") and the place it was done in
_OWN_VERB = r"\s+(?:also\s+|once\s+|recently\s+|later\s+|finally\s+)?(?:[a-z]+ed|met|saw|knew|found|helped|joined|hid)"
_IN_PLACE = r"\s+(?:(?:in|at)\s+[A-Z][\w-]+\s+)?"
#: "he met | his brother(, who ...)": the object of a verb whose subject is a pronoun
_OBJECT_OF_OWN_VERB = re.compile(r"\b(?:he|she|they|we|i)" + _OWN_VERB + _IN_PLACE + r"(?=\S)(?P<np>[^,;]{3,120})$", re.I)
_OBJECT_OF_VERB = re.compile(
    r"\b(?:(?:he|she|they|we|i|had|has|have)" + _OWN_VERB +
    r"|(?:was|were|is|are)\s+[a-z]+ing"
    r"|\b[a-z]+\s+(?:shot\s+at|fired\s+at|shot(?:\s+dead)?|stopped|spotted|rescued|questioned|interviewed|executed|killed|" + _ACTS_ON_PEOPLE +
    r"|(?:dragged|hauled|led|took|carried|pulled)\s+(?:out|away|off)|removed|expelled|repatriated|handed\s+over|sent\s+back)"  # ("guards shot at | a soldier who")
    r"|\b(?:will|would|could|may|might|must|shall|to)\s+(?:not\s+|never\s+)?(?:soon\s+|also\s+|now\s+|forcibly\s+)?(?!be\b|have\b)[a-z]{3,}(?:\s+(?:back|out|home|to))?"  # ("Laos will deport | 12 ... who", "will happen to | six ...")
    r"|\b(?:custody|charge)\s+of"  # ("the army had taken custody of | a soldier who ...")
    r"|\b(?:took|taken|take|takes|taking)\s+into\s+(?:protective\s+)?(?:custody|detention)"  # ("has taken into custody | a defector who")
    r"|\b(?:concerned|concerns|concerning|involved|involves|involving|included|includes|including)"  # ("the case concerned | six ... who")
    r"|(?:into|about|over|on|of)\s+(?:how|why|whether|when))" + _IN_PLACE +  # ("an inquiry into how | a woman who ...")
    r"(?=\S)(?P<np>[^,;]{3,120})$", re.I)


# "The best known was (Hyon Song Il, envoy to Zambia,) [who defected]",
# "One of them is ...": the relative clause is about the copula's complement
_COPULA_COMPLEMENT = re.compile(r"^\s*(?:(?i:the|one|among)\b[^,;]{0,40}?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s?\s+[a-z-]+)"
                                r"\s(?:was|is|were|are)\s+(?=\S)(?P<np>[^;]{3,160})$")  # ("Choe's parents were two diplomats who")


#: "One of (the four ...)" opening the clause, after nothing but a dateline's capitals and dashes
_ONE_OF_FIRST = re.compile(r"[^a-z]*?\b[Oo]ne\s+of\s+(?=(?:the|these|those)\s+(?!who\b))")


def relative_antecedent(before: str) -> int | None:
    """Where the noun phrase before a relative "who" starts, when it is
    the object of a verb of its own (see _OBJECT_OF_VERB), the complement
    of a copula (_COPULA_COMPLEMENT), or the whole a clause-opening "One of"
    takes a part of; None otherwise."""
    before = before.rstrip()
    m = _OBJECT_OF_VERB.search(before) or _COPULA_COMPLEMENT.match(before)
    if m is None and before.endswith(","):
        # ("a court fined 30 escapees, who were arrested": the object of an act on people, whatever the comma;
        # "in Yanji he met his brother, who had fled": the object of a verb of the subject's own)
        m = _OBJECT_OF_ACT.search(before[:-1].rstrip()) or _OBJECT_OF_OWN_VERB.search(before[:-1].rstrip())
    # ("no information about | his three relatives, who ...", "concern over the safety of | nine
    # defectors who ..."): the people a word, a fear or a fate is of, the last such noun's; also
    # inside a verb's object ("There is mounting speculation about the fate of | a diplomat who")
    noun = next(reversed(list(_OBJECT_OF_NOUN.finditer(before.rstrip(",").rstrip()))), None)
    if noun is not None and (m is None or noun.start("np") > m.start("np")):
        m = noun
    if m is None:
        # ("(SEOUL –) One of | the four North Koreans who crossed ...": the relative tells of the four)
        one = _ONE_OF_FIRST.match(before)
        return one.end() if one else None
    held = re.match(r"(?:custody|charge|control)\s+of\s+", before[m.start("np"):], re.I)
    return m.start("np") + (held.end() if held else 0)  # ("had secured | custody of | one soldier who ...")


#: a noun of what is known or feared about people, and the people after it
_OBJECT_OF_NOUN = re.compile(r"\b(?:information|details|news|word|concerns?|fears?|worries|fate|safety|whereabouts|plight)\s+"
                             r"(?:about|over|for|of|on|regarding)\s+(?=\S)(?P<np>(?:(?!\b(?:about|over|for|of|on)\b)[^,;]){3,120})$", re.I)


# "A North Korean who defected across the zone says ...": an indefinite noun phrase
# that opens its sentence (the article is written with a capital) and is its subject
_OPENING_INDEFINITE = re.compile(r"(?:^|\s)(?:A|An|One)\s+(?P<np>[^,;:.—]{2,80})$")


_REPORTED_INDEFINITE = re.compile(r"^\s*(?:a|an|one)\s+(?P<np>[^,;:.—]{2,80})$", re.IGNORECASE)


def opening_indefinite(before: str, reported: bool = False) -> str | None:
    """The noun phrase before a relative "who" when it opens the sentence
    with "A"/"An" (a capital article stands only at a sentence's start, after
    a dateline or a byline): one person the sentence goes on to tell about,
    so the clause is an act of theirs, not a label like "a diplomat who
    defected" in the middle of a sentence. `reported`: `before` is the
    clause a reporting verb opens ("Police say | a farmer who ..."), which
    an indefinite opens as it would a sentence."""
    m = (_REPORTED_INDEFINITE if reported else _OPENING_INDEFINITE).search(before.rstrip())
    return m.group("np") if m else None


#: "Ri, who served as an attaché in Cuba and | defected in November last year, ...": the
#: predicate is the second verb of a relative clause about a person (no comma between)
_WHO_THEN_AND = re.compile(r"\b(who)\s+[^,;:()]{3,120}?\s+and\s+(?:later\s+|then\s+|eventually\s+|subsequently\s+|finally\s+)?$",
                           re.I)


def coordinated_relative(s: Sentence, ps: int, pe: int) -> re.Match[str] | None:
    """A relative "who" after a comma whose clause goes on, after "and", to
    the predicate at ps..pe and dates it there: "Ri, who served as an
    attaché in Cuba and defected in November last year, ...", that person's
    act, as a dated "who defected" right after the name is. Undated, the
    clause is left to the other readings ("X, who walked out of the mission
    and asked for asylum")."""
    text = s.text
    m = _WHO_THEN_AND.search(text, 0, ps)
    if m is None or text[:m.start()].rstrip()[-1:] != ",":
        return None
    close = text.find(",", pe)
    end = len(text) if close < 0 else close
    dated = any(sp.label == "DATE" and pe <= sp.start - s.s0 < end for sp in s.spans)
    return m if dated else None


#: "Chae-ran is one of a number of women | who fled ...", "Lee is among the women | who escaped":
#: the person named is one of those the relative clause tells of
#: (an appositive may stand between: "Charles Ross, a native of Dover, Del., was among the few who")
_ONE_OF_THOSE = re.compile(r"(?:,[^;:()]{2,80}?,)?\s+(?:is|was|are|were|became|becomes)\s+(?:also\s+)?(?:one\s+of|among)\s+[^,;:()]{2,80}\s*$", re.I)


def one_of_those(s: Sentence, rel_start: int) -> tuple[int, int] | None:
    """Where (start, end, in the sentence) the person stands who the text
    before a relative "who" says is one of the people it tells of; None
    when it says no such thing."""
    for sp in s.spans:
        if sp.label == "PERSON" and sp.end - s.s0 <= rel_start and _ONE_OF_THOSE.fullmatch(s.text, sp.end - s.s0, rel_start):
            return sp.start - s.s0, sp.end - s.s0
    return None


def people_aboard(P: Patterns, row: Row, s: Sentence, region: str, pe: int) -> bool:
    """"A chartered aircraft landed in Seoul with more than 200 refugees on
    board": the people a vehicle carried are the actor."""
    if not P.vehicle.search(region):
        return False
    end = clause_end(P, s.text, pe)
    for sp in s.spans:
        if sp.label == "NUMBER" and pe <= sp.start - s.s0 < end + 60 and re.search(
                r"\b(?:with|carrying)\s+$", s.text[max(0, sp.start - s.s0 - 12):sp.start - s.s0], re.I):
            row.actor = sp.text
            row.actor_name = ""
            return True
    return False


def people_in_vehicle(P: Patterns, region: str) -> int | None:
    """Where the people start in "a boat carrying North Korean refugees
    (landed)", "a fishing boat with 21 defectors aboard (reached Inchon)":
    the vehicle only brought them, the people are the actor. None when the
    clause is no vehicle carrying people."""
    m = _VEHICLE_CARRYING.search(region)
    if m is None or not P.vehicle.fullmatch(m.group("vehicle")):
        return None
    return m.end()


#: the clause ends in a vehicle carrying its people, after at most a few words
#: ("Yesterday a fishing | boat carrying | North Korean refugees")
_VEHICLE_CARRYING = re.compile(r"^(?:[\w-]+\s+){0,4}?(?P<vehicle>[a-z]+)\s+(?:carrying|with)\s+(?=[^,;]{3,80}$)", re.I)


#: a pronoun subject, a first verb and its words, then "and" before the predicate
PRONOUN_AND = re.compile(r"\s*(?:he|she|they)\b(?=(?:\s+[\w'-]+){1,8}\s+and\s*$)", re.I)


def a_state_only(P: Patterns, s: Sentence, at: int, subject: str) -> bool:
    """Whether the subject at `at` ends with a place or an organisation and
    names no people ("Seoul: South Korea", "Chinese police" names some)."""
    end = at + len(subject.rstrip())
    return (not any(w.lower().strip(",:") in P.people_words for w in subject.split())
            and any(sp.label in ("LOCATION", "ORG") and sp.end - s.s0 == end for sp in s.spans))
