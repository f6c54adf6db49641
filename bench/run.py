#!/usr/bin/env python3
"""defect-tui benchmark: build, re-index, query, keystroke, UI and export
figures on generated corpora, with an SQLite FTS5 baseline on the same text.

    python bench/run.py --sizes 1000 10000 [--seed 1]      (make bench)

Every measurement step runs in a fresh subprocess (`run.py --step NAME ...`)
so that its peak RSS is its own. Corpora, indexes and the FTS5 baseline live
under bench/out/ (gitignored) and are reused while the generator's
parameters (N, seed, generator version) are unchanged. Results: one text
table in bench/results/<timestamp>-<sizes>.txt and bench/results/latest.json.
See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import traceback
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
import pools  # noqa: E402

OUT = BENCH / "out"
RESULTS = BENCH / "results"
QUERY_LIMIT = 50
EXTRACT_SAMPLE = 200
TOUCH_SENTENCE = ("\n\nSeparately, a North Korean soldier crossed the Military Demarcation Line last week, "
                  "the Joint Chiefs of Staff said.\n")

JSON_KEYS = ("build_articles_per_s", "extract_share", "reindex_noop_s", "reindex_1pct_s", "query_p50_ms",
             "query_p95_ms", "fts5_query_p95_ms", "keystroke_p95_ms", "start_s", "table_first_screen_s", "table_ready_s", "sort_s",
             "export_s", "peak_rss_mb")
TARGETS = {"query_p95_ms": 50, "keystroke_p95_ms": 100, "start_s": 1.0, "reindex_noop_s": 1.0,
           "table_ready_s": 1.0, "sort_s": 0.5, "export_s": 2.0, "ui_rss_mb": 400}


# ====================================================================== paths

def corpus_dir(n: int, seed: int) -> Path:
    return OUT / f"corpus-n{n}-s{seed}-g{generate.GENERATOR_VERSION}"


def index_dir(n: int, seed: int) -> Path:
    return OUT / f"index-n{n}-s{seed}-g{generate.GENERATOR_VERSION}"


def index_root(n: int, seed: int) -> Path:
    """The folder the index layer picks inside our index_dir (one per corpus set)."""
    from defect_tui.index.locations import index_dir_for

    return index_dir_for((corpus_dir(n, seed).resolve(),), index_dir(n, seed).resolve())


def fts_path(n: int, seed: int) -> Path:
    return OUT / f"fts5-n{n}-s{seed}-g{generate.GENERATOR_VERSION}.sqlite"


def ensure_corpus(n: int, seed: int) -> Path:
    out = corpus_dir(n, seed)
    if generate.is_complete(out, n, seed) and not (out / ".touched").exists():
        return out
    import shutil

    shutil.rmtree(out, ignore_errors=True)
    print(f"[bench] generating {n} articles (seed {seed}) …", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    generate.generate(n, out, seed)
    print(f"[bench]   done in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    return out


def settings_for(n: int, seed: int):
    from defect_tui.index.config import load_settings

    return load_settings(corpus=[corpus_dir(n, seed)], index_dir=index_dir(n, seed))


def corpus_files(n: int, seed: int) -> list[Path]:
    root = corpus_dir(n, seed)
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]


# ====================================================================== queries

def query_set(seed: int = 1) -> list[tuple[str, str, tuple[str, str] | None]]:
    """~300 queries built from the generator's pools, fixed for a seed:
    (whoosh query, FTS5 MATCH expression or "", FTS5 date filter (lo, hi) or None).

    FTS5 has no fields, fuzzy terms or dates: fields become phrases over the
    text, fuzzy terms the plain word, dates a filter on a date column."""
    rng = random.Random(f"queries:{seed}")
    words = pools.general_words()
    stop = {"the", "of", "and", "to", "in", "a", "that", "is", "for", "on", "it", "with", "as", "was", "by",
            "he", "at", "from", "his", "an", "be", "has", "have", "are", "this", "but", "not", "they", "which",
            "its", "had", "were", "their", "will", "one", "would", "there", "about", "when", "more", "than",
            "into", "what", "only", "such", "these", "those", "her", "while", "some", "could", "them", "may",
            "also", "been", "who", "other", "over", "after", "no", "if", "or", "can", "so", "two", "three"}
    common = [w for w in words[:300] if w not in stop and w.isalpha()]
    mid = [w for w in words[300:900] if w.isalpha()]
    rare = words[900:]
    people = pools.people()
    domain = ["defector", "defectors", "defection", "asylum", "diplomat", "embassy", "soldiers", "fisherman",
              "ambassador", "refuge", "custody", "lawmakers", "unification", "intelligence", "border",
              "missing", "caught", "stationed", "posted", "family"]
    q: list[tuple[str, str, tuple[str, str] | None]] = []

    def fts_phrase(text: str) -> str:
        return '"' + text.replace('"', "") + '"'

    for w in rng.sample(common, 20) + rng.sample(mid, 20) + rng.sample(rare, 20) + domain:
        q.append((w, w, None))
    phrases = ["North Korean diplomat", "sought asylum", "Military Demarcation Line", "Northern Limit Line",
               "Ministry of Unification", "Joint Chiefs of Staff", "taken into custody", "went missing",
               "political asylum", "defected to South Korea", "embassy in Rome", "trade official",
               "acting ambassador", "border guard", "restaurant worker"]
    for p in phrases + [rng.choice(people) for _ in range(15)]:
        q.append((f'"{p}"', fts_phrase(p), None))
    for name in rng.sample(people[:1000], 15):
        q.append((f'person:"{name}"', fts_phrase(name), None))
    for sur in rng.sample(pools.KOREAN_SURNAMES, 5):
        q.append((f"person:{sur}", sur, None))
    for org in rng.sample(["NIS", "Ministry of Unification", "Joint Chiefs of Staff", "Workers' Party",
                           "Foreign Ministry", "Room 39", "Rodong Sinmun", "Hanawon"], 8):
        q.append((f'org:"{org}"' if " " in org or "'" in org else f"org:{org}", fts_phrase(org), None))
    for place in rng.sample(pools.PLACES_ABROAD, 12):
        q.append((f'place:"{place}"' if " " in place else f"place:{place}", fts_phrase(place), None))
    for src in ["Yonhap", "Reuters", "NK News", "Chosun"]:
        q.append((f'source:"{src}"' if " " in src else f"source:{src}", fts_phrase(src), None))
    for _ in range(15):
        y = rng.randint(2000, 2026)
        q.append((f"date:{y}", "", (f"{y}", f"{y + 1}")))
    for _ in range(10):
        y, m = rng.randint(2000, 2026), rng.randint(1, 12)
        q.append((f"date:{y}-{m:02d}", "", (f"{y}-{m:02d}", f"{y}-{m:02d}~")))
    for _ in range(15):
        a = rng.randint(2000, 2024)
        b = a + rng.randint(0, 5)
        q.append((f"date:[{a} TO {b}]", "", (f"{a}", f"{b + 1}")))
    for _ in range(10):
        a = rng.randint(2000, 2024)
        b = a + rng.randint(0, 3)
        w = rng.choice(domain[:12])
        q.append((f"{w} date:[{a} TO {b}]", w, (f"{a}", f"{b + 1}")))
    for pre in ["defect", "diplom", "embass", "asyl", "sold", "fish", "ambass", "unif", "secur", "milit",
                "offic", "econ", "sanct", "nucl", "bord", "Pyong", "Vlad", "Shen", "Kim", "Ri"]:
        q.append((f"{pre}*", f"{pre}*", None))
    fuzzy = ["Shigemura", "Vladivostok", "Pyongyang", "ambassador", "diplomat", "asylum", "defector",
             "Shenyang", "Ulaanbaatar", "Vientiane"]
    for w in fuzzy:
        typo = w[:-2] + w[-1] if len(w) > 5 else w  # drop a letter
        q.append((f"{w}~", w, None))
        q.append((f"{typo}~2", typo, None))
    for _ in range(15):
        w = rng.choice(domain)
        city = rng.choice(pools.EMBASSY_CITIES)
        wq = f'"{city}"' if " " in city else city
        q.append((f"{w} AND {wq}", f"{w} AND {fts_phrase(city)}", None))
    for _ in range(10):
        a, b = rng.sample(domain + common[:20], 2)
        q.append((f"{a} OR {b}", f"{a} OR {b}", None))
    for _ in range(10):
        a, b = rng.sample(domain, 2)
        q.append((f"{a} NOT {b}", f"{a} NOT {b}", None))
    for _ in range(10):
        c1, c2 = rng.sample(["Beijing", "Shenyang", "Moscow", "Vladivostok", "Rome", "Bangkok", "Dandong"], 2)
        w = rng.choice(domain)
        q.append((f"({c1} OR {c2}) AND {w}", f"({c1} OR {c2}) AND {w}", None))
    for _ in range(5):
        sur = rng.choice(pools.KOREAN_SURNAMES)
        place = rng.choice(["Moscow", "Beijing", "Rome", "Bangkok"])
        q.append((f"person:{sur} AND place:{place}", f"{sur} AND {place}", None))
    return q


KEYSTROKE_QUERIES = ["diplomat Rome", "person:Kim", "defector asylum", "Military Demarcation Line",
                     "ambassador Beijing", "North Korean soldier", "Vladivostok", "fisherman NLL",
                     "date:2015", "embassy OR consulate"]


# ====================================================================== steps (each in its own process)

def step_build(n: int, seed: int, args) -> dict:
    """Full rebuild, with the consumer loop of the build instrumented.

    extract_share method: E / (E + I), where
      E = serial extraction time for the corpus: mean seconds of
          Extractor.extract over a sample of EXTRACT_SAMPLE articles, timed
          in-process (step `extract`), times N;
      I = serial indexing time, measured in this build: the wall time of the
          build minus the time the writer loop sat waiting for the worker
          pool to hand it the next extracted article (i.e. the time spent in
          Whoosh add_document + SQLite rows + commit/merge + scan + swap).
    Both are single-core times, so the share says where the work is whatever
    the number of worker processes. `build_wait_share` (wall-clock share of
    the build spent waiting on extraction workers) is reported beside it."""
    from defect_tui.index import build as build_mod
    from defect_tui.index.api import open_corpus

    orig = build_mod.extract_files
    times = {"wait": 0.0, "body": 0.0, "items": 0}

    def timed(settings, files, progress, cancel, prepare=None):
        gen = orig(settings, files, progress, cancel, prepare)
        while True:
            t = time.perf_counter()
            try:
                item = next(gen)
            except StopIteration:
                times["wait"] += time.perf_counter() - t
                return
            times["wait"] += time.perf_counter() - t
            times["items"] += 1
            t = time.perf_counter()
            yield item
            times["body"] += time.perf_counter() - t

    build_mod.extract_files = timed
    corpus = open_corpus(settings_for(n, seed))
    t0 = time.perf_counter()
    report = corpus.update(rebuild=True)
    total = time.perf_counter() - t0
    build_mod.extract_files = orig
    con = sqlite3.connect(corpus.index_path / "rows.sqlite")
    n_inc = con.execute("SELECT count(*) FROM incidents").fetchone()[0]
    n_ent = con.execute("SELECT coalesce(sum(json_array_length(spans)), 0) FROM entity_spans").fetchone()[0]
    n_art = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    size = sum(p.stat().st_size for p in corpus.index_path.rglob("*") if p.is_file())
    return {"build_s": total, "build_articles_per_s": n_art / total if total else None,
            "build_wait_s": times["wait"], "build_loop_s": times["body"],
            "build_index_s": total - times["wait"], "build_wait_share": times["wait"] / total,
            "articles": n_art, "incidents": n_inc, "entities": n_ent, "skipped": len(report.skipped),
            "index_mb": size / 1e6, "workers": max(1, min(os.cpu_count() or 1, 8))}


def step_extract(n: int, seed: int, args) -> dict:
    """Load + Extractor.extract over a fixed sample, in this process."""
    from defect_tui.index.extract import Extractor
    from defect_tui.index.loader import load_article

    settings = settings_for(n, seed)
    files = corpus_files(n, seed)
    sample = random.Random(f"sample:{seed}").sample(files, min(EXTRACT_SAMPLE, len(files)))
    root = corpus_dir(n, seed)
    ex = Extractor(settings.extraction)
    t = time.perf_counter()
    arts = [load_article(p, root) for p in sample]
    load_s = time.perf_counter() - t
    ex.extract(arts[0])  # warm caches
    t = time.perf_counter()
    incidents = 0
    for a in arts:
        incidents += len(ex.extract(a).incidents)
    ext_s = time.perf_counter() - t
    return {"extract_ms_per_article": ext_s / len(arts) * 1000, "load_ms_per_article": load_s / len(arts) * 1000,
            "extract_sample": len(arts), "sample_incidents_per_article": incidents / len(arts)}


def step_reindex_noop(n: int, seed: int, args) -> dict:
    from defect_tui.index.api import open_corpus

    corpus = open_corpus(settings_for(n, seed))
    t0 = time.perf_counter()
    report = corpus.update()
    dt_ = time.perf_counter() - t0
    changed = report.added + report.updated + report.removed
    return {"reindex_noop_s": dt_, "reindex_noop_changed": changed}


def step_reindex_1pct(n: int, seed: int, args) -> dict:
    """Append a sentence to 1% of the files, time the update; then put the
    files back (bytes and mtimes) and bring the index back in step, untimed."""
    from defect_tui.index.api import open_corpus

    root = corpus_dir(n, seed)
    files = corpus_files(n, seed)
    chosen = files[:: 100] if len(files) >= 100 else files[:1]
    saved = [(p, p.read_bytes(), p.stat()) for p in chosen]
    corpus = open_corpus(settings_for(n, seed))
    (root / ".touched").write_text("files modified by reindex_1pct; restored when the step ends\n")
    try:
        for p, _, _ in saved:
            with open(p, "a", encoding="utf-8") as fh:
                fh.write(TOUCH_SENTENCE)
        t0 = time.perf_counter()
        report = corpus.update()
        dt_ = time.perf_counter() - t0
    finally:
        for p, raw, st in saved:
            p.write_bytes(raw)
            os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
    corpus.update()
    (root / ".touched").unlink()
    return {"reindex_1pct_s": dt_, "reindex_1pct_files": len(chosen), "reindex_1pct_updated": report.updated}


def step_query(n: int, seed: int, args) -> dict:
    from defect_tui.index.api import open_corpus

    corpus = open_corpus(settings_for(n, seed))
    queries = [w for w, _, _ in query_set(seed)]
    for qtext in queries[:20]:  # warm the searcher, the SQLite connection and the OS cache
        corpus.search(qtext, limit=QUERY_LIMIT)
    corpus.warm_up()  # (as the app does once its table has loaded: the word lists of "did you mean")
    times, errors, empty = [], [], 0
    per_query = []
    for qtext in queries:
        t = time.perf_counter()
        res = corpus.search(qtext, limit=QUERY_LIMIT)
        ms = (time.perf_counter() - t) * 1000
        times.append(ms)
        per_query.append((ms, qtext, res.total))
        if res.error:
            errors.append(f"{qtext}: {res.error}")
        elif res.total == 0:
            empty += 1
    per_query.sort(reverse=True)
    return {"query_p50_ms": pct(times, 50), "query_p95_ms": pct(times, 95), "query_max_ms": max(times),
            "queries": len(queries), "query_errors": len(errors), "query_error_examples": errors[:5],
            "query_zero_hits": empty,
            "slowest_queries": [f"{ms:.0f} ms  {q}  ({total} hits)" for ms, q, total in per_query[:8]]}


def step_keystroke_api(n: int, seed: int, args) -> dict:
    """What the search worker does while a user types: every prefix of a
    query searched in turn (the app's `search.limit` rows), warm searcher."""
    from defect_tui.index.api import open_corpus

    settings = settings_for(n, seed)
    corpus = open_corpus(settings)
    corpus.search("warm up", limit=settings.search_limit)
    times = []
    for qtext in KEYSTROKE_QUERIES:
        for i in range(1, len(qtext) + 1):
            t = time.perf_counter()
            corpus.search(qtext[:i], limit=settings.search_limit)
            times.append((time.perf_counter() - t) * 1000)
    return {"keystroke_api_p50_ms": pct(times, 50), "keystroke_api_p95_ms": pct(times, 95),
            "keystroke_api_limit": settings.search_limit, "keystrokes": len(times)}


def _fts_build(n: int, seed: int) -> float:
    """FTS5 table (title, body; porter tokenizer) from the articles the
    index holds, so both engines see identical text. Cached."""
    path = fts_path(n, seed)
    if path.exists():
        return 0.0
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(index_root(n, seed) / "rows.sqlite")
    con = sqlite3.connect(tmp)
    t0 = time.perf_counter()
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, date UNINDEXED, article_id UNINDEXED, "
                "tokenize='porter unicode61')")
    con.executemany("INSERT INTO docs(title, body, date, article_id) VALUES (?,?,?,?)",
                    src.execute("SELECT title, body, date, article_id FROM articles ORDER BY article_id"))
    con.commit()
    con.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    con.commit()
    dt_ = time.perf_counter() - t0
    con.close()
    src.close()
    tmp.rename(path)
    return dt_


