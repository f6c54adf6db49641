"""Someone else who "did so": "No soldier had crossed the border since a
sergeant did so last April", "a fisherman swam across in May, and a
soldier did so in July". The act is the sentence's earlier predicate; the
actor is the noun phrase before "did so"; its time is the date right after
it (without one, "did so" is too vague to be an event of its own).
"""

from __future__ import annotations

from .actor import read_actor
from .clauses import clause_end
from .context import Sentence
from .patterns import Patterns
from .row import Row
from .row_dates import resolve_date
from .slots import place_list

#: the kinds of act "did so" can tell again (not a figure, an arrest done by others, or a noun)
_ACTS = ("defect", "flee", "cross", "arrive", "asylum", "missing")


def did_so_rows(P: Patterns, s: Sentence, preds: list[tuple[int, int, str, str]], rows: list[Row]) -> list[Row]:
    """The rows of the people who "did so" in `s` (see the module docstring)."""
    out: list[Row] = []
    for m in P.did_so_other.finditer(s.text):
        act = next((p for p in reversed(preds) if p[1] <= m.start() and p[2] in _ACTS), None)
        date = next((sp for sp in s.spans if sp.label == "DATE" and 0 <= sp.start - s.s0 - m.end() <= 4), None)
        if act is None or date is None:
            continue
        _, pe, kind, status = act
        row = Row(sent=s.si, start=s.s0, end=s.e0, status=status, kind=kind, pe=m.end())  # type: ignore[arg-type]
        at = s.s0 + m.start("np")
        spans = [sp for sp in s.spans if at <= sp.start and sp.end <= s.s0 + m.end("np")]
        if not read_actor(P, row, m.group("np"), spans, s.doc, at) or any(r.actor == row.actor for r in (*rows, *out)):
            continue
        row.date, row.precision = resolve_date(P, s, date)
        row.destination = place_list(P, s, pe, min(m.start(), clause_end(P, s.text, pe)))
        out.append(row)
    return out
