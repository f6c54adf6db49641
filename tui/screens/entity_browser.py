"""The entity browser: every person, organisation and place once,
name variants merged (`index/entity_summary.py`, by the settings' variant
table), with the articles that name it and the incidents it appears in; a
filter as you type and a sort by any column; Enter searches for the
entity's articles.

The rows are drawn by the virtual table (a screen at a time): a stock
DataTable measured every row of the first 2,000 before the first frame,
most of the second the browser took to open at 10,000 articles."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from defect_tui.index.entity_summary import SUMMARY_MEMO, EntitySummary
from defect_tui.index.models import Incident
from defect_tui.index.variant_table import variant_table

from ..widgets.ordered_input import OrderedInput
from ..bindings import bindings_for
from ..corpus_ref import corpus_of, settings_of
from ..textutil import one_line
from ..widgets.row_model import Column
from ..widgets.virtual_table import VirtualTable

FIELD_OF = {"PERSON": "person", "ORG": "org", "LOCATION": "place", "ROLE": "role"}
SORTS = ("articles", "incidents", "name", "label")
ALL = 10**9  # facet values asked for: every one
_COLS = (("label", 8), ("name", 26), ("variants", 30), ("articles", 8), ("incidents", 9))
ENTITY_COLUMNS = tuple(Column(key, key, width, sortable=False, min_width=min(width, 8),
                              give=1 if key == "variants" else 0,
                              justify="right" if key in ("articles", "incidents") else "left")
                       for key, width in _COLS)


def entity_cells(e: EntitySummary) -> tuple[str, ...]:
    return (e.label, one_line(e.name), one_line("; ".join(e.variants)), str(e.articles), str(e.incidents))


def entity_query(e: EntitySummary) -> str:
    """The search for an entity's articles: its field, and every variant."""
    field = FIELD_OF.get(e.label)
    names = [v.replace('"', "") for v in e.variants[:8]]
    if field is None:
        return " OR ".join(f'"{n}"' for n in names)
    return " OR ".join(f'{field}:"{n}"' for n in names)


class EntityBrowser(ModalScreen[str | None]):
    """Returns a query for the chosen entity, or None."""

    BINDINGS = bindings_for("entity browser")

    def __init__(self, incidents: list[Incident]) -> None:
        super().__init__()
        self.incidents = incidents
        self.entities: list[EntitySummary] = []
        self.shown: list[EntitySummary] = []
        self.sort = "articles"

    def compose(self) -> ComposeResult:
        with Vertical(id="entities-box"):
            yield OrderedInput(placeholder="filter: a name or a label (person, org, location)", id="entities-filter",
                        compact=True)
            yield Static("reading the entities…", id="entities-head", markup=False)
            yield VirtualTable(ENTITY_COLUMNS, entity_cells, id="entities-table", empty_text="No entities")

    def on_mount(self) -> None:
        box = self.query_one("#entities-box")
        box.border_title = "People, organisations, places"
        box.border_subtitle = "type to filter · ctrl+s sorts · Enter searches its articles · Esc closes"
        kept = SUMMARY_MEMO.ready(self.incidents, variant_table(settings_of(self)))
        if kept is not None:
            self._loaded(kept)  # (in the first frame: no second layout after a worker)
        else:
            self._read()

    @work(thread=True, exclusive=True, group="entities", exit_on_error=False)
    def _read(self) -> None:
        corpus = corpus_of(self)
        if corpus is None:
            return
        # every entity's article count, spellings merged, as the facets count them (0.06 s at
        # 10,000 articles, where reading each article's names took 0.8 s); kept between opens,
        # and usually ready before the first (the table's warm-up)
        rows = SUMMARY_MEMO.summary(self.incidents, lambda: corpus.facets("", top=ALL), variant_table(settings_of(self)))
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._loaded, rows)

    def _loaded(self, rows: list[EntitySummary]) -> None:
        self.entities = rows
        self._show()

    def _show(self) -> None:
        words = self.query_one(Input).value.casefold().split()
        rows = [e for e in self.entities
                if all(w in e.label.casefold() or any(w in v.casefold() for v in e.variants) for w in words)]
        key = {"articles": lambda e: (-e.articles, -e.incidents, e.name.casefold()),
               "incidents": lambda e: (-e.incidents, -e.articles, e.name.casefold()),
               "name": lambda e: e.name.casefold(), "label": lambda e: (e.label, -e.articles)}[self.sort]
        self.shown = sorted(rows, key=key)
        self.query_one(VirtualTable).set_data(self.shown, range(len(self.shown)), [w for _, w in _COLS],
                                              cursor_index=0)
        self.query_one("#entities-head", Static).update(
            Text(f"{len(self.shown):,} of {len(self.entities):,} entities, by {self.sort}"))

    @on(Input.Changed, "#entities-filter")
    def _filter(self) -> None:
        self._show()

    @on(Input.Submitted, "#entities-filter")
    def _to_table(self) -> None:
        self.query_one(VirtualTable).focus()

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._show()

    def action_choose(self) -> None:
        """Enter on the rows (the filter box has its own Enter: to the rows)."""
        index = self.query_one(VirtualTable).current_index
        if index is not None and 0 <= index < len(self.shown):
            self.dismiss(entity_query(self.shown[index]))

    @on(VirtualTable.RowSelected, "#entities-table")
    def _chosen(self, event: VirtualTable.RowSelected) -> None:  # (a click)
        event.stop()
        if 0 <= event.index < len(self.shown):
            self.dismiss(entity_query(self.shown[event.index]))

    def action_cancel(self) -> None:
        self.dismiss(None)
