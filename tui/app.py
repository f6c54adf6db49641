"""DefectApp: search, reader and incident table on one screen.

The app coordinates: it owns the `Corpus`, runs the index update in a
thread worker with a progress bar, and routes "open this article" requests
from the search pane and the incident table to the reader.
"""

from __future__ import annotations

import functools
import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

from rich.text import Text
from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static

from defect_tui.index.api import Corpus, open_corpus
from defect_tui.index.config import Settings
from defect_tui.index.locations import history_path
from defect_tui.index.models import IndexReport
from defect_tui.index.reviews import ReviewStore

from .article_actions import ArticleMarkActions
from .bindings import binding_ids, bindings_for
from .commands import AppCommands
from .heap import limit_arenas
from .history import History
from .idle_collector import IdleCollector
from .messages import ArticleLoaded, IncidentAdded, IndexFailed, IndexFinished, IndexOpened, IndexProgress, OpenArticle
from .ui_state import load_state, save_state, terminal_is_light
from .widgets.incident_table import IncidentPane
from .widgets.reader import ReaderPane
from .screens.entity_browser import EntityBrowser
from .screens.error import ErrorScreen
from .screens.help import HelpScreen
from .screens.skipped import SkippedScreen
from .widgets.search_pane import ResultList, SearchInput, SearchPane

PROGRESS_INTERVAL = 0.05  # seconds between progress messages from the worker


def _gone_at_exit(handler):
    """Worker results can arrive while the app is closing, after its
    widgets are gone (run_test's exit, quitting mid-search): then there is
    nothing left to update, and no traceback to print. Any other missing
    widget is a bug and still raises."""

    @functools.wraps(handler)
    def wrapper(self, *args, **kwargs):
        try:
            return handler(self, *args, **kwargs)
        except NoMatches:
            stack = self.screen_stack
            if getattr(self, "_exit", False) or not self.is_running or not stack or not stack[0].children:
                return None
            raise

    return wrapper


def report_text(report: IndexReport, count: int) -> str:
    parts = [f"{count} articles indexed"]
    changes = [f"{n} {what}" for n, what in ((report.added, "added"), (report.updated, "updated"),
                                              (report.removed, "removed")) if n]
    parts.append(", ".join(changes) if changes else "no changes")
    if report.skipped:
        parts.append(f"{len(report.skipped)} skipped (ctrl+p → Show skipped files)")
    text = " · ".join(parts)
    if report.rebuilt_reason:
        text += f"\nRebuilt: {report.rebuilt_reason}"
    for note in report.notes[:5]:
        text += f"\n{note}"
    return text


