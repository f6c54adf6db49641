"""Events: the reports of one defection merged, disagreements shown."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from defect_tui.index.events import EVENT_COLUMNS, events, statistics
from defect_tui.index.models import Incident
from defect_tui.tui.cli import main


def inc(n: int, **kw) -> Incident:
    base = Incident(f"a{n}#1", f"a{n}", f"Article {n}", f"2016-08-{10 + n:02d}", "2016-08", "month", "defected",
                    "Thae Yong Ho", "Thae Yong Ho", "minister", 1, "United Kingdom", "South Korea", "Yonhap",
                    "Thae Yong Ho defected.", group_key="thae yongho")
    return replace(base, **kw)


def test_reports_of_one_person_are_one_event_with_the_consensus() -> None:
    rows = [inc(1), inc(2, actor_name="Thae Yong-ho", date="2016-08-17", date_precision="day"),
            inc(3, date="2016", date_precision="year")]
    [ev] = events(rows)
    assert ev.reports == 3 and ev.date == "2016-08-17" and ev.date_precision == "day"  # all agree with it
    assert ev.conflicts == "" and ev.first_reported == "2016-08-11" and ev.last_reported == "2016-08-13"
    assert set(ev.incident_ids) == {"a1#1", "a2#1", "a3#1"}


def test_a_defectors_return_north_is_an_event_of_its_own() -> None:
    there = inc(1, date="2014-01", origin="", destination="South Korea")
    back = [inc(n, date="2017-06", origin="South Korea", destination="North Korea") for n in (2, 3)]
    found = sorted(events([there, *back]), key=lambda e: e.date)
    assert [(e.date, e.destination, e.reports, e.conflicts) for e in found] == [
        ("2014-01", "South Korea", 1, ""), ("2017-06", "North Korea", 2, "")]


def test_disagreements_are_flagged_with_both_values() -> None:
    [ev] = events([inc(1, count=1), inc(2, date="2016-07", count=2), inc(3, count=1)])
    assert "date: 2016-07 | 2016-08" in ev.conflicts and "count: 1 | 2" in ev.conflicts
    assert ev.date == "2016-08" and ev.count == 1  # the most reported values


def test_unnamed_groups_merge_by_count_month_and_destination() -> None:
    rows = [inc(n, actor="13 restaurant workers", actor_name="", group_key="", count=13, date="2016-04",
                destination="South Korea") for n in (1, 2)]
    rows.append(inc(3, actor="a group of 13 North Korean waitresses", actor_name="", group_key="", count=13,
                    date="2016-04-07", destination="South Korea; Seoul"))
    rows.append(inc(4, actor="two soldiers", actor_name="", group_key="", count=2, date="2016-04"))
    found = events(rows)
    assert sorted(e.reports for e in found) == [1, 3]


def test_statistics_and_rejected_reports_are_no_events() -> None:
    rows = [inc(1), inc(2, status="reported_count", actor="defectors", group_key="", count=1047),
            inc(3, review="rejected", group_key="someone else")]
    found = events(rows)
    assert [e.reports for e in found] == [1]
    assert [s.count for s in statistics(rows)] == [1047]


def test_events_command_writes_the_contract_columns(corpus_dir: Path, tmp_path: Path, capsys) -> None:
    code = main(["--corpus", str(corpus_dir), "--index-dir", str(tmp_path / "ix"), "events", "--format", "csv"])
    out = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and out.splitlines()[0].split(",") == list(EVENT_COLUMNS)
    assert rows and all(int(r["reports"]) >= 1 and r["incident_ids"] for r in rows)


def test_timeline_buckets_fill_gaps_and_keep_statistics_apart() -> None:
    from defect_tui.index.timeline import timeline

    rows = [inc(1, date="2012", group_key="x"), inc(2, date="2016-08", group_key="y"),
            inc(3, date="2016", status="attempted", group_key="z"),
            inc(4, status="reported_count", group_key="", date="2014", count=1397)]
    buckets = timeline(events(rows), statistics(rows))
    assert [b.period for b in buckets] == ["2012", "2013", "2014", "2015", "2016"]
    assert [b.events for b in buckets] == [1, 0, 0, 0, 2]
    assert buckets[4].by_status == {"defected": 1, "attempted": 1} and buckets[2].statistics == 1
    months = timeline(events(rows[1:3]), by="month")
    assert months[0].period == "2016-01" and months[-1].period == "2016-08"


def test_entity_summary_merges_variants() -> None:
    from defect_tui.index.entity_summary import spans_as_names, summarise
    from defect_tui.index.models import EntitySpan

    spans = [("a1", EntitySpan(0, 12, "PERSON", "Thae Yong-ho")), ("a2", EntitySpan(0, 12, "PERSON", "Thae Yong Ho")),
             ("a3", EntitySpan(0, 10, "PERSON", "Mr Thae Yongho")),
             ("a1", EntitySpan(20, 24, "LOCATION", "U.S.")), ("a2", EntitySpan(20, 33, "LOCATION", "United States")),
             ("a3", EntitySpan(20, 24, "LOCATION", "SEOUL")), ("a2", EntitySpan(40, 45, "LOCATION", "Seoul"))]
    rows = {(e.label, e.name): e for e in summarise(spans_as_names(spans),
                                                    [inc(1), inc(2, actor_name="Thae Yong-ho")])}
    thae = next(e for (label, _), e in rows.items() if label == "PERSON")
    assert thae.articles == 3 and set(thae.variants) >= {"Thae Yong-ho", "Thae Yong Ho"} and thae.incidents == 2
    assert rows[("LOCATION", "United States")].articles == 2
    assert rows[("LOCATION", "Seoul")].articles == 2  # "SEOUL" in a dateline is Seoul


def test_entities_summary_command(corpus_dir: Path, tmp_path: Path, capsys) -> None:
    code = main(["--corpus", str(corpus_dir), "--index-dir", str(tmp_path / "ix"), "entities", "--summary",
                 "--format", "csv"])
    out = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and out.splitlines()[0].split(",") == ["label", "name", "variants", "articles", "incidents"]
    assert rows and all(int(r["articles"]) >= 1 for r in rows)


def test_a_name_finds_its_other_spellings(tmp_path: Path) -> None:
    from defect_tui.index.api import open_corpus
    from defect_tui.index.config import load_settings
    from defect_tui.index.review_ops import search_marked

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Diplomat defects\n\nThae Yong-ho, the deputy ambassador in London, "
                                  "defected to South Korea in 2016, officials said.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Lawmaker speaks\n\nThae Yong Ho spoke in Seoul about his years in London "
                                  "before he left the embassy.\n", encoding="utf-8")
    with open_corpus(load_settings(corpus=[folder], index_dir=tmp_path / "ix")) as corpus:
        corpus.update()
        for query in ("Tae Yong Ho", "Thae Yong-ho", '"Thae Yongho"', 'person:"Tae Yong-ho"'):
            result = search_marked(corpus, None, query)
            assert result.total == 2 and result.query == query, query
        assert search_marked(corpus, None, "London embassy").total == 1  # other queries as they are


def test_an_event_of_one_report_is_built_as_one_of_many_would_be() -> None:
    """The fast path for single reports (most events) gives the same event."""
    from defect_tui.index.events import _merged, _single

    for row in (inc(1), inc(2, actor_name="Thae Yong-ho"), inc(3, date="", date_precision=""),
                inc(4, article_date="", role="", count=3)):
        assert _single(row) == _merged([row])


def test_the_app_memo_keeps_a_return_north_apart_as_the_cli_does() -> None:
    """The table's memo (event_memo.py) reads a person's key its own quick
    way; it must still keep a defector's return north an event of its own,
    as `events()` (and `defect-tui events`) do."""
    from defect_tui.index.event_memo import EventsMemo
    from defect_tui.index.variant_table import variant_table

    rows = [inc(1), inc(2), inc(3, origin="South Korea", destination="North Korea", date="2019-07", incident_id="a3#1")]
    table = variant_table()
    by_cli = sorted(e.incident_ids for e in events(rows, table))
    assert by_cli == [("a1#1", "a2#1"), ("a3#1",)]
    assert sorted(e.incident_ids for e in EventsMemo().events(rows, table)) == by_cli
