"""The Whoosh writer's posting pool, with its spilled runs read and written
a block of postings at a time.

Whoosh's writer collects every posting of a build in a pool; past its
memory limit the pool sorts what it holds and writes it out as a run, and
the commit merges the runs. Whoosh pickles each posting on its own, out
and back: at 100,000 articles some 46 million postings, a pickle call each
way, 2.1 of the 8.4 seconds that writing and committing 1,000 articles
takes when the runs are spilled in the same proportion. The commit runs
after the extraction workers have finished, so its share is all wall
time. This pool writes a run as blocks of `BLOCK` postings, a pickle call
per block, and reads them back the same way; the postings, their order
and the merge are Whoosh's own, so the index is the same.

A block is small enough that the merge, which holds one block of every
run at once, stays within a few tens of megabytes over some thirty runs.

The commit's merge of the runs goes a term at a time, not a posting at a
time: Whoosh's `heapq.merge` of every posting of every run was a third of
the commit (4.6 million heap steps at 10,000 articles; the commit is
serial, the workers done). Each run is read as its terms' postings in
groups, the groups are merged by term, and a term found in several runs
takes their postings in order, which is the runs' order when (as in a
build) each run holds later documents than the one before. The postings
come out in exactly the order the full merge gives.
"""

from __future__ import annotations

import heapq
import pickle
from collections.abc import Iterable, Iterator
from itertools import groupby, islice
from operator import itemgetter
from typing import Any, BinaryIO

from whoosh.writing import PostingPool

#: postings per pickled block of a run
BLOCK = 8192
#: a posting's term: (fieldname, term bytes); the rest is (docnum, weight, value)
_TERM = itemgetter(0, 1)


class BlockPostingPool(PostingPool):
    """`PostingPool` whose runs are pickled in blocks (see the module docstring)."""

    def _write_run(self, f: BinaryIO, items: Iterable[Any]) -> None:
        it = iter(items)
        try:
            while block := list(islice(it, BLOCK)):
                pickle.dump(block, f, pickle.HIGHEST_PROTOCOL)
        finally:
            f.close()

    def _read_run(self, path: str) -> Iterator[Any]:
        for block in self._run_blocks(path):
            yield from block

    def _run_blocks(self, path: str) -> Iterator[list[Any]]:
        f = self._open_run(path)
        try:
            while True:
                try:
                    yield pickle.load(f)
                except EOFError:
                    return
        finally:
            f.close()
            self._remove_run(path)

    def _run_terms(self, path: str) -> Iterator[tuple[tuple, list[Any]]]:
        """(term, its postings) of a run in order, a term's postings whole
        even where they straddle two blocks."""
        key: tuple | None = None
        group: list[Any] = []
        for block in self._run_blocks(path):
            for k, postings in groupby(block, _TERM):
                if k == key:
                    group.extend(postings)
                else:
                    if key is not None:
                        yield key, group
                    key, group = k, list(postings)
        if key is not None:
            yield key, group

    def _merge_runs(self, paths: Iterable[str]) -> Iterator[Any]:
        yield from merged_by_term([self._run_terms(p) for p in paths])


def merged_by_term(runs: list[Iterator[tuple[tuple, list[Any]]]]) -> Iterator[Any]:
    """The postings of sorted runs, each given as (term, postings) groups,
    in sorted order: what `heapq.merge` of their postings gives, with a
    heap step per term of a run instead of per posting."""
    heap = []
    for i, run in enumerate(runs):
        first = next(run, None)
        if first is not None:
            heap.append((first[0], i, first[1], run))
    heapq.heapify(heap)
    while heap:
        key = heap[0][0]
        groups = []
        while heap and heap[0][0] == key:  # (the run's number breaks ties: lists are never compared)
            _, i, group, run = heap[0]
            groups.append(group)
            after = next(run, None)
            if after is None:
                heapq.heappop(heap)
            else:
                heapq.heapreplace(heap, (after[0], i, after[1], run))
        if len(groups) == 1:
            yield from groups[0]
            continue
        groups.sort(key=itemgetter(0))
        if all(a[-1] <= b[0] for a, b in zip(groups, groups[1:])):
            for group in groups:  # (each run's documents after the last's: one after another)
                yield from group
        else:
            yield from heapq.merge(*groups)


def use_block_pool(writer: Any) -> Any:
    """`writer` (a Whoosh SegmentWriter) with its empty pool replaced by a
    `BlockPostingPool` of the same limit."""
    old = writer.pool
    writer.pool = BlockPostingPool(old.tempstore, old.segment, limitmb=old.limit / (1024 * 1024))
    return writer
