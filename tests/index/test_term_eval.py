"""Boolean word queries answered from cached term scores give Whoosh's own
hits, scores and totals (the fast path must not change what users find)."""

from __future__ import annotations

from pathlib import Path

import pytest

from defect_tui.index.api import Corpus, open_corpus
from defect_tui.index.config import Settings
from defect_tui.index.search import bound_expansions, lexicons, make_parser
from defect_tui.index.term_eval import TermScores, evaluate, top

WORDS = ["diplomat", "defector", "embassy", "soldier", "asylum", "border", "Seoul", "Beijing", "Rome",
         "unification", "missing", "custody", "ambassador", "official", "family"]


@pytest.fixture
def corpus(settings: Settings, corpus_dir: Path):
    # a few dozen small articles, so that ranks and ties are real
    for i in range(40):
        a, b, c = WORDS[i % 15], WORDS[(i * 7) % 15], WORDS[(i * 11) % 15]
        (corpus_dir / f"g{i:02}.txt").write_text(
            f"Story {i} about {a}\n\nA North Korean {a} and the {b} were seen near the {c} in Seoul. "
            f"Another {a} {'and ' + b if i % 3 else ''} went to the {c}.\n", encoding="utf-8")
    c = open_corpus(settings)
    c.update()
    yield c
    c.close()


@pytest.fixture
def twin(corpus: Corpus):
    """The same articles' title and body in an index that keeps their
    positions, document for document (ours keeps none: its phrases are
    checked on the text): Whoosh's own phrase search there is what ours
    must find, with the same scores (title and body are the fields an
    unfielded query searches)."""
    from whoosh import fields
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.filedb.filestore import RamStorage

    from defect_tui.index import db
    from defect_tui.index.term_cache import column

    stem = StemmingAnalyzer()
    schema = fields.Schema(id=fields.ID(stored=True), title=fields.TEXT(analyzer=stem, field_boost=2.0),
                           body=fields.TEXT(analyzer=stem))
    ix = RamStorage().create_index(schema)
    with corpus._searching() as searcher:  # noqa: SLF001
        ids = list(column(searcher, "id"))
        assert not searcher.reader().has_deletions()
    texts = db.article_texts(corpus._con(), ids)  # noqa: SLF001
    with ix.writer() as w:
        for aid in ids:  # in our document order, so document numbers agree
            w.add_document(id=aid, title=texts[aid][0], body=texts[aid][1])
    with ix.searcher() as s:
        yield s


def _texts(corpus: Corpus, searcher):
    from defect_tui.index.store import _texts_of

    return _texts_of(searcher, corpus._con())  # noqa: SLF001


QUERIES = ["diplomat", "North Korean", "diplomat soldier", "diplomat OR soldier", "(Rome OR Beijing) AND asylum",
           "diplomat NOT soldier", "embassy AND NOT custody OR family", "title:diplomat", "Seoul Seoul",
           "nosuchword", "diplomat nosuchword", "nosuchword OR diplomat",
           "date:2015", "date:[2015 TO 2024]", "date:2023-06", "diplomat date:[2014 TO 2016]", "date:>2016",
           "date:[2020 TO]", "date:[1990 TO 2000]"]


@pytest.mark.parametrize("text", QUERIES)
def test_same_hits_scores_and_total_as_whoosh(corpus: Corpus, text: str) -> None:
    store = corpus
    with store._searching() as searcher:  # noqa: SLF001
        q = bound_expansions(make_parser(searcher.schema).parse(text), lexicons(searcher), 64)
        scores = evaluate(q, TermScores(searcher))
        if scores is None:
            pytest.skip(f"not a plain boolean query: {q}")
        whoosh = searcher.search(q, limit=None)
        assert len(scores) == len(whoosh)
        expected = {hit.docnum: hit.score for hit in whoosh}
        assert scores.keys() == expected.keys()
        for d, s in scores.items():
            assert s == pytest.approx(expected[d], rel=1e-9)
        ranked = [d for d, _ in top(scores, 10)]
        assert [round(scores[d], 9) for d in ranked] == sorted((round(s, 9) for s in expected.values()),
                                                                reverse=True)[:10]


