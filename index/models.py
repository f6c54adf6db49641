"""The data that flows from files to screen and CSV.

Frozen dataclasses so that a value handed to the UI thread can never be
changed under it by a worker; tuples instead of lists for the same reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from collections.abc import Callable
from typing import Any, Literal

Label = Literal["PERSON", "ORG", "LOCATION", "DATE", "ROLE", "NUMBER"]
LABELS: tuple[str, ...] = ("PERSON", "ORG", "LOCATION", "DATE", "ROLE", "NUMBER")

Precision = Literal["day", "month", "year", ""]
SortOrder = Literal["relevance", "date"]
#: (done, total, current path) of an update, for a progress bar
ProgressFn = Callable[[int, int, str], None]
Status = Literal["defected", "attempted", "sought_asylum", "reported_count"]
STATUSES: tuple[str, ...] = ("defected", "attempted", "sought_asylum", "reported_count")

# The CSV contract of DESIGN.md: column order matters to scripts reading it.
INCIDENT_COLUMNS: tuple[str, ...] = (
    "incident_id",
    "article_id",
    "article_title",
    "article_date",
    "date",
    "date_precision",
    "status",
    "actor",
    "actor_name",
    "role",
    "count",
    "origin",
    "destination",
    "reported_by",
    "evidence",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as loaded from a corpus file.

    `body` excludes the headline lines and leading page furniture, so entity
    offsets and reader positions refer to the text the user actually reads.
    `date` is an ISO prefix as precise as the source allows (`2015`,
    `2015-04`, `2023-06-12`), with `date_precision` saying which.
    """

    id: str
    path: str
    title: str
    body: str
    date: str = ""
    date_precision: Precision = ""
    source: str = ""
    authors: tuple[str, ...] = ()
    url: str = ""
    content_hash: str = ""
    encoding: str = "utf-8"
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """A named entity as character offsets into `Article.body`.

    Offsets, not marked-up text, so that the reader can style the body
    without ever parsing article text as markup. `canonical` links a later
    "Mr Kim" to the full name written earlier in the same article.
    """

    start: int
    end: int
    label: str
    text: str
    canonical: str = ""

    def __reduce__(self) -> tuple:
        """Pickled as its fields in order: the extraction workers send some
        90 spans an article, and the default (the slots' state, set one by
        one) took twice the time each way."""
        return EntitySpan, (self.start, self.end, self.label, self.text, self.canonical)


@dataclass(slots=True, eq=False)
class Incident:
    """One defection event as stated in one article (see DESIGN.md).

    Not frozen, unlike the other records, by measurement: the table loads
    100,000 of them, and a frozen dataclass sets each of its 19 fields
    through object.__setattr__ (0.22 s against 0.07 s). Treat it as
    read-only all the same.

    `evidence_start`/`evidence_end` locate the evidence sentence in the
    article body so the reader can jump to it. `group_key` is shared by rows
    of different articles that report the same event.
    """

    incident_id: str
    article_id: str
    article_title: str
    article_date: str
    date: str
    date_precision: Precision
    status: str
    actor: str
    actor_name: str
    role: str
    count: int | None
    origin: str
    destination: str
    reported_by: str
    evidence: str
    evidence_start: int = -1
    evidence_end: int = -1
    group_key: str = ""
    # how many articles report this same event (rows sharing group_key);
    # filled when read from the index, 0 when the actor is unnamed
    group_size: int = 0
    # the analyst's review (review_apply.py): extracted | confirmed | edited | added | rejected
    review: str = "extracted"
    note: str = ""
    # the actor as extracted, when a review changed it (what the review is anchored to)
    extracted_actor: str | None = None

    def __reduce__(self) -> tuple:
        """Pickled as its fields in order (as EntitySpan is)."""
        return Incident, _INCIDENT_VALUES(self)

    def as_row(self) -> dict[str, str]:
        """The contract columns as strings: what CSV and JSONL carry."""
        return {
            col: ("" if getattr(self, col) is None else str(getattr(self, col)))
            for col in INCIDENT_COLUMNS
        }


#: an incident's fields in the order its constructor takes them
_INCIDENT_VALUES = attrgetter(*(f.name for f in fields(Incident)))


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractor read from one article."""

    entities: tuple[EntitySpan, ...]
    incidents: tuple[Incident, ...]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One ranked result. `snippet` is plain text; `highlights` are
    `(start, end)` spans into it, never markup."""

    id: str
    title: str
    date: str
    source: str
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    total: int
    hits: tuple[SearchHit, ...]
    error: str = ""
    suggestion: str = ""  # "did you mean" query, empty when none is better
    terms: tuple[str, ...] = ()  # analysed words the query matched, for marking hits in the reader
    # False when `total` is an estimate (a common phrase on a large archive,
    # verified only as far as the page needs); never below the hits verified
    total_exact: bool = True


@dataclass(frozen=True, slots=True)
class SkippedFile:
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class IndexReport:
    """Summary of one build or update, shown by the CLI and the app."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: tuple[SkippedFile, ...] = ()
    rebuilt_reason: str = ""  # why the whole index was rebuilt, if it was
    seconds: float = 0.0
    notes: tuple[str, ...] = ()  # one-line messages (missing folders, duplicates)


class FacetValue(str):
    """A facet value that merges several spellings of one entity ("Thae
    Yong Ho", "Thae Yong-ho"): the text is the spelling shown (the most
    frequent), `spellings` every one it counts, so that choosing it can ask
    for all of them (`api.facet_term`). A `str`, so that code showing or
    comparing values, and a backend that merges nothing, need no change.
    Immutable like the dataclasses above."""

    spellings: tuple[str, ...]

    def __new__(cls, shown: str, spellings: tuple[str, ...] = ()) -> "FacetValue":
        obj = super().__new__(cls, shown)
        object.__setattr__(obj, "spellings", tuple(spellings) or (str(shown),))
        return obj

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"FacetValue is immutable ({name})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"FacetValue is immutable ({name})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (FacetValue, (str(self), self.spellings))
