"""Reported figures (statistics) as a list of their own, never mixed with
events or with each other's periods.

A row of status `reported_count` is a figure an authority gave ("fewer
than 600 North Koreans came over in the January-June period"). The
extractor dates it (2017) but a date alone does not say what the figure
covers: a first-quarter count and a whole-year count of the same year are
different things, and summing or comparing them is the mistake an analyst
must not be led into. So each figure gets its period as written in its
evidence sentence (the expression nearest to the figure) and a kind:
quarter, half, months, year, year to date, total (a running total "as of"
a date), month, or "" when the sentence names none. The expressions are
data (`data/periods.yaml`).

The same figure for the same period told by several reports is one row
with the number of reports, as events are (`events.py`).
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

from .data_yaml import load_data
from .events import statistics
from .row_access import copy_of, replaced_between, with_status
from .models import Incident

PeriodKind = Literal["quarter", "half", "months", "year", "years", "year to date", "total", "month", ""]
#: the contract columns of `defect-tui statistics`
FIGURE_COLUMNS: tuple[str, ...] = (
    "figure_id", "date", "period_kind", "period", "count", "category", "origin", "destination",
    "reported_by", "reports", "first_reported", "last_reported", "incident_ids",
)
PERIODS_FILE = Path(__file__).parent / "data" / "periods.yaml"
_SAME = "same as other"  # (takes the kind of the sentence's other period)
_WEAK = "total if alone"  # (a running total when the sentence writes no other period)
#: another figure (a share is none: "551, or 77%, of the defectors")
_DIGIT = re.compile(r"\b\d[\d,]*\b(?!\.\d)(?!\s*(?:%|percent|per\s*cent))")
#: what parts two clauses: a period across it is another figure's
_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\b(?:compared\s+(?:with|to)|but|while|whereas|and\s+then)\b")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
# (case-sensitive inside the case-insensitive pattern: "may" is a verb)
_FILL = {
    "month": "(?-i:" + "|".join(_MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)",
    "year": r"(?:19|20)\d\d",
    "ordinal": r"(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)",
    "number": r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})",
}
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_WITHIN_A_YEAR = frozenset({"quarter", "half", "months", "year", "year to date"})
_BY_MONTHS: dict[int, PeriodKind] = {3: "quarter", 6: "half", 12: "year"}


@dataclass(frozen=True, slots=True)
class Period:
    """Where a figure's period is written in its sentence, and its kind."""

    text: str
    kind: PeriodKind
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class Figure:
    """One reported figure and the reports that give it."""

    figure_id: str
    date: str
    period_kind: PeriodKind
    period: str
    count: int | None
    category: str
    origin: str
    destination: str
    reported_by: str
    reports: int
    first_reported: str
    last_reported: str
    incident_ids: tuple[str, ...]

    def as_row(self) -> dict[str, str]:
        row = {c: "" if getattr(self, c) is None else str(getattr(self, c)) for c in FIGURE_COLUMNS}
        row["incident_ids"] = ";".join(self.incident_ids)
        return row


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One alternation of every expression, a named group per kind, kinds in
    the file's order: at one place the first kind listed wins, and the
    leftmost place wins over a later one (so "the same period last year"
    is one expression, not "last year")."""
    data = load_data(PERIODS_FILE.read_text(encoding="utf-8"))
    known = set(get_args(PeriodKind)) | {_SAME, _WEAK}
    groups, kinds = [], []
    for i, (kind, exprs) in enumerate(data.items()):
        if kind not in known:
            raise ValueError(f"{PERIODS_FILE.name}: unknown period kind {kind!r}")
        body = "|".join(_filled(e) for e in exprs)
        groups.append(f"(?P<k{i}>{body})")
        kinds.append(kind)
    return re.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")(?![\w-])", re.IGNORECASE), tuple(kinds)


def _filled(expr: str) -> str:
    """`{month}` and the others filled in (not str.format: "\\d{1,2}" has braces)."""
    for name, alt in _FILL.items():
        expr = expr.replace("{" + name + "}", alt)
    return expr


def periods_in(sentence: str) -> list[Period]:
    """Every period expression of `sentence`, left to right."""
    pattern, kinds = _pattern()
    out = []
    for m in pattern.finditer(sentence):
        kind = next(kinds[int(name[1:])] for name, v in m.groupdict().items() if v is not None)
        out.append(Period(m.group(), _refined(kind, m.group()), m.start(), m.end()))  # type: ignore[arg-type]
    return out


def _refined(kind: str, text: str) -> str:
    """A span of months says what it is by its length ("January-March" is a
    quarter, "the first six months" a half)."""
    if kind != "months":
        return kind
    names = [i for i, name in enumerate(_MONTHS) if re.search(name[:3], text, re.IGNORECASE)]
    if len(names) == 2:
        return _BY_MONTHS.get(names[1] - names[0] + 1, "months")
    number = re.search(r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+months", text, re.IGNORECASE)
    if number:
        word = number.group(1).lower()
        return _BY_MONTHS.get(int(word) if word.isdigit() else _NUMBER_WORDS[word], "months")
    return "months"


def _figure_at(inc: Incident) -> tuple[int, int]:
    """Where the figure stands in the evidence: the count as written, else
    the actor's words, else the sentence's start."""
    sentence = inc.evidence
    if inc.count is not None:
        words = [w for w, n in _NUMBER_WORDS.items() if n == inc.count]
        for written in (f"{inc.count:,}", str(inc.count), *words):
            m = re.search(r"(?<![\w,.])" + re.escape(written) + r"(?![\w])", sentence, re.IGNORECASE)
            if m:
                return m.start(), m.end()
    at = sentence.find(inc.actor) if inc.actor else -1
    return (at, at + len(inc.actor)) if at >= 0 else (0, 0)


def period_of(inc: Incident) -> Period:
    """The period a figure covers, as its sentence writes it: the
    expression nearest to the figure ("" kind when there is none)."""
    sentence = inc.evidence
    every = periods_in(sentence)
    weak = [p for p in every if p.kind == _WEAK]
    found = [p for p in every if p.kind != _WEAK] or weak
    if not found:
        return Period("", "")
    s, e = _figure_at(inc)

    def gap(p: Period) -> tuple[int, int]:
        """Characters between the figure and the period (a few more before
        the figure than after: "1,137 in 2018"), a clause or another
        figure away counted as far; after the figure first on a tie."""
        after = p.start >= e
        lo, hi = (e, p.start) if after else (p.end, s)
        far = 1000 if _CLAUSE_BREAK.search(sentence, lo, hi) or _DIGIT.search(sentence, lo, hi) else 0
        return (far + max(hi - lo, 0) + (0 if after else 3), 0 if after else 1)

    best = min(found, key=gap)
    if gap(best)[0] >= 1000:  # (every period belongs to another clause or figure)
        best = min(weak, key=gap) if weak else Period("", "")
    if best.kind == _WEAK:
        return Period(best.text, "total", best.start, best.end)
    if best.kind != _SAME:
        return best
    others = [p for p in found if p.kind != _SAME]
    kind = min(others, key=gap).kind if others else ""
    return Period(best.text, kind, best.start, best.end)  # type: ignore[arg-type]


def _first_place(places: str) -> str:
    return places.split(";")[0].strip().casefold()


def figures(incidents: Iterable[Incident]) -> list[Figure]:
    """The reported figures of `incidents` (rejected ones left out), the
    same figure for the same period and place merged; newest first, and
    within a date the longer periods first (the year before its quarters)."""
    groups: dict[tuple[str, ...], list[tuple[Incident, Period]]] = {}
    if len(_PERIODS) > MAX_KEPT_PERIODS:
        _PERIODS.clear()
    for inc in statistics(incidents):
        key = (inc.evidence, inc.count, inc.actor)
        period = _PERIODS.get(key)
        if period is None:
            period = _PERIODS[key] = period_of(inc)
        # (a year's, a half's or a quarter's figure is one whatever day a report dates it to)
        date = inc.date[:4] if period.kind in _WITHIN_A_YEAR else inc.date
        key = (date, period.kind, "" if inc.count is None else str(inc.count), _first_place(inc.destination))
        groups.setdefault(key, []).append((inc, period))
    out = [_merged(reports) for reports in groups.values()]
    order = {k: i for i, k in enumerate(("total", "years", "year", "year to date", "half", "months", "quarter", "month", ""))}
    out.sort(key=lambda f: order[f.period_kind])
    out.sort(key=lambda f: f.date or "", reverse=True)
    return out


class FiguresMemo:
    """`figures(rows)` kept for the rows it was made of, so that the figures
    view opens with its rows in its first frame once the table's warm-up
    has made them (0.7 s for the 11,000 figures of 10,000 articles; a
    review's new rows are made again in 0.1 s: the periods of unchanged
    sentences are kept in `_PERIODS`)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rows: Sequence[Incident] = []  # (a copy: `copy_of`)
        self._found: list[Figure] | None = None

    def figures(self, rows: Sequence[Incident]) -> list[Figure]:
        with self._lock:
            if self._found is None or not self._same(rows):
                self._found, self._rows = figures(with_status(rows, "reported_count")), copy_of(rows)
            return self._found

    def ready(self, rows: Sequence[Incident]) -> list[Figure] | None:
        """The figures of `rows` if made already; never waits (the UI thread's call)."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            return self._found if self._found is not None and self._same(rows) else None
        finally:
            self._lock.release()

    def _same(self, rows: Sequence[Incident]) -> bool:
        return len(rows) == len(self._rows) and replaced_between(self._rows, rows) == []


#: the periods of the sentences seen (a figure's sentence is read once a session)
_PERIODS: dict[tuple[str, int | None, str], Period] = {}
MAX_KEPT_PERIODS = 200_000
FIGURES_MEMO = FiguresMemo()


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(v for v in values if v)
    return max(counts.items(), key=lambda kv: (kv[1], -len(kv[0])))[0] if counts else ""


def _merged(reports: Sequence[tuple[Incident, Period]]) -> Figure:
    reports = sorted(reports, key=lambda rp: (rp[0].article_date or "9999", rp[0].incident_id))
    incs = [r for r, _ in reports]
    ids = tuple(r.incident_id for r in incs)
    seen = sorted(r.article_date for r in incs if r.article_date)
    first, period = reports[0]
    date = first.date[:4] if period.kind in _WITHIN_A_YEAR else first.date
    return Figure(
        figure_id="fig-" + hashlib.sha1("\n".join(sorted(ids)).encode()).hexdigest()[:10],
        date=date or "", period_kind=period.kind, period=_most_common(p.text for _, p in reports),
        count=first.count, category=_most_common(r.actor for r in incs), origin=_most_common(r.origin for r in incs),
        destination=_most_common(r.destination for r in incs), reported_by=_most_common(r.reported_by for r in incs),
        reports=len({r.article_id for r in incs}), first_reported=seen[0] if seen else "",
        last_reported=seen[-1] if seen else "", incident_ids=ids)
