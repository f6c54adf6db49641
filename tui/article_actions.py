"""Star, tag and note the article in focus: a mixin of the app.

The article is the highlighted result, the one open in the reader, or the
article of the incident under the cursor, whichever pane has focus. The
marks are review actions (`index/article_marks.py`): kept apart from the
index, searchable as `tag:NAME` and `starred:yes`.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from textual.dom import DOMNode

from defect_tui.index.article_marks import ArticleMarks, article_note_action, star_action, tag_actions
from defect_tui.index.review_ops import article_marks
from defect_tui.index.reviews import Action, ReviewError

from .screens.article_marks_dialog import ArticleMarksDialog
from .widgets.incident_table import IncidentPane
from .widgets.reader import ReaderPane
from .widgets.search_pane import ResultList, SearchPane

if TYPE_CHECKING:
    from defect_tui.index.reviews import ReviewStore


class ArticleMarkActions:
    """`*` stars or unstars, `t` tags and notes (see the module docstring)."""

    reviews: ReviewStore

    def article_in_focus(self) -> str | None:
        node: DOMNode | None = self.focused  # type: ignore[attr-defined]
        while node is not None:
            if isinstance(node, ResultList):
                index = node.highlighted
                return node.hits[index].id if index is not None and index < len(node.hits) else None
            if isinstance(node, ReaderPane):
                return node.article.id if node.article is not None else None
            if isinstance(node, IncidentPane):
                row = node.current()
                return row.article_id if row is not None else None
            node = node.parent
        reader = self.query_one(ReaderPane)  # type: ignore[attr-defined]
        return reader.article.id if reader.article is not None else None

    def marks_of(self, article_id: str) -> ArticleMarks:
        try:
            return article_marks(self.reviews).get(article_id, ArticleMarks())
        except ReviewError:  # a damaged review file: said once by the incident table
            return ArticleMarks()

    def action_star_article(self) -> None:
        aid = self.article_in_focus()
        if aid is None:
            self.notify("No article here to star", severity="warning")  # type: ignore[attr-defined]
            return
        starred = not self.marks_of(aid).starred
        if self._save_marks([star_action(aid, starred)]):
            self.notify(f"{'Starred' if starred else 'Unstarred'} {aid} · find starred articles with starred:yes",  # type: ignore[attr-defined]
                        markup=False)

    def action_tag_article(self) -> None:
        aid = self.article_in_focus()
        if aid is None:
            self.notify("No article here to tag", severity="warning")  # type: ignore[attr-defined]
            return
        old = self.marks_of(aid)

        def done(result: tuple[list[str], str] | None) -> None:
            if result is None:
                return
            tags, note = result
            actions = tag_actions(aid, old.tags, tags)
            if note != old.note:
                actions.append(article_note_action(aid, note))
            if actions and self._save_marks(actions):
                self.notify(f"Saved the tags and note of {aid}", markup=False)  # type: ignore[attr-defined]

        self.push_screen(ArticleMarksDialog(aid, old.tags, old.note), done)  # type: ignore[attr-defined]

    def _save_marks(self, actions: list[Action]) -> bool:
        try:
            self.reviews.add(actions)
        except (sqlite3.Error, OSError) as exc:
            self.notify(f"Could not save: {exc}", severity="error", markup=False)  # type: ignore[attr-defined]
            return False
        self.query_one(SearchPane).refresh_search()  # type: ignore[attr-defined]
        self.query_one(ReaderPane).show_marks(self.marks_of_open())
        return True

    def marks_of_open(self) -> ArticleMarks:
        reader = self.query_one(ReaderPane)  # type: ignore[attr-defined]
        return self.marks_of(reader.article.id) if reader.article is not None else ArticleMarks()
