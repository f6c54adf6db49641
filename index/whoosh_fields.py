"""Whoosh field types whose values may arrive analysed already.

A build writes every document through one Whoosh writer in one process,
and that writer's own work was its bottleneck: analysing each text field
(tokenising, lower-casing, stop words, stemming) and, for the spelling
lists that the index had then, analysing title and body a second time
without stems: 9 of the main process's 23 seconds per 1,000 articles. The extraction workers run
in parallel and hold the article anyway, so they analyse it
(`analysed_document`) and the writer only adds the postings they made.

The postings are exactly what the field's own `index()` returns for the
text, so an index built either way is the same; a plain string still
works as before. For the stemmed text fields that count words (title and body: a
tokenizer, lower case, stop words, stems, counted) `_counted_stems` gives
that result without Whoosh's chain of generators, which passes every word
through four of them (the workers' analysis of an article took 2.3 ms
of its 17; 1.4 ms so).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from whoosh import fields, formats
from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.system import pack_uint


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
        counted = _counted_stems(field, value)
        out[name] = Analysed(counted if counted is not None else tuple(field.index(value)))  # type: ignore[attr-defined]
    return out


def _counted_stems(field: fields.FieldType, value: str) -> tuple[tuple[bytes, int, float, bytes], ...] | None:
    """What `field.index(value)` gives for a field whose analyzer is
    Whoosh's StemmingAnalyzer chain (a matching tokenizer, lower case, stop
    words, stems) and whose format counts words (Frequency): each word's
    stem once, in the order first met, with its count, weight (the count
    times the field's boost) and the count packed. None for any other
    field, which Whoosh then analyses itself."""
    fmt = field.format
    items = getattr(field.analyzer, "items", None)
    if type(fmt) is not formats.Frequency or not items or len(items) != 4:
        return None
    tokenizer, lower, stop, stem = items
    if not (type(tokenizer) is RegexTokenizer and not tokenizer.gaps and type(lower) is LowercaseFilter
            and type(stop) is StopFilter and type(stem) is StemFilter):
        return None
    stops, shortest, longest = stop.stops, stop.min, stop.max
    stemmed, ignore = stem._stem, stem.ignore  # noqa: SLF001 - the filter's own (cached) stemmer
    words = [w for w in map(str.lower, whole_matches(tokenizer.expression).findall(value))
             if len(w) >= shortest and (longest is None or len(w) <= longest) and w not in stops]
    # (a Counter keeps the order words are first met, as Whoosh's counts do)
    counts = Counter(map(stemmed, words) if not ignore else (w if w in ignore else stemmed(w) for w in words))
    boost = fmt.field_boost
    return tuple((word.encode("utf-8"), n, float(n) * boost, pack_uint(n)) for word, n in counts.items())


@lru_cache(maxsize=8)
def whole_matches(expression: re.Pattern[str]) -> re.Pattern[str]:
    """`expression` with its groups made non-capturing, so that `findall`
    gives each whole match as the tokenizer's `group(0)` does (Whoosh's
    default "[\\w\\*]+(\\.?[\\w\\*]+)*" has one group). A pattern whose
    parentheses are anything but plain groups is kept as it is, and then
    read a match at a time."""
    if not expression.groups:
        return expression
    pattern = expression.pattern
    plain = isinstance(pattern, str) and "\\" not in pattern.replace("\\w", "").replace("\\*", "").replace("\\.", "") \
        and "(?" not in pattern and pattern.count("(") == expression.groups
    if not plain:  # (an escape or a class that could hold a parenthesis: not rewritten)
        return _GroupZero(expression)  # type: ignore[return-value]
    return re.compile(pattern.replace("(", "(?:"), expression.flags)


class _GroupZero:
    """`findall` giving whole matches, for a pattern that cannot be rewritten."""

    def __init__(self, expression: re.Pattern[str]) -> None:
        self._expression = expression

    def findall(self, text: str) -> list[str]:
        return [m.group(0) for m in self._expression.finditer(text)]
