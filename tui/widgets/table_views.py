"""Views of the incident table's rows beside the table itself: which
columns show and in what order (the user's choice, kept in ui.json, less
the review and note columns while no row has a review or a note), how
often each value of a column occurs, and the events the rows tell. A
mixin of `IncidentPane`."""

from __future__ import annotations

import gc
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import work

from defect_tui.index.entity_summary import SUMMARY_MEMO
from defect_tui.index.event_cache import CACHE_NAME, EventsCache
from defect_tui.index.event_memo import MEMO
from defect_tui.index.reported_figures import FIGURES_MEMO
from defect_tui.index.row_access import ids_at, reviewable
from defect_tui.index.models import Incident
from defect_tui.index.variant_table import VariantTable, variant_table

from ..screens.columns import ColumnsScreen
from ..screens.events_view import EventsScreen
from ..screens.figures_view import FiguresScreen
from ..screens.frequencies import FrequencyScreen
from ..screens.timeline_view import TimelineScreen
from ..corpus_ref import corpus_of, settings_of
from ..heap import release_free_memory
from ..ui_state import load_state, save_state
from .incident_columns import COLUMNS, RAW_BY_KEY
from .row_model import Column

if TYPE_CHECKING:
    from .incident_table import IncidentTable


#: Seconds of quiet after the rows first load before the events are merged.
WARM_DELAY = 1.5
#: how long a warm-up waits for the kept events to be read (s): on a loaded machine the read may
#: outlast the quiet moment; past this, the merge goes ahead without them
LOAD_WAIT = 30.0
#: facet values asked for when warming the entity browser's summary: every one
ALL_VALUES = 10**9


