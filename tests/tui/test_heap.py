"""The C allocator's arenas: worker threads share them once the app has
limited them (heap.py), so what one search freed serves the next."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys
import textwrap

import pytest

from defect_tui.tui import app as app_module
from defect_tui.tui import heap

glibc = pytest.mark.skipif(not sys.platform.startswith("linux") or heap._TRIM is None,  # noqa: SLF001
                           reason="glibc's allocator only")

#: four threads allocating at once, then glibc's own count of its arenas (on stderr)
_PROBE = textwrap.dedent("""
    import ctypes, sys, threading
    from defect_tui.tui.heap import limit_arenas
    if sys.argv[1] == "limit":
        assert limit_arenas(1)
    together = threading.Barrier(4)
    def work():
        together.wait()
        held = [bytearray(2000) for _ in range(500)]
        together.wait()
    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads: t.start()
    for t in threads: t.join()
    ctypes.CDLL(%r).malloc_stats()
""" % (ctypes.util.find_library("c") or "libc.so.6"))


def _arenas(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, timeout=60, check=True)
    return sum(1 for line in done.stderr.splitlines() if line.startswith("Arena "))


@glibc
def test_threads_share_one_arena_once_limited() -> None:
    assert _arenas("free") > 1  # (the probe does make threads take arenas of their own)
    assert _arenas("limit") == 1


def test_the_app_limits_the_arenas_before_its_threads(monkeypatch, settings) -> None:
    calls: list[int] = []
    monkeypatch.setattr(app_module, "limit_arenas", lambda: calls.append(1) or True)
    app_module.DefectApp(settings)
    assert calls == [1]
