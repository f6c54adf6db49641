"""Whatever an analyst's folder holds, the rest of the corpus is indexed and
each file that cannot be is listed with its reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from defect_tui.index.api import open_corpus
from defect_tui.index.config import Settings, load_settings


def _reasons(report) -> dict[str, str]:
    return {Path(s.path).name: s.reason for s in report.skipped}


def test_hostile_folder_indexes_the_good_files(settings: Settings, corpus_dir: Path) -> None:
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + os.urandom(4096))
    (corpus_dir / "bad_yaml.md").write_text("---\ntitle: [oops\n---\nBody\n")
    (corpus_dir / "list_yaml.md").write_text("---\n- 1\n---\nBody\n")
    bomb = "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---\nBody\n"
    (corpus_dir / "bomb.md").write_text(bomb)
    (corpus_dir / "bom.txt").write_bytes("\ufeffEnvoy story\n\nThe envoy fled to Rome.\n".encode("utf-8"))
    (corpus_dir / "wide.txt").write_bytes("Envoy story two\n\nThe consul fled to Lima.\n".encode("utf-16"))
    (corpus_dir / "latin.txt").write_bytes("Café story\n\nThe attaché fled to Zürich – “quietly”.\n".encode("cp1252"))
    (corpus_dir / "korean.txt").write_bytes(
        ("탈북 외교관 보도\n\n" + "북한 외교관이 지난달 서울로 망명했다고 정보당국이 밝혔다. " * 6).encode("euc-kr"))
    (corpus_dir / "big.txt").write_bytes(b"word " * 1_100_000)
    with open_corpus(settings) as c:
        report = c.update()
        reasons = _reasons(report)
        assert set(reasons) == {"empty.txt", "image.txt", "bad_yaml.md", "list_yaml.md", "bomb.md", "big.txt"}
        assert "empty" in reasons["empty.txt"]
        assert "binary" in reasons["image.txt"]
        assert "not valid YAML" in reasons["bad_yaml.md"]
        assert "not a mapping" in reasons["list_yaml.md"]
        assert "aliases" in reasons["bomb.md"]
        assert "size limit" in reasons["big.txt"]
        assert report.added == 6
        korean = c.article("korean")
        assert korean is not None and "외교관" in korean.body and korean.encoding in ("euc-kr", "cp949", "euc_kr")
        assert c.search("Zürich").total == 1 and c.search("Lima").total == 1 and c.search("Rome").total == 1
        latin = c.article("latin")
        assert latin is not None and "attaché" in latin.body and latin.encoding.startswith("cp125") or "1252" in latin.encoding


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_skipped(settings: Settings, corpus_dir: Path) -> None:
    locked = corpus_dir / "locked.txt"
    locked.write_text("Secret\n\nText.\n")
    locked.chmod(0)
    with open_corpus(settings) as c:
        assert "permission" in _reasons(c.update())["locked.txt"]


def test_symlink_loop_and_dangling_link(settings: Settings, corpus_dir: Path) -> None:
    (corpus_dir / "sub").mkdir()
    (corpus_dir / "sub" / "loop").symlink_to(corpus_dir)
    (corpus_dir / "gone.txt").symlink_to(corpus_dir / "does-not-exist.txt")
    with open_corpus(settings) as c:
        report = c.update()
        assert report.added == 2
        assert "vanished" in _reasons(report)["gone.txt"]


def test_file_vanishing_between_scan_and_read(settings: Settings, corpus_dir: Path, monkeypatch) -> None:
    from defect_tui.index import build

    real = build.scan_folders

    def scan_then_delete(*a, **kw):
        found, notes = real(*a, **kw)
        next(corpus_dir.glob("000_*.txt")).unlink()
        return found, notes

    monkeypatch.setattr(build, "scan_folders", scan_then_delete)
    with open_corpus(settings) as c:
        report = c.update()
        assert report.added == 1
        assert list(_reasons(report).values()) == ["file vanished before it could be read"]


def test_identical_files_are_both_kept_and_marked(settings: Settings, corpus_dir: Path) -> None:
    seed = next(corpus_dir.glob("000_*.txt"))
    (corpus_dir / "copy.txt").write_bytes(seed.read_bytes())
    with open_corpus(settings) as c:
        report = c.update()
        assert report.added == 3
        assert any("same text" in n for n in report.notes)
        dup = c.article("copy")
        assert dup is not None and dup.extra.get("duplicate_of") == seed.stem


def test_a_duplicate_mark_goes_when_the_copy_changes_and_no_update_reads_every_article(
        settings: Settings, corpus_dir: Path) -> None:
    """The marks are cleared through a partial index of the marked rows:
    an update that scanned the article texts for them read the whole table
    (3.3 s of a re-index at 100,000 articles)."""
    import sqlite3

    from defect_tui.index import db

    seed = next(corpus_dir.glob("000_*.txt"))
    copy = corpus_dir / "copy.txt"
    copy.write_bytes(seed.read_bytes())
    with open_corpus(settings) as c:
        c.update()
        assert c.article("copy").extra.get("duplicate_of") == seed.stem  # type: ignore[union-attr]
        copy.write_text(seed.read_text(encoding="utf-8") + "\nA line of its own.\n", encoding="utf-8")
        assert c.update().updated == 1
        assert "duplicate_of" not in c.article("copy").extra  # type: ignore[union-attr]
        con = sqlite3.connect(c.index_path / "rows.sqlite")
        try:
            plan = " ".join(str(r) for r in con.execute("EXPLAIN QUERY PLAN " + db.CLEAR_DUPLICATES_SQL))
        finally:
            con.close()
        assert "USING INDEX" in plan


def test_missing_folder_is_named_and_others_indexed(corpus_dir: Path, tmp_path: Path) -> None:
    s = load_settings(corpus=[corpus_dir, tmp_path / "nowhere"], index_dir=tmp_path / "ix")
    with open_corpus(s) as c:
        report = c.update()
        assert report.added == 2
        assert report.notes == (f"corpus folder does not exist: {tmp_path / 'nowhere'}",)


def test_permission_error_on_read_is_skipped(settings: Settings, corpus_dir: Path, monkeypatch) -> None:
    """The same defence as above, for test runs as root (which reads mode-000 files)."""
    locked = corpus_dir / "locked.txt"
    locked.write_text("Secret\n\nText.\n")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with open_corpus(settings) as c:
        report = c.update()
        assert report.added == 2
        assert "permission" in _reasons(report)["locked.txt"]


def test_unreadable_corpus_folder_is_named(corpus_dir: Path, tmp_path: Path, monkeypatch) -> None:
    import defect_tui.index.scan as scan

    blocked = tmp_path / "blocked"
    blocked.mkdir()
    real_access = os.access
    monkeypatch.setattr(scan.os, "access", lambda p, mode: False if Path(p) == blocked else real_access(p, mode))
    s = load_settings(corpus=[corpus_dir, blocked], index_dir=tmp_path / "ix")
    with open_corpus(s) as c:
        report = c.update()
        assert report.added == 2
        assert report.notes == (f"cannot read corpus folder: {blocked}",)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_short_western_european_files_read_as_windows_1252(tmp_path: Path, encoding: str) -> None:
    """charset-normalizer ranks Baltic code pages first on short texts like
    these ("cafķ", "Ć500"); a Windows-1252 reading as clean wins."""
    from defect_tui.index.loader import load_article

    text = "Defector speaks about café life\n\nThe “freedom” cost him €500. Naïve hopes – he said, après tout.\n"
    data = text.encode(encoding, errors="replace") if encoding == "cp1252" else text.replace("“", '"').replace(
        "”", '"').replace("€", "E").replace("–", "-").encode(encoding)
    (tmp_path / "a.txt").write_bytes(data)
    art = load_article(tmp_path / "a.txt", tmp_path)
    assert "café" in art.title and "Naïve" in art.body and "après" in art.body
    if encoding == "cp1252":
        assert "“freedom”" in art.body and "€500" in art.body
