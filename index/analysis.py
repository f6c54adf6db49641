"""The one analyzer of article text: words, their search terms, hit spans
and snippets, for every backend.

A hit the reader marks must be a word the search matched, so the reader,
the snippets and any backend's index must cut and fold words the same way:
lower case, Porter stems, the same short stop list. This module is that
definition, apart from any search engine: the Whoosh backend's schema uses
an analyzer that yields exactly `terms()` (a test holds the two equal over
the seed corpus), a server backend would configure its own to match, and
the in-memory test backend marks its hits with `term_spans()`.

The Porter algorithm itself is the published one; we take Whoosh's pure
Python implementation of it rather than write a second copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from whoosh.lang.porter import stem as _porter_stem

#: A word: letters and digits, with inner dots ("U.S.", "3.5") kept whole.
TOKEN_RE = re.compile(r"\w+(?:\.?\w+)*", re.UNICODE)
#: Words too common to search for (they are not indexed either).
STOP_WORDS = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "have", "if", "in", "is", "it", "may",
    "not", "of", "on", "or", "tbd", "that", "the", "this", "to", "us", "we", "when", "will", "with", "yet", "you",
    "your"))
#: Shorter words are not indexed.
MIN_LENGTH = 2

_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """Porter stem of a lower-cased word, memoised: news text repeats its
    words, so the dictionary is what makes snippets cheap."""
    got = _STEMS.get(word)
    if got is None:
        got = _porter_stem(word)
        if len(_STEMS) < 200_000:
            _STEMS[word] = got
    return got


def tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, lower-cased word) for each word of `text`."""
    for m in TOKEN_RE.finditer(text):
        yield m.start(), m.end(), m.group().lower()


def terms(text: str) -> list[str]:
    """The search terms of `text`, in order: what an index holds for it."""
    return [stem(w) for _, _, w in tokens(text) if len(w) >= MIN_LENGTH and w not in STOP_WORDS]


def term_spans(text: str, wanted_terms: Iterable[str]) -> list[tuple[int, int]]:
    """Character spans of the words of `text` whose term is one of
    `wanted_terms` (checked by first letter before stemming: a quarter of
    the time of a full analysis, which is most of a query's cost when every
    hit on screen gets a snippet)."""
    wanted = set(wanted_terms)
    if not wanted or not text:
        return []
    out = []
    for s in _word_starts(text, frozenset(wanted)):
        tok = TOKEN_RE.match(text, s)
        if tok and stem(tok.group().lower()) in wanted:
            out.append((s, tok.end()))
    return out


def has_phrase(text: str, words: Sequence[str]) -> bool:
    """Whether the terms `words` stand one after another in `text`, as the
    index's positions would say (stop words and one-letter words are no
    positions: the analyzer renumbers past them). Read from the text where
    the phrase's most distinctive word may start, so an article's few
    candidate places are stemmed, not all its words: checking a phrase this
    way over stored text is faster than decoding its words' positions from
    the index."""
    if not words or not text:
        return False
    k = max(range(len(words)), key=lambda i: len(words[i]))  # (the longest head finds the fewest places)
    for s in _word_starts(text, frozenset((words[k],))):
        tok = TOKEN_RE.match(text, s)
        if not tok or stem(tok.group().lower()) != words[k]:
            continue
        if _indexed_before(text, s, k) == list(words[:k]) and _indexed_after(text, tok.end(), len(words) - k - 1) == list(words[k + 1:]):
            return True
    return False


def has_near(text: str, words: Sequence[str], slop: int) -> bool:
    """Whether the terms `words` stand in order in `text`, each at most
    `slop` indexed positions after the one before (`"a b"~3`): what
    Whoosh's sloppy phrase matches over positions, read from the text
    (a sloppy phrase is rare enough that analysing the article whole is
    fine)."""
    if slop <= 1:
        return has_phrase(text, words)
    if not words or not text:
        return False
    where: dict[str, list[int]] = {}
    wanted = set(words)
    for i, t in enumerate(terms(text)):
        if t in wanted:
            where.setdefault(t, []).append(i)
    reach = set(where.get(words[0], ()))
    for w in words[1:]:
        reach = {p for p in where.get(w, ()) if any(1 <= p - q <= slop for q in reach)}
        if not reach:
            return False
    return bool(reach)


def _indexed_after(text: str, pos: int, n: int) -> list[str]:
    """The terms of the next `n` indexed words from `pos`."""
    out: list[str] = []
    while len(out) < n:
        nxt = TOKEN_RE.search(text, pos)
        if nxt is None:
            break
        pos = nxt.end()
        w = nxt.group().lower()
        if len(w) >= MIN_LENGTH and w not in STOP_WORDS:
            out.append(stem(w))
    return out


