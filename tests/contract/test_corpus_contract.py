"""What any backend of `Corpus` must do, stated without its internals.

These are properties a user relies on (a total that is the number of
articles found, a date order that is newest first, a facet count that is
what narrowing by it finds), checked on the seed corpus and on files
added and removed under it."""

from __future__ import annotations

import re
from pathlib import Path

from defect_tui.index.api import Corpus, facet_term
from defect_tui.index.config import Settings
from defect_tui.index.models import INCIDENT_COLUMNS


def _title_word(corpus: Corpus) -> tuple[str, str]:
    """An article id and a long word of its title."""
    hit = corpus.search("", limit=1).hits[0]
    word = max(re.findall(r"[A-Za-z]{5,}", hit.title), key=len)
    return hit.id, word


def test_is_a_corpus(corpus: Corpus) -> None:
    assert isinstance(corpus, Corpus)
    assert corpus.usable()
    assert corpus.article_count() > 0


def test_empty_query_lists_every_article_newest_first(corpus: Corpus) -> None:
    res = corpus.search("", limit=1000)
    assert not res.error
    assert res.total == corpus.article_count() == len(res.hits)
    dated = [h.date for h in res.hits if h.date]
    assert dated == sorted(dated, reverse=True)
    assert corpus.matching_ids("") is None  # "all"


def test_a_title_word_finds_its_article_and_the_total_is_exact(corpus: Corpus) -> None:
    aid, word = _title_word(corpus)
    res = corpus.search(word, limit=1000)
    assert aid in {h.id for h in res.hits}
    assert res.total == len(res.hits) == len(corpus.matching_ids(word) or ())
    assert {h.id for h in res.hits} == corpus.matching_ids(word)


def test_limit_cuts_hits_not_the_total(corpus: Corpus) -> None:
    full = corpus.search("", limit=1000)
    one = corpus.search("", limit=1)
    assert len(one.hits) == 1 and one.total == full.total


def test_date_order_is_newest_first(corpus: Corpus) -> None:
    res = corpus.search("north OR korea OR defector", limit=1000, sort="date")
    dated = [h.date for h in res.hits if h.date]
    assert dated == sorted(dated, reverse=True)
    undated_after = [bool(h.date) for h in res.hits]
    assert undated_after == sorted(undated_after, reverse=True)  # undated last


def test_snippets_are_plain_text_with_spans_inside(corpus: Corpus) -> None:
    _, word = _title_word(corpus)
    for hit in corpus.search(word).hits:
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.snippet)


def test_hit_spans_mark_the_query_words_in_the_text(corpus: Corpus) -> None:
    aid, word = _title_word(corpus)
    res = corpus.search(word)
    article = corpus.article(aid)
    assert article is not None
    spans = corpus.hit_spans(article.title + "\n" + article.body, res.terms)
    assert spans and all(0 <= s < e for s, e in spans)


def test_a_bad_query_is_an_error_message_not_an_exception(corpus: Corpus) -> None:
    for bad in ('"unclosed', "nosuchfield:x", "date:[2017 TO 2015]", "(a"):
        res = corpus.search(bad)
        assert res.error and res.total == 0 and not res.hits
        assert corpus.matching_ids(bad) == set()


def test_facet_counts_are_what_narrowing_finds(corpus: Corpus) -> None:
    facets = corpus.facets("")
    assert facets
    checked = 0
    for field, values in facets.items():
        assert [n for _, n in values] == sorted((n for _, n in values), reverse=True) or field == "date"
        for value, n in values[:2]:
            assert corpus.search(facet_term(field, value), limit=1000).total == n, (field, value)
            checked += 1
    assert checked >= 4


def test_incidents_of_some_articles_are_a_subset_in_corpus_order(corpus: Corpus) -> None:
    every = corpus.incidents()
    assert every
    ids = {every[0].article_id}
    some = corpus.incidents(ids)
    assert some and all(i.article_id in ids for i in some)
    assert [i.incident_id for i in some] == [i.incident_id for i in every if i.article_id in ids]
    for inc in every:
        assert set(inc.as_row()) == set(INCIDENT_COLUMNS)
        body = corpus.article(inc.article_id).body  # type: ignore[union-attr]
        if inc.evidence_start >= 0:
            assert inc.evidence in body[inc.evidence_start:inc.evidence_end] or \
                body[inc.evidence_start:inc.evidence_end] in inc.evidence


def test_entities_lie_inside_their_article(corpus: Corpus) -> None:
    for aid, span in corpus.all_entities():
        body = corpus.article(aid).body  # type: ignore[union-attr]
        assert body[span.start:span.end] == span.text


