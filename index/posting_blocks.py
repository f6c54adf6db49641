"""A term's postings, a block at a time, for scoring them in one pass.

Whoosh's generic `items_as` costs several method calls per posting
through its wrappers; this reads what its matchers hold instead. A cold
term of a large archive is what a phrase or wildcard query of common
words pays for (its 100,000 postings scored before any answer).

Whoosh's W3 leaf matcher reads a block in three steps through the
segment's file: its length, a pickled header (`pickle.load` from the
file: some twenty small reads, each a seek and a system call with the
segment not memory-mapped, `whoosh_files.open_whoosh`), then the block's
data, whose document numbers it decodes in a Python generator. Here the
term's whole extent is one read, its blocks are parsed from memory in the
format the matcher reads (`whoosh.codec.whoosh3`) and the numbers decoded
by `itertools.accumulate`. A matcher of another kind, or an extent that
does not parse whole, is read through the matcher as before.
"""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from collections.abc import Iterator, Sequence
from itertools import accumulate

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher, MultiMatcher

#: (docnums, weights, offset, skip): the block's docnums, to be shifted by
#: `offset`, those in `skip` (deleted, numbered within the segment) left out by the caller
Block = tuple[Sequence[int], Sequence[float], int, "frozenset[int] | set[int]"]

_LENGTH = struct.Struct("!i")  # a block's signed length (negative: the last block)
_MAGIC = len(WHOOSH3_HEADER_MAGIC)


def blocks(m, offset: int = 0, skip: frozenset[int] | set[int] = frozenset()) -> Iterator[Block]:
    """The postings of matcher `m`, fresh from `reader.postings`, a block
    at a time: a block, not a posting, is what goes through the
    generators (a posting passed up through the wrappers' three levels
    cost more than its score)."""
    if isinstance(m, MultiMatcher):
        for sub, off in zip(m.matchers, m.offsets):
            yield from blocks(sub, offset + off, skip)
        return
    if isinstance(m, FilterMatcher) and m._exclude and not skip:  # noqa: SLF001 - deleted documents
        yield from blocks(m.child, offset, m._ids)  # noqa: SLF001
        return
    if type(m) is W3LeafMatcher and not m._byteids:  # noqa: SLF001
        parsed = _extent_of(m)
        if parsed is not None:
            for ids, weights in parsed:
                yield ids, weights, offset, skip
            return
    yield from _matcher_blocks(m, offset, skip)


def _extent_of(m: W3LeafMatcher) -> Iterator[tuple[list[int], Sequence[float]]] | None:
    """The blocks of a leaf matcher's term, its extent read in one piece;
    None when the extent's chain of blocks does not hold together (the
    matcher then reads it block by block). The fork keeps the extent's
    length as a 1-tuple; either form is taken."""
    length = m._length  # noqa: SLF001
    if isinstance(length, tuple) and len(length) == 1:
        length = length[0]
    if not isinstance(length, int) or length <= _MAGIC:
        return None
    extent = m._postfile.get(m._startoffset, length)  # noqa: SLF001
    return extent_blocks(extent) if _chained(extent) else None


def _chained(extent: bytes) -> bool:
    """Whether the extent opens with the magic and its blocks' lengths lead
    from one to the next and end with the last block at its end (checked
    before any block is read: the blocks are then read one at a time)."""
    if extent[:_MAGIC] != WHOOSH3_HEADER_MAGIC:
        return False
    pos, end = _MAGIC, len(extent)
    while pos + _LENGTH.size <= end:
        (length,) = _LENGTH.unpack_from(extent, pos)
        pos += _LENGTH.size + abs(length)
        if length < 0:
            return pos == end
    return False


def extent_blocks(extent: bytes) -> Iterator[tuple[list[int], Sequence[float]]]:
    """(docnums, weights) of each block of one term's extent (`_chained`):
    the magic, then per block its signed length, a pickled header (count,
    last docnum, greatest weight, compression, two length bytes) and its
    data (docnum deltas, weights, values) pickled, perhaps compressed.
    Weights as the matcher gives them: 1.0 each when the block keeps none,
    one value for all when it keeps one."""
    buf = io.BytesIO(extent)
    pos = _MAGIC
    while True:
        (length,) = _LENGTH.unpack_from(extent, pos)
        after = pos + _LENGTH.size + abs(length)
        buf.seek(pos + _LENGTH.size)
        count, _maxid, _maxweight, compression = pickle.load(buf)[:4]
        data = extent[buf.tell():after]
        deltas, weights = pickle.loads(zlib.decompress(data) if compression else data)[:2]
        if weights is None:
            weights = (1.0,) * count
        elif isinstance(weights, float):
            weights = (weights,) * count
        yield list(accumulate(deltas)), weights
        if length < 0:
            return
        pos = after


def _matcher_blocks(m, offset: int, skip: frozenset[int] | set[int]) -> Iterator[Block]:
    """Through the matcher: a W3 leaf matcher's block arrays (its own
    `_read_ids` / `_read_weights` / `_next_block`), or `items_as` for a
    matcher this does not know."""
    if not all(hasattr(m, a) for a in ("_read_ids", "_read_weights", "_next_block", "_blocklength", "_i")):
        pairs = list(m.items_as("weight"))
        yield [d for d, _ in pairs], [w for _, w in pairs], offset, skip
        return
    while m.is_active():
        m._read_ids()  # noqa: SLF001
        m._read_weights()  # noqa: SLF001
        start, end = m._i, m._blocklength  # noqa: SLF001
        ids, weights = m._ids, m._weights  # noqa: SLF001
        if start or end != len(ids):
            ids, weights = ids[start:end], weights[start:end]
        yield ids, weights, offset, skip
        m._next_block()  # noqa: SLF001
