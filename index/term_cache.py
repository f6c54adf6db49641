"""Scored postings per term, cached per searcher (see term_eval.py).

Each term's postings are scored once per searcher with Whoosh's own
matcher and weighting (so scores are Whoosh's, to the last digit) and kept
as {docnum: score}, with the field lengths and dates read once per
searcher beside them. An LRU bounded by postings keeps memory flat on a
large archive.
"""

from __future__ import annotations

import struct
import threading
from collections import OrderedDict
from datetime import datetime

from whoosh import query, scoring
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.columns import MultiColumnReader, TranslatingColumnReader
from whoosh.util.numeric import byte_to_length
from whoosh.util.times import datetime_to_long

from .posting_blocks import blocks

Scores = dict[int, float]


class TermScores:
    """An LRU cache of scored postings for one searcher (its docnums)."""

    def __init__(self, searcher, size: int = 64, max_postings: int = 200_000) -> None:
        self.searcher = searcher
        self.size = size
        # past this many cached postings (~100 bytes each), forget the oldest;
        # at least a handful of the commonest words of a large archive
        self.max_postings = max(max_postings, 6 * searcher.reader().doc_count_all())
        self._cache: OrderedDict[tuple, Scores] = OrderedDict()
        self._postings = 0
        self._lock = threading.Lock()
        self._context = searcher.context()
        # per-document lists read once per searcher: field lengths, dates
        self._field_lengths: dict[str, list[int]] = {}
        self._dates: list[int | None] | None = None
        self._live: frozenset[int] | None = None
        self._doc_ints: list[int] | None = None

    def _cached(self, key: tuple) -> Scores | None:
        with self._lock:
            got = self._cache.get(key)
            if got is not None:
                self._cache.move_to_end(key)
            return got

    def _keep(self, key: tuple, scores: Scores) -> Scores:
        with self._lock:
            self._cache[key] = scores
            self._postings += len(scores)
            while self._cache and (len(self._cache) > self.size or self._postings > self.max_postings):
                _, old = self._cache.popitem(last=False)
                self._postings -= len(old)
        return scores

    def live(self) -> frozenset[int]:
        """Every document not deleted: what a NOT matches outside."""
        if self._live is None:
            reader = self.searcher.reader()
            self._live = frozenset(range(reader.doc_count_all())).difference(deleted_docs(reader))
        return self._live

    def term(self, node: query.Term) -> Scores:
        key = (node.fieldname, node.text, node.boost)
        got = self._cached(key)
        if got is not None:
            return got
        scores = self._bm25(node)
        if scores is None:  # another weighting: Whoosh's matcher, one posting at a time
            scores = {}
            m = node.matcher(self.searcher, self._context)
            while m.is_active():
                scores[m.id()] = m.score()
                m.next()
        return self._keep(key, scores)


    def date_range(self, node: query.NumericRange) -> Scores:
        """The documents a `date:` range matches, each scoring the range's
        boost (Whoosh scores a range with a constant), from the sortdate
        column: the instant the date field holds for each article."""
        key = ("#date", node.start, node.end, node.startexcl, node.endexcl, node.boost)
        got = self._cached(key)
        if got is not None:
            return got
        lo, hi = node.start, node.end
        out: Scores = {}
        for d, v in enumerate(self._date_longs()):
            if v is None:
                continue
            if lo is not None and (v < lo or (node.startexcl and v == lo)):
                continue
            if hi is not None and (v > hi or (node.endexcl and v == hi)):
                continue
            out[d] = node.boost
        return self._keep(key, out)

    def _date_longs(self) -> list[int | None]:
        """Each document's date as the instant the date field holds, None
        when undated or deleted. The instants come from the sortdate column,
        each distinct date converted once (an archive of 100,000 articles
        has a few thousand dates: 0.1-0.2 s of datetime work became look-ups)."""
        got = self._dates
        if got is None:
            deleted = deleted_docs(self.searcher.reader())
            instants: dict[int, int | None] = {}
            got = []
            for d, v in enumerate(column_values(self.searcher, "sortdate")):
                # a deleted document stays in its segment until a merge
                if not v or d in deleted:
                    got.append(None)
                    continue
                if v not in instants:
                    y, m, day = v // 10000, (v // 100) % 100, v % 100
                    try:
                        instants[v] = datetime_to_long(datetime(y, m or 1, day or 1))
                    except ValueError:
                        instants[v] = None
                got.append(instants[v])
            self._dates = got
        return got

    def _bm25(self, node: query.Term) -> Scores | None:
        """The term's BM25F scores computed in one pass over its postings,
        with the very statistics and formula of Whoosh's BM25FScorer
        (`scoring.bm25`): four times faster than a matcher's score() per
        posting, which is what a cold term costs."""
        searcher = self.searcher
        weighting = searcher.weighting
        if type(weighting) is not scoring.BM25F or node.fieldname not in searcher.schema:
            return None
        field = searcher.schema[node.fieldname]
        if not field.scorable:
            return None
        try:
            btext = field.to_bytes(node.text)
        except ValueError:
            return {}
        reader = searcher.reader()
        if (node.fieldname, btext) not in reader:
            return {}
        idf = searcher.idf(node.fieldname, btext)
        avgfl = searcher.avg_field_length(node.fieldname) or 1
        B = weighting._field_B.get(node.fieldname, weighting.B)  # noqa: SLF001 - the value BM25F.scorer uses
        K1 = weighting.K1
        lengths = self._lengths(node.fieldname)
        boost = node.boost
        k1p = K1 + 1
        norm = K1 * (1 - B)
        slope = K1 * B / avgfl
        docs = self._docs()
        out: Scores = {}
        for ids, weights, offset, skip in blocks(reader.postings(node.fieldname, btext)):
            for docnum, tf in zip(ids, weights):
                if docnum in skip:
                    continue
                docnum = docs[docnum + offset]
                s = idf * ((tf * k1p) / (tf + (norm + slope * lengths[docnum])))
                out[docnum] = s * boost if boost != 1.0 else s
        return out

    def _docs(self) -> list[int]:
        """One int object per document number, shared by every cached term's
        scores: a number made per posting took 28 of the ~100 bytes each
        posting holds in the cache (17 MB of it at 100,000 articles)."""
        if self._doc_ints is None:
            self._doc_ints = list(range(self.searcher.reader().doc_count_all()))
        return self._doc_ints

    def _lengths(self, fieldname: str) -> list[int]:
        got = self._field_lengths.get(fieldname)
        if got is None:
            got = self._field_lengths[fieldname] = field_lengths(self.searcher.reader(), fieldname)
        return got


