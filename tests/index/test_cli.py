"""The CLI contracts scripts rely on."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from defect_tui.index.models import INCIDENT_COLUMNS
from defect_tui.tui.cli import main


@pytest.fixture
def cli(corpus_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--corpus", str(corpus_dir), "--index-dir", str(tmp_path / "ix"), *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    return run


def test_index_prints_summary(cli) -> None:
    code, out, _ = cli("index")
    assert code == 0 and "2 added" in out
    code, out, _ = cli("index")
    assert "2 unchanged" in out
    code, out, _ = cli("index", "--rebuild")
    assert "2 added" in out


def test_search_json(cli) -> None:
    code, out, _ = cli("search", "diplomats", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["query"] == "diplomats" and data["total"] == 2
    hit = data["hits"][0]
    assert set(hit) >= {"id", "title", "date", "source", "score", "snippet"}
    for s, e in hit["highlights"]:
        assert hit["snippet"][s:e].lower().startswith("diplomat")


def test_search_bad_query_exits_non_zero(cli) -> None:
    code, _, err = cli("search", '"unclosed')
    assert code == 2 and "Unclosed quote" in err and "Traceback" not in err


def test_incidents_csv_contract(cli) -> None:
    code, out, _ = cli("incidents", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert code == 0 and rows[0] == list(INCIDENT_COLUMNS)
    assert len(rows) > 1
    statuses = {r[INCIDENT_COLUMNS.index("status")] for r in rows[1:]}
    assert statuses <= {"defected", "attempted", "sought_asylum", "reported_count"}


def test_incidents_query_filters_and_output_file(cli, tmp_path: Path) -> None:
    _, all_csv, _ = cli("incidents", "--format", "csv")
    _, some_csv, _ = cli("incidents", "--format", "csv", "--query", "Vladivostok")
    ids = {r["article_id"] for r in csv.DictReader(io.StringIO(some_csv, newline=""))}
    assert ids == {"003_e6830725a6523a0a"}
    target = tmp_path / "out.csv"
    code, _, err = cli("incidents", "-o", str(target), "--format", "csv")
    written = target.read_bytes().decode("utf-8")
    assert code == 0 and written.count("\r\n") >= 2  # RFC 4180 line ends
    assert list(csv.reader(io.StringIO(written, newline=""))) == list(csv.reader(io.StringIO(all_csv, newline="")))
    assert "incidents written to" in err
    # one row is "1 incident", as a reader says it
    code, _, err = cli("incidents", "-o", str(tmp_path / "one.csv"), "--query", "Vladivostok", "--format", "csv")
    assert code == 0 and "1 incident written to" in err


def test_entities_jsonl(cli) -> None:
    code, out, _ = cli("entities", "003_e6830725a6523a0a", "--format", "jsonl")
    spans = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and spans
    assert all(set(s) == {"article_id", "start", "end", "label", "text"} for s in spans)
    assert {"PERSON", "LOCATION"} <= {s["label"] for s in spans}


def test_unknown_article_and_config_errors_are_one_line(cli, tmp_path: Path, capsys) -> None:
    code, _, err = cli("entities", "nope")
    assert code == 2 and err.strip() == "defect-tui: no such article: nope"
    bad = tmp_path / "bad.yaml"
    bad.write_text("corpus: [x]\nbogus: 1\n")
    code = main(["--config", str(bad), "index"])
    err = capsys.readouterr().err
    assert code == 2 and "bad.yaml:2: unknown key 'bogus'" in err and len(err.strip().splitlines()) == 1


def test_version_and_help() -> None:
    out = subprocess.run([sys.executable, "-m", "defect_tui.tui.cli", "--version"], capture_output=True, text=True)
    assert out.stdout.startswith("defect-tui ")
    for sub in ("index", "search", "incidents", "entities"):
        res = subprocess.run([sys.executable, "-m", "defect_tui.tui.cli", sub, "--help"],
                             capture_output=True, text=True)
        assert res.returncode == 0 and "usage: defect-tui" in res.stdout


def test_incident_table_stays_one_line_a_row_at_80_columns(tmp_path, monkeypatch) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    from defect_tui.index.locations import seeds_dir

    script = Path(sys.executable).parent / "defect-tui"
    env = {**os.environ, "COLUMNS": "80", "DEFECT_TUI_HOME": str(tmp_path / "home")}
    out = subprocess.run([str(script), "--corpus", str(seeds_dir()), "--index-dir", str(tmp_path / "ix"), "incidents"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    rows = [ln for ln in out.stdout.splitlines() if ln.startswith("│")]
    assert len(rows) == 7  # one line per incident: no word broken over two lines
    assert all(len(ln) <= 80 for ln in out.stdout.splitlines())
    assert any("reported_count" in ln for ln in rows)


def test_search_limit_must_be_positive(tmp_path) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = Path(sys.executable).parent / "defect-tui"
    env = {**os.environ, "DEFECT_TUI_HOME": str(tmp_path / "home")}
    out = subprocess.run([str(script), "--index-dir", str(tmp_path / "ix"), "search", "defect", "--limit", "0"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 2 and "must be at least 1" in out.stderr


def _run_cli(tmp_path, *args):
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = Path(sys.executable).parent / "defect-tui"
    env = {**os.environ, "DEFECT_TUI_HOME": str(tmp_path / "home")}
    return subprocess.run([str(script), *args], capture_output=True, text=True, env=env, timeout=60)


def test_keys_lists_binding_ids(tmp_path) -> None:
    out = _run_cli(tmp_path, "keys")
    assert out.returncode == 0
    for binding_id in ("export", "mark", "next_hit", "focus_search", "facets"):
        assert binding_id in out.stdout


def test_bad_keymap_stops_the_app_naming_the_key(tmp_path) -> None:
    cfg = tmp_path / "k.yaml"
    cfg.write_text("keys:\n  nosuch: x\n")
    out = _run_cli(tmp_path, "--config", str(cfg), "paths")
    assert out.returncode == 2 and "'keys.nosuch' is no binding id" in out.stderr
    cfg.write_text("keys:\n  export: ctrl+e\n  mark_all: ctrl+e\n")
    out = _run_cli(tmp_path, "--config", str(cfg), "paths")
    assert out.returncode == 2 and "'ctrl+e' is given to both" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_index_dir_that_is_a_file_is_one_clear_line(tmp_path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    out = _run_cli(tmp_path, "--index-dir", str(afile), "index")
    assert out.returncode == 2 and "is a file, not a folder" in out.stderr and "Errno" not in out.stderr


@pytest.mark.parametrize("text", ["corpus: [a\n", "colours: {}\n", "max_file_mb: lots\n"])
def test_app_does_not_start_on_a_broken_config_and_says_why_in_one_line(tmp_path, text) -> None:
    cfg = tmp_path / "bad.yaml"
    cfg.write_text(text)
    out = _run_cli(tmp_path, "--config", str(cfg))  # no command: the app
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("defect-tui: config error:")
    assert re.search(r"bad\.yaml:\d+", lines[0])  # the file and the line
    assert "Traceback" not in out.stderr and out.stdout == ""


@pytest.mark.parametrize("columns", ["80", "160"])
def test_search_table_gives_the_snippet_room(cli, monkeypatch: pytest.MonkeyPatch, columns: str) -> None:
    """The snippet column was left one character wide (its text ran down the
    screen letter by letter) at any terminal width."""
    monkeypatch.setenv("COLUMNS", columns)
    code, out, _ = cli("search", "Vladivostok")
    assert code == 0
    header = next(line for line in out.splitlines() if "snippet" in line)
    cells = header.split("┃")
    assert len(cells[-2]) >= 24, header  # the snippet
    assert len(cells[-3]) >= 10, header  # the source: "The Seattle Times", not "Seat tle Time s"
    assert max(len(line) for line in out.splitlines()) <= int(columns)


@pytest.mark.parametrize("query", ["defector", "(defector"])
def test_search_on_an_empty_corpus_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str], query: str) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code = main(["--corpus", str(empty), "--index-dir", str(tmp_path / "ix"), "search", query])
    err = capsys.readouterr().err
    assert code == 1
    assert "no articles" in err and str(empty) in err and "bad query" not in err
