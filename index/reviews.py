"""The analyst's review of the incident table, kept apart from the index.

The index is generated data, thrown away by a rebuild, a schema or rule
change, or damage; reviews are the analyst's own work and must outlive all
of that. So they live in their own SQLite file in the user data dir
(`reviews.sqlite`, beside the `indexes/` folder, never inside it), as an
append-only log of actions. Each action is anchored to what survives a
re-extraction: the article id and its content hash, the evidence
sentence's text and the actor extracted from it — not a row number.
`review_apply.apply_reviews` folds the log over freshly extracted rows.

WAL mode and one short transaction per action: a kill -9 loses at most the
action being written, and the app and the CLI can write at the same time.
Each action has a uid, so importing another machine's log twice changes
nothing.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from .locations import user_data_dir

ActionKind = Literal["confirm", "reject", "edit", "add", "note", "undo", "join", "split",
                     "star", "tag", "article_note"]
ACTION_KINDS: tuple[str, ...] = ("confirm", "reject", "edit", "add", "note", "undo", "join", "split",
                                 "star", "tag", "article_note")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS actions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT UNIQUE NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    article_id TEXT NOT NULL,
    content_hash TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL DEFAULT '',
    incident_id TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL DEFAULT '{}',
    note TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS actions_article ON actions(article_id);
"""

_COLUMNS = ("uid", "at", "kind", "article_id", "content_hash", "evidence", "actor", "incident_id", "fields",
            "note", "target")


def reviews_path() -> Path:
    return user_data_dir() / "reviews.sqlite"


class ReviewError(ValueError):
    """A review the user has to fix (bad id, field or value); one line."""


@dataclass(frozen=True, slots=True)
class Action:
    """One review action as the analyst made it.

    For actions on an extracted row, (`article_id`, `evidence`, `actor`)
    anchor it; `incident_id` is the row's id when it was made (a hint).
    An `add` creates a row of its own: its `incident_id` is new and later
    actions on that row name it. An `undo` names the action it undoes in
    `target`."""

    kind: ActionKind
    article_id: str
    content_hash: str = ""
    evidence: str = ""
    actor: str = ""
    incident_id: str = ""
    fields: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    note: str = ""
    target: str = ""
    uid: str = ""
    at: str = ""

    def as_json(self) -> dict[str, Any]:
        return {c: getattr(self, c) for c in _COLUMNS}

    @staticmethod
    def from_json(data: dict[str, Any]) -> "Action":
        """An action read from an export; raises ReviewError for a line that
        is not one."""
        if not isinstance(data, dict):
            raise ReviewError("not an object")
        kind = data.get("kind")
        if kind not in ACTION_KINDS:
            raise ReviewError(f"unknown action kind {kind!r}")
        for key in ("uid", "article_id"):
            if not isinstance(data.get(key), str) or not data.get(key):
                raise ReviewError(f"missing {key}")
        fields = data.get("fields") or {}
        if not isinstance(fields, dict):
            raise ReviewError("fields is not an object")
        text = {c: data.get(c) or "" for c in ("content_hash", "evidence", "actor", "incident_id", "note",
                                                "target", "at")}
        if not all(isinstance(v, str) for v in text.values()):
            raise ReviewError("a text field is not text")
        return Action(kind, data["article_id"], fields=fields, uid=data["uid"], **text)


def new_uid() -> str:
    return uuid.uuid4().hex


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ReviewStore:
    """The review log on disk. Cheap to open; one connection per store."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or reviews_path()
        self._con: sqlite3.Connection | None = None
        # the app reads from worker threads and writes from the UI thread
        self._lock = threading.RLock()
        self._writes = 0  # (data_version does not change for this connection's own commits)

    def _connect(self) -> sqlite3.Connection:
        if self._con is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(str(self.path), timeout=10, check_same_thread=False, isolation_level=None)
            for attempt in range(50):
                # two first openings at once (the app and the CLI): switching
                # to WAL can fail at once with "locked" rather than wait
                try:
                    con.execute("PRAGMA busy_timeout=10000")
                    con.execute("PRAGMA journal_mode=WAL")
                    # WAL + NORMAL: a commit survives the process being killed
                    # (what the app promises); FULL would add an fsync per action
                    con.execute("PRAGMA synchronous=NORMAL")
                    con.executescript(_SCHEMA)
                    break
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or attempt == 49:
                        con.close()
                        raise
                    time.sleep(0.1)
            self._con = con
        return self._con

    def add(self, actions: Iterable[Action]) -> list[Action]:
        """Write actions in one transaction (all or none); give each a uid
        and a time unless it has them. Returns them as written; an action
        whose uid is already stored is skipped (imports are idempotent)."""
        with self._lock:
            return self._add(actions)

    def _add(self, actions: Iterable[Action]) -> list[Action]:
        con = self._connect()
        written = []
        con.execute("BEGIN IMMEDIATE")
        try:
            for a in actions:
                stamped = Action(a.kind, a.article_id, a.content_hash, a.evidence, a.actor, a.incident_id,
                                 dict(a.fields), a.note, a.target, a.uid or new_uid(), a.at or now())
                row = stamped.as_json()
                row["fields"] = json.dumps(stamped.fields, ensure_ascii=False, sort_keys=True)
                cur = con.execute(
                    f"INSERT OR IGNORE INTO actions ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
                    [row[c] for c in _COLUMNS])
                if cur.rowcount:
                    written.append(stamped)
            con.execute("COMMIT")
            self._writes += 1
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return written

    def actions(self, article_ids: Iterable[str] | None = None, *,
                kinds: Iterable[str] | None = None) -> list[Action]:
        """Every action in the order made (or those of some articles, or
        of some kinds; an undo is always read with them)."""
        if self._con is None and not self.path.exists():
            return []  # nothing reviewed yet: reading creates no file
        with self._lock:
            return self._actions(article_ids, None if kinds is None else sorted(set(kinds) | {"undo"}))

    def _actions(self, article_ids: Iterable[str] | None, kinds: list[str] | None) -> list[Action]:
        con = self._connect()
        sql = f"SELECT seq, {', '.join(_COLUMNS)} FROM actions WHERE 1"
        params: list[str] = []
        if kinds is not None:
            sql += f" AND kind IN ({', '.join('?' * len(kinds))})"
            params = list(kinds)
        if article_ids is None:
            rows = con.execute(sql + " ORDER BY seq", params).fetchall()
        else:
            ids = sorted(set(article_ids))
            rows = []
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                rows += con.execute(sql + f" AND article_id IN ({', '.join('?' * len(chunk))})",
                                    params + chunk).fetchall()
            rows.sort()
        return [self._action(r[1:]) for r in rows]

    @staticmethod
    def _action(r: tuple) -> Action:
        data = dict(zip(_COLUMNS, r))
        try:
            fields = json.loads(data.pop("fields") or "{}")
        except ValueError:
            fields = {}
        return Action(fields=fields if isinstance(fields, dict) else {}, **data)

    def version(self) -> tuple[int, int]:
        """Changes whenever the log does, by this process or another (the
        CLI): SQLite's data_version, and this store's own writes."""
        if self._con is None and not self.path.exists():
            return (0, 0)
        with self._lock:
            return (self._writes, self._connect().execute("PRAGMA data_version").fetchone()[0])

    def count(self) -> int:
        if self._con is None and not self.path.exists():
            return 0
        with self._lock:
            return self._connect().execute("SELECT count(*) FROM actions").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    def __enter__(self) -> "ReviewStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
