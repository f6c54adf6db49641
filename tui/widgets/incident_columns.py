"""What the incident table shows of an incident: its columns, the text of
each cell, the sort keys, the column widths measured from the rows, and
the row as one line for the clipboard. Pure functions of `Incident`, so
that the loading worker and the tests use them without a widget."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from defect_tui.index.incident_rows import IncidentRows
from defect_tui.index.models import Incident

from ..textutil import one_line
from .row_model import Column, RowModel, measure

MARK = "✓"

COLUMNS: tuple[Column, ...] = (
    # key, label, most cells; on a narrow screen the widest give way down to min_width
    Column("mark", MARK, 1, style="bold green", sortable=False),
    # the analyst's review: empty while a row is as extracted
    Column("review", "review", 9, min_width=9),
    Column("date", "date", 10, min_width=10),
    Column("status", "status", 14, min_width=9),
    Column("actor", "actor", 40, min_width=12),
    # the same event in other articles too (same named person): "×3"
    Column("reports", "same", 4, justify="right", min_width=4),
    Column("role", "role", 28, min_width=8, give=2),
    Column("count", "count", 5, justify="right", min_width=5),
    Column("origin", "origin", 40, min_width=8),
    Column("destination", "destination", 40, min_width=8),
    # these give way first: the reader shows the article, the CSV the reporter
    Column("reported_by", "reported by", 28, min_width=8, give=3),
    Column("article", "article", 60, min_width=12, give=4),
    Column("note", "note", 30, min_width=6, give=5),
)
SORTABLE = tuple(col.key for col in COLUMNS if col.sortable)


def _status(inc: Incident) -> str:
    return inc.status.replace("_", " ")


def _actor(inc: Incident) -> str:
    return inc.actor_name or inc.actor


def _count(inc: Incident) -> str:
    return "" if inc.count is None else str(inc.count)


def _reports(inc: Incident) -> str:
    return f"×{inc.group_size}" if inc.group_size > 1 else ""


def _article(inc: Incident) -> str:
    return inc.article_title or inc.article_id


def _review(inc: Incident) -> str:
    return "" if inc.review == "extracted" else inc.review


# the raw text of each column after "mark" (one_line keeps lengths, so widths
# can be measured on these without cleaning every value)
RAW: tuple[Callable[[Incident], str], ...] = (
    _review,
    lambda inc: inc.date,
    _status,
    _actor,
    _reports,
    lambda inc: inc.role,
    _count,
    lambda inc: inc.origin,
    lambda inc: inc.destination,
    lambda inc: inc.reported_by,
    _article,
    lambda inc: inc.note,
)


#: the raw text of a column by its key (frequencies, exports of a column)
RAW_BY_KEY: dict[str, Callable[[Incident], str]] = {col.key: f for col, f in zip(COLUMNS[1:], RAW)}


def incident_cells(inc: Incident, marked: bool = False) -> tuple[str, ...]:
    """The display strings of a row, one per column (data, never markup)."""
    return (MARK if marked else "",) + tuple(one_line(f(inc) or "") for f in RAW)


def _no_text(inc: Incident) -> str:
    return ""


#: what the quick filter searches, per column: the cells' raw text (not the mark)
FILTER_TEXTS: tuple[Callable[[Incident], str], ...] = (_no_text, *RAW)


def _text_key(f: Callable[[Incident], str]) -> Callable[[Incident], str | None]:
    def key(inc: Incident) -> str | None:
        return (f(inc) or "").casefold() or None

    return key


SORT_KEYS: dict[str, Callable[[Incident], object]] = {
    "date": lambda inc: inc.date or None,  # ISO prefixes: text order is date order
    "status": _text_key(_status),
    "actor": _text_key(_actor),
    # largest groups first when reversed, each group's rows together
    "reports": lambda inc: (inc.group_size, inc.group_key) if inc.group_size > 1 else None,
    "role": _text_key(lambda inc: inc.role),
    "count": lambda inc: inc.count,
    "origin": _text_key(lambda inc: inc.origin),
    "destination": _text_key(lambda inc: inc.destination),
    "reported_by": _text_key(lambda inc: inc.reported_by),
    "article": _text_key(_article),
    "review": _text_key(_review),
    "note": _text_key(lambda inc: inc.note),
}


#: the fields of an incident each column's text and sort key read
FIELDS_OF: dict[str, tuple[str, ...]] = {
    "mark": (), "review": ("review",), "date": ("date",), "status": ("status",), "actor": ("actor_name", "actor"),
    "reports": ("group_size", "group_key"), "role": ("role",), "count": ("count",), "origin": ("origin",),
    "destination": ("destination",), "reported_by": ("reported_by",), "article": ("article_title", "article_id"),
    "note": ("note",),
}


class IncidentModel(RowModel[Incident]):
    def __init__(self, rows: Sequence[Incident]) -> None:
        super().__init__(rows, COLUMNS, incident_cells, SORT_KEYS, FILTER_TEXTS)

    def values(self, fn: Callable[[Incident], object], key: str) -> Iterable[object]:
        """Rows kept as columns give a column's values without making each
        row: a value per distinct combination of the fields it reads."""
        rows = self.rows
        if isinstance(rows, IncidentRows):
            return rows.per_row(fn, FIELDS_OF[key])
        return map(fn, rows)


MEASURE_SAMPLE = 4000


def measure_widths(rows: Sequence[Incident]) -> list[int]:
    """Column widths from the rows, or from an even sample of 4,000 of them
    on a large table (every row: 0.1 s at 100,000; a rare longer value is
    cut with an ellipsis like any value over the column's cap)."""
    if len(rows) > MEASURE_SAMPLE:
        step = len(rows) / MEASURE_SAMPLE
        rows = [rows[int(i * step)] for i in range(MEASURE_SAMPLE)]
    widths = [1]
    for col, f in zip(COLUMNS[1:], RAW):
        values = [f(inc) or "" for inc in rows]
        widths.append(min(measure(values, col.width), mostly_width(values)))
    return widths


def mostly_width(values: Sequence[str], share: float = 0.95) -> int:
    """The width that holds `share` of the values whole: one long place name
    among hundreds of short ones should not take the room of the actors."""
    lengths = sorted(len(v) for v in values if v)  # (empty cells hold nothing)
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, int(len(lengths) * share))]


def row_text(inc: Incident) -> str:
    """Date, status, who, how many, from where to where, according to whom,
    and the article: the fields a note cites, in reading order."""
    who = inc.actor + (f" ({inc.role})" if inc.role and inc.role not in inc.actor.lower() else "")
    parts = [inc.date or "undated", inc.status.replace("_", " "), who]
    if inc.count:
        parts.append(f"{inc.count} people")
    if inc.origin or inc.destination:
        parts.append(f"{inc.origin or '?'} -> {inc.destination or '?'}")
    if inc.reported_by:
        parts.append(f"reported by {inc.reported_by}")
    parts.append(f"in \"{inc.article_title or inc.article_id}\" ({inc.article_date})")
    return one_line(" · ".join(p for p in parts if p))
