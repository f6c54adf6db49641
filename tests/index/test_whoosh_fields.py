"""The build's text fields are analysed in the extraction workers
(index/whoosh_fields.py): the index must be the same as when the writer
analyses them itself."""

from __future__ import annotations

from pathlib import Path

from whoosh.filedb.filestore import RamStorage

from defect_tui.index.extract import Extractor
from defect_tui.index.loader import load_article
from defect_tui.index.search import make_schema
from defect_tui.index.spelling_words import DOCUMENT_KEY, words_of
from defect_tui.index.whoosh_fields import Analysed
from defect_tui.index.whoosh_files import document, prepare

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


def _index(docs: list[dict]):
    ix = RamStorage().create_index(make_schema())
    w = ix.writer()
    for d in docs:
        w.add_document(**d)
    w.commit()
    return ix




def test_text_analysed_in_a_worker_indexes_as_the_writer_would() -> None:
    ex = Extractor()
    paths = sorted(p for p in SEEDS.rglob("*") if p.suffix in (".md", ".txt"))[:6]
    arts = [load_article(p, SEEDS) for p in paths]
    plain = [document(a, ex.extract(a)) for a in arts]
    prepared = [prepare(a, ex.extract(a)) for a in arts]
    assert all(isinstance(d["body"], Analysed) and isinstance(d["title"], Analysed) for d in prepared)
    # the unstemmed words for "did you mean" travel with the document, beside its fields
    schema = make_schema()
    assert [d.pop(DOCUMENT_KEY) for d in prepared] == [words_of(schema, d) for d in plain]
    assert any("defected" in words_of(schema, d) for d in plain)  # (unstemmed: the field holds "defect")
    a, b = _index(plain), _index(prepared)
    with a.searcher() as sa, b.searcher() as sb:
        terms_a, terms_b = sorted(sa.reader().all_terms()), sorted(sb.reader().all_terms())
        assert terms_a == terms_b and len(terms_a) > 500
        for field, term in terms_a:
            pa = sa.reader().postings(field, term)
            pb = sb.reader().postings(field, term)
            assert list(pa.all_items()) == list(pb.all_items())  # (documents and their positions)
        for name in sa.schema.scorable_names():
            for doc in range(sa.reader().doc_count_all()):
                assert sa.reader().doc_field_length(doc, name) == sb.reader().doc_field_length(doc, name)


def test_a_commit_that_reads_lengths_once_writes_the_same_segment() -> None:
    """The writer's commit reads each document's field lengths once
    (whoosh_files._LengthsRead), not once per posting: the postings and the
    shortest and longest document of every term are the same."""
    from defect_tui.index.whoosh_files import _read_lengths_once

    ex = Extractor()
    paths = sorted(p for p in SEEDS.rglob("*") if p.suffix in (".md", ".txt"))[:8]
    docs = [document(a, ex.extract(a)) for a in (load_article(p, SEEDS) for p in paths)]
    plain = _index(docs)
    ix = RamStorage().create_index(make_schema())
    w = _read_lengths_once(ix.writer())
    for d in docs:
        w.add_document(**d)
    w.commit()
    with plain.searcher() as sa, ix.searcher() as sb:
        ra, rb = sa.reader(), sb.reader()
        terms = sorted(ra.all_terms())
        assert terms == sorted(rb.all_terms()) and len(terms) > 500
        stats = [(ra.term_info(f, t).min_length(), ra.term_info(f, t).max_length()) for f, t in terms]
        assert stats == [(rb.term_info(f, t).min_length(), rb.term_info(f, t).max_length()) for f, t in terms]
        assert any(lo and hi and lo < hi for lo, hi in stats)  # (lengths were read, and differ)
        for f, t in terms:
            assert list(ra.postings(f, t).all_items()) == list(rb.postings(f, t).all_items())


