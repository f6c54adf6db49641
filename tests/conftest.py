"""Shared fixtures: every test runs against a private home and a copy of the
seed corpus, so nothing touches the user's real config, data or index."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from defect_tui.index.config import Settings, load_settings
from defect_tui.index.locations import seeds_dir


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("DEFECT_TUI_HOME", str(home))
    monkeypatch.delenv("COLORFGBG", raising=False)  # the terminal's light/dark is no input of a test
    return home


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), target)
    return target


@pytest.fixture
def settings(corpus_dir: Path, tmp_path: Path) -> Settings:
    return load_settings(corpus=[corpus_dir], index_dir=tmp_path / "index")


@pytest.fixture
def write_corpus(tmp_path: Path) -> Callable[[str, Mapping[str, str]], Path]:
    """A folder of the given articles (file name -> text) under tmp_path."""

    def write(name: str, articles: Mapping[str, str]) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        for file_name, text in articles.items():
            (folder / file_name).write_text(text, encoding="utf-8")
        return folder

    return write
