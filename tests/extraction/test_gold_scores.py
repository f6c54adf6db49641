"""Score the extractor against hand-made gold with the project's scorer.

The scorer and the seed gold are copied here unchanged from the shared
folder so that a clean clone can run this test.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from defect_tui.index.extract import Extractor
from defect_tui.index.loader import load_article
from defect_tui.index.models import INCIDENT_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
SCORER = Path(__file__).resolve().parent / "score_extraction.py"
SEEDS = ROOT / "seeds"
SEEDS_GOLD = ROOT / "tests" / "data" / "seeds_gold.yaml"
ARTICLES = ROOT / "tests" / "data" / "articles"
GOLD = ROOT / "tests" / "data" / "gold.yaml"
# Written by someone who never read the extractor; first scored before any
# tuning (incident F1 0.62), then tuned on: now a second training set.
HELDOUT_GOLD = ROOT / "tests" / "data" / "heldout_gold.yaml"
# Written blind like the held-out set and never tuned on: the honest figure
# for articles nobody has seen. Keep it that way: fix what it shows with
# general rules tested on other sentences, never by reading these articles.
BLIND = ROOT / "tests" / "data" / "blind"


def run_scorer(folder: Path, gold: dict, tmp_path: Path, extractor: Extractor) -> dict[str, float]:
    gold_path = tmp_path / "gold.yaml"
    gold_path.write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")
    inc_path, ent_path = tmp_path / "incidents.csv", tmp_path / "entities.jsonl"
    with inc_path.open("w", newline="", encoding="utf-8") as fi, ent_path.open("w", encoding="utf-8") as fe:
        writer = csv.DictWriter(fi, fieldnames=list(INCIDENT_COLUMNS))
        writer.writeheader()
        for path in sorted(folder.iterdir()):
            if path.suffix not in (".txt", ".md"):
                continue
            article = load_article(path, folder)
            if article.id not in gold:
                continue
            result = extractor.extract(article)
            for inc in result.incidents:
                writer.writerow(inc.as_row())
            for sp in result.entities:
                fe.write(json.dumps({"article_id": article.id, "start": sp.start, "end": sp.end,
                                     "label": sp.label, "text": sp.text}, ensure_ascii=False) + "\n")
    out = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(gold_path), "--incidents", str(inc_path),
         "--entities", str(ent_path), "--verbose"],
        capture_output=True, text=True, check=True,
    ).stdout
    print(out)
    last = out.strip().splitlines()[-1]
    m = re.search(r"incident F1=([\d.]+).*fields=([\d.]+); entity micro-F1=([\d.]+)", last)
    assert m, last
    return {"incident_f1": float(m.group(1)), "fields": float(m.group(2)), "entity_f1": float(m.group(3))}


def _gold(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return data.get("articles", data)


def test_seed_scores(tmp_path: Path, extractor: Extractor) -> None:
    scores = run_scorer(SEEDS, _gold(SEEDS_GOLD), tmp_path, extractor)
    assert scores["entity_f1"] >= 0.90
    assert scores["incident_f1"] >= 0.90
    assert scores["fields"] >= 0.85


def test_train_article_scores(tmp_path: Path, extractor: Extractor) -> None:
    scores = run_scorer(ARTICLES, _gold(GOLD), tmp_path, extractor)
    assert scores["entity_f1"] >= 0.90
    assert scores["incident_f1"] >= 0.90
    assert scores["fields"] >= 0.85


def test_heldout_article_scores(tmp_path: Path, extractor: Extractor) -> None:
    scores = run_scorer(ARTICLES, _gold(HELDOUT_GOLD), tmp_path, extractor)
    assert scores["entity_f1"] >= 0.90
    assert scores["incident_f1"] >= 0.90
    assert scores["fields"] >= 0.85


def test_blind_article_scores(tmp_path: Path, extractor: Extractor) -> None:
    """Held to what the extractor scored on them when they were added (entity
    0.93, incident 0.65, fields 0.90): a change that generalises worse fails."""
    scores = run_scorer(BLIND / "articles", _gold(BLIND / "gold.yaml"), tmp_path, extractor)
    assert scores["entity_f1"] >= 0.92
    assert scores["incident_f1"] >= 0.62
    assert scores["fields"] >= 0.86
