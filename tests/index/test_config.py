"""Configuration: a user's file overrides the shipped one key by key, and a
mistake is named by key and line instead of crashing."""

from __future__ import annotations

from pathlib import Path

import pytest

from defect_tui.index.config import ConfigError, load_settings
from defect_tui.index.locations import seeds_dir, user_config_path


def test_shipped_defaults_point_at_the_seed_corpus() -> None:
    s = load_settings()
    assert s.corpus == (seeds_dir(),)
    assert s.colors["PERSON"] and s.colors["hit"]
    assert s.index_dir is None


def test_user_file_overrides_key_by_key(tmp_path: Path) -> None:
    cfg = tmp_path / "my.yaml"
    (tmp_path / "articles").mkdir()
    cfg.write_text("corpus: [articles]\ncolors:\n  PERSON: red\nsearch:\n  limit: 7\n")
    s = load_settings(cfg)
    assert s.corpus == (tmp_path / "articles",)
    assert s.colors["PERSON"] == "red"
    assert s.colors["ORG"]  # untouched keys keep the shipped value
    assert s.search_limit == 7


def test_user_config_dir_file_is_read(private_home: Path) -> None:
    path = user_config_path()
    path.parent.mkdir(parents=True)
    path.write_text("max_file_mb: 1\n")
    assert load_settings().max_file_mb == 1.0


def test_cli_flags_win(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    s = load_settings(corpus=[tmp_path / "a", tmp_path / "b"], index_dir=tmp_path / "ix")
    assert s.corpus == (tmp_path / "a", tmp_path / "b") and s.index_dir == tmp_path / "ix"


@pytest.mark.parametrize(("text", "message"), [
    ("corpus: [a]\ncolours: {}\n", r"my.yaml:2: unknown key 'colours'"),
    ("search:\n  limit: many\n", r"my.yaml:2: 'search.limit' must be a whole number"),
    ("search:\n  limt: 3\n", r"my.yaml:2: unknown key 'search.limt'"),
    ("corpus: seeds\n", r"my.yaml:1: 'corpus' must be a list"),
    ("corpus: [a\n", r"my.yaml:2:1: invalid YAML"),
    ("- just\n- a list\n", r"must be a mapping"),
    ("max_file_mb: true\n", r"'max_file_mb' must be"),
    ("max_file_mb: -5\n", r"my.yaml:1: 'max_file_mb' must be a number above 0"),
    ("search:\n  limit: 0\n", r"my.yaml:2: 'search.limit' must be at least 1"),
    ("colors:\n  PERSON: bold\n  ORG: bold notacolour\n", r"my.yaml:3: 'colors.ORG' is not a style"),
    ("colors:\n  PEOPLE: red\n", r"my.yaml:2: unknown key 'colors.PEOPLE'"),
    ("colors_light:\n  DATE: purpleish\n", r"my.yaml:2: 'colors_light.DATE' is not a style"),
    ("keys:\n  export: 5\n", r"my.yaml:2: 'keys.export' must be text"),
])
def test_errors_name_key_and_line(tmp_path: Path, text: str, message: str) -> None:
    cfg = tmp_path / "my.yaml"
    cfg.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_settings(cfg)


def test_missing_config_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.yaml")


def test_no_existing_corpus_folder_names_the_key(tmp_path: Path) -> None:
    cfg = tmp_path / "my.yaml"
    cfg.write_text("max_file_mb: 2\ncorpus:\n  - missing-folder\n")
    with pytest.raises(ConfigError, match=r"my.yaml:2: 'corpus': no such folder: .*missing-folder"):
        load_settings(cfg)
    with pytest.raises(ConfigError, match=r"--corpus: 'corpus': no such folder"):
        load_settings(corpus=[tmp_path / "nope"])
