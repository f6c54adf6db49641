"""One writer per index folder, and the swap that makes a full build
appear all at once.

A full build is written into a sibling folder and renamed into place, so a
crash or a kill mid-build leaves the previous index usable; these are the
file-system steps of that promise, apart from what the index contains."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

BUSY = "another defect-tui is updating this index; showing it as it was"


class IndexBusy(Exception):
    """Another process holds the index's write lock."""


@contextlib.contextmanager
def exclusive(root: Path) -> Iterator[None]:
    """One writer per index folder across processes: a second instance is
    told the index is busy instead of corrupting it."""
    root.parent.mkdir(parents=True, exist_ok=True)
    lock_path = root.with_name(root.name + ".lock")
    with open(lock_path, "a+") as fh:
        if fcntl is not None:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise IndexBusy(BUSY) from None
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def build_folder(root: Path) -> Path:
    """A fresh sibling folder for a full build, named by this process so
    that leftovers of a dead one can be told from a running one."""
    root.parent.mkdir(parents=True, exist_ok=True)
    build = root.with_name(f"{root.name}.build-{os.getpid()}")
    shutil.rmtree(build, ignore_errors=True)
    build.mkdir(parents=True)
    return build


def recover_swap(root: Path) -> None:
    """Finish or undo a swap that a crash interrupted; remove the builds of
    processes that are gone."""
    old = root.with_name(root.name + ".old")
    if not root.exists() and old.exists() and (old / "VERSION").exists():
        old.rename(root)
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)
    for stale in root.parent.glob(root.name + ".build-*") if root.parent.exists() else []:
        pid = stale.name.rsplit("-", 1)[-1]
        if not pid.isdigit() or not alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)


def swap_in(build: Path, root: Path, release: Callable[[], None]) -> None:
    """Rename `build` into `root`. `release` drops every open handle on the
    old folder; it runs again after the rename, because a search between
    the first release and the rename may have reopened the old index."""
    release()
    old = root.with_name(root.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if root.exists():
        root.rename(old)
    build.rename(root)
    release()
    shutil.rmtree(old, ignore_errors=True)
