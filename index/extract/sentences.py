"""Sentence boundaries with offsets into the body.

A sentence ends at . ! ? (and a closing quote after them) followed by
whitespace and an upper-case letter, digit or quote, unless the word before
the stop is an abbreviation ("Mr.", "U.S.", "Jan.") or a single initial.
Line breaks end sentences too: scraped articles put one paragraph a line.
"""

from __future__ import annotations

import re

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u00c0-\u024f\uac00-\ud7a3])|\n+")
_ABBREV = frozenset(
    "mr mrs ms dr st mt gen lt col sgt capt cpl pvt maj adm prof rev sen rep gov jr sr no vs etc "
    "inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n n.k s.k d.c e.g i.e "
    "approx fig est dept univ assn".split()
)

#: abbreviations that also end sentences ("made their home in the U.K. Several weeks
#: ago, ..."): a stop after one ends the sentence when the next word can only open one
_FINAL_ABBREV = frozenset("u.s u.k u.n n.k s.k d.c etc inc ltd co corp jr sr".split())
_OPENERS = frozenset(
    "the a an he she they it we i you this that these those his her their its our several some many most "
    "but and however meanwhile yet so then also still earlier later last in on at after before when while "
    "since during according officials police".split()
)

_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]*)\b")

_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


#: what goes on after "a.m."/"p.m.": a day, a month or a time zone
_CLOCK_THEN = re.compile(r"\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                         r"June|July|August|September|October|November|December)\b|[A-Z]{2,4}T\b|UTC\b|\(|local\b)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group()[0] == ".":
            j = m.start()
            k = j
            while k > start and (text[k - 1].isalnum() or text[k - 1] == "."):
                k -= 1
            word = text[k:j].lower()
            nxt = _NEXT_WORD.match(text, m.end())
            if word in _FINAL_ABBREV and nxt and nxt.group(1).lower() in _OPENERS:
                pass  # ("... in the U.K. Several weeks ago": the next sentence)
            elif word in _ABBREV or (len(word) == 1 and word.isalpha() and text[k:j].isupper()):
                continue
            if word in _MONTHS and text[m.end():m.end() + 8].strip()[:1].isdigit():
                continue
            if word in ("a.m", "p.m") and _CLOCK_THEN.match(text, m.end()):
                continue  # ("at around 8 a.m. Thursday", "at 9 p.m. KST"): the time goes on
        _add(text, start, m.end() if m.group()[0] != "\n" else m.start(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