def step_fts5(n: int, seed: int, args) -> dict:
    """Same queries on SQLite FTS5: the 10 best by bm25 with snippet(), and
    the number of matches (what the result list shows)."""
    build_s = _fts_build(n, seed)
    con = sqlite3.connect(fts_path(n, seed))
    snip = "snippet(docs, 1, '[', ']', '…', 24)"

    def run(match: str, dates) -> int:
        if match and dates:
            where, params = "docs MATCH ? AND date >= ? AND date < ?", (match, *dates)
        elif match:
            where, params = "docs MATCH ?", (match,)
        else:
            where, params = "date >= ? AND date < ?", dates
        if match:
            con.execute(f"SELECT article_id, title, date, {snip} FROM docs WHERE {where} "
                        "ORDER BY rank LIMIT 10", params).fetchall()
        else:
            con.execute(f"SELECT article_id, title, date, substr(body, 1, 220) FROM docs WHERE {where} "
                        "ORDER BY date DESC LIMIT 10", params).fetchall()
        return con.execute(f"SELECT count(*) FROM docs WHERE {where}", params).fetchone()[0]

    qs = query_set(seed)
    for _, m, d in qs[:20]:
        run(m, d)
    times, errors = [], []
    for w, m, d in qs:
        t = time.perf_counter()
        try:
            run(m, d)
        except sqlite3.Error as exc:
            errors.append(f"{m}: {exc}")
        times.append((time.perf_counter() - t) * 1000)
    con.close()
    return {"fts5_query_p50_ms": pct(times, 50), "fts5_query_p95_ms": pct(times, 95),
            "fts5_errors": len(errors), "fts5_error_examples": errors[:5], "fts5_build_s": build_s or None}


