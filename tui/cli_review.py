"""`defect-tui review …`: confirm, reject, edit, add and note incidents
from the shell, list reviews and orphans, move the log between machines.

A contract other code relies on: names, flags and output columns stay as
they are. A bad id, field, value or evidence sentence is one line on
stderr, exit status 2, and nothing written.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from defect_tui.index.api import Corpus
from defect_tui.index.atomic_files import atomic_write
from defect_tui.index.config import Settings
from defect_tui.index.review_apply import EDITABLE, Orphan, parse_fields
from defect_tui.index.review_ops import (actions_on, add_action, find_incidents, join_actions, reviewed,
                                         split_actions)
from defect_tui.index.reviews import Action, ReviewError, ReviewStore

from .textutil import counted


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """The `review` command and its subcommands."""
    p = sub.add_parser("review", parents=[common], help="confirm, reject, edit, add and note incidents",
                       description="Review the incident table; reviews outlive every rebuild of the index.")
    rsub = p.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    for name, what in (("confirm", "mark incidents as checked and right"),
                       ("reject", "mark incidents as wrong (left out of exports)")):
        r = rsub.add_parser(name, parents=[common], help=what)
        r.add_argument("ids", nargs="+", metavar="ID")
        r.add_argument("--note", default="", metavar="TEXT")
    r = rsub.add_parser("edit", parents=[common], help="correct fields of one incident")
    r.add_argument("id", metavar="ID")
    r.add_argument("--set", dest="sets", action="append", default=[], metavar="FIELD=VALUE", required=True,
                   help=f"FIELD is one of {', '.join(EDITABLE)}")
    r = rsub.add_parser("add", parents=[common], help="add an incident the extractor missed")
    r.add_argument("article_id", metavar="ARTICLE_ID")
    r.add_argument("--evidence", required=True, metavar="SENTENCE", help="the sentence, as written in the article")
    r.add_argument("--set", dest="sets", action="append", default=[], metavar="FIELD=VALUE")
    r = rsub.add_parser("join", parents=[common], help="the incidents report one event (the first names it)")
    r.add_argument("ids", nargs="+", metavar="ID")
    r = rsub.add_parser("split", parents=[common], help="each incident is an event of its own")
    r.add_argument("ids", nargs="+", metavar="ID")
    r = rsub.add_parser("note", parents=[common], help="write a note on one incident")
    r.add_argument("id", metavar="ID")
    r.add_argument("text", metavar="TEXT")
    for name, what in (("list", "every reviewed incident"), ("orphans", "reviews that no longer find their row")):
        r = rsub.add_parser(name, parents=[common], help=what)
        r.add_argument("--format", choices=["table", "jsonl"], default="table")
    r = rsub.add_parser("export", parents=[common], help="write every review action to a JSONL file")
    r.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.jsonl")
    r = rsub.add_parser("import", parents=[common], help="merge review actions from a JSONL file")
    r.add_argument("file", type=Path, metavar="FILE.jsonl")


def _pairs(sets: list[str]) -> dict[str, str]:
    out = {}
    for item in sets:
        name, eq, value = item.partition("=")
        if not eq or not name.strip():
            raise ReviewError(f"--set '{item}' is not FIELD=VALUE")
        out[name.strip()] = value
    return out


def run(args, settings: Settings, corpus: Corpus, out: Console, err: Console) -> int:
    with ReviewStore() as store:
        try:
            return _run(args, settings, corpus, store, out)
        except ReviewError as exc:
            err.print(Text(f"defect-tui: {exc}"))
            return 2
        except sqlite3.Error as exc:  # a locked, damaged or unwritable review file
            err.print(Text(f"defect-tui: cannot use the review file {store.path}: {exc}"))
            return 1


def _run(args, settings: Settings, corpus: Corpus, store: ReviewStore, out: Console) -> int:
    cmd = args.review_command
    if cmd in ("confirm", "reject"):
        rows = find_incidents(corpus, store, args.ids)
        store.add(actions_on(corpus, rows, cmd, note=" ".join(args.note.split())))
        out.print(Text(f"{len(rows)} incident(s) {cmd}ed"))
    elif cmd == "edit":
        fields = parse_fields(_pairs(args.sets))
        rows = find_incidents(corpus, store, [args.id])
        store.add(actions_on(corpus, rows, "edit", fields=fields))
        out.print(Text(f"{args.id}: {', '.join(f'{k}={v}' for k, v in fields.items())}"))
    elif cmd == "add":
        action = add_action(settings, corpus, args.article_id, args.evidence, _pairs(args.sets))
        store.add([action])
        sys.stdout.write(action.incident_id + "\n")
    elif cmd == "join":
        rows = find_incidents(corpus, store, args.ids)
        if len({r.incident_id for r in rows}) < 2:
            raise ReviewError("join needs two incidents or more")
        store.add(join_actions(corpus, rows[1:], rows[0]))
        out.print(Text(f"{len(rows)} incidents are one event"))
    elif cmd == "split":
        rows = find_incidents(corpus, store, args.ids)
        store.add(split_actions(corpus, rows))
        out.print(Text(f"{len(rows)} incident(s) split out of their event"))
    elif cmd == "note":
        rows = find_incidents(corpus, store, [args.id])
        store.add(actions_on(corpus, rows, "note", note=" ".join(args.text.split())))
        out.print(Text(f"{args.id}: note saved"))
    elif cmd == "list":
        _list(reviewed(corpus, store).incidents, args.format, out)
    elif cmd == "orphans":
        _orphans(reviewed(corpus, store).orphans, args.format, out)
    elif cmd == "export":
        actions = store.actions()
        atomic_write(args.output, lambda fh: fh.writelines(json.dumps(a.as_json(), ensure_ascii=False) + "\n"
                                                           for a in actions))
        out.print(Text(f"{len(actions)} review action(s) written to {args.output}"))
    elif cmd == "import":
        actions = _read_actions(args.file)
        written = store.add(actions)
        out.print(Text(f"{len(written)} new review action(s) imported, {len(actions) - len(written)} already here"))
    return 0


def _read_actions(path: Path) -> list[Action]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ReviewError(f"cannot read {path}: {exc}") from None
    actions = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            actions.append(Action.from_json(json.loads(line)))
        except (ValueError, ReviewError) as exc:
            raise ReviewError(f"{path}:{n}: not a review action ({exc})") from None
    return actions


def _list(rows, fmt: str, out: Console) -> None:
    rows = [r for r in rows if r.review != "extracted" or r.note]
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps({"incident_id": r.incident_id, "review": r.review, "note": r.note,
                                         "status": r.status, "actor": r.actor, "date": r.date,
                                         "evidence": r.evidence}, ensure_ascii=False) + "\n")
        return
    table = Table(title=Text(f"{len(rows)} reviewed incidents"), expand=True)
    for col, width in (("incident id", 24), ("review", 9), ("status", 14), ("actor", 20), ("date", 10),
                       ("note", 12)):
        # the id is what the other commands take: folded, never cut
        table.add_column(col, overflow="fold" if col == "incident id" else "ellipsis", no_wrap=col != "incident id",
                         min_width=width, ratio=1 if width > 12 else None)
    for r in rows:
        table.add_row(*(Text(v) for v in (r.incident_id, r.review, r.status, r.actor, r.date, r.note)))
    out.print(table)


def _orphans(orphans: list[Orphan], fmt: str, out: Console) -> None:
    if fmt == "jsonl":
        for o in orphans:
            sys.stdout.write(json.dumps({"incident_id": o.incident_id, "article_id": o.article_id,
                                         "actions": list(o.kinds), "reason": o.reason, "note": o.note,
                                         "actor": o.actor, "evidence": o.evidence}, ensure_ascii=False) + "\n")
        return
    table = Table(title=Text(counted(len(orphans), "orphaned review")), expand=True)
    for col, width in (("incident id", 24), ("actions", 14), ("reason", 30), ("evidence", 20)):
        table.add_column(col, overflow="ellipsis", no_wrap=True, min_width=width, ratio=1)
    for o in orphans:
        table.add_row(Text(o.incident_id), Text(", ".join(o.kinds)), Text(o.reason), Text(o.evidence))
    out.print(table)
