"""Boolean queries of plain terms answered from cached per-term scores.

Whoosh scores a query by walking every matching posting in Python on
every call: a query of common words ("North Korean soldier", in nearly
every article of a defection archive) costs 100-200 ms at 10,000 articles,
and the user types it one letter at a time, each prefix re-scoring the
same words. Here each term's postings are scored once per searcher, with
Whoosh's own matcher and weighting (so scores are Whoosh's, to the last
digit), and kept as {docnum: score}; And, Or and Not of them are then
dictionary operations, and the total is exact.

Only trees of Term, And, Or (any kind), Not and AndNot are answered here;
`evaluate` returns None for anything else (phrases, ranges, wildcards),
which Whoosh then answers as before.
"""

from __future__ import annotations

import heapq
import threading
from collections import OrderedDict

from whoosh import query, scoring

Scores = dict[int, float]

_OR_TYPES = (query.Or,)  # DefaultOr, PreloadedOr, SplitOr are subclasses


class TermScores:
    """An LRU cache of scored postings for one searcher (its docnums)."""

    def __init__(self, searcher, size: int = 64, max_postings: int = 200_000) -> None:
        self.searcher = searcher
        self.size = size
        self.max_postings = max_postings  # past this many cached postings (~20 MB), forget the oldest
        self._cache: OrderedDict[tuple, Scores] = OrderedDict()
        self._postings = 0
        self._lock = threading.Lock()
        self._context = searcher.context()
        self._field_lengths: dict[str, list[int]] = {}

    def term(self, node: query.Term) -> Scores:
        key = (node.fieldname, node.text, node.boost)
        with self._lock:
            got = self._cache.get(key)
            if got is not None:
                self._cache.move_to_end(key)
                return got
        scores = self._bm25(node)
        if scores is None:  # another weighting: Whoosh's matcher, one posting at a time
            scores = {}
            m = node.matcher(self.searcher, self._context)
            while m.is_active():
                scores[m.id()] = m.score()
                m.next()
        with self._lock:
            self._cache[key] = scores
            self._postings += len(scores)
            while self._cache and (len(self._cache) > self.size or self._postings > self.max_postings):
                _, old = self._cache.popitem(last=False)
                self._postings -= len(old)
        return scores


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
        out: Scores = {}
        for docnum, tf in reader.postings(node.fieldname, btext).items_as("weight"):
            s = idf * ((tf * k1p) / (tf + (norm + slope * lengths[docnum])))
            out[docnum] = s * boost if boost != 1.0 else s
        return out

    def _lengths(self, fieldname: str) -> list[int]:
        got = self._field_lengths.get(fieldname)
        if got is None:
            reader = self.searcher.reader()
            got = [reader.doc_field_length(d, fieldname, 1) for d in range(reader.doc_count_all())]
            self._field_lengths[fieldname] = got
        return got


def term_scores(searcher) -> TermScores:
    """The searcher's cache, made on first use and kept with it."""
    cache = getattr(searcher, "_defect_term_scores", None)
    if cache is None:
        cache = TermScores(searcher)
        searcher._defect_term_scores = cache  # noqa: SLF001 - lives and dies with the searcher
    return cache


class _Unsupported(Exception):
    pass


def evaluate(q: query.Query, cache: TermScores) -> Scores | None:
    """{docnum: score} of every match, or None when `q` has a node this
    evaluator does not answer."""
    try:
        return _eval(q, cache)
    except _Unsupported:
        return None


def _eval(node: query.Query, cache: TermScores) -> Scores:
    if node is query.NullQuery or isinstance(node, type(query.NullQuery)):
        return {}
    if type(node) is query.Term:
        return cache.term(node)
    if isinstance(node, query.AndNot):
        positive = _eval(node.a, cache)
        negative = _eval(node.b, cache)
        return {d: s for d, s in positive.items() if d not in negative}
    if isinstance(node, (query.And, *_OR_TYPES)) and type(node) in (
            query.And, query.Or, query.DefaultOr, query.PreloadedOr, query.SplitOr):
        if getattr(node, "minmatch", 0) or getattr(node, "scale", None):
            raise _Unsupported
        subs = [q for q in node.subqueries if not isinstance(q, query.Not)]
        nots = [q for q in node.subqueries if isinstance(q, query.Not)]
        parts = [_eval(q, cache) for q in subs]
        if not parts or (nots and not isinstance(node, query.And)):
            raise _Unsupported  # "NOT a" alone, "a OR NOT b": Whoosh's own semantics
        out = _and(parts) if isinstance(node, query.And) else _or(parts)
        if nots:
            # Whoosh matches "NOT b" with a matcher of every other document
            # that scores its boost (1.0): inside And it adds that
            excluded = _or([_eval(q.query, cache) for q in nots])
            bonus = sum(q.boost for q in nots)
            out = {d: s + bonus for d, s in out.items() if d not in excluded}
        if node.boost != 1.0:
            out = {d: s * node.boost for d, s in out.items()}
        return out
    raise _Unsupported


def _and(parts: list[Scores]) -> Scores:
    parts = sorted(parts, key=len)
    first, rest = parts[0], parts[1:]
    out: Scores = {}
    for d, s in first.items():
        total = s
        for p in rest:
            v = p.get(d)
            if v is None:
                break
            total += v
        else:
            out[d] = total
    return out


def _or(parts: list[Scores]) -> Scores:
    if len(parts) == 1:
        return dict(parts[0])
    out: Scores = {}
    for p in parts:
        for d, s in p.items():
            out[d] = out.get(d, 0.0) + s
    return out


def top(scores: Scores, limit: int, sort_values=None) -> list[tuple[int, float]]:
    """The `limit` best (docnum, score): by score (ties: lower docnum, as
    Whoosh), or by `sort_values[docnum]` newest first when given."""
    if sort_values is None:
        return heapq.nsmallest(limit, scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return heapq.nsmallest(limit, scores.items(), key=lambda kv: (-sort_values[kv[0]], -kv[1], kv[0]))
