"""Every path the program uses, in one place.

`DEFECT_TUI_HOME` moves the user's config, data (indexes, history) and
exports under one folder: tests set it so they never touch a real home.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP = "defect-tui"
PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # defect_tui/ installed, the repo in a checkout


def default_config_path() -> Path:
    return PACKAGE_ROOT / "config.yaml"


def seeds_dir() -> Path:
    return PACKAGE_ROOT / "seeds"


def data_files_dir() -> Path:
    """Gazetteers and vocabulary shipped with the package."""
    return Path(__file__).resolve().parent / "data"


def _home() -> Path | None:
    home = os.environ.get("DEFECT_TUI_HOME")
    return Path(home).expanduser() if home else None


def user_config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP))


def user_config_path() -> Path:
    return user_config_dir() / "config.yaml"


def user_data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP))


def history_path() -> Path:
    return user_data_dir() / "history.txt"


def index_dir_for(folders: tuple[Path, ...], configured: Path | None) -> Path:
    """One index folder per set of corpus folders, so that `--corpus A` and
    `--corpus B` never rebuild each other's index."""
    base = configured if configured is not None else user_data_dir() / "indexes"
    key = "\n".join(sorted(str(Path(f).expanduser().resolve()) for f in folders))
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    name = "-".join(Path(f).name or "root" for f in folders)[:40]
    return base / f"{name}-{digest}"
