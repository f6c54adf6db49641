"""The writer's `add_document` with analysed fields added a field at a time.

Whoosh's `add_document` passes each posting of each field through its
own loop and the pool's `add`: some 460 calls per article. The build's
documents arrive with their text fields analysed in the workers
(`whoosh_fields.Analysed`), so here each such field goes to the term pool
whole (`TermPool.add_field`). Everything else a document holds (stored
values, lengths, columns) is done as Whoosh does it, field by field in the
same order, so the index is the same (tests/index/test_whoosh_postings.py
compares it with Whoosh's own).

A schema with term vectors or separate spelling fields, or a pool that is
not a `TermPool`, keeps Whoosh's own `add_document`.
"""

from __future__ import annotations

from typing import Any

from .whoosh_fields import Analysed
from .whoosh_pool import TermPool


def add_document(writer: Any, fields: dict[str, Any]) -> None:
    """What `writer.add_document(**fields)` does (Whoosh's SegmentWriter)."""
    writer._check_state()  # noqa: SLF001 - the writer's own steps, in its order
    schema = writer.schema
    docnum = writer.docnum
    pool: TermPool = writer.pool
    perdoc = writer.perdocwriter
    docboost = writer._doc_boost(fields)  # noqa: SLF001
    names = sorted(name for name in fields if not name.startswith("_"))
    writer._check_fields(schema, names)  # noqa: SLF001
    perdoc.start_doc(docnum)
    try:
        for name in names:
            value = fields.get(name)
            if value is None:
                continue
            field = schema[name]
            length = 0
            if field.indexed:
                boost = writer._field_boost(fields, name, docboost)  # noqa: SLF001
                items = value.postings if isinstance(value, Analysed) else field.index(value)
                counted = pool.add_field(name, docnum, items, boost)
                if field.scorable:
                    length = counted
            stored = fields.get(f"_stored_{name}", value)
            perdoc.add_field(name, field, stored if field.stored else None, length)
            column = field.column_type
            if column and stored is not None:
                perdoc.add_column_value(name, column, field.to_column_value(stored))
    except ValueError:
        perdoc.cancel_doc()
        raise
    perdoc.finish_doc()
    writer._added = True  # noqa: SLF001
    writer.docnum += 1


def use_field_adding(writer: Any) -> Any:
    """`writer` (a Whoosh SegmentWriter) adding documents as `add_document`
    does, where its pool and schema allow."""
    plain = all(not field.vector and not field.separate_spelling() for field in writer.schema)
    if plain and isinstance(writer.pool, TermPool):
        writer.add_document = lambda **fields: add_document(writer, fields)
    return writer
