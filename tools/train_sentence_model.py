#!/usr/bin/env python3
"""Train the sentence model (index/data/sentence_model.json) from the gold
of real reports, and measure it by cross-validation.

    python tools/train_sentence_model.py [SET_DIR ...] [--out PATH] [--cv K] [--threshold P]

SET_DIR is a real-report set (SET_DIR/articles + SET_DIR/gold*.yaml); the
default is tests/data/real/dev. Never give it a blind set: a model trained
on one would make its figures worthless.

Deterministic: the same reports give the same file (lbfgs from zero, terms
in sorted order). Needs scikit-learn, a development tool only (`pip install
scikit-learn`); the app reads the JSON with no learning library.

How a sentence is labelled: it tells an incident when the evidence of a
gold incident is that sentence (the scorer's own word overlap, >= 0.5);
its status is that incident's. The incident model learns from the
sentences where the rules found no row (the only ones it is asked about);
the status model from every sentence that tells one.

--cv K: K folds by article; each fold's model runs inside the extractor on
the reports it did not see, and the scorer's pairing gives incidents
P/R/F1 and field accuracy with the rules alone and with the model at each
threshold: how the shipped threshold is chosen (--threshold).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE / "tests" / "extraction"))

import score_extraction as se  # noqa: E402  (the scorer's overlap and pairing)

#: the feature of a sentence where the rules made a row (never present when the model is asked)
RULED = "RULES_FOUND_A_ROW"
STATUSES = ("defected", "attempted", "reported_count", "sought_asylum")


def load_set(folder: Path) -> list[tuple[object, list[dict]]]:
    from defect_tui.index.loader import load_article

    gold: dict = {}
    for p in sorted(folder.glob("gold*.yaml")):
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        gold.update(data.get("articles", data))
    out = []
    for p in sorted((folder / "articles").glob("*.md")):
        art = load_article(p, folder / "articles")
        if art.id in gold:
            out.append((art, list((gold[art.id] or {}).get("incidents") or [])))
    return out


def examples(ex, articles) -> list[dict]:
    """One record per sentence: its features, whether the rules made a row
    in it, and its gold label and status."""
    from defect_tui.index.extract.incidents.sentence_model import sentence_features
    from defect_tui.index.extract.sentences import split_sentences

    saved, ex.incidents.model = ex.incidents.model, None
    recs = []
    try:
        for art, gold in articles:
            res = ex.extract(art)
            body = art.body or ""
            for si, (a, b) in enumerate(split_sentences(body)):
                text = body[a:b]
                told = [g for g in gold if se.overlap(g.get("evidence"), text) >= 0.5]
                ruled = any(a <= i.evidence_start < b for i in res.incidents)
                labels = [sp.label for sp in res.entities if a <= sp.start < b]
                recs.append({"aid": art.id, "feats": sentence_features(text, labels, si == 0), "ruled": ruled,
                             "y": bool(told), "status": told[0].get("status") if told else None})
    finally:
        ex.incidents.model = saved
    return recs


def fit(recs: list[dict], c: float, threshold: float):
    """Both models from the records (tf-idf over terms seen twice or more)."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    from defect_tui.index.extract.incidents.sentence_model import SentenceModel

    df: Counter[str] = Counter()
    for r in recs:
        df.update(r["feats"].keys())
    df[RULED] = sum(r["ruled"] for r in recs)
    terms = sorted(t for t, n in df.items() if n >= 2)
    col = {t: i for i, t in enumerate(terms)}
    n = len(recs)
    idf = {t: math.log((1 + n) / (1 + df[t])) + 1.0 for t in terms}

    def matrix(rows: list[dict]):
        data, ind, ptr = [], [], [0]
        for r in rows:
            vec = {col[t]: (1.0 + math.log(k)) * idf[t] for t, k in r["feats"].items() if t in col}
            norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
            for j in sorted(vec):
                ind.append(j)
                data.append(vec[j] / norm)
            ptr.append(len(ind))
        return csr_matrix((data, ind, ptr), shape=(len(rows), len(terms)))

    everyone = [dict(r, feats=r["feats"] + Counter({RULED: 1})) if r["ruled"] else r for r in recs]
    inc = LogisticRegression(C=c, max_iter=5000).fit(matrix(everyone), np.array([r["y"] for r in everyone]))
    told = [r for r in recs if r["y"] and r["status"] in STATUSES]
    st = LogisticRegression(C=c, max_iter=5000).fit(matrix(told), np.array([STATUSES.index(r["status"]) for r in told]))
    classes = [STATUSES[k] for k in st.classes_]
    coef = st.coef_ if len(classes) > 2 else np.vstack([-st.coef_[0], st.coef_[0]])
    bias = st.intercept_ if len(classes) > 2 else np.array([-st.intercept_[0], st.intercept_[0]])
    return SentenceModel(
        idf=idf, incident={t: float(inc.coef_[0][i]) for i, t in enumerate(terms)},
        incident_bias=float(inc.intercept_[0]), statuses=tuple(classes),  # type: ignore[arg-type]
        status_weights={t: tuple(float(coef[k][i]) for k in range(len(classes))) for i, t in enumerate(terms)},
        status_bias=tuple(float(b) for b in bias), threshold=threshold)


