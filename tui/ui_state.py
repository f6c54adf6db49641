"""What the user chose in the app and expects to find again next time (the
theme, the incident table's columns), kept in a small JSON file in the user data dir.

A damaged or unreadable file is ignored (defaults apply) and rewritten at
the next choice; writing is atomic, so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from defect_tui.index.locations import user_data_dir


def state_path() -> Path:
    return user_data_dir() / "ui.json"


def load_state(path: Path | None = None) -> dict[str, Any]:
    path = path or state_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_state(changes: dict[str, Any], path: Path | None = None) -> str | None:
    """Merge `changes` into the file; a one-line reason when it cannot be written."""
    path = path or state_path()
    data = load_state(path)
    data.update(changes)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".ui-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1)
        os.replace(tmp, path)
    except OSError as exc:
        return f"Could not save the app settings to {path}: {exc.strerror or exc}"
    return None
