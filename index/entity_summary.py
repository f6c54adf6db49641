"""Every entity once: its name variants merged, with its article and
incident counts (`defect-tui entities --summary`, the entity browser).

Variants fold by case, dots ("U.S." = "US"), possessives ("Kim's"),
honorifics ("Mr Thae"), the romanisation of Korean names (the surname
variants the extractor uses for events) and a table of aliases kept as
data (`data/entity_aliases.yaml`, "United States" = "U.S." = "America").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import yaml

from .extract.grouping import group_key
from .locations import data_files_dir
from .models import EntitySpan, Incident

SUMMARY_COLUMNS: tuple[str, ...] = ("label", "name", "variants", "articles", "incidents")
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|prof|professor|gen|general|col|colonel|ambassador)\.?\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s$", re.I)


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


def _fold(text: str) -> str:
    text = _POSSESSIVE.sub("", _HONORIFIC.sub("", text.strip()))
    return " ".join(text.replace(".", "").casefold().split())


@lru_cache(maxsize=1)
def _alias_table() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """(folded variant -> folded key, key -> the name to show) per label."""
    data = yaml.safe_load((data_files_dir() / "entity_aliases.yaml").read_text(encoding="utf-8")) or {}
    keys: dict[tuple[str, str], str] = {}
    shown: dict[tuple[str, str], str] = {}
    for label, groups in data.items():
        for names in groups:
            shown[(label, _fold(names[0]))] = names[0]
            for name in names:
                keys[(label, _fold(name))] = _fold(names[0])
    return keys, shown


def _aliases() -> dict[tuple[str, str], str]:
    return _alias_table()[0]


@lru_cache(maxsize=1)
def surname_variants() -> dict[str, str]:
    """The romanisations of one surname, as the extractor maps them."""
    data = yaml.safe_load((data_files_dir() / "extraction.yaml").read_text(encoding="utf-8")) or {}
    return {str(k).lower(): str(v).lower() for k, v in (data.get("surname_variants") or {}).items()}


def canonical_key(label: str, text: str, surname_variants: Mapping[str, str]) -> str:
    folded = _fold(text)
    if label == "PERSON":
        return group_key(folded, surname_variants) or folded
    return _aliases().get((label, folded), folded)


def spans_as_names(spans: Iterable[tuple[str, EntitySpan]]) -> Iterable[tuple[str, str, str]]:
    """(article id, label, name) of entity spans, for `summarise`."""
    for aid, span in spans:
        yield aid, span.label, span.text


def summarise(names_in: Iterable[tuple[str, str, str]], incidents: Iterable[Incident],
              surname_variants: Mapping[str, str], label: str | None = None) -> list[EntitySummary]:
    """One row per canonical entity, most articles first, from (article id,
    label, name) rows (`Corpus.entity_names`, or `spans_as_names`)."""
    names: dict[tuple[str, str], Counter[str]] = {}
    articles: dict[tuple[str, str], set[str]] = {}
    keys: dict[tuple[str, str], str] = {}  # (label, name) -> key: names repeat across articles
    for aid, lab, text in names_in:
        if label and lab != label:
            continue
        key_text = keys.get((lab, text))
        if key_text is None:
            key_text = keys[(lab, text)] = canonical_key(lab, text, surname_variants)
        if not key_text:
            continue
        key = (lab, key_text)
        names.setdefault(key, Counter())[text.strip()] += 1
        articles.setdefault(key, set()).add(aid)
    mentions: Counter[tuple[str, str]] = Counter()
    for inc in incidents:
        seen: set[tuple[str, str]] = set()
        for lab, field in (("PERSON", inc.actor_name), ("LOCATION", inc.origin), ("LOCATION", inc.destination),
                           ("ORG", inc.reported_by)):
            for part in (field or "").split(";"):
                part = part.strip()
                if part:
                    key_text = keys.get((lab, part))
                    if key_text is None:
                        key_text = keys[(lab, part)] = canonical_key(lab, part, surname_variants)
                    seen.add((lab, key_text))
        mentions.update(k for k in seen if k in names)
    out = []
    for key, variants in names.items():
        shown = _alias_table()[1].get(key) or max(variants.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        out.append(EntitySummary(key[0], shown, tuple(sorted(variants, key=lambda v: (-variants[v], v))),
                                 len(articles[key]), mentions.get(key, 0)))
    out.sort(key=lambda e: (-e.articles, -e.incidents, e.label, e.name.casefold()))
    return out