class TableViews:
    """Columns, frequencies and events of the incident pane (see the module docstring)."""

    incidents: Sequence[Incident]
    _shown_index: list[int] | None
    _all_widths: list[int]
    _empty_columns: set[str]
    _warm_rows: Sequence[Incident]  # (the rows the pending warm-up is for)

    if TYPE_CHECKING:  # provided by IncidentPane
        table: IncidentTable

        def _cells(self, inc: Incident) -> tuple[str, ...]: ...
        def shown(self) -> Sequence[Incident]: ...
        def set_filter(self, text: str) -> None: ...

        filter_text: str
        sort_column: str

    def _visible_columns(self) -> list[Column]:
        """The columns the user chose to see (palette or 'v'), in the order
        they put them; the mark column always, first. The review and note
        columns stay out of the way until some row has a review or a note."""
        chosen = load_state().get("incident_columns")
        where = {c.key: i for i, c in enumerate(COLUMNS) if c.key != "mark"}
        if isinstance(chosen, list) and any(k in where for k in chosen):
            order = [where[k] for k in dict.fromkeys(chosen) if k in where]  # (a key twice: its first place)
            index = [0, *order]
        else:
            index = list(range(len(COLUMNS)))
        index = [i for i in index if COLUMNS[i].key not in self._empty_columns]
        self._shown_index = None if index == list(range(len(COLUMNS))) else index
        return [COLUMNS[i] for i in index]

    def _review_columns_changed(self) -> bool:
        """Whether the review or note column appears or goes (a first review,
        the last note undone); measured on the loaded rows."""
        rows = self.incidents
        reviewed = [rows[i] for i in reviewable(rows)]  # (of columns, only rows a review made: no row else made)
        empty = set()
        if not any(r.review != "extracted" for r in reviewed):
            empty.add("review")
        if not any(r.note for r in reviewed):
            empty.add("note")
        if empty == self._empty_columns:
            return False
        self._empty_columns = empty
        return True

    def show_columns(self, keys: list[str]) -> None:
        """Show these columns from now on (kept in the user's settings)."""
        error = save_state({"incident_columns": list(keys)})
        if error:
            self.app.notify(error, severity="warning", markup=False)  # type: ignore[attr-defined]
        self._empty_columns -= set(keys)  # asked for by name: shown, empty or not
        self._set_columns()

    def _set_columns(self) -> None:
        columns = self._visible_columns()
        widths = None
        if self._all_widths:
            index = self._shown_index or range(len(COLUMNS))
            widths = [self._all_widths[i] for i in index]
        self.table.set_columns(columns, self._cells, widths)

    def action_choose_columns(self) -> None:
        # the shown columns in their order, then the hidden ones
        shown = [c for c in self.table.columns if c.key != "mark"]
        hidden = [c for c in COLUMNS if c.key != "mark" and c not in shown]
        choices = [(c.label, c.key, True) for c in shown] + [(c.label, c.key, False) for c in hidden]

        def chosen(keys: list[str] | None) -> None:
            if keys:
                self.show_columns(keys)

        self.app.push_screen(ColumnsScreen(choices), chosen)  # type: ignore[attr-defined]


    def action_frequencies(self) -> None:
        """Value counts of a shown column (the sort column first) over the
        shown rows; the chosen value narrows the quick filter further."""
        columns = [(c.key, c.label, RAW_BY_KEY[c.key]) for c in self.table.columns if c.key in RAW_BY_KEY]
        if not columns:
            return
        start = next((i for i, (key, _, _) in enumerate(columns) if key == self.sort_column), 0)

        def chosen(term: str | None) -> None:
            if term:
                self.set_filter(f"{self.filter_text} {term}".strip())

        self.app.push_screen(FrequencyScreen(self.shown(), columns, start), chosen)  # type: ignore[attr-defined]

    def warm_views_soon(self, rows: Sequence[Incident], stamp: str = "") -> None:
        """Merge the rows into events, and summarise the entities, once the
        table has been quiet for a moment: the events view, the timeline and
        the entity browser then open at once (0.7 s and 0.15 s of work at
        10,000 articles, more than a view may take to open), without the work
        competing with the table's first screen and first keys.

        All the rows of a store with a `stamp` have their events kept on
        disk beside the index: read back at once (0.1 s), they make even
        the first events view of a session open at once; the warm-up then
        writes them back when they changed."""
        corpus = corpus_of(self)  # type: ignore[arg-type]
        cache = None
        if stamp and corpus is not None:  # (the articles an update changed since the file's stamp: asked off the UI thread)
            cache = EventsCache(corpus.index_path / CACHE_NAME, stamp,
                                lambda older: corpus.articles_changed_between(older, stamp))
        MEMO.attach(rows, cache)
        timer = getattr(self, "_warm_timer", None)
        if timer is not None:
            timer.stop()
        if getattr(self, "_views_warm", False):
            self.warm_views(rows)  # (after a review: only the replaced rows' events, a few ms)
            return
        if cache is not None:
            self._views_loaded = loaded = threading.Event()
            self.load_views(rows, loaded)
        self._warm_rows = rows
        self._warm_timer = self.set_timer(WARM_DELAY, self._warm_now)  # type: ignore[attr-defined]

    def _warm_now(self) -> None:
        self._warm_timer = None
        self.warm_views(self._warm_rows)

    def _postpone_warm_up(self) -> None:
        """A view opening is the user at work, not quiet: a warm-up not yet
        started waits for quiet again rather than compete with the view
        (each view computes what it shows in its own worker meanwhile)."""
        timer = getattr(self, "_warm_timer", None)
        if timer is not None:
            timer.stop()
            self._warm_timer = self.set_timer(WARM_DELAY, self._warm_now)  # type: ignore[attr-defined]

    # (each worker has a description: Textual would otherwise build one from
    # the repr of its arguments, 100,000 rows of it: 0.5 s on the UI thread)
    @work(thread=True, exclusive=True, group="load-views", exit_on_error=False, description="load_views(rows)")
    def load_views(self, rows: Sequence[Incident], loaded: threading.Event) -> None:
        """The events kept on disk (see `warm_views_soon`); read, the entity
        browser's summary at once too (0.15 s), rather than with a warm-up
        that opening a view postpones."""
        table = variant_table(settings_of(self))  # type: ignore[arg-type]
        try:
            if MEMO.load(rows, table):
                _out_of_the_collectors_sight()
                self._summarise(rows, table)
        finally:
            loaded.set()  # (its own event: a later load replaces the attribute, not this one)

    @work(thread=True, exclusive=True, group="warm-views", exit_on_error=False, description="warm_views(rows)")
    def warm_views(self, rows: Sequence[Incident]) -> None:
        """See `warm_views_soon`."""
        loaded = getattr(self, "_views_loaded", None)
        if loaded is not None:
            loaded.wait(LOAD_WAIT)  # (the kept events first: merging before they are read would redo them all)
        table = variant_table(settings_of(self))  # type: ignore[arg-type]
        MEMO.events(rows, table)
        MEMO.save()
        FIGURES_MEMO.figures(rows)
        _out_of_the_collectors_sight()
        self._views_warm = True
        self._summarise(rows, table)
        corpus = corpus_of(self)  # type: ignore[arg-type]
        if corpus is not None:
            corpus.warm_up()  # (the first misspelt query's word lists: not on a keystroke)
        release_free_memory()  # (what merging made and freed)

    def _summarise(self, rows: Sequence[Incident], table: VariantTable) -> None:
        """The entity browser's summary of `rows` (kept in its memo): a worker's call."""
        corpus = corpus_of(self)  # type: ignore[arg-type]
        if corpus is not None:
            SUMMARY_MEMO.summary(rows, lambda: corpus.facets("", top=ALL_VALUES), table)

    def action_events(self) -> None:
        """The events the table's rows tell (all rows, or those of the results)."""
        self._postpone_warm_up()
        self.app.push_screen(EventsScreen(self.incidents, *self._filtered()))  # type: ignore[attr-defined]

    def _filtered(self) -> tuple[set[str] | None, str]:
        """The ids of the rows the quick filter shows, and the filter (None, ""
        without one): a view opened then shows what those rows tell. (The
        views merge all the rows, kept in their memos, and show a part.)"""
        if not self.filter_text:
            return None, ""
        return set(ids_at(self.incidents, self.table.view)), self.filter_text

    def action_figures(self) -> None:
        """The reported figures the table's rows give, each with its period."""
        self._postpone_warm_up()
        self.app.push_screen(FiguresScreen(self.incidents, *self._filtered()))  # type: ignore[attr-defined]

    def action_timeline(self) -> None:
        """Events per period; the chosen period narrows the table."""

        def chosen(term: str | None) -> None:
            if term:
                self.set_filter(term)

        self._postpone_warm_up()
        self.app.push_screen(TimelineScreen(self.incidents), chosen)  # type: ignore[attr-defined]


def _out_of_the_collectors_sight() -> None:
    """The memo's 33,000 events and their lists hold no cycles, and live
    as long as the rows: as with the rows (`RowLoading._show_rows`), keep
    the cycle collector from walking them again and again (its full
    passes, 0.05-0.1 s each, fell inside the events view's opening)."""
    gc.freeze()
