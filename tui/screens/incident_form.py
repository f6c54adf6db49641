"""The form to correct an incident, or to add one: every editable field,
checked as the CLI checks it, the problem said in the form."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from defect_tui.index.models import STATUSES
from defect_tui.index.review_apply import EDITABLE, parse_fields
from defect_tui.index.reviews import ReviewError

from ..widgets.ordered_input import OrderedInput
from ..bindings import bindings_for
from ..textutil import counted, one_line

HINTS = {
    "date": "2016, 2016-08 or 2016-08-17",
    "date_precision": "day, month, year or empty",
    "count": "a whole number, or empty",
}


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class IncidentForm(ModalScreen[dict[str, Any] | None]):
    """Returns the fields that changed (checked values), or None."""

    BINDINGS = bindings_for("incident form")

    def __init__(self, title: str, values: Mapping[str, Any], evidence: str, *, all_fields: bool = False) -> None:
        super().__init__()
        self.form_title = title
        self.values = {name: _text(values.get(name)) for name in EDITABLE}
        self.evidence = evidence
        self.all_fields = all_fields  # an added incident keeps every field, changed or not

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box"):
            yield Static(one_line(self.evidence), id="form-evidence", markup=False)
            with Grid(id="form-grid"):
                for name in EDITABLE:
                    yield Label(name.replace("_", " "), classes="form-label")
                    if name == "status":
                        yield Select([(s.replace("_", " "), s) for s in STATUSES], id="field-status",
                                     value=self.values["status"] if self.values["status"] in STATUSES
                                     else Select.NULL, allow_blank=True)
                    else:
                        yield OrderedInput(self.values[name], id=f"field-{name}", placeholder=HINTS.get(name, ""),
                                    compact=True)
            yield Static("", id="form-error", markup=False)
            with Horizontal(id="form-buttons"):
                yield Button("Save", id="form-save", variant="primary")
                yield Button("Cancel", id="form-cancel")

    def on_mount(self) -> None:
        box = self.query_one("#form-box")
        box.border_title = self.form_title
        box.border_subtitle = "Tab moves · Ctrl+S or Save keeps · Esc cancels"
        self.query_one("#field-actor", Input).focus()

    def _typed(self) -> dict[str, str]:
        out = {}
        for name in EDITABLE:
            if name == "status":
                value = self.query_one("#field-status", Select).value
                out[name] = "" if value is Select.NULL else str(value)
            else:
                out[name] = self.query_one(f"#field-{name}", Input).value
        return out

    def action_save(self) -> None:
        typed = self._typed()
        changed = {k: v for k, v in typed.items() if self.all_fields or v != self.values[k]}
        if not typed["status"]:
            self._problem("status: choose one")
            return
        try:
            fields = parse_fields(changed)
        except ReviewError as exc:
            self._problem(str(exc))
            return
        self.dismiss(fields)

    def _problem(self, text: str) -> None:
        error = self.query_one("#form-error", Static)
        error.update(text)
        error.add_class("-shown")

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "form-save":
            self.action_save()
        else:
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()


class NoteDialog(ModalScreen[str | None]):
    """One line of free text on the chosen rows; empty clears the note."""

    BINDINGS = bindings_for("note dialog")

    def __init__(self, note: str, rows: int) -> None:
        super().__init__()
        self.note = note
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            yield OrderedInput(self.note, id="note-input", placeholder="a note (empty clears it)")

    def on_mount(self) -> None:
        box = self.query_one("#note-box")
        box.border_title = f"Note on {counted(self.rows, 'incident')}"
        box.border_subtitle = "Enter keeps · Esc cancels"
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(" ".join(event.value.split()))

    def action_cancel(self) -> None:
        self.dismiss(None)
