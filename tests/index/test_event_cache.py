"""The merged events kept on disk between sessions (index/event_cache.py):
read back only for the rows they were merged from, with the events of
rows reviewed since merged again, and never trusted when damaged."""

from __future__ import annotations

import shutil
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from defect_tui.index import event_memo
from defect_tui.index.api import Corpus, open_corpus
from defect_tui.index.config import Settings, load_settings
from defect_tui.index.event_cache import CACHE_NAME, EventsCache
from defect_tui.index.event_memo import EventsMemo
from defect_tui.index.events import Event, events
from defect_tui.index.models import Incident, IndexReport
from defect_tui.index.row_access import copy_of
from defect_tui.index.variant_table import VariantTable, variant_table


def _ids(found: list[Event]) -> list[tuple[str, ...]]:
    return sorted(e.incident_ids for e in found)


ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


@pytest.fixture(params=["objects", "columns"])
def loaded(tmp_path: Path, request: pytest.FixtureRequest) -> tuple[list[Incident], EventsCache, VariantTable]:
    """Rows of a few dozen articles (enough that two reviewed rows are a
    few events among many), their store's stamp and a cache file beside
    the index; the rows as a list of objects, or as the incident table
    keeps them (columns, a row made when read)."""
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    settings = load_settings(corpus=[folder], index_dir=tmp_path / "ix")
    with open_corpus(settings) as corpus:
        corpus.update()
        stamp = corpus.incidents_stamp()
        rows = corpus.incidents() if request.param == "objects" else corpus.incident_table()
        path = corpus.index_path / CACHE_NAME
    assert len(rows) >= 20 and stamp
    return rows, EventsCache(path, stamp), variant_table(settings)


