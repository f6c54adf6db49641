"""Facets of the current results in a dialog: choosing a value narrows the
search to it (its field term is appended to the query, where the user sees
it and can take it out again)."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.worker import get_current_worker

from defect_tui.index.api import facet_term
from defect_tui.index.review_ops import facets_marked

from ..textutil import plain
from ..corpus_ref import corpus_of, reviews_of
from ..messages import FacetsDone
from ..widgets.facet_list import FacetList, narrowed_query
from ..bindings import bindings_for


class FacetsScreen(ModalScreen[str | None]):
    """Dismissed with the narrowed query, or None when closed."""

    BINDINGS = bindings_for("facets")

    def __init__(self, query: str) -> None:
        super().__init__()
        self.search_query = query

    def compose(self) -> ComposeResult:
        with Vertical(id="facets-box"):
            title = Text("Facets of ", style="bold")
            title.append_text(plain(self.search_query) if self.search_query.strip() else Text("all articles", style="bold"))
            yield Static(title, id="facets-title", markup=False)
            yield FacetList(id="facets")

    def on_mount(self) -> None:
        box = self.query_one("#facets-box")
        box.border_title = "Facets"
        box.border_subtitle = "Enter narrows the search · Esc closes"
        facets = self.query_one(FacetList)
        facets.show_facets(self.search_query, {}, note="Counting…")
        facets.focus()
        self._count(self.search_query)

    @work(thread=True, exclusive=True, group="facets", exit_on_error=False)
    def _count(self, query: str) -> None:
        corpus = corpus_of(self)
        if corpus is None:
            return
        try:
            done = FacetsDone(0, query, facets_marked(corpus, reviews_of(self), query))
        except Exception as exc:  # a backend failure is shown, never fatal
            done = FacetsDone(0, query, {}, error=f"Facets failed: {exc}")
        if not get_current_worker().is_cancelled:
            self.post_message(done)

    def on_facets_done(self, message: FacetsDone) -> None:
        message.stop()
        self.query_one(FacetList).show_facets(message.query, message.facets, note=message.error)

    def on_facet_list_chosen(self, message: FacetList.Chosen) -> None:
        message.stop()
        self.dismiss(narrowed_query(self.search_query, facet_term(message.field, message.value)))