@pytest.mark.parametrize("text", ['"North Korean"~2', '"Korean seen"~3', '"Korean seen"~2', '"seen Korean"~3',
                                  '"North diplomat"~3 OR soldier'])
def test_sloppy_phrases_find_and_score_what_whoosh_does_over_positions(corpus: Corpus, twin, text: str) -> None:
    from defect_tui.index.term_eval import rank

    with corpus._searching() as searcher:  # noqa: SLF001
        q = make_parser(searcher.schema).parse(text)
        total, best, exact = rank(q, TermScores(searcher), 10, texts=_texts(corpus, searcher))
        whoosh = twin.search(q, limit=None)
        assert exact and total == len(whoosh)
        expected = sorted(((round(h.score, 9), -h.docnum) for h in whoosh), reverse=True)[:10]
        assert [(round(s, 9), -d) for d, s in best] == expected
        assert set(evaluate(q, TermScores(searcher), _texts(corpus, searcher))) == {h.docnum for h in whoosh}


def test_what_it_does_not_answer_is_left_to_whoosh(corpus: Corpus, twin) -> None:
    store = corpus
    with store._searching() as searcher:  # noqa: SLF001
        parser = make_parser(searcher.schema)
        # NOT alone, OR NOT, NOT of a phrase, exact phrases: answered here, with Whoosh's
        # matches (this index has no deleted documents, where Whoosh's NOT is right)
        for text in ('"North Korean"', "NOT diplomat", "diplomat OR NOT soldier",
                     '"North Korean" NOT "Korean soldier"', "diplomat ANDMAYBE soldier"):
            q = parser.parse(text)
            scores = evaluate(q, TermScores(searcher), _texts(corpus, searcher))
            assert scores is not None, text
            assert set(scores) == {hit.docnum for hit in twin.search(q, limit=None)}, text


def test_search_totals_are_exact_on_the_fast_path(corpus: Corpus) -> None:
    res = corpus.search("diplomat OR soldier", limit=5)
    assert len(res.hits) == 5
    assert res.total == corpus.search("diplomat OR soldier", limit=1000).total == len(
        corpus.matching_ids("diplomat OR soldier"))


@pytest.mark.parametrize("text", ['"North Korean"', '"Another diplomat"', '"seen near the" soldier',
                                  '"Korean diplomat" OR Seoul', '"were seen" NOT embassy', '"diplomat went"',
                                  '"Korean soldier"', '"Another soldier" OR "Another diplomat"'])
@pytest.mark.parametrize("limit", [1, 3, 10])
def test_phrases_rank_as_whoosh_does(corpus: Corpus, twin, text: str, limit: int) -> None:
    """Candidates verified lazily against the text: the top is Whoosh's top
    over positions (same documents, same scores), however small the page."""
    from whoosh.query import Phrase

    from defect_tui.index.search import ExactPhrase
    from defect_tui.index.term_eval import rank

    store = corpus
    with store._searching() as searcher:  # noqa: SLF001
        q = bound_expansions(make_parser(searcher.schema).parse(text), lexicons(searcher), 64)
        assert any(isinstance(n, Phrase) for n in _walk(q)) and not any(isinstance(n, ExactPhrase) for n in _walk(q))
        total, best, _ = rank(q, TermScores(searcher), limit, texts=_texts(corpus, searcher))
        whoosh = twin.search(q, limit=None)
        expected = sorted(((round(h.score, 9), -h.docnum) for h in whoosh), reverse=True)[:limit]
        assert [(round(s, 9), -d) for d, s in best] == expected
        assert total >= len(whoosh)  # an upper bound, as Whoosh's estimate


def _walk(q):
    yield q
    for child in q.children():
        yield from _walk(child)


def test_phrase_total_is_exact_when_every_candidate_was_checked(corpus: Corpus) -> None:
    # every article has "north" and "korean", never in that order
    res = corpus.search('"korean north"')
    assert res.total == 0 and not res.hits
    res = corpus.search('"Another diplomat"', limit=100)
    assert res.total == len(res.hits) > 0


