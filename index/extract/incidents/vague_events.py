"""A vague number of people told with a time of their own is an event.

"Several North Korean loggers fled a camp near Khabarovsk in late August"
tells one flight whose size the source did not know; "several North
Koreans have fled over the years" tells a habit. The vague openers that may
head an event (data: `vague_event_openers`) pass the vague-group check when
the sentence dates the act to a month, a week or a day.
"""

from __future__ import annotations

import calendar
import re

from .context import Sentence
from .patterns import Patterns

_MONTHS = "|".join(name for name in calendar.month_name if name)
#: a time finer than a year: a month, a weekday, a day of the month, "last week"
_FINE_TIME = re.compile(r"\b(?:" + _MONTHS + r")\b|\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)|\b(?:week|weekend|month|day|days)\b", re.I)


def dated_vague_group(P: Patterns, s: Sentence, actor: str) -> bool:
    """Whether `actor` opens with a vague number that may head an event,
    and the sentence dates the act finer than a year."""
    if not P.vague_event.match(actor):
        return False
    weekdays = P.v.raw.get("weekdays") or []
    return any(sp.label == "DATE" and (_FINE_TIME.search(sp.text) or any(d in sp.text for d in weekdays)) for sp in s.spans)