def deleted_docs(reader) -> frozenset[int]:
    """The numbers of the deleted documents, from each segment's own set:
    `is_deleted` asked of every document was 0.1-0.2 s at 100,000 articles
    for the first `date:` query or NOT of a searcher."""
    if not reader.has_deletions():
        return frozenset()
    out: set[int] = set()
    for leaf, offset in reader.leaf_readers():
        own = getattr(leaf, "deleted_docs_set", None)
        if own is None:  # (another kind of reader: ask it of every document)
            return frozenset(d for d in range(reader.doc_count_all()) if reader.is_deleted(d))
        out.update(d + offset for d in (own() if callable(own) else own))
    return frozenset(out)


#: a length byte as the length it stands for (0: none, as Whoosh's reader answers it)
_LENGTH_OF_BYTE = [None] + [byte_to_length(b) for b in range(1, 256)]


def field_lengths(reader, fieldname: str, default: int = 1) -> list:
    """Every document's length of the field, as `reader.doc_field_length(d,
    fieldname, default)` gives it, read a segment's lengths column at a
    time: one document at a time it was a seek and a read each, 0.2-0.3 s
    at 100,000 articles for the first query of every field (`org:`,
    `place:`, `source:`), which no keystroke should pay."""
    out: list = []
    for leaf, offset in reader.leaf_readers():
        if offset != len(out):  # (segments not one after another: ask the reader, as before)
            return [reader.doc_field_length(d, fieldname, default) for d in range(reader.doc_count_all())]
        n = leaf.doc_count_all()
        perdoc = getattr(leaf, "_perdoc", None)
        col = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN) if hasattr(perdoc, "_cached_reader") else None  # noqa: SLF001
        if col is None and hasattr(perdoc, "_cached_reader"):
            out.extend([default] * n)  # (no lengths column: the reader's default for every document)
        elif getattr(col, "_fixedlen", None) == 1 and hasattr(col, "_dbfile"):
            count = min(col._count, n)  # noqa: SLF001
            raw = col._dbfile.get(col._basepos, count) if count else b""  # noqa: SLF001
            out.extend(map(_LENGTH_OF_BYTE.__getitem__, raw))
            out.extend([None] * (n - count))  # (past the column's end: a zero byte)
        else:  # another codec: one document at a time
            out.extend(leaf.doc_field_length(d, fieldname, default) for d in range(n))
    return out


