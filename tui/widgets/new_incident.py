"""Add an incident the extractor missed, from the sentence in the reader.

A mixin of `ReaderPane`: the sentence is the one holding the current
search hit, else the evidence shown, else the first sentence in view. The
form opens prefilled by running the extractor on that sentence (in a
worker: building the extractor takes a moment) and empty where it finds
nothing; the new row's evidence is that sentence.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from textual import work

from defect_tui.index.extract.sentences import split_sentences
from defect_tui.index.models import Article
from defect_tui.index.review_ops import new_incident_action, prefill
from defect_tui.index.reviews import ReviewError

from ..corpus_ref import reviews_of, settings_of
from ..messages import IncidentAdded
from ..screens.incident_form import IncidentForm

if TYPE_CHECKING:
    from .reader import ArticleView


def sentence_at(body: str, offset: int) -> str:
    """The sentence of `body` holding `offset`, else the next one."""
    spans = split_sentences(body)
    for s, e in spans:
        if e > offset:
            return body[s:e]
    return body[spans[-1][0]:spans[-1][1]] if spans else ""


class NewIncidentFromReader:
    """`A` in the reader (see the module docstring)."""

    article: Article | None

    if TYPE_CHECKING:  # provided by ReaderPane
        @property
        def view(self) -> ArticleView: ...

    def action_new_incident(self) -> None:
        article = self.article
        if article is None:
            return
        sentence = sentence_at(article.body, self.view.focus_offset())
        if not sentence.strip():
            say = "No sentence here to add an incident from"
            self.app.notify(say, severity="warning")  # type: ignore[attr-defined]
            return
        self._prefill(article, sentence)

    @work(thread=True, exclusive=True, group="prefill", exit_on_error=False)
    def _prefill(self, article: Article, sentence: str) -> None:
        settings = settings_of(self)  # type: ignore[arg-type]
        values = prefill(settings, article, sentence) if settings is not None else {}
        self.app.call_from_thread(self._open_form, article, sentence, values)  # type: ignore[attr-defined]

    def _open_form(self, article: Article, sentence: str, values: dict[str, Any]) -> None:
        def done(fields: dict[str, Any] | None) -> None:
            store = reviews_of(self)  # type: ignore[arg-type]
            if fields is None or store is None:
                return
            try:
                action = new_incident_action(article, sentence, fields)
                written = store.add([action])
            except (ReviewError, sqlite3.Error, OSError) as exc:
                self.app.notify(f"Could not add the incident: {exc}", severity="error",  # type: ignore[attr-defined]
                                markup=False)
                return
            self.post_message(IncidentAdded(article.id, action.incident_id, written))  # type: ignore[attr-defined]

        form = IncidentForm(f"New incident in {article.id}", values, sentence, all_fields=True)
        self.app.push_screen(form, done)  # type: ignore[attr-defined]
