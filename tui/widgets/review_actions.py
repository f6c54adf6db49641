"""Review from the incident table: confirm, reject, edit, note, undo.

A mixin of `IncidentPane`, kept apart because it is its own concern: it
writes actions to the review store (`index/reviews.py`) and puts the
re-reviewed rows of the touched articles back in place, so an action
shows at once without reloading 100,000 rows. The actions apply to the
marked rows, or to the row under the cursor when none is marked.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterable, MutableSet, Sequence
from typing import TYPE_CHECKING, Any

from defect_tui.index.models import Incident
from defect_tui.index.review_apply import Orphan
from defect_tui.index.review_ops import actions_on, join_actions, reviewed, split_actions
from defect_tui.index.reviews import Action, ActionKind

from ..corpus_ref import corpus_of, reviews_of
from .incident_columns import COLUMNS, measure_widths
from ..screens.incident_form import IncidentForm, NoteDialog
from ..screens.orphans import OrphansScreen

if TYPE_CHECKING:
    from .incident_columns import IncidentModel
    from .incident_table import IncidentTable

_DONE = {"confirm": "confirmed", "reject": "rejected", "edit": "edited", "note": "noted"}


class ReviewActions:
    """Review actions of the incident pane (see the module docstring)."""

    incidents: Sequence[Incident]
    model: IncidentModel
    marked: MutableSet[str]
    show_rejected: bool
    orphans: list[Orphan]
    _undo: list[list[Action]]

    if TYPE_CHECKING:  # provided by IncidentPane
        table: IncidentTable

        def current(self) -> Incident | None: ...
        def marked_rows(self) -> list[Incident]: ...
        filter_text: str
        order: Sequence[int]
        _rejected: bool
        _empty_columns: set[str]
        _all_widths: list[int]

        def reload(self) -> None: ...
        def _view(self, order: Sequence[int]) -> Sequence[int]: ...
        def _set_columns(self) -> None: ...
        def _update_title(self) -> None: ...
        def rows_of_articles(self, article_ids: set[str]) -> list[int]: ...

    def review_targets(self) -> list[Incident]:
        """The marked rows, or the row under the cursor."""
        rows = self.marked_rows()
        if rows:
            return rows
        row = self.current()
        return [row] if row is not None else []

    def action_review(self, kind: ActionKind) -> None:
        rows = self.review_targets()
        if self._write(rows, kind):
            self._say(rows, kind)

    def action_edit(self) -> None:
        row, rows = self.current(), self.review_targets()
        if row is None or not rows:
            return
        title = f"Edit {row.incident_id}" if len(rows) == 1 else f"Edit {len(rows)} marked incidents"
        values = {name: getattr(row, name) for name in ("date", "date_precision", "status", "actor", "actor_name",
                                                          "role", "count", "origin", "destination", "reported_by")}

        def done(fields: dict[str, Any] | None) -> None:
            if fields and self._write(rows, "edit", fields=fields):
                self._say(rows, "edit")

        self.app.push_screen(IncidentForm(title, values, row.evidence), done)  # type: ignore[attr-defined]

    def action_note(self) -> None:
        row, rows = self.current(), self.review_targets()
        if row is None or not rows:
            return

        def done(note: str | None) -> None:
            if note is not None and self._write(rows, "note", note=note):
                self._say(rows, "note")

        self.app.push_screen(NoteDialog(row.note, len(rows)), done)  # type: ignore[attr-defined]

    def action_undo_review(self) -> None:
        """Undo the last review action of this session (all its rows)."""
        store = reviews_of(self)  # type: ignore[arg-type]
        if not self._undo or store is None:
            self.app.notify("No review to undo", severity="warning")  # type: ignore[attr-defined]
            return
        batch = self._undo.pop()
        by_article: dict[str, list[str]] = {}
        for a in batch:
            by_article.setdefault(a.article_id, []).append(a.uid)
        # one undo per article: each article's actions are read with their undos
        undos = [Action("undo", aid, target=" ".join(uids)) for aid, uids in by_article.items()]
        try:
            store.add(undos)
        except (sqlite3.Error, OSError) as exc:
            self._undo.append(batch)
            self.app.notify(f"Could not undo: {exc}", severity="error", markup=False)  # type: ignore[attr-defined]
            return
        if batch[0].kind in ("join", "split"):
            self.reload()  # other articles' rows of those events change their count
        else:
            self.refresh_articles(by_article)
        self.app.notify(f"Undone: {batch[0].kind} of {len(batch)} incident(s)")  # type: ignore[attr-defined]

    def action_join(self) -> None:
        """The marked rows and the current one report one event."""
        into, rows = self.current(), self.marked_rows()
        corpus = corpus_of(self)  # type: ignore[arg-type]
        members = {r.incident_id for r in rows} | ({into.incident_id} if into is not None else set())
        if into is None or corpus is None or len(members) < 2:
            say = "Mark the rows of one event, put the cursor on one of them, then J joins them"
            self.app.notify(say, severity="warning")  # type: ignore[attr-defined]
            return
        if self._write_actions(join_actions(corpus, rows, into)):
            self.app.notify(f"{len(members)} rows are one event · u undoes")  # type: ignore[attr-defined]
            self.reload()

    def action_split(self) -> None:
        """Each chosen row becomes an event of its own."""
        rows, corpus = self.review_targets(), corpus_of(self)  # type: ignore[arg-type]
        if not rows or corpus is None:
            return
        if self._write_actions(split_actions(corpus, rows)):
            self.app.notify(f"{len(rows)} row(s) split out of their event · u undoes")  # type: ignore[attr-defined]
            self.reload()

    def action_toggle_rejected(self) -> None:
        self.show_rejected = not self.show_rejected
        self.refresh_view([])
        self.app.notify("Rejected incidents shown" if self.show_rejected  # type: ignore[attr-defined]
                        else "Rejected incidents hidden")

    def action_orphans(self) -> None:
        self.app.push_screen(OrphansScreen(list(self.orphans)))  # type: ignore[attr-defined]

    def remember_for_undo(self, actions: list[Action]) -> None:
        """Actions written elsewhere (the reader's new incident) that `u` undoes."""
        self._undo.append(actions)

    # --- writing and showing -------------------------------------------
    def _write(self, rows: list[Incident], kind: ActionKind, *, note: str = "",
               fields: dict[str, Any] | None = None) -> bool:
        corpus = corpus_of(self)  # type: ignore[arg-type]
        if not rows or corpus is None:
            return False
        if not self._write_actions(actions_on(corpus, rows, kind, note=note, fields=fields)):
            return False
        self.refresh_articles({r.article_id for r in rows})
        return True

    def _write_actions(self, actions: list[Action]) -> bool:
        store = reviews_of(self)  # type: ignore[arg-type]
        if not actions or store is None:
            return False
        try:
            written = store.add(actions)
        except (sqlite3.Error, OSError) as exc:
            self.app.notify(f"Could not save the review: {exc}", severity="error",  # type: ignore[attr-defined]
                            markup=False)
            return False
        self._undo.append(written)
        return True

    def _say(self, rows: list[Incident], kind: str) -> None:
        what = rows[0].incident_id if len(rows) == 1 else f"{len(rows)} incidents"
        self.app.notify(f"{what} {_DONE.get(kind, kind)} · u undoes", markup=False)  # type: ignore[attr-defined]

    def refresh_articles(self, article_ids: Iterable[str]) -> None:
        """Re-review the rows of these articles and put them in place; a row
        that appears or goes (an added incident, its undo) reloads the table."""
        ids = set(article_ids)
        corpus, store = corpus_of(self), reviews_of(self)  # type: ignore[arg-type]
        if corpus is None or store is None:
            return
        fresh = reviewed(corpus, store, ids)
        new = {r.incident_id: r for r in fresh.incidents}
        positions = self.rows_of_articles(ids)
        self.orphans = [o for o in self.orphans if o.article_id not in ids] + fresh.orphans
        if {self.incidents[i].incident_id for i in positions} != set(new):
            self.reload()
            return
        rows = self.incidents
        was_rejected = {i for i in positions if rows[i].review == "rejected"}
        for i in positions:
            row = new[rows[i].incident_id]
            self.model.replace(i, row)
            if self.model.rows is not rows:
                rows[i] = row
        now_rejected = {i for i in positions if rows[i].review == "rejected"}
        # rows that leave the view can go one by one; a row coming back needs its place found
        hide = now_rejected - was_rejected if was_rejected <= now_rejected else None
        self.refresh_view(list(new.values()), hide)

    def refresh_view(self, changed: list[Incident], hide: set[int] | None = None) -> None:
        """The rows again after a review changed `changed`: same order, same
        filter, the cursor on the same incident (or where it was). Work in
        the number of changed rows: rows newly rejected (`hide`, row indices)
        leave the view one by one; anything else recomputes the view."""
        self._rejected = self._rejected or any(r.review == "rejected" for r in changed)
        empty = set(self._empty_columns)
        if any(r.review != "extracted" for r in changed):
            empty.discard("review")
        if any(r.note for r in changed):
            empty.discard("note")
        if empty != self._empty_columns:  # a first review or note: the columns that appear get room
            self._empty_columns = empty
            widths = measure_widths(changed)
            self._all_widths = [max(old, new) if COLUMNS[i].key in ("review", "note") else old
                                for i, (old, new) in enumerate(zip(self._all_widths, widths))]
            self._set_columns()
        hiding = not self.show_rejected and "review:" not in self.filter_text.casefold()
        if hide is not None and hiding:
            view = array("i", self.table.view)  # (a copy: the view may be the sort order itself)
            for i in hide:
                try:
                    view.remove(i)
                except ValueError:
                    pass  # filtered out already
        else:
            view = self._view(self.order)
        self.table.set_view(view, cursor_index=self.table.current_index)
        self.table.refresh()
        self._update_title()
