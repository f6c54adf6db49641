"""One table of name variants for every view that merges names: the
entity browser, the facets, `entities --summary`, events grouping and the
spelling expansion of a name query.

Sources, merged in this order: the surname romanisations the extractor
uses (`data/extraction.yaml`), the shipped `data/entity_aliases.yaml`,
the same two files in the user's `extraction.data_dir`, and the
`entity_aliases:` section of the user's config. A user's variant must
merge names in every view at once, so no view reads a data file itself:
they all take a `VariantTable`.

Surname pairs are joined transitively (`tae: thae` shipped and `thae: tae`
in a config are one class, not a loop), so every spelling of a surname maps
to one representative, and an incident's stored group key (written at
build time with the extractor's surnames) can be re-keyed without a rebuild.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import yaml

from .alias_data import ALIASES_FILE, AliasData, AliasError, read_aliases_file
from .extract.grouping import group_key
from .config import Settings
from .data_yaml import load_data
from .locations import data_files_dir

_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|prof|professor|gen|general|col|colonel|ambassador)\.?\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s$", re.I)


def fold(text: str) -> str:
    """Case, dots, possessives and honorifics folded: 'Mr. Thae's' -> 'thae'."""
    text = _POSSESSIVE.sub("", _HONORIFIC.sub("", text.strip()))
    return " ".join(text.replace(".", "").casefold().split())


def _extraction_surnames(folder: Path) -> list[tuple[str, str]]:
    """The extractor's surname pairs in one data folder (as its vocabulary
    reads them: a missing or unreadable file adds none)."""
    try:
        data = load_data((folder / "extraction.yaml").read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    pairs = data.get("surname_variants") if isinstance(data, dict) else None
    if not isinstance(pairs, dict):
        return []
    return [(str(k).casefold(), str(v).casefold()) for k, v in pairs.items()]


def _join_surnames(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Every spelling -> its class's representative (union-find; a later
    pair's spelling becomes the representative of the joined class)."""
    parent: dict[str, str] = {}

    def find(word: str) -> str:
        root = word
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(word, word) != root:  # path compression
            parent[word], word = root, parent[word]
        return root

    for variant, spelling in pairs:
        parent.setdefault(variant, variant)
        parent.setdefault(spelling, spelling)
        a, b = find(variant), find(spelling)
        if a != b:
            parent[a] = b
    return {word: find(word) for word in parent}


@dataclass(frozen=True)
class VariantTable:
    """Surname spellings and aliases merged: `key` is the canonical form
    two spellings of one entity share."""

    surnames: Mapping[str, str]
    aliases: Mapping[tuple[str, str], str]  # (label, folded form or person key) -> canonical key
    shown: Mapping[tuple[str, str], str]  # (label, canonical key) -> the name listed first
    fingerprint: str = field(default="")

    def key(self, label: str, text: str) -> str:
        """The canonical key of a name ('' for nothing to key)."""
        folded = fold(text)
        if label == "PERSON":
            folded = group_key(folded, self.surnames) or folded
        return self.aliases.get((label, folded), folded)

    def person_group(self, stored: str) -> str:
        """An incident's group key (written with the extractor's surnames)
        under this table: the same key `key("PERSON", name)` gives."""
        surname, _, given = stored.partition(" ")
        k = f"{self.surnames.get(surname, surname)} {given}" if given else stored
        return self.aliases.get(("PERSON", k), k)


def build_table(data: AliasData) -> VariantTable:
    surnames = MappingProxyType(_join_surnames(data.surnames))
    aliases: dict[tuple[str, str], str] = {}
    shown: dict[tuple[str, str], str] = {}
    for label, names in data.groups:
        keys = [fold(n) for n in names]
        if label == "PERSON":
            keys = [group_key(k, surnames) or k for k in keys]
        # a name already in a group joins that group (two configs may list it)
        target = next((aliases[(label, k)] for k in keys if (label, k) in aliases), keys[0])
        shown.setdefault((label, target), names[0])
        for k in keys:
            old = aliases.get((label, k))
            if old is not None and old != target:  # re-point the older group at the new target
                for ak, av in list(aliases.items()):
                    if av == old:
                        aliases[ak] = target
            aliases[(label, k)] = target
    digest = hashlib.sha1(repr((sorted(surnames.items()), sorted(aliases.items()))).encode()).hexdigest()[:12]
    return VariantTable(surnames, MappingProxyType(aliases), MappingProxyType(shown), digest)


@lru_cache(maxsize=8)
def _table(extra: AliasData, data_dir: Path | None) -> VariantTable:
    folders = [data_files_dir()] + ([data_dir] if data_dir else [])
    data = AliasData()
    for folder in folders:
        data += AliasData(tuple(_extraction_surnames(folder)))
    try:  # the shipped file is tested; a user's data_dir file is read (and checked) with the config
        data += read_aliases_file(data_files_dir() / ALIASES_FILE)
    except (OSError, AliasError, yaml.YAMLError):
        pass
    return build_table(data + extra)


def variant_table(settings: Settings | None = None) -> VariantTable:
    """The merged table of these settings (the shipped one for None),
    built once per distinct user table."""
    if settings is None:
        return _table(AliasData(), None)
    return _table(settings.entity_aliases, settings.extraction.data_dir)


def table_of(corpus: object) -> VariantTable:
    """The table of a corpus's settings. The contract carries no settings
    (a backend need not have any); the Whoosh backend keeps the ones it was
    opened with, and any other gets the shipped table."""
    settings = getattr(corpus, "settings", None)
    return variant_table(settings if hasattr(settings, "entity_aliases") else None)
