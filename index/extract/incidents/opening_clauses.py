"""A subordinate clause that opens the sentence and holds the predicate:
"Having escaped in 1997, Pak ...", "Four years after defecting, Thae ...".
Its subject is the main clause's, after its comma (see predicate.py)."""

from __future__ import annotations

import re

#: a perfect participle opening the sentence, up to its predicate ("Having (already risked death to) escaped ...")
#: or a passive one that says the flight happened ("Forced to flee in 2014, he ...")
_HAVING = re.compile(r"\s*(?:Having\s+(?:already\s+|once\s+|first\s+|successfully\s+)*(?:[\w-]+\s+){0,4}?"
                     r"|(?:Forced|Compelled|Obliged|Driven)\s+to\s+)$")
#: what may stand before a sentence-opening "after"/"before" ("Four years after defecting, ...")
#: or an opening phrase of time the clause belongs to ("In his first interview since defecting, ...",
#: "In the years after fleeing, ...")
_OPENING_MEASURE = re.compile(r"\s*(?:(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?|days?|decades?)\s+|(?:shortly|soon|just|long|not\s+long)\s+"
                              r"|(?:In|During|Over|For)\s+(?:his|her|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?)?")


def opening_clause_end(text: str, sub: re.Match[str] | None, ps: int, pe: int, measured: bool) -> int:
    """Where a subordinate clause that opens the sentence and holds the
    predicate ends (its comma), or -1: "Having escaped ...," or "(Four
    years) after defecting ...,"."""
    opens = _HAVING.match(text[:ps]) or (sub is not None and _OPENING_MEASURE.fullmatch(text[:sub.start()])
                                         and re.match(r"[a-z]+ing\b", text[ps:], re.I)) or measured
    return text.find(",", pe) if opens else -1
