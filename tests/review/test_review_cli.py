"""Reviews from the shell: the `review` contract, and corrections that
outlive rebuilds, rule changes, damage and edited articles."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from defect_tui.index.models import INCIDENT_COLUMNS
from defect_tui.index.reviews import ReviewStore, reviews_path
from defect_tui.tui.cli import main

SEED = "000_4ce9b506f67d8f13"
ADDED = ("The Chosun Ilbo reports Wednesday the Army Politburo officer defected in April after he was "
         "posted in Beijing to operate a trading company under the Army.")


@pytest.fixture
def cli(corpus_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    def run(*args: str, config: Path | None = None) -> tuple[int, str, str]:
        extra = ["--config", str(config)] if config else []
        code = main([*extra, "--corpus", str(corpus_dir), "--index-dir", str(tmp_path / "ix"), *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    return run


def rows(cli, *flags: str) -> list[dict[str, str]]:
    code, out, _ = cli("incidents", "--format", "csv", *flags)
    assert code == 0
    return list(csv.DictReader(io.StringIO(out)))


def by_id(cli, *flags: str) -> dict[str, dict[str, str]]:
    return {r["incident_id"]: r for r in rows(cli, *flags)}


def stored() -> int:
    with ReviewStore() as store:
        return store.count()


def test_confirm_reject_edit_note_show_in_incidents(cli) -> None:
    before = by_id(cli)
    first, second, third = list(before)[:3]
    assert cli("review", "confirm", first, "--note", "checked")[0] == 0
    assert cli("review", "reject", second)[0] == 0
    code, out, _ = cli("review", "edit", third, "--set", "count=7", "--set", "date=2015-06")
    assert code == 0 and "count=7" in out
    assert cli("review", "note", first, "seen in two outlets")[0] == 0
    after = by_id(cli, "--review-columns")
    assert second not in after  # rejected rows are left out
    assert after[first]["review"] == "confirmed" and after[first]["note"] == "seen in two outlets"
    assert after[third]["review"] == "edited"
    assert (after[third]["count"], after[third]["date"], after[third]["date_precision"]) == ("7", "2015-06", "month")
    assert by_id(cli, "--include-rejected", "--review-columns")[second]["review"] == "rejected"


def test_header_is_the_contract_unless_review_columns_are_asked(cli) -> None:
    code, out, _ = cli("incidents", "--format", "csv")
    assert out.splitlines()[0].split(",") == list(INCIDENT_COLUMNS)
    code, out, _ = cli("incidents", "--format", "csv", "--review-columns")
    assert out.splitlines()[0].split(",") == [*INCIDENT_COLUMNS, "review", "note"]
    code, out, _ = cli("incidents", "--format", "jsonl", "--review-columns")
    assert json.loads(out.splitlines()[0])["review"] == "extracted"


@pytest.mark.parametrize("args, says", [
    (("confirm", "nosuch#1"), "no incident 'nosuch#1'"),
    (("edit", f"{SEED}#1", "--set", "colour=red"), "unknown field 'colour'"),
    (("edit", f"{SEED}#1", "--set", "count=many"), "count 'many' is not a whole number"),
    (("edit", f"{SEED}#1", "--set", "date=2015-02-30"), "date '2015-02-30' is not a date"),
    (("edit", f"{SEED}#1", "--set", "status=fled"), "status 'fled' is not one of"),
    (("edit", f"{SEED}#1", "--set", "incident_id=x"), "unknown field 'incident_id'"),
    (("add", SEED, "--evidence", "A sentence that is not there."), "not a sentence of article"),
    (("add", "no/such", "--evidence", "x"), "no article 'no/such'"),
    (("confirm", f"{SEED}#1", "nosuch#2"), "no incident 'nosuch#2'"),
])
def test_bad_input_is_one_line_and_writes_nothing(cli, args, says) -> None:
    code, _, err = cli("review", *args)
    assert code == 2
    assert says in err and len(err.strip().splitlines()) == 1
    assert stored() == 0


def test_add_prints_the_new_id_and_prefills_from_the_sentence(cli, corpus_dir: Path) -> None:
    sentence = ("The Chosun Ilbo reports Wednesday the Army Politburo officer defected in April after he was "
                "posted in Beijing to operate a trading company under the Army.")
    assert sentence in (corpus_dir / f"{SEED}.txt").read_text(encoding="utf-8")
    code, out, _ = cli("review", "add", SEED, "--evidence", sentence, "--set", "count=1")
    assert code == 0
    new_id = out.strip()
    assert new_id.startswith(SEED + "#")
    row = by_id(cli, "--review-columns")[new_id]
    assert row["review"] == "added" and row["evidence"] == sentence and row["count"] == "1"
    assert row["status"] == "defected" and "Politburo officer" in row["actor"]  # from the extractor
    # an added row is reviewed like any other
    assert cli("review", "reject", new_id)[0] == 0
    assert new_id not in by_id(cli)


def _review_some(cli) -> dict[str, str]:
    ids = list(by_id(cli))
    cli("review", "confirm", ids[0])
    cli("review", "reject", ids[1])
    cli("review", "edit", ids[2], "--set", "actor=someone else", "--set", "count=3")
    cli("review", "note", ids[3], "a note")
    code, out, _ = cli("review", "add", SEED, "--evidence", ADDED, "--set", "actor=an officer, added")
    assert code == 0
    return {"confirmed": ids[0], "rejected": ids[1], "edited": ids[2], "note": ids[3], "added": out.strip()}


def _check(cli, ids: dict[str, str]) -> None:
    after = by_id(cli, "--include-rejected", "--review-columns")
    assert after[ids["confirmed"]]["review"] == "confirmed"
    assert after[ids["rejected"]]["review"] == "rejected"
    assert after[ids["edited"]]["actor"] == "someone else" and after[ids["edited"]]["count"] == "3"
    assert after[ids["note"]]["note"] == "a note"
    assert after[ids["added"]]["review"] == "added" and after[ids["added"]]["actor"] == "an officer, added"
    code, out, _ = cli("review", "orphans", "--format", "jsonl")
    assert out.strip() == ""


def test_reviews_survive_a_rebuild(cli) -> None:
    ids = _review_some(cli)
    assert cli("index", "--rebuild")[0] == 0
    _check(cli, ids)
    # an edited row is still found by its extracted actor: a second edit lands on it
    cli("review", "edit", ids["edited"], "--set", "count=4")
    assert by_id(cli)[ids["edited"]]["count"] == "4"


def test_reviews_survive_a_gazetteer_change(cli, tmp_path: Path) -> None:
    ids = _review_some(cli)
    cfg = tmp_path / "user.yaml"
    cfg.write_text("extraction:\n  gazetteer:\n    ORG:\n      - Room 39 Trading Office\n", encoding="utf-8")
    code, out, _ = cli("index", config=cfg)
    assert code == 0 and "rules" in out  # everything was extracted again
    _check(cli, ids)


def test_reviews_survive_a_damaged_index(cli, tmp_path: Path) -> None:
    ids = _review_some(cli)
    for f in (tmp_path / "ix").rglob("*.seg"):
        f.write_bytes(b"garbage")
    shutil.rmtree(next((tmp_path / "ix").rglob("whoosh")), ignore_errors=True)
    _check(cli, ids)
    assert reviews_path().exists() and not str(reviews_path()).startswith(str(tmp_path / "ix"))


def test_an_edited_article_leaves_an_orphan(cli, corpus_dir: Path) -> None:
    ids = _review_some(cli)
    row = by_id(cli, "--include-rejected")[ids["rejected"]]
    path = corpus_dir / f"{SEED}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(row["evidence"], "This sentence was rewritten."),
                    encoding="utf-8")
    code, out, _ = cli("review", "orphans", "--format", "jsonl")
    orphans = [json.loads(line) for line in out.splitlines()]
    assert ["reject"] in [o["actions"] for o in orphans]
    assert all("no longer in it" in o["reason"] and o["evidence"] == row["evidence"] for o in orphans)
    # the other corrections still hold
    after = by_id(cli, "--review-columns")
    assert after[ids["confirmed"]]["review"] == "confirmed"


def test_export_import_round_trip_is_idempotent(cli, tmp_path: Path, monkeypatch) -> None:
    ids = _review_some(cli)
    dump = tmp_path / "reviews.jsonl"
    assert cli("review", "export", "-o", str(dump))[0] == 0
    assert len(dump.read_text(encoding="utf-8").splitlines()) == 5
    monkeypatch.setenv("DEFECT_TUI_HOME", str(tmp_path / "other-machine"))
    assert stored() == 0
    code, out, _ = cli("review", "import", str(dump))
    assert code == 0 and "5 new" in out
    code, out, _ = cli("review", "import", str(dump))
    assert "0 new" in out and stored() == 5
    _check(cli, ids)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "explode"}\n', encoding="utf-8")
    code, _, err = cli("review", "import", str(bad))
    assert code == 2 and "bad.jsonl:1" in err and stored() == 5


KILL = """
import os, signal, sys
from defect_tui.index.reviews import Action, ReviewStore
store = ReviewStore()
for n in range(100000):
    store.add([Action("note", "a", evidence="e", incident_id="a#1", note=str(n))])
    if n == 50:
        print("ready", flush=True)
