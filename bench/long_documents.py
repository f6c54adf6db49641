#!/usr/bin/env python3
"""Single long documents: index time against length.

    python bench/long_documents.py [--sizes-kb 100 1000 4000]

Analysts keep long files beside articles (a commission of inquiry report,
a year of press releases in one file, a table of statistics). Each size is
one file in a folder of its own, indexed from scratch with `Corpus.update`
(loading, entities, incidents, Whoosh, row store), twice over two kinds of
text: a *report* (the seed articles and the generated corpus's article 0
repeated) and *statistics* (one yearly arrival figure per line, with the
year before in the same sentence). Printed: seconds per size and the ratio
to the size before (linear = the ratio of the sizes). The results also go
to results/<timestamp>-long.txt.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results"


def report_text() -> str:
    seeds = BENCH.parent / "seeds"
    return "\n\n".join(p.read_text(encoding="utf-8").split("\n", 1)[1] for p in sorted(seeds.glob("*.txt")))


def statistics_text() -> str:
    return "\n".join(
        f"In {y}, {1000 + y % 97 * 7:,} North Koreans arrived in South Korea, up from {900 + y % 89 * 5:,} "
        f"in {y - 1}, the unification ministry said." for y in range(1950, 2026))


def index_once(text: str, kb: int, work: Path) -> tuple[float, int]:
    from defect_tui.index.api import open_corpus
    from defect_tui.index.config import load_settings

    folder = work / f"corpus-{kb}"
    folder.mkdir(parents=True)
    body = (text + "\n\n") * max(1, kb * 1024 // (len(text) + 2))
    (folder / "long.txt").write_text("North Korea: a long document\n\n" + body, encoding="utf-8")
    settings = load_settings(corpus=[folder], index_dir=work / f"index-{kb}")
    with open_corpus(settings) as corpus:
        t0 = time.perf_counter()
        report = corpus.update(rebuild=True)
        seconds = time.perf_counter() - t0
        if report.skipped:
            raise SystemExit(f"{kb} KB skipped: {report.skipped[0].reason}")
        return seconds, len(corpus.incidents())


#: a time ratio past this many times the size ratio between two sizes is flagged as slower than linear
SUPERLINEAR = 1.5


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes-kb", nargs="+", type=int, default=[100, 1000, 4000])
    args = ap.parse_args(argv)
    lines = [f"defect-tui long documents — {time.strftime('%Y-%m-%d %H:%M:%S')}  {os.cpu_count()} CPUs", "",
             f"{'kind':12}{'size KB':>10}{'index s':>10}{'ratio':>8}{'size ratio':>12}{'incidents':>11}"]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("DEFECT_TUI_HOME", str(Path(tmp) / "home"))
        slow: list[str] = []
        for kind, text in (("report", report_text()), ("statistics", statistics_text())):
            before: tuple[int, float] | None = None
            for kb in args.sizes_kb:
                seconds, n = index_once(text, kb, Path(tmp) / kind)
                ratio = f"{seconds / before[1]:.1f}x" if before else ""
                size_ratio = f"{kb / before[0]:.0f}x" if before else ""
                superlinear = before is not None and seconds / before[1] > SUPERLINEAR * kb / before[0]
                lines.append(f"{kind:12}{kb:>10}{seconds:>10.2f}{ratio:>8}{size_ratio:>12}{n:>11}"
                             + ("  <- slower than linear" if superlinear else ""))
                if superlinear:
                    slow.append(f"{kind} at {kb} KB")
                print(lines[-1], file=sys.stderr, flush=True)
                before = (kb, seconds)
    if slow:  # (a rule that compares rows pairwise made a 4 MB table take 270 s instead of 39, unseen for a day)
        lines += ["", "warning: the index time grew much faster than the size: " + ", ".join(slow)]
    text = "\n".join(lines) + "\n"
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{time.strftime('%Y%m%d-%H%M%S')}-long.txt").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