def test_updates_add_change_and_remove_articles(corpus: Corpus, settings: Settings) -> None:
    folder: Path = settings.corpus[0]
    before = corpus.article_count()
    new = folder / "zz_new.txt"
    new.write_text("Title: Zanzibarite envoy leaves post\n\nA Zanzibarite envoy left his post in 2019.\n",
                   encoding="utf-8")
    report = corpus.update()
    assert report.added == 1 and corpus.article_count() == before + 1
    found = corpus.search("Zanzibarite")
    assert found.total == 1
    aid = found.hits[0].id
    new.write_text("Title: Quetzalite envoy leaves post\n\nA Quetzalite envoy left his post in 2019.\n",
                   encoding="utf-8")
    assert corpus.update().updated == 1
    assert corpus.search("Zanzibarite").total == 0 and corpus.search("Quetzalite").total == 1
    new.unlink()
    assert corpus.update().removed == 1
    assert corpus.article_count() == before
    assert corpus.search("Quetzalite").total == 0 and corpus.article(aid) is None
    assert all(i.article_id != aid for i in corpus.incidents())


def test_the_incidents_stamp_changes_when_an_update_writes_rows(corpus: Corpus, settings: Settings) -> None:
    """What is derived from the rows and kept (the merged events) is filed
    under the stamp: a stale one would serve the events of other rows."""
    first = corpus.incidents_stamp()
    corpus.update()  # nothing changed
    assert corpus.incidents_stamp() == first
    (settings.corpus[0] / "zz_envoy.txt").write_text(
        "Title: Envoy defects\n\nA North Korean envoy defected to South Korea in 2019.\n", encoding="utf-8")
    assert corpus.update().added == 1
    if not first:  # a backend that cannot tell says so every time
        assert corpus.incidents_stamp() == ""
        return
    second = corpus.incidents_stamp()
    assert second not in ("", first)
    corpus.update(rebuild=True)
    assert corpus.incidents_stamp() not in ("", first, second)


def test_an_unreadable_file_is_listed_with_its_reason(corpus: Corpus, settings: Settings) -> None:
    (settings.corpus[0] / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    report = corpus.update()
    paths = {Path(s.path).name: s.reason for s in corpus.skipped()}
    assert "broken.txt" in paths and paths["broken.txt"]
    assert {Path(s.path).name for s in report.skipped} >= {"broken.txt"}


def test_close_then_reopen_keeps_the_index(backend, settings: Settings, corpus: Corpus) -> None:
    n = corpus.article_count()
    corpus.close()
    with backend(settings) as again:
        assert again.usable() and again.article_count() == n


def test_within_limits_search_ids_and_facets_with_exact_totals(corpus: Corpus) -> None:
    every = corpus.search("", limit=1000)
    one = every.hits[0].id
    res = corpus.search("", limit=1000, within={one})
    assert res.total == 1 and [h.id for h in res.hits] == [one]
    _, word = _title_word(corpus)
    inside = corpus.search(word, limit=1000, within={one, "no-such-article"})
    assert inside.total == len(inside.hits) <= 1
    assert {h.id for h in inside.hits} <= {one}
    assert corpus.matching_ids(word, within={one}) == {h.id for h in inside.hits}
    assert corpus.matching_ids("", within={one, "no-such-article"}) == {one}
    assert corpus.search(word, within=set()).total == 0
    phrase = corpus.search(f'"{word}" OR {word[:3]}*', limit=1000, within={one})  # the general matcher too
    assert {h.id for h in phrase.hits} <= {one} and phrase.total == len(phrase.hits)
    facets = corpus.facets("", within={one})
    assert all(n <= 1 for values in facets.values() for _, n in values)


def test_entity_names_are_the_names_of_each_article(corpus: Corpus) -> None:
    names = list(corpus.entity_names())
    assert names and len(names) == len(set(names))
    spans = {(aid, s.label, s.canonical or s.text) for aid, s in corpus.all_entities()}
    assert set(names) <= spans and {lab for _, lab, _ in names} <= {"PERSON", "ORG", "LOCATION"}
    people = set(corpus.entity_names("PERSON", per_article=False))
    assert people == {("", "PERSON", name) for _, lab, name in names if lab == "PERSON"}


def test_the_first_incidents_are_the_opening_order_of_all_of_them(corpus: Corpus) -> None:
    every = corpus.incidents()
    assert every, "the corpus has incidents"
    dated = sorted((i for i in every if i.date), key=lambda i: i.date, reverse=True)  # (stable: corpus order)
    opening = dated + [i for i in every if not i.date]
    for limit in (1, 3, len(every) + 5):
        first, total = corpus.first_incidents(limit)
        assert total == len(every)
        assert [i.incident_id for i in first] == [i.incident_id for i in opening[:limit]]
        assert [i.group_size for i in first] == [i.group_size for i in opening[:limit]]


def test_incident_values_are_the_incidents_columns_in_their_order(corpus: Corpus) -> None:
    every = corpus.incidents()
    values = [tuple(getattr(i, c) for c in INCIDENT_COLUMNS) for i in every]
    assert values and list(corpus.incident_values()) == values
    some = {every[-1].article_id}
    assert list(corpus.incident_values(some)) == [v for v in values if v[1] in some]
    assert list(corpus.incident_values(set())) == []
