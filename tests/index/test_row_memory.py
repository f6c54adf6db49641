"""What the app holds in memory: the incident table holds every row of the
archive, so values that repeat across rows are one string each (see
db._shared_incidents); a searcher holds none of the index files."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from whoosh import index as windex

from defect_tui.index.api import Corpus, open_corpus
from defect_tui.index.config import Settings
from defect_tui.index.locations import index_dir_for
from defect_tui.index.whoosh_files import FOLDER


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


def _whoosh_folder(settings: Settings) -> Path:
    folder = index_dir_for(settings.corpus, settings.index_dir) / FOLDER
    assert folder.is_dir()
    return folder


def _held_by_a_search(corpus: Corpus) -> int:
    """Bytes a first search leaves allocated (the searcher stays open in the pool)."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        assert corpus.search("defected", limit=5).total > 0
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_an_open_searcher_reads_the_index_files_where_they_are(settings: Settings) -> None:
    """Whoosh's default copies a segment's whole compound file into memory
    for each searcher: 80 MB per searcher at 10,000 articles."""
    corpus = open_corpus(settings)
    corpus.update()
    corpus.search("defected")  # (what a search imports is not what it holds)
    corpus.close()
    folder = _whoosh_folder(settings)
    windex.open_dir(str(folder)).writer().commit(optimize=True)  # (one segment, as after a build)
    compound = sum(p.stat().st_size for p in folder.glob("*.seg"))
    assert compound > 60_000
    corpus = open_corpus(settings)
    try:
        # a copy would hold the whole file and the searcher's own objects besides
        assert _held_by_a_search(corpus) < compound
    finally:
        corpus.close()
