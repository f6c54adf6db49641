"""Memory the app freed, handed back to the system after its large loads.

Loading a million incident rows, and merging them into events, make and
free hundreds of megabytes of short-lived objects in worker threads.
Python returns its freed small-object arenas to the C allocator, but
glibc's allocator keeps the freed pages of each thread's heap mapped:
at 100,000 articles 60 MB stayed resident after the table loaded and
30 MB after the views' warm-up, memory the app no longer used.
`malloc_trim` gives them back. Elsewhere (another platform or C library)
this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable


def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # (no glibc: musl has no malloc_trim)
        return None


_TRIM = _malloc_trim()


def release_free_memory() -> None:
    """Hand the allocator's free pages back to the system (a few ms)."""
    if _TRIM is not None:
        _TRIM(0)