def column(searcher, name: str):
    """The searcher's reader of a stored column, made once and kept with it:
    making one reads an offset for every document (3 ms at 10,000 articles,
    10 times that at 100,000), which no keystroke should pay."""
    cache = getattr(searcher, "_defect_columns", None)
    if cache is None:
        cache = searcher._defect_columns = {}  # noqa: SLF001 - lives and dies with the searcher
    reader = cache.get(name)
    if reader is None:
        reader = cache[name] = searcher.reader().column_reader(name)
    return reader


def column_values(searcher, name: str) -> list:
    """Every document's value of a stored column, read once per searcher
    and kept with it. Read one document at a time, each value is a seek
    and a read of the segment's file: sorting 100,000 matches by date read
    the column 100,000 times per search (0.1-0.2 s a keystroke at 100,000
    articles, against 13-50 ms by relevance)."""
    cache = getattr(searcher, "_defect_column_values", None)
    if cache is None:
        cache = searcher._defect_column_values = {}  # noqa: SLF001 - lives and dies with the searcher
    values = cache.get(name)
    if values is None:
        col = column(searcher, name)
        values = _numbers_whole(col)
        if values is None:
            values = list(col)
        cache[name] = values
    return values


def _numbers_whole(col) -> list | None:
    """Every value of a column of fixed-width numbers (sortdate), each
    segment's read in one piece and unpacked at once: one document at a
    time it was a seek and a read each, 0.1-0.2 s at 100,000 articles for
    the first `date:` query or date sort of a searcher. None for any other
    kind of column."""
    out: list = []
    readers = col._readers if isinstance(col, MultiColumnReader) else [col]  # noqa: SLF001
    for r in readers:
        translate = None
        if isinstance(r, TranslatingColumnReader):
            translate, r = r._translate, r._reader  # noqa: SLF001
        if not all(hasattr(r, a) for a in ("_typecode", "_dbfile", "_basepos", "_fixedlen", "_count", "_doccount", "_default")):
            return None
        n, count = r._doccount, min(r._count, r._doccount)  # noqa: SLF001
        raw = r._dbfile.get(r._basepos, count * r._fixedlen) if count else b""  # noqa: SLF001
        values = list(struct.unpack(f"!{count}{r._typecode}", raw)) + [r._default] * (n - count)  # noqa: SLF001
        out.extend(map(translate, values) if translate else values)
    return out


def term_scores(searcher) -> TermScores:
    """The searcher's cache, made on first use and kept with it."""
    cache = getattr(searcher, "_defect_term_scores", None)
    if cache is None:
        cache = TermScores(searcher)
        searcher._defect_term_scores = cache  # noqa: SLF001 - lives and dies with the searcher
    return cache
