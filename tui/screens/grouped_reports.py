"""A view of rows that each stand for several reports (an event, a reported
figure): the rows above, the reports of the highlighted one below, Enter on
a report opens its evidence sentence in the reader. F counts the values of
a column (as in the incident table) and Enter on one narrows the rows to
it; Esc clears that before it closes. Opened while the incident table is
filtered (a period chosen on the timeline, a quick filter), it shows the
rows with a report among the table's shown rows.

The events view and the figures view differ only in what a row is, how it
is computed and what it says about its reports; the reports pane, the
worker that computes the rows off the UI thread and the way to the evidence
are this one class."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from defect_tui.index.event_table import values_of
from defect_tui.index.row_access import copy_of
from defect_tui.index.models import Incident
from defect_tui.index.review_ops import article_id_of

from ..messages import OpenArticle
from .frequencies import FrequencyScreen
from ..textutil import one_line
from ..widgets.row_loading import rows_by_article
from ..widgets.row_model import Column
from ..widgets.virtual_table import VirtualTable

T = TypeVar("T")

REPORT_COLS = (("reported", 10), ("date", 10), ("actor", 28), ("article", 50))
_NUMBERS = ("count", "reports")  # (right-aligned)


def _cell(item: object, key: str) -> str:
    return _text(getattr(item, key))


def _text(value: object) -> str:
    return "" if value is None else str(value)


class ReportIndex:
    """The rows by incident id, found through their article (an id is
    "article#n"): a range of row numbers per article, where a dict of every
    id was ~50 MB at a million rows, made again at each open of a view to
    list the few reports of the highlighted row."""

    def __init__(self, rows: Sequence[Incident]) -> None:
        self.rows = rows
        self.of_article = rows_by_article(rows)

    def get(self, incident_id: str) -> Incident | None:
        rows = self.rows
        for i in self.of_article.get(article_id_of(incident_id), ()):
            if rows[i].incident_id == incident_id:
                return rows[i]
        return None


class GroupedReportsScreen(ModalScreen[None], Generic[T]):
    """See the module docstring. A subclass sets `PREFIX` (the widgets' ids),
    `COLUMNS`, `WIDTHS` and `NOUN`, and says how rows are made."""

    PREFIX: ClassVar[str]
    #: (attribute, widest cells) of each column, and how soon a column gives way when
    #: the screen is narrow (the highest first); the table's columns are made from them
    COLS: ClassVar[tuple[tuple[str, int], ...]]
    GIVE: ClassVar[dict[str, int]] = {}
    COLUMNS: ClassVar[tuple[Column, ...]]
    WIDTHS: ClassVar[list[int]]
    NOUN: ClassVar[str]
    EMPTY: ClassVar[str]

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if "COLS" in cls.__dict__:
            # a virtual table (drawn a screen at a time: 30,000 rows show at once)
            cls.COLUMNS = tuple(Column(key, key.replace("_", " "), width, sortable=False, min_width=min(width, 8),
                                       give=cls.GIVE.get(key, 0), justify="right" if key in _NUMBERS else "left")
                                for key, width in cls.COLS)
            cls.WIDTHS = [w for _, w in cls.COLS]

    def __init__(self, incidents: Sequence[Incident], only: set[str] | None = None, about: str = "") -> None:
        """`only`: the incident ids the table shows under its filter `about`
        (None: no filter, every row)."""
        super().__init__()
        self.incidents = copy_of(incidents)  # (of columns: a snapshot, no row made)
        self.only, self.about = only, about
        self.by_id: ReportIndex | None = None
        self.items: list[T] = []
        self.narrowed: tuple[str, str] | None = None  # (column, value) chosen in the frequencies

    # ------------------------------------------------------- what a subclass says

    def cells(self, item: T) -> tuple[str, ...]:
        return tuple(_cell(item, key) for key, _ in self.COLS)

    def ready(self) -> list[T] | None:
        """The rows when they can be had at once (kept from an earlier open)."""
        return None

    def compute(self) -> list[T]:
        """The rows (in a worker thread)."""
        raise NotImplementedError

    @staticmethod
    def reports_of(item: T) -> tuple[str, ...]:
        raise NotImplementedError

    def head(self, item: T) -> str:
        """The line above the reports of `item`."""
        raise NotImplementedError

    def box_title(self, view: Sequence[int]) -> str:
        """The box's title for the rows at `view` (positions in `items`)."""
        return f"{self.NOUN}: {len(view):,}"

    # ------------------------------------------------------------------ the view

    def compose(self) -> ComposeResult:
        with Vertical(id=f"{self.PREFIX}-box"):
            yield VirtualTable(self.COLUMNS, self.cells, id=f"{self.PREFIX}-table", empty_text=self.EMPTY)
            yield Static("", id=f"{self.PREFIX}-reports-head", markup=False)
            yield DataTable(id=f"{self.PREFIX}-reports", cursor_type="row")

    def on_mount(self) -> None:
        box = self.query_one(f"#{self.PREFIX}-box")
        box.border_title = f"{self.NOUN}: reading the reports…"
        box.border_subtitle = "Tab to the reports · Enter on a report opens its evidence · Esc closes"
        reports = self.query_one(f"#{self.PREFIX}-reports", DataTable)
        for key, width in REPORT_COLS:
            reports.add_column(Text(key), key=key, width=width)
        self.query_one(f"#{self.PREFIX}-table", VirtualTable).focus()
        # ready already: in the first frame; the reports of the highlighted one a moment later
        found = self.ready()
        if found is not None:
            self._show_rows(found, None)
        self._compute_rows(found)

    @work(thread=True, exclusive=True, group="grouped-reports", exit_on_error=False,
          description="rows of many reports")  # (not the repr of 30,000 rows, on the UI thread)
    def _compute_rows(self, found: list[T] | None) -> None:
        """Merging 100,000 reports takes most of a second: not on the UI
        thread. The rows by article (`ReportIndex`) are read here too."""
        if found is None:
            found = self.compute()
        by_id = ReportIndex(self.incidents)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_rows, found, by_id)

    def _show_rows(self, found: list[T], by_id: ReportIndex | None) -> None:
        if found is self.items and found:  # (shown already: now their reports can be listed)
            self.by_id = by_id
            index = self.query_one(f"#{self.PREFIX}-table", VirtualTable).current_index
            self._show_reports(0 if index is None else index)
            return
        self.items, self.by_id = found, by_id
        self._lay_out()

    def _view(self) -> list[int]:
        """The rows shown: those with a report the table shows, narrowed to a value."""
        view = range(len(self.items))
        if self.only is not None:
            only = self.only
            view = [i for i in view if not only.isdisjoint(self.reports_of(self.items[i]))]
        if self.narrowed is not None:
            key, value = self.narrowed
            values = list(values_of(self.items, key))
            view = [i for i in view if one_line(_text(values[i])).strip() == value]  # (as `frequencies` counts)
        return list(view)

    def _lay_out(self) -> None:
        view = self._view()
        title = self.box_title(view)
        if self.about:
            title += f" · the table's filter: {self.about}"
        if self.narrowed is not None:
            title += f" · {self.narrowed[0]}: {self.narrowed[1]} (Esc: all)"
        self.query_one(f"#{self.PREFIX}-box").border_title = title
        table = self.query_one(f"#{self.PREFIX}-table", VirtualTable)
        table.set_data(self.items, view, self.WIDTHS)
        if view:
            self._show_reports(view[0])
        else:
            self.query_one(f"#{self.PREFIX}-reports-head", Static).update(Text(""))
            self.query_one(f"#{self.PREFIX}-reports", DataTable).clear()

    def action_frequencies(self) -> None:
        """How often each value of a column occurs among the rows shown."""
        # (positions, and each column's values read when its turn comes: the
        # events are columns, 330,000 of them at 100,000 articles, none made here)
        shown = self._view()
        read: dict[str, list] = {}

        def column(key: str) -> list:
            got = read.get(key)
            if got is None:
                got = read[key] = list(values_of(self.items, key))
            return got

        columns = [(c.key, c.label, lambda i, k=c.key: _text(column(k)[i])) for c in self.COLUMNS]

        def chosen(term: str | None) -> None:
            if term:
                key, _, value = term.partition(":")
                self.narrowed = (key, value.strip('"'))
                self._lay_out()

        self.app.push_screen(FrequencyScreen(shown, columns, noun=self.NOUN.lower()), chosen)

    @on(VirtualTable.CursorMoved)
    def _moved(self, event: VirtualTable.CursorMoved) -> None:
        event.stop()
        if event.index is not None:
            self._show_reports(event.index)

    @on(VirtualTable.RowSelected)
    def _chosen(self, event: VirtualTable.RowSelected) -> None:  # (a click)
        event.stop()
        self.action_to_reports()

    def action_to_reports(self) -> None:
        self.query_one(f"#{self.PREFIX}-reports", DataTable).focus()

    def _show_reports(self, index: int) -> None:
        if not 0 <= index < len(self.items):
            return
        item = self.items[index]
        self.query_one(f"#{self.PREFIX}-reports-head", Static).update(Text(self.head(item)))
        reports = self.query_one(f"#{self.PREFIX}-reports", DataTable)
        reports.clear()
        for iid in self.reports_of(item) if self.by_id is not None else ():
            inc = self.by_id.get(iid)
            if inc is not None:
                reports.add_row(Text(inc.article_date), Text(inc.date), Text(one_line(inc.actor_name or inc.actor)),
                                Text(one_line(inc.article_title or inc.article_id)), key=iid)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is None:
            return
        inc = self.by_id.get(str(event.row_key.value)) if self.by_id is not None else None
        if inc is None:
            return
        evidence = (inc.evidence_start, inc.evidence_end) if inc.evidence_end > inc.evidence_start >= 0 else None
        self.dismiss(None)
        self.app.post_message(OpenArticle(inc.article_id, evidence=evidence))

    def action_close(self) -> None:
        if self.narrowed is not None:  # (Esc first shows every row again)
            self.narrowed = None
            self._lay_out()
            return
        self.dismiss(None)
