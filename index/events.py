"""Events across the archive: one record per defection, with the reports
behind it (as GDELT keeps events apart from their mentions).

The incident table has one row per report: the same defection told by six
articles is six rows. Here reports are merged:
- a named person: every report of that person (romanisations unified by
  the extractor's group key, re-keyed by the variant table so that the
  user's own variants join reports too) is one event;
- an unnamed group: reports with the same head-count, the same month (or
  year) and the same destination are one event (the 13 restaurant workers
  told by three outlets); without a count, the same actor words, date and
  places;
- statistics (`reported_count`) are no events: `statistics()` lists them
  with the period each figure covers.

Each event takes the consensus of its reports: the most precise date they
agree on, the most common value of each field, and a `conflicts` note
where reports disagree (two dates, two counts), with the values side by
side.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .models import Incident
from .variant_table import VariantTable, variant_table

#: the contract columns of `defect-tui events`
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "date", "date_precision", "status", "actor", "actor_name", "role", "count", "origin",
    "destination", "reports", "first_reported", "last_reported", "conflicts", "incident_ids",
)
#: when reports disagree on the status, the one furthest along is the event's
_STATUS_ORDER = {"defected": 3, "sought_asylum": 2, "attempted": 1}
_WORD = re.compile(r"[a-z]+")
_STOP = frozenset("a an the of from to in and north korean korea nk two three four five six seven eight nine "
                  "ten group".split())


@dataclass(slots=True)
class Event:
    """One event and the reports behind it. Not frozen, by measurement (as
    `Incident`): 33,000 of them are made at each merge or read of the kept
    file, and a frozen dataclass sets each of its 15 fields through
    object.__setattr__ (93 ms against 19 ms). Treat it as read-only."""

    event_id: str
    date: str
    date_precision: str
    status: str
    actor: str
    actor_name: str
    role: str
    count: int | None
    origin: str
    destination: str
    reports: int
    first_reported: str
    last_reported: str
    conflicts: str
    incident_ids: tuple[str, ...]

    def as_row(self) -> dict[str, str]:
        row = {c: "" if getattr(self, c) is None else str(getattr(self, c)) for c in EVENT_COLUMNS}
        row["incident_ids"] = ";".join(self.incident_ids)
        return row


def _actor_words(inc: Incident) -> str:
    return " ".join(w for w in _WORD.findall(inc.actor.lower()) if w not in _STOP)


def _first_place(places: str) -> str:
    return places.split(";")[0].strip().casefold()


def returns_north(inc: Incident) -> str:
    """"north" for a defector's return north: an event of its own, not a
    second report of the defection."""
    return "north" if _first_place(inc.destination) == "north korea" and _first_place(inc.origin) != "north korea" else ""


def person_event_key(person_group: str, north: str) -> tuple[str, ...]:
    """The key of a named person's event (`event_key`): one for the
    defection, another for a return north (`returns_north`)."""
    return ("person", person_group, north)


def event_key(inc: Incident, table: VariantTable | None = None) -> tuple[str, ...] | None:
    """Which event a report belongs to; None for a statistic."""
    if inc.status == "reported_count":
        return None
    if inc.group_key:
        return person_event_key((table or variant_table()).person_group(inc.group_key), returns_north(inc))
    period = inc.date[:7]
    if inc.count and inc.count > 1:
        return ("group", str(inc.count), period, _first_place(inc.destination))
    return ("other", _actor_words(inc), inc.date, _first_place(inc.origin), _first_place(inc.destination),
            inc.article_id if not inc.date else "")


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(v for v in values if v)
    if not counts:
        return ""
    return max(counts.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def _consensus_date(reports: Sequence[Incident]) -> tuple[str, str, str]:
    """The most precise date every report's date is a prefix of (or agrees
    with); where they disagree, the most reported one and a conflict note."""
    dates = sorted({r.date for r in reports if r.date}, key=len, reverse=True)
    if not dates:
        return "", "", ""
    best = dates[0]
    agree = all(best.startswith(d) for d in dates)
    if agree:
        precise = next(r.date_precision for r in reports if r.date == best)
        return best, precise, ""
    top = _most_common(r.date for r in reports)
    precise = next(r.date_precision for r in reports if r.date == top)
    return top, precise, "date: " + " | ".join(sorted(set(dates)))


def _single(r: Incident) -> Event:
    """The event of one report (most events: 29,000 of 33,000 at 10,000
    articles), without the counting that merging several needs."""
    return Event(
        event_id="ev-" + hashlib.sha1(r.incident_id.encode()).hexdigest()[:10],
        date=r.date or "", date_precision=r.date_precision if r.date else "", status=r.status,
        actor=r.actor_name or r.actor or "", actor_name=r.actor_name or "", role=r.role or "", count=r.count,
        origin=r.origin or "", destination=r.destination or "", reports=1,
        first_reported=r.article_date or "", last_reported=r.article_date or "", conflicts="",
        incident_ids=(r.incident_id,))


def build_event(reports: Sequence[Incident]) -> Event:
    return _single(reports[0]) if len(reports) == 1 else _merged(reports)


def report_order(r: Incident) -> tuple[str, str]:
    """The order of an event's reports (and of its `incident_ids`): the
    earliest article first."""
    return r.article_date or "9999", r.incident_id


def _merged(reports: Sequence[Incident]) -> Event:
    reports = sorted(reports, key=report_order)
    date, precision, date_conflict = _consensus_date(reports)
    conflicts = [date_conflict] if date_conflict else []
    counts = sorted({r.count for r in reports if r.count is not None})
    count = Counter(r.count for r in reports if r.count is not None).most_common(1)[0][0] if counts else None
    if len(counts) > 1:
        conflicts.append("count: " + " | ".join(str(c) for c in counts))
    statuses = {r.status for r in reports}
    status = max(statuses, key=lambda s: _STATUS_ORDER.get(s, 0))
    names = [r.actor_name for r in reports if r.actor_name]
    actor_name = max(Counter(names).items(), key=lambda kv: (kv[1], len(kv[0])))[0] if names else ""
    actor = actor_name or _most_common(r.actor for r in reports)
    seen_dates = sorted(r.article_date for r in reports if r.article_date)
    ids = tuple(r.incident_id for r in reports)
    return Event(
        event_id="ev-" + hashlib.sha1("\n".join(sorted(ids)).encode()).hexdigest()[:10],
        date=date, date_precision=precision, status=status, actor=actor, actor_name=actor_name,
        role=_most_common(r.role for r in reports), count=count,
        origin=_most_common(r.origin for r in reports), destination=_most_common(r.destination for r in reports),
        reports=len({r.article_id for r in reports}),
        first_reported=seen_dates[0] if seen_dates else "", last_reported=seen_dates[-1] if seen_dates else "",
        conflicts="; ".join(conflicts), incident_ids=ids)


def events(incidents: Iterable[Incident], table: VariantTable | None = None) -> list[Event]:
    """The events the reports tell, newest first (undated last); rejected
    reports are no evidence. `table`: the name variants (the shipped ones
    when None)."""
    table = table or variant_table()
    groups: dict[tuple[str, ...], list[Incident]] = {}
    for inc in incidents:
        if inc.review == "rejected":
            continue
        key = event_key(inc, table)
        if key is not None:
            groups.setdefault(key, []).append(inc)
    out = [build_event(reports) for reports in groups.values()]
    dated = sorted((e for e in out if e.date), key=lambda e: e.date, reverse=True)
    return dated + [e for e in out if not e.date]


def statistics(incidents: Iterable[Incident]) -> list[Incident]:
    """The reported figures (not events), each with the period as written."""
    return [i for i in incidents if i.status == "reported_count" and i.review != "rejected"]
