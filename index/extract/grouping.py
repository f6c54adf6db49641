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
    return f"{surname} {''.join(words[1:])}"