FORMATS_N = 1000


def step_formats(n: int, seed: int, args) -> dict:
    """A mixed corpus (a quarter each .txt, .html, .pdf, .docx, written from
    the same generated articles): load time per format (read + convert +
    parse), and load + extraction per format, as articles per second.
    One corpus of 1,000 whatever the size: reported in the smallest run."""
    if n > FORMATS_N:
        return {}
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from formats.make_files import pdf_of_text, web_page, word_file  # the tests' writers of each format
    from generate import make_article

    from defect_tui.index.extract import Extractor
    from defect_tui.index.loader import load_article

    folder = OUT / f"formats-n{FORMATS_N}-s{seed}"
    kinds = (".txt", ".html", ".pdf", ".docx")
    if not (folder / ".done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for i in range(FORMATS_N):
            _, text, meta = make_article(seed, i)
            paras = [p.strip() for p in text.split("\n\n") if p.strip() and not p.startswith("---")]
            title, body = meta["title"], [p for p in paras if p != meta["title"]]
            kind = kinds[i % 4]
            path = folder / f"a{i:04d}{kind}"
            if kind == ".txt":
                path.write_text(title + "\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
            elif kind == ".html":
                path.write_bytes(web_page(title, body, date=meta["date"], site=meta["source"]))
            elif kind == ".pdf":
                path.write_bytes(pdf_of_text(title, body))
            else:
                path.write_bytes(word_file(title, body))
        (folder / ".done").write_text("ok")
    extractor = Extractor()
    out: dict = {}
    for kind in kinds:
        files = sorted(folder.glob(f"*{kind}"))
        load = extract = 0.0
        for path in files:
            t = time.perf_counter()
            art = load_article(path, folder)
            t1 = time.perf_counter()
            extractor.extract(art)
            t2 = time.perf_counter()
            load, extract = load + (t1 - t), extract + (t2 - t1)
        name = kind.lstrip(".")
        out[f"formats_{name}_load_ms"] = 1000 * load / len(files)
        out[f"formats_{name}_articles_per_s"] = len(files) / (load + extract)
    base = out["formats_txt_articles_per_s"]
    for kind in kinds[1:]:
        out[f"formats_{kind.lstrip('.')}_vs_txt"] = out[f"formats_{kind.lstrip('.')}_articles_per_s"] / base
    return out


def step_export(n: int, seed: int, args) -> dict:
    """What `defect-tui incidents --output x.csv` does: every incident,
    reviewed (no review here), streamed from the row store to the file."""
    from defect_tui.index.api import open_corpus
    from defect_tui.index.export import write_values_csv
    from defect_tui.index.export_stream import reviewed_values

    corpus = open_corpus(settings_for(n, seed))
    target = OUT / f"export-n{n}.csv"
    t0 = time.perf_counter()
    rows = write_values_csv(reviewed_values(corpus, None), target)
    t1 = time.perf_counter()
    return {"export_s": t1 - t0, "export_rows": rows, "export_mb": target.stat().st_size / 1e6}


def _fresh_reviews(n: int, name: str):
    from defect_tui.index.reviews import ReviewStore

    path = OUT / f"{name}-n{n}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return ReviewStore(path)


def step_review(n: int, seed: int, args) -> dict:
    """Reviews over the whole table: 1% of incidents confirmed, 0.5%
    rejected, 0.5% edited; the time to read the table with them applied
    against reading it bare (what the app's table load adds)."""
    import random

    from defect_tui.index.api import open_corpus
    from defect_tui.index.review_ops import actions_on, reviewed

    corpus = open_corpus(settings_for(n, seed))
    store = _fresh_reviews(n, "reviews-bench")
    rows = corpus.incidents()
    rng = random.Random(seed)
    sample = rng.sample(rows, min(len(rows), max(3, len(rows) // 50)))
    third = len(sample) // 2
    actions = (actions_on(corpus, sample[:third], "confirm")
               + actions_on(corpus, sample[third:third + third // 2], "reject")
               + actions_on(corpus, sample[third + third // 2:], "edit", fields={"count": 3}))
    t = time.perf_counter()
    store.add(actions)
    write_s = time.perf_counter() - t
    t = time.perf_counter()
    corpus.incidents()
    bare_s = time.perf_counter() - t
    t = time.perf_counter()
    result = reviewed(corpus, store)
    reviewed_s = time.perf_counter() - t
    t = time.perf_counter()
    reviewed(corpus, store, {sample[0].article_id})
    one_article_ms = (time.perf_counter() - t) * 1000
    return {"review_actions": len(actions), "review_write_s": write_s, "review_load_bare_s": bare_s,
            "review_load_reviewed_s": reviewed_s, "review_one_article_ms": one_article_ms,
            "review_orphans": len(result.orphans)}


def step_ui(n: int, seed: int, args) -> dict:
    """The app in Textual's run_test on the built index: start, incident
    table, sort, mark all, and typing into the search box."""
    try:
        from textual import events
        from defect_tui.tui.app import DefectApp
        from defect_tui.tui.widgets.incident_table import IncidentPane
        from defect_tui.tui.widgets.search_pane import DEBOUNCE_SECONDS, SearchInput, SearchPane
    except Exception as exc:  # the app is not there (yet): n/a, not a crash
        return {"ui_note": f"app not importable: {type(exc).__name__}: {exc}"}
    settings = settings_for(n, seed)
    con = sqlite3.connect(index_root(n, seed) / "rows.sqlite")
    expected = con.execute("SELECT count(*) FROM incidents").fetchone()[0]
    con.close()
    out: dict = {"ui_debounce_ms": DEBOUNCE_SECONDS * 1000, "ui_expected_rows": expected}

    async def wait_for(pilot, cond, timeout: float) -> bool:
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            try:
                if cond():
                    return True
            except Exception:  # widgets not mounted yet
                pass
            await asyncio.sleep(0.001)
        return False

    async def scenario() -> None:
        t0 = time.perf_counter()
        app = DefectApp(settings, reviews=_fresh_reviews(n, "reviews-ui"))
        async with app.run_test(size=(180, 50)) as pilot:
            def started() -> bool:
                pane = app.query_one(SearchPane)
                return isinstance(app.focused, SearchInput) and pane.result is not None
            if await wait_for(pilot, started, 120):
                out["start_s"] = time.perf_counter() - t0
            pane = app.query_one(IncidentPane)
            if await wait_for(pilot, lambda: pane.table.row_count > 0, 300):
                out["table_first_screen_s"] = time.perf_counter() - t0

            def table_full() -> bool:
                return (not pane.loading_rows and len(pane.incidents) == expected
                        and pane.table.row_count == expected)
            if await wait_for(pilot, table_full, 300):
                await pilot.pause()
                out["table_ready_s"] = time.perf_counter() - t0
            else:
                out["ui_note"] = f"table showed {pane.table.row_count} of {expected} rows"
                return
            # the work queued when the table filled (repaints, the views'
            # warm-up timer) drains first, reported on its own: a sort timed
            # at once measured that drain (0.06-1.1 s), not the sort (~0.1 s)
            t = time.perf_counter()
            for _ in range(200):
                t_pause = time.perf_counter()
                await pilot.pause()
                if time.perf_counter() - t_pause < 0.02:
                    break
            out["table_settle_s"] = time.perf_counter() - t
            t = time.perf_counter()
            pane.sort_by("actor", False)
            await pilot.pause()
            out["sort_s"] = time.perf_counter() - t
            # the quick filter: its index (built by a worker when the box opens), then what
            # typing shows: a word, more of it, a negation, a column term; then no filter again
            t = time.perf_counter()
            pane.model.filter_index()
            out["ui_filter_index_s"] = time.perf_counter() - t
            filter_s = []
            for text in ("sol", "soldier", "soldier -defected", "origin:china"):
                t = time.perf_counter()
                pane.set_filter(text)
                await pilot.pause()
                filter_s.append(time.perf_counter() - t)
            out["ui_filter_s"] = max(filter_s)
            pane.set_filter("")
            await pilot.pause()
            # a review on the current row: written, its article re-read, the
            # row put back; then the repaint, against a repaint alone
            work_ms, shown_ms, repaint_ms = [], [], []
            for kind in ("confirm", "reject", "confirm", "reject"):
                t = time.perf_counter()
                pane.table.refresh()
                await pilot.pause()
                repaint_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                pane.action_review(kind)
                work_ms.append((time.perf_counter() - t) * 1000)
                await pilot.pause()
                shown_ms.append((time.perf_counter() - t) * 1000)
            out["ui_review_action_ms"] = max(work_ms[1:])  # (the first builds the row index once)
            out["ui_review_first_action_ms"] = work_ms[0]
            out["ui_review_shown_ms"] = max(shown_ms[1:])
            out["ui_repaint_ms"] = max(repaint_ms)
            t = time.perf_counter()
            pane.action_mark_all()
            await pilot.pause()
            out["ui_mark_all_s"] = time.perf_counter() - t
            pane.action_mark_all()  # (unmark: the views below see the whole table)
            # the analyst views: key -> filled
            from defect_tui.tui.screens.entity_browser import EntityBrowser
            from defect_tui.tui.screens.events_view import EventsScreen
            from defect_tui.tui.screens.figures_view import FiguresScreen
            from defect_tui.tui.screens.timeline_view import TimelineScreen

            # the first frame drawn of the view with its rows in it: the
            # moment a user sees it (the press itself returns only once the
            # app is idle again: footers recomposed, the highlighted
            # event's reports listed, which the user sees a moment later)
            watching: list = [None]
            framed: dict[str, float] = {}
            draw = app._display

            def display(screen, renderable) -> None:
                w = watching[0]
                if w is not None and renderable is not None and isinstance(screen, w[1]) and w[2](screen):
                    framed[w[0]] = time.perf_counter()
                    watching[0] = None
                draw(screen, renderable)

            app._display = display
            views = (("V", "events", EventsScreen, lambda s: bool(s.events)),
                     ("N", "figures", FiguresScreen, lambda s: bool(s.items)),
                     ("T", "timeline", TimelineScreen, lambda s: s.ready),
                     ("f7", "entities", EntityBrowser, lambda s: bool(s.entities)))
            for key, name, screen_type, filled in views:
                pane.table.focus()
                await pilot.pause()
                watching[0] = (name, screen_type, filled)
                t = time.perf_counter()
                await pilot.press(key)
                if await wait_for(pilot, lambda: isinstance(app.screen, screen_type) and filled(app.screen), 60):
                    out[f"ui_view_{name}_idle_s"] = time.perf_counter() - t
                    # (rows a worker made are drawn a moment after they are set: the frame, not the
                    # setting, is what a user sees; without this wait that frame went unseen: n/a)
                    await wait_for(pilot, lambda: name in framed, 10)
                if name in framed:
                    out[f"ui_view_{name}_s"] = framed[name] - t
                await pilot.press("escape")
                await pilot.pause()
            # the events view again once the table's warm-up has merged the
            # events (what a user who did not press V in the first seconds sees)
            if await wait_for(pilot, lambda: getattr(pane, "_views_warm", False), 60):
                await asyncio.sleep(0.5)
                pane.table.focus()
                await pilot.pause()
                watching[0] = ("events_warm", EventsScreen, lambda s: bool(s.events))
                t = time.perf_counter()
                await pilot.press("V")
                if await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen) and bool(app.screen.events), 60):
                    out["ui_view_events_warm_idle_s"] = time.perf_counter() - t
                    await wait_for(pilot, lambda: "events_warm" in framed, 10)  # (as above)
                if "events_warm" in framed:
                    out["ui_view_events_warm_s"] = framed["events_warm"] - t
                await pilot.press("escape")
                await pilot.pause()
            # typing: each key, then wait until the results for that prefix are shown
            box = app.query_one(SearchInput)
            box.focus()
            spane = app.query_one(SearchPane)
            echo, results = [], []
            for qtext in KEYSTROKE_QUERIES[:6]:
                box.value = ""
                await asyncio.sleep(0.3)
                for i, ch in enumerate(qtext, 1):
                    prefix = qtext[:i]
                    t = time.perf_counter()
                    # what the terminal driver does with a key: post it to the app
                    app.post_message(events.Key("space" if ch == " " else ch, ch))
                    if await wait_for(pilot, lambda: box.value == prefix, 5):
                        echo.append((time.perf_counter() - t) * 1000)
                    if await wait_for(pilot, lambda: spane.result is not None
                                      and spane.result.query == prefix.strip(), 10):
                        results.append((time.perf_counter() - t) * 1000)
            if echo:
                out["keystroke_echo_p95_ms"] = pct(echo, 95)
            if results:
                out["keystroke_results_p50_ms"] = pct(results, 50)
                out["keystroke_results_p95_ms"] = pct(results, 95)
            await pilot.press("ctrl+q")

    try:
        asyncio.run(asyncio.wait_for(scenario(), 900))
    except Exception as exc:  # noqa: BLE001 - report, do not crash the bench
        out["ui_note"] = f"{type(exc).__name__}: {exc}"[:300]
        out["ui_traceback"] = traceback.format_exc()[-1500:]
    return out


STEPS = {
    "build": step_build,
    "extract": step_extract,
    "reindex_noop": step_reindex_noop,
    "reindex_1pct": step_reindex_1pct,
    "query": step_query,
    "keystroke": step_keystroke_api,
    "fts5": step_fts5,
    "export": step_export,
    "review": step_review,
    "formats": step_formats,
    "ui": step_ui,
}
STEP_TIMEOUT = {"build": 3600, "ui": 1200}


def run_step_here(name: str, n: int, seed: int, args) -> None:
    """Child side: run one step, print one JSON line with its figures and RSS."""
    try:
        res = STEPS[name](n, seed, args)
    except Exception as exc:  # noqa: BLE001
        res = {f"{name}_error": f"{type(exc).__name__}: {exc}", f"{name}_traceback": traceback.format_exc()[-2000:]}
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    res["rss_mb"] = self_kb / 1024  # Linux: KiB
    res["children_rss_mb"] = kids_kb / 1024
    sys.stdout.write("\n@@RESULT@@" + json.dumps(res) + "\n")
    sys.stdout.flush()
    os._exit(0)  # do not wait for leftover pool workers


def run_step(name: str, n: int, seed: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--step", name, "--size", str(n), "--seed", str(seed)]
    env = dict(os.environ)
    env.setdefault("DEFECT_TUI_HOME", str(OUT / "home"))
    print(f"[bench] n={n}: {name} …", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=STEP_TIMEOUT.get(name, 900))
    except subprocess.TimeoutExpired:
        return {f"{name}_error": "timed out"}
    marker = proc.stdout.rfind("@@RESULT@@")
    if marker < 0:
        return {f"{name}_error": f"exit {proc.returncode}: {(proc.stderr or proc.stdout)[-600:]}"}
    res = json.loads(proc.stdout[marker + len("@@RESULT@@"):].strip().splitlines()[0])
    print(f"[bench]   {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    return res


# ====================================================================== orchestration and report

ROWS = [  # (key, label, format)
    ("build_articles_per_s", "build: articles/s", "{:.0f}"),
    ("build_s", "build: total s", "{:.1f}"),
    ("extract_share", "extract_share (serial extraction / (extraction + indexing))", "{:.2f}"),
    ("build_wait_share", "build: wall share waiting on extraction workers", "{:.2f}"),
    ("extract_ms_per_article", "extract: ms/article (Extractor.extract, 1 core)", "{:.1f}"),
    ("load_ms_per_article", "load: ms/article (read + parse file)", "{:.2f}"),
    ("build_index_s", "build: indexing s (writer loop + commit, main process)", "{:.1f}"),
    ("articles", "articles indexed", "{:d}"),
    ("incidents", "incidents extracted", "{:d}"),
    ("entities", "entity spans", "{:d}"),
    ("index_mb", "index size MB (Whoosh + SQLite)", "{:.0f}"),
    ("reindex_noop_s", "reindex, nothing changed: s", "{:.2f}"),
    ("reindex_1pct_s", "reindex, 1% of files appended to: s", "{:.2f}"),
    ("query_p50_ms", "query p50 ms (Corpus.search, limit 50)", "{:.1f}"),
    ("query_p95_ms", "query p95 ms", "{:.1f}"),
    ("query_max_ms", "query max ms", "{:.0f}"),
    ("fts5_query_p50_ms", "FTS5 baseline query p50 ms", "{:.1f}"),
    ("fts5_query_p95_ms", "FTS5 baseline query p95 ms", "{:.1f}"),
    ("query_p95_vs_fts5", "query p95 / FTS5 p95", "{:.1f}x"),
    ("keystroke_p95_ms", "keystroke p95 ms (reported figure)", "{:.0f}"),
    ("keystroke_api_p95_ms", "  prefix search p95 ms (API, app's limit)", "{:.1f}"),
    ("keystroke_results_p95_ms", "  app: key -> results shown p95 ms (incl. debounce)", "{:.0f}"),
    ("keystroke_echo_p95_ms", "  app: key -> input echo p95 ms", "{:.1f}"),
    ("start_s", "app start -> focus + first results s", "{:.2f}"),
    ("table_ready_s", "app start -> incident table with all rows s", "{:.2f}"),
    ("table_first_screen_s", "app start -> incident table, first screen of rows s", "{:.2f}"),
    ("table_settle_s", "  work queued when the table filled, drained s", "{:.2f}"),
    ("sort_s", "app: sort incident table by a column s (once settled)", "{:.2f}"),
    ("ui_filter_index_s", "app: quick filter's index, built once (a worker, as the box opens) s", "{:.2f}"),
    ("ui_filter_s", "app: quick filter, text set -> rows shown s, max of 4 filters", "{:.2f}"),
    ("ui_mark_all_s", "app: mark all rows s", "{:.2f}"),
    ("ui_view_events_s", "app: events view, key -> first frame with its rows s (right after the table loads)", "{:.2f}"),
    ("ui_view_events_idle_s", "  ... -> the app idle again s", "{:.2f}"),
    ("ui_view_events_warm_s", "  events view once warm (merged in the background after 1.5 s quiet) s", "{:.2f}"),
    ("ui_view_events_warm_idle_s", "  ... -> the app idle again s", "{:.2f}"),
    ("ui_view_figures_s", "app: reported figures, key -> first frame with its rows s", "{:.2f}"),
    ("ui_view_figures_idle_s", "  ... -> the app idle again s", "{:.2f}"),
    ("ui_view_timeline_s", "app: timeline, key -> first frame with its bars s", "{:.2f}"),
    ("ui_view_timeline_idle_s", "  ... -> the app idle again s", "{:.2f}"),
    ("ui_view_entities_s", "app: entity browser, key -> first frame with its entities s", "{:.2f}"),
    ("ui_view_entities_idle_s", "  ... -> the app idle again s", "{:.2f}"),
    ("ui_review_action_ms", "app: review action (confirm/reject) ms, work, max of 3", "{:.1f}"),
    ("ui_review_first_action_ms", "  the first review action ms (builds the row index)", "{:.1f}"),
    ("ui_review_shown_ms", "  review action + repaint ms, max of 3", "{:.0f}"),
    ("ui_repaint_ms", "  repaint alone ms (run_test), max", "{:.0f}"),
    ("review_actions", "reviews: actions stored (2% of incidents)", "{:d}"),
    ("review_load_bare_s", "reviews: read every incident s", "{:.2f}"),
    ("review_load_reviewed_s", "reviews: read every incident, reviews applied s", "{:.2f}"),
    ("review_one_article_ms", "reviews: one article re-reviewed ms", "{:.1f}"),
    ("formats_txt_articles_per_s", "formats (1,000 mixed): .txt articles/s (load + extract, 1 core)", "{:.0f}"),
    ("formats_html_articles_per_s", "  .html articles/s", "{:.0f}"),
    ("formats_pdf_articles_per_s", "  .pdf articles/s", "{:.0f}"),
    ("formats_docx_articles_per_s", "  .docx articles/s", "{:.0f}"),
    ("formats_html_vs_txt", "  .html / .txt speed", "{:.2f}"),
    ("formats_docx_vs_txt", "  .docx / .txt speed", "{:.2f}"),
    ("formats_pdf_vs_txt", "  .pdf / .txt speed", "{:.2f}"),
    ("formats_html_load_ms", "  load ms/article: .html", "{:.1f}"),
    ("formats_pdf_load_ms", "  load ms/article: .pdf", "{:.1f}"),
    ("formats_docx_load_ms", "  load ms/article: .docx", "{:.1f}"),
    ("export_s", "export all incidents to CSV s", "{:.2f}"),
    ("export_rows", "  rows exported", "{:d}"),
    ("peak_rss_mb", "peak RSS MB (max over steps)", "{:.0f}"),
]
RSS_STEPS = list(STEPS)


def derive(r: dict, n: int) -> dict:
    if r.get("extract_ms_per_article") is not None and r.get("build_index_s") is not None:
        e = r["extract_ms_per_article"] / 1000 * r.get("articles", n)
        r["extract_share"] = e / (e + r["build_index_s"])
    if r.get("query_p95_ms") and r.get("fts5_query_p95_ms"):
        r["query_p95_vs_fts5"] = r["query_p95_ms"] / r["fts5_query_p95_ms"]
    # the figure for "keystroke": measured in the app when it ran, else the API simulation
    r["keystroke_p95_ms"] = r.get("keystroke_results_p95_ms", r.get("keystroke_api_p95_ms"))
    rss = [r.get(f"rss_{s}_mb") for s in RSS_STEPS if r.get(f"rss_{s}_mb") is not None]
    r["peak_rss_mb"] = max(rss) if rss else None
    return r


def fmt(value, f: str) -> str:
    if value is None:
        return "n/a"
    try:
        if "d}" in f:
            return f.format(int(value))
        return f.format(value)
    except (ValueError, TypeError):
        return str(value)


def render(results: dict[int, dict], seed: int, rev: str = "") -> str:
    sizes = list(results)
    label_w = max(len(lab) for _, lab, _ in ROWS + [("", "peak RSS of step 'reindex_1pct' MB", "")]) + 2
    col_w = 12
    lines = [f"defect-tui benchmark — {time.strftime('%Y-%m-%d %H:%M:%S')}  seed {seed}  "
             f"python {platform.python_version()}  {os.cpu_count()} CPUs  {rev or _git_rev()}",
             "",
             "metric".ljust(label_w) + "".join(f"{n:>{col_w}}" for n in sizes) + "   target @10k",
             "-" * (label_w + col_w * len(sizes) + 15)]
    targets = {**TARGETS}
    for key, lab, f in ROWS:
        tgt = targets.get(key)
        lines.append(lab.ljust(label_w) + "".join(f"{fmt(results[n].get(key), f):>{col_w}}" for n in sizes)
                     + (f"   <= {tgt}" if tgt is not None else ""))
    for s in RSS_STEPS:
        key = f"rss_{s}_mb"
        tgt = "   <= 400 (app)" if s == "ui" else ""
        lines.append(f"peak RSS of step '{s}' MB".ljust(label_w)
                     + "".join(f"{fmt(results[n].get(key), '{:.0f}'):>{col_w}}" for n in sizes) + tgt)
    lines.append("")
    for n in sizes:
        r = results[n]
        notes = [f"{k}: {v}" for k, v in sorted(r.items())
                 if (k.endswith("_error") or k.endswith("_note") or k in ("query_errors", "query_zero_hits",
                     "fts5_errors", "reindex_noop_changed", "reindex_1pct_files", "reindex_1pct_updated",
                     "workers", "keystroke_api_limit", "ui_debounce_ms", "sample_incidents_per_article"))]
        lines.append(f"n={n}: " + "; ".join(notes))
        for key in ("query_error_examples", "fts5_error_examples"):
            if r.get(key):
                lines.append(f"  {key}: " + " | ".join(r[key]))
        if r.get("slowest_queries"):
            lines.append("  slowest queries: " + " | ".join(r["slowest_queries"][:6]))
        children = r.get("rss_build_children_mb")
        if children:
            lines.append(f"  build worker process peak RSS: {children:.0f} MB")
    lines += ["", "Methods: bench/README.md. Each step runs in a fresh process; RSS is that process's own peak "
              "(ru_maxrss)."]
    return "\n".join(lines) + "\n"


def _git_rev() -> str:
    try:
        return "git " + subprocess.run(["git", "-C", str(BENCH.parent), "rev-parse", "--short", "HEAD"],
                                       capture_output=True, text=True, timeout=10).stdout.strip()
    except Exception:  # noqa: BLE001
        return ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="defect-tui benchmark")
    ap.add_argument("--sizes", nargs="+", type=int, default=[1000, 10000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--steps", nargs="+", choices=list(STEPS), default=list(STEPS),
                    help="run only these steps (the index must exist for the others)")
    ap.add_argument("--step", choices=list(STEPS), help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.step:
        run_step_here(args.step, args.size, args.seed, args)
        return 0
    sizes = [int(s) for s in args.sizes]
    # (the commit measured is the one checked out when the run starts: commits made during a run of
    # an hour or more are not in it, as `make bench` installed the package before)
    rev = _git_rev()
    OUT.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict] = {}
    for n in sizes:
        ensure_corpus(n, args.seed)
        if "build" in args.steps:
            fts_path(n, args.seed).unlink(missing_ok=True)  # the baseline follows the rebuilt rows
        r: dict = {}
        for name in args.steps:
            if name != "build" and not (index_root(n, args.seed) / "VERSION").exists():
                r[f"{name}_error"] = "no index (build step failed or was not run)"
                continue
            res = run_step(name, n, args.seed)
            r[f"rss_{name}_mb"] = res.pop("rss_mb", None)
            kids = res.pop("children_rss_mb", None)
            if name == "build":
                r["rss_build_children_mb"] = kids
            r.update(res)
        results[n] = derive(r, n)
    text = render(results, args.seed, rev)
    print(text)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"{stamp}-{'-'.join(map(str, sizes))}.txt").write_text(text, encoding="utf-8")
    latest = {"sizes": {str(n): {k: (round(results[n][k], 4) if isinstance(results[n].get(k), float)
                                     else results[n].get(k)) for k in JSON_KEYS} for n in sizes}}
    (RESULTS / "latest.json").write_text(json.dumps(latest, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
