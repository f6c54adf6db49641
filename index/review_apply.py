"""Fold the review log over freshly extracted incidents.

Extraction is re-run by every rebuild and every rule or gazetteer change;
the analyst's corrections must land on the same rows afterwards. A
correction is anchored to (article, evidence sentence, actor as
extracted): it re-attaches to the row of that article with the same
evidence sentence and the same actor, else the one with the nearest actor
among those of that sentence. What finds no row is an **orphan**: kept,
listed with the reason, never dropped.

Values are checked here, once, for the CLI and the app's form alike.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .incident_rows import IncidentRows
from .models import INCIDENT_COLUMNS, STATUSES, Article, Incident
from .reviews import Action, ReviewError

ReviewState = Literal["extracted", "confirmed", "edited", "added", "rejected"]
REVIEW_STATES: tuple[str, ...] = ("extracted", "confirmed", "edited", "added", "rejected")

#: the incident columns an analyst may set (not the id, the article's, or the evidence)
EDITABLE: tuple[str, ...] = tuple(c for c in INCIDENT_COLUMNS
                                  if c not in ("incident_id", "evidence") and not c.startswith("article_"))
PRECISIONS = ("day", "month", "year", "")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

Anchor = tuple[str, str, str]  # article id, evidence sentence, actor as extracted


def parse_value(name: str, text: str) -> Any:
    """One field's value from what the analyst typed; ReviewError says why
    it cannot be (naming the field and the accepted forms)."""
    if name not in EDITABLE:
        raise ReviewError(f"unknown field '{name}': fields are {', '.join(EDITABLE)}")
    value = " ".join(str(text).split())  # one line: a value never carries a line break into the CSV
    if name == "status":
        status = value.lower().replace(" ", "_")
        if status not in STATUSES:
            raise ReviewError(f"status '{value}' is not one of {', '.join(STATUSES)}")
        return status
    if name == "date":
        if not value:
            return ""
        m = _DATE.fullmatch(value)
        if not m or not _real_date(m):
            raise ReviewError(f"date '{value}' is not a date: write 2016, 2016-08 or 2016-08-17")
        return value
    if name == "date_precision":
        if value not in PRECISIONS:
            raise ReviewError(f"date_precision '{value}' is not one of day, month, year (or empty)")
        return value
    if name == "count":
        if not value:
            return None
        if not value.isdigit():
            raise ReviewError(f"count '{value}' is not a whole number")
        return int(value)
    return value


def _real_date(m: re.Match[str]) -> bool:
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        dt.date(y, mo, d)
    except ValueError:
        return False
    return y >= 1


def precision_of(date: str) -> str:
    return {0: "", 4: "year", 7: "month", 10: "day"}.get(len(date), "")


def parse_fields(pairs: Mapping[str, str]) -> dict[str, Any]:
    """Checked values of `FIELD=VALUE` settings; a date without a stated
    precision gets the precision it is written with."""
    out = {name: parse_value(name, text) for name, text in pairs.items()}
    if "date" in out and "date_precision" not in out:
        out["date_precision"] = precision_of(out["date"])
    return out


@dataclass(frozen=True, slots=True)
class Orphan:
    """Review actions that no longer find their row."""

    article_id: str
    incident_id: str
    evidence: str
    actor: str
    kinds: tuple[str, ...]
    note: str
    reason: str
    uids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reviewed:
    """Incidents with the review applied (rejected ones included, marked),
    and the corrections that found no row."""

    incidents: Sequence[Incident]
    orphans: list[Orphan]


@dataclass
class _Target:
    anchor: Anchor
    incident_id: str
    actions: list[Action]
    added: Action | None = None


def live_actions(actions: Iterable[Action]) -> list[Action]:
    """The actions not undone, without the undos themselves."""
    actions = list(actions)
    undone = {uid for a in actions if a.kind == "undo" for uid in a.target.split()}
    return [a for a in actions if a.kind != "undo" and a.uid not in undone]


def _targets(actions: list[Action]) -> list[_Target]:
    """Actions grouped by the row they are about, in the order first made."""
    by_key: dict[object, _Target] = {}
    added_ids: set[str] = set()
    for a in actions:
        if a.kind in ("star", "tag", "article_note"):  # about the article, not a row (article_marks.py)
            continue
        if a.kind == "add":
            key: object = ("add", a.incident_id)
            added_ids.add(a.incident_id)
            by_key[key] = _Target((a.article_id, a.evidence, a.actor), a.incident_id, [], added=a)
            continue
        if a.incident_id in added_ids:
            key = ("add", a.incident_id)
        else:
            key = (a.article_id, a.evidence, a.actor)
        target = by_key.get(key)
        if target is None:
            target = by_key[key] = _Target((a.article_id, a.evidence, a.actor), a.incident_id, [])
        target.actions.append(a)
    return list(by_key.values())


def _state(target: _Target) -> tuple[ReviewState, dict[str, Any], str]:
    verdict = ""
    fields: dict[str, Any] = {}
    note = target.added.note if target.added else ""
    for a in target.actions:
        if a.kind in ("confirm", "reject"):
            verdict = a.kind
        elif a.kind == "edit":
            fields.update({k: v for k, v in a.fields.items() if k in EDITABLE})
        elif a.kind in ("join", "split"):  # the event the row belongs to: its group key
            fields["group_key"] = str(a.fields.get("group_key", ""))
        if a.kind == "note" or a.note:
            note = a.note
    state: ReviewState
    if verdict == "reject":
        state = "rejected"
    elif target.added is not None:
        state = "added"
    elif set(fields) - {"group_key"}:
        state = "edited"
    elif verdict == "confirm":
        state = "confirmed"
    else:
        state = "extracted"
    return state, fields, note


def _nearest(rows: list[Incident], anchor: Anchor, used: set[str]) -> Incident | None:
    _, evidence, actor = anchor
    same = [r for r in rows if r.evidence == evidence and r.incident_id not in used]
    if not same:
        return None
    exact = [r for r in same if r.actor == actor]
    if exact:
        return exact[0]
    return max(same, key=lambda r: difflib.SequenceMatcher(None, r.actor.lower(), actor.lower()).ratio())


def _orphan(target: _Target, reason: str, note: str) -> Orphan:
    acts = ([target.added] if target.added else []) + target.actions
    return Orphan(target.anchor[0], target.incident_id, target.anchor[1], target.anchor[2],
                  tuple(a.kind for a in acts), note, reason, tuple(a.uid for a in acts))


def _why_lost(article: Article | None, target: _Target) -> str:
    article_id, evidence, _ = target.anchor
    if article is None:
        return f"article {article_id} is no longer in the corpus"
    if evidence not in article.body:
        return "the article changed: the evidence sentence is no longer in it"
    return "no extracted row has this evidence sentence any more"


def _added_row(add: Action, article: Article) -> Incident:
    start = article.body.find(add.evidence)
    values = {name: add.fields.get(name, None if name == "count" else "") for name in EDITABLE}
    return Incident(add.incident_id, article.id, article.title, article.date, evidence=add.evidence,
                    evidence_start=start, evidence_end=start + len(add.evidence), **values)


def apply_reviews(incidents: Sequence[Incident], actions: Iterable[Action],
                  article: Callable[[str], Article | None]) -> Reviewed:
    """`incidents` as reviewed: corrected values, states and notes, added
    rows after their article's extracted ones. Unreviewed rows are passed
    through as they are (no copy: 100,000 rows stay cheap); the incident
    table's columns (`IncidentRows`) stay columns, with the reviewed rows
    put in place."""
    targets = _targets(live_actions(actions))
    if not targets:
        return Reviewed(incidents, [])
    articles = {t.anchor[0] for t in targets}
    positions = _positions_of(incidents, articles)
    rows_by_article = {aid: [incidents[i] for i in pos] for aid, pos in positions.items()}
    position_of = {r.incident_id: i for aid, pos in positions.items() for i, r in zip(pos, rows_by_article[aid])}
    replaced: dict[int, Incident] = {}
    added: dict[str, list[Incident]] = {}
    orphans: list[Orphan] = []
    used: set[str] = set()
    regrouped: set[str] = set()  # events whose rows a join or split changed
    looked_up: dict[str, Article | None] = {}

    def article_of(aid: str) -> Article | None:
        if aid not in looked_up:
            looked_up[aid] = article(aid)
        return looked_up[aid]

    for target in targets:
        state, fields, note = _state(target)
        if target.added is not None:
            art = article_of(target.anchor[0])
            if art is None or target.added.evidence not in art.body:
                orphans.append(_orphan(target, _why_lost(art, target), note))
                continue
            row = _added_row(target.added, art)
            row = dataclasses.replace(row, **fields, review=state, note=note)
            added.setdefault(art.id, []).append(row)
            continue
        row = _nearest(rows_by_article.get(target.anchor[0], []), target.anchor, used)
        if row is None:
            orphans.append(_orphan(target, _why_lost(article_of(target.anchor[0]), target), note))
            continue
        used.add(row.incident_id)
        if "group_key" in fields:
            regrouped |= {row.group_key, fields["group_key"]} - {""}
        replaced[position_of[row.incident_id]] = dataclasses.replace(row, **fields, review=state, note=note,
                                                                     extracted_actor=row.actor)
    # rows come grouped by article: added rows follow their article's last
    after = {positions[aid][-1]: rows for aid, rows in added.items() if positions.get(aid)}
    trailing = [r for aid, rows in added.items() if not positions.get(aid) for r in rows]
    if isinstance(incidents, IncidentRows):
        out: Sequence[Incident] = incidents.edited(replaced, after, trailing)
    else:
        out = []
        for i, inc in enumerate(incidents):
            out.append(replaced.get(i, inc))
            out.extend(after.get(i, ()))
        out.extend(trailing)  # articles whose every extracted row is gone, or that had none
    if regrouped:
        out = _regroup(out, regrouped)
    return Reviewed(out, orphans)


def _positions_of(rows: Sequence[Incident], articles: set[str]) -> dict[str, list[int]]:
    """The positions of these articles' rows, in order (read from the
    article column alone when the rows are columns)."""
    out: dict[str, list[int]] = {}
    if isinstance(rows, IncidentRows):
        values, codes = rows.column("article_id")
        wanted = {code: aid for code, aid in enumerate(values) if aid in articles}
        for i, code in enumerate(codes):
            if code in wanted:
                out.setdefault(wanted[code], []).append(i)
        return out
    for i, inc in enumerate(rows):
        if inc.article_id in articles:
            out.setdefault(inc.article_id, []).append(i)
    return out


def _regroup(out: Sequence[Incident], touched: set[str]) -> Sequence[Incident]:
    """Group sizes of the events that joins and splits changed: the
    articles of each among the rows given (exact for the whole table; for
    a subset, what the subset holds)."""
    if isinstance(out, IncidentRows):
        values, codes = out.column("group_key")
        wanted = {code for code, key in enumerate(values) if key in touched}
        positions = [i for i, code in enumerate(codes) if code in wanted]
    else:
        positions = [i for i, r in enumerate(out) if r.group_key in touched]
    articles: dict[str, set[str]] = {}
    for i in positions:
        r = out[i]
        articles.setdefault(r.group_key, set()).add(r.article_id)
    new = {i: dataclasses.replace(r, group_size=len(articles[r.group_key])) for i in positions for r in (out[i],)}
    if isinstance(out, IncidentRows):
        return out.edited(new, {})
    return [new.get(i, r) for i, r in enumerate(out)]


def anchor_of(inc: Incident) -> Anchor:
    """What a new action on this row is anchored to: the actor as the
    extractor found it, so that an edited actor does not lose the row."""
    return inc.article_id, inc.evidence, inc.extracted_actor if inc.extracted_actor is not None else inc.actor
