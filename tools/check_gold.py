#!/usr/bin/env python3
"""Check a real-report set: every article's front matter, every gold row's
fields, and that every evidence and entity string occurs in its article.

    python tools/check_gold.py tests/data/real/dev [tests/data/real/blind ...]

A set folder holds `articles/` (one .md per report, YAML front matter with
title, date, source and url) and one or more `gold*.yaml` files in the shared
gold format. Gold that quotes text the article does not hold can never be
matched, so the scorer would blame the extractor for a typo in the gold; this
check catches that before anyone tunes against it. It reads only the
articles and the gold, never the extractor, so gold writers can run it.
Exit status 1 when anything is wrong; each problem is one line.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

STATUSES = {"defected", "attempted", "sought_asylum", "reported_count"}
LABELS = ("PERSON", "ORG", "LOCATION", "DATE", "ROLE", "NUMBER")
FIELDS = ("actor", "actor_name", "role", "count", "date", "origin", "destination", "status", "evidence")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def squash(text: str) -> str:
    """Whitespace-insensitive, case-insensitive, curly quotes as straight."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def load_set(folder: Path) -> tuple[dict[str, tuple[dict, str]], dict[str, dict], list[str]]:
    problems: list[str] = []
    articles: dict[str, tuple[dict, str]] = {}
    for path in sorted((folder / "articles").glob("*")):
        if path.suffix not in (".md", ".txt"):
            continue
        text = path.read_text(encoding="utf-8")
        m = FRONT.match(text)
        meta: dict = {}
        if not m:
            problems.append(f"{path.name}: no YAML front matter")
            body = text
        else:
            try:
                meta = yaml.safe_load(m.group(1)) or {}
            except yaml.YAMLError as exc:
                problems.append(f"{path.name}: front matter is not YAML: {exc}".splitlines()[0])
            body = text[m.end():]
            for key in ("title", "date", "source", "url"):
                if not meta.get(key):
                    problems.append(f"{path.name}: front matter lacks {key}")
        articles[path.stem] = (meta, body)
    gold: dict[str, dict] = {}
    for gpath in sorted(folder.glob("gold*.yaml")):
        try:
            data = yaml.safe_load(gpath.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            problems.append(f"{gpath.name}: not YAML: {exc}".splitlines()[0])
            continue
        for aid, entry in (data.get("articles", data) or {}).items():
            if aid in gold:
                problems.append(f"{gpath.name}: {aid} annotated twice")
            gold[aid] = entry or {}
    return articles, gold, problems


def check_article(aid: str, body: str, entry: dict) -> list[str]:
    problems: list[str] = []
    flat = squash(body)
    for i, inc in enumerate(entry.get("incidents") or []):
        where = f"{aid}: incident {i + 1}"
        for key in FIELDS:
            if key not in inc:
                problems.append(f"{where}: no {key} key (write null when empty)")
        if inc.get("status") not in STATUSES:
            problems.append(f"{where}: status {inc.get('status')!r} is not one of {sorted(STATUSES)}")
        date = inc.get("date")
        if date is not None and not DATE_RE.match(str(date)):
            problems.append(f"{where}: date {date!r} is not an ISO prefix (quote it: \"2016-08\")")
        if date is not None and not isinstance(date, str):
            problems.append(f"{where}: date {date!r} must be a quoted string")
        count = inc.get("count")
        if count is not None and (not isinstance(count, int) or isinstance(count, bool) or count < 1):
            problems.append(f"{where}: count {count!r} is not a whole number")
        evidence = str(inc.get("evidence") or "")
        if not evidence:
            problems.append(f"{where}: no evidence sentence")
        elif squash(evidence) not in flat:
            problems.append(f"{where}: evidence not found in the article: {evidence[:70]!r}")
    ents = entry.get("entities")
    if not isinstance(ents, dict):
        problems.append(f"{aid}: no entities mapping")
        return problems
    for label, values in ents.items():
        if label not in LABELS:
            problems.append(f"{aid}: unknown entity label {label}")
            continue
        for value in values or []:
            if squash(str(value)) not in flat:
                problems.append(f"{aid}: {label} {value!r} does not occur in the article body")
            elif not occurs_whole(squash(str(value)), flat):
                problems.append(
                    f"{aid}: {label} {value!r} occurs only as part of a number "
                    "(a comma in a YAML [list] splits '22,000': quote the value)"
                )
    return problems


def occurs_whole(value: str, flat: str) -> bool:
    """True when `value` occurs somewhere without cutting a number such as
    "22,000" at its comma. An unquoted value in a YAML flow list splits there
    ("[nearly 22,000 North Koreans]" reads as "nearly 22" and "000 North
    Koreans"), and both halves still occur in the text, so the plain check
    above lets the broken gold through."""
    for m in re.finditer(re.escape(value), flat):
        before, after = flat[: m.start()], flat[m.end():]
        cut_before = value[:1].isdigit() and re.search(r"\d,$", before) is not None
        cut_after = value[-1:].isdigit() and re.match(r",\d", after) is not None
        if not (cut_before or cut_after):
            return True
    return False


def main(folders: list[str]) -> int:
    problems: list[str] = []
    urls: dict[str, str] = {}
    n_articles = n_incidents = 0
    for name in folders:
        folder = Path(name)
        articles, gold, found = load_set(folder)
        problems += [f"{folder.name}/{p}" for p in found]
        for aid in sorted(set(articles) - set(gold)):
            problems.append(f"{folder.name}/{aid}: article has no gold entry")
        for aid in sorted(set(gold) - set(articles)):
            problems.append(f"{folder.name}/{aid}: gold entry has no article")
        for aid, (meta, body) in articles.items():
            url = str(meta.get("url") or "")
            if url and url in urls:
                problems.append(f"{folder.name}/{aid}: url also used by {urls[url]}")
            urls[url] = aid
            if aid in gold:
                problems += [f"{folder.name}/{p}" for p in check_article(aid, body, gold[aid])]
                n_incidents += len(gold[aid].get("incidents") or [])
        n_articles += len(articles)
    for p in problems:
        print(p)
    print(f"{n_articles} articles, {n_incidents} gold incidents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["tests/data/real/dev", "tests/data/real/blind"]))
