"""An event told over two sentences: the group in one, the predicate in a
later one.

"A group of 21 North Koreans was found drifting off the west coast on
Sunday. ... The North Koreans told the coast guard they wished to defect."
The wish ("wished to defect") asserts no defection and names its actor
only as "the North Koreans", and no event was told before it: the event is
the group the article introduced a few sentences earlier with its number.
The row moves to that sentence (where a reader looks for the event, and
where the gold conventions put the evidence when no sentence asserts a
defection predicate) and takes the number and the date told there. A
predicate that is asserted ("the North Koreans had entered Thailand") keeps
its own sentence.

Likewise a person described before being named: "... in the view of the
most senior North Korean diplomat to defect in almost 20 years. Thae Yong
Ho held the number two post in London until he escaped ...". The
superlative tells the defection first, of the person the next sentences
name: the named row moves to it. And a person named with a relative clause
that calls them a defector ("Jihyun Park, who escaped North Korea and now
works ...") before the sentence that dates the escape: the first sentence
asserting the predicate of the person is the row's evidence.
"""

from __future__ import annotations

import bisect
import re

from ...models import EntitySpan
from .context import Doc, Sentence
from .patterns import Patterns
from .row import Row
from .row_dates import resolve_date
from .slots import number_value

#: how far back an introduction may stand (sentences)
WINDOW = 4
#: a word of the predicates the gold conventions list for the evidence (defect, flee, escape, cross, seek asylum ...)
_DEFECTION_WORD = re.compile(r"\b(?:defect|fled|flee|escap|cross|asylum|refuge|dash|missing|hiding|enter|arriv|reach|came\b|come\b)", re.I)


def request_answered(told: Row, again: Row) -> None:
    """A request for asylum told again just after as an arrival ("Three
    North Koreans entered the embassy ... The three arrived in Seoul on
    Friday"): the request was answered, the people defected."""
    if told.status == "sought_asylum" and again.status == "defected" and again.kind in ("arrive", "granted") and again.sent > told.sent:
        told.status = "defected"


def move_to_assertion(told: Row, again: Row, doc: Doc) -> None:
    """An arrest told with no word of defection ("ten North Koreans are
    being held in China") and told again just after with one ("police
    detained the group while they were trying to defect"): the event is
    asserted in the later sentence, which becomes its evidence (its date
    stays the one told first)."""
    if (told.kind in ("caught", "arrest") and again.kind not in ("caught", "arrest", "") and 0 < again.sent - told.sent <= 2
            and told.status == again.status and not _DEFECTION_WORD.search(doc.body[told.start:told.end])):
        told.sent, told.start, told.end, told.pe, told.kind = again.sent, again.start, again.end, again.pe, again.kind


def _head(actor: str) -> str:
    words = re.findall(r"[A-Za-z'-]+", actor.lower())
    return words[-1] if words else ""


def move_to_introductions(P: Patterns, rows: list[Row], doc: Doc) -> list[Row]:
    """Move a definite, uncounted, unnamed row with no event before it in
    the last few sentences to the sentence that counted the same people;
    the rows in text order again."""
    taken = {r.sent for r in rows}
    last_event = -WINDOW - 1
    for r in rows:
        if (r.kind == "wish" and r.definite and not r.actor_name and r.count is None and not r.stat and not r.member
                and r.sent - last_event > WINDOW):
            head = _head(r.actor)
            if head in P.anaphoric_heads and head not in ("man", "woman", "person", "boy", "girl", "teenager"):
                _move(P, r, doc, head, taken)
        if not r.stat:
            last_event = max(last_event, r.sent)
    return sorted(rows, key=lambda r: (r.sent, r.start))


def _move(P: Patterns, r: Row, doc: Doc, head: str, taken: set[int]) -> None:
    for si in range(r.sent - 1, max(-1, r.sent - WINDOW - 1), -1):
        if si in taken:
            return  # a row of its own stands between: not this one's introduction
        s = doc.sentence(si)
        for sp in s.labelled("NUMBER"):
            words = sp.text.lower().split()
            if len(words) < 2 or not (words[-1] == head or head == "group" and words[-1] in P.anaphoric_heads):
                continue
            count = number_value(P, sp.text)
            if count is None or count < 2:
                continue
            r.sent, r.start, r.end = si, s.s0, s.e0
            r.count = count
            r.actor = " ".join(sp.text.split()[1:]) or r.actor
            r.definite = False
            dl = P.dateline.match(s.text) or P.dateline2.match(s.text)
            for dsp in s.labelled("DATE"):
                before = s.text[:dsp.start - s.s0]
                if P.reporting_end.search(before) or dl and dsp.start - s.s0 < dl.end():
                    continue  # "officials said Saturday": the reporting, not the event
                iso, prec = resolve_date(P, s, dsp)
                if iso:
                    r.date, r.precision = iso, prec
                    break
            return


def _ruler_in_complement(P: Patterns, s: Sentence, sp: EntitySpan) -> bool:
    """The ruler named as a complement ("life under the country's leader,
    Kim Jong-un"), who is nobody's description, unlike the ruler as the
    subject ("Kim Jong Un was furious at the defection of ...")."""
    return sp.text.lower() in P.rulers and bool(_COMPLEMENT_BEFORE.search(s.text, 0, sp.start - s.s0))


