"""The commit's writing of the pool's postings, a term at a time.

Whoosh's `FieldWriter.add_postings` passes each posting through three
calls (its own loop, `W3FieldWriter.add`, `W3PostingsWriter.add_posting`,
which type-checks every argument): 4.6 million of each at 10,000
articles, some 40% of a commit that runs alone once the extraction
workers are done. Here the postings of one term are taken as a group and
put into the postings writer's block a block's worth at a time, with the
statistics each block keeps (greatest weight, shortest and longest
document) computed over the slice: the same blocks, the same term
records, in the same order, so the index is the same.

Only Whoosh's W3 postings writer is filled this way; another codec's is
given the postings one at a time, as Whoosh does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any

from whoosh.codec.whoosh3 import W3FieldWriter, W3PostingsWriter

from .whoosh_pool import Group, TermGroups

_TERM = itemgetter(0, 1)


def add_postings(writer: W3FieldWriter, schema: Any, lengths: Any, items: Iterable[tuple] | TermGroups) -> None:
    """What `writer.add_postings(schema, lengths, items)` does with sorted
    postings (field name, term bytes, docnum, weight, value bytes or None),
    given one by one or as a pool's `TermGroups`."""
    groups = items.terms() if isinstance(items, TermGroups) else _groups_of(items)
    field: str | None = None
    length_of: Callable[[int], int] = _no_length
    for fieldname, btext, docs, weights, values in groups:
        if docs and docs[0] == -1:  # (Whoosh's mark of a spelling word, no posting; first in document order)
            keep = [k for k, d in enumerate(docs) if d != -1]
            if not keep:
                continue
            docs, weights, values = [docs[k] for k in keep], [weights[k] for k in keep], [values[k] for k in keep]
        if fieldname != field:
            if field is not None:
                writer.finish_field()
            field = fieldname
            writer.start_field(fieldname, schema[fieldname])
            length_of = _lengths_of(lengths, fieldname)
        writer.start_term(btext)
        _add_term(writer._postwriter, docs, weights, values, length_of)  # noqa: SLF001 - the field's postings writer
        writer.finish_term()
    if field is not None:
        writer.finish_field()


def _groups_of(items: Iterable[tuple]) -> Iterator[Group]:
    """Sorted posting tuples as terms, each with its postings' columns."""
    for (fieldname, btext), postings in groupby(items, _TERM):
        group = list(postings)
        yield fieldname, btext, [p[2] for p in group], [p[3] for p in group], [p[4] for p in group]


def _no_length(docnum: int) -> int:
    return 0


def _lengths_of(lengths: Any, fieldname: str) -> Callable[[int], int]:
    """The field's length of a document, as Whoosh's loop reads it."""
    if not lengths:
        return _no_length
    reader = getattr(lengths, "doc_field_length_reader", None)
    if reader is not None:
        return reader(fieldname)
    return lambda docnum: lengths.doc_field_length(docnum, fieldname)


def _add_term(pw: Any, docs: Any, weights: Any, values: list, length_of: Callable[[int], int]) -> None:
    """The term's postings into the writer's blocks, as `add_posting` called
    for each in turn would put them: a full block is written only when the
    next posting comes (the last one by `finish_postings`)."""
    if type(pw) is not W3PostingsWriter:
        for docnum, weight, value in zip(docs, weights, values):
            pw.add_posting(docnum, weight, value or b"", length_of(docnum))
        return
    limit = pw._blocklimit  # noqa: SLF001
    start, n = 0, len(docs)
    while start < n:
        if len(pw._ids) >= limit:  # noqa: SLF001
            pw._write_block()  # noqa: SLF001
        end = min(n, start + limit - len(pw._ids))  # noqa: SLF001
        part = docs[start:end]
        part_weights = weights[start:end]
        pw._ids.extend(part if type(part) is list else part.tolist())  # noqa: SLF001
        pw._weights.extend(part_weights if type(part_weights) is list else part_weights.tolist())  # noqa: SLF001
        top = max(part_weights)
        if top > pw._maxweight:  # noqa: SLF001
            pw._maxweight = top  # noqa: SLF001
        pw._values.extend(v for v in values[start:end] if v)  # noqa: SLF001
        sizes = [s for s in map(length_of, part) if s]
        if sizes:
            shortest, longest = min(sizes), max(sizes)
            if pw._minlength is None or shortest < pw._minlength:  # noqa: SLF001
                pw._minlength = shortest  # noqa: SLF001
            if longest > pw._maxlength:  # noqa: SLF001
                pw._maxlength = longest  # noqa: SLF001
        start = end


def use_term_postings(writer: Any) -> Any:
    """`writer` (a Whoosh SegmentWriter) with its field writer's
    `add_postings` done a term at a time, when it is Whoosh's W3 one."""
    fw = writer.fieldwriter
    if type(fw) is W3FieldWriter:
        fw.add_postings = lambda schema, lengths, items: add_postings(fw, schema, lengths, items)
    return writer