class DefectApp(ArticleMarkActions, App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "defect-tui"

    BINDINGS = bindings_for("everywhere")
    COMMANDS = App.COMMANDS | {AppCommands}

    def __init__(
        self,
        settings: Settings,
        *,
        corpus: Corpus | None = None,
        reviews: ReviewStore | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__()
        limit_arenas()  # (before any worker thread: see heap.py)
        self.settings = settings
        # given (another backend, a fake in tests) or opened by the first update
        self.corpus: Corpus | None = corpus
        # the analyst's reviews: apart from the index, never touched by a rebuild
        self.reviews = reviews if reviews is not None else ReviewStore()
        self.clock = clock
        self.indexing = False
        self.ready = False
        self._cancel: threading.Event | None = None
        # the first load of the incident table, which the opening update waits for
        self._rows_shown = threading.Event()
        self.history = History(history_path())
        self.collector = IdleCollector()

    # --- layout -------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="top"):
            yield SearchPane(id="search-pane", classes="pane", history=self.history)
            yield ReaderPane(id="reader-pane", classes="pane")
        yield IncidentPane(id="incident-pane", classes="pane")
        with Horizontal(id="index-status"):
            yield Static(Text("Indexing…"), id="index-label", markup=False)
            yield ProgressBar(id="index-progress", show_eta=False)
        yield Footer()

    def on_mount(self) -> None:
        self._restore_theme()
        self._apply_keymap()
        self.query_one(SearchInput).focus()
        self.action_reindex()
        self.collector.start()
        self.set_interval(COLLECT_CHECK_S, lambda: self.collector.tick(busy=bool(self.workers)))
        if not self.is_headless and os.isatty(TERMINAL_FD):
            self.set_interval(TERMINAL_CHECK_S, self._check_terminal)

    def _check_terminal(self) -> None:
        """Quit when the terminal is gone. Closed under a parent that does
        not pass its hangup on ("make run" in a tmux pane that is killed),
        the app was left running at full CPU on a terminal that answers
        every call with EIO; nothing is pending then (reviews are written
        as they are made)."""
        try:
            os.get_terminal_size(TERMINAL_FD)
        except OSError:
            self.exit(return_code=1)

    def _restore_theme(self) -> None:
        """The theme chosen last time (palette: "Change theme"), kept in the
        user's data dir; a theme that no longer exists is ignored. Until one
        is chosen, a terminal that says it is light gets the light theme."""
        name = load_state().get("theme")
        if isinstance(name, str) and name in self.available_themes:
            self.theme = name
        elif terminal_is_light():
            self.theme = "textual-light"
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    @property
    def label_colors(self) -> dict[str, str]:
        """The entity and mark colours for the current theme: `colors`, with
        `colors_light` over them in a light theme (pale colours on white
        cannot be read)."""
        if self.current_theme.dark:
            return self.settings.colors
        return {**self.settings.colors, **self.settings.colors_light}

    def _theme_changed(self, theme) -> None:  # noqa: ANN001 - a textual Theme
        self.query_one(ReaderPane).recolor(self.label_colors)
        error = save_state({"theme": theme.name})
        if error:
            self.notify(error, severity="warning", markup=False)

    @property
    def keymap(self) -> Mapping[str, str]:
        """The config's remaps of known binding ids (what `set_keymap` got)."""
        known = binding_ids()
        return {k: v for k, v in (self.settings.keys or {}).items() if k in known}

    def _apply_keymap(self) -> None:
        keys = dict(self.settings.keys or {})
        if not keys:
            return
        known = binding_ids()
        unknown = sorted(k for k in keys if k not in known)
        if unknown:
            self.notify(f"Unknown key binding ids in config 'keys': {', '.join(unknown)} "
                             f"(known: {', '.join(sorted(known))})", severity="warning", markup=False,
                        timeout=10)
        self.set_keymap(self.keymap)

    # --- index --------------------------------------------------------
    def action_reindex(self, rebuild: bool = False) -> None:
        if self.indexing:
            self.notify("Indexing is already running", severity="warning")
            return
        self.indexing = True
        self._cancel = threading.Event()
        status = self.query_one("#index-status")
        status.add_class("-busy")
        self.query_one("#index-label", Static).update(Text("Rebuilding index…" if rebuild else "Indexing…"))
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.refresh_bindings()
        self._index(rebuild, self._cancel)

    def action_rebuild(self) -> None:
        self.action_reindex(rebuild=True)

    def action_cancel_index(self) -> None:
        if self._cancel is not None and self.indexing:
            self._cancel.set()
            self.query_one("#index-label", Static).update(Text("Cancelling…"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_index":
            return self.indexing
        return True

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def _index(self, rebuild: bool, cancel: threading.Event) -> None:
        last = 0.0

        def progress(done: int, total: int, path: str) -> None:
            nonlocal last
            now = time.monotonic()
            if done >= total or now - last >= PROGRESS_INTERVAL:
                last = now
                self.post_message(IndexProgress(done, total, str(path)))

        try:
            if self.corpus is None:
                self.corpus = open_corpus(self.settings)  # in the worker: opening may fail, or be slow
            if not rebuild and not self.ready and self.corpus.usable():
                self.post_message(IndexOpened())
                # Let the table and the first search have the interpreter:
                # the update (scan + compare, usually no change) competes
                # with them for the GIL and made the table twice as slow.
                self._rows_shown.wait(timeout=5)
            report = self.corpus.update(progress=progress, rebuild=rebuild, cancel=cancel)
            count = self.corpus.article_count()
        except Exception as exc:  # any backend failure becomes a message, not a traceback
            self.post_message(IndexFailed(str(exc) or type(exc).__name__, cancelled=cancel.is_set()))
            return
        self.post_message(IndexFinished(report, count))

    def on_incident_added(self, message: IncidentAdded) -> None:
        pane = self.query_one(IncidentPane)
        pane.remember_for_undo(message.actions)
        pane.refresh_articles({message.article_id})
        self.notify(f"{message.incident_id} added · u in the incident table undoes", markup=False)

    @_gone_at_exit
    def on_index_progress(self, message: IndexProgress) -> None:
        bar = self.query_one(ProgressBar)
        bar.update(total=max(1, message.total), progress=message.done)
        label = Text(f"Indexing {message.done}/{message.total} ")
        self.query_one("#index-label", Static).update(label)

    @_gone_at_exit
    def _index_done(self) -> None:
        self.indexing = False
        self.query_one("#index-status").remove_class("-busy")
        self.refresh_bindings()

    def on_index_opened(self, message: IndexOpened) -> None:
        self._became_ready()

    def on_incident_pane_rows_shown(self, message: IncidentPane.RowsShown) -> None:
        self._rows_shown.set()

    @_gone_at_exit
    def on_index_finished(self, message: IndexFinished) -> None:
        self._index_done()
        self.notify(report_text(message.report, message.article_count), title="Index ready",
                    markup=False, timeout=6)
        r = message.report
        if self.ready and not (r.added or r.updated or r.removed or r.rebuilt_reason):
            return  # opened early and nothing changed: what is shown is current
        self._became_ready()

    @_gone_at_exit
    def _became_ready(self) -> None:
        pane = self.query_one(SearchPane)
        if not self.ready:
            self.ready = True
            pane.ready = True  # runs the current query
        else:
            pane.refresh_search()
            self._check_open_article()
        self.query_one(IncidentPane).reload()

    @work(thread=True, exclusive=True, group="article-check", exit_on_error=False)
    def _check_open_article(self) -> None:
        """After a re-index: is the article in the reader still there?"""
        reader = self.query_one(ReaderPane)
        article = reader.article
        if article is None or self.corpus is None:
            return
        if self.corpus.article(article.id) is None:
            self.call_from_thread(reader.show_removed)

    @_gone_at_exit
    def on_index_failed(self, message: IndexFailed) -> None:
        self._index_done()
        if message.cancelled:
            self.notify("Indexing cancelled; the index may be incomplete (ctrl+r to resume)",
                        severity="warning")
            if self.corpus is not None:
                self._became_ready()
            return
        def answer(choice: str | None) -> None:
            if choice == "retry":
                self.action_reindex()
            elif self.corpus is not None and not self.ready:
                self._became_ready()

        self.push_screen(ErrorScreen("Index", f"The index could not be built or opened:\n\n{message.error}"),
                         answer)

    # --- articles -----------------------------------------------------
    @_gone_at_exit
    def on_open_article(self, message: OpenArticle) -> None:
        if self.corpus is None:
            return
        terms = message.terms
        pane = self.query_one(SearchPane)
        if not terms and pane.result is not None:
            terms = tuple(pane.result.terms)
        self._load_article(message.article_id, terms, message.evidence,
                           focus_reader=message.evidence is None)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def _load_article(self, article_id: str, terms: tuple[str, ...], evidence, focus_reader: bool) -> None:
        try:
            article = self.corpus.article(article_id)
            if article is None:
                raise LookupError(f"article {article_id} is no longer in the index (re-index with ctrl+r)")
            entities = list(self.corpus.entities(article_id))
            hits = list(self.corpus.hit_spans(article.body, terms)) if terms else []
        except Exception as exc:
            self.call_from_thread(self.notify, f"Cannot open article: {exc}", severity="error",
                                  markup=False)
            return
        self.post_message(ArticleLoaded(article, entities, hits, evidence, focus_reader))

    @_gone_at_exit
    def on_article_loaded(self, message: ArticleLoaded) -> None:
        reader = self.query_one(ReaderPane)
        reader.show_article(message.article, message.entities, self.label_colors, message.hits,
                            message.evidence, self.marks_of(message.article.id))
        if message.focus_reader:
            reader.view.focus()

    @_gone_at_exit
    def on_search_pane_results_changed(self, message: SearchPane.ResultsChanged) -> None:
        self.query_one(IncidentPane).set_results(message.result.query)

    # --- other actions ------------------------------------------------
    def action_focus_pane(self, which: str) -> None:
        target = {
            "search": lambda: self.query_one(SearchInput),
            "results": lambda: self.query_one(ResultList),
            "reader": lambda: self.query_one(ReaderPane).view,
            "table": lambda: self.query_one(IncidentPane).table,
        }[which]()
        self.screen.set_focus(target)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.keymap))

    def action_entities(self) -> None:
        """Every entity once, variants merged; the chosen one becomes the search."""

        def chosen(query: str | None) -> None:
            if query:
                self.query_one(SearchPane).set_query(query)
                self.query_one(SearchInput).focus()

        self.push_screen(EntityBrowser(self.query_one(IncidentPane).incidents), chosen)

    def action_skipped(self) -> None:
        if self.corpus is None:
            self.notify("The index is not open yet", severity="warning")
            return
        try:
            skipped = self.corpus.skipped()
        except Exception as exc:
            self.notify(f"Cannot list skipped files: {exc}", severity="error", markup=False)
            return
        self.push_screen(SkippedScreen(skipped))

    def action_export(self) -> None:
        self.query_one(IncidentPane).action_export()

    def action_toggle_filter(self) -> None:
        self.query_one(IncidentPane).action_toggle_filter()

    def action_screenshot(self) -> None:
        try:
            path = os.path.abspath(self.save_screenshot())
        except OSError as exc:
            self.notify(f"Could not save screenshot: {exc}", severity="error", markup=False)
            return
        self.notify(f"Screenshot saved to {path}", markup=False)

    def default_export_name(self) -> str:
        return f"incidents-{self.clock():%Y%m%d-%H%M}.csv"

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's "Screenshot" is our "Save screenshot" (AppCommands) without our key and message
        yield from (c for c in super().get_system_commands(screen) if c.title != "Screenshot")

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self.collector.input_seen()
        await super().on_event(event)

    def on_unmount(self) -> None:
        self.collector.stop()
        if self._cancel is not None:
            self._cancel.set()
        if self.corpus is not None:
            try:
                self.corpus.close()
            except Exception:
                pass
        self.reviews.close()


#: the terminal the app draws on, and how often to check that it is still there
TERMINAL_FD = 1
TERMINAL_CHECK_S = 2.0
#: how often the idle collector looks for a moment to collect in (idle_collector.py)
COLLECT_CHECK_S = 0.5


def run_app(settings: Settings) -> int:
    """Run the app; the process exit code."""
    app = DefectApp(settings)
    app.run()
    return app.return_code or 0
