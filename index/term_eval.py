"""Boolean queries of plain terms answered from cached per-term scores.

Whoosh scores a query by walking every matching posting in Python on
every call: a query of common words ("North Korean soldier", in nearly
every article of a defection archive) costs 100-200 ms at 10,000 articles,
and the user types it one letter at a time, each prefix re-scoring the
same words. Here each term's postings are scored once per searcher
(term_cache.py) and kept as {docnum: score}; And, Or and Not of them are
then dictionary operations, and the total is exact.

Only trees of Term, And, Or (any kind), Not and AndNot are answered here;
`evaluate` returns None for anything else (phrases, ranges, wildcards),
which Whoosh then answers as before.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from whoosh import query

from .phrase_checks import TextsOf, exact_phrase, holding, text_phrase, verified
from .term_cache import Scores, TermScores, term_scores

__all__ = ["Scores", "TermScores", "TextsOf", "evaluate", "rank", "term_scores", "top"]

_OR_TYPES = (query.Or,)  # DefaultOr, PreloadedOr, SplitOr are subclasses


class _Unsupported(Exception):
    pass


class _Pinned:
    """The scores one query uses, held for the length of that query: the
    LRU may evict them meanwhile, and re-reading a term of 100,000 postings
    for every document verified made phrase queries quadratic."""

    def __init__(self, cache: TermScores, texts: TextsOf | None = None) -> None:
        self.cache = cache
        self.texts = texts
        self.searcher = cache.searcher
        self.held: dict[tuple, Scores] = {}

    def term(self, node: query.Term) -> Scores:
        key = (node.fieldname, node.text, node.boost)
        got = self.held.get(key)
        if got is None:
            got = self.held[key] = self.cache.term(node)
        return got

    def date_range(self, node: query.NumericRange) -> Scores:
        key = ("#date", node.start, node.end, node.startexcl, node.endexcl, node.boost)
        got = self.held.get(key)
        if got is None:
            got = self.held[key] = self.cache.date_range(node)
        return got

    def live(self) -> frozenset[int]:
        return self.cache.live()

    def matched(self, node: query.Query) -> Scores:
        """Whoosh's own matcher for one node (a sloppy phrase): its scores,
        deleted documents left out."""
        key = ("#matched", repr(node))
        got = self.held.get(key)
        if got is None:
            live = self.cache.live()
            got = {}
            m = node.matcher(self.searcher, self.searcher.context())
            while m.is_active():
                d = m.id()
                if d in live:
                    got[d] = m.score()
                m.next()
            self.held[key] = got
        return got

    def ids(self, term: query.Term) -> set[int]:
        """The live documents of a term, unscored (a rare word of a prefix)."""
        key = ("#ids", term.fieldname, term.text)
        got = self.held.get(key)
        if got is None:
            reader = self.searcher.reader()
            btext = self.searcher.schema[term.fieldname].to_bytes(term.text)
            found = set(reader.postings(term.fieldname, btext).all_ids()) if (term.fieldname, btext) in reader \
                else set()
            got = self.held[key] = dict.fromkeys(found & self.cache.live(), 0.0)
        return got.keys()  # type: ignore[return-value]


def evaluate(q: query.Query, cache: TermScores, texts: TextsOf | None = None) -> Scores | None:
    """{docnum: score} of every match, or None when `q` has a node this
    evaluator does not answer. A phrase of title or body is checked on
    `texts`; without them it reads as the And of its words (more matches,
    never fewer)."""
    cache = _Pinned(cache, texts)  # type: ignore[assignment]
    try:
        return _eval(q, cache, None)
    except _Unsupported:
        return None


def _eval(node: query.Query, cache: TermScores, phrases: list | None, negated: bool = False) -> Scores:
    """Scores of the matches. With `phrases` (a list), an exact phrase is
    read as the And of its words, an upper bound (same score, more
    documents), and recorded there for `rank` to verify; without it (a set
    of matches wanted) or under a NOT, it is checked here. A phrase of
    title or body, sloppy or not, is checked on the text the same way."""
    if node is query.NullQuery or isinstance(node, type(query.NullQuery)):
        return {}
    if type(node) is query.Term:
        return cache.term(node)
    if type(node) is query.Every and node.fieldname in (None, "", "*"):
        return {d: node.boost for d in cache.live()}  # (as Whoosh: every live document, scoring the boost)
    if _is_date_range(node, cache):
        return cache.date_range(node)
    if isinstance(node, query.Phrase):
        if not text_phrase(node) and not exact_phrase(node, cache):
            return _boosted(cache.matched(node), 1.0)  # sloppy: Whoosh's phrase matcher, live documents
        words = _and([cache.term(query.Term(node.fieldname, w)) for w in node.words])
        if len(node.words) > 1:
            if phrases is None or negated:
                words = {d: words[d] for d in holding(node, sorted(words), cache)}
            else:
                phrases.append(node)
        return _boosted(words, node.boost)
    if isinstance(node, query.ConstantScoreQuery) and type(node.child) is query.Term:
        return {d: node.score for d in cache.ids(node.child)}  # type: ignore[attr-defined]
    if isinstance(node, query.Not):
        # Whoosh matches "NOT b" with every other (live) document, scoring the boost
        excluded = _eval(node.query, cache, phrases, True)
        return {d: node.boost for d in cache.live() if d not in excluded}
    if isinstance(node, query.AndNot):
        positive = _eval(node.a, cache, phrases, negated)
        negative = _eval(node.b, cache, phrases, True)
        return {d: s for d, s in positive.items() if d not in negative}
    if isinstance(node, query.AndMaybe):
        # the matches of a; b adds its score where it matches too
        positive = _eval(node.a, cache, phrases, negated)
        maybe = _eval(node.b, cache, phrases, negated)
        return {d: s + maybe.get(d, 0.0) for d, s in positive.items()}
    if isinstance(node, (query.And, *_OR_TYPES)) and type(node) in (
            query.And, query.Or, query.DefaultOr, query.PreloadedOr, query.SplitOr):
        if getattr(node, "minmatch", 0) or getattr(node, "scale", None):
            raise _Unsupported
        subs = [q for q in node.subqueries if not isinstance(q, query.Not)]
        nots = [q for q in node.subqueries if isinstance(q, query.Not)]
        if not isinstance(node, query.And):  # "a OR NOT b": the other documents are matches too
            subs, nots = list(node.subqueries), []
        if isinstance(node, query.And) and len(subs) > 8:
            parts = _and_parts(subs, cache, phrases, negated)
            if parts is None:
                return {}  # a word no document has: the And of hundreds of words ends there
        else:
            parts = [_eval(q, cache, phrases, negated) for q in subs]
        if nots:
            # inside And, "NOT b" is every other document scoring its boost:
            # the And keeps what b does not match and adds the boost
            excluded = _or([_eval(q.query, cache, phrases, True) for q in nots])
            bonus = sum(q.boost for q in nots)
            if not parts:  # "NOT a AND NOT b"
                parts = [{d: 0.0 for d in cache.live()}]
            out = _and(parts)
            out = {d: s + bonus for d, s in out.items() if d not in excluded}
        elif not parts:
            return {}
        else:
            out = _and(parts) if isinstance(node, query.And) else _or(parts)
        if node.boost != 1.0:
            out = {d: s * node.boost for d, s in out.items()}
        return out
    raise _Unsupported


def _and_parts(subs: list[query.Query], cache, phrases: list | None, negated: bool) -> list[Scores] | None:
    """The parts of a long And, its rarest words read first; None as soon as
    one part (or what the parts so far share) is empty, so that a pasted
    paragraph of hundreds of words costs the few rare ones, not all of them.
    The parts keep their order: the sums, and so the scores, are Whoosh's."""
    reader = cache.searcher.reader()

    def freq(q: query.Query) -> int:
        """Documents the part can match at most: a word's frequency, or
        the sum over a word searched in several fields."""
        if type(q) is query.Term:
            try:
                return reader.doc_frequency(q.fieldname, q.text)
            except Exception:  # noqa: BLE001 - an unknown field: read it in its turn
                return 1 << 30
        if isinstance(q, _OR_TYPES) and all(type(t) is query.Term for t in q.subqueries):
            return sum(freq(t) for t in q.subqueries)
        return 1 << 30

    order = sorted(range(len(subs)), key=lambda i: freq(subs[i]))
    parts: list[Scores | None] = [None] * len(subs)
    shared: set[int] | None = None
    for i in order:
        got = _eval(subs[i], cache, phrases, negated)
        shared = set(got) if shared is None else shared & got.keys()
        if not shared:
            return None
        parts[i] = got
    return parts  # type: ignore[return-value]


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
    if len(parts) == 2:
        # (a word in title OR body: the body's ~100,000 postings copied at C
        # speed, the title's few added; a sum of two is the same either way)
        small, large = sorted(parts, key=len)
        out = dict(large)
        for d, s in small.items():
            v = out.get(d)
            out[d] = s if v is None else v + s
        return out
    out = {}
    for p in parts:
        for d, s in p.items():
            out[d] = out.get(d, 0.0) + s
    return out


