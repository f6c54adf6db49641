"""Article text that tries to act — markup, terminal escapes, controls, bidi
overrides — is shown literally (markup) or removed (escapes) in every CLI
output and export. The app's panes are covered in tests/tui/test_reader.py."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from defect_tui.index.loader import parse_article
from defect_tui.tui.cli import main

MARKUP = "[bold red]Kim[/] [link=file:///etc/passwd]x[/] [@click=app.quit]quit[/]"
ESCAPES = {
    "csi colour": "\x1b[31m",
    "osc 52 clipboard": "\x1b]52;c;ZXZpbA==\x07",
    "osc 8 hyperlink": "\x1b]8;;http://evil.example\x1b\\",
    "cursor move": "\x1b[2J\x1b[H",
    "c1 csi": "\x9b31m",
    "bel": "\x07",
    "backspace": "\x08",
    "bidi override": "\u202e",
    "bidi isolate": "\u2066",
}


@pytest.mark.parametrize("name", sorted(ESCAPES))
def test_escapes_are_removed_at_load(name: str) -> None:
    seq = ESCAPES[name]
    art = parse_article(f"Headline {seq}here\n\nA diplomat {seq}defected to Seoul.\n".encode(), "x", "x.txt")
    assert art.title == "Headline here"
    assert art.body == "A diplomat defected to Seoul."


@pytest.fixture
def hostile_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    folder.mkdir()
    body = (f"Envoy {MARKUP} story\n\n"
            f"=cmd|' /C calc'!A0 A North Korean diplomat defected to Seoul in April {MARKUP}, officials said."
            f"{''.join(ESCAPES.values())} He had been posted in Rome.\n")
    (folder / "evil.txt").write_text(body, encoding="utf-8")
    return folder


def _run(corpus: Path, tmp_path: Path, capsys, *args: str) -> str:
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out + out.err


@pytest.mark.parametrize("args", [
    ("search", "diplomat"),
    ("search", "diplomat", "--format", "json"),
    ("incidents",),
    ("incidents", "--format", "csv"),
    ("incidents", "--format", "jsonl"),
    ("entities",),
    ("entities", "--format", "jsonl"),
])
def test_cli_output_is_literal_and_escape_free(hostile_corpus: Path, tmp_path: Path, capsys, monkeypatch,
                                              args) -> None:
    monkeypatch.setenv("COLUMNS", "1000")  # tables wide enough that cells are not folded
    out = _run(hostile_corpus, tmp_path, capsys, *args)
    for name, seq in ESCAPES.items():
        assert seq not in out, name
    assert "\x1b" not in out
    if args == ("incidents",):  # the table has no evidence/title column: the actor shows the text as is
        assert "=cmd|' /C calc'!A0" in out
    elif "entities" not in args:
        assert "[bold red]Kim[/]" in out  # shown, not interpreted
        assert "[@click=app.quit]quit[/]" in out


def test_csv_export_neutralises_formula_in_evidence(hostile_corpus: Path, tmp_path: Path, capsys) -> None:
    out = _run(hostile_corpus, tmp_path, capsys, "incidents", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert rows, "the hostile article still yields its incident"
    for row in rows:
        for key, value in row.items():
            assert not value.startswith(("=", "+", "@", "\t", "\r")) or key == "count", (key, value)
