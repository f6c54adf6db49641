"""The words "did you mean" may offer: the unstemmed words of titles and
bodies, kept in one file beside the Whoosh segments.

Why not Whoosh's own spelling fields: they indexed title and body a second
time, unstemmed, as postings (285 of an article's 706), which the one
writer sorted, wrote and merged with the rest: 29% of its time, on a build
whose writer is its bottleneck (1,107 of 1,747 s at 100,000 articles) and
on every re-index. "Did you mean" never asks which article holds a word;
it reads the words as a list and asks the stemmed field how often the
stem occurs. So the extraction workers, which analyse the article anyway,
list its unstemmed words; the writer adds the new ones to a set; and the
set is written whole, atomically, before the index commits.

A word is never taken out. One whose articles are gone finds nothing in
its field and is never offered (`suggest.closest` skips a word whose stem
has no articles), so a list that holds more than the index never
misleads, and one written just before a crash is still right.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemFilter, StopFilter

from .atomic_files import atomic_write
from .whoosh_fields import whole_matches

#: The file, in the Whoosh folder (Whoosh's clean-up keeps files that are not its own).
FILE_NAME = "SPELLING.words"
#: The fields whose words are listed: the stemmed text fields a plain query searches.
SPELLED_FIELDS = ("title", "body")
#: The key under which a worker's document carries the words to the writer.
DOCUMENT_KEY = "_spelling"


def words_of(schema: Any, document: Mapping[str, Any]) -> tuple[str, ...]:
    """The unstemmed words of the document's spelled fields, as the field's
    analyser gives them without its stemmer (Whoosh's `spellable_words`)."""
    out: set[str] = set()
    for name in SPELLED_FIELDS:
        value = document.get(name)
        if isinstance(value, str) and value:
            field = schema[name]
            words = _plain_words(field.analyzer, value)
            out.update(words if words is not None else field.spellable_words(value))
    return tuple(sorted(out))


def _plain_words(analyzer: Any, value: str) -> set[str] | None:
    """What Whoosh's `spellable_words` gives for a tokenizer, lower-case and
    stop-word chain before its stemmer, without a Token object per word: the
    extraction worker lists a body's words in a third of the time (that
    second analysis of title and body was a quarter of `prepare`'s work).
    None for any other chain (then Whoosh's own analysis runs)."""
    items = getattr(analyzer, "items", ())
    if [type(x) for x in items] != [RegexTokenizer, LowercaseFilter, StopFilter, StemFilter] or items[0].gaps:
        return None
    stop = items[2]
    low, high, stops = stop.min, stop.max, stop.stops
    words = set(map(str.lower, whole_matches(items[0].expression).findall(value)))
    return {w for w in words if len(w) >= low and (high is None or len(w) <= high) and w not in stops}


def read_words(path: Path) -> set[str]:
    """The words of the file; none when there is no file yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return set()
    return {w for w in text.split("\n") if w}


def write_words(path: Path, words: Iterable[str]) -> None:
    """The whole list, one word a line, replacing the file at once."""
    atomic_write(path, lambda fh: fh.write("".join(f"{w}\n" for w in sorted(words))))


class SpellingList:
    """The list as one writer grows it: the words it started with, the new
    ones its documents bring, written on `save` only when there are new ones."""

    def __init__(self, path: Path, start_empty: bool = False) -> None:
        self.path = path
        self._known = set() if start_empty else read_words(path)
        self._new: set[str] = set()

    def add(self, words: Iterable[str]) -> None:
        known = self._known
        self._new.update(w for w in words if w not in known)

    def save(self) -> None:
        if self._new or not self.path.exists():
            write_words(self.path, self._known | self._new)
            self._known |= self._new
            self._new = set()