_COMPLEMENT_BEFORE = re.compile(r"(?:\bleader,?|\b(?:under|of|against|by|to|in|with|for)(?:\s+[\w'’]+){0,3}?,?)\s+$", re.I)


def move_to_superlatives(P: Patterns, rows: list[Row], doc: Doc) -> list[Row]:
    """Move the article's first event of a named person to a sentence a
    little before it that describes a defector by a superlative and names
    no one (nor holds a row of its own); the rows in text order again."""
    first = next((r for r in rows if not r.stat and r.actor_name), None)
    if first is None or first.status != "defected" or first.sent == 0:
        return rows
    taken = {r.sent: r for r in rows}
    for si in range(first.sent - 1, max(-1, first.sent - WINDOW - 1), -1):
        s = doc.sentence(si)
        label = taken.get(si)
        if label is not None and not (label.actor_name == "" and label.count is None and not label.stat
                                      and P.superlative_defector.search(s.text)):
            return rows
        described = _described_by_role(P, s, first)
        superlative = P.superlative_defector.search(s.text)
        if superlative and _kin_of_it(P, s.text, superlative.start()):
            return rows  # ("the son of the most prominent South Korean ever to defect (arrived)": the kin's sentence)
        if not superlative and described is None:
            continue
        if any(sp.label == "PERSON" and (sp.canonical or sp.text) != first.actor_name and not _ruler_in_complement(P, s, sp)
               for sp in s.spans):
            return rows  # (someone else named there: not this one's description)
        first.sent, first.start, first.end = si, s.s0, s.e0
        if described:  # ("who vanished in November 2018": the date the description gives the event)
            first.date, first.precision = described
        # (a row read from the description itself, "the highest-ranking defector who ever came
        # to South Korea", is this person's event told without the name)
        return sorted((r for r in rows if r is not label), key=lambda r: (r.sent, r.start))
    return rows


def _kin_of_it(P: Patterns, text: str, at: int) -> bool:
    """The superlative describes the person whose kin the sentence is about:
    "the son of | the most prominent South Korean ever to defect"."""
    m = re.search(r"\b([a-z]+)\s+of\s+$", text[:at], re.I)
    return m is not None and m.group(1).lower() in P.kin


#: a relative clause after a description that tells its bearer's flight ("the former
#: acting ambassador in Rome, who vanished in November 2018, ...")
_RELATIVE_FLIGHT = re.compile(r"[^,;]{0,60}?,\s*who\s+(?:had\s+|has\s+)?(?:vanished|disappeared|defected|fled|escaped|deserted|went\s+missing)\b"
                              r"(?P<rest>[^,;]{0,40})", re.I)


def _role_head(role: str) -> str:
    return _head(re.split(r"\s+(?:to|at|in|of)\s+", role)[0])


def _described_by_role(P: Patterns, s: Sentence, row: Row) -> tuple[str, str] | None:
    """(date, precision) when the sentence describes, by the named row's
    role and no name, someone whose flight a relative clause tells ("the
    former acting ambassador at the embassy in Rome, who vanished in
    November 2018, is living in South Korea" before "Jo Song-gil, the acting
    ambassador to Italy, came ..."); ("", "") when it gives no date."""
    head = _role_head(row.role) if row.role else ""
    if not head:
        return None
    for sp in s.labelled("ROLE"):
        if _role_head(sp.text) != head or not re.search(r"\bthe\s+(?:former\s+|then\s+|ex-)?$", s.text[:sp.start - s.s0], re.I):
            continue
        m = _RELATIVE_FLIGHT.match(s.text, sp.end - s.s0)
        if not m:
            continue
        for dsp in s.labelled("DATE"):
            if m.start("rest") <= dsp.start - s.s0 < m.end("rest"):
                iso, prec = resolve_date(P, s, dsp)
                if iso:
                    return iso, prec
        return "", ""
    return None


#: a name followed by a relative clause that labels its bearer a defector
#: ("Jihyun Park, who escaped North Korea and now works ...")
_LABELLED_BY_RELATIVE = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?who\s+(?:had\s+|has\s+|once\s+|first\s+|herself\s+|himself\s+)*"
                                   r"(?:defected|fled|escaped|crossed)\b", re.I)


def move_to_labels(rows: list[Row], doc: Doc) -> list[Row]:
    """Move a named person's first event to an earlier sentence that names
    them with a relative clause saying they defected ("Jihyun Park, who
    escaped North Korea and now works as an activist, said ..."): that is
    the first sentence asserting the predicate of the person, though it
    gives no detail of its own; the rows in text order again."""
    seen: set[str] = set()
    moved = False
    for r in rows:
        if not r.actor_name or r.stat or r.actor_name in seen:
            continue
        seen.add(r.actor_name)
        if r.status != "defected" or "North Korea" in r.destination:
            continue  # (a return north is not what the label tells)
        for sp in doc.spans.mentions(r.actor_name):
            si = bisect.bisect_right(doc.sents, (sp.start, len(doc.body))) - 1
            if si >= r.sent:
                break
            if _LABELLED_BY_RELATIVE.match(doc.body, sp.end) and not any(o.sent == si and o.actor_name == r.actor_name for o in rows):
                s = doc.sentence(si)
                r.sent, r.start, r.end = si, s.s0, s.e0
                moved = True
                break
    return sorted(rows, key=lambda r: (r.sent, r.start)) if moved else rows
