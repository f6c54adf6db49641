"""Search as the user types it: syntax, fields, highlights, suggestions."""

from __future__ import annotations

import pytest

from defect_tui.index.api import Corpus, open_corpus
from defect_tui.index.config import Settings

SEED_2015 = "000_4ce9b506f67d8f13"
SEED_2023 = "003_e6830725a6523a0a"


def test_empty_query_lists_all_newest_first(corpus: Corpus) -> None:
    res = corpus.search("")
    assert res.total == 2
    assert [h.id for h in res.hits] == [SEED_2023, SEED_2015]


def test_stemming_and_highlight_spans(corpus: Corpus) -> None:
    res = corpus.search("defection")
    assert res.total == 2
    for hit in res.hits:
        marked = [hit.snippet[s:e].lower() for s, e in hit.highlights]
        assert marked and all(m.startswith("defect") for m in marked)


@pytest.mark.parametrize(("query", "ids"), [
    ('"serial defections"', {SEED_2023}),
    ("Vladivostok OR Shigemura", {SEED_2015, SEED_2023}),
    ("diplomats NOT Vladivostok", {SEED_2015}),
    ("date:2015", {SEED_2015}),
    ("date:[2020 TO 2024]", {SEED_2023}),
    ("date:[2020 TO]", {SEED_2023}),
    ("date:2015-04 OR date:20230612", {SEED_2023}),
    ("source:ilbo", {SEED_2023}),
    ("Shigemra~", {SEED_2015}),
    ("Vladivo*", {SEED_2023}),
    ("title:unrest", {SEED_2023}),
    ('diplomats AND "Room 39"', {SEED_2015}),
    ('"Room 39" OR Vladivostok', {SEED_2015, SEED_2023}),
    ("Vladivostk~2", {SEED_2023}),
    ('org:"Room 39"', {SEED_2015}),
    ('person:"Jong Un"', {SEED_2015, SEED_2023}),  # part of a name (Kim Jong Un), as a phrase would
    ('person:"Ho Jang"', set()),  # never across two names ("Lee Byung Ho", "Jang Song Taek")
])
def test_query_syntax(corpus: Corpus, query: str, ids: set[str]) -> None:
    res = corpus.search(query)
    assert not res.error
    assert {h.id for h in res.hits} == ids


@pytest.mark.parametrize(("query", "message"), [
    ('"unclosed phrase', "Unclosed quote"),
    ("(diplomats OR", "Unclosed '('"),
    ("date:[2015 TO", "Unclosed range"),
    ("colour:red", "Unknown field 'colour:'"),
    ("diplomats AND", "needs a word after"),
    ("date:abc", "'date:abc' is not a date"),
    ("defector date:[2015 TO soon]", "is not a date"),
])
def test_bad_queries_explain_themselves(corpus: Corpus, query: str, message: str) -> None:
    res = corpus.search(query)
    assert message in res.error
    assert res.total == 0


def test_did_you_mean(corpus: Corpus) -> None:
    res = corpus.search("Vladivostock")
    assert res.total == 0
    assert res.suggestion == "Vladivostok"  # the user's capital kept


def test_did_you_mean_offers_a_word_as_written_even_one_an_update_brought(settings, corpus_dir) -> None:
    """The words offered are the text's, not the index's stems (the field
    holds "repatri", five edits from what the user typed), and an article
    added by an update brings its words with it."""
    corpus = open_corpus(settings)
    try:
        corpus.update()
        assert corpus.search("repatriatoins").suggestion == ""  # no such word yet
        (corpus_dir / "added.txt").write_text(
            "Forced returns\nChina carried out more forced repatriations this spring.\n", encoding="utf-8")
        assert corpus.update().added == 1
        res = corpus.search("repatriatoins")
        assert res.total == 0 and res.suggestion == "repatriations"
    finally:
        corpus.close()


def test_warm_up_reads_the_word_lists_before_the_first_misspelling(corpus: Corpus, monkeypatch) -> None:
    """The first misspelt query of a session read every word of the index
    on the keystroke (0.3 s at 10,000 articles); after the warm-up it reads
    none, and still finds the correction."""
    from whoosh.reading import IndexReader, MultiReader, SegmentReader

    corpus.search("defector")
    corpus.warm_up()
    read: list[str] = []
    for cls in (IndexReader, MultiReader, SegmentReader):
        real = cls.lexicon

        def spy(self, fieldname, _real=real):
            read.append(fieldname)
            return _real(self, fieldname)

        monkeypatch.setattr(cls, "lexicon", spy)
    res = corpus.search("Vladivostock")
    assert res.suggestion == "Vladivostok" and read == []


