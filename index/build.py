"""Bring an index folder up to date with the corpus folders.

The pipeline is the same for any search backend: scan the folders, decide
between a full build (no index, a new schema or new rules, damage, a
rebuild asked for) and an incremental update, extract changed files in
worker processes, write the row store, and hand each article to the
backend's `SearchSink`. Only the sink knows how documents are indexed.

Layout of one index folder:
    <root>/<backend files>  the search backend's own files (Whoosh: whoosh/)
    <root>/rows.sqlite      articles, entity spans, incidents, file states
    <root>/VERSION          "<schema> <rules>", written last: a folder
                            without it is an unfinished build.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from . import db
from .config import Settings
from .extract_pool import Cancelled, extract_files
from .locking import IndexBusy, build_folder, exclusive, swap_in
from .models import Article, Extraction, IndexReport, ProgressFn, SkippedFile
from .scan import FoundFile, scan_folders, unsupported_reason
from .rows_finish import RowsFinisher

ROWS = "rows.sqlite"


class SearchSink(Protocol):
    """Where the build sends documents: one open writer of the backend."""

    # (`prepared`: what the backend's `prepare` made of the article in a worker, or None)
    def add(self, article: Article, extraction: Extraction, prepared: object = None) -> None: ...
    def replace(self, article: Article, extraction: Extraction, prepared: object = None) -> None: ...
    def delete(self, article_id: str) -> None: ...
    def commit(self) -> None: ...
    def cancel(self) -> None: ...


class SearchFiles(Protocol):
    """A backend's files inside an index folder."""

    schema_version: str

    def prepare(self, article: Article, extraction: Extraction) -> object:
        """The backend's work on one article that can run in the extraction
        workers, beside the extraction (a module-level function: it is sent
        to the worker processes); what it returns goes to the sink's add."""
        ...

    def create(self, root: Path) -> SearchSink:
        """A writer on a new, empty index in `root`."""
        ...

    def open(self, root: Path) -> SearchSink:
        """A writer on the existing index; raises IndexBusy when locked."""
        ...

    def count(self, root: Path) -> int:
        """Documents in the index (raises when it cannot be read)."""
        ...


