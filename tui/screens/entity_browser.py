"""The entity browser: every person, organisation and place once,
name variants merged (`index/entity_summary.py`), with the articles that
name it and the incidents it appears in; a filter as you type and a sort
by any column; Enter searches for the entity's articles."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Static
from textual.worker import get_current_worker

from defect_tui.index.entity_summary import EntitySummary, summarise, surname_variants
from defect_tui.index.models import Incident

from ..bindings import bindings_for
from ..corpus_ref import corpus_of
from ..textutil import one_line

FIELD_OF = {"PERSON": "person", "ORG": "org", "LOCATION": "place", "ROLE": "role"}
SORTS = ("articles", "incidents", "name", "label")


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
            yield Input(placeholder="filter: a name or a label (person, org, location)", id="entities-filter",
                        compact=True)
            yield Static("reading the entities…", id="entities-head", markup=False)
            yield DataTable(id="entities-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        box = self.query_one("#entities-box")
        box.border_title = "People, organisations, places"
        box.border_subtitle = "type to filter · ctrl+s sorts · Enter searches its articles · Esc closes"
        table = self.query_one(DataTable)
        for key, width in (("label", 8), ("name", 26), ("variants", 30), ("articles", 8), ("incidents", 9)):
            table.add_column(Text(key), key=key, width=width)
        self._read()

    @work(thread=True, exclusive=True, group="entities", exit_on_error=False)
    def _read(self) -> None:
        corpus = corpus_of(self)
        if corpus is None:
            return
        rows = summarise(corpus.entity_names(), self.incidents, surname_variants())
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
        table = self.query_one(DataTable)
        table.clear()
        for e in self.shown[:2000]:
            table.add_row(Text(e.label), Text(one_line(e.name)), Text(one_line("; ".join(e.variants))),
                          Text(str(e.articles), justify="right"), Text(str(e.incidents), justify="right"))
        more = f" (first 2,000 shown)" if len(self.shown) > 2000 else ""
        self.query_one("#entities-head", Static).update(
            Text(f"{len(self.shown)} of {len(self.entities)} entities, by {self.sort}{more}"))

    @on(Input.Changed, "#entities-filter")
    def _filter(self) -> None:
        self._show()

    @on(Input.Submitted, "#entities-filter")
    def _to_table(self) -> None:
        self.query_one(DataTable).focus()

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._show()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if 0 <= event.cursor_row < len(self.shown):
            self.dismiss(entity_query(self.shown[event.cursor_row]))

    def action_cancel(self) -> None:
        self.dismiss(None)
