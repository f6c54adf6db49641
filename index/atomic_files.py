"""Files replaced whole or not at all: an export, the query history and
the app's settings are written to a temporary file in the same folder and
renamed over the old one, so a crash or a full disk never leaves half a
file where the user's was."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

T = TypeVar("T")


def _file_mode(path: Path) -> int:
    """The mode a file created at `path` by open() would get: that of the
    file it replaces, else 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: Path, write: Callable[[IO[str]], T]) -> T:
    """Run `write(fh)` into a temp file in the target folder, then rename."""
    return _atomic(path, write, binary=False)


def atomic_write_bytes(path: Path, write: Callable[[IO[bytes]], T]) -> T:
    """`atomic_write` for a binary file (the merged events kept on disk)."""
    return _atomic(path, write, binary=True)


def _atomic(path: Path, write: Callable[[IO], T], binary: bool) -> T:  # type: ignore[type-arg]
    """Both: the temp file is made private by mkstemp, then given the mode
    an ordinary file would get, fsynced, and renamed over the old one."""
    path = Path(path).expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OSError(f"folder does not exist: {folder}")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")) as fh:
            n = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); an export is an ordinary
        # file of the user's, so it gets the mode an ordinary file would
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return n