@pytest.mark.parametrize("query", ["Kin", "defector Tae", "soldier Bex"])
def test_no_did_you_mean_for_a_short_word_on_its_way(corpus: Corpus, query: str) -> None:
    """A word of one to three letters is not corrected: as the user types,
    it is a word on its way ("Tae" was offered "Taek", "Kin" "Kim")."""
    res = corpus.search(query)
    assert res.total == 0 and res.suggestion == ""


def test_a_name_of_short_words_still_gets_the_person_the_archive_knows(corpus: Corpus) -> None:
    res = corpus.search("Kin Jong Un")
    assert res.total == 0 and res.suggestion == "Kim Jong Un"


@pytest.mark.parametrize("query", ["Seoul", "Seoul OR Beijing", "Shigemura"])
def test_no_did_you_mean_for_words_that_exist(corpus: Corpus, query: str) -> None:
    res = corpus.search(query)
    assert 1 <= res.total < 3  # few hits: the case where a suggestion is looked for
    assert res.suggestion == ""


def test_date_sort(corpus: Corpus) -> None:
    res = corpus.search("diplomats", sort="date")
    assert [h.id for h in res.hits] == [SEED_2023, SEED_2015]


def test_date_sort_puts_undated_articles_last(settings: Settings, corpus_dir) -> None:
    (corpus_dir / "undated.md").write_text("---\ntitle: Undated diplomats note\n---\nThe diplomats left.\n")
    with open_corpus(settings) as c:
        c.update()
        res = c.search("diplomats", sort="date")
        assert [h.id for h in res.hits] == [SEED_2023, SEED_2015, "undated"]


def test_reader_hit_spans_use_query_terms(corpus: Corpus) -> None:
    res = corpus.search("diplomats")
    body = corpus.article(SEED_2023).body
    spans = corpus.hit_spans(body, res.terms)
    assert len(spans) >= 4
    assert all(body[s:e].lower().startswith("diplomat") for s, e in spans)


def test_matching_ids_covers_all_matches(corpus: Corpus) -> None:
    assert corpus.matching_ids("diplomats") == {SEED_2015, SEED_2023}
    assert corpus.matching_ids("") is None


@pytest.mark.parametrize(("query", "word"), [("person:Shigemura", "shigemura"), ('place:"Hong Kong"', "hong"),
                                             ("role:diplomats", "diplomat")])
def test_field_queries_mark_hits_in_text(corpus: Corpus, query: str, word: str) -> None:
    res = corpus.search(query)
    assert res.total >= 1
    hit = res.hits[0]
    assert any(hit.snippet[s:e].lower().startswith(word) for s, e in hit.highlights)


def test_facets_count_articles_and_narrow_the_search(corpus: Corpus) -> None:
    from defect_tui.index.api import facet_term

    all_f = corpus.facets("")
    assert dict(all_f["date"]) == {"2023": 1, "2015": 1}
    assert dict(all_f["place"])["North Korea"] == 2
    some = corpus.facets("Vladivostok")
    assert dict(some["date"]) == {"2023": 1}
    assert ("The Dong-A Ilbo", 1) in some["source"]
    narrowed = corpus.search("diplomats " + facet_term("place", "Hong Kong"))
    assert [h.id for h in narrowed.hits] == [SEED_2015]
    assert corpus.search("diplomats " + facet_term("source", "The Dong-A Ilbo")).total == 1


def test_fuzzy_expansion_keeps_the_first_letter_and_the_distance(corpus: Corpus) -> None:
    from defect_tui.index.search import Lexicons

    class Reader:  # the one method Lexicons reads
        def lexicon(self, field):
            return iter([b"defect", b"defector", b"effect", b"deflect", b"detect", b"dfect"])

    lex = Lexicons(Reader())
    assert sorted(lex.within("body", "defect", 1, 0)) == ["defect", "deflect", "detect", "dfect"]
    assert "effect" not in lex.within("body", "defect", 2, 0)  # the first letter differs
    assert sorted(lex.within("body", "defect", 2, 3)) == ["defect", "defector", "deflect"]  # "def..." only


def test_snippet_spans_match_the_index_analyzer() -> None:
    from whoosh.analysis import StemmingAnalyzer

    from defect_tui.index.search import term_spans

    text = "Defectors defected; the defection of Mr. Kim's aides (U.S.-bound) was defeated. Ünïcode défecteurs"
    terms = {"defect", "kim", "u.s", "défecteur", "aid"}
    expected = [(t.startchar, t.endchar) for t in StemmingAnalyzer()(text, chars=True, mode="index") if t.text in terms]
    assert term_spans(text, terms) == expected
    assert len(expected) >= 5