def top(scores: Scores, limit: int, sort_values=None) -> list[tuple[int, float]]:
    """The `limit` best (docnum, score): by score (ties: lower docnum, as
    Whoosh), or by `sort_values[docnum]` newest first when given.

    The bar is found first among the bare values (the `limit`-th best score
    or date), and only the matches that reach it are sorted by the full
    key: a key tuple made for every one of 100,000 matches was 30 ms."""
    if limit <= 0 or not scores:
        return []
    if sort_values is None:
        if len(scores) > limit:
            bar = heapq.nlargest(limit, scores.values())[-1]
            items = [kv for kv in scores.items() if kv[1] >= bar]
        else:
            items = list(scores.items())
        items.sort(key=lambda kv: (-kv[1], kv[0]))
        return items[:limit]
    if len(scores) > limit:
        bar = heapq.nlargest(limit, [sort_values[d] for d in scores])[-1]
        items = [kv for kv in scores.items() if sort_values[kv[0]] >= bar]
    else:
        items = list(scores.items())
    items.sort(key=lambda kv: (-sort_values[kv[0]], -kv[1], kv[0]))
    return items[:limit]


def _is_date_range(node: query.Query, cache: TermScores) -> bool:
    return (type(node) is query.NumericRange and node.fieldname == "date" and node.constantscore
            and "sortdate" in cache.searcher.schema.names())


