"""`incidents` streams its rows from the row store (`export_stream.py`),
reviewing only the articles a review touches: what it writes must be
exactly what the whole reviewed table gives, row for row and in order."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from defect_tui.index.api import open_corpus
from defect_tui.index.config import Settings
from defect_tui.index.export import incident_json, incidents_csv_text
from defect_tui.index.review_ops import matching_marked, reviewed, visible
from defect_tui.index.reviews import ReviewStore
from defect_tui.tui.cli import main

SEED = "000_4ce9b506f67d8f13"
ADDED = ("The Chosun Ilbo reports Wednesday the Army Politburo officer defected in April after he was "
         "posted in Beijing to operate a trading company under the Army.")
QUIET = "Pak Il-su, a trade clerk, was seen at a market in Vientiane last spring."


@pytest.fixture
def cli(corpus_dir: Path, settings: Settings, capsys: pytest.CaptureFixture[str]):
    # an article the extractor finds no incident in: its added row has no extracted row to follow
    (corpus_dir / "zz_quiet.txt").write_text(f"Seen in Laos\n\n{QUIET}\n", encoding="utf-8")
    # one more reviewed article after an unreviewed one (the seeds hold two with rows)
    (corpus_dir / "mm_soldier.txt").write_text(
        "Soldier crosses\n\nSEOUL, March 3 -- A North Korean soldier defected across the military demarcation "
        "line on Tuesday, the Joint Chiefs of Staff said.\n", encoding="utf-8")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--corpus", str(corpus_dir), "--index-dir", str(settings.index_dir), *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    return run


def _ids(cli) -> list[str]:
    code, out, _ = cli("incidents", "--format", "csv")
    assert code == 0
    return [r["incident_id"] for r in csv.DictReader(io.StringIO(out))]


def _expected(settings: Settings, flags: tuple[str, ...], fmt: str) -> str:
    """The whole reviewed table, as the export wrote it before it streamed."""
    extra, rejected = "--review-columns" in flags, "--include-rejected" in flags
    with open_corpus(settings) as corpus, ReviewStore() as store:
        ids = matching_marked(corpus, store, flags[flags.index("--query") + 1]) if "--query" in flags else None
        rows = visible(reviewed(corpus, store, ids).incidents, rejected)
    if fmt == "csv":
        return incidents_csv_text(rows, extra)
    return "".join(incident_json(r, extra) + "\n" for r in rows)


@pytest.fixture
def reviewed_corpus(cli) -> list[str]:
    ids = _ids(cli)
    assert not any(i.startswith("zz_quiet") for i in ids)
    seed_rows = [i for i in ids if i.startswith(SEED)]
    soldier = [i for i in ids if i.startswith("mm_soldier")]
    # reviewed, unreviewed, reviewed, added only: each reviewed article's rows stay in its place
    assert ids[0] == seed_rows[0] and ids[-1] == soldier[-1] and len(seed_rows) + len(soldier) < len(ids)
    cli("review", "confirm", soldier[0], "--note", "checked twice")
    cli("review", "reject", seed_rows[0])
    cli("review", "edit", seed_rows[-1], "--set", "actor==SUM(A1)", "--set", "count=4")
    code_a, out_a, _ = cli("review", "add", SEED, "--evidence", ADDED)
    code_q, out_q, _ = cli("review", "add", "zz_quiet", "--evidence", QUIET, "--set", "actor=Pak Il-su",
                           "--set", "status=defected")
    assert code_a == code_q == 0
    return [out_a.strip(), out_q.strip()]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("flags", [(), ("--review-columns",), ("--include-rejected", "--review-columns"),
                                   ("--include-rejected",), ("--query", "defected")])
def test_the_stream_is_the_reviewed_table(cli, settings: Settings, reviewed_corpus: list[str], fmt: str,
                                          flags: tuple[str, ...]) -> None:
    code, out, _ = cli("incidents", "--format", fmt, *flags)
    assert code == 0
    assert out == _expected(settings, flags, fmt)
    if "--query" not in flags:  # the added row of an article without extracted rows comes last
        last = out.splitlines()[-1]
        assert reviewed_corpus[1] in last
        assert "Pak Il-su" in (json.loads(last)["actor"] if fmt == "jsonl" else last)


def test_written_to_a_file_as_to_the_screen(cli, settings: Settings, reviewed_corpus: list[str],
                                            tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    code, _, err = cli("incidents", "--format", "csv", "--review-columns", "--output", str(target))
    assert code == 0
    text = target.read_bytes().decode("utf-8")
    assert text == _expected(settings, ("--review-columns",), "csv")
    assert f"{len(text.splitlines()) - 1} incidents written" in err
    assert "'=SUM(A1)" in text  # an edited value is neutralised like an extracted one


def test_without_reviews_every_row_as_extracted(cli, settings: Settings) -> None:
    for fmt in ("csv", "jsonl"):
        code, out, _ = cli("incidents", "--format", fmt, "--review-columns")
        assert code == 0 and out == _expected(settings, ("--review-columns",), fmt)