def score(rows_by_article: dict[str, list[dict]], articles) -> tuple[float, float, float, float, int, int]:
    tp = n_pred = n_gold = 0
    hits = Counter()
    for art, gold in articles:
        pred = rows_by_article.get(art.id, [])
        pairs = se.pair_incidents(gold, pred)
        tp, n_pred, n_gold = tp + len(pairs), n_pred + len(pred), n_gold + len(gold)
        for g, p in pairs:
            for f in se.FIELDS:
                hits[f] += se.field_ok(f, g.get(f), p.get(f))
    p, r, f1 = se.prf(tp, n_pred, n_gold)
    fields = sum(hits[f] / tp for f in se.FIELDS) / len(se.FIELDS) if tp else 0.0
    return p, r, f1, fields, tp, n_pred


def cross_validate(ex, articles, recs, k: int, c: float, thresholds: list[float]) -> None:
    folds = [articles[i::k] for i in range(k)]
    results: dict[float | None, dict[str, list[dict]]] = {None: {}}
    for fold in folds:
        held = {a.id for a, _ in fold}
        model = fit([r for r in recs if r["aid"] not in held], c, 0.5)
        for th in [None, *thresholds]:
            ex.incidents.model = None if th is None else dataclasses.replace(model, threshold=th)
            for art, _ in fold:
                results.setdefault(th, {})[art.id] = [i.as_row() for i in ex.extract(art).incidents]
    for th, rows in results.items():
        p, r, f1, fields, tp, n = score(rows, articles)
        name = "rules alone" if th is None else f"threshold {th:.2f}"
        print(f"{name:>16}: incidents P {p:.3f} R {r:.3f} F1 {f1:.3f} ({tp} pairs of {n} rows), fields {fields:.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path, default=[HERE / "tests" / "data" / "real" / "dev"])
    ap.add_argument("--out", type=Path, default=HERE / "index" / "data" / "sentence_model.json")
    ap.add_argument("--cv", type=int, default=0, help="folds by article (no model is written)")
    ap.add_argument("--C", type=float, default=4.0, help="inverse regularisation strength")
    ap.add_argument("--threshold", type=float, default=0.5)
    args = ap.parse_args()
    if any("blind" in p.parts for p in args.sets):
        print("refusing to train on a blind set", file=sys.stderr)
        return 2
    from defect_tui.index.extract import Extractor

    ex = Extractor()
    articles = [a for folder in args.sets for a in load_set(folder)]
    recs = examples(ex, articles)
    print(f"{len(articles)} reports, {len(recs)} sentences, {sum(r['y'] for r in recs)} telling an incident, "
          f"{sum(r['y'] and not r['ruled'] for r in recs)} of them with no row of the rules")
    if args.cv:
        cross_validate(ex, articles, recs, args.cv, args.C, [0.4, 0.45, 0.5, 0.55, 0.6, 0.7])
        return 0
    model = fit(recs, args.C, args.threshold)
    args.out.write_text(json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model.idf)} terms, {args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