def _boosted(scores: Scores, boost: float) -> Scores:
    return scores if boost == 1.0 else {d: s * boost for d, s in scores.items()}


def rank(q: query.Query, cache: TermScores, limit: int, sort_values=None,
         allow: set[int] | None = None, texts: TextsOf | None = None) -> tuple[int, list[tuple[int, float]], bool] | None:
    """(total, the `limit` best (docnum, score), whether the total is
    exact), or None when unsupported.

    Without phrases the total is exact. With phrases (exact ones, and any
    of title or body), every document that has a phrase's words is a
    candidate, with the score it has if the words do stand together (Whoosh
    scores a phrase as the sum of its words); candidates are verified on
    their text (title, body) or positions best first, a batch at a time,
    until no unverified one can still enter the top: so only a few hundred
    documents are read, not every match. The total is
    exact when every candidate got verified, else estimated from the share
    verified so far (Whoosh's own total for a phrase is an estimate too)."""
    phrases: list[query.Phrase] = []
    cache = _Pinned(cache, texts)  # type: ignore[assignment]
    try:
        upper = _eval(q, cache, phrases)
    except _Unsupported:
        return None
    if allow is not None:  # (a new dict: `upper` may be a cached one)
        upper = {d: s for d, s in upper.items() if d in allow}
    if not phrases:
        return len(upper), top(upper, limit, sort_values), True
    if sort_values is None:
        order: Sequence[tuple[int, float]] = _BestFirst(upper)
    else:
        order = sorted(upper.items(), key=lambda kv: (-sort_values[kv[0]], -kv[1], kv[0]))
    found: list[tuple[int, float]] = []
    batch = max(2 * limit, 50)
    i = 0
    while i < len(order):
        candidates = order[i:i + batch]
        ok = verified(phrases, sorted(d for d, _ in candidates), cache)
        for d, _ in candidates:
            s = _exact(q, d, cache, ok)
            if s is not None:
                found.append((d, s))
        i += batch
        # each batch re-reads the words' postings up to its last document:
        # doubling keeps that to a few passes when the bound is loose (a
        # title phrase in the bound that seldom holds) and many must be read
        batch *= 2
        if len(found) >= limit and i < len(order):
            if sort_values is None:
                found.sort(key=lambda kv: (-kv[1], kv[0]))
                if found[limit - 1][1] > order[i][1]:
                    break  # no candidate left can beat the last of the top
            else:
                found.sort(key=lambda kv: (-sort_values[kv[0]], -kv[1], kv[0]))
                if sort_values[found[limit - 1][0]] > sort_values[order[i][0]]:
                    break  # the rest are older; one of the same date could still rank higher
    if sort_values is None:
        found.sort(key=lambda kv: (-kv[1], kv[0]))
    else:
        found.sort(key=lambda kv: (-sort_values[kv[0]], -kv[1], kv[0]))
    if i >= len(order):
        return len(found), found[:limit], True  # every candidate was verified: exact
    # an estimate: the candidates, at the share verified so far (never below those found)
    return max(len(found), round(len(upper) * len(found) / i)), found[:limit], False


