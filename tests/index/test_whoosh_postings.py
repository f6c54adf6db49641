"""The commit writes a term's postings a block at a time
(whoosh_postings.py): every term record and every block must be what
Whoosh's own posting-by-posting loop writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.filedb.filestore import RamStorage

from defect_tui.index.extract import Extractor
from defect_tui.index.loader import load_article
from defect_tui.index.search import make_schema
from defect_tui.index.whoosh_fields import analyse
from defect_tui.index.whoosh_files import build_writer, document

#: forty real reports: common words in most of them, rare ones in one
REPORTS = Path(__file__).resolve().parent.parent / "data" / "real" / "dev" / "articles"


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    ex = Extractor()
    paths = sorted(REPORTS.glob("*.md"))[:40]
    docs = [document(a, ex.extract(a)) for a in (load_article(p, REPORTS) for p in paths)]
    docs[3]["_boost"] = 1.5  # (a document's boost weighs its postings, as Whoosh allows)
    return docs


def _build(docs: list[dict], ours: bool, spill: bool, blocklimit: int):
    """Whoosh's own writer on the documents' text, or the build's writer
    on the documents as the workers send them (their text fields analysed)."""
    ix = RamStorage().create_index(make_schema())
    if ours:
        docs = [analyse(ix.schema, d) for d in docs]
    w = ix.writer()
    w.codec._blocklimit = blocklimit  # (small blocks: terms of many blocks, the last one short)
    if ours:
        w = build_writer(w)
    if spill:
        w.pool.limit = 10_000  # (bytes: a run or more every document)
    for d in docs:
        w.add_document(**d)
    w.commit()
    return ix


def _blocks(matcher) -> list[tuple]:
    """Each block's postings and the statistics it keeps."""
    out = []
    while matcher.is_active():
        out.append((matcher.block_max_weight(), matcher.block_min_length(), matcher.block_max_length(),
                    matcher.block_max_id()))
        ids = []
        block = matcher.block_max_id()
        while matcher.is_active() and matcher.id() <= block:
            ids.append((matcher.id(), matcher.weight(), matcher.value()))
            matcher.next()
        out.append(tuple(ids))
    return out


@pytest.mark.parametrize("spill,blocklimit", [(False, 128), (True, 128), (True, 3)])
def test_term_at_a_time_writes_the_index_whoosh_writes(docs: list[dict], spill: bool, blocklimit: int) -> None:
    plain, ours = _build(docs, False, spill, blocklimit), _build(docs, True, spill, blocklimit)
    with plain.searcher() as sa, ours.searcher() as sb:
        ra, rb = sa.reader(), sb.reader()
        terms = list(ra.all_terms())
        assert terms == list(rb.all_terms()) and len(terms) > 500
        several = 0
        for field, term in terms:
            ta, tb = ra.term_info(field, term), rb.term_info(field, term)
            assert (ta.weight(), ta.doc_frequency(), ta.min_length(), ta.max_length(), ta.max_weight(),
                    ta.min_id(), ta.max_id()) == \
                (tb.weight(), tb.doc_frequency(), tb.min_length(), tb.max_length(), tb.max_weight(),
                 tb.min_id(), tb.max_id()), (field, term)
            a, b = _blocks(ra.postings(field, term)), _blocks(rb.postings(field, term))
            assert a == b, (field, term)
            several += len(a) > 4
        assert several > 50 or blocklimit > 10  # (terms of several blocks were compared block by block)
        assert [ra.stored_fields(i) for i in range(ra.doc_count_all())] == \
            [rb.stored_fields(i) for i in range(rb.doc_count_all())]
