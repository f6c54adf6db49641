"""The search pane: query box with history, a status line, the result list."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual import events, on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker
from rich.text import Text

from defect_tui.index.article_marks import ArticleMarks
from defect_tui.index.models import SearchHit, SearchResult
from defect_tui.index.review_ops import article_marks, search_marked
from defect_tui.index.reviews import ReviewError

from ..history import History
from .ordered_input import OrderedInput
from ..corpus_ref import corpus_of, reviews_of
from ..screens.facets import FacetsScreen
from ..messages import OpenArticle, SearchDone
from ..textutil import mark_label, plain, safe_style, snippet_text, wrap_lines
from ..bindings import bindings_for

DEBOUNCE_SECONDS = 0.02


class SearchInput(OrderedInput):
    """The query box: up/down recall earlier queries, escape clears or leaves."""

    BINDINGS = bindings_for("search box")

    history: History | None = None

    def _recall(self, query: str | None) -> None:
        if query is None:
            return
        self.value = query
        self.cursor_position = len(query)

    def action_history_prev(self) -> None:
        if self.history is not None:
            self._recall(self.history.previous(self.value))

    def action_history_next(self) -> None:
        if self.history is not None:
            self._recall(self.history.next())
        else:
            self.screen.focus_next()

    def action_clear_or_leave(self) -> None:
        if self.value:
            if self.history is not None:
                self.history.add(self.value)  # cleared, not forgotten: up brings it back
            self.value = ""
        else:
            self.screen.focus_next()


class ResultList(OptionList):
    """Search results; enter opens the highlighted article.

    Each option is three or four short lines (title, date · source, up to
    two lines of snippet), fitted to the list's width here: OptionList
    would otherwise wrap a long headline over many rows.
    """

    BINDINGS = bindings_for("results")

    SNIPPET_LINES = 2

    class AtEnd(Message):
        """The cursor is on the last row and the user asks to go further."""

    def action_cursor_down(self) -> None:
        if self.option_count and self.highlighted == self.option_count - 1:
            self.post_message(self.AtEnd())
        super().action_cursor_down()

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hits: tuple[SearchHit, ...] = ()
        self.marks: dict[str, ArticleMarks] = {}  # the analyst's stars and tags of the hits
        self.hit_style = "reverse"
        self._width = 0

    def show_hits(self, hits: tuple[SearchHit, ...], hit_style: str, keep_highlight: bool = False,
                  marks: Mapping[str, ArticleMarks] | None = None) -> None:
        """Show `hits`; a new query starts at the top, a refresh keeps the row."""
        previous = None
        if keep_highlight and self.highlighted is not None and self.option_count:
            previous = self.get_option_at_index(self.highlighted).id
        self.hits, self.hit_style = hits, hit_style
        self.marks = dict(marks or {})
        self._rebuild(previous)

    def _rebuild(self, keep: str | None) -> None:
        self._width = self._text_width()
        self.clear_options()
        self.add_options([Option(self.prompt(hit), id=hit.id) for hit in self.hits])
        if self.hits:
            ids = [hit.id for hit in self.hits]
            self.highlighted = ids.index(keep) if keep in ids else 0

    def _text_width(self) -> int:
        return max(10, self.scrollable_content_region.width - 2)

    def on_resize(self) -> None:
        if self.hits and self._text_width() != self._width:
            keep = self.get_option_at_index(self.highlighted).id if self.highlighted is not None else None
            self._rebuild(keep)

    def prompt(self, hit: SearchHit) -> Text:
        width = self._width or self._text_width()
        title = plain(hit.title or hit.id, "bold")
        title.truncate(width, overflow="ellipsis")
        meta = plain(" · ".join(x for x in (hit.date, hit.source) if x) or "no date", "dim")
        mark = self.marks.get(hit.id)
        if mark:
            meta = Text.assemble(plain(mark_label(mark), "bold yellow"), " ", meta)
        meta.truncate(width, overflow="ellipsis")
        lines = [title, meta]
        if hit.snippet:
            snippet = snippet_text(hit.snippet, hit.highlights, self.hit_style)
            spans = wrap_lines(snippet.plain, width)
            for i, (start, end) in enumerate(spans[: self.SNIPPET_LINES]):
                line = snippet[start:end]
                if i == self.SNIPPET_LINES - 1 and len(spans) > self.SNIPPET_LINES:
                    line.truncate(width - 1)
                    line.append("…")
                lines.append(line)
        return Text("\n").join(lines)


class StatusLine(Static):
    """One line under the query box: hit count, error, or "did you mean"."""

    class Clicked(events.Event):
        pass

    def on_click(self) -> None:
        self.post_message(self.Clicked())


class SearchPane(Vertical):
    """Owns the search worker; newest query wins."""

    BINDINGS = bindings_for("search pane")

    # "relevance" | "date": the order of the result list
    order: reactive[str] = reactive("relevance", init=False)

    ready: reactive[bool] = reactive(False, init=False)
    total: reactive[int] = reactive(0, init=False)

    def __init__(self, *, history: History | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self._history = history
        self._serial = 0
        self._shown_serial = 0
        self._timer = None
        self._limit = 0  # rows asked for: the first page, more as the list is scrolled to its end
        self.result: SearchResult | None = None
        self.border_title = "Search"

    def compose(self) -> ComposeResult:
        box = SearchInput(placeholder="Search: words \"phrase\" person:Kim date:2015…", id="search-input",
                          compact=True, select_on_focus=False)
        box.history = self._history
        yield box
        yield StatusLine(Text("Indexing…", style="italic"), id="search-status", markup=False)
        yield ResultList(id="results", markup=False)

    # --- public API ---------------------------------------------------
    @property
    def query_text(self) -> str:
        return self.query_one(SearchInput).value

    def set_query(self, query: str) -> None:
        box = self.query_one(SearchInput)
        box.value = query
        box.cursor_position = len(query)

    def refresh_search(self) -> None:
        """Run the current query now (after indexing, or on demand)."""
        self._start(self.query_text)

    def remember_query(self) -> None:
        if self._history is None:
            return
        res = self.result
        if res is not None and res.error and res.query == self.query_text.strip():
            return  # a query that could not be read is no history to recall
        error = self._history.add(self.query_text)
        if error:
            self.app.notify(error, severity="warning", markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "apply_suggestion":
            return bool(self.result and self.result.suggestion)
        return True

    def action_toggle_order(self) -> None:
        self.order = "date" if self.order == "relevance" else "relevance"

    def watch_order(self) -> None:
        self.refresh_search()

    def action_facets(self) -> None:
        def narrowed(query: str | None) -> None:
            if query is not None:
                self.set_query(query)
                self.query_one(SearchInput).focus()

        self.app.push_screen(FacetsScreen(self.query_text), narrowed)

    def action_apply_suggestion(self) -> None:
        if self.result and self.result.suggestion:
            self.set_query(self.result.suggestion)
            self.query_one(SearchInput).focus()

    # --- events -------------------------------------------------------
    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, lambda: self._start(event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter in the box opens the highlighted (first) result."""
        self.remember_query()
        results = self.query_one(ResultList)
        if not results.option_count:
            return
        if results.highlighted is None:
            results.highlighted = 0
        option = results.get_option_at_index(results.highlighted)
        if option.id:
            terms = self.result.terms if self.result else ()
            self.post_message(OpenArticle(option.id, terms=tuple(terms)))

    @on(OptionList.OptionHighlighted, "#results")
    def _near_end(self, event: OptionList.OptionHighlighted) -> None:
        """The cursor reached the last row and there are more hits: fetch
        the next page (the first page stays small: typing stays fast)."""
        results = self.query_one(ResultList)
        if results.has_focus and event.option_index >= results.option_count - 1:
            self._more()

    @on(ResultList.AtEnd)
    def _more(self) -> None:
        if (self.result is not None and len(self.result.hits) < self.result.total
                and self.result.query == self.query_text.strip() and not self.result.error
                and self._limit <= len(self.result.hits)):  # not while a page is on its way
            self._start(self.query_text, more=True)

    @on(Input.Blurred, "#search-input")
    def _left_box(self) -> None:
        """A query the user typed and left (tab to the results, a click
        elsewhere) is history too, not only one submitted with enter."""
        self.remember_query()

    @on(OptionList.OptionSelected, "#results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id:
            self.remember_query()
            terms = self.result.terms if self.result else ()
            self.post_message(OpenArticle(event.option_id, terms=tuple(terms)))

    @on(StatusLine.Clicked)
    def _status_clicked(self) -> None:
        self.action_apply_suggestion()

    def watch_ready(self, ready: bool) -> None:
        if ready:
            self.refresh_search()

    # --- worker -------------------------------------------------------
    def _page(self) -> int:
        return getattr(getattr(self.app, "settings", None), "search_limit", 50)

    def _first_page(self) -> int:
        """The hits asked for as the user types: two screens of the result
        list, not the whole configured page; every hit asked for is a
        snippet to make and an option to lay out on each keystroke (at
        10,000 articles 50 of them took half of a keystroke's time). The
        next page comes as the list is scrolled to its end."""
        rows = self.query_one(ResultList).size.height or 40
        per_option = 2 + ResultList.SNIPPET_LINES + 1  # (title, meta, snippet, the gap Textual draws)
        return max(1, min(self._page(), max(10, 2 * (rows // per_option + 1))))

    def _start(self, query: str, more: bool = False) -> None:
        if not self.ready:
            return
        self._limit = self._limit + self._page() if more else self._first_page()
        self._serial += 1
        self._search(self._serial, query, self.order)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, serial: int, query: str, order: str) -> None:
        corpus = corpus_of(self)
        if corpus is None:
            return
        limit = self._limit
        store = reviews_of(self)
        marks: dict[str, ArticleMarks] = {}
        try:
            result = search_marked(corpus, store, query, limit=limit, sort=order)
            if store is not None:
                try:
                    marks = article_marks(store)
                except ReviewError:  # (said by the incident table; the results still show)
                    marks = {}
        except Exception as exc:  # a backend failure must not end the app
            result = SearchResult(query=query, total=0, hits=(), error=f"Search failed: {exc}")
        if not get_current_worker().is_cancelled:
            self.post_message(SearchDone(serial, result, {h.id: marks[h.id] for h in result.hits if h.id in marks}))

    def on_search_done(self, message: SearchDone) -> None:
        message.stop()
        if message.serial < self._shown_serial or message.serial != self._serial:
            return  # an older query: a newer one is on its way or shown
        self._shown_serial = message.serial
        self.show_result(message.result, message.marks)

    # --- display ------------------------------------------------------
    def show_result(self, result: SearchResult, marks: Mapping[str, ArticleMarks] | None = None) -> None:
        same_query = self.result is not None and self.result.query == result.query
        self.result = result
        colors = getattr(getattr(self.app, "settings", None), "colors", {}) or {}
        hit_style = safe_style(colors.get("hit")) or "reverse"
        self.query_one(ResultList).show_hits(result.hits, hit_style, keep_highlight=same_query, marks=marks)
        self.total = result.total
        self._show_status(result)
        self.post_message(self.ResultsChanged(result))

    def _show_status(self, result: SearchResult) -> None:
        status = self.query_one(StatusLine)
        if result.error:
            line = Text("⚠ ", style="bold red")
            line.append(plain(result.error))
            status.add_class("-error")
        else:
            status.remove_class("-error")
            shown = len(result.hits)
            noun = "article" if result.total == 1 else "articles"
            what = "newest first" if not result.query.strip() else "match"
            about = "" if result.total_exact else "about "
            line = Text(f"{about}{result.total} {noun} {what}")
            if result.query.strip():
                line.append(", newest first" if self.order == "date" else ", best first", style="dim")
            if shown < result.total:
                line.append(f" (showing {shown}, more at the end of the list)", style="dim")
        if result.suggestion:
            # first, so that a narrow pane shows it and its key (ctrl+y is not in the footer)
            hint = Text("Did you mean: ", style="italic")
            hint.append(plain(result.suggestion, "bold underline"))
            hint.append("? ")
            hint.append("^y", style="bold")
            hint.append(" · ", style="dim")
            line = hint + line
        status.update(line)

    @dataclass
    class ResultsChanged(Message):
        """The shown results changed (the incident filter follows them)."""

        result: SearchResult
