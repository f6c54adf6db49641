"""The commit's merge of spilled runs, a term at a time (whoosh_pool.py)."""

from __future__ import annotations

import heapq
import random
from itertools import groupby
from operator import itemgetter

from defect_tui.index.whoosh_pool import merged_by_term


def _terms(run: list[tuple]):
    return ((k, list(g)) for k, g in groupby(run, itemgetter(0, 1)))


def _runs(rng: random.Random, in_document_order: bool) -> list[list[tuple]]:
    """Sorted runs of postings (field, term, docnum, weight, value). In
    document order, each run holds later documents than the one before (as
    a build spills them); else documents of any run interleave (postings a
    merge of old segments adds at the commit)."""
    runs = []
    for r in range(rng.randint(0, 6)):
        postings = set()
        for _ in range(rng.randint(0, 40)):
            field = rng.choice(["body", "person", "title"])
            doc = r * 100 + rng.randint(0, 99) if in_document_order else rng.randint(0, 300)
            value = None if field == "body" else rng.choice([b"\x00", b"\x01"])
            postings.add((field, rng.choice([b"a", b"kim", b"korea", b"z"]), doc, rng.choice([1.0, 2.5]), value))
        runs.append(sorted(postings))
    return runs


def test_merging_by_term_gives_what_merging_every_posting_gives() -> None:
    rng = random.Random(11)
    for trial in range(1500):
        runs = _runs(rng, in_document_order=trial % 2 == 0)
        assert list(merged_by_term([_terms(r) for r in runs])) == list(heapq.merge(*runs)), trial


def test_a_term_in_every_run_comes_out_in_document_order() -> None:
    runs = [[("body", b"defect", d, 1.0, None) for d in range(start, start + 3)] for start in (6, 0, 3)]
    runs = [runs[1], runs[2], runs[0]]
    out = list(merged_by_term([_terms(r) for r in runs]))
    assert [p[2] for p in out] == list(range(9))


def test_no_runs_and_empty_runs_merge_to_nothing() -> None:
    assert list(merged_by_term([])) == []
    assert list(merged_by_term([_terms([]), _terms([])])) == []