@pytest.mark.parametrize("limit", [1, 2, 5, 9, 20])
def test_phrases_newest_first_keep_same_date_ties_in_score_order(corpus: Corpus, limit: int) -> None:
    """Every test article here is undated (one date for all): the page is
    the best-scored of them, as the full ranking says."""
    full = corpus.search('"North Korean" OR title:diplomat', limit=1000, sort="date")
    page = corpus.search('"North Korean" OR title:diplomat', limit=limit, sort="date")
    assert [h.id for h in page.hits] == [h.id for h in full.hits][:limit]


def test_candidates_best_first_are_the_full_sort_read_a_band_at_a_time() -> None:
    import random

    from defect_tui.index.term_eval import _BestFirst

    rng = random.Random(5)
    for n, distinct in ((1, 1), (7, 2), (500, 3), (3000, 900)):
        upper = {d: float(rng.randrange(distinct)) for d in rng.sample(range(10 * n), n)}
        full = sorted(upper.items(), key=lambda kv: (-kv[1], kv[0]))
        best = _BestFirst(upper)
        got, i, batch = [], 0, 3
        while i < len(best):  # as `rank` reads it: a growing batch, then a peek at the next
            got += best[i:i + batch]
            i += batch
            batch *= 2
            if i < len(best):
                assert best[i] == full[i]
        assert got == full and len(best) == n


@pytest.mark.parametrize("limit", [1, 3, 10, 200])
def test_the_best_are_those_of_the_full_sort_ties_included(limit: int) -> None:
    # scores and dates with many ties at the bar: the bar found among the bare
    # values must keep every match that reaches it, in the full key's order
    import random

    rng = random.Random(limit)
    scores = {d: float(rng.choice([0.5, 1.0, 1.0, 2.25, 3.0])) for d in rng.sample(range(5000), 400)}
    dates = [rng.choice([0, 20150101, 20150101, 20160300, 20191231]) for _ in range(5000)]
    assert top(scores, limit) == sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    assert top(scores, limit, dates) == sorted(scores.items(), key=lambda kv: (-dates[kv[0]], -kv[1], kv[0]))[:limit]
    assert top({}, limit) == [] and top(scores, 0) == []


def test_a_phrase_in_a_query_left_to_whoosh_reads_as_its_words(corpus: Corpus) -> None:
    """A range of words is Whoosh's to answer; title and body keep no
    positions, so a phrase beside it matches its words (never an error)."""
    res = corpus.search('"Korean diplomat" AND title:[a TO z]', limit=100)
    assert not res.error and res.total == len(corpus.search("Korean diplomat", limit=100).hits) > 0
    assert not res.total_exact and res.total >= len(corpus.search('"Korean diplomat"', limit=100).hits)


def test_lengths_and_dates_read_whole_are_what_the_reader_gives_one_by_one(corpus: Corpus, corpus_dir: Path) -> None:
    """The fast paths read a segment's column in one piece: over several
    segments and a deleted document, they must give each document's value
    exactly as Whoosh's reader does, one document at a time."""
    from defect_tui.index.term_cache import column, column_values, deleted_docs, field_lengths

    (corpus_dir / "g03.txt").write_text("Story changed\n\nA soldier crossed the border in Seoul.\n", encoding="utf-8")
    (corpus_dir / "late.md").write_text("---\ntitle: Late\ndate: 2019-04-02\n---\nAn envoy left Rome.\n", encoding="utf-8")
    corpus.update()
    with corpus._searching() as searcher:  # noqa: SLF001
        reader = searcher.reader()
        assert reader.has_deletions() and len(list(reader.leaf_readers())) > 1
        for field in ("title", "body", "person", "place", "source", "role"):
            assert field_lengths(reader, field) == [reader.doc_field_length(d, field, 1)
                                                    for d in range(reader.doc_count_all())], field
        assert column_values(searcher, "sortdate") == list(column(searcher, "sortdate"))
        assert deleted_docs(reader) == {d for d in range(reader.doc_count_all()) if reader.is_deleted(d)} != set()
        assert 20190402 in column_values(searcher, "sortdate")
