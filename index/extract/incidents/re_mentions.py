"""Later rows that only tell an earlier row's event again.

A report names its event in the lead and comes back to it further down:
"Fifteen North Korean defectors were detained in Kunming ... The 15
defectors had crossed into China last month ...". The steps before this one
join a re-mention to its first telling when the words say so (a name, "the
soldier", the same count on the same day within two sentences); this one
is the last sieve, for re-mentions told further on or in other words. It is
strict on purpose, since two events of one article often look alike: a
later row is dropped only when nothing in it tells another event, i.e.

- the same status, and no cue of other people ("another", "two more",
  "likewise": data `new_people_cues`);
- no count, date, name, origin or destination that differs;
- the same head noun, or a head that names no one in particular
  ("defectors", "North Koreans": data `re_mention_heads`);
- a singular re-mention is no group ("two soldiers ... a North Korean" are
  two events);
- and actors sharing most of their words, or the same name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from .patterns import Patterns
from .roles import head_noun
from .row import Row

#: how many sentences on a re-mention may stand
REACH = 5
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset({"the", "a", "an", "of", "in", "to", "and", "s"})


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _head(actor: str) -> str:
    """The head noun of the actor, singular: "15 defectors" -> "defector",
    "nine North Koreans from Hoeryong" -> "koreans"."""
    last = head_noun(actor).lower()
    return last[:-1] if last.endswith("s") and last != "koreans" else last


def _places_differ(a: list[str], b: list[str]) -> bool:
    """No place of one is (part of) a place of the other: "Seoul" and "Seoul, South Korea" agree,
    "North Korea" and "South Korea" do not."""
    la, lb = [x.lower() for x in a], [y.lower() for y in b]
    return bool(la and lb and not any(x in y or y in x for x in la for y in lb))


def tells_again(P: Patterns, told: Row, again: Row) -> bool:
    """Whether `again` (later) tells nothing that `told` does not."""
    if again.sent - told.sent > REACH:
        return False  # (a report that lists like events, a paragraph each, tells each once)
    if told.returning != again.returning:
        return False  # a defector's return north is an event of its own
    if told.status != again.status or P.new_people.search(told.actor) or P.new_people.search(again.actor):
        return False
    if again.count is not None and again.count != told.count:
        return False
    if told.date and again.date and told.date != again.date and (told.stat or not (
            told.date.startswith(again.date) or again.date.startswith(told.date))):
        return False  # ("2016-04" and "2016-04-11" agree, but not of figures: each counts its own period)
    if told.actor_name and again.actor_name and told.actor_name != again.actor_name:
        return False
    if _places_differ(told.origin, again.origin) or _places_differ(told.destination, again.destination):
        return False
    h1, h2 = _head(told.actor), _head(again.actor)
    if h1 != h2 and h1 not in P.re_mention_heads and h2 not in P.re_mention_heads:
        return False
    words = re.findall(r"[A-Za-z-]+", again.actor)
    if (told.count or 0) >= 2 and again.count is None and words and not words[-1].endswith("s"):
        return False  # ("two North Korean soldiers ... an unarmed North Korean"): one person is no group
    w1, w2 = _words(told.actor), _words(again.actor)
    same_words = bool(w1 and w2 and len(w1 & w2) / min(len(w1), len(w2)) >= 0.5)
    same_count = (told.count or 0) >= 2 and told.count == again.count and not told.stat  # (figures repeat numbers)
    return same_words or same_count or bool(told.actor_name and told.actor_name == again.actor_name)


def drop_re_mentions(P: Patterns, rows: list[Row], body: str) -> list[Row]:
    """`rows` without the later ones that tell an earlier row's event again
    in another sentence (rows of one sentence are that sentence's own
    business: "12 defectors, two of them children"), and without decisions
    to leave told after an event ("he chose to defect because ..."): a
    motive of an event the table holds already."""
    out: list[Row] = []
    # the kept rows by sentence, and their sentences in order: a row is asked only of the rows
    # `tells_again` can pair it with (those from REACH sentences back on), not of every row kept
    # (a 1 MB table of yearly figures has thousands of rows: asking each of all the others took
    # most of its 30 s)
    kept_in: dict[int, list[Row]] = {}
    sentences: list[int] = []
    first_event = None  # the first sentence of a kept row that is no figure
    for r in rows:
        near = sentences[bisect_left(sentences, r.sent - REACH):]
        if any(f.sent != r.sent and tells_again(P, f, r) for n in near for f in kept_in[n]):
            continue
        if not r.stat and first_event is not None and first_event < r.sent and P.decision.search(body, r.start, r.end):
            continue
        out.append(r)
        if r.sent not in kept_in:
            kept_in[r.sent] = []
            insort(sentences, r.sent)
        kept_in[r.sent].append(r)
        if not r.stat and (first_event is None or r.sent < first_event):
            first_event = r.sent
    return out