def test_a_pool_kept_by_term_writes_the_same_index_through_whooshs_own_writer() -> None:
    """The build's posting pool keeps postings by term and spills its runs
    as terms in blocks (whoosh_pool.py), where Whoosh keeps and pickles
    each posting; given to Whoosh's own `add_postings` one posting at a
    time, over several runs, blocks cut short and a run longer than a
    block, the index is the same."""
    from defect_tui.index import whoosh_pool
    from defect_tui.index.whoosh_pool import TermPool, use_term_pool

    ex = Extractor()
    paths = sorted(p for p in SEEDS.rglob("*") if p.suffix in (".md", ".txt"))[:8]
    docs = [document(a, ex.extract(a)) for a in (load_article(p, SEEDS) for p in paths)]

    def build(block: bool):
        ix = RamStorage().create_index(make_schema())
        w = ix.writer()
        if block:
            w = use_term_pool(w)
        w.pool.limit = 10_000  # (bytes: a run or more every document)
        for d in docs:
            w.add_document(**d)
        runs = len(w.pool.runs)
        w.commit()
        return ix, runs, type(w.pool)

    saved = whoosh_pool.BLOCK
    whoosh_pool.BLOCK = 50  # (many blocks per run, the last one short)
    try:
        (plain, plain_runs, _), (blocks, block_runs, kind) = build(False), build(True)
    finally:
        whoosh_pool.BLOCK = saved
    assert kind is TermPool and block_runs >= 4 and plain_runs >= 4
    with plain.searcher() as sa, blocks.searcher() as sb:
        ra, rb = sa.reader(), sb.reader()
        terms = list(ra.all_terms())
        assert terms == list(rb.all_terms()) and len(terms) > 500
        for f, t in terms:
            assert list(ra.postings(f, t).all_items()) == list(rb.postings(f, t).all_items())
        assert [ra.stored_fields(i) for i in range(ra.doc_count_all())] == \
            [rb.stored_fields(i) for i in range(rb.doc_count_all())]


def test_the_spelling_words_are_whooshs_unstemmed_words() -> None:
    """words_of lists a title's and a body's words without Whoosh's token
    stream (spelling_words._plain_words): the same words as Whoosh's
    `spellable_words`, stop words, one-letter words and all."""
    from defect_tui.index.spelling_words import _plain_words

    schema = make_schema()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.rglob("*.md"))[:8]]
    texts.append("Don't  stop: the U.S. and Ri's 2,000 Défecteurs — a I ÉTÉ x2 naïve_word 3.5 it's")
    for field in ("title", "body"):
        for text in texts:
            fast = _plain_words(schema[field].analyzer, text)
            assert fast is not None and fast == set(schema[field].spellable_words(text))
    assert _plain_words(schema["person"].analyzer, "Kim Jong Un") is None  # (another chain: Whoosh's own)


def test_stemmed_fields_counted_without_whooshs_chain_give_its_postings() -> None:
    """whoosh_fields._counted_stems gives what the field's own index()
    gives: the same stems, counts, weights, values, in the same order, for
    stemmed field that counts words (title with its boost, body)."""
    from defect_tui.index.whoosh_fields import _counted_stems

    reports = Path(__file__).resolve().parent.parent / "data" / "real" / "dev" / "articles"
    texts = [p.read_text(encoding="utf-8") for p in sorted(reports.glob("*.md"))[:120]]
    texts += ["", "a I to", "U.S. 2,000.5 x*y Ri's naïve_word İstanbul ÉTÉ défecteurs running runs ran",
              "Ⅻ ① ２０２４ 北朝鮮 ДПРК one.two.three ..dots.. _under_ *star* e-mail"]
    schema = make_schema()
    fields = [schema[name] for name in ("title", "body")]
    assert fields[0].format.field_boost == 2.0  # (the title's boost is in its weights)
    for field in fields:
        for text in texts:
            fast = _counted_stems(field, text)
            assert fast is not None
            assert fast == tuple(field.index(text)), text[:60]
    # a field of another kind (names; role keeps positions) is left to Whoosh
    assert _counted_stems(schema["person"], "Kim Jong-un") is None
    assert _counted_stems(schema["role"], "acting ambassador") is None
