"""Incident and entity exports in the contract formats of DESIGN.md.

Files are written to a temporary sibling and renamed into place, so an
interrupted export never leaves a half-written CSV where a good one was.
"""

from __future__ import annotations

import csv
import io
import json
from operator import attrgetter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from .atomic_files import atomic_write
from .models import INCIDENT_COLUMNS, EntitySpan, Incident

_FORMULA_START = frozenset("=+-@\t\r")


def neutralise(cell: str) -> str:
    """Keep a spreadsheet from running a cell as a formula (OWASP advice:
    prefix a quote). Numbers stay numbers."""
    if cell[:1] in _FORMULA_START:
        return "'" + cell
    return cell


#: appended after `evidence` with --review-columns; without it the header is the contract's
REVIEW_COLUMNS: tuple[str, ...] = ("review", "note")


def export_columns(review_columns: bool = False) -> tuple[str, ...]:
    """The columns an export writes: the contract's, then the review's when asked."""
    return INCIDENT_COLUMNS + (REVIEW_COLUMNS if review_columns else ())


def incident_values(incidents: Iterable[Incident], review_columns: bool = False) -> Iterator[tuple]:
    """Each incident's values in `export_columns` order."""
    return map(attrgetter(*export_columns(review_columns)), incidents)


def value_csv_rows(values: Iterable[tuple], review_columns: bool = False) -> Iterator[list]:
    """The header, then each row's cells: text cells neutralised, the count
    as a number or empty. `values` are in `export_columns` order, from
    incidents (`incident_values`) or straight from the row store
    (`export_stream.py`: a million rows without making an Incident each)."""
    yield list(export_columns(review_columns))
    danger = _FORMULA_START
    for row in values:
        # (`neutralise` written inline: a call per cell was a tenth of an export;
        # `""[:1]` is in no set, and the csv module writes an int as its digits)
        yield [("'" + v if v[:1] in danger else v) if v.__class__ is str else ("" if v is None else v)
               for v in row]


def write_value_csv_to(fh: IO[str], values: Iterable[tuple], review_columns: bool = False) -> int:
    """Write the header and the rows; return the number of rows."""
    writer = csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    rows = value_csv_rows(values, review_columns)
    writer.writerow(next(rows))
    n = 0

    def counted() -> Iterator[list]:
        nonlocal n
        for n, row in enumerate(rows, 1):  # noqa: B007 - the count is the point
            yield row

    writer.writerows(counted())
    return n


def value_json(values: tuple, review_columns: bool = False) -> str:
    """One JSON object per row: every column a string but the count (a number or null)."""
    row = {col: (v if col == "count" else "" if v is None else str(v))
           for col, v in zip(export_columns(review_columns), values)}
    return json.dumps(row, ensure_ascii=False)


def write_incidents_csv_to(fh: IO[str], incidents: Iterable[Incident], review_columns: bool = False) -> int:
    return write_value_csv_to(fh, incident_values(incidents, review_columns), review_columns)


def incidents_csv_text(incidents: Iterable[Incident], review_columns: bool = False) -> str:
    buf = io.StringIO(newline="")
    write_incidents_csv_to(buf, incidents, review_columns)
    return buf.getvalue()


def incident_json(inc: Incident, review_columns: bool = False) -> str:
    return value_json(next(incident_values([inc], review_columns)), review_columns)


def entity_json(article_id: str, span: EntitySpan) -> str:
    return json.dumps({"article_id": article_id, "start": span.start, "end": span.end,
                       "label": span.label, "text": span.text}, ensure_ascii=False)


def write_incidents_csv(incidents: Iterable[Incident], path: Path, review_columns: bool = False) -> int:
    """Write the contract CSV atomically; return the number of rows."""
    return write_values_csv(incident_values(incidents, review_columns), path, review_columns)


def write_values_csv(values: Iterable[tuple], path: Path, review_columns: bool = False) -> int:
    """Rows in `export_columns` order as the contract CSV, atomically."""
    return atomic_write(path, lambda fh: write_value_csv_to(fh, values, review_columns))


def write_values_jsonl(values: Iterable[tuple], path: Path, review_columns: bool = False) -> int:
    def write(fh: IO[str]) -> int:
        n = 0
        for row in values:
            fh.write(value_json(row, review_columns) + "\n")
            n += 1
        return n

    return atomic_write(path, write)
