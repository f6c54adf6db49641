"""The files the last index update skipped, with the reason for each."""

from __future__ import annotations

from collections.abc import Sequence

from defect_tui.index.models import SkippedFile

from ..bindings import bindings_for
from .table_dialog import TableDialog


class SkippedScreen(TableDialog):
    BINDINGS = bindings_for("skipped files")

    def __init__(self, skipped: Sequence[SkippedFile]) -> None:
        self.skipped = list(skipped)
        super().__init__("skipped-box", f"Skipped files: {len(self.skipped)}", "Esc to close", ("file", "reason"),
                         [(s.path, s.reason) for s in self.skipped], "No files were skipped by the last update.")
