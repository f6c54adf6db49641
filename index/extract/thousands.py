"""Thousands written with a hyphen, as KBS writes them: "30-thousand",
"30-thousand-five" (30,005), "ten-thousand". One token, one figure; the
recogniser's NUMBER spans and the incident reader's counts read them the
same way, from here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

#: the pattern text, for the larger patterns that take a figure in any form
THOUSANDS = r"(?:\d{1,3}|[a-z]+)-thousand(?:-\d{1,3}|-[a-z]+(?:-[a-z]+)?)?\b"
_PARTS = re.compile(r"\b(\d{1,3}|[a-z]+)-thousand(?:-(\d{1,3}|[a-z]+(?:-[a-z]+)?))?\b")


def thousands_value(text: str, number_words: Mapping[str, int]) -> int | None:
    """The number a hyphenated thousands figure in `text` states, or None
    when there is none (or a word in it is no number word)."""
    m = _PARTS.search(text.lower())
    if m is None:
        return None
    head, tail = m.group(1), m.group(2)
    base = int(head) if head.isdigit() else number_words.get(head)
    rest = 0 if not tail else int(tail) if tail.isdigit() else number_words.get(tail)
    return base * 1000 + rest if base is not None and rest is not None else None
