"""A term's postings read from its extent in one piece (posting_blocks.py):
the same documents and weights as Whoosh's matcher gives, over segments,
deleted documents and blocks of every size; a damaged extent is read
through the matcher."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.filedb.filestore import RamStorage
from whoosh.writing import NO_MERGE

from defect_tui.index import posting_blocks
from defect_tui.index.extract import Extractor
from defect_tui.index.loader import load_article
from defect_tui.index.posting_blocks import blocks
from defect_tui.index.search import make_schema
from defect_tui.index.whoosh_files import document

REPORTS = Path(__file__).resolve().parent.parent / "data" / "real" / "dev" / "articles"


@pytest.fixture(scope="module")
def index():
    """Two segments of twenty reports each, blocks of 4 postings, some
    documents deleted after the commit."""
    ex = Extractor()
    docs = [document(a, ex.extract(a)) for a in (load_article(p, REPORTS) for p in sorted(REPORTS.glob("*.md"))[:40])]
    ix = RamStorage().create_index(make_schema())
    for part in (docs[:20], docs[20:]):
        w = ix.writer()
        w.codec._blocklimit = 4
        for d in part:
            w.add_document(**d)
        w.commit(mergetype=NO_MERGE)
    w = ix.writer()
    for d in docs[3:40:7]:
        w.delete_by_term("id", d["id"])
    w.commit(mergetype=NO_MERGE)
    return ix


def _read(matcher) -> list[tuple[int, float]]:
    return [(offset + d, w) for ids, weights, offset, skip in blocks(matcher)
            for d, w in zip(ids, weights) if d not in skip]


def _whoosh(matcher) -> list[tuple[int, float]]:
    out = []
    while matcher.is_active():
        out.append((matcher.id(), matcher.weight()))
        matcher.next()
    return out


def test_the_extent_gives_what_the_matcher_gives(index) -> None:
    with index.searcher() as s:
        r = s.reader()
        assert r.has_deletions() and len(list(r.leaf_readers())) == 2
        terms = [(f, t) for f, t in r.all_terms() if f in ("body", "title", "person")]
        assert len(terms) > 1000
        many = 0
        for f, t in terms:
            assert _read(r.postings(f, t)) == _whoosh(r.postings(f, t)), (f, t)
            many += r.doc_frequency(f, t) > 12
        assert many > 50  # (terms of several blocks in each segment)
        leaf = list(r.leaf_readers())[0][0].postings("body", b"defect")
        leaf = getattr(leaf, "child", leaf)  # (inside the filter of deleted documents)
        assert len(list(posting_blocks._extent_of(leaf))) > 2  # (read from the extent, not the matcher)


def test_a_damaged_extent_is_read_through_the_matcher(index, monkeypatch) -> None:
    with index.searcher() as s:
        r = s.reader()
        term = max(((f, t) for f, t in r.all_terms() if f == "body"), key=lambda ft: r.doc_frequency(*ft))
        want = _whoosh(r.postings(*term))
        real = posting_blocks._chained
        assert real(b"W3Bl" + b"\x00\x00\x00\x05") is False  # (a block that runs past the end)
        assert real(b"XXXX") is False
        monkeypatch.setattr(posting_blocks, "_chained", lambda extent: False)
        assert _read(r.postings(*term)) == want
