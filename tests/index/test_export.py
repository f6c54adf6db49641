"""The CSV contract: exact columns, RFC 4180 quoting, formula guard, atomic."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from defect_tui.index.export import incidents_csv_text, write_incidents_csv
from defect_tui.index.models import INCIDENT_COLUMNS, Incident


def _incident(**kw) -> Incident:
    base = dict(incident_id="a#1", article_id="a", article_title="T", article_date="2015",
                date="2015-04", date_precision="month", status="defected", actor="officer",
                actor_name="", role="officer", count=None, origin="Beijing", destination="Seoul",
                reported_by="NIS", evidence="He defected.")
    base.update(kw)
    return Incident(**base)


def _read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_header_is_the_contract() -> None:
    text = incidents_csv_text([_incident()])
    assert text.splitlines()[0].split(",") == list(INCIDENT_COLUMNS)
    assert text.endswith("\r\n")


def test_comma_quote_newline_round_trip() -> None:
    tricky = 'He said, "we go"\nthen left, quietly'
    rows = _read(incidents_csv_text([_incident(evidence=tricky, count=3)]))
    assert rows[0]["evidence"] == tricky
    assert rows[0]["count"] == "3"


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralised(cell: str) -> None:
    rows = _read(incidents_csv_text([_incident(actor=cell)]))
    assert rows[0]["actor"] == "'" + cell


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    n = write_incidents_csv([_incident(), _incident(incident_id="a#2")], target)
    assert n == 2
    assert len(_read(target.read_text(encoding="utf-8"))) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_failure_midway_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")

    def boom():
        yield _incident()
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_incidents_csv(boom(), target)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="does not exist"):
        write_incidents_csv([_incident()], tmp_path / "nope" / "x.csv")


def test_export_gets_an_ordinary_file_mode(tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        target = tmp_path / "out.csv"
        write_incidents_csv([], target)
        assert target.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0600
        target.chmod(0o640)
        write_incidents_csv([], target)  # replacing keeps the file's own mode
        assert target.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


def test_jsonl_count_is_a_number_or_null_and_text_is_text() -> None:
    import json

    from defect_tui.index.export import incident_json

    assert json.loads(incident_json(_incident()))["count"] is None
    row = json.loads(incident_json(_incident(count=0, note="n", review="edited"), review_columns=True))
    assert (row["count"], row["note"], row["review"], row["actor_name"]) == (0, "n", "edited", "")
    assert set(row) == {*INCIDENT_COLUMNS, "review", "note"}
    assert _read(incidents_csv_text([_incident(count=0)]))[0]["count"] == "0"
    assert _read(incidents_csv_text([_incident()]))[0]["count"] == ""
