"""Reports the article then says were denied: "A daily reported that two
officials are trying to defect ... The government spokesman rejected the
report." An unconfirmed report that an authority denies is no event (the
gold conventions count only what the article asserts).

Pyongyang's denials are not counted: North Korea routinely calls real
defections fabrications, so its word does not undo a report.
"""

from __future__ import annotations

import re

from .context import Doc
from .patterns import Patterns
from .row import Row

_REPORTED = re.compile(r"\b(?:reported|reports?|according to|citing|quoted)\b", re.I)


def drop_denied_reports(P: Patterns, rows: list[Row], doc: Doc) -> list[Row]:
    """Rows told as a report, before a sentence denying the report, unless a
    later sentence confirms it."""
    if not rows or not P.report_denial.search(doc.body):
        return rows  # (one search of the body: most articles deny nothing)
    denied_at = None
    for si in range(len(doc.sents)):
        text = doc.sentence(si).text
        m = P.report_denial.search(text)
        if m is None:
            continue
        if P.denier_not_counted.search(text[:m.start()]):
            continue  # ("North Korea dismissed the report as a fabrication")
        said = re.match(r"[^.;]{0,40}?\bthat\b([^.;]*)", text[m.end():])
        if said and not P.defect_word.search(said.group(1)):
            continue  # a report of something else ("rejected reports that he was wanted for murder")
        if denied_at is None:
            denied_at = si
    if denied_at is None:
        return rows
    if any(P.report_confirmed.search(doc.sentence(si).text) for si in range(denied_at + 1, len(doc.sents))):
        return rows
    return [r for r in rows if r.stat or r.sent >= denied_at
            or not _REPORTED.search(doc.sentence(r.sent).text)]
