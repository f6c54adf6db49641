"""Reading the incident table's rows whether they are a list of objects or
columns (`incident_rows.IncidentRows`): ids, article ids and reviewed rows
without making every row; copies that later reviews do not reach; the rows
a review replaced since such a copy (how the views' memos find the few
rows to merge again); the shown rows made one at a time."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from operator import is_not
from typing import overload

from .incident_rows import IncidentRows
from .models import Incident


def id_at(rows: Sequence[Incident], i: int) -> str:
    """The id of the row at `i`, without making it when the rows are columns."""
    return rows.incident_id(i) if isinstance(rows, IncidentRows) else rows[i].incident_id


def ids_at(rows: Sequence[Incident], positions: Iterable[int]) -> list[str]:
    """The ids of the rows at `positions`, in order."""
    if isinstance(rows, IncidentRows):
        return rows.ids_at(positions)
    return [rows[i].incident_id for i in positions]


def id_parts_at(rows: Sequence[Incident], positions: Sequence[int]) -> tuple[list[str], list[int]]:
    """The ids of the rows at `positions` as `IdMarks.update_parts` takes
    them: article ids and numbers from columns, without making the strings
    (of a list: the whole ids, number -1)."""
    if isinstance(rows, IncidentRows):
        return rows.id_parts_at(positions)
    return [rows[i].incident_id for i in positions], [-1] * len(positions)


def ids_of(rows: Sequence[Incident]) -> Iterator[str]:
    return rows.ids() if isinstance(rows, IncidentRows) else (r.incident_id for r in rows)


def reviewable(rows: Sequence[Incident]) -> Iterable[int]:
    """The positions whose rows a review may have made: every one of a list;
    of columns, those replaced or added (the store's rows are never reviewed)."""
    return rows.touched() if isinstance(rows, IncidentRows) else range(len(rows))


class Picked(Sequence[Incident]):
    """The rows at some positions, in their order, made one at a time as
    they are read (the table's shown rows: a million of them made at once
    would take the memory the columns save)."""

    __slots__ = ("rows", "positions")

    def __init__(self, rows: Sequence[Incident], positions: Sequence[int]) -> None:
        self.rows = rows
        self.positions = positions

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, i: int) -> Incident: ...
    @overload
    def __getitem__(self, i: slice) -> list[Incident]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.rows[p] for p in self.positions[i]]
        return self.rows[self.positions[i]]

    def __iter__(self) -> Iterator[Incident]:
        return map(self.rows.__getitem__, self.positions)


def copy_of(rows: Sequence[Incident]) -> Sequence[Incident]:
    """A copy that later replacements of `rows` do not reach: of columns, a
    snapshot sharing them; of a list, a list of the same objects."""
    if isinstance(rows, IncidentRows):
        return rows.snapshot()
    if isinstance(rows, Picked):
        return Picked(copy_of(rows.rows), array("i", rows.positions))
    return list(rows)


def replaced_between(older: Sequence[Incident], rows: Sequence[Incident]) -> list[int] | None:
    """Positions whose rows `rows` replaced since `older` (a `copy_of` them);
    None when they are other rows altogether (another number of them, or
    columns of another load). Rows as objects are compared by identity."""
    if isinstance(older, IncidentRows) and isinstance(rows, IncidentRows):
        return rows.changed_from(older)
    if len(older) != len(rows):
        return None
    return [i for i, other in enumerate(map(is_not, older, rows)) if other]


def article_ids_of(rows: Sequence[Incident]) -> Iterator[str]:
    """Each row's article id, in order (of columns: without making rows)."""
    if isinstance(rows, IncidentRows):
        values, codes = rows.column("article_id")
        return map(values.__getitem__, codes)
    return (r.article_id for r in rows)


class _Light(Sequence[Incident]):
    """Rows made without their evidence sentences (`IncidentRows.light`)."""

    __slots__ = ("_rows",)

    def __init__(self, rows: IncidentRows) -> None:
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self._rows.light(j) for j in range(*i.indices(len(self)))]
        return self._rows.light(i)


def without_evidence(rows: Sequence[Incident]) -> Sequence[Incident]:
    """`rows` for work that never reads an evidence sentence and reads the
    rows in no order (the events of a person across the archive): of
    columns, rows made without it; any other rows as they are."""
    return _Light(rows) if isinstance(rows, IncidentRows) else rows


def with_status(rows: Sequence[Incident], status: str) -> Sequence[Incident]:
    """The rows of one status (of columns: found by the status column, and
    only they made: the reported figures are one row in ten)."""
    if not isinstance(rows, IncidentRows):
        return [r for r in rows if r.status == status]
    values, codes = rows.column("status")
    wanted = {c for c, v in enumerate(values) if v == status}
    return Picked(rows, [i for i, c in enumerate(codes) if c in wanted])


class ReportIds(Sequence[str]):
    """An event's incident ids in report order (`order`: the earliest
    article first), read from its rows when asked for. The events read back
    from the kept file were a million id strings and as many tuples
    (78 MB at 100,000 articles) that a view reads a screen of at a time;
    they share the rows and the memo's positions of each event instead.
    Compares, hashes and prints as the tuple it stands for."""

    __slots__ = ("_rows", "_positions", "_order")

    def __init__(self, rows: Sequence[Incident], positions: Sequence[int], order) -> None:  # noqa: ANN001
        self._rows = rows
        self._positions = positions
        self._order = order

    def _ids(self) -> tuple[str, ...]:
        rows, positions = self._rows, self._positions
        if len(positions) == 1:
            return (id_at(rows, positions[0]),)
        light = without_evidence(rows)
        return tuple(r.incident_id for r in sorted((light[j] for j in positions), key=self._order))

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, i):  # type: ignore[override]
        return self._ids()[i]

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids())

    def __eq__(self, other: object) -> bool:
        return tuple(self) == (tuple(other) if isinstance(other, (tuple, ReportIds)) else other)

    def __lt__(self, other: object) -> bool:
        return tuple(self) < tuple(other)  # type: ignore[arg-type]

    def __gt__(self, other: object) -> bool:
        return tuple(self) > tuple(other)  # type: ignore[arg-type]

    def __le__(self, other: object) -> bool:
        return tuple(self) <= tuple(other)  # type: ignore[arg-type]

    def __ge__(self, other: object) -> bool:
        return tuple(self) >= tuple(other)  # type: ignore[arg-type]

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))
