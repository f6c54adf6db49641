"""What the user chose in the app and expects to find again next time (the
theme, the incident table's columns), kept in a small JSON file in the user data dir.

A damaged or unreadable file is ignored (defaults apply) and rewritten at
the next choice; writing is atomic, so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from collections.abc import Mapping
from typing import Any

from defect_tui.index.atomic_files import atomic_write
from defect_tui.index.locations import user_data_dir


#: ANSI colour numbers of a light terminal background (white, bright colours
#: but dark grey), as in the `COLORFGBG` variable some terminals set ("0;15")
_LIGHT_BACKGROUNDS = {7, 9, 10, 11, 12, 13, 14, 15}


def terminal_is_light(environ: Mapping[str, str] | None = None) -> bool:
    """True when the terminal says it has a light background (`COLORFGBG`,
    set by rxvt, Konsole, iTerm2 and others); False when it says dark or
    nothing, dark being the app's default."""
    value = (os.environ if environ is None else environ).get("COLORFGBG", "")
    last = value.rsplit(";", 1)[-1].strip()
    return last.isdigit() and int(last) in _LIGHT_BACKGROUNDS


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
        atomic_write(path, lambda fh: json.dump(data, fh, indent=1))
    except OSError as exc:
        return f"Could not save the app settings to {path}: {exc.strerror or exc}"
    return None
