"""The row store's tail of a full build (index/rows_finish.py): on a large
build its indexes and events are made in a child process beside the search
commit, and what they leave on disk is what the same steps leave in place;
a child that fails leaves the indexes made all the same."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import astuple
from pathlib import Path

import pytest

from defect_tui.index import event_cache, rows_finish
from defect_tui.index.api import open_corpus
from defect_tui.index.config import load_settings
from defect_tui.index.event_cache import CACHE_NAME, unpacked_ids

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
#: every index of a finished row store: the rows' own, and the writer's extra ones
ALL_INDEXES = {"incidents_article_seq", "incidents_group", "facets_article", "facets_value", "articles_duplicates"}


def _index_names(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        con.close()


def _build(tmp_path: Path, name: str) -> tuple[Path, list, str]:
    folder = tmp_path / "articles"
    if not folder.exists():
        shutil.copytree(ARTICLES, folder)
    settings = load_settings(corpus=[folder], index_dir=tmp_path / name)
    with open_corpus(settings) as corpus:
        report = corpus.update()
        assert report.added >= 20
        return corpus.index_path, corpus.incidents(), corpus.incidents_stamp()


def test_a_large_builds_row_tail_beside_the_commit_leaves_what_the_same_steps_leave_in_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    in_place, rows_a, _ = _build(tmp_path, "in-place")
    monkeypatch.setattr(rows_finish, "BESIDE_FROM", 1)
    started: list[str] = []
    real_start = rows_finish.RowsFinisher.start

    def start(self: rows_finish.RowsFinisher) -> None:
        real_start(self)
        started.append(type(self._child).__name__)

    monkeypatch.setattr(rows_finish.RowsFinisher, "start", start)
    beside, rows_b, stamp_b = _build(tmp_path, "beside")
    assert started and started[0] != "NoneType", "the tail ran in a child process"
    assert [astuple(r) for r in rows_a] == [astuple(r) for r in rows_b]
    a, b = event_cache.read(in_place / CACHE_NAME), event_cache.read(beside / CACHE_NAME)
    assert a is not None and b is not None, "both builds keep their events"
    assert ((unpacked_ids(a.packed_ids), a.keys, a.events, a.row_event)
            == (unpacked_ids(b.packed_ids), b.keys, b.events, b.row_event))
    assert b.stamp == stamp_b != a.stamp, "the child's file is of the rows it was merged from"
    assert ALL_INDEXES <= _index_names(beside / "rows.sqlite")
    assert ALL_INDEXES <= _index_names(in_place / "rows.sqlite")


def test_a_full_build_writes_its_rows_first_and_indexes_them_after(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each insert into an indexed table also updates its indexes (one at a
    random place for the event keys); a new store is indexed once, after."""
    before_tail: list[set[str]] = []
    real_start = rows_finish.RowsFinisher.start

    def start(self: rows_finish.RowsFinisher) -> None:
        before_tail.append(_index_names(self._rows_path))
        real_start(self)

    monkeypatch.setattr(rows_finish.RowsFinisher, "start", start)
    index_path, rows, _ = _build(tmp_path, "ix")
    assert rows and before_tail
    assert not before_tail[0] & ALL_INDEXES, "the rows were written without their indexes"
    assert ALL_INDEXES <= _index_names(index_path / "rows.sqlite")


def test_a_child_that_fails_leaves_the_indexes_made_in_place(tmp_path: Path) -> None:
    path = tmp_path / "rows.sqlite"
    from defect_tui.index import db

    con = db.connect(path, bulk=True)
    try:
        settings = load_settings(corpus=[tmp_path], index_dir=tmp_path / "ix")
        # the child is given a folder for its rows file: it cannot open it and exits 1
        finisher = rows_finish.RowsFinisher(con, tmp_path, tmp_path, settings, rows_finish.BESIDE_FROM)
        finisher.start()
        finisher.wait()
        assert ALL_INDEXES <= _index_names(path)
        assert not (tmp_path / CACHE_NAME).exists()
    finally:
        con.close()
