"""Who did it: the actor, the name and the role of a row.

The actor is read from the clause before the predicate: the last person
named there, else a pronoun resolved to the last person named before, else
the noun phrase itself ("a North Korean soldier", "13 workers"). The role is
the role noun of that clause, else the most specific one the article puts
next to the same person.
"""

from __future__ import annotations

import bisect
import re

from ...models import EntitySpan
from .actor_region import MEMBERS_AFTER, names_people, strip_regions
from .actor_text import TRAILING_AUX, comma_tidy, without_determiner
from .clauses import speaking_subject, subject_of_subordinate_pronoun
from .coreference import antecedent, relative_head
from .context import Doc, Sentence
from .patterns import SPACED_DASH, Patterns
from .roles import head_noun, number_role, person_role, role_text, serving_role
from .row import Row

_PREPOSITIONS = frozenset({"of", "at", "in", "from", "to", "for", "with", "on", "near", "by"})


def person_name(P: Patterns, p: EntitySpan) -> str:
    """The name a row gives a person span: its full name, but not a ruler's
    for a lone surname ("Kim escaped in 2011" is not Kim Jong Un because the
    article names him)."""
    if p.canonical and p.canonical.lower() in P.rulers and p.text != p.canonical:
        return p.text
    return p.canonical or p.text


def _name_row(P: Patterns, row: Row, doc: Doc, p: EntitySpan, abs_cs: int) -> None:
    row.actor_name = person_name(P, p)
    row.actor = row.actor_name
    row.role = serving_role(P, doc, abs_cs) or person_role(P, doc, row.actor_name)


_AUX = re.compile(r"\s\b(?:is|are|was|were|had|has|have|been|did|does|do|will|would(?!-)|could|can|started|began|kept"
                  r"|(?:appears?|appeared|seems?|seemed)(?=\s+to(?:\s+have)?\s*$))\b", re.I)  # ("a man appears to have | (defected)")
_DANGLING = re.compile(r"(?:^|\s)(?:and|or|to|from|of|that|for|with|by|at|in|on|into)$", re.I)
_FIRST_VERB = re.compile(r"\s(?:[a-z]+ed|ran|swam|fled|came|went|made|sought|took|left|got|drove|flew|slipped|told|said|"
                         r"shot|hit|stole|broke|threw|won|lost|held|led|fought|sent|caught|kept|met|stood|struck|wrote|gave|hid|spent|grew|became|began|found|saw|lay|fell|chose)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|this|that|these|those|his|her|their|its)\s$", re.I)
_OPENER_THEN_PRONOUN = re.compile(r"[^,;]{1,80},\s*(he|she|they)(?=" + _FIRST_VERB.pattern + ")", re.I)
# "A soldier who says (he shot two officers before defecting)": "he" is the
# head of the relative clause that reports his words, told just before
_SAYS = r"(?:says|said|claims|claimed|admits|admitted|told\s+\w+)(?:\s+that)?"
_SAYS_HEAD = re.compile(r"(?:^|[.;:]\s|--\s|—\s?|\)\s|\bthat\s)(?P<np>(?:(?!--|\bthat\s)[^,;.—]){3,80}?),?\s+who\s+" + _SAYS + r"\s*$", re.I)
_SAYS_VERB = re.compile(r"\s*(?:" + _SAYS + r"\s+)?(?:(?:them|him|her|us|me|reporters|police|investigators)\s+(?:that\s+)?)?"
                        r"(?=(?:he|she)\b)", re.I)  # ("who told (them) he was a farmer")
