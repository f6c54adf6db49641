"""Reported figures: each with the period it covers as written, so that a
quarter's count is never read as a year's. The sentences are invented."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from defect_tui.index.models import Incident
from defect_tui.index.reported_figures import FIGURE_COLUMNS, figures, period_of
from defect_tui.tui.cli import main


def stat(n: int, evidence: str, count: int, date: str = "2031", **kw) -> Incident:
    base = Incident(f"s{n}#1", f"s{n}", f"Figures {n}", "2031-07-02", date, "year", "reported_count",
                    f"{count} defectors", "", "", count, "", "South Korea", "Unification Ministry", evidence)
    return replace(base, **kw)


@pytest.mark.parametrize("evidence, count, kind, text", [
    ("Only 41 defectors reached the South in the second quarter of 2031, the ministry said.", 41,
     "quarter", "the second quarter of 2031"),
    ("Between April and June, 58 people arrived.", 58, "quarter", "Between April and June"),
    ("The ministry counted 212 arrivals over the first six months of the year.", 212, "half",
     "the first six months of the year"),
    ("From January to September 2031 some 610 North Koreans came in.", 610, "months", "January to September 2031"),
    ("In 2030, 1,090 defectors arrived, down from 1,244 in 2029.", 1090, "year", "In 2030"),
    ("In 2030, 1,090 defectors arrived, down from 1,244 in 2029.", 1244, "year", "in 2029"),
    ("The number who have resettled stood at 35,120 as of end-March.", 35120, "total", "as of end-March"),
    ("Some 9,000 have fled since the 1950-53 war, most of them in the last decade.", 9000, "total",
     "since the 1950-53 war"),
    ("A total of 77 came in the first quarter, against 90 in the same period a year earlier.", 90, "quarter",
     "in the same period a year earlier"),
    ("A total of 77 came in the first quarter, against 90 in the same period a year earlier.", 77, "quarter",
     "the first quarter"),
    ("So far this year, nine soldiers have crossed the line.", 9, "year to date", "So far this year"),
    ("Altogether 3,400 defectors live in the port city.", 3400, "total", "Altogether"),
    ("Women made up 301, or 81%, of those who came in the first half of this year.", 301, "half",
     "the first half of this year"),
    ("About 320 have left in the past three years.", 320, "years", "the past three years"),
    ("The ministry gave a figure of 15 for the fishermen it may return.", 15, "", ""),
])
def test_the_period_nearest_the_figure_says_what_it_covers(evidence: str, count: int, kind: str, text: str) -> None:
    period = period_of(stat(1, evidence, count))
    assert (period.kind, period.text) == (kind, text)


def test_may_the_verb_is_no_month() -> None:
    assert period_of(stat(1, "The 12 who may be sent back were held in May.", 12)).text == "in May"
    assert period_of(stat(1, "The 12 who may be sent back were held.", 12)).kind == ""


def test_the_same_figure_for_the_same_period_is_one_row_with_its_reports() -> None:
    ev = "Only 41 defectors reached the South in the second quarter of 2031."
    year = "In 2031, 190 defectors reached the South."
    rows = [stat(1, ev, 41), stat(2, ev, 41, article_date="2031-07-05"), stat(3, year, 190),
            stat(4, ev, 41, review="rejected"),
            replace(stat(5, ev, 41), status="defected")]  # (an event, not a figure)
    found = figures(rows)
    assert [(f.period_kind, f.count, f.reports) for f in found] == [("year", 190, 1), ("quarter", 41, 2)]
    quarter = found[1]
    assert quarter.incident_ids == ("s1#1", "s2#1") and quarter.first_reported == "2031-07-02"
    assert quarter.last_reported == "2031-07-05" and quarter.as_row()["incident_ids"] == "s1#1;s2#1"
    assert set(quarter.as_row()) == set(FIGURE_COLUMNS)


def test_a_quarter_and_a_year_of_the_same_date_and_count_stay_apart() -> None:
    rows = [stat(1, "Some 300 came in the first quarter.", 300), stat(2, "Some 300 came in 2031.", 300)]
    assert sorted(f.period_kind for f in figures(rows)) == ["quarter", "year"]


def test_a_halfs_figure_dated_to_the_day_by_one_report_is_the_same_figure() -> None:
    rows = [stat(1, "In the first half of the year, 105 came.", 105, date="2031-07-02"),
            stat(2, "Some 105 arrived in the first half of the year.", 105, date="2031")]
    [fig] = figures(rows)
    assert (fig.date, fig.period_kind, fig.reports) == ("2031", "half", 2)


def test_statistics_command_lists_each_figure_once_with_its_period(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        "---\ntitle: Fewer defectors reach the South in spring\ndate: 2031-07-02\nsource: Invented Wire\n---\n"
        "SEOUL, July 2 -- Only 41 North Korean defectors reached South Korea in the second quarter of this "
        "year, the Unification Ministry said on Tuesday.\n\nIn 2030, a total of 190 North Korean defectors "
        "arrived in the South, the ministry said.\n", encoding="utf-8")
    (corpus / "b.md").write_text(
        "---\ntitle: Arrivals fall again\ndate: 2031-07-05\nsource: Other Daily\n---\nThe Unification Ministry "
        "said that 41 North Korean defectors arrived in South Korea in the second quarter of this year.\n",
        encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "statistics", "--format", "csv"])
    out = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and out.splitlines()[0].split(",") == list(FIGURE_COLUMNS)
    assert [(r["date"], r["period_kind"], r["period"], r["count"], r["reports"]) for r in rows] == [
        ("2031", "quarter", "the second quarter of this year", "41", "2"), ("2030", "year", "In 2030", "190", "1")]
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "statistics", "--format", "jsonl"])
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert code == 0 and first["count"] == 41 and len(first["incident_ids"]) == 2


def test_the_memo_is_ready_only_for_the_rows_it_was_made_of() -> None:
    from defect_tui.index.reported_figures import FiguresMemo

    memo = FiguresMemo()
    rows = [stat(1, "Some 300 came in the first quarter.", 300), stat(2, "Some 190 came in 2031.", 190)]
    assert memo.ready(rows) is None  # (never made: the view computes them in its worker)
    made = memo.figures(rows)
    assert memo.ready(list(rows)) is made and memo.figures(rows) is made
    reviewed = [rows[0], replace(rows[1], review="rejected")]  # (a review replaces a row)
    assert memo.ready(reviewed) is None
    assert [f.count for f in memo.figures(reviewed)] == [300]


def test_the_timeline_counts_a_figure_once_however_many_reports_give_it() -> None:
    from defect_tui.index.timeline import timeline

    ev = "Only 41 defectors reached the South in the second quarter of 2031."
    rows = [stat(1, ev, 41), stat(2, ev, 41), stat(3, "In 2030, 190 defectors arrived.", 190, date="2030")]
    assert [(b.period, b.statistics) for b in timeline([], figures(rows), "year")] == [("2030", 1), ("2031", 1)]
