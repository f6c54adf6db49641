"""Query history: recalled with up/down in the search box, one query per
line in `history_path()`, newest last, bounded."""

from __future__ import annotations

from pathlib import Path

from defect_tui.index.atomic_files import atomic_write

MAX_ENTRIES = 200


class History:
    def __init__(self, path: Path | None, limit: int = MAX_ENTRIES) -> None:
        self.path = path
        self.limit = limit
        self.entries: list[str] = []
        self._cursor: int | None = None  # index into entries while browsing
        self._draft = ""
        if path is not None:
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                lines = []
            self.entries = [ln for ln in lines if ln.strip()][-limit:]

    def add(self, query: str) -> str | None:
        """Remember `query` (moved to newest); returns an error text if saving failed."""
        query = " ".join(query.split())
        self.reset()
        if not query:
            return None
        if query in self.entries:
            self.entries.remove(query)
        self.entries.append(query)
        del self.entries[: -self.limit]
        return self.save()

    def save(self) -> str | None:
        if self.path is None:
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, lambda fh: fh.write("\n".join(self.entries) + "\n"))
        except OSError as exc:
            return f"Could not save search history to {self.path}: {exc.strerror or exc}"
        return None

    def reset(self) -> None:
        self._cursor = None

    def previous(self, current: str) -> str | None:
        """The query before the one shown (None when there is none)."""
        if not self.entries:
            return None
        if self._cursor is None:
            self._draft = current
            self._cursor = len(self.entries)
        if self._cursor == 0:
            return None
        self._cursor -= 1
        return self.entries[self._cursor]

    def next(self) -> str | None:
        """The query after the one shown; the draft after the newest."""
        if self._cursor is None:
            return None
        self._cursor += 1
        if self._cursor >= len(self.entries):
            self._cursor = None
            return self._draft
        return self.entries[self._cursor]
