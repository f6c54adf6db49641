"""Memory the app freed, handed back to the system after its large loads.

Loading a million incident rows, and merging them into events, make and
free hundreds of megabytes of short-lived objects in worker threads.
Python returns its freed small-object arenas to the C allocator, but
glibc's allocator keeps the freed pages of each thread's heap mapped:
at 100,000 articles 60 MB stayed resident after the table loaded and
30 MB after the views' warm-up, memory the app no longer used.
`malloc_trim` gives them back. Elsewhere (another platform or C library)
this does nothing.

glibc also gives each new thread an arena of its own, up to eight per
core, and the app runs every search, load and merge in a fresh worker
thread: memory one worker freed sat in its arena while the next worker
took another. Typing six queries at 100,000 articles grew the app by
some 120 MB, of which the searches' cache holds about 50. One arena
(`limit_arenas`, before the app starts its threads) lets the workers
reuse what the last one freed: the app's peak after an update at that
size went from 571-583 MB to 528-532, its table loaded as fast (the GIL
serialises the threads' allocations anyway; two arenas kept 540-556).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable


def _glibc_functions() -> tuple[Callable[[int], int] | None, Callable[[int, int], int] | None]:
    """glibc's `malloc_trim` and `mallopt`, looked up once (finding the C
    library runs `ldconfig`: a millisecond or more); None where there is
    no glibc (musl has neither)."""
    if not sys.platform.startswith("linux"):
        return None, None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim, libc.mallopt
    except (OSError, AttributeError):
        return None, None


_TRIM, _MALLOPT = _glibc_functions()

#: mallopt's parameter for the most arenas (malloc.h's M_ARENA_MAX)
_M_ARENA_MAX = -8
#: Python's threads take turns under the GIL: more arenas only hold what they freed
ARENAS = 1


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap the C allocator's arenas (glibc only; elsewhere nothing):
    threads started after this share `arenas` of them. True when set."""
    return _MALLOPT is not None and bool(_MALLOPT(_M_ARENA_MAX, arenas))


def release_free_memory() -> None:
    """Hand the allocator's free pages back to the system (a few ms)."""
    if _TRIM is not None:
        _TRIM(0)
