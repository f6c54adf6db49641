"""Put this checkout on the virtual environment's path as `defect_tui`, so
that a contributor's edit is seen at once, without a reinstall.

`pip install -e .` cannot do it: hatchling builds no editable wheel when
the wheel maps the repository's top-level folders under a package prefix
(`index/`, `tui/` -> `defect_tui/...`). A folder holding one symbolic link,
`defect_tui` -> the checkout, and a `.pth` file naming that folder give the
same import names as the installed wheel. Run by `make dev`, after the
dependencies are installed and the packaged copy removed.
"""

from __future__ import annotations

import site
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def launcher(python: str) -> str:
    """The `defect-tui` script. The guard matters: the extraction workers
    start by forkserver, which imports the main script again in each
    worker; unguarded, every worker ran the command line itself and the
    pool broke ("A process in the process pool was terminated abruptly")."""
    return f"#!{python}\nimport sys\nfrom defect_tui.tui.cli import main\n\nif __name__ == '__main__':\n    sys.exit(main())\n"


def main() -> int:
    venv = Path(sys.prefix)
    if venv == Path(sys.base_prefix):
        print("dev_link: run me with the virtual environment's python", file=sys.stderr)
        return 2
    folder = venv / "dev-link"
    folder.mkdir(exist_ok=True)
    link = folder / "defect_tui"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(REPO, target_is_directory=True)
    packages = Path(site.getsitepackages()[0])
    (packages / "defect_tui_dev.pth").write_text(str(folder) + "\n", encoding="utf-8")
    script = venv / "bin" / "defect-tui"
    script.write_text(launcher(sys.executable), encoding="utf-8")
    script.chmod(0o755)
    print(f"dev_link: {link} -> {REPO}; edits are seen without a reinstall (make test installs a copy again)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