class Builder:
    """Updates one index folder; `release` drops the reader's open handles
    (after an update they would show the old index)."""

    def __init__(self, settings: Settings, root: Path, rules: str, files: SearchFiles,
                 release: Callable[[], None]) -> None:
        self.settings = settings
        self.root = root
        self.rules = rules
        self.files = files
        self.release = release
        self._unsupported: list[SkippedFile] = []  # files of other types, listed with the skipped

    @property
    def stamp(self) -> str:
        return f"{self.files.schema_version} {self.rules}"

    def usable(self) -> bool:
        """Cheap: the stamp says this schema and these rules (damage is found
        by the update that follows, which rebuilds)."""
        try:
            stamp = (self.root / "VERSION").read_text(encoding="utf-8").strip()
        except OSError:
            return False
        return stamp == self.stamp and (self.root / ROWS).exists()

    def problem(self) -> str:
        """Why the index on disk cannot be used as it is ('' when it can)."""
        version_file = self.root / "VERSION"
        if not self.root.exists() or not version_file.exists():
            return "no index yet" if not self.root.exists() else "index folder is incomplete"
        version, _, rules = version_file.read_text(encoding="utf-8").strip().partition(" ")
        if version != self.files.schema_version:
            return f"index was written by schema version {version}, this is {self.files.schema_version}"
        if rules != self.rules:
            return "the extraction rules or vocabulary changed since the index was built"
        try:
            n = self.files.count(self.root)
            con = db.connect(self.root / ROWS)
            try:
                m = db.article_count(con)
            finally:
                con.close()
        except Exception as exc:  # noqa: BLE001 - any failure to open means damage
            return f"index is damaged ({type(exc).__name__}: {str(exc)[:80]})"
        if n != m:
            return f"index is damaged (search has {n} articles, rows have {m})"
        return ""

    def update(self, progress: ProgressFn | None = None, rebuild: bool = False,
               cancel: threading.Event | None = None) -> IndexReport:
        """Build or bring up to date; never raises for a busy index or a cancel."""
        t0 = time.perf_counter()
        try:
            with exclusive(self.root):
                problem = "rebuild requested" if rebuild else self.problem()
                others: list[Path] = []
                found, notes = scan_folders(self.settings.corpus, self.settings.extensions, others)
                self._unsupported = [SkippedFile(str(p), unsupported_reason(p)) for p in others]
                if problem:
                    report = self._full_build(found, notes, progress, cancel,
                                              reason="" if problem == "no index yet" else problem)
                else:
                    report = self._incremental(found, notes, progress, cancel)
        except IndexBusy as exc:
            return IndexReport(notes=(str(exc),), seconds=time.perf_counter() - t0)
        except Cancelled:
            return IndexReport(notes=("indexing cancelled; the index is as it was before",),
                               seconds=time.perf_counter() - t0)
        return IndexReport(report.added, report.updated, report.removed, report.unchanged, report.skipped,
                           report.rebuilt_reason, time.perf_counter() - t0, report.notes)

    def _full_build(self, found: list[FoundFile], notes: list[str], progress: ProgressFn | None,
                    cancel: threading.Event | None, reason: str) -> IndexReport:
        build = build_folder(self.root)
        sink = self.files.create(build)
        con = db.connect(build / ROWS, bulk=True)  # (the rows' indexes come after the rows: RowsFinisher)
        db.for_writing(con)
        skipped: list[SkippedFile] = []
        added = 0
        written: set[str] = set()
        finisher = RowsFinisher(con, build / ROWS, build, self.settings, len(found))
        try:
            for f, art, ex, why, prepared in extract_files(self.settings, found, progress, cancel, self.files.prepare):
                if art is None or ex is None:
                    skipped.append(SkippedFile(str(f.path), why))
                    continue
                if why:
                    notes.append(f"{f.path}: {why}")
                sink.add(art, ex, prepared)
                if art.id in written:  # (two files with one id: the later one wins, as in an update)
                    db.ensure_indexes(con)
                db.put_article(con, art, f.size, f.mtime_ns, ex.entities, ex.incidents, fresh=art.id not in written)
                written.add(art.id)
                added += 1
            dups = db.mark_duplicates(con, fresh=True)
            skipped += self._unsupported
            db.set_skipped(con, skipped)
            db.set_meta(con, "schema_version", self.files.schema_version)
            db.new_rows_stamp(con)
            con.commit()
            finisher.start()  # the rows' indexes and events, beside the search commit
            if progress:
                progress(len(found), len(found), "committing…")
            sink.commit()
            if progress:
                progress(len(found), len(found), "merging events…")
            finisher.wait()
        except BaseException:
            finisher.stop()
            sink.cancel()
            con.close()
            shutil.rmtree(build, ignore_errors=True)
            raise
        con.close()
        (build / "VERSION").write_text(self.stamp, encoding="utf-8")
        swap_in(build, self.root, self.release)
        if dups:
            notes.append(f"{dups} file(s) have the same text as another file (kept, marked as duplicates)")
        return IndexReport(added=added, skipped=tuple(skipped), rebuilt_reason=reason, notes=tuple(notes))

    def _incremental(self, found: list[FoundFile], notes: list[str], progress: ProgressFn | None,
                     cancel: threading.Event | None) -> IndexReport:
        con = db.connect(self.root / ROWS)
        db.for_writing(con)
        db.ensure_indexes(con)  # (an index built before they were added gains them once)
        try:
            known = db.file_states(con)
            present = {f.article_id for f in found}
            found_paths = {str(f.path) for f in found}
            removed = [aid for aid in known if aid not in present]
            changed = [f for f in found if f.article_id not in known
                       or known[f.article_id][1:3] != (f.size, f.mtime_ns) or known[f.article_id][0] != str(f.path)]
            unchanged = len(found) - len(changed)
            old_skips = {s.path: s for s in db.skipped(con)}
            if not removed and not changed:
                still = [s for p, s in old_skips.items() if p in found_paths] + self._unsupported
                if {s.path for s in still} != set(old_skips):
                    db.set_skipped(con, still)
                    con.commit()
                return IndexReport(unchanged=unchanged, skipped=tuple(still), notes=tuple(notes))
            sink = self.files.open(self.root)
            added = updated = 0
            skipped: list[SkippedFile] = []
            try:
                for aid in removed:
                    sink.delete(aid)
                    db.delete_article(con, aid)
                for f, art, ex, why, prepared in extract_files(self.settings, changed, progress, cancel, self.files.prepare):
                    if art is None or ex is None:
                        skipped.append(SkippedFile(str(f.path), why))
                        if f.article_id in known:
                            sink.delete(f.article_id)
                            db.delete_article(con, f.article_id)
                        continue
                    if f.article_id in known and known[f.article_id][3] == art.content_hash:
                        db.touch_file(con, f.article_id, f.size, f.mtime_ns)  # same bytes: no re-index
                        unchanged += 1
                        continue
                    sink.replace(art, ex, prepared)
                    db.put_article(con, art, f.size, f.mtime_ns, ex.entities, ex.incidents)
                    if f.article_id in known:
                        updated += 1
                    else:
                        added += 1
                sink.commit()
            except BaseException:
                sink.cancel()
                con.rollback()
                raise
            # Skips of files not re-read this time still hold.
            changed_paths = {str(f.path) for f in changed}
            kept = [s for p, s in old_skips.items() if p not in changed_paths and p in found_paths]
            all_skipped = kept + skipped + self._unsupported
            dups = db.mark_duplicates(con)
            db.set_skipped(con, all_skipped)
            # (rows were removed or written: whatever was derived from them is old, but for
            # the events kept on disk, which redo only these articles' rows)
            db.new_rows_stamp(con, [*removed, *(f.article_id for f in changed)])
            con.commit()
        finally:
            con.close()
        self.release()
        if dups:
            notes.append(f"{dups} file(s) have the same text as another file (kept, marked as duplicates)")
        return IndexReport(added=added, updated=updated, removed=len(removed), unchanged=unchanged,
                           skipped=tuple(all_skipped), notes=tuple(notes))
