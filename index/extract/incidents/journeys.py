"""A defector's journeys told in one article: the way south, and a return
north that is an event of its own (not the first journey told again).
Shared by the merging of mentions (`post.py`) and the naming of described
actors (`described_names.py`)."""

from __future__ import annotations

from .row import Row

SOUTH = frozenset({"South Korea", "Seoul"})


def returns_again(later: Row, told: Row) -> bool:
    """A defector's return north after a row that is no return: an event
    of its own, not the first one told again (a later mention that is no
    return is still the first one)."""
    return later.returning and not told.returning or journey_south_after_return(later, told)


def journey_south_after_return(later: Row, told: Row) -> bool:
    """"... swam back to the North. ... the defector, who had fled to South
    Korea in 2017,": the dated journey south told after a return is the
    earlier event, not the return told again."""
    # (or, in the return's own sentence, a dated flight with no place to: "... went back to the North
    # after escaping from the country 16 years ago")
    return ((told.returning or "North Korea" in told.destination) and not later.returning and bool(later.date)
            and (bool(set(later.destination) & SOUTH)
                 or not later.destination and later.kind in ("flee", "defect") and later.sent == told.sent))
