"""The row store's last steps of a full build, run beside the search commit.

After the extraction loop a full build has two independent tails: the search
backend's commit (Whoosh merges its spilled runs: some 110 s at 100,000
articles, on one core) and the row store's (its indexes, which a full build
makes once the rows are in, then the merged events kept beside the rows,
16.7 s). Run one after the other,
the second core sits idle through both. On a large build the row store's
tail runs in a child process while the main process commits the search
index; on a small one (every test, a user's first folder) a child costs
more to start than it saves, so the same steps run in place.

The events file is an optimisation (the app merges when it is missing), so
a child that fails or dies costs that file only; the indexes are made again
in place whenever the child did not report them done.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import db
from .config import Settings
from .event_cache import CACHE_NAME, EventsCache
from .event_memo import keep_events
from .variant_table import variant_table

#: a build of at least this many articles finishes its rows in a child process
BESIDE_FROM = 5000


def finish_rows(con: sqlite3.Connection, folder: Path, settings: Settings) -> None:
    """The row store's tail, in place: its indexes, then its events."""
    db.ensure_indexes(con)  # after the rows: one sort, not an index update per row
    keep_rows_events(con, folder, settings)


def keep_rows_events(con: sqlite3.Connection, folder: Path, settings: Settings) -> None:
    """The merged events of the new rows, kept beside them (event_cache.py):
    so that the first events view after a build opens at once. Not after an
    incremental update (seconds on an update of one file): the app's
    warm-up writes them then. An optimisation only: any failure leaves the
    app to merge."""
    try:
        keep_events(db.incidents(con, None), variant_table(settings),
                    EventsCache(folder / CACHE_NAME, db.rows_stamp(con)))
    except Exception:  # noqa: BLE001 - see the docstring
        pass


def _finish_in_child(rows_path: str, folder: str, settings: Settings) -> None:
    """The child's work: its own connection to the committed rows."""
    try:
        con = db.connect(Path(rows_path))
        try:
            db.for_writing(con)
            finish_rows(con, Path(folder), settings)
        finally:
            con.close()
    except Exception:  # noqa: BLE001 - no traceback on the app's screen: the parent redoes the indexes
        raise SystemExit(1) from None


class RowsFinisher:
    """Starts the row store's tail (in a child for a large build) and waits
    for it. The caller has committed every row and does not touch the
    store between `start` and `wait`."""

    def __init__(self, con: sqlite3.Connection, rows_path: Path, folder: Path, settings: Settings,
                 articles: int) -> None:
        self._con = con
        self._rows_path = rows_path
        self._folder = folder
        self._settings = settings
        self._beside = articles >= BESIDE_FROM
        self._child = None

    def start(self) -> None:
        if not self._beside:
            return
        import multiprocessing as mp

        ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
        try:
            # (a daemon: a user who quits during the commit never waits on it; the unfinished
            # build folder, with no VERSION, is rebuilt next time)
            child = ctx.Process(target=_finish_in_child, name="defect-tui rows", daemon=True,
                                args=(str(self._rows_path), str(self._folder), self._settings))
            child.start()
        except Exception:  # noqa: BLE001 - no child: `wait` does the work in place
            return
        self._child = child

    def wait(self) -> None:
        """Return once the tail is done; in place when there was no child or
        it failed (a failed child's events file is left unwritten)."""
        child, self._child = self._child, None
        if child is None:
            finish_rows(self._con, self._folder, self._settings)
            return
        child.join()
        if child.exitcode != 0:
            db.ensure_indexes(self._con)

    def stop(self) -> None:
        """A cancelled or failed build: end the child before its folder goes."""
        child, self._child = self._child, None
        if child is not None:
            child.terminate()
            child.join()
