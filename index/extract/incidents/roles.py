"""The role of a row's actor: the role noun as the table shows it, the
role a NUMBER span hides ("13 employees"), the head noun of a noun phrase,
and the role the article gives a person elsewhere ("while serving as deputy
ambassador", "X, a diplomat"). Split from `actor.py`, which reads who the
actor is; this reads what the actor was.
"""

from __future__ import annotations

import re

from ...models import EntitySpan
from ..vocab import singular
from .context import Doc
from .patterns import Patterns
from .row import Row


def role_text(P: Patterns, text: str) -> str:
    """A role as the table shows it: singular, lower case, complements kept."""
    low = " ".join(text.lower().split())
    base = P.v.role_singulars.get(low)
    if base:
        return base
    words = low.split()
    last = words[-1] if words else low
    if " to " in low or " for " in low:
        return low
    return " ".join(words[:-1] + [P.v.role_singulars.get(last, singular(last))])


def number_role(P: Patterns, rspans: list[EntitySpan]) -> str:
    """"13 employees", "12 waitresses": a NUMBER span that ends in a role
    noun hides the ROLE span, so the role is read from its last word."""
    for sp in rspans:
        if sp.label == "NUMBER":
            words = sp.text.lower().split()
            for last in (" ".join(words[-2:]), words[-1]):  # ("three crew members", "13 employees")
                if len(words) > 1 and last in P.v.role_singulars and last not in P.roleless:
                    return role_text(P, last)
    return ""


#: a noun phrase's modifiers after its head: a preposition, a relative, or a
#: participle with its own preposition ("staff working in China", "workers
#: employed at a restaurant", "defectors hiding in Laos")
_POST_HEAD = re.compile(r"\s+(?:of|from|in|at|who|with|[a-z]+(?:ing|ed)\s+(?:in|at|for|as|on|by|near|inside|abroad))\s+")


def head_noun(np: str) -> str:
    np = _POST_HEAD.split(np, maxsplit=1)[0]
    words = re.findall(r"[\w'-]+", np)
    return words[-1] if words else ""


def plural_actor(actor: str) -> bool:
    """"officials from a range of sectors", "North Koreans": a group, which a
    single name does not name."""
    # (the head before its complements: "a diplomat responsible for public relations" is one person)
    if _MANY_OF.search(actor):
        return True  # ("a growing list of diplomats", "a string of defectors": many, told by a collective)
    head = re.split(r"\s+(?:of|from|in|at|who|with|on|for|to|responsible|based|posted|stationed|working|serving)\s+", actor)[0].split()
    return bool(head) and head[-1].lower().endswith("s") and not head[-1].lower().endswith(("ss", "us"))


#: a collective noun before "of" and people in the plural
_MANY_OF = re.compile(r"\b(?:list|number|string|series|wave|stream|handful|host|line)\s+of\s+(?:[\w-]+\s+){0,2}?[a-z]+s\b", re.I)


def group_noun(P: Patterns, actor: str) -> bool:
    """"the group", "a family of five": people told as one group (data:
    `group_nouns`), the noun leading the phrase (not "... coached the team")."""
    nouns = P.v.words("group_nouns")
    lead = re.sub(r"^(?:the|a|an|this|that|his|her|their)\s+", "", actor.lower()).split()[:2]
    return head_noun(actor).lower() in nouns and any(w in nouns for w in lead)


def one_person(P: Patterns, actor: str) -> bool:
    """Whether an unnamed actor is one person: not plural, not "the group"."""
    return not plural_actor(actor) and not group_noun(P, actor)


def serving_role(P: Patterns, doc: Doc, pos: int) -> str:
    """"... while serving as deputy ambassador in London" in the same sentence."""
    body = doc.body
    limit = pos + 300
    line_end = body.find("\n", pos, limit)
    m = P.serving_as.search(body, pos, limit if line_end < 0 else line_end)
    if not m:
        return ""
    for sp in doc.spans.starting(m.end(), m.end() + 3, "ROLE"):
        return role_text(P, sp.text)
    return ""


#: a word that ends one clause and opens another, or a verb: a role before it is the subject of
#: a verb of its own ("Police officers said on Monday that (Pak ...)", "a security guard found
#: (Hwang ...)"), not the person's title
_CLAUSE_WORD = re.compile(r"\b(?:that|said|says|told|tells|say|reported|reports|announced|confirmed|believe[sd]?|when|after|"
                          r"before|while|and|but|or|who|whom|[a-z]+ed|found|saw|met|took|sent|left|shot|hit|gave|got|made|"
                          r"has|had|was|were|is|are)\b", re.I)


def person_role(P: Patterns, doc: Doc, name: str) -> str:
    """The most specific role the article gives next to the person."""
    best = ""
    body = doc.body
    for m in doc.spans.mentions(name):
        for sp in doc.spans.starting(m.start - 200, m.end + 41, "ROLE"):
            gap = body[sp.end:m.start] if sp.end <= m.start else body[m.end:sp.start]
            if len(gap) > 40 or "." in gap or "\n" in gap:
                continue
            if sp.start >= m.end and doc.spans.starting(sp.end, sp.end + 2, "PERSON"):
                continue  # ("According to Thae, North Korean leader Kim Jong Un ...": the next person's title)
            if sp.end <= m.start and re.fullmatch(r"[\s\w'’-]{0,25}", gap) and not _CLAUSE_WORD.search(gap) or sp.start >= m.end and re.fullmatch(
                    r",\s*(?:a|an|the)?\s*[\w\s'’-]{0,30}?", gap):
                cand = role_text(P, sp.text)
                if len(cand) > len(best):
                    best = cand
    return best


def superlative_role(P: Patterns, text: str) -> str:
    """"Hwang, the highest-ranking official ever to defect, ...": the
    occupation a superlative gives the one person of the sentence."""
    sup = P.superlative_defector.search(text)
    head = re.search(r"([a-z-]+)\s+(?:ever\s+)?(?:to|who|that)\b", sup.group()) if sup else None
    return P.v.role_singulars.get(head.group(1).lower(), "") if head else ""


def accompanying(P: Patterns, row: Row, text: str, pe: int) -> bool:
    """"His wife and two sons also came to Seoul with him": family members
    who went with a defector told of already are part of his event."""
    if row.actor_name:
        return False
    words = re.findall(r"[\w'-]+", row.actor.lower())
    if not any(w in P.kin for w in words):
        return False
    return bool(P.accompany.search(text, pe))