#: a person named as the source of what the sentence tells ("According to (former envoy) | Tae Yong Ho")
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:[\w.'-]+\s+){0,4}$", re.I)
_PRONOUN_AND_KIN = re.compile(r"(?:he|she)\s+and\s+(?:his|her)\s+(?:\w+\s+)?\w+", re.I)
_OBJECT_PRONOUN = re.compile(r"(?:^|\s)(?:he|she|they|him|her|them|their|his|its)$", re.I)


def subject_of_clause(stripped: str) -> str | None:
    """The noun phrase that can be the actor in what precedes a predicate.

    A region that holds a verb of its own is a clause, not a noun phrase:
    "the man is at present (seeking asylum)" -> "the man"; "two workers ran
    away from a camp and (sought refuge)" -> "two workers"; "fifteen
    defectors, two families among them, (arrived)" -> "fifteen defectors".
    One that ends in a preposition ("hardship had driven her to") names no
    actor (None); one that ends in a pronoun after other words ("told
    investigators he") gives the pronoun, to be resolved to a person named
    before."""
    if re.match(r"(?:had|has|have|was|were|is|are|been)\b|[a-z]+ed\s+(?:the|a|an|at|in|for|as|from|with|his|her|their)\b", stripped):
        return None  # "(a man who) had managed the restaurant": a verb phrase, no noun phrase
    lead = _OPENER_THEN_PRONOUN.match(stripped)
    if lead:  # "Fearing for his own safety, he chose to follow his wife (and defect)": the pronoun
        return lead.group(1).lower()
    if re.fullmatch(r"(?:(?:the|all)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+|[A-Za-z]+)\s+of\s+(?:them|those|these)", stripped.strip(" ,"), re.I):
        return stripped.strip(" ,")  # "4 of them (were caught)", "the three of them": a group told of before, or part of it
    whom = re.search(r"\s+whom\s", stripped, re.I)
    if whom:  # "a mid-ranking official whom Room 39 had sent to Hong Kong (asked ...)": the one sent
        stripped = stripped[:whom.start()]
    aux = _AUX.search(stripped)
    if aux:
        if re.fullmatch(r"it", stripped[:aux.start()].strip(" ,"), re.I):
            # "the ministry said it had recorded (196 defectors) [entering]":
            # "it" is the one who counts, never a defector; the object is the actor
            obj = re.match(r"\s+[a-z]+\s+(?=\S)(.+)$", stripped[aux.end():])
            return subject_of_clause(obj.group(1)) if obj else None
        stripped = stripped[:aux.start()].strip(" ,")
    stripped = re.sub(r"\s+(?:who|that|which)$", "", stripped, flags=re.I)
    if re.search(r"\s\bof\s+(?:his|hers|theirs|ours|mine)$", stripped, re.I):
        return stripped  # "a colleague of his (had escaped)": a noun phrase that ends in its owner
    pron = _OBJECT_PRONOUN.search(stripped)
    if not _DANGLING.search(stripped) and not (pron and pron.start() > 0):
        return stripped
    verb = _FIRST_VERB.search(stripped)
    if verb and verb.start() > 0:
        # ("He first left North Korea in 1997 and (fled to China)": "He"; "A family of four, among
        # them two children, sailed ... and (defected)": the family)
        return subject_of_clause(MEMBERS_AFTER.sub("", TRAILING_AUX.sub("", stripped[:verb.start()]).strip(" ,")).strip(" ,"))
    if "," in stripped:
        tail = stripped[stripped.rfind(",") + 1:].strip().lower()
        if tail in ("he", "she", "they"):
            return tail  # "Fearing for his own safety, he (chose to ...)": the pronoun after the opening phrase
        return subject_of_clause(stripped[:stripped.rfind(",")].strip(" ,"))
    if pron and pron.start() > 0:
        word = pron.group().strip().lower()
        return word if word in ("he", "she", "they", "him", "her") else None
    return None


def participle_subject(region: str) -> str | None:
    """"five North Koreans sailed a boat into South Korean waters, (crossing
    the border)": a participle after a comma shares the subject of the verb
    before it; the region up to that verb. None when the region has no
    verb of its own."""
    if not region.rstrip().endswith(","):
        return None
    verb = _FIRST_VERB.search(region)
    if verb is None or not region[:verb.start()].strip():
        return None
    return region[:verb.start()]


def speaker_head(text: str, cs: int, region: str) -> tuple[int, int] | None:
    """Where the actor stands when the clause before the predicate is "he ..."
    inside a relative that reports the actor's own words: "A soldier who says
    (he shot two officers) before defecting" -> "A soldier". None otherwise."""
    lead = _SAYS_VERB.match(region)
    if not lead:
        return None
    m = _SAYS_HEAD.search(text, max(0, cs - 120), cs + lead.end())
    return (m.start("np"), m.end("np")) if m else None


def _owner_of_kin(P: Patterns, after: str) -> bool:
    """"Choe's parents were diplomats who defected": the person owns the
    actor (his kin), and is not it."""
    m = re.match(r"['’]s?\s+([\w-]+)(?:\s+([\w-]+))?", after)  # ("'s wife", "'s late wife")
    return bool(m) and any((w or "").lower() in P.kin for w in m.groups())


def _owner_of_role(doc: Doc, sp: EntitySpan) -> bool:
    """"Jang Song-thaek's aide escaped": the person owns the one who acted
    (an aide, a driver, a bodyguard), and is not him."""
    m = re.match(r"['’]s\s+(?:[\w-]+\s+)?", doc.body[sp.end:sp.end + 40])
    return bool(m) and bool(doc.spans.starting(sp.end + 3, sp.end + m.end() + 1, "ROLE"))


#: "the now 22-year-old (escaped)": a person described by age alone, as "she" is, the one named before
_AGE_ALONE = re.compile(r"the\s+(?:now\s+|then\s+)?\d{1,2}-year-old", re.I)
#: "Of the five North Korean sailors (rescued ...), | one | (chose to)": a part told after its whole
_PART_AFTER_WHOLE = re.compile(r"\s*(?:Of|Among)\s+(?P<whole>(?:the|these|those)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+?)"
                               r"(?:\s+(?:who|that|whom|rescued|caught|found|picked|arrested|detained|held|taken)\b[^,;]{0,80})?,\s*"
                               r"(?:(?:while|but|and)\s+)?(?P<part>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
                               r"\s+(?:(?:later|also|then|eventually|have|has|had)\s+)*(?:chose|decided|opted|wanted|asked|wished|elected)\s+to\s*$",
                               re.I)
#: a companion told between commas before the verb: "(the couple), along with their daughter, (went back)"
_WITH_ASIDE = re.compile(r"(?<=\w),\s*(?:(?:along|together)\s+)?with\s+[^,;]{1,80},?\s*(?:[a-z]+ly\s*)?$")
#: a description made of someone told of before: "(which) makes him | the most senior North Korean diplomat"
_MAKES_ONE = re.compile(r"(?:which\s+|that\s+)?(?:makes|made|making|make)\s+(him|her)\s+(?:the|a|an|one)\b.*", re.I)
#: words that cannot be a noun phrase: a clause ending in a question word
_NO_NOUN_PHRASE = re.compile(r"\b(?:what|how|whether|why)$", re.I)
#: what the actor holds, told between dashes just before the verb: "the nine | - a couple, a mother and her
#: daughter, and five individuals - | had fled"
_DASH_ASIDE = re.compile(r"(?<=\w)\s+" + SPACED_DASH + r"\s+[^-–—;]{1,120}?\s+" + SPACED_DASH
                         + r"(?=\s*(?:(?:had|has|have|was|were|is|are)\s+)?$)")


def first_named(doc: Doc, name: str, default: int | None = None) -> int:
    """The sentence in which the article first names `name` (-1 when it never does)."""
    first = min((sp.start for sp in doc.spans.mentions(name)), default=default)
    return -1 if first is None else bisect.bisect_right(doc.sents, (first, len(doc.body))) - 1


def read_actor(P: Patterns, row: Row, region: str, rspans: list[EntitySpan], doc: Doc, abs_cs: int) -> bool:
    """Fill actor, actor_name and role from the clause before the predicate.
    False when the clause names no one the row could be about."""
    # a person named in a lead phrase ("Under Kim Jong Un, 188 members ...") is no actor
    # (nor a companion told between commas: "the couple, with their baby daughter, (went back)")
    region = _DASH_ASIDE.sub(lambda m: " " * len(m.group()), _WITH_ASIDE.sub(lambda m: " " * len(m.group()), region))
    stripped, lead_free = strip_regions(P, region, rspans)
    part = _PART_AFTER_WHOLE.match(region)
    if part and not any(sp.label == "PERSON" for sp in rspans):
        # "Of the five sailors rescued last week, one (chose to defect)": the part, of the whole
        row.actor = f"{part.group('part').lower()} of {part.group('whole')}"
        return True
    # a person named in a lead phrase ("Under Kim Jong Un, ...") or as the complement of
    # a noun ("a close aide to Kim Jong-il", "the son of Kim Jong Nam") is no actor
    persons = [sp for sp in rspans if sp.label == "PERSON" and sp.text in lead_free
               and not P.complement_before.search(doc.body[max(0, abs_cs, sp.start - 50):sp.start])
               and not _owner_of_kin(P, doc.body[sp.end:sp.end + 30]) and not _owner_of_role(doc, sp)]
    if persons:
        p = persons[-1]
        first = persons[0]
        if len(persons) > 1 and doc.body[first.end:first.end + 2].startswith(","):
            p = first  # "Hwang, a close aide to leader Kim Jong Il, (defected)": the appositive's head
        row.actor_name = person_name(P, p)
        row.actor = row.actor_name
        # (a role in an opening phrase is someone else's: "With the help of brokers, Kim")
        roles = [sp for sp in rspans if sp.label == "ROLE" and sp.text in lead_free]
        if roles:
            row.role = role_text(P, roles[-1].text)
        else:
            row.role = serving_role(P, doc, abs_cs) or person_role(P, doc, row.actor_name)
        return True
    stripped = subject_of_clause(stripped)  # (and past a lead phrase: "long trip from China, a North Korean national")
    if stripped is None:
        return False  # a clause fragment ("hardship had driven her to"), no actor
    stripped = comma_tidy(P, stripped)
    made = _MAKES_ONE.fullmatch(stripped)
    if made:  # ("..., which makes him | the most senior diplomat (to have defected)": him, told of before)
        stripped = made.group(1)
    if re.fullmatch(r"[a-z]+ing\b[\s,]*(?:(?:last|this|early|late|in|on)\s+[\w,]+\s*)*", stripped):
        return False  # "before deciding, last November, (to defect)": a gerund, whose subject is another clause's
    if re.fullmatch(r"(?:he|she)", stripped, re.I) and (own := subject_of_subordinate_pronoun(P, doc, abs_cs, region)
                                                        or speaking_subject(P, doc, abs_cs + region.find(stripped))):
        # ("the colonel had worked ... before he defected", "a North Korean woman said she crossed into China")
        row.actor, row.role = own.text, role_text(P, own.canonical or own.text) if own.label == "ROLE" else ""
        return True
    if re.fullmatch(r"(?:he|she)", stripped, re.I) and (head := relative_head(doc, abs_cs + region.find(stripped))):
        # ("According to Tae, who was ambassador before he settled in the South": Tae's background,
        # told in the clause describing him, not a later mention of whoever was named before)
        _name_row(P, row, doc, head, abs_cs)
        row.relative = bool(_ACCORDING_TO.search(doc.body, max(0, head.start - 60), head.start))  # (a source's past: in passing)
        return True
    if re.fullmatch(r"(?:he|she|him|her)", stripped, re.I) or _AGE_ALONE.fullmatch(stripped) or _PRONOUN_AND_KIN.fullmatch(stripped) and any(
            w in P.kin for w in stripped.lower().split()):  # ("they" is no one person; "he and his wife" is he)
        prev = antecedent(doc, abs_cs, P.rulers)
        if prev is None:
            return False
        _name_row(P, row, doc, prev, abs_cs)
        # ("the 37-year-old" is the one named before, whatever his work: a researcher may have fled)
        while row.role and row.role.split()[-1] in P.speaker_roles and not _AGE_ALONE.fullmatch(stripped):
            # ("spokesman Moon said ... after he defected")
            if (prev := antecedent(doc, prev.start, P.rulers)) is None:  # a speaker is no antecedent; one before may be
                return False
            _name_row(P, row, doc, prev, abs_cs)
        row.pronoun = True
        row.named_at = first_named(doc, row.actor_name, prev.start)
        return True
    named = re.search(r"\b(?:identified|known|named)\s+(?:only\s+)?(?:as|by\s+(?:the\s+|his\s+|her\s+)?(?:sur|family\s+)?name)\s+"
                      r"[\"“]?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})[\"”]?", stripped)
    if named:  # "a doctor identified only as "Kim"": the name given
        row.actor_name = row.actor = named.group(1)
        roles = [sp for sp in rspans if sp.label == "ROLE"]
        row.role = role_text(P, roles[0].text) if roles else ""
        return True
    words = stripped.split()
    if not words:
        return False
    letter = len(words) >= 2 and re.fullmatch(r"[A-HJ-Z]", words[-1]) and (words[-2].islower() or words[-2] in P.honorifics)
    # ("A was arrested", "A, who defected in 2015,": a letter alone as the subject, which no article can be)
    letter = letter or len(words) == 1 and re.fullmatch(r"[A-HJ-Z]", words[0])
    if len(words) == 2 and words[0] in P.honorifics and re.fullmatch(r"[A-Z]", words[1]) or letter:
        # "Mr. A, who had been living in Seoul, defected": a person the press keeps
        # anonymous by a letter; no name to give, but someone ("looked like A, who defected")
        row.actor = " ".join(words[-2 if len(words) > 1 and words[-2] in P.honorifics else -1:])
        roles = [sp for sp in rspans if sp.label == "ROLE"]
        row.role = role_text(P, roles[0].text) if roles and not letter else ""
        return True
    if len(words) > 14:
        start = len(words) - 14
        if words[start].lower() in _PREPOSITIONS:
            # ("the wife and son of an official at ... in the Russian city of Vladivostok"):
            # not from "of", but from the determiner that opens its noun phrase
            start = next((k for k in range(start - 1, -1, -1) if words[k].lower() in P.determiners), start)
        words = words[start:]
    row.actor = without_determiner(P, " ".join(words))
    if _NO_NOUN_PHRASE.search(row.actor):
        return False  # ("trying | to settle what | will happen to six people ...": a clause's tail, no one)
    roles = [sp for sp in rspans if sp.label == "ROLE" or sp.label == "NUMBER" and number_role(P, [sp])]
    own = [sp for sp in roles if sp.text in row.actor]
    if len(own) < len(roles) and (own or _VERB_AFTER_ACTOR.match(region[region.find(row.actor) + len(row.actor):] if row.actor in region else "")):
        roles = own  # ("guards ... saw a North Korean soldier": the role of the actor's own words)
    # (the title of a person named as a complement is that person's: "an aunt of North Korean leader Kim")
    titles = [sp for sp in roles if not (doc.spans.starting(sp.end + 1, sp.end + 2, "PERSON")
                                         and P.complement_before.search(doc.body[max(0, sp.start - 50):sp.start]))]
    if titles:
        head = head_noun(stripped)
        if head and head.lower() in P.roleless:
            row.role = ""
        else:
            row.role = number_role(P, titles[:1]) or role_text(P, titles[0].text)
    roles = [sp for sp in roles if sp.label == "ROLE"]
    has_noun = bool(roles) or any(sp.label == "NUMBER" for sp in rspans) or bool(P.roleless_re.search(stripped))
    return has_noun or names_people(P, stripped) or bool(P.bare_count.fullmatch(stripped)) or bool(P.bare_number.fullmatch(stripped))


#: a verb right after the actor's words ("Twelve North Koreans | ran past the guards and"): what follows is no part of them
_VERB_AFTER_ACTOR = re.compile(r"\s+(?:[a-z]+ed|ran|got|went|made|forced|broke|slipped|swam|fled|came|climbed)\b")
#: what may open a sentence before its subject ("According to the agency, the man ...")
_SUBJECT_OPENER = re.compile(r"\s*(?:according\s+to\s+[^,]{1,100},\s*|(?:on|in|last|earlier)\s+[^,]{1,30},\s*)?", re.I)
#: a verb inside what should be a subject's noun phrase ("The man was ...", "A woman says ...")
_VERB_IN_LEAD = re.compile(r"\b(?:was|were|is|are|had|has|have|said|says|say|told|tells)\b", re.I)
#: a subject that speaks ("A government official said", "An official of the ministry said"): no actor
_SPEAKS = re.compile(r"(?:\s+(?:of|at|from|for|in|with)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)?\s+(?:said|says|told|added|noted|explained)\b", re.I)


def previous_subject(P: Patterns, s: Sentence, one: bool) -> tuple[str, list[EntitySpan]] | None:
    """The subject of the sentence before, when it is a described person
    ("The soldier was seen near a guard post."): a determiner, up to three
    modifiers and a role noun opening the sentence. For one person ("he",
    "she": `one`), also a noun of a person ("According to the agency, the
    man ... paid bribes"), and up to three sentences back."""
    for si in range(s.si - 1, max(-1, s.si - (4 if one else 2)), -1):
        prev = s.doc.sentence(si)
        for sp in prev.spans:
            if sp.label not in ("ROLE", "NUMBER"):
                continue  # "The sergeant ...", "The 13 workers ..."
            lead = prev.text[:sp.start - prev.s0]
            if re.fullmatch(r"\s*(?:(?:the|a|an)\s+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s\s+)(?:[\w-]+\s+){0,3}", lead, re.I) and not _VERB_IN_LEAD.search(
                    lead) and not _SPEAKS.match(prev.text, sp.end - prev.s0):
                return prev.text[:sp.end - prev.s0], [sp]  # (not a speaker: "A government official said ...")
            break
        if not one:
            continue
        opener = _SUBJECT_OPENER.match(prev.text)
        noun = P.described_person.match(prev.text, opener.end() if opener else 0)
        if noun and not _VERB_IN_LEAD.search(noun.group()):
            # (a person who speaks is told of: "A woman says agents tricked her ...")
            at = noun.start()
            return prev.text[at:noun.end()], [sp for sp in prev.spans if prev.s0 + at <= sp.start and sp.end <= prev.s0 + noun.end()]
    return None


def main_subject(clause: str) -> str:
    """The words of a clause before its first verb: "A North Korean soldier"
    of "A North Korean soldier shot two of his officers"."""
    # (a participle right after an article is an adjective: "an unidentified North Korean man")
    verb = next((m for m in _FIRST_VERB.finditer(clause) if not _ARTICLE_BEFORE.search(clause, 0, m.start() + 1)), None)
    cut = [m.start() for m in (_AUX.search(clause), verb) if m]
    return clause[:min(cut)] if cut else clause
