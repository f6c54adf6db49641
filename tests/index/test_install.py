"""The installed package (make test installs it non-editable) finds its
shipped config, styles, data files and seeds from any working folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import defect_tui.index
import defect_tui.tui

REPO = Path(__file__).resolve().parents[2]


# (a developer's run: `make dev` links the checkout in as `.venv/dev-link/defect_tui`)
@pytest.mark.skipif(os.environ.get("DEFECT_TUI_ALLOW_CHECKOUT") == "1"
                    or "dev-link" in Path(defect_tui.index.__file__).parts, reason="developer run from a checkout")
def test_tests_run_against_an_installed_copy() -> None:
    installed = Path(defect_tui.index.__file__).resolve()
    # the venv may live inside the checkout (make test puts it in .venv/):
    # what matters is that the code is not the repository's own index/ folder
    assert (REPO / "index") not in installed.parents, f"defect_tui imported from the checkout: {installed}"
    assert "site-packages" in installed.parts


def test_package_ships_config_styles_data_and_seeds() -> None:
    root = Path(defect_tui.tui.__file__).parent.parent
    assert (root / "config.yaml").is_file()
    assert sorted(p.name for p in (root / "seeds").glob("*.txt")) == [
        "000_4ce9b506f67d8f13.txt", "003_e6830725a6523a0a.txt"]
    assert list((root / "tui").rglob("*.tcss"))
    assert (root / "index" / "data" / "furniture.txt").is_file()


def test_console_script_from_another_folder(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "defect-tui"
    if not script.exists():
        pytest.skip("console script not installed in this environment")
    env = {**os.environ, "DEFECT_TUI_HOME": str(tmp_path / "home")}
    out = subprocess.run([str(script), "--index-dir", str(tmp_path / "ix"), "index"], cwd=tmp_path,
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "2 added" in out.stdout
    paths = subprocess.run([str(script), "paths"], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert "seeds" in paths.stdout and str(tmp_path / "home") in paths.stdout
