"""The Whoosh writer's posting pool, kept a term at a time.

Whoosh's writer collects every posting of a build in a pool of tuples
(field, term, document, weight, value); past its memory limit the pool
sorts what it holds and writes it out as a run, and the commit merges the
runs. At 100,000 articles that is some 46 million postings: every spill
sorted 1.5 million tuples (about 2 s each, some thirty spills) and pickled
them, and the commit read them back and merged them, which is the part of
the build that runs alone once the extraction workers are done (100 of its
1,227 s).

This pool keeps the postings by term instead: a term's documents and
weights in arrays and its values in a list. A build
adds documents in order, so each term's postings are in document order as
they arrive and nothing is sorted but the terms themselves when a run is
written. A run is the terms in order, each with its arrays, pickled a few
thousand postings at a time; the commit merges the runs a term at a time
(`merged_terms`) and hands the writer each term's postings whole
(`TermGroups`, read by `whoosh_postings.py`). The postings, their order
and the blocks written are the ones Whoosh's own pool gives
(tests/index/test_whoosh_postings.py compares the two indexes).
"""

from __future__ import annotations

import heapq
import pickle
from array import array
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from whoosh.writing import PostingPool

#: postings per pickled block of a run (a block holds whole terms)
BLOCK = 8192
#: bytes a posting takes in the pool: its document (4), weight (8), its
#: value's list slot (8) and the value, most often a word's count packed
#: in a bytes object of its own (37)
POSTING_BYTES = 57
#: bytes a term takes: its dict entry, its bytes, its three containers
TERM_BYTES = 400

#: a term's postings: (field, term bytes, documents, weights, values)
Group = tuple[str, bytes, array, array, list]


class TermGroups:
    """The pool's postings in order, as terms: `terms()` gives each term's
    postings whole; iterating gives Whoosh's posting tuples one by one,
    for any other consumer."""

    def __init__(self, groups: Iterator[Group]) -> None:
        self._groups = groups

    def terms(self) -> Iterator[Group]:
        return self._groups

    def __iter__(self) -> Iterator[tuple]:
        for field, term, docs, weights, values in self._groups:
            for doc, weight, value in zip(docs, weights, values):
                yield field, term, doc, weight, value


class TermPool(PostingPool):
    """`PostingPool` that keeps postings by term (see the module docstring)."""

    def __init__(self, tempstore: Any, segment: Any, limitmb: float = 128, **kwargs: Any) -> None:
        super().__init__(tempstore, segment, limitmb=limitmb, **kwargs)
        #: field -> term -> (documents, weights, values)
        self._terms: dict[str, dict[bytes, tuple[array, array, list]]] = {}
        #: terms whose documents came out of order (none in a build, which adds documents in order)
        self._unordered: set[tuple[str, bytes]] = set()

    def _field(self, fieldname: str) -> dict[bytes, tuple[array, array, list]]:
        terms = self._terms.get(fieldname)
        if terms is None:
            self.fieldnames.add(fieldname)
            terms = self._terms[fieldname] = {}
        return terms

    def add(self, item: tuple) -> None:
        """One posting (field, term bytes, document, weight, value), as
        Whoosh's writer gives it (a merge of old segments at the commit)."""
        terms = self._field(item[0])
        postings = terms.get(item[1])
        if postings is None:
            postings = terms[item[1]] = (array("i"), array("d"), [])
            self.currentsize += TERM_BYTES + len(item[1])
        elif item[2] < postings[0][-1]:
            self._unordered.add((item[0], item[1]))
        postings[0].append(item[2])
        postings[1].append(item[3])
        postings[2].append(item[4])
        self.currentsize += POSTING_BYTES
        if self.currentsize > self.limit:
            self.save()

    def add_field(self, fieldname: str, docnum: int, items: Iterable[tuple[bytes, int, float, bytes | None]],
                  boost: float) -> int:
        """A document's analysed field, (term bytes, frequency, weight,
        value) per term, its weights times `boost`: what Whoosh's writer
        adds a posting at a time. The writer adds documents in order, so
        its postings come after every one held. Returns the field's length
        (the sum of the frequencies)."""
        terms = self._field(fieldname)
        get = terms.get
        length = count = 0
        size = self.currentsize
        for tbytes, freq, weight, value in items:
            postings = get(tbytes)
            if postings is None:
                postings = terms[tbytes] = (array("i"), array("d"), [])
                size += TERM_BYTES + len(tbytes)
            postings[0].append(docnum)
            postings[1].append(weight * boost)
            postings[2].append(value)
            length += freq
            count += 1
        self.currentsize = size + POSTING_BYTES * count
        if self.currentsize > self.limit:
            self.save()
        return length

    def _sorted_terms(self) -> Iterator[Group]:
        """The terms held in memory, in order; the pool is then empty."""
        fields, self._terms = self._terms, {}
        unordered, self._unordered = self._unordered, set()
        self.currentsize = 0
        for fieldname in sorted(fields):
            terms = fields.pop(fieldname)
            for term in sorted(terms):
                docs, weights, values = terms.pop(term)
                if (fieldname, term) in unordered:
                    docs, weights, values = _in_document_order(docs, weights, values)
                yield fieldname, term, docs, weights, values

    def save(self) -> None:
        if self._terms:
            path, f = self._new_run()
            self._write_run(f, self._sorted_terms())
            self._add_run(path)
        self.currentsize = 0

    def _write_run(self, f: BinaryIO, groups: Iterable[Group]) -> None:
        try:
            block: list[Group] = []
            size = 0
            for group in groups:
                block.append(group)
                size += len(group[2])
                if size >= BLOCK:
                    pickle.dump(block, f, pickle.HIGHEST_PROTOCOL)
                    block, size = [], 0
            if block:
                pickle.dump(block, f, pickle.HIGHEST_PROTOCOL)
        finally:
            f.close()

    def _run_groups(self, path: str) -> Iterator[Group]:
        f = self._open_run(path)
        try:
            while True:
                try:
                    block = pickle.load(f)
                except EOFError:
                    return
                yield from block
        finally:
            f.close()
            self._remove_run(path)

    def iter_postings(self) -> TermGroups:
        return TermGroups(self._groups())

    def items(self, maxfiles: int = 128) -> TermGroups:  # noqa: ARG002 - Whoosh's signature; runs are read all at once
        return self.iter_postings()

    def _groups(self) -> Iterator[Group]:
        """Every term in order: the spilled runs and what memory holds (the
        last run, never written out) merged a term at a time."""
        runs: list[Iterator[Group]] = [self._run_groups(p) for p in self.runs]
        self.runs = []
        runs.append(self._sorted_terms())
        if len(runs) == 1:
            return runs[0]
        return merged_terms(runs)


