"""Reviews that no longer find their row (the article changed or went,
the extractor no longer reads a row in that sentence), with the reason.
They are kept, never dropped: `defect-tui review orphans` lists them too."""

from __future__ import annotations

from collections.abc import Sequence

from defect_tui.index.review_apply import Orphan

from ..bindings import bindings_for
from .table_dialog import TableDialog


class OrphansScreen(TableDialog):
    BINDINGS = bindings_for("orphans")

    def __init__(self, orphans: Sequence[Orphan]) -> None:
        self.orphans = list(orphans)
        super().__init__("orphans-box", f"Orphaned reviews: {len(self.orphans)}", "kept, not applied · Esc to close",
                         ("incident", "review", "reason", "evidence"),
                         [(o.incident_id, ", ".join(o.kinds), o.reason, o.evidence) for o in self.orphans],
                         "Every review finds its incident.")
