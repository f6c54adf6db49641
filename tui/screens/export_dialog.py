"""Export incidents to CSV: propose a name, confirm overwrite, report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from defect_tui.index.row_access import copy_of
from defect_tui.index.export import write_incidents_csv
from defect_tui.index.models import Incident

from ..widgets.ordered_input import OrderedInput
from ..bindings import bindings_for
from ..textutil import counted


def write_csv(incidents: Sequence[Incident], path: Path) -> int:
    return write_incidents_csv(incidents, path)


class ExportDialog(ModalScreen[tuple[int, str] | None]):
    """Dismisses with (rows written, path) or None when cancelled."""

    BINDINGS = bindings_for("export dialog")

    def __init__(self, incidents: Sequence[Incident], default_name: str) -> None:
        super().__init__()
        self.incidents = copy_of(incidents)  # (of columns: a snapshot, no row made)
        self.default_name = default_name
        self._confirmed: Path | None = None

    def compose(self) -> ComposeResult:
        n = len(self.incidents)
        with Vertical(id="export-box"):
            yield Static(Text(f"Write {counted(n, 'incident')} to CSV file:"), markup=False)
            yield OrderedInput(self.default_name, id="export-path", select_on_focus=False)
            yield Static(Text(""), id="export-message", markup=False)
            with Horizontal(id="export-buttons"):
                yield Button("Export", id="export", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        box = self.query_one("#export-box")
        box.border_title = "Export incidents"
        box.border_subtitle = "Enter export · Esc cancel"
        self.query_one(Input).focus()

    def _message(self, text: str, error: bool = False) -> None:
        msg = self.query_one("#export-message", Static)
        msg.update(Text(text, style="bold red" if error else "yellow"))

    @on(Input.Changed, "#export-path")
    def _edited(self) -> None:
        self._confirmed = None
        self._message("")

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export")
    def _submit(self) -> None:
        raw = self.query_one(Input).value.strip()
        if not raw:
            self._message("Give a file name.", error=True)
            return
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = Path.cwd() / path
        if path.is_dir():
            self._message(f"{raw} is a folder; give a file name.", error=True)
            return
        if not path.parent.is_dir():
            self._message(f"Folder {path.parent} does not exist.", error=True)
            return
        if path.exists() and self._confirmed != path:
            self._confirmed = path
            self._message(f"{raw} exists. Press Enter (or Export) again to overwrite it.")
            self.query_one("#export", Button).label = "Overwrite"
            return
        self._message("Writing…")
        self._write(path, raw)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _write(self, path: Path, shown: str) -> None:
        try:
            count = write_csv(self.incidents, path)
        except Exception as exc:  # OSError, permission, disk full…
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            self.app.call_from_thread(self._message, f"Could not write {shown}: {reason}", True)
            return
        self.app.call_from_thread(self.dismiss, (count, str(path)))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