def merged_terms(runs: list[Iterator[Group]]) -> Iterator[Group]:
    """The terms of sorted runs in order, each term's postings from every
    run that holds it joined in document order: one heap step per term of
    a run. Runs in the order written hold later documents than the ones
    before in a build, so a term's arrays are joined end to end; where
    their documents interleave (a merge of old segments at the commit),
    its postings are ordered by document."""
    heap = []
    for i, run in enumerate(runs):
        first = next(run, None)
        if first is not None:
            heap.append(((first[0], first[1]), i, first, run))
    heapq.heapify(heap)
    while heap:
        key = heap[0][0]
        parts = []
        while heap and heap[0][0] == key:  # (the run's number breaks ties: arrays are never compared)
            _, i, group, run = heap[0]
            parts.append(group)
            after = next(run, None)
            if after is None:
                heapq.heappop(heap)
            else:
                heapq.heapreplace(heap, ((after[0], after[1]), i, after, run))
        yield parts[0] if len(parts) == 1 else _joined(parts)


def _joined(parts: list[Group]) -> Group:
    """One term's postings from several runs, in document order."""
    parts.sort(key=lambda g: g[2][0])
    field, term = parts[0][0], parts[0][1]
    docs, weights, values = array("i"), array("d"), []
    for _, _, d, w, v in parts:
        docs.extend(d)
        weights.extend(w)
        values.extend(v)
    if any(a[2][-1] > b[2][0] for a, b in zip(parts, parts[1:])):
        docs, weights, values = _in_document_order(docs, weights, values)
    return field, term, docs, weights, values


def _in_document_order(docs: array, weights: array, values: list) -> tuple[array, array, list]:
    """A term's postings sorted by document (as Whoosh sorts its tuples:
    then by weight and value, for a document given twice)."""
    order = sorted(range(len(docs)), key=lambda k: (docs[k], weights[k], values[k] or b""))
    return array("i", (docs[k] for k in order)), array("d", (weights[k] for k in order)), [values[k] for k in order]


def use_term_pool(writer: Any) -> Any:
    """`writer` (a Whoosh SegmentWriter) with its empty pool replaced by a
    `TermPool` of the same limit."""
    old = writer.pool
    writer.pool = TermPool(old.tempstore, old.segment, limitmb=old.limit / (1024 * 1024))
    return writer