def test_exact_phrase_matcher_gives_whoosh_phrase_results(corpus: Corpus) -> None:
    """The fast adjacency matcher finds exactly what Whoosh's phrase does
    (on a field that keeps positions: the seeds' text in one)."""
    from whoosh import fields, query
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.filedb.filestore import RamStorage

    from defect_tui.index import db
    from defect_tui.index.search import ExactPhrase

    ix = RamStorage().create_index(fields.Schema(text=fields.TEXT(analyzer=StemmingAnalyzer())))
    with ix.writer() as w:
        for _title, body in db.article_texts(corpus._con(), list(db.article_ids(corpus._con()))).values():  # noqa: SLF001
            w.add_document(text=body)
    with ix.searcher() as searcher:
        for words in (["serial", "defect"], ["north", "korean", "diplomat"], ["korean", "north"], ["room", "39"]):
            slow = searcher.search(query.Phrase("text", words), limit=None)
            fast = searcher.search(ExactPhrase("text", words), limit=None)
            assert [(h.docnum, round(h.score, 6)) for h in fast] == [(h.docnum, round(h.score, 6)) for h in slow]
        assert len(searcher.search(ExactPhrase("text", ["korean", "north"]), limit=None)) == 0
        assert len(searcher.search(ExactPhrase("text", ["north", "korean", "diplomat"]), limit=None)) >= 1


def test_rows_without_hits_open_on_the_first_prose_line() -> None:
    from defect_tui.index.search import opening

    body = "Posted June. 12, 2023 08:06,\n\nUpdated June. 12, 2023 08:06\n\n한국어\n\nThere have been reports that the elite is restless.\n"
    assert opening(body).startswith("There have been reports")
    assert opening("Short.\nAlso short.") == "Short. Also short."  # no prose line: the start


@pytest.mark.parametrize(("query", "ids"), [("Date:2015", {SEED_2015}), ("PERSON:Shigemura", {SEED_2015})])
def test_capitalised_field_names_work(corpus: Corpus, query: str, ids: set[str]) -> None:
    res = corpus.search(query)
    assert not res.error and {h.id for h in res.hits} == ids and res.query == query


@pytest.mark.parametrize("query", ["date:2015-13", "date:2016-02-30", "date:0000", "date:[2016 TO 2015]"])
def test_impossible_dates_are_explained(corpus: Corpus, query: str) -> None:
    res = corpus.search(query)
    assert res.error and res.total == 0


def test_date_ranges_skip_deleted_and_replaced_articles(settings: Settings, corpus_dir) -> None:
    """An incremental update leaves deleted documents in their segment."""
    import os

    for i in range(4):
        (corpus_dir / f"d{i}.md").write_text(f"---\ntitle: Note {i}\ndate: 2016-03-0{i + 1}\n---\nA diplomat note.\n")
    with open_corpus(settings) as c:
        c.update()
        assert c.search("date:2016").total == 4
        p = corpus_dir / "d1.md"
        p.write_text("---\ntitle: Note 1\ndate: 2017-01-01\n---\nA diplomat note, redated.\n")
        os.utime(p, (1, 1))
        (corpus_dir / "d2.md").unlink()
        c.update()
        res = c.search("date:2016", limit=10)
        assert res.total == 2 and {h.id for h in res.hits} == {"d0", "d3"}
        assert {h.id for h in c.search("date:[2016 TO 2017]", limit=10, sort="date").hits} == {"d0", "d1", "d3"}
        assert c.matching_ids("date:2016") == {"d0", "d3"}


@pytest.mark.parametrize("query", ["person:", "person: Kim", "(org:)", "Vladivostok date:"])
def test_a_field_with_nothing_after_it_is_explained(corpus: Corpus, query: str) -> None:
    res = corpus.search(query)
    assert res.total == 0 and "needs a value right after it" in res.error
    assert corpus.search('"a person: b"').error == ""  # inside a phrase it is a word


def test_did_you_mean_a_known_name_when_the_words_never_meet(corpus: Corpus) -> None:
    # every word is in the archive ("Cho Song Gil", "Lee Byung Ho"), never together
    res = corpus.search("Cho Byung Ho")
    assert res.total == 0
    assert res.suggestion == "Lee Byung Ho"
    assert corpus.search(res.suggestion).total > 0  # the offer finds articles
    assert corpus.search("Jang Byung Ho").suggestion == ""  # words that meet somewhere: no offer
