"""Load and extract files in a pool of worker processes.

Extraction is the build's CPU work and parallelises per file; writing the
index is serial and stays in the calling process, which receives the
results in order."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .config import Settings
from .extract import Extractor, TookTooLong
from .loader import SkipFile, load_article
from .models import Article, Extraction, ProgressFn
from .scan import FoundFile

WorkItem = tuple[str, str, str, str, int | None, float | None]
#: the file, its article and extraction (None when skipped), why it was skipped or
#: what went wrong, and what the backend's `prepare` made of it (None without one)
Result = tuple[FoundFile, Article | None, Extraction | None, str, object]
Prepare = Callable[[Article, Extraction], object]

#: below this many files a pool costs more than it saves
POOL_THRESHOLD = 40

_EXTRACTOR: Extractor | None = None
_PREPARE: Prepare | None = None


class Cancelled(Exception):
    """The user cancelled the update; nothing of it is kept."""


def _init_worker(options, prepare: Prepare | None = None) -> None:  # pragma: no cover - runs in child processes
    global _EXTRACTOR, _PREPARE
    # a worker's stderr is the user's terminal, under the app's screen
    warnings.simplefilter("ignore")
    _EXTRACTOR = Extractor(options)
    _PREPARE = prepare


def _start_helper_processes() -> None:
    """Start multiprocessing's resource tracker with the real stderr.

    multiprocessing hands `sys.stderr.fileno()` to the tracker process it
    starts with the first pool. Under a UI that has replaced sys.stderr
    (Textual captures it), that is no file descriptor at all, and the pool
    fails with "bad value(s) in fds_to_keep"."""
    from multiprocessing import resource_tracker

    real = sys.__stderr__
    if real is None or sys.stderr is real:
        resource_tracker.ensure_running()
        return
    saved = sys.stderr
    try:
        sys.stderr = real
        resource_tracker.ensure_running()
    finally:
        sys.stderr = saved


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt reading one file (a PDF or web page parser cannot be asked
    to stop) after `seconds`, where a timer signal can: in a worker
    process's main thread. Elsewhere (a small build in the app's thread)
    the extraction's own deadline is the bound."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expired(signum, frame):  # noqa: ANN001 - the signal module's handler signature
        raise TookTooLong(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _process(args: WorkItem) -> tuple[str, Article | None, Extraction | None, str, object]:
    """Load and extract one file, and prepare it for the backend; runs in a
    worker process. A file that takes longer than its bound is skipped with
    that reason."""
    article_id, path, root, label, max_bytes, seconds = args
    try:
        with _time_limit(seconds):
            art = load_article(Path(path), Path(root), label, max_bytes)
    except SkipFile as exc:
        return article_id, None, None, str(exc), None
    except TookTooLong as exc:
        return article_id, None, None, f"reading the file {exc}", None
    assert _EXTRACTOR is not None
    try:
        ex, why = _EXTRACTOR.extract(art, seconds), ""
    except TookTooLong as exc:
        return article_id, None, None, str(exc), None
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a build
        ex, why = Extraction((), ()), f"extraction failed ({type(exc).__name__}: {exc})"
    try:
        prepared = _PREPARE(art, ex) if _PREPARE is not None else None
    except Exception:  # noqa: BLE001 - the writer then does the work itself, as it always could
        prepared = None
    return article_id, art, ex, why, prepared


def _work_items(settings: Settings, files: list[FoundFile]) -> list[WorkItem]:
    max_bytes = int(settings.max_file_mb * 1e6) if settings.max_file_mb > 0 else None
    seconds = settings.max_file_seconds if settings.max_file_seconds > 0 else None
    return [(f.article_id, str(f.path), str(f.root), f.label, max_bytes, seconds) for f in files]


def extract_files(settings: Settings, files: list[FoundFile], progress: ProgressFn | None,
                  cancel: threading.Event | None, prepare: Prepare | None = None) -> Iterator[Result]:
    """Yield (file, article or None, extraction or None, reason, prepared)
    per file, in order; a set `cancel` raises Cancelled at the next file.
    `prepare` (a module-level function) runs in the workers on each article
    extracted."""
    items = _work_items(settings, files)
    by_id = {f.article_id: f for f in files}
    workers = max(1, min(os.cpu_count() or 1, 8))
    total = len(items)
    if total < POOL_THRESHOLD or workers == 1:
        _init_worker(settings.extraction, prepare)
        results: Iterable = map(_process, items)
        pool = None
    else:
        import multiprocessing as mp

        ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
        _start_helper_processes()
        pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                   initargs=(settings.extraction, prepare))
        results = pool.map(_process, items, chunksize=16)
    try:
        for n, (aid, art, ex, reason, prepared) in enumerate(results, 1):
            if cancel is not None and cancel.is_set():
                raise Cancelled
            if progress:
                progress(n, total, str(by_id[aid].path))
            yield by_id[aid], art, ex, reason, prepared
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