@pytest.fixture
def merges(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many events the memos build (one entry per built event)."""
    built: list[int] = []
    build = event_memo.build_event

    def counting(reports):  # noqa: ANN001, ANN202
        built.append(1)
        return build(reports)

    monkeypatch.setattr(event_memo, "build_event", counting)
    return built


def test_a_full_build_keeps_the_events_of_its_rows(loaded, merges) -> None:
    rows, cache, table = loaded  # (the fixture's index was just built)
    assert cache.path.exists()
    memo = EventsMemo()
    memo.attach(rows, cache)
    assert memo.load(rows, table) and merges == []
    assert _ids(memo.events(rows, table)) == _ids(events(rows, table))


def _saved(rows: list[Incident], cache: EventsCache, table: VariantTable) -> list[Event]:
    """Merged and written by a session (not by the build)."""
    cache.path.unlink()
    memo = EventsMemo()
    memo.attach(rows, cache)
    found = memo.events(rows, table)
    assert memo.save() and cache.path.exists()
    assert not memo.save()  # (nothing changed since)
    return found


def _reviewed(row: Incident, **values) -> Incident:
    """The row as review_apply makes it (it keeps the extracted actor)."""
    return replace(row, **values, extracted_actor=row.actor)


def test_a_new_session_reads_the_events_back_without_merging(loaded, merges) -> None:
    rows, cache, table = loaded
    first = _saved(rows, cache, table)
    merges.clear()
    again = list(rows)  # (the next session's rows: other objects, same store)
    memo = EventsMemo()
    memo.attach(again, cache)
    assert memo.load(again, table)
    assert merges == []
    assert memo.events(again, table) == first  # (each event's ids too, in their order: the file keeps none)
    assert any(len(e.incident_ids) > 1 for e in first)
    assert _ids(first) == _ids(events(rows, table))


def test_rows_reviewed_since_are_merged_again_and_only_their_events(loaded, merges) -> None:
    rows, cache, table = loaded
    _saved(rows, cache, table)
    grouped = next(i for i, r in enumerate(rows) if r.status != "reported_count")
    later = list(rows)
    later[grouped] = _reviewed(rows[grouped], review="rejected")
    later[-1] = _reviewed(rows[-1], actor="someone else entirely", actor_name="", group_key="", review="edited")
    merges.clear()
    memo = EventsMemo()
    memo.attach(later, cache)
    assert memo.load(later, table)
    assert 0 < len(merges) <= 4  # the events those two rows left or joined
    found = memo.events(later, table)
    assert _ids(found) == _ids(events(later, table))
    assert rows[grouped].incident_id not in {i for e in found for i in e.incident_ids}
    assert not memo.save()  # (the file still holds the rest; a review is merged again from it in ms)


def test_a_review_undone_since_is_merged_again(loaded) -> None:
    rows, cache, table = loaded
    grouped = next(i for i, r in enumerate(rows) if r.status != "reported_count")
    with_review = list(rows)
    with_review[grouped] = _reviewed(rows[grouped], review="rejected")
    cache.path.unlink()  # (not the build's file: one a session wrote after a review)
    memo = EventsMemo()
    memo.attach(rows, cache)  # loaded, then reviewed in place (as the pane does)
    memo.events(with_review, table)
    assert memo.save()
    memo = EventsMemo()
    memo.attach(rows, cache)  # the next session: no review any more
    assert memo.load(rows, table)
    assert _ids(memo.events(rows, table)) == _ids(events(rows, table))


def test_other_rows_another_store_or_another_variant_table_are_not_read(loaded, tmp_path: Path) -> None:
    rows, cache, table = loaded
    _saved(rows, cache, table)
    other_stamp = EventsCache(cache.path, cache.stamp + "x")
    cfg = tmp_path / "aliases.yaml"
    cfg.write_text('entity_aliases:\n  PERSON:\n    - ["Kim Jong Un", "Thae Yong Ho"]\n', encoding="utf-8")
    other_table = variant_table(load_settings(cfg, corpus=[tmp_path]))
    assert other_table.fingerprint != table.fingerprint
    fewer = rows[1:]
    for attached, given, tab in ((other_stamp, rows, table), (cache, rows, other_table), (cache, fewer, table)):
        memo = EventsMemo()
        memo.attach(given, attached)
        assert not memo.load(given, tab)
        assert _ids(memo.events(given, tab)) == _ids(events(given, tab))


def test_a_row_read_again_from_the_store_is_not_vouched_for_by_the_old_stamp(loaded) -> None:
    """A row replaced by anything but a review (read again after the store
    changed) may hold other values than the stamp stands for."""
    rows, cache, table = loaded
    _saved(rows, cache, table)
    reread = list(rows)
    reread[0] = replace(rows[0], date="1999", destination="Atlantis")  # (no review: not the loaded row)
    memo = EventsMemo()
    memo.attach(rows, cache)
    assert not memo.load(reread, table)
    assert _ids(memo.events(reread, table)) == _ids(events(reread, table))
    assert not memo.save()  # nor are its events filed under that stamp
    same = list(rows)
    same[0] = replace(rows[0])  # read again, and as it was: still the stamp's row
    memo = EventsMemo()
    memo.attach(rows, cache)
    assert memo.load(same, table)
    memo.events(same, table)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty", "extended", "directory"])
def test_a_damaged_file_is_ignored_and_replaced(loaded, damage: str) -> None:
    rows, cache, table = loaded
    first = _saved(rows, cache, table)
    data = cache.path.read_bytes()
    if damage == "garbage":
        cache.path.write_bytes(b"\x00\xffnot a cache" * 100)
    elif damage == "truncated":
        cache.path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        at = len(data) // 2
        cache.path.write_bytes(data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:])
    elif damage == "empty":
        cache.path.write_bytes(b"")
    elif damage == "extended":  # (bytes after the last array: not the file written)
        cache.path.write_bytes(data + b"\x00" * 8)
    else:
        cache.path.unlink()
        cache.path.mkdir()
    memo = EventsMemo()
    memo.attach(rows, cache)
    assert not memo.load(rows, table)
    assert memo.events(rows, table) == first
    if damage == "directory":
        assert not memo.save()  # (cannot be replaced: merged again next time, nothing lost)
        return
    assert memo.save()
    memo = EventsMemo()
    memo.attach(rows, cache)
    assert memo.load(rows, table)


def test_a_file_of_the_right_digest_but_wrong_shape_is_ignored(loaded) -> None:
    from defect_tui.index import event_cache

    rows, cache, table = loaded
    _saved(rows, cache, table)
    snap = event_cache.read(cache.path)
    assert snap is not None
    values, codes = snap.events.strings["actor"]
    short = replace(snap.events, strings={**snap.events.strings, "actor": (values, codes[:-1])})
    event_cache.write(cache.path, replace(snap, events=short))  # (an event without an actor)
    assert event_cache.read(cache.path) is None
    wrong = replace(snap.events, strings={**snap.events.strings, "actor": (values, array("I", [len(values)]) * len(codes))})
    event_cache.write(cache.path, replace(snap, events=wrong))  # (actors that are none of the values)
    assert event_cache.read(cache.path) is None
    event_cache.write(cache.path, replace(snap, row_event=array("i", [len(snap.keys)] * len(snap.row_event))))
    assert event_cache.read(cache.path) is None
    memo = EventsMemo()
    memo.attach(rows, cache)
    assert not memo.load(rows, table)


def test_no_stamp_no_file(loaded) -> None:
    rows, cache, table = loaded
    cache.path.unlink()
    memo = EventsMemo()
    memo.attach(rows, EventsCache(cache.path, ""))
    memo.events(rows, table)
    assert not memo.save() and not cache.path.exists()



def test_ready_gives_the_events_only_when_nothing_is_left_to_merge_and_never_waits(loaded) -> None:
    rows, _, table = loaded
    memo = EventsMemo()
    assert memo.ready(rows, table) is None  # (nothing merged yet)
    found = memo.events(rows, table)
    assert memo.ready(copy_of(rows), table) is found  # (the same rows, another copy)
    reviewed = copy_of(rows)
    reviewed[0] = _reviewed(rows[0], review="rejected")
    assert _ids(memo.ready(reviewed, table)) == _ids(events(reviewed, table))  # (a review: its events at once)
    many = [_reviewed(r, review="confirmed") for r in rows]
    assert memo.ready(many, table) is None  # (every row replaced: the view's worker merges)
    assert _ids(memo.events(many, table)) == _ids(events(many, table))
    with memo._lock:  # a worker merging: the UI thread does not wait for it
        assert memo.ready(reviewed, table) is None


def _update_some_articles(tmp_path: Path) -> Settings:
    """One article told again with a new defection, one deleted, one new:
    an update of three articles among dozens."""
    folder = tmp_path / "articles"
    files = sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt"))
    files[0].write_text(files[0].read_text(encoding="utf-8")
                        + "\n\nA North Korean fisherman defected to South Korea by boat in March 2019.\n",
                        encoding="utf-8")
    files[1].unlink()
    (folder / "zz_new_report.md").write_text(
        "---\ntitle: Two soldiers cross\ndate: 2020-05-02\n---\n"
        "Two North Korean soldiers crossed the Military Demarcation Line and defected to the South on Friday.\n",
        encoding="utf-8")
    return load_settings(corpus=[folder], index_dir=tmp_path / "ix")


@contextmanager
def _after_update(loaded, tmp_path: Path) -> Iterator[tuple[Corpus, IndexReport, EventsCache]]:
    """The loaded rows' events saved, then some of their articles updated:
    the corpus, the update's report, and the file as attached after it
    (under the new stamp, naming the articles that changed)."""
    rows, cache, table = loaded
    _saved(rows, cache, table)
    with open_corpus(_update_some_articles(tmp_path)) as corpus:
        report = corpus.update()
        stamp = corpus.incidents_stamp()
        yield corpus, report, EventsCache(cache.path, stamp, lambda older: corpus.articles_changed_between(older, stamp))


def test_after_an_update_only_the_events_of_the_articles_it_wrote_are_merged_again(
        loaded, merges, tmp_path: Path) -> None:
    rows, _, table = loaded
    with _after_update(loaded, tmp_path) as (corpus, report, newer):
        assert (report.added, report.updated, report.removed) == (1, 1, 1)
        later = corpus.incidents()
        later[-1] = _reviewed(later[-1], review="rejected")  # (and a review made since, in an untouched article)
        merges.clear()
        memo = EventsMemo()
        memo.attach(later, newer)
        assert memo.load(later, table)
    assert 0 < len(merges) < len(events(rows, table)) // 2  # the events of four articles' rows, not all 30
    assert memo.events(later, table) == events(later, table)
    assert memo.save()  # (brought up to date: written under the new stamp)
    memo = EventsMemo()
    memo.attach(later, newer)
    merges.clear()
    assert memo.load(later, table)
    assert memo.events(later, table) == events(later, table)  # (the events merged again, saved beside the rest)


def test_after_an_update_the_rows_as_columns_are_held_whole_and_later_views_merge_nothing(
        loaded, merges, tmp_path: Path) -> None:
    """The memo once held the store's rows an update wrote as rows of its
    own, told apart from the table's at every later call: each view opened
    after an update merged 6,000 rows again (4 s at 100,000 articles)."""
    _, _, table = loaded
    with _after_update(loaded, tmp_path) as (corpus, _, newer):
        later = corpus.incident_table()
        memo = EventsMemo()
        memo.attach(later, newer)
        assert memo.load(later, table)
        merges.clear()
        assert memo.ready(later, table) is not None and merges == []
        assert _ids(memo.events(later, table)) == _ids(events(later, table)) and merges == []


def test_after_a_full_build_or_without_the_steps_the_file_is_not_matched(loaded, tmp_path: Path) -> None:
    _, cache, table = loaded
    with _after_update(loaded, tmp_path) as (corpus, _, newer):
        stamp = newer.stamp
        later = corpus.incidents()
        assert corpus.articles_changed_between(cache.stamp, stamp) is not None
        assert corpus.articles_changed_between("no such stamp", stamp) is None
    blind = EventsCache(cache.path, stamp)  # (a backend that cannot name the articles)
    unknown = EventsCache(cache.path, stamp, lambda older: None)
    for attached in (blind, unknown):
        memo = EventsMemo()
        memo.attach(later, attached)
        assert not memo.load(later, table)
        assert memo.events(later, table) == events(later, table)


def test_ids_are_split_a_piece_at_a_time_whatever_their_length() -> None:
    from defect_tui.index.event_cache import split_ids

    for ids in ([], ["a#1"], [f"article-{n:06d}.md#{n % 7 + 1}" for n in range(9000)], ["x" * 70000, "y", "z" * 65536]):
        assert list(split_ids("\x1f".join(ids))) == ids


def test_a_length_in_the_file_larger_than_the_file_is_refused_before_any_read(loaded) -> None:
    """A damaged length must not make the reader ask for gigabytes."""
    from defect_tui.index import event_cache

    rows, cache, table = loaded
    _saved(rows, cache, table)
    data = bytearray(cache.path.read_bytes())
    at = len(b"defect-tui events v6\n") + 32
    data[at:at + 8] = (1 << 62).to_bytes(8, "little")  # the head's length
    cache.path.write_bytes(bytes(data))
    assert event_cache.read(cache.path) is None
