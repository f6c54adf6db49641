"""The line between index/ and tui/: the index layer must load without
Textual, and the app must not reach around the API into Whoosh."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import defect_tui.index
import defect_tui.tui


def _imports(package_dir: Path) -> set[str]:
    names: set[str] = set()
    for path in package_dir.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names


def test_index_layer_does_not_load_textual() -> None:
    code = (
        "import sys\n"
        "import defect_tui.index.api, defect_tui.index.store, defect_tui.index.export, defect_tui.index.extract\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_index_sources_never_import_textual() -> None:
    assert "textual" not in _imports(Path(defect_tui.index.__file__).parent)


def test_tui_sources_never_import_whoosh() -> None:
    assert "whoosh" not in _imports(Path(defect_tui.tui.__file__).parent)


def test_cli_search_does_not_load_textual(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from defect_tui.tui import cli\n"
        f"cli.main(['--index-dir', {str(tmp_path)!r}, 'search', 'diplomats', '--format', 'json'])\n"
        "assert not any(m.startswith('textual') for m in sys.modules), 'textual loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)


#: Imports inside functions that are there on purpose, not to break a circle:
#: (module file, imported module) with the reason.
DEFERRED_IMPORTS = {
    ("index/api.py", "store"): "the contract loads no backend until one is opened",
    ("tui/cli.py", "defect_tui.tui.app"): "CLI commands other than the app never load Textual",
}


def test_no_function_local_imports_of_our_own_modules() -> None:
    """A function-local import of one of our modules is how an import circle
    is held apart; the layering is one-way, so none is needed."""
    root = Path(defect_tui.index.__file__).parent.parent
    found = []
    for package in ("index", "tui"):
        for path in (root / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for func in ast.walk(tree):
                if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    continue
                for node in ast.walk(func):
                    if isinstance(node, ast.ImportFrom) and (node.level > 0 or (node.module or "").startswith("defect_tui")):
                        key = (str(path.relative_to(root)), node.module or "")
                        if key not in DEFERRED_IMPORTS:
                            found.append(f"{key[0]}:{node.lineno} imports {node.module}")
    assert not found, found


def test_no_private_textual_attributes_in_code_or_tests() -> None:
    root = Path(defect_tui.index.__file__).parent.parent
    tests = Path(__file__).parent.parent
    private = ("._keymap", "._notifications", "._bindings", "._compose_stacks")
    offenders = [f"{p}: {attr}" for folder in (root / "tui", tests / "tui")
                 for p in folder.rglob("*.py") for attr in private if attr in p.read_text(encoding="utf-8")]
    assert not offenders, offenders
