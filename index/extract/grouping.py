"""Group keys: one defection reported by several articles.

Articles name the same person in different romanisations and spacings
("Jo Song-gil", "Cho Song Gil"): the key is the surname mapped to one
spelling (`surname_variants` in data/extraction.yaml) plus the given name
with spaces and hyphens removed ("cho songgil"). A named person is taken
to defect once, so the year is not part of the key: a 2019 report and a
2023 background mention of the same defection fall together. Unnamed
actors get no key: "a diplomat" in two articles is no evidence of one event.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_SPLIT = re.compile(r"[\s\-‐‑–'’.]+")


def group_key(name: str, surname_variants: Mapping[str, str]) -> str:
    """The key for the first name in `name` ('' when it is not a full name)."""
    first = name.split(";")[0].strip().lower()
    words = [w for w in _SPLIT.split(first) if w]
    if len(words) < 2:
        return ""  # a surname alone ("Kim") would join strangers
    surname = surname_variants.get(words[0], words[0])
    return f"{surname} {given_sound(''.join(words[1:]))}"


#: The two romanisations of Korean written one way: McCune-Reischauer's
#: "Il Kyu", "Chol", "Tae" are Revised Romanization's "Il Gyu", "Cheol",
#: "Dae" (aspiration marks dropped, as the press does).
_SOUNDS = (("eo", "o"), ("eu", "u"), ("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b"))


def given_sound(given: str) -> str:
    """A given name keyed by its sound, so that one person romanised two
    ways ("Ri Il Kyu", "Ri Il-gyu") is one key."""
    for a, b in _SOUNDS:
        given = given.replace(a, b)
    return given
