#!/usr/bin/env python3
"""Run the loader and the Extractor over a folder of articles, write the
incident CSV and entity JSONL, and score them against gold annotations.

    python tools/score.py ARTICLES_DIR GOLD.yaml [--ids ID ...] [--verbose] [--out DIR]
    python tools/score.py SET_DIR [...]     # a real-report set: SET_DIR/articles + SET_DIR/gold*.yaml

A blind set is for figures only: --verbose on a folder named "blind" is
refused, so that no one reads its errors while changing the extractor.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SCORER = HERE / "tests" / "extraction" / "score_extraction.py"


def write_outputs(folder: Path, out: Path, ids: set[str] | None = None) -> tuple[Path, Path, float, int]:
    from defect_tui.index.extract import Extractor
    from defect_tui.index.loader import load_article
    from defect_tui.index.models import INCIDENT_COLUMNS

    ex = Extractor(strict=True)  # (a bug must show, not score as rows missed)
    inc_path, ent_path = out / "incidents.csv", out / "entities.jsonl"
    elapsed, n = 0.0, 0
    with inc_path.open("w", newline="", encoding="utf-8") as fi, ent_path.open("w", encoding="utf-8") as fe:
        w = csv.DictWriter(fi, fieldnames=list(INCIDENT_COLUMNS))
        w.writeheader()
        for p in sorted(folder.glob("*")):
            if p.suffix not in (".txt", ".md"):
                continue
            art = load_article(p, folder)
            if ids is not None and art.id not in ids:
                continue
            t0 = time.perf_counter()
            res = ex.extract(art)
            elapsed += time.perf_counter() - t0
            n += 1
            for inc in res.incidents:
                w.writerow(inc.as_row())
            for sp in res.entities:
                fe.write(json.dumps({"article_id": art.id, "start": sp.start, "end": sp.end,
                                     "label": sp.label, "text": sp.text}, ensure_ascii=False) + "\n")
    return inc_path, ent_path, elapsed, n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("gold", type=Path, nargs="?")
    ap.add_argument("--ids", nargs="*")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    out = args.out or Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    import yaml

    if args.verbose and "blind" in args.folder.resolve().parts:
        ap.error("a blind set is scored for figures only (no --verbose)")
    if args.gold is None:
        data = {}
        for path in sorted(args.folder.glob("gold*.yaml")):
            part = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            data.update(part.get("articles", part))
        args.folder = args.folder / "articles"
    else:
        data = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
        data = data.get("articles", data)
    # only the gold's articles are scored: predictions for others would count as spurious
    ids = set(args.ids) if args.ids else set(data)
    gold = out / "gold.yaml"
    gold.write_text(yaml.safe_dump({k: v for k, v in data.items() if k in ids}, allow_unicode=True))
    inc, ent, elapsed, n = write_outputs(args.folder, out, ids)
    cmd = [sys.executable, str(SCORER), "--gold", str(gold), "--incidents", str(inc), "--entities", str(ent)]
    if args.verbose:
        cmd.append("--verbose")
    subprocess.run(cmd, check=False)
    print(f"{n} articles, {1000 * elapsed / max(n, 1):.2f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
