#!/usr/bin/env python3
"""Deterministic generator of realistic news-article corpora for the benchmark.

    python bench/generate.py N OUTDIR [--seed 1]

Writes N articles of 300-900 words under OUTDIR/<year>/<number>.txt|.md in
the conventions analysts' folders really hold:

  yaml    YAML front matter (title, date, source, authors), Markdown body
  posted  "Go to contents" furniture, headline (repeated), "Posted June. 12,
          2023 08:06" / "Updated ..." lines, byline with e-mails at the end
  wire    headline, "2015/07/16 10:23" line, "SEOUL, July 16 (Yonhap) --" dateline
  byline  headline, "By A and B", "April 12, 2015" date line
  plain   headline with the year in it, no other metadata

Bodies mix Zipf-distributed general vocabulary, sentences naming people,
organisations and places from bench/pools.py, and sentences that report
defections in news phrasing (about one per 60 words: ~10 per article) for
the extractor to find. Article i depends only on (seed, i), so the first
1,000 articles of a 10,000 corpus are the 1,000 corpus.

Also writes OUTDIR/.manifest.jsonl (intended metadata and the incident
sentences of each file) and OUTDIR/.params.json (written last: a corpus
without it is incomplete). Dot-files are not read by the indexer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pools  # noqa: E402

GENERATOR_VERSION = 1  # bump when output changes: cached corpora are regenerated
MIN_WORDS, MAX_WORDS = 300, 900
WORDS_PER_INCIDENT = 60

_WORDS = pools.general_words()
_CUM = list(itertools.accumulate(1.0 / (r + 1) ** 1.05 for r in range(len(_WORDS))))
_PEOPLE = pools.people()
_KOREAN_PEOPLE = _PEOPLE[:1000]
_EXPERTS = _PEOPLE[1000:]
_AGENCIES = ["NIS", "National Intelligence Service", "Ministry of Unification", "Unification Ministry",
             "Joint Chiefs of Staff", "Foreign Ministry"]


def zipf_words(rng: random.Random, k: int) -> list[str]:
    return rng.choices(_WORDS, cum_weights=_CUM, k=k)


# ------------------------------------------------------------------ time expressions

def when_relative(rng: random.Random, day: dt.date) -> str:
    """A time phrase as news writes it, resolvable against the article date."""
    r = rng.random()
    if r < 0.25:
        return f"in {pools.MONTHS[rng.randrange(day.month)]}"  # a month not after the article's
    if r < 0.4:
        return "last " + rng.choice(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                      "Saturday", "week", "month", "year"])
    if r < 0.5:
        return rng.choice(["earlier this month", "earlier this year", "this year", "this month"])
    if r < 0.7:
        year = day.year - rng.randrange(0, 6)
        return f"in {year}" if rng.random() < 0.5 else f"in {rng.choice(pools.MONTHS)} {year}"
    if r < 0.85:
        return "on " + rng.choice(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
    d = day - dt.timedelta(days=rng.randrange(1, 400))
    return f"on {pools.MONTHS[d.month - 1]} {d.day}, {d.year}"


# ------------------------------------------------------------------ sentences

def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def salad(rng: random.Random, lo: int = 7, hi: int = 22) -> str:
    words = zipf_words(rng, rng.randint(lo, hi))
    return " ".join(words)


def filler(rng: random.Random, day: dt.date) -> str:
    r = rng.random()
    if r < 0.35:
        s = _cap(salad(rng))
        if rng.random() < 0.3:
            s += f" in {rng.choice(pools.PLACES_ABROAD + pools.PLACES_KOREA)}"
        return s + "."
    if r < 0.5:
        return (f"{rng.choice(_EXPERTS)}, a {rng.choice(['researcher', 'professor', 'analyst', 'senior fellow'])} "
                f"at the {rng.choice(pools.ORGS)}, said the {salad(rng, 4, 10)}.")
    if r < 0.62:
        return f"\u201c{_cap(salad(rng, 6, 16))},\u201d {rng.choice(_PEOPLE)} said."
    if r < 0.74:
        return (f"The {rng.choice(pools.ORGS)} {salad(rng, 3, 8)} with {rng.choice(pools.PLACES_ABROAD)} "
                f"{when_relative(rng, day)}.")
    if r < 0.84:
        return (f"Pyongyang {salad(rng, 4, 12)} {rng.choice(pools.ORGS)} and "
                f"{rng.choice(pools.COUNTRIES)}.")
    if r < 0.92:
        return (f"{rng.choice(_KOREAN_PEOPLE)}, {rng.choice(['a member', 'the head', 'a former deputy'])} of the "
                f"{rng.choice(pools.ORGS)}, {salad(rng, 5, 12)}.")
    return f"In {rng.choice(pools.PLACES_KOREA)}, {salad(rng, 6, 16)}."


def incident(rng: random.Random, day: dt.date) -> str:
    """One sentence that states a defection, attempt, asylum request or count."""
    role = rng.choice(pools.ROLES)
    roles = pools.ROLES_PLURAL[role]
    city = rng.choice(pools.EMBASSY_CITIES)
    country = rng.choice(pools.COUNTRIES[1:])
    person = rng.choice(_KOREAN_PEOPLE)
    agency = rng.choice(_AGENCIES)
    outlet = rng.choice(pools.OUTLETS)[0]
    when = when_relative(rng, day)
    n = rng.randint(2, 40)
    num = rng.choice(pools.NUMBER_WORDS)
    t = rng.randrange(15)
    if t == 0:
        return f"A North Korean {role} posted in {city} defected to South Korea {when}, the {agency} said."
    if t == 1:
        return f"At least {n} North Korean {roles} sought asylum in {country} {when}, {outlet} reported."
    if t == 2:
        return f"{num} North Korean soldiers crossed the Military Demarcation Line {when}, the Joint Chiefs of Staff said."
    if t == 3:
        return (f"{person}, a former {role} at the North Korean embassy in {city}, defected to South Korea "
                f"with his family {when}.")
    if t == 4:
        return (f"A North Korean {role} stationed in {city} tried to defect to {country} {when} but was caught, "
                f"a source familiar with the matter said.")
    if t == 5:
        return f"{n} North Korean defectors arrived in South Korea {when}, according to the Ministry of Unification."
    if t == 6:
        return (f"A North Korean fisherman drifted across the Northern Limit Line {when} and asked for asylum, "
                f"officials in Seoul said.")
    if t == 7:
        return f"{person}, who served as a {role} in {city}, fled to Seoul {when}."
    if t == 8:
        return (f"A North Korean {role} working in {city} went missing {when} and is believed to have defected, "
                f"the NIS told lawmakers.")
    if t == 9:
        return f"Two North Korean {roles} requested asylum at the South Korean embassy in {city} {when}."
    if t == 10:
        return f"The {agency} confirmed that {person}, a North Korean {role} based in {city}, defected to South Korea {when}."
    if t == 11:
        return (f"A total of {n * 25} North Korean defectors arrived in South Korea in {day.year - rng.randrange(1, 5)}, "
                f"the Ministry of Unification said.")
    if t == 12:
        return (f"A North Korean soldier crossed the DMZ near {rng.choice(['Cheorwon', 'Goseong', 'Paju', 'Panmunjom'])} "
                f"{when} and was taken into custody, the JCS said.")
    if t == 13:
        return f"{person}, the North Korean {role} in {city}, sought political asylum in {country} {when}."
    return f"North Korean {role} {person} defected to the United States via {country} {when}, {outlet} reported."


def headline(rng: random.Random, day: dt.date, with_year: bool) -> str:
    role = rng.choice(pools.ROLES)
    city = rng.choice(pools.EMBASSY_CITIES)
    t = rng.randrange(6)
    if t == 0:
        h = f"North Korean {role} in {city} defects to South Korea"
    elif t == 1:
        h = f"Growing unrest among N.K. elites, signs of serial defections"
    elif t == 2:
        h = f"{rng.choice(_KOREAN_PEOPLE)}: the {role} who left {city}"
    elif t == 3:
        h = f"Number of North Korean {pools.ROLES_PLURAL[role]} defecting rises, says {rng.choice(_AGENCIES)}"
    elif t == 4:
        h = f"Seoul says {rng.choice(pools.NUMBER_WORDS).lower()} North Korean {pools.ROLES_PLURAL[role]} sought asylum"
    else:
        h = f"{_cap(salad(rng, 3, 6))} as {rng.choice(pools.ORGS)} {salad(rng, 1, 3)}"
    return f"{h} in {day.year}" if with_year else h


# ------------------------------------------------------------------ articles

_START = dt.date(2000, 1, 1).toordinal()
_END = dt.date(2026, 10, 31).toordinal()
STYLES = ("yaml", "posted", "wire", "byline", "plain")
_STYLE_WEIGHTS = (30, 20, 20, 20, 10)


def _body(rng: random.Random, day: dt.date, target: int, budget: int) -> tuple[list[str], list[str]]:
    """Paragraphs of about `target` words (never above `budget`) and the
    incident sentences placed in them."""
    n_inc = max(4, round(target / WORDS_PER_INCIDENT))
    incidents = [incident(rng, day) for _ in range(n_inc)]
    words = sum(len(s.split()) for s in incidents)
    sentences = list(incidents)
    while words < target:
        s = filler(rng, day)
        w = len(s.split())
        if words + w > budget:
            break
        sentences.append(s)
        words += w
    # incidents spread through the article, the first one in the lead
    rest = sentences[1:]
    rng.shuffle(rest)
    sentences = sentences[:1] + rest
    paras, i = [], 0
    while i < len(sentences):
        k = rng.randint(2, 5)
        paras.append(" ".join(sentences[i:i + k]))
        i += k
    return paras, incidents


def make_article(seed: int, i: int) -> tuple[str, str, dict]:
    """(relative path, text, manifest record) of article `i`."""
    rng = random.Random(f"{seed}:{i}")
    day = dt.date.fromordinal(rng.randint(_START, _END))
    style = rng.choices(STYLES, weights=_STYLE_WEIGHTS)[0]
    outlet, domain, agency = rng.choice(pools.OUTLETS)
    authors = rng.sample(pools.REPORTERS, rng.choice((1, 1, 2)))
    target = rng.randint(MIN_WORDS + 30, MAX_WORDS - 40)
    title = headline(rng, day, with_year=style == "plain")
    meta = {"title": title, "date": day.isoformat(), "date_precision": "day", "source": outlet,
            "authors": authors, "style": style}
    mon = pools.MONTHS[day.month - 1]
    if style == "yaml":
        paras, incs = _body(rng, day, target, MAX_WORDS - 5)
        head = (f"---\ntitle: {json.dumps(title)}\ndate: {day.isoformat()}\nsource: {json.dumps(outlet)}\n"
                "authors:\n" + "".join(f"  - {json.dumps(a)}\n" for a in authors) + "---\n\n")
        text = head + "\n\n".join(paras) + "\n"
        ext = ".md"
    elif style == "posted":
        outlet, domain = ("The Dong-A Ilbo", "donga.com") if rng.random() < 0.5 else (outlet, domain)
        meta["source"] = outlet
        stamp = f"{pools.MONTHS_ABBR[day.month - 1].rstrip('.')}. {day.day}, {day.year} {rng.randrange(24):02d}:{rng.randrange(60):02d}"
        top = f"Posted {stamp},   \n\nUpdated {stamp}\n\n"
        byline = " · ".join(f"{a} {a.split()[0].lower().replace('-', '')}{k}@{domain}" for k, a in enumerate(authors))
        extra = len(top.split()) + len(byline.split())
        paras, incs = _body(rng, day, target - extra, MAX_WORDS - 5 - extra)
        furniture = "Go to contents\n\n" if rng.random() < 0.5 else ""
        text = f"{furniture}{title}\n\n{title}\n\n{top}" + "\n\n".join(paras) + f"\n\n\n{byline}\n"
        ext = ".txt"
    elif style == "wire":
        if not agency:
            outlet, domain, agency = ("Yonhap News Agency", "yna.co.kr", "Yonhap")
        meta["source"] = outlet
        meta["authors"] = []
        city = rng.choice(["SEOUL", "BEIJING", "TOKYO", "MOSCOW", "WASHINGTON"])
        line = f"{day.year}/{day.month:02d}/{day.day:02d} {rng.randrange(24):02d}:{rng.randrange(60):02d}"
        dateline = f"{city}, {pools.MONTHS_ABBR[day.month - 1]} {day.day} ({agency}) -- "
        extra = len(line.split()) + len(dateline.split()) + 1
        paras, incs = _body(rng, day, target - extra, MAX_WORDS - 5 - extra)
        paras[0] = dateline + paras[0]
        text = f"{title}\n\n{line}\n\n" + "\n\n".join(paras) + "\n\n(END)\n"
        ext = ".txt"
    elif style == "byline":
        meta["source"] = ""
        by = "By " + " and ".join(authors)
        date_line = f"{mon} {day.day}, {day.year}"
        extra = len(by.split()) + len(date_line.split())
        paras, incs = _body(rng, day, target - extra, MAX_WORDS - 5 - extra)
        text = f"{title}\n{by}\n{date_line}\n\n" + "\n\n".join(paras) + "\n"
        ext = ".txt"
    else:  # plain: the year in the headline is all the metadata there is
        meta.update(date=str(day.year), date_precision="year", source="", authors=[])
        paras, incs = _body(rng, day, target, MAX_WORDS - 5)
        text = f"{title}\n\n" + "\n\n".join(paras) + "\n"
        ext = ".txt"
    rel = f"{day.year}/{i:06d}{ext}"
    meta["path"] = rel
    meta["incident_sentences"] = incs
    return rel, text, meta


def params_of(n: int, seed: int) -> dict:
    return {"n": n, "seed": seed, "generator_version": GENERATOR_VERSION}


def is_complete(outdir: Path, n: int, seed: int) -> bool:
    try:
        return json.loads((outdir / ".params.json").read_text()) == params_of(n, seed)
    except (OSError, ValueError):
        return False


def generate(n: int, outdir: Path, seed: int = 1, quiet: bool = True) -> Path:
    """Write the corpus (replacing OUTDIR's previous generated files)."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / ".params.json").unlink(missing_ok=True)
    t0 = time.perf_counter()
    made_dirs: set[str] = set()
    with open(outdir / ".manifest.jsonl", "w", encoding="utf-8") as manifest:
        for i in range(n):
            rel, text, meta = make_article(seed, i)
            folder = rel.split("/", 1)[0]
            if folder not in made_dirs:
                (outdir / folder).mkdir(exist_ok=True)
                made_dirs.add(folder)
            with open(outdir / rel, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            manifest.write(json.dumps(meta, ensure_ascii=False) + "\n")
            if not quiet and (i + 1) % 1000 == 0:
                print(f"  {i + 1}/{n} articles", file=sys.stderr)
    (outdir / ".params.json").write_text(json.dumps(params_of(n, seed)))
    if not quiet:
        print(f"generated {n} articles in {outdir} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return outdir


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("N must be at least 1")
    generate(args.n, args.outdir, args.seed, quiet=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
