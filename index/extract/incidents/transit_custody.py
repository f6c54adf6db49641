"""A flight that ended in custody on the way: an attempt.

"The nine had fled to Laos through China last month" reads as a defection;
but when the same report tells that police in Laos arrested them, or that
Laos deported them, they were caught, and the gold conventions (and a
reader) call that an attempt. The people are linked by the country: a
defection whose destination is a country North Koreans pass through on
their way south (data: `transit_countries`; not China or Russia, where
many live for years and a custody sentence is mostly about others) becomes
an attempt when a sentence of the article tells of custody or removal
there (data: `custody_words`) and names that country.
"""

from __future__ import annotations

from .context import Doc
from .patterns import Patterns
from .row import Row


def caught_in_transit(P: Patterns, rows: list[Row], doc: Doc) -> None:
    """Turn defections that ended in custody in a transit country into attempts (in place)."""
    hits = [r for r in rows if r.status == "defected" and not r.stat and not r.returning
            and any(P.transit_country.search(d) for d in r.destination)]
    if not hits:
        return
    # the transit countries the article tells custody in
    held_in = {m.group() for a, b in doc.sents if P.custody.search(doc.body, a, b)
               for m in P.transit_country.finditer(doc.body, a, b)}
    for r in hits:
        if any(m.group() in held_in for d in r.destination for m in P.transit_country.finditer(d)):
            r.status = "attempted"
