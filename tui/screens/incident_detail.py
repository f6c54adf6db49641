"""One incident in full: every field unabridged and its evidence sentence,
over the table, so that a row cut to fit the screen can be read without
exporting it."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from defect_tui.index.models import Incident

from ..textutil import one_line
from ..bindings import bindings_for

#: (label, field) in the order of the CSV contract, without the ids
FIELDS = (
    ("date", "date"), ("precision", "date_precision"), ("status", "status"), ("actor", "actor"),
    ("name", "actor_name"), ("role", "role"), ("count", "count"), ("origin", "origin"),
    ("destination", "destination"), ("reported by", "reported_by"), ("article", "article_title"),
    ("published", "article_date"), ("incident", "incident_id"),
)


def detail_table(inc: Incident) -> Table:
    """The fields as a two-column grid; article text is data, never markup."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, name in FIELDS:
        value = getattr(inc, name)
        text = "" if value is None else str(value)
        if name == "status":
            text = text.replace("_", " ")
        grid.add_row(Text(label), Text(one_line(text) or "—"))
    return grid


class IncidentDetailScreen(ModalScreen[None]):
    BINDINGS = bindings_for("incident details")

    def __init__(self, incident: Incident) -> None:
        super().__init__()
        self.incident = incident

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail-box"):
            yield Static(detail_table(self.incident), id="detail-fields")
            yield Static(Text(one_line(self.incident.evidence)), id="detail-evidence")

    def on_mount(self) -> None:
        box = self.query_one("#detail-box")
        box.border_title = "Incident"
        box.border_subtitle = "Esc to close"
        self.query_one("#detail-evidence").border_title = "Evidence"
