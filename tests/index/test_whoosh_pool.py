"""The build's posting pool kept by term, and the commit's merge of its
spilled runs a term at a time (whoosh_pool.py): what comes out must be
every posting in the order Whoosh's own sorting pool gives."""

from __future__ import annotations

import heapq
import random
from array import array
from itertools import groupby
from operator import itemgetter

from whoosh.filedb.filestore import RamStorage

from defect_tui.index.whoosh_pool import TermGroups, TermPool, merged_terms


def _groups(run: list[tuple]):
    for (field, term), postings in groupby(run, itemgetter(0, 1)):
        p = list(postings)
        yield field, term, array("i", [x[2] for x in p]), array("d", [x[3] for x in p]), [x[4] for x in p]


def _postings(rng: random.Random, n: int, docs: range) -> list[tuple]:
    out = set()
    for _ in range(n):
        field = rng.choice(["body", "person", "title"])
        value = None if field == "body" else rng.choice([b"\x00", b"\x01"])
        out.add((field, rng.choice([b"a", b"kim", b"korea", b"z"]), rng.choice(docs), rng.choice([1.0, 2.5]), value))
    # (one posting per document and term, as a writer makes them)
    return list({(p[0], p[1], p[2]): p for p in out}.values())


def _flat(groups) -> list[tuple]:
    return list(TermGroups(iter(groups)))


def test_merging_by_term_gives_what_merging_every_posting_gives() -> None:
    """Runs of later documents each (a build), or of documents that
    interleave (a merge of old segments); a document's posting of a term
    is in one run."""
    rng = random.Random(11)
    for trial in range(1500):
        in_order = trial % 2 == 0
        runs = [sorted(_postings(rng, rng.randint(0, 40), range(r * 100, r * 100 + 100) if in_order else range(r, 300, 7)))
                for r in range(rng.randint(0, 6))]
        runs = [r for r in runs if r] if trial % 3 else runs
        assert _flat(merged_terms([_groups(r) for r in runs])) == list(heapq.merge(*runs)), trial


def test_a_term_in_every_run_comes_out_in_document_order() -> None:
    runs = [[("body", b"defect", d, 1.0, None) for d in range(start, start + 3)] for start in (3, 6, 0)]
    out = _flat(merged_terms([_groups(r) for r in runs]))
    assert [p[2] for p in out] == list(range(9))


def test_no_runs_and_empty_runs_merge_to_nothing() -> None:
    assert _flat(merged_terms([])) == []
    assert _flat(merged_terms([_groups([]), _groups([])])) == []


def _pool(limit: int) -> TermPool:
    pool = TermPool(RamStorage(), None)
    pool.limit = limit
    return pool


def test_the_pool_gives_every_posting_sorted_over_spilled_runs() -> None:
    """Documents added in order (a build) and out of order (a merge of old
    segments), held in memory or spilled to many runs: the postings come
    out as Whoosh's sorted tuples, and each field is known."""
    rng = random.Random(5)
    for trial in range(200):
        postings = _postings(rng, rng.randint(1, 300), range(50))
        if trial % 2 == 0:
            postings.sort(key=itemgetter(2))
        else:
            rng.shuffle(postings)
        pool = _pool(rng.choice([500, 3_000, 10**9]))
        for p in postings:
            pool.add(p)
        spilled = len(pool.runs)
        assert list(pool.iter_postings()) == sorted(postings), trial
        assert pool.fieldnames == {p[0] for p in postings}
        if pool.limit == 500 and len(postings) > 100:
            assert spilled > 2


def test_terms_come_whole_in_term_order() -> None:
    pool = _pool(400)
    for doc in range(30):
        for term in (b"kim", b"defect", b"seoul"):
            pool.add(("body", term, doc, 1.0, b"\x01"))
    assert len(pool.runs) >= 3
    terms = list(pool.iter_postings().terms())
    assert [t[1] for t in terms] == [b"defect", b"kim", b"seoul"]
    assert all(list(t[2]) == list(range(30)) for t in terms)
