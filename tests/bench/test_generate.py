"""The benchmark's corpus generator: deterministic, article sizes in range,
and its files read back by the loader with the metadata it meant to write."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from defect_tui.index.loader import load_article

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def generate():
    if not (BENCH / "generate.py").exists():
        pytest.skip("bench/ is not part of this checkout")
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_generate", BENCH / "generate.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(BENCH))
    return mod


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_same_files(generate, tmp_path: Path) -> None:
    a = _files(generate.generate(60, tmp_path / "a", seed=3))
    b = _files(generate.generate(60, tmp_path / "b", seed=3))
    c = _files(generate.generate(60, tmp_path / "c", seed=4))
    assert a == b
    assert a != c
    assert sum(name.endswith((".txt", ".md")) for name in a) == 60


def test_articles_sizes_and_metadata(generate, tmp_path: Path) -> None:
    out = generate.generate(80, tmp_path / "corpus", seed=1)
    records = [json.loads(line) for line in (out / ".manifest.jsonl").read_text().splitlines()]
    assert len(records) == 80
    styles = set()
    for rec in records:
        art = load_article(out / rec["path"], out)
        styles.add(rec["style"])
        assert 300 <= len(art.body.split()) <= 900, rec["path"]
        assert art.title == rec["title"]
        assert (art.date, art.date_precision) == (rec["date"], rec["date_precision"])
        assert art.source == rec["source"]
        assert list(art.authors) == rec["authors"]
        assert len(rec["incident_sentences"]) >= 4
        assert all(s in art.body for s in rec["incident_sentences"])
    assert styles == set(generate.STYLES)


def test_prefix_stable(generate, tmp_path: Path) -> None:
    """Article i depends only on (seed, i): a small corpus is the start of a large one."""
    small = generate.make_article(1, 5)
    assert small == generate.make_article(1, 5)
    assert generate.make_article(1, 5)[1] != generate.make_article(2, 5)[1]
