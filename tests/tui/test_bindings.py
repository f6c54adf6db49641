"""Every binding comes from the one table (tui/bindings.py): a widget that
declared its own would miss the help, `defect-tui keys` and keymap checks."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.binding import Binding
from textual.dom import DOMNode

import defect_tui.tui as tui
from defect_tui.tui.bindings import KEY_BINDINGS, binding_ids, keymap_problem


def _classes_with_bindings() -> list[type[DOMNode]]:
    found = []
    for info in pkgutil.walk_packages(tui.__path__, tui.__name__ + "."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, DOMNode) and cls.__module__ == module.__name__ and cls.__dict__.get("BINDINGS"):
                found.append(cls)
    return found


def test_every_declared_binding_is_in_the_table() -> None:
    table = {(kb.keys, kb.action, kb.id) for kb in KEY_BINDINGS}
    classes = _classes_with_bindings()
    assert len(classes) >= 15
    for cls in classes:
        for b in cls.__dict__["BINDINGS"]:
            assert isinstance(b, Binding), cls
            assert (b.key, b.action, b.id) in table, (cls.__name__, b)


def test_ids_are_unique_and_remaps_are_checked() -> None:
    ids = [kb.id for kb in KEY_BINDINGS if kb.id]
    assert len(ids) == len(set(ids))
    assert "close_help" in binding_ids()  # dialogs' keys are remappable too
    assert keymap_problem({"export": "ctrl+e"}) == ""
    assert "no binding id" in keymap_problem({"nosuch": "x"})
    assert "given to both" in keymap_problem({"export": "j"})  # j moves down the incident rows