def _indexed_before(text: str, pos: int, n: int) -> list[str]:
    """The terms of the `n` indexed words just before `pos`, in order,
    read backwards from `pos` (only the words needed are folded)."""
    if not n:
        return []
    lo = max(0, pos - 30 * n)
    while True:
        found: list[str] = []
        for m in reversed(list(TOKEN_RE.finditer(text, lo, pos))):
            w = m.group().lower()
            if len(w) >= MIN_LENGTH and w not in STOP_WORDS:
                found.append(w)
                if len(found) > n:  # (one more than needed: the window may cut the first word)
                    break
        if len(found) > n or lo == 0:
            return [stem(w) for w in reversed(found[:n])]
        lo = max(0, lo - 120 * n)


def _inside_word(text: str, s: int) -> bool:
    """"U.S.": the "S" is inside a word, not the start of one."""
    return s > 1 and text[s - 1] == "." and bool(_WORD.match(text, s - 2))


_WORD = re.compile(r"\w", re.UNICODE)


def _word_starts(text: str, wanted: frozenset[str]) -> Iterator[int]:
    """Where a word with one of `wanted` as its term may start. Porter only
    rewrites a word's last letters, and changes at most the last letter of
    what it keeps ("happy" -> "happi", "possibility" -> "possibl"), so a
    word whose stem is T starts with T less its last letter: the search
    finds those few places and only their words are stemmed, instead of
    every word of the article (most of a query's time when each hit on
    screen gets a snippet). The search runs on the lower-cased text, case
    sensitive and with no look-behind, which is several times faster."""
    low = text.lower()
    if len(low) != len(text):  # ("İ" lowers to two letters: every word is a candidate)
        yield from (m.start() for m in TOKEN_RE.finditer(text))
        return
    for m in _heads(wanted).finditer(low):
        s = m.start()
        if s and _WORD.match(text, s - 1):
            continue  # (inside a word)
        if not _inside_word(text, s):
            yield s


_HEADS_MEMO: dict[frozenset[str], re.Pattern[str]] = {}


def _heads(wanted: frozenset[str]) -> re.Pattern[str]:
    got = _HEADS_MEMO.get(wanted)
    if got is None:
        got = re.compile("|".join(sorted({re.escape(t[:max(1, len(t) - 1)]) for t in wanted}, key=len, reverse=True)))
        if len(_HEADS_MEMO) > 256:
            _HEADS_MEMO.clear()
        _HEADS_MEMO[wanted] = got
    return got


@dataclass(frozen=True, slots=True)
class Snippet:
    """A window of an article as plain text, and where its hits are in it."""

    text: str
    spans: tuple[tuple[int, int], ...]


def make_snippet(body: str, wanted_terms: Iterable[str], width: int = 220) -> Snippet:
    """The window of `width` characters with the most hits, as plain text
    plus spans; the opening of the article when nothing matches."""
    spans = term_spans(body, wanted_terms)
    if not spans:
        return Snippet(opening(body, width), ())
    best_i, best_n, j = 0, 0, 0
    for i, (s, _) in enumerate(spans):
        while j < len(spans) and spans[j][1] <= s + width:
            j += 1
        if j - i > best_n:
            best_i, best_n = i, j - i
    start = max(0, spans[best_i][0] - 40)
    if start:
        space = body.rfind(" ", 0, start + 1)
        start = space + 1 if space >= start - 20 else start
    end = min(len(body), start + width)
    window = body[start:end]
    # Squash whitespace, keeping a map from window offsets to squashed ones.
    out, mapping, prev_space = [], [], False
    for ch in window:
        mapping.append(len(out))
        is_space = ch.isspace()
        if is_space and prev_space:
            continue
        out.append(" " if is_space else ch)
        prev_space = is_space
    mapping.append(len(out))
    prefix = "…" if start else ""
    text = prefix + "".join(out).strip()
    lead = len(prefix) - (len("".join(out)) - len("".join(out).lstrip()))
    hl = tuple((mapping[s - start] + lead, mapping[e - start] + lead)
               for s, e in spans if s >= start and e <= end)
    if end < len(body):
        text += "…"
    return Snippet(text, hl)


def opening(body: str, width: int = 220) -> str:
    """The article's first prose, for a row without hits: lines before the
    first sentence-like line (dates, "Updated ..." stamps, bylines, language
    switches that scraped pages keep) are passed over."""
    pos = 0
    for line in body[:2000].splitlines(keepends=True):
        words = line.split()
        if len(words) >= 6 and len(line.strip()) >= 40:
            return _squash(body[pos:pos + width])
        pos += len(line)
    return _squash(body[:width])


def _squash(text: str) -> str:
    return " ".join(text.split())
