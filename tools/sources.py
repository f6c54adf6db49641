#!/usr/bin/env python3
"""Write tests/data/real/SOURCES.md: every real report's id, outlet, date
and the url of the original it retells, one report per url.

    python tools/sources.py
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

REAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "real"


def main() -> int:
    lines = ["# Sources of the real-report sets", "",
             "Each file in `dev/articles/` and `blind/articles/` retells, in our own words, the public news report",
             "at its url (facts, names, numbers, date expressions, datelines and bylines kept; no sentence copied).",
             "Gold (`gold_*.yaml`) was written by people who had not read the extractor. `blind/` is never read",
             "while the extractor changes: it is scored for figures only (`tools/score.py` refuses `--verbose`).",
             "Regenerate this list with `python tools/sources.py`.", ""]
    for split in ("dev", "blind"):
        rows = []
        for path in sorted((REAL / split / "articles").glob("*.md")):
            m = re.match(r"\A---\n(.*?)\n---\n", path.read_text(encoding="utf-8"), re.S)
            meta = yaml.safe_load(m.group(1)) if m else {}
            rows.append(f"| {path.stem} | {meta.get('source', '')} | {meta.get('date', '')} | {meta.get('url', '')} |")
        lines += [f"## {split} ({len(rows)} reports)", "", "| id | outlet | date | url |", "|---|---|---|---|", *rows, ""]
    (REAL / "SOURCES.md").write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
