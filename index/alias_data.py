"""The shape of a table of name variants, as a data file or the user's
config section writes it: checked and read here, merged in
`variant_table.py`. Kept apart (no extractor import) so that the config
loader can check a user's table and name the bad line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ALIAS_LABELS: tuple[str, ...] = ("PERSON", "ORG", "LOCATION")
ALIASES_FILE = "entity_aliases.yaml"
_SURNAME = re.compile(r"^[^\W\d_]+$")


class AliasError(ValueError):
    """A malformed variant table; `path` says where (keys and list indexes)."""

    def __init__(self, path: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.path = path

    def dotted(self, prefix: str) -> str:
        out = prefix
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
        return out


@dataclass(frozen=True)
class AliasData:
    """Variants as read from one source or several, before merging."""

    surnames: tuple[tuple[str, str], ...] = ()
    groups: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (label, names): the first is shown

    def __add__(self, other: "AliasData") -> "AliasData":
        return AliasData(self.surnames + other.surnames, self.groups + other.groups)


def parse_aliases(data: Any) -> AliasData:
    """Check and read the table's shape (the data file's and the config
    section's): `surname_variants: {variant: spelling}` and, per label, a
    list of lists of names. Raises AliasError naming the bad entry."""
    if data is None:
        return AliasData()
    if not isinstance(data, dict):
        raise AliasError((), f"must be a mapping (surname_variants, {', '.join(ALIAS_LABELS)}), got {data!r}")
    surnames: list[tuple[str, str]] = []
    groups: list[tuple[str, tuple[str, ...]]] = []
    for key, value in data.items():
        if key == "surname_variants":
            if value is None:
                continue
            if not isinstance(value, dict):
                raise AliasError((key,), f"must be a mapping of variant: spelling, got {value!r}")
            for variant, spelling in value.items():
                for word in (variant, spelling):
                    if not isinstance(word, str) or not _SURNAME.match(word):
                        raise AliasError((key, str(variant)), f"must map one word to one word, got {word!r}")
                surnames.append((variant.casefold(), spelling.casefold()))
        elif key in ALIAS_LABELS:
            if value is None:
                continue
            if not isinstance(value, list):
                raise AliasError((key,), f"must be a list of lists of names, got {value!r}")
            for i, names in enumerate(value):
                if (not isinstance(names, list) or not names
                        or not all(isinstance(n, str) and n.strip() for n in names)):
                    raise AliasError((key, i), f"must be a list of names (the first is shown), got {names!r}")
                groups.append((key, tuple(n.strip() for n in names)))
        else:
            known = ", ".join(("surname_variants",) + ALIAS_LABELS)
            raise AliasError((str(key),), f"is not a key of the table (known here: {known})")
    return AliasData(tuple(surnames), tuple(groups))


def read_aliases_file(path: Path) -> AliasData:
    """A variants file in the data file's format (AliasError, OSError and
    yaml.YAMLError for the caller to report)."""
    return parse_aliases(yaml.safe_load(path.read_text(encoding="utf-8")))
