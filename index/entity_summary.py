"""Every entity once: its name variants merged, with its article and
incident counts (`defect-tui entities --summary`, the entity browser).

Variants fold by case, dots ("U.S." = "US"), possessives ("Kim's"),
honorifics ("Mr Thae"), the romanisation of Korean names (the surname
variants the extractor uses for events) and a table of aliases kept as
data (`data/entity_aliases.yaml`, "United States" = "U.S." = "America"),
which the user's config extends: every rule is in `variant_table.py`.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .incident_rows import IncidentRows
from .row_access import copy_of, replaced_between
from .models import EntitySpan, Incident
from .variant_table import VariantTable, variant_table

SUMMARY_COLUMNS: tuple[str, ...] = ("label", "name", "variants", "articles", "incidents")


@dataclass(frozen=True, slots=True)
class EntitySummary:
    label: str
    name: str
    variants: tuple[str, ...]
    articles: int
    incidents: int

    def as_row(self) -> dict[str, str]:
        return {"label": self.label, "name": self.name, "variants": "; ".join(self.variants),
                "articles": str(self.articles), "incidents": str(self.incidents)}


def spans_as_names(spans: Iterable[tuple[str, EntitySpan]]) -> Iterable[tuple[str, str, str]]:
    """(article id, label, name) of entity spans, for `summarise`."""
    for aid, span in spans:
        yield aid, span.label, span.text


#: facet field -> entity label (`Corpus.facets` counts the entities' articles)
FACET_LABELS: dict[str, str] = {"person": "PERSON", "org": "ORG", "place": "LOCATION"}


def summarise_facets(facets: Mapping[str, Iterable[tuple[str, int]]], incidents: Iterable[Incident],
                     table: VariantTable | None = None, label: str | None = None) -> list[EntitySummary]:
    """`summarise` from `Corpus.facets("", top=<all>)`: the backend has
    already counted each entity's articles with its spellings merged (a
    value with `spellings`), which costs 0.06 s at 10,000 articles where
    reading every article's names costs 0.8 s. A backend that merges
    nothing gives plain values: those are merged here by key, their counts
    added (an article naming both spellings then counts twice)."""
    table = table or variant_table()
    names, articles = _facet_names(facets, table, label)
    return _summaries(names, articles, _mentions(incidents, table, set(names)), table)


def _facet_names(facets: Mapping[str, Iterable[tuple[str, int]]], table: VariantTable, label: str | None
                 ) -> tuple[dict[tuple[str, str], list[str]], Counter[tuple[str, str]]]:
    """(label, key) -> its spellings, and -> its article count, from the facets."""
    names: dict[tuple[str, str], list[str]] = {}
    articles: Counter[tuple[str, str]] = Counter()
    for field, lab in FACET_LABELS.items():
        if label and lab != label:
            continue
        for value, n in facets.get(field, ()):
            key_text = table.key(lab, str(value))
            if not key_text:
                continue
            key = (lab, key_text)
            spellings = names.setdefault(key, [])
            spellings.extend(v for v in (getattr(value, "spellings", None) or (str(value),)) if v not in spellings)
            articles[key] += n
    return names, articles


def _summaries(names: Mapping[tuple[str, str], list[str]], articles: Mapping[tuple[str, str], int],
               mentions: Mapping[tuple[str, str], int], table: VariantTable) -> list[EntitySummary]:
    out = [EntitySummary(key[0], table.shown.get(key) or spellings[0], tuple(spellings), articles[key],
                         mentions.get(key, 0)) for key, spellings in names.items()]
    out.sort(key=lambda e: (-e.articles, -e.incidents, e.label, e.name.casefold()))
    return out


def _mentions(incidents: Iterable[Incident], table: VariantTable, known: set[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """(label, key) -> the incidents naming it (as actor, place or source).
    Rows repeat the same few names: each distinct actor, source and
    (origin, destination) pair is keyed once and counted by how often it
    occurs (0.1 s for 93,000 rows where keying every row took 0.7 s). A
    place counts once per row even when it is both origin and destination."""
    actors: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    places: Counter[tuple[str, str]] = Counter()
    if isinstance(incidents, IncidentRows):  # (counted by the columns' codes, no row made)
        names, name_codes = incidents.column("actor_name")
        reporters, reporter_codes = incidents.column("reported_by")
        origins, origin_codes = incidents.column("origin")
        destinations, destination_codes = incidents.column("destination")
        actors.update({names[c]: n for c, n in Counter(name_codes).items() if names[c]})
        sources.update({reporters[c]: n for c, n in Counter(reporter_codes).items() if reporters[c]})
        places.update({(origins[o], destinations[d]): n for (o, d), n in Counter(zip(origin_codes, destination_codes)).items()
                       if origins[o] or destinations[d]})
    else:
        for inc in incidents:
            if inc.actor_name:
                actors[inc.actor_name] += 1
            if inc.reported_by:
                sources[inc.reported_by] += 1
            if inc.origin or inc.destination:
                places[(inc.origin, inc.destination)] += 1
    keys: dict[tuple[str, str], str] = {}

    def keyed(lab: str, *values: str) -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for value in values:
            for part in value.split(";") if value else ():
                part = part.strip()
                if part:
                    key_text = keys.get((lab, part))
                    if key_text is None:
                        key_text = keys[(lab, part)] = table.key(lab, part)
                    if (lab, key_text) in known:
                        out.add((lab, key_text))
        return out

    mentions: Counter[tuple[str, str]] = Counter()
    for lab, counts in (("PERSON", actors), ("ORG", sources)):
        for value, n in counts.items():
            for k in keyed(lab, value):
                mentions[k] += n
    for (origin, destination), n in places.items():
        for k in keyed("LOCATION", origin, destination):
            mentions[k] += n
    return mentions


def summarise(names_in: Iterable[tuple[str, str, str]], incidents: Iterable[Incident],
              table: VariantTable | None = None, label: str | None = None) -> list[EntitySummary]:
    """One row per canonical entity, most articles first, from (article id,
    label, name) rows (`Corpus.entity_names`, or `spans_as_names`)."""
    table = table or variant_table()
    names: dict[tuple[str, str], Counter[str]] = {}
    articles: dict[tuple[str, str], set[str]] = {}
    keys: dict[tuple[str, str], str] = {}  # (label, name) -> key: names repeat across articles
    for aid, lab, text in names_in:
        if label and lab != label:
            continue
        key_text = keys.get((lab, text))
        if key_text is None:
            key_text = keys[(lab, text)] = table.key(lab, text)
        if not key_text:
            continue
        key = (lab, key_text)
        names.setdefault(key, Counter())[text.strip()] += 1
        articles.setdefault(key, set()).add(aid)
    mentions = _mentions(incidents, table, set(names))
    out = []
    for key, variants in names.items():
        shown = table.shown.get(key) or max(variants.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        out.append(EntitySummary(key[0], shown, tuple(sorted(variants, key=lambda v: (-variants[v], v))),
                                 len(articles[key]), mentions.get(key, 0)))
    out.sort(key=lambda e: (-e.articles, -e.incidents, e.label, e.name.casefold()))
    return out


#: at most this many replaced rows (a review's) are counted again on the UI thread
READY_UPDATES = 200


class SummaryMemo:
    """`summarise_facets` of the incident table's rows, kept between opens
    of the entity browser and filled by the app's warm-up while the user
    is idle: reading every entity's facet counts and keying 1,800 names
    takes ~0.15 s at 10,000 articles, half of what opening the browser may
    take (300 ms). The facets are read again when the table's rows are
    another list (a reload after re-indexing); after a review, only the
    replaced rows' mentions are counted again (their old mentions taken
    away, the new added: a few ms), so that the browser opened right after
    a review shows in its first frame too."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # the browser waits for the warm-up rather than repeat it
        self._rows_list: object = None
        self._rows: Sequence[Incident] = []  # (a copy: `copy_of`)
        self._table = ""
        self._names: dict[tuple[str, str], list[str]] | None = None
        self._articles: Counter[tuple[str, str]] = Counter()
        self._mentions: Counter[tuple[str, str]] = Counter()
        self._out: list[EntitySummary] | None = None

    def ready(self, rows: Sequence[Incident], table: VariantTable) -> list[EntitySummary] | None:
        """The summary of `rows` if it is kept already (the warm-up made it),
        or nearly (a few rows replaced by a review), without waiting: the
        browser then shows it in its first frame."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            changed = self._changed(rows, table)
            if changed is None or len(changed) > READY_UPDATES:
                return None
            return self._updated(rows, changed, table)
        finally:
            self._lock.release()

    def summary(self, rows: Sequence[Incident], facets: Callable[[], Mapping[str, Iterable[tuple[str, int]]]],
                table: VariantTable) -> list[EntitySummary]:
        with self._lock:
            if rows is not self._rows_list or self._names is None or table.fingerprint != self._table:
                self._names, self._articles = _facet_names(facets(), table, None)
                self._out = None
            changed = self._changed(rows, table)
            if changed is None:
                self._mentions = _mentions(rows, table, set(self._names))
                self._rows_list, self._rows, self._table, self._out = rows, copy_of(rows), table.fingerprint, None
                changed = []
            return self._updated(rows, changed, table)

    def _changed(self, rows: Sequence[Incident], table: VariantTable) -> list[int] | None:
        """Positions of the rows replaced since the last count; None when
        the counts are of other rows altogether (or of none yet)."""
        if (self._names is None or rows is not self._rows_list or table.fingerprint != self._table
                or len(rows) != len(self._rows)):
            return None
        return replaced_between(self._rows, rows)

    def _updated(self, rows: Sequence[Incident], changed: list[int], table: VariantTable) -> list[EntitySummary]:
        assert self._names is not None
        if changed:
            known = set(self._names)
            self._mentions.subtract(_mentions([self._rows[i] for i in changed], table, known))
            self._mentions.update(_mentions([rows[i] for i in changed], table, known))
            for i in changed:
                self._rows[i] = rows[i]
            self._out = None
        if self._out is None:
            self._out = _summaries(self._names, self._articles, self._mentions, table)
        return self._out


#: the one memo of the app's incident table (the CLI summarises once and needs none)
SUMMARY_MEMO = SummaryMemo()
