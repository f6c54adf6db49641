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


def test_dev_link_launcher_runs_the_command_once_with_extraction_workers(tmp_path: Path) -> None:
    """`make dev` writes its own `defect-tui` script (tools/dev_link.py). The
    extraction workers start by forkserver, which imports the main script in
    each worker: an unguarded script ran the command line in every worker
    and broke the pool on any corpus big enough to use one."""
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import dev_link
    finally:
        sys.path.remove(str(REPO / "tools"))
    script = tmp_path / "defect-tui"
    script.write_text(dev_link.launcher(sys.executable), encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(45):  # (more than extract_pool.POOL_THRESHOLD: the pool is used)
        (corpus / f"a{i:02d}.txt").write_text(f"Report {i}\n\nA North Korean soldier defected to South Korea on Monday.\n",
                                              encoding="utf-8")
    env = {**os.environ, "DEFECT_TUI_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, str(script), "--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "index"],
                         cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "45 added" in out.stdout and out.stdout.count("added") == 1