class _BestFirst:
    """The candidates best first, by (-score, docnum), sorted only as far as
    they are read. A phrase of common words has ~100,000 candidates at
    100,000 articles, and their full sort took 85 ms of a 230 ms query,
    where the top is usually settled by the first hundred. The scores
    alone sort at C speed; a band of the best that holds what is asked
    for is then picked out and sorted, and the next band only if read."""

    def __init__(self, upper: Scores) -> None:
        self._upper = upper
        self._values = sorted(upper.values(), reverse=True)
        self._sorted: list[tuple[int, float]] = []  # the bands picked so far, in order
        self._below: float | None = None  # what is left scores under this

    def __len__(self) -> int:
        return len(self._values)

    def _upto(self, n: int) -> None:
        """At least the first `n` (or all) sorted."""
        while len(self._sorted) < min(n, len(self._values)):
            # every score down to the n-th's (ties taken whole), under the last band's
            floor, below = self._values[min(n, len(self._values)) - 1], self._below
            band = [kv for kv in self._upper.items() if kv[1] >= floor and (below is None or kv[1] < below)]
            band.sort(key=lambda kv: (-kv[1], kv[0]))
            self._sorted += band
            self._below = floor

    def __getitem__(self, i):
        if isinstance(i, slice):
            self._upto(len(self._values) if i.stop is None else i.stop)
        else:
            self._upto(i + 1)
        return self._sorted[i]


def _exact(node: query.Query, d: int, cache: TermScores, ok: dict[int, set[int]]) -> float | None:
    """The score `node` gives document `d` (None: no match), phrases per `ok`."""
    if node is query.NullQuery or isinstance(node, type(query.NullQuery)):
        return None
    if type(node) is query.Term:
        return cache.term(node).get(d)
    if _is_date_range(node, cache):
        return cache.date_range(node).get(d)
    if type(node) is query.Every and node.fieldname in (None, "", "*"):
        return node.boost if d in cache.live() else None
    if isinstance(node, query.Phrase) and not text_phrase(node) and not exact_phrase(node, cache):
        return cache.matched(node).get(d)  # type: ignore[attr-defined]
    if isinstance(node, query.Phrase):
        if len(node.words) > 1 and d not in ok.get(id(node), ()):
            return None
        total = 0.0
        for w in node.words:
            v = cache.term(query.Term(node.fieldname, w)).get(d)
            if v is None:
                return None
            total += v
        return total * node.boost
    if isinstance(node, query.AndNot):
        a = _exact(node.a, d, cache, ok)
        return None if a is None or _exact(node.b, d, cache, ok) is not None else a
    if isinstance(node, query.Not):
        return None if _exact(node.query, d, cache, ok) is not None else node.boost
    if isinstance(node, query.ConstantScoreQuery) and type(node.child) is query.Term:
        return node.score if d in cache.ids(node.child) else None  # type: ignore[attr-defined]
    if isinstance(node, query.AndMaybe):
        a = _exact(node.a, d, cache, ok)
        return None if a is None else a + (_exact(node.b, d, cache, ok) or 0.0)
    subs = [q for q in node.subqueries if not isinstance(q, query.Not)]
    nots = [q for q in node.subqueries if isinstance(q, query.Not)]
    if not isinstance(node, query.And):
        subs, nots = list(node.subqueries), []
    vals = [_exact(q, d, cache, ok) for q in subs]
    if isinstance(node, query.And):
        if any(v is None for v in vals):
            return None
        total = sum(vals)
    else:
        present = [v for v in vals if v is not None]
        if not present:
            return None
        total = sum(present)
    if nots:
        if any(_exact(q.query, d, cache, ok) is not None for q in nots):
            return None
        total += sum(q.boost for q in nots)
    return total * node.boost if node.boost != 1.0 else total
