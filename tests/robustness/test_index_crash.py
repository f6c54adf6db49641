"""The index is a cache that must never be lost half-written: killed
builds, a second instance, and damage are all survived."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from defect_tui.index.api import open_corpus
from defect_tui.index.config import Settings
from defect_tui.index.locations import index_dir_for
from defect_tui.index.locking import exclusive as _exclusive

KILL_MIDWAY = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from defect_tui.index.api import open_corpus
    from defect_tui.index.config import load_settings
    s = load_settings(corpus=[Path(sys.argv[1])], index_dir=Path(sys.argv[2]))
    def die(done, total, path):
        os.kill(os.getpid(), signal.SIGKILL)
    open_corpus(s).update(progress=die, rebuild=sys.argv[3] == "rebuild")
""")


def _kill_during_build(settings: Settings, mode: str) -> None:
    proc = subprocess.run([sys.executable, "-c", KILL_MIDWAY, str(settings.corpus[0]),
                           str(settings.index_dir), mode], capture_output=True, timeout=120)
    assert proc.returncode == -9


def test_kill_during_rebuild_keeps_previous_index(settings: Settings) -> None:
    with open_corpus(settings) as c:
        c.update()
    _kill_during_build(settings, "rebuild")
    root = index_dir_for(settings.corpus, settings.index_dir)
    assert list(root.parent.glob("*.build-*"))  # the killed build's leftovers exist
    with open_corpus(settings) as c:
        assert c.search("diplomats").total == 2  # usable before any update
        report = c.update()
        assert not report.rebuilt_reason and report.unchanged == 2
    assert not list(root.parent.glob("*.build-*"))  # cleaned up at the next open


def test_kill_during_first_build_then_next_start_builds(settings: Settings) -> None:
    _kill_during_build(settings, "update")
    with open_corpus(settings) as c:
        assert c.search("diplomats").error  # nothing usable yet, said so
        assert c.update().added == 2
        assert c.search("diplomats").total == 2


def test_second_writer_is_told_the_index_is_busy(settings: Settings) -> None:
    with open_corpus(settings) as c:
        c.update()
        root = index_dir_for(settings.corpus, settings.index_dir)
        with _exclusive(root):
            report = c.update(rebuild=True)
        assert report.notes == ("another defect-tui is updating this index; showing it as it was",)
        assert c.search("diplomats").total == 2


def test_truncated_segment_is_rebuilt(settings: Settings) -> None:
    with open_corpus(settings) as c:
        c.update()
    root = index_dir_for(settings.corpus, settings.index_dir)
    for seg in (root / "whoosh").glob("*.seg"):
        seg.write_bytes(seg.read_bytes()[:20])
    with open_corpus(settings) as c:
        report = c.update()
        assert "damaged" in report.rebuilt_reason
        assert c.search("diplomats").total == 2


def test_missing_rows_file_is_rebuilt(settings: Settings) -> None:
    with open_corpus(settings) as c:
        c.update()
    root = index_dir_for(settings.corpus, settings.index_dir)
    (root / "rows.sqlite").unlink()
    with open_corpus(settings) as c:
        report = c.update()
        assert "damaged" in report.rebuilt_reason
        assert len(c.incidents()) > 0
