"""Name variants (issue 11): one table for every view, extendable in the
user's config; facets merge the spellings of one entity, count each
article once and narrow to every spelling; the events memo gives what a
fresh merge gives."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from defect_tui.index.api import FacetValue, facet_term, open_corpus
from defect_tui.index.config import ConfigError, load_settings
from defect_tui.index.event_memo import EventsMemo
from defect_tui.index.events import events
from defect_tui.index.review_ops import facets_marked, matching_marked, search_marked
from defect_tui.index.variant_table import variant_table

ARTICLES = {
    "a1.txt": "Defector lawmaker speaks\n\nThae Yong Ho, a former North Korean diplomat, spoke in Seoul on Monday.\n",
    "a2.txt": "Lawmaker visits Britain\n\nThae Yong-ho met officials in London. SEOUL officials said little.\n",
    "a3.txt": "Name change\n\nThae Ku-min, the lawmaker, addressed students in Seoul.\n",
    "a4.txt": "Both spellings\n\nThae Yong Ho, also written Thae Yong-ho, gave a speech in Busan.\n",
}


@pytest.fixture
def spelled(write_corpus) -> Path:
    return write_corpus("spelled", ARTICLES)


def _settings(tmp_path: Path, folder: Path, config: str = ""):
    cfg = tmp_path / "my.yaml"
    cfg.write_text(config, encoding="utf-8")
    return load_settings(cfg, corpus=[folder], index_dir=tmp_path / "ix")


def test_a_facet_value_merges_spellings_counts_articles_once_and_narrows_to_all(tmp_path: Path,
                                                                                 spelled: Path) -> None:
    with open_corpus(_settings(tmp_path, spelled)) as corpus:
        corpus.update()
        facets = corpus.facets("", top=20)
        thae = [(v, n) for v, n in facets["person"] if "thae" in v.casefold()]
        merged = [(v, n) for v, n in thae if isinstance(v, FacetValue)]
        assert len(merged) == 1, thae  # "Thae Yong Ho" and "Thae Yong-ho" are one value
        value, n = merged[0]
        assert {"Thae Yong Ho", "Thae Yong-ho"} <= set(value.spellings)
        assert n == 3  # a1, a2, a4 (a4 names both spellings: counted once)
        assert corpus.search(facet_term("person", value), limit=10).total == n
        seoul = [(v, n) for v, n in facets["place"] if v.casefold() == "seoul"]
        assert len(seoul) == 1 and seoul[0][1] == 3  # "SEOUL" and "Seoul" (a1, a2, a3)
        # counted within a query's results the same way
        assert dict(corpus.facets("lawmaker", top=20)["place"]).get("Seoul") in (2, 3)


def test_facet_term_ors_the_spellings_in_parentheses() -> None:
    value = FacetValue("Thae Yong Ho", ("Thae Yong Ho", "Thae Yong-ho", "Tae Yong Ho"))
    # "Thae Yong-ho" is indexed as the words of "Thae Yong Ho": asked once
    assert facet_term("person", value) == '(person:"Thae Yong Ho" OR person:"Tae Yong Ho")'
    assert facet_term("place", "Hong Kong") == 'place:"Hong Kong"'
    assert facet_term("date", "2015") == "date:2015"
    with pytest.raises(AttributeError):
        value.spellings = ()  # type: ignore[misc]


def test_a_user_variant_merges_names_in_summary_search_and_events(tmp_path: Path, spelled: Path) -> None:
    config = 'entity_aliases:\n  PERSON:\n    - ["Thae Yong-ho", "Thae Ku-min"]\n'
    settings = _settings(tmp_path, spelled, config)
    table = variant_table(settings)
    assert table.key("PERSON", "Thae Ku-min") == table.key("PERSON", "Tae Yong Ho")
    assert variant_table().key("PERSON", "Thae Ku-min") != variant_table().key("PERSON", "Thae Yong Ho")
    from defect_tui.index.entity_summary import summarise_facets
    from defect_tui.index.review_ops import search_marked

    with open_corpus(settings) as corpus:
        corpus.update()
        people = [e for e in summarise_facets(corpus.facets("", top=10**9), [], table) if e.label == "PERSON"]
        thae = [e for e in people if any(v.startswith("Thae") for v in e.variants)]
        assert len(thae) == 1 and thae[0].articles == 4 and "Thae Ku-min" in thae[0].variants
        # the name search asks for every spelling the archive uses, the user's alias included
        assert search_marked(corpus, None, "Thae Ku-min", limit=10).total == 4
        assert search_marked(corpus, None, "Tae Yong Ho", limit=10).total == 4
        rows = corpus.incidents()
    ku = [replace(r, actor_name="Thae Ku-min", group_key="thae kumin") for r in rows[:1]]
    yong = [replace(r, actor_name="Thae Yong-ho", group_key="thae yongho", incident_id="x", article_id="y")
            for r in rows[:1]]
    if rows:
        assert len(events(ku + yong, table)) == 1 and len(events(ku + yong, variant_table())) == 2


def test_a_surname_variant_in_the_config_joins_romanisations(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    settings = load_settings(_write(tmp_path, "entity_aliases:\n  surname_variants: {sinn: shin}\n"),
                             corpus=[tmp_path / "c"])
    assert variant_table(settings).key("PERSON", "Sinn Dong-hyuk") == variant_table(settings).key(
        "PERSON", "Shin Dong Hyuk")
    assert variant_table().key("PERSON", "Sinn Dong-hyuk") != variant_table().key("PERSON", "Shin Dong Hyuk")
    # a pair against the shipped direction joins the same class, not a loop
    settings = load_settings(_write(tmp_path, "entity_aliases:\n  surname_variants: {thae: tae}\n"),
                             corpus=[tmp_path / "c"])
    assert variant_table(settings).key("PERSON", "Tae Yong Ho") == variant_table(settings).key(
        "PERSON", "Thae Yong-ho")


def _write(tmp_path: Path, text: str) -> Path:
    cfg = tmp_path / "my.yaml"
    cfg.write_text(text, encoding="utf-8")
    return cfg


@pytest.mark.parametrize(("text", "message"), [
    ("entity_aliases: [a, b]\n", r"my.yaml:1: 'entity_aliases' must be a mapping"),
    ("entity_aliases:\n  PERSON:\n    - Thae\n", r"my.yaml:3: 'entity_aliases.PERSON\[0\]' must be a list of names"),
    ("entity_aliases:\n  PEOPLE: []\n", r"my.yaml:2: 'entity_aliases.PEOPLE' is not a key of the table"),
    ("entity_aliases:\n  surname_variants:\n    tae: [thae]\n",
     r"my.yaml:3: 'entity_aliases.surname_variants.tae' must map one word to one word"),
    ("entity_aliases:\n  surname_variants: [tae]\n", r"my.yaml:2: 'entity_aliases.surname_variants' must be a mapping"),
])
def test_a_mistake_in_the_variants_is_one_line_naming_key_and_line(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "c").mkdir()
    with pytest.raises(ConfigError, match=message) as info:
        load_settings(_write(tmp_path, text), corpus=[tmp_path / "c"])
    assert "\n" not in str(info.value)


def test_a_variants_file_in_the_data_dir_is_read_and_checked(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    data = tmp_path / "data"
    data.mkdir()
    (data / "entity_aliases.yaml").write_text('ORG:\n  - ["Korea Hana Foundation", "Hana Foundation"]\n')
    settings = load_settings(_write(tmp_path, "extraction:\n  data_dir: data\n"), corpus=[tmp_path / "c"])
    assert variant_table(settings).key("ORG", "Hana Foundation") == variant_table(settings).key(
        "ORG", "Korea Hana Foundation")
    (data / "entity_aliases.yaml").write_text("ORG:\n  - 5\n")
    with pytest.raises(ConfigError, match=r"entity_aliases.yaml:2: 'ORG\[0\]' must be a list of names"):
        load_settings(_write(tmp_path, "extraction:\n  data_dir: data\n"), corpus=[tmp_path / "c"])


def test_the_events_memo_gives_what_a_fresh_merge_gives_after_a_review(corpus_dir: Path, tmp_path: Path) -> None:
    settings = load_settings(corpus=[corpus_dir], index_dir=tmp_path / "ix")
    with open_corpus(settings) as corpus:
        corpus.update()
        rows = corpus.incidents()
    table = variant_table(settings)
    memo = EventsMemo()
    assert sorted(memo.events(rows, table), key=lambda e: e.event_id) == sorted(events(rows, table),
                                                                                key=lambda e: e.event_id)
    assert rows, "the seeds have incidents"
    rows = list(rows)
    rows[0] = replace(rows[0], review="rejected")  # a review replaces a row
    rows[-1] = replace(rows[-1], actor_name="Thae Yong-ho", group_key="thae yongho", review="edited")
    assert sorted(memo.events(rows, table), key=lambda e: e.event_id) == sorted(events(rows, table),
                                                                                key=lambda e: e.event_id)


def test_the_summary_memo_gives_what_a_fresh_summary_gives_after_a_review(corpus_dir: Path, tmp_path: Path) -> None:
    from defect_tui.index.entity_summary import SummaryMemo, summarise_facets

    settings = load_settings(corpus=[corpus_dir], index_dir=tmp_path / "ix")
    with open_corpus(settings) as corpus:
        corpus.update()
        rows = corpus.incidents()
        facets = corpus.facets("", top=10**9)
    table = variant_table(settings)
    memo, reads = SummaryMemo(), []

    def read() -> dict:
        reads.append(1)
        return facets

    assert memo.ready(rows, table) is None  # (nothing kept yet: the browser reads in a worker)
    assert memo.summary(rows, read, table) == summarise_facets(facets, rows, table)
    assert memo.ready(rows, table) == summarise_facets(facets, rows, table)
    assert rows, "the seeds have incidents"
    first = summarise_facets(facets, rows, table)
    before = {(e.label, e.name): e.incidents for e in first}
    other = next(e.name for e in first if e.label == "PERSON" and e.name != rows[0].actor_name)
    rows[0] = replace(rows[0], actor_name=other, review="edited")  # a review replaces a row
    # counted again at once (the browser opened right after a review shows in its first frame)
    fresh = summarise_facets(facets, rows, table)
    assert {(e.label, e.name): e.incidents for e in fresh} != before
    assert memo.ready(rows, table) == fresh
    assert memo.summary(rows, read, table) == fresh
    assert len(reads) == 1  # the same list of rows: the facets are not read again
    memo.summary(list(rows), read, table)  # another list (a reload): they are
    assert len(reads) == 2


def test_the_shipped_table_reads() -> None:
    """(A broken shipped file would be skipped silently at run time.)"""
    from defect_tui.index.alias_data import ALIASES_FILE, read_aliases_file
    from defect_tui.index.locations import data_files_dir

    data = read_aliases_file(data_files_dir() / ALIASES_FILE)
    assert data.surnames and any(label == "LOCATION" for label, _ in data.groups)


def test_search_results_and_facets_read_a_name_query_alike(tmp_path: Path, spelled: Path) -> None:
    # "Tae Yong Ho" is written nowhere; the archive spells him "Thae Yong Ho" / "Thae Yong-ho"
    with open_corpus(_settings(tmp_path, spelled)) as corpus:
        corpus.update()
        found = search_marked(corpus, None, "Tae Yong Ho", limit=10)
        ids = matching_marked(corpus, None, "Tae Yong Ho")
        facets = facets_marked(corpus, None, "Tae Yong Ho", top=20)
        assert found.total == len(ids or ()) == 3
        assert sum(n for v, n in facets["person"] if "thae yong" in v.casefold()) == 3
