"""The real-report gold is checked like code: a gold string the article does
not hold (or a number YAML cut at its comma) can never be matched, so the
scorer would blame the extractor for a typo in the gold."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _check_gold():
    spec = importlib.util.spec_from_file_location("check_gold", ROOT / "tools" / "check_gold.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_real_report_gold_has_no_problems(capsys: pytest.CaptureFixture[str]) -> None:
    status = _check_gold().main([str(ROOT / "tests/data/real/dev"), str(ROOT / "tests/data/real/blind")])
    assert status == 0, capsys.readouterr().out


def test_a_number_split_by_a_yaml_list_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a1.md").write_text(
        '---\ntitle: "T"\ndate: 2020-01-02\nsource: S\nurl: https://example.org/a1\n---\n'
        "Nearly 31,000 North Koreans now live in the South.\n",
        encoding="utf-8",
    )
    (tmp_path / "gold.yaml").write_text(
        "a1:\n  incidents: []\n  entities:\n    NUMBER: [Nearly 31,000 North Koreans]\n", encoding="utf-8"
    )
    assert _check_gold().main([str(tmp_path)]) == 1
    assert "part of a number" in capsys.readouterr().out
