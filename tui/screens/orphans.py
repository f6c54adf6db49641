"""Reviews that no longer find their row (the article changed or went,
the extractor no longer reads a row in that sentence), with the reason.
They are kept, never dropped: `defect-tui review orphans` lists them too."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from defect_tui.index.review_apply import Orphan

from ..bindings import bindings_for
from ..textutil import one_line


class OrphansScreen(ModalScreen[None]):
    BINDINGS = bindings_for("orphans")

    def __init__(self, orphans: Sequence[Orphan]) -> None:
        super().__init__()
        self.orphans = list(orphans)

    def compose(self) -> ComposeResult:
        with Vertical(id="orphans-box"):
            if not self.orphans:
                yield Static(Text("Every review finds its incident."), markup=False)
            table = DataTable(id="orphans-table", cursor_type="row", zebra_stripes=True)
            table.display = bool(self.orphans)
            yield table

    def on_mount(self) -> None:
        box = self.query_one("#orphans-box")
        box.border_title = f"Orphaned reviews: {len(self.orphans)}"
        box.border_subtitle = "kept, not applied · Esc to close"
        table = self.query_one(DataTable)
        for label in ("incident", "review", "reason", "evidence"):
            table.add_column(Text(label), key=label)
        for o in self.orphans:
            table.add_row(Text(o.incident_id), Text(", ".join(o.kinds)), Text(o.reason), Text(one_line(o.evidence)))
        table.focus()
