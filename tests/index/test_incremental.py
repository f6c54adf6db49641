"""Incremental indexing: only what changed on disk is re-read."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from defect_tui.index.api import open_corpus
from defect_tui.index.config import Settings
from defect_tui.index.locations import index_dir_for
from defect_tui.index.search import SCHEMA_VERSION


def test_first_build_then_nothing_to_do(settings: Settings) -> None:
    with open_corpus(settings) as c:
        first = c.update()
        assert first.added == 2 and not first.skipped
        again = c.update()
        assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 2)


def test_add_change_remove(settings: Settings, corpus_dir: Path) -> None:
    with open_corpus(settings) as c:
        c.update()
        (corpus_dir / "new.md").write_text("---\ntitle: Envoy in Rome vanishes\ndate: 2019-01-03\n---\n"
                                           "The acting ambassador went into hiding in Rome.\n")
        seed = next(corpus_dir.glob("000_*.txt"))
        seed.write_text(seed.read_text() + "\nA new closing line about Pyongyang.\n")
        (next(corpus_dir.glob("003_*.txt"))).unlink()
        report = c.update()
        assert (report.added, report.updated, report.removed, report.unchanged) == (1, 1, 1, 0)
        assert c.search("Rome").total == 1
        assert c.search("closing line").total == 1
        assert c.search("serial defections").total == 0
        assert {h.id for h in c.search("").hits} == {"new", seed.stem}


def test_touched_but_identical_file_is_not_reindexed(settings: Settings, corpus_dir: Path) -> None:
    with open_corpus(settings) as c:
        c.update()
        seed = next(corpus_dir.glob("000_*.txt"))
        st = seed.stat()
        os.utime(seed, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
        report = c.update()
        assert (report.updated, report.unchanged) == (0, 2)


def test_skipped_files_are_listed_and_the_rest_indexed(settings: Settings, corpus_dir: Path) -> None:
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    with open_corpus(settings) as c:
        report = c.update()
        assert report.added == 2
        reasons = {Path(s.path).name: s.reason for s in report.skipped}
        assert reasons.keys() == {"empty.txt", "photo.txt"}
        assert "empty" in reasons["empty.txt"] and "binary" in reasons["photo.txt"]
        assert {Path(s.path).name for s in c.skipped()} == {"empty.txt", "photo.txt"}
        # Still listed after an update that did not re-read them.
        assert len(c.update().skipped) == 2


def test_other_schema_version_is_rebuilt(settings: Settings) -> None:
    with open_corpus(settings) as c:
        c.update()
    root = index_dir_for(settings.corpus, settings.index_dir)
    (root / "VERSION").write_text("0")
    with open_corpus(settings) as c:
        report = c.update()
        assert "schema version 0" in report.rebuilt_reason
        assert report.added == 2
    assert (root / "VERSION").read_text().split()[0] == SCHEMA_VERSION


def test_changed_extraction_vocabulary_rebuilds(settings: Settings, tmp_path: Path) -> None:
    """An index holds what the extraction rules found when it was built:
    new vocabulary (here a user gazetteer entry) must re-extract every file."""
    import dataclasses

    from defect_tui.index.config import ExtractionOptions

    with open_corpus(settings) as c:
        c.update()
        assert c.update().rebuilt_reason == ""
    more = dataclasses.replace(settings, extraction=ExtractionOptions(gazetteer={"ORG": ("Korea Hana Foundation",)}))
    with open_corpus(more) as c:
        report = c.update()
        assert "extraction rules or vocabulary changed" in report.rebuilt_reason
        assert report.added == 2
        assert c.update().rebuilt_reason == ""


def test_changed_rules_code_rebuilds(settings: Settings, tmp_path: Path, monkeypatch) -> None:
    """The rules' code is fingerprinted with the data: an upgrade whose
    extraction finds other rows re-extracts the index built by the older one."""
    from defect_tui.index.extract import vocab

    rules = tmp_path / "rules.py"
    rules.write_text("FOUND = 1\n")
    monkeypatch.setattr(vocab, "_rules_code", lambda: [rules])
    with open_corpus(settings) as c:
        c.update()
        assert c.update().rebuilt_reason == ""
    rules.write_text("FOUND = 2\n")
    with open_corpus(settings) as c:
        report = c.update()
        assert "extraction rules or vocabulary changed" in report.rebuilt_reason
        assert report.added == 2


def test_damaged_index_is_reported_and_rebuilt(settings: Settings) -> None:
    with open_corpus(settings) as c:
        c.update()
    root = index_dir_for(settings.corpus, settings.index_dir)
    for toc in (root / "whoosh").glob("*.toc"):
        toc.unlink()
    with open_corpus(settings) as c:
        report = c.update()
        assert "damaged" in report.rebuilt_reason
        assert c.search("diplomats").total == 2


def test_two_corpus_sets_get_their_own_index(settings: Settings, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(settings.corpus[0], other)
    a = index_dir_for(settings.corpus, settings.index_dir)
    b = index_dir_for((other,), settings.index_dir)
    assert a != b


def test_same_relative_path_in_two_folders_gets_distinct_ids(tmp_path: Path) -> None:
    from defect_tui.index.config import load_settings

    for name in ("yonhap", "nknews"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.txt").write_text(f"Story from {name}\n\nBody text of {name}.\n")
    s = load_settings(corpus=[tmp_path / "yonhap", tmp_path / "nknews"], index_dir=tmp_path / "ix")
    with open_corpus(s) as c:
        assert c.update().added == 2
        assert {h.id for h in c.search("").hits} == {"yonhap/story", "nknews/story"}


def test_same_person_in_two_articles_is_one_group(settings: Settings, corpus_dir: Path) -> None:
    (corpus_dir / "a.txt").write_text("Envoy defects\n\nSEOUL, March 3 (Yonhap) -- Jo Song-gil, a North Korean "
                                      "diplomat posted in Rome, defected to South Korea in 2019, officials said.\n")
    (corpus_dir / "b.txt").write_text("Diplomat's story\n\nCho Song Gil, North Korea's former acting ambassador to Italy, "
                                      "defected to Seoul in 2019, the unification ministry said on Monday.\n")
    with open_corpus(settings) as c:
        c.update()
        rows = [i for i in c.incidents(None) if i.article_id in ("a", "b")]
        assert {i.article_id for i in rows} == {"a", "b"}
        assert len({i.group_key for i in rows}) == 1 and rows[0].group_key
        assert all(i.group_size == 2 for i in rows)
        # also when only one of the articles is asked for
        assert [i.group_size for i in c.incidents({"a"})] == [2]


def test_a_failed_row_write_leaves_the_index_as_it_was(settings: Settings, corpus_dir: Path, monkeypatch) -> None:
    """The row store is written in a thread of its own (row_writer.py): its
    error still stops the update, which leaves search and rows as before,
    and the next update does the work."""
    from defect_tui.index import db

    with open_corpus(settings) as c:
        c.update()
        before = [(i.incident_id, i.actor) for i in c.incidents()]
        seed = next(corpus_dir.glob("000_*.txt"))
        seed.write_text(seed.read_text() + "\nA new closing line about Pyongyang.\n")
        real = db.put_article

        def full(*args, **kwargs):
            raise OSError("database or disk is full")

        monkeypatch.setattr(db, "put_article", full)
        try:
            c.update()
        except OSError as exc:
            assert "disk is full" in str(exc)
        else:
            raise AssertionError("the update reported no error")
        assert [(i.incident_id, i.actor) for i in c.incidents()] == before
        assert c.search("closing line").total == 0
        monkeypatch.setattr(db, "put_article", real)
        report = c.update()
        assert report.updated == 1
        assert c.search("closing line").total == 1


def test_an_articles_entities_read_back_in_text_order_and_are_replaced_when_it_changes(
        settings: Settings, corpus_dir: Path) -> None:
    # (an article's spans are kept as one row: a re-index must replace it, never add to it)
    with open_corpus(settings) as c:
        (corpus_dir / "envoy.md").write_text(
            "---\ntitle: Envoy leaves\ndate: 2019-01-03\n---\n"
            "Jo Song Gil, the acting ambassador in Rome, went into hiding with his wife, Seoul said.\n")
        c.update()
        first = c.entities("envoy")
        assert [e.start for e in first] == sorted(e.start for e in first)
        assert {("PERSON", "Jo Song Gil"), ("LOCATION", "Rome"), ("LOCATION", "Seoul")} <= {
            (e.label, e.text) for e in first}
        assert [(aid, e) for aid, e in c.all_entities(["envoy"])] == [("envoy", e) for e in first]
        (corpus_dir / "envoy.md").write_text(
            "---\ntitle: Envoy leaves\ndate: 2019-01-03\n---\nThe envoy in Bangkok defected, Tokyo said.\n")
        c.update()
        again = {(e.label, e.text) for e in c.entities("envoy")}
        assert ("LOCATION", "Bangkok") in again and ("PERSON", "Jo Song Gil") not in again
        assert len(c.entities("envoy")) == len(again)
        assert c.entities("no-such-article") == []
