"""What a reader of a non-text file gives back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Converted:
    text: str
    meta: dict[str, Any] = field(default_factory=dict)  # title, date, authors, source, url (as found)
    format: str = ""