"""


def test_kill_9_mid_write_loses_at_most_that_action(private_home: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", KILL], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    proc.kill()
    proc.wait()
    with ReviewStore() as store:
        notes = [int(a.note) for a in store.actions()]
    assert len(notes) > 50 and notes == list(range(len(notes)))  # every written action whole, in order
    import sqlite3

    con = sqlite3.connect(reviews_path())
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_two_writers_at_once_lose_nothing(private_home: Path) -> None:
    import threading

    from defect_tui.index.reviews import Action

    def write(tag: str) -> None:
        with ReviewStore() as store:
            for n in range(50):
                store.add([Action("note", "a", incident_id="a#1", note=f"{tag}{n}")])

    threads = [threading.Thread(target=write, args=(t,)) for t in "xy"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert stored() == 100


def test_join_and_split_events(cli, settings) -> None:
    from defect_tui.index.api import open_corpus
    from defect_tui.index.review_ops import reviewed

    def groups() -> dict[str, tuple[str, int]]:
        with open_corpus(settings) as corpus, ReviewStore() as store:
            corpus.update()
            return {r.incident_id: (r.group_key, r.group_size) for r in reviewed(corpus, store).incidents}

    cli("index")
    ids = list(by_id(cli))
    a = next(i for i in ids if i.startswith(SEED))
    b = next(i for i in ids if not i.startswith(SEED))  # another article
    assert cli("review", "join", a, b)[0] == 0
    g = groups()
    assert g[a][0] == g[b][0] and g[a][1] == g[b][1] >= 2  # one event, reported by both articles
    assert cli("review", "split", b)[0] == 0
    g = groups()
    assert g[b][0] != g[a][0] and g[b][1] == 1
    code, _, err = cli("review", "join", a)
    assert code == 2 and "two incidents" in err


def test_tags_and_stars_narrow_cli_search_and_incidents(cli) -> None:
    from defect_tui.index.article_marks import star_action, tag_actions

    with ReviewStore() as store:
        store.add(tag_actions(SEED, [], ["Diplomats"]) + [star_action(SEED, True)])
    code, out, _ = cli("search", "tag:diplomats", "--format", "json")
    payload = json.loads(out)
    assert code == 0 and [h["id"] for h in payload["hits"]] == [SEED] and payload["total"] == 1
    code, out, _ = cli("incidents", "--query", "starred:yes", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {r["article_id"] for r in rows} == {SEED}
    code, _, err = cli("search", "starred:perhaps")
    assert code != 0 and "starred:yes" in err


def test_mark_terms_are_split_from_the_query() -> None:
    from defect_tui.index.article_marks import MarkFilter, split_mark_terms

    assert split_mark_terms('defector tag:"Follow up" AND starred:yes') == \
        ("defector", MarkFilter(("follow-up",), True))
    assert split_mark_terms("plain words") == ("plain words", MarkFilter())
    assert split_mark_terms("date:2016 tag:x") == ("date:2016", MarkFilter(("x",), None))


def test_reading_creates_no_review_file_and_a_damaged_one_is_one_line(cli) -> None:
    assert cli("incidents", "--format", "csv")[0] == 0
    assert not reviews_path().exists()
    reviews_path().parent.mkdir(parents=True, exist_ok=True)
    reviews_path().write_bytes(b"this is not a database" * 100)
    damaged = reviews_path().read_bytes()
    code, _, err = cli("review", "confirm", f"{SEED}#1")
    assert code in (1, 2) and "review file" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli("incidents", "--format", "csv")
    assert code == 1 and "cannot be read" in err and len(err.strip().splitlines()) == 1
    assert reviews_path().read_bytes() == damaged  # the analyst's file is never rewritten


def test_marks_are_read_again_when_another_process_writes(private_home: Path) -> None:
    from defect_tui.index.article_marks import tag_actions
    from defect_tui.index.review_ops import article_marks

    with ReviewStore() as app_store, ReviewStore() as cli_store:
        app_store.add(tag_actions("a", [], ["one"]))
        assert article_marks(app_store)["a"].tags == ("one",)
        assert article_marks(app_store)["a"].tags == ("one",)  # (cached: the same answer)
        cli_store.add(tag_actions("a", ["one"], ["one", "two"]))  # another connection, as the CLI
        assert article_marks(app_store)["a"].tags == ("one", "two")
