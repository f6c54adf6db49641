"""The incident table holds every row of the archive in memory, so values
that repeat across rows are one string each (see db._shared_incidents)."""

from __future__ import annotations

from defect_tui.index.api import Corpus


def test_repeated_values_of_loaded_rows_are_one_string(corpus: Corpus) -> None:
    rows = corpus.incidents()
    by_article: dict[str, list] = {}
    for inc in rows:
        by_article.setdefault(inc.article_id, []).append(inc)
    several = [incs for incs in by_article.values() if len(incs) > 1]
    assert several, "an article with more than one incident"
    for incs in several:
        assert all(i.article_title is incs[0].article_title and i.article_id is incs[0].article_id for i in incs)
    statuses: dict[str, str] = {}
    for inc in rows:
        assert statuses.setdefault(inc.status, inc.status) is inc.status
    first, _ = corpus.first_incidents(len(rows))
    assert {i.incident_id for i in first} == {i.incident_id for i in rows}
