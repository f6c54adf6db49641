"""Who a later mention stands for: the person "he" or "she" refers to
(the last person named before, past a complement and the North's
rulers), and the name an article gives later to an actor it first
described ("the soldier, identified as Oh Chong Song"). Split from
`actor.py`, which reads the actor of a clause and calls these."""

from __future__ import annotations

import bisect
import re

from ...models import EntitySpan
from ..person_names import is_byline
from .context import Doc
from .patterns import SURNAME_ONLY, Patterns
from .roles import head_noun
from .row import Row


def corefer(P: Patterns, r: Row, doc: Doc) -> None:
    """"The soldier, identified as Oh Chong Song": name a described actor."""
    head = r.role.split()[-1] if r.role else head_noun(r.actor).lower()
    if r.count or not (r.role or head in P.v.words("single_person_heads")):
        return
    tail = doc.body[r.end:r.end + 1200]  # (a name may come paragraphs later: "... the diplomat, whom it identified as Ri")
    m = re.search(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?" + re.escape(head)
                  + r",?\s+(?:[^,.;]{0,40}?\s)?(?:identified as|named|whose name is|called|" + SURNAME_ONLY + r")[,\s]+", tail)
    if not m:
        # "KCNA named the woman as Kim Sun-hee": the name given to the one described
        m = re.search(r"\b(?:named|identified)\s+the\s+(?:[\w-]+\s+){0,2}?" + re.escape(head) + r"\s+as\s+", tail[:400])
    if not m:
        # "It identified him only by his surname, Pak."
        m = re.search(r"\bidentified (?:him|her) (?:only )?(?:as|" + SURNAME_ONLY + r")[,\s]+", tail[:300])
    if not m:
        return
    at = r.end + m.end()
    for sp in doc.spans.starting(at, at + 3, "PERSON"):
        r.actor_name = sp.canonical or sp.text
        r.actor = r.actor_name
        return


#: a person named as the complement of a noun: "the daughter of Prime Minister
#: Kang Song San", "a close aide to leader Kim Jong Il"
_NOUN_COMPLEMENT = re.compile(r"\b(?:of|to|for)\s+(?:the\s+)?(?:late\s+|former\s+)?(?:[A-Z][\w.'-]*\s+){0,4}$")
#: how far back a person named before a complement may stand (about a sentence)
_ANTECEDENT_REACH = 200


def antecedent(doc: Doc, pos: int, rulers: frozenset[str] = frozenset()) -> EntitySpan | None:
    """Whom "he" or "she" at `pos` stands for: the last person named
    before, passing over persons named only as the complement of a noun
    when another person is named shortly before them ("Kang's wife is the
    daughter of Prime Minister Kang Song San. After he defected ...": Kang),
    and over the North's rulers, who never defect ("... a letter to Kim Jong
    Il. He said he had come to the South ...": the defector)."""
    last = doc.spans.last_ending_by(pos, "PERSON")
    while last is not None and (is_byline(doc.body, last) or (last.canonical or last.text).lower() in rulers):
        last = doc.spans.last_ending_by(last.start, "PERSON")  # ("By Choi Min-ho": the writer, never "he")
    cand = last
    while cand is not None and _NOUN_COMPLEMENT.search(doc.body[max(0, cand.start - 60):cand.start]):
        earlier = doc.spans.last_ending_by(cand.start, "PERSON")
        if earlier is None or cand.start - earlier.end > _ANTECEDENT_REACH:
            return last
        cand = earlier
    return cand


#: between a person and the "he"/"she" of a subordinate clause inside the relative clause that
#: describes them: ", who was deputy ambassador to Britain before | he (settled)"
_WHO_THEN_SUBORDINATE = re.compile(r",\s*who\s+[^,;!?]{1,160}?\b(?:before|after|when|until|because|since|once)\s+$")


def relative_head(doc: Doc, pos: int) -> EntitySpan | None:
    """The person whose relative clause holds the subordinate "he"/"she"
    at `pos`: "According to Tae Yong Ho, who was deputy ambassador to
    Britain before he settled in the South" -> Tae Yong Ho. A pronoun
    inside the clause that describes someone stands for that someone, even
    where the person is named in a lead phrase that cannot be the actor of
    the main clause ("according to ..."), and the last person named before
    the sentence is someone else."""
    s_start = doc.sents[bisect.bisect_right(doc.sents, (pos, len(doc.body))) - 1][0]
    last = doc.spans.last_ending_by(pos, "PERSON")
    if last is None or last.start < s_start:
        return None
    return last if _WHO_THEN_SUBORDINATE.fullmatch(doc.body, last.end, pos) else None
