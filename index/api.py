"""The backend contract: what the app and the CLI may ask of an index.

Everything `tui/` knows about storage is the `Corpus` protocol below and
the frozen models it returns (`models.py`); it never sees Whoosh or
SQLite. `open_corpus` chooses the backend (today the Whoosh one in
`store.py`); another backend (a server search engine for a shared
archive, an in-memory one for tests) implements the same methods and
passes `tests/contract/`. See docs/ARCHITECTURE.md.

Methods must be safe to call from worker threads: the app searches from
a fresh worker per keystroke while an update may be running in another.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Protocol, runtime_checkable

from .config import Settings
from .incident_rows import IncidentRows
from .models import (Article, EntitySpan, FacetValue, Incident, IndexReport, ProgressFn, SearchResult,
                     SkippedFile, SortOrder)

#: the words of a name as the entity fields' analyser splits them (Whoosh's
#: default tokenizer, lower-cased)
_NAME_WORDS = re.compile(r"\w+(?:\.?\w+)*")

__all__ = ["Corpus", "FacetValue", "ProgressFn", "SortOrder", "facet_term", "open_corpus"]


@runtime_checkable
class Corpus(Protocol):
    """An indexed set of corpus folders."""

    @property
    def index_path(self) -> Path:
        """Where this corpus keeps its generated files (shown to the user)."""
        ...

    @property
    def folders(self) -> tuple[Path, ...]:
        ...

    def update(self, progress: ProgressFn | None = None, *, rebuild: bool = False,
               cancel: threading.Event | None = None) -> IndexReport:
        """Bring the index up to date with the folders (or rebuild it).
        Never raises for a busy index or a cancel: the report's notes say so."""
        ...

    def usable(self) -> bool:
        """Whether the index can be searched as it is (built, of this schema
        version and these rules), before any update: then the app shows it
        at once and updates behind it."""
        ...

    def search(self, query: str, *, limit: int = 50, sort: SortOrder = "relevance",
               within: Collection[str] | None = None) -> SearchResult:
        """Ranked hits with plain-text snippets and the exact total; an
        empty query lists all articles newest first; a query the user must
        fix comes back with `error` set, never as an exception. `within`
        limits the search to those article ids (the analyst's tags and
        stars, which the backend does not hold), totals still exact."""
        ...

    def matching_ids(self, query: str, *, within: Collection[str] | None = None) -> set[str] | None:
        """Every article id the query matches, beyond the first page of
        hits (for "incidents of the current results"); None means all."""
        ...

    def facets(self, query: str, *, top: int = 8,
               within: Collection[str] | None = None) -> dict[str, list[tuple[str, int]]]:
        """Top values with article counts for the articles a query matches,
        by field: person, org, place, source, date (years, newest first).
        A value narrows a search as `facet_term(field, value)`. A backend
        may merge the spellings of one entity into one value (a
        `FacetValue`, counting each article once, showing the most frequent
        spelling); its `facet_term` then finds every spelling."""
        ...

    def article(self, article_id: str) -> Article | None:
        ...

    def entities(self, article_id: str) -> list[EntitySpan]:
        ...

    def all_entities(self, article_ids: Iterable[str] | None = None) -> Iterable[tuple[str, EntitySpan]]:
        ...

    def entity_names(self, label: str | None = None, *, per_article: bool = True) -> Iterable[tuple[str, str, str]]:
        """(article id, label, name): each distinct PERSON, ORG and LOCATION
        name per article (the entity browser and `entities --summary`), of
        one label when given; with `per_article=False`, each name once, with
        "" for the article (the name variants a search offers)."""
        ...

    def incidents(self, article_ids: Collection[str] | None = None) -> list[Incident]:
        """All incidents, or those of the given articles, in corpus order."""
        ...

    def incident_table(self, article_ids: Collection[str] | None = None) -> IncidentRows:
        """`incidents()` held as columns, an incident made when asked for:
        what the incident table keeps of a million rows (`incident_rows.py`)."""
        ...

    def incident_values(self, article_ids: Collection[str] | None = None) -> Iterable[tuple]:
        """Each incident's values in INCIDENT_COLUMNS order, as `incidents()`
        orders them, without the rest of the row: the stream an export of
        a million incidents writes (`export_stream.py`). Iterate it before
        asking the corpus anything else."""
        ...

    def first_incidents(self, limit: int) -> tuple[list[Incident], int]:
        """The first `limit` incidents in the table's opening order (newest
        event date first, undated last, equal dates in corpus order) and the
        number of incidents in all: the first screen of a large table,
        shown while `incidents()` reads every row."""
        ...

    def incidents_stamp(self) -> str:
        """A name for the incidents `incidents()` returns now: it changes
        with every update that writes rows (by this process or another).
        Read it before the rows: what is derived from them (the merged
        events kept on disk) is filed under it. '' when the backend cannot
        tell, and then nothing is kept."""
        ...

    def articles_changed_between(self, older: str, newer: str) -> frozenset[str] | None:
        """The articles whose incidents the updates from stamp `older` to
        stamp `newer` wrote or removed (`incidents_stamp`): what was derived
        from the older rows needs only their part redone. None when the
        store cannot tell (a full build since, or too many updates ago)."""
        ...

    def hit_spans(self, text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
        """Where the result's analysed `terms` occur in `text` (the reader)."""
        ...

    def skipped(self) -> list[SkippedFile]:
        """Files the last update could not index, with the reason."""
        ...

    def article_count(self) -> int:
        ...

    def warm_up(self) -> None:
        """Read ahead, at a quiet moment, what the first misspelt query of a
        session would otherwise read on a keystroke. Optional work: a no-op
        is a correct implementation."""
        ...

    def close(self) -> None:
        ...

    def __enter__(self) -> "Corpus":
        ...

    def __exit__(self, *exc: object) -> None:
        ...


def facet_term(field: str, value: str) -> str:
    """The query term that narrows a search to one facet value: for a
    merged value, each of its spellings, OR-ed in parentheses (so that the
    term can follow any query)."""
    if field == "date":
        return f"date:{value}"
    spellings = [str(value)] + list(getattr(value, "spellings", None) or ())
    # spellings a name field indexes alike ("SEOUL", "Seoul") are asked once
    words = {}
    for s in spellings:
        words.setdefault(tuple(_NAME_WORDS.findall(s.casefold())), s)
    terms = [f'{field}:"{s.replace(chr(34), "")}"' for s in words.values()]
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def open_corpus(settings: Settings) -> Corpus:
    """The corpus of `settings.corpus`, with the default (Whoosh) backend.

    The backend is imported here, not with this module: code that only
    speaks the contract (the app's widgets, the CLI's argument parsing)
    does not load Whoosh until an index is opened."""
    from .store import WhooshCorpus

    return WhooshCorpus(settings)
