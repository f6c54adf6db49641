"""Whoosh field types whose values may arrive analysed already.

A build writes every document through one Whoosh writer in one process,
and that writer's own work was its bottleneck: analysing each text field
(tokenising, lower-casing, stop words, stemming) and, for the spelling
lists that the index had then, analysing title and body a second time
without stems: 9 of the main process's 23 seconds per 1,000 articles. The extraction workers run
in parallel and hold the article anyway, so they analyse it
(`analysed_document`) and the writer only adds the postings they made.

The postings are exactly what the field's own `index()` returns for the
text (the workers call it), so an index built either way is the same; a
plain string still works as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from whoosh import fields


@dataclass(frozen=True, slots=True)
class Analysed:
    """A field value as the writer takes it: its postings (term bytes,
    frequency, weight, encoded value)."""

    postings: tuple[tuple[bytes, int, float, bytes], ...]


class _TakesAnalysed:
    """Mixed into a field type: an `Analysed` value is used as it is."""

    def index(self, value: Any, **kwargs: Any):  # type: ignore[no-untyped-def]
        if isinstance(value, Analysed):
            return iter(value.postings)
        return super().index(value, **kwargs)  # type: ignore[misc]


class AnalysedText(_TakesAnalysed, fields.TEXT):
    """TEXT that also takes an `Analysed` value."""


class AnalysedKeyword(_TakesAnalysed, fields.KEYWORD):
    """KEYWORD that also takes an `Analysed` value."""


def analyse(schema: fields.Schema, document: dict[str, Any]) -> dict[str, Any]:
    """`document` with the value of every field that can take one analysed:
    what a worker process sends to the writer."""
    out = dict(document)
    for name, value in document.items():
        field = schema[name] if name in schema.names() else None
        if not isinstance(field, _TakesAnalysed) or not isinstance(value, str):
            continue
        out[name] = Analysed(tuple(field.index(value)))  # type: ignore[attr-defined]
    return out
