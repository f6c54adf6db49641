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
DATA = ROOT / "tests" / "data"
SEEDS = ROOT / "seeds"
# Invented articles (tests/data/articles): their first gold (gold.yaml) and a
# second gold written blind and first scored at incident F1 0.62, since tuned
# on (train2_gold.yaml, once "heldout"): both are training sets now.
ARTICLES = DATA / "articles"
# Invented, written blind and never tuned on (0.65 when added).
INVENTED_BLIND = DATA / "blind"
# Real public news reports, retold (tests/data/real/SOURCES.md): dev is tuned
# on; blind is never read while the extractor changes, only scored.
REAL = DATA / "real"


def run_scorer(folder: Path, gold: dict, tmp_path: Path, extractor: Extractor, verbose: bool = True) -> dict[str, float]:
    """Score the extractor on a folder; the blind set without --verbose, so
    that its errors are never printed (and read) while rules change."""
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
         "--entities", str(ent_path)] + (["--verbose"] if verbose else []),
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


def _set_gold(folder: Path) -> dict:
    gold: dict = {}
    for path in sorted(folder.glob("gold*.yaml")):
        gold.update(_gold(path))
    return gold


# (name, articles, gold) -> floors (incident F1, field accuracy, entity micro-F1)
# Each set is held at what the extractor reaches on it, so that a change
# that generalises worse fails; the blind set at its measured figure.
SETS = {
    "seeds": (SEEDS, lambda: _gold(DATA / "seeds_gold.yaml"), (0.90, 0.85, 0.90)),
    "invented_train": (ARTICLES, lambda: _gold(DATA / "gold.yaml"), (0.90, 0.85, 0.90)),
    "invented_train2": (ARTICLES, lambda: _gold(DATA / "train2_gold.yaml"), (0.90, 0.85, 0.90)),
    # invented blind: 0.79 / 0.91 until stop 26, whose present-tense wishes ("they say they want to
    # stay") found one more of its 20 incidents (0.82), a pair whose fields the gold takes from
    # elsewhere (fields 0.91 -> 0.88: 16 pairs with ~14.1 right values against 15 with ~13.7)
    # (entities 0.94 -> 0.95 at stop 27: dates with their anchors, "the other two", unit titles)
    # Stop 28: 0.82 -> 0.85 (P 0.84 -> 0.85, R 0.80 -> 0.85), fields 0.88 -> 0.90.
    # Stop 46: 0.88 -> 0.90 (18 pairs, 21 -> 20 rows): a group told of again 5 to 12 sentences on
    # merges with its event (GROUP_REACH in post.py); the floor rises to it.
    "invented_blind": (INVENTED_BLIND / "articles", lambda: _gold(INVENTED_BLIND / "gold.yaml"), (0.90, 0.90, 0.95)),
    # real dev (153 reports) measured 0.82 / 0.90 / 0.92 (stop 21; rounds r9, r10, r11 and r12 scored
    # 0.71, 0.62, 0.70 and 0.53 at the start of the stop, before any rule was made from them); real blind 0.49 / 0.73 / 0.88 before the rules of the real-report
    # rounds, 0.67 / 0.82 / 0.91 at stop 20, 0.74 / 0.84 / 0.91 at stop 21 (held there). Stop 22:
    # 37 NUMBER values that YAML had cut at a thousands comma were quoted (dev entities 0.92 -> 0.93);
    # round r13 (16 reports, 169 in all) scored 0.69 before any rule was made from it; round r14
    # (16 more, 185 in all) 0.60 at the start of stop 22 and 0.62 with the rules made before it joined.
    # Round r15 (16 more, 201 in all) scored 0.63 both at the start of stop 22 and with all of
    # its rules: they were made from dev and did not carry to it. Real blind at the end of
    # stop 22: 0.74 / 0.85 / 0.91. Stop 24: round r19 (16 reports, 265 in all) scored 0.59 at
    # the start of the stop and 0.62 with the rules made before it joined. Stop 25: round r20
    # (24 reports, told across sentences, returns, follow-ups) scored 0.51 at the start of the
    # stop and 0.63 with its own rules; round r21 (16, an ordinary mix) 0.79 with the rules made
    # before it was scored and 0.81 with its own; round r22 (16, longer features and wire items)
    # 0.61 with the start-of-stop rules, 0.63 with this stop's rules made before it was scored;
    # 321 in all, which brings dev from 0.78 to 0.77 (the harder reports, not a regression: the
    # 305 before it stay at 0.78). Blind fields 0.85 -> 0.86 (dates). Stop 26: round r23 (24
    # reports: elite defectors told over several sentences, border events, statistics and
    # negatives) scored 0.74 with the start-of-stop rules and 0.75 with the rules made before
    # it was scored, 0.89 with its own; round r24 (16: wire items retold days later, background-
    # heavy analyses) 0.52 at the start of the stop, 0.57 with the rules made before it, 0.66 with
    # its own. 361 in all: 0.78 / 0.88 / 0.92 (fields 0.89 -> 0.88: r24's background figures).
    # Round r25 (16: an ordinary mix; details told over several paragraphs) 0.69 with the start-of-
    # stop rules and 0.69 with the rules of this stop made before it was scored (they did not
    # carry to it), 0.78 with its own. 377 in all: 0.78 / 0.89 / 0.92. Round r26 (16: an ordinary
    # mix and long features told in flashback) 0.66 with the start-of-stop rules and 0.66 with all
    # the rules of this stop made before it was scored (fields 0.83 -> 0.84), 0.67 with its own.
    # 393 in all: 0.78 / 0.88 / 0.92 (0.75 / 0.88 / 0.92 with the start-of-stop rules). Real
    # blind 0.75 -> 0.76 (one spurious row fewer; dates 0.78 -> 0.80, origins 0.76 -> 0.78).
    # Stop 27: round r27 (16: elite and group defections, a party negative, a flashback feature)
    # scored 0.60 / 0.73 with the start-of-stop rules, 0.71 / 0.76 with its own; round r28 (16:
    # outlets new to the corpus, details spread over paragraphs, first-person quotes) 0.63 / 0.86
    # with the start-of-stop rules and with those made before it was scored (fields 0.88), 0.74 /
    # 0.86 with its own. 425 in all: 0.78 / 0.89 / 0.92 (0.77 / 0.88 / 0.92 with the start-of-stop
    # rules). Real blind fields 0.86 -> 0.87 (actor names), entities 0.91 -> 0.92 (ORG with its
    # nationality, PERSON with a middle initial, dates with their anchors); incidents held.
    # Stop 28: round r29 (24: arrests abroad, boat arrivals, defections north, a recall negative)
    # scored 0.56 / 0.89 with the start-of-stop rules and with those made before it was scored,
    # 0.65 / 0.88 with its own. 449 in all: 0.78 / 0.89 / 0.92. Round r30 (16: elite defectors
    # told over several paragraphs and in follow-ups, women escaping through China and Southeast
    # Asia, arrests in transit, quarterly figures written out in words, a sports and a sanctions
    # negative) 0.54 / 0.81 with the start-of-stop rules and with those made before it was scored,
    # 0.67 / 0.81 with its own. 465 in all: 0.77 / 0.88 / 0.92 (the harder reports, not a
    # regression: the 449 before it stay at 0.78 / 0.89 / 0.92). Stop 29: round r31 (22: arrests
    # on other charges, a defector who crossed three times, Ukraine POWs, quarterly figures with
    # their splits, asylum figures in Europe, a recall and a football negative; a 23rd turned out
    # to retell a blind report's source and was dropped) scored 0.47 / 0.82 with the start-of-stop
    # rules and with those made before it was scored, 0.58 / 0.84 with its own. 487 in all:
    # 0.77 / 0.88 / 0.92. Round r32 (24: elite defectors of the 1990s and 2000s, DMZ soldiers,
    # testimony, arrival figures, a returnee's press conference, routes through Vietnam and
    # Cambodia, a party and a recall negative) 0.78 / 0.81 with the start-of-stop rules and with
    # those made before it was scored (fields 0.82), 0.83 / 0.82 with its own. 511 in all: 0.77 /
    # 0.88 / 0.92. Round r33 (24: boats, soldiers and workers abroad in wire copy 1997-2018,
    # women's escapes, arrests in Thailand and Laos, arrival figures with their splits, re-
    # defectors, a party negative) 0.57 / 0.88 with the start-of-stop rules, 0.59 / 0.88 with
    # those made before it was scored, 0.64 / 0.89 with its own. 535 in all: 0.77 / 0.88 / 0.92.
    # Round r34 (20: an ordinary mix) was scored with the end-of-stop rules and joined with no rule
    # made from it but one date fix: 0.65 / 0.87, as with the start-of-stop rules (0.65 / 0.88).
    # 555 in all: 0.76 / 0.88 / 0.92, then 0.77 with a last rule ("the last defection across the
    # DMZ by a soldier took place in 2010", two rows of r33/r34). Start-of-stop rules: 0.75.
    # Stop 30: round r35 (22: diplomats, a court case, boats, yearly figures, a swimmer back north,
    # a politician's and an activist's escapes, arrests in China, DMZ soldiers, workers abroad,
    # trafficked women, an American soldier, four negatives) scored 0.64 / 0.82 with the
    # start-of-stop rules and with the four rules made before it was scored. 577 in all: 0.77 / 0.88 / 0.92.
    # Stop 31: round r36 was lost with the machine's /tmp before it joined; round r37 (22: DMZ and
    # sea crossings, an American soldier north, prisoners of war asking for the South, figures,
    # an aunt of the leader, embassy bids of 2002-2004, Jenkins, three negatives) scored
    # 0.63 / 0.78 / 0.93 with the start-of-stop rules and with the fifteen rules made on dev
    # before it was read. 599 in all: 0.77 / 0.88 / 0.92.
    # Stop 32: round r38 (22: asylum seekers by boat to Japan, officials in Beijing, restaurant
    # workers, a diplomat, re-defectors, repatriations from China, yearly figures, Americans who
    # went north, an embassy climbed in Beijing, a DMZ soldier, a fisheries official shot at sea,
    # three negatives) scored 0.59 / 0.82 / 0.90 with the end-of-stop-31 rules, unchanged since
    # stop 31's start. 621 in all: 0.77 / 0.88 / 0.92. Round r39 (22: embassy bids and elite cases
    # 1997-2014, a Japanese woman seeking asylum in the North, soldiers across the MDL, a resident
    # across the sea border, arrests in China, figures of 2025, prisoners of war in Ukraine, a UN
    # release, four negatives), gathered during stop 32, scored 0.64 / 0.86 / 0.87 unread, both with
    # the start-of-stop rules and with the eleven rules made on r38 before it joined. 643 in all:
    # 0.77 / 0.88 / 0.92. End of stop 32, after the rules made on r38 and r39 (each tested on
    # invented sentences): 643 in all 0.78 (1,021 pairs, P .84 R .72) / 0.88 / 0.92.
    # Stop 33: round r40 (22: wire briefs, features, officials abroad, follow-ups, group escapes,
    # NGO/UN statements, figures, four negatives), gathered during stop 32 and kept unread, scored
    # 0.65 (P .70 R .60) / 0.84 (origin .52) / 0.91 both at stop 32's start and at its end. 665 in
    # all: 0.77 (1,042 pairs, P .84 R .72) / 0.88 / 0.92, so the incident floor drops to 0.77.
    # End of stop 33, after rules made on r40 and the entity lists of all rounds (each tested on
    # invented sentences): 0.78 (1,046 pairs, P .84 R .72) / 0.88 / 0.93; round r41 (22, gathered
    # in stop 33, unread) 0.61 / 0.81 / 0.90 at its start and 0.61 / 0.82 / 0.90 at its end.
    # Stop 34: round r41 joined unread (scored 0.61 (P .74 R .52) / 0.82 / 0.90 at the start);
    # 687 in all: 0.78 / 0.88 / 0.93.
    # Stop 35: round r42 (22: repatriations, embassy groups, soldiers and boats, re-defectors,
    # workers in Russia, figures, four negatives), gathered in stop 34, joined unread (scored
    # 0.51 (P .62 R .43) / 0.77 / 0.93 at stop 34's start, its end and this stop's start). 709 in
    # all: 0.77 (1,084 pairs, 1,293 rows, P .84 R .71) / 0.88 / 0.93, so the incident floor is 0.77.
    # Stop 36: round r43 (22: gathered in stop 35, kept unread) joined unread, scored 0.56 (P .69
    # R .47) / 0.82 / 0.90 at stop 35's start, its end and this stop's start. 731 in all: 0.77 /
    # 0.88 / 0.93 (1,111 pairs); 0.77 (1,121 pairs, P .84 R .72) / 0.88 / 0.93 at the end of stop 36,
    # after eleven rules (each tested on invented sentences).
    # Stop 37: rounds r44 (22) and r45 (22), gathered in stop 36 and kept unread, joined unread;
    # they scored 0.73 (P .88 R .62) / 0.93 / 0.90 and 0.71 (P .83 R .62) / 0.89 / 0.90 with the
    # rules of stop 36's end. 775 in all: 0.77 (1,168 pairs, 1,395 rows, P .84 R .71) / 0.88 / 0.93.
    # Round r46 (22, gathered at this stop's start) joined unread mid-stop: 0.70 (P .79 R .62) / 0.87
    # / 0.95 both with the start's rules and with the 21 rules made before it joined. 797 in all:
    # 0.77 (1,211 pairs, 1,444 rows, P .84 R .72) / 0.88 / 0.93. End of stop 37, after 36 rules (each
    # tested on invented sentences): 0.78 (0.7786: 1,224 pairs, 1,455 rows) against 0.7694 (1,198
    # pairs) with the start's rules on the same 797 reports; the floor stays 0.77.
    # Stop 38: round r47 (22, gathered in stop 37, kept unread) joined unread; it scored 0.71 (P .83
    # R .62) / 0.87 / 0.90 at stop 37's start and end. 819 in all: 0.78 (0.7775: 1,244 pairs, 1,479
    # rows, P .84 R .72) / 0.88 / 0.93. Round r48 (22, gathered at this stop's start) joined unread
    # after the speed work (which changed no row): 0.67 (P .71 R .63) / 0.85 / 0.90. 841 in all: 0.78
    # (1,268 pairs, 1,513 rows) / 0.88 / 0.92; 0.93 again with r48's names (credits, ages, titles).
    # End of stop 38, after 22 rules (each tested on invented sentences): 0.78 (0.7809: 1,278 pairs,
    # 1,514 rows, P .84 R .73) / 0.88 / 0.93 against 0.7751 with the start's rules: the floor is 0.78.
    # Stop 39: round r49 (22, gathered in stop 38, kept unread) joined unread; it scored 0.73 (P .87
    # R .62) / 0.83 / 0.94 at stop 38's start and end. 863 in all: 0.78 (0.7794: 1,311 pairs, 1,552
    # rows, P .84 R .72) / 0.88 / 0.93. Round r50 (22, gathered at this stop's start) joined unread:
    # 0.63 (P .61 R .65) / 0.88 / 0.94. 885 in all: 0.78 (0.7756: 1,339 pairs, 1,598 rows) / 0.88 / 0.93.
    # End of stop 39, after 31 rules (each tested on invented sentences): 0.78 (0.7843: 1,360 pairs,
    # 1,613 rows, P .84 R .73) / 0.88 / 0.93 against 0.7756 with the start's rules; the floor stays 0.78.
    # Stop 40: round r51 (22, gathered in stop 39, kept unread) joined unread; it scored 0.56 (P .58
    # R .54) / 0.84 / 0.92 at stop 39's start and 0.57 (P .60 R .54) / 0.84 / 0.92 at its end. 907 in
    # all: 0.78 (0.7798: 1,381 pairs, 1,648 rows, P .84 R .73) / 0.88 / 0.93. After 13 rules (each tested
    # on invented sentences): 0.79 (1,402 pairs, 1,665 rows). Round r52 (22, gathered at this stop's
    # start and kept unread until then) joined unread: 0.71 (P .78 R .66) / 0.86 / 0.91, both with the
    # start's rules and with the 13 rules. 929 in all: 0.79 (0.7862: 1,423 pairs, 1,692 rows) / 0.88 / 0.93.
    # End of stop 40, after 22 commits of rules (each tested on invented sentences): 0.79 (0.7888: 1,429
    # pairs, 1,697 rows, P .84 R .74) / 0.88 / 0.93 against 0.7787 (1,402 pairs, 1,675 rows) with the
    # start's rules on the same 929 reports: the incident floor rises to 0.79.
    # Stop 41: round r53 (22, gathered in stop 40, kept unread) joined unread; it scored 0.59 (P .62
    # R .57) / 0.90 / 0.91 at stop 40's start and 0.64 (P .66 R .62) / 0.91 / 0.92 at its end. 951 in
    # all: 0.79 (0.7859: 1,452 pairs, 1,732 rows, P .84 R .74) / 0.88 / 0.93.
    # After 9 rules: round r54 (22, gathered at this stop's start and kept unread until then) joined
    # unread: 0.72 (P .80 R .65) / 0.88 / 0.94, both with the start's rules and with the 9 rules. 973 in
    # all: 0.79 (0.7886: 1,496 pairs, 1,782 rows) / 0.88 / 0.93. End of stop 41, after 29 commits of rules
    # (each tested on invented sentences): 0.7959 (1,513 pairs, 1,790 rows, P .85 R .75) / 0.88 / 0.93
    # against 0.7844 (1,484 pairs, 1,772 rows) with the start's rules on the same 973 reports. The
    # scorer rounds it to 0.80, but two pairs fewer round to 0.79: the floor stays 0.79.
    # Stop 42: round r56 (22, gathered at this stop's start, 39 gold rows, 4 negatives) joined unread:
    # 0.76 (P .84 R .69) / 0.87 / 0.91 with the start's rules (r56a 0.82, r56b 0.70). 995 in all:
    # 0.7953 (1,540 pairs, 1,822 rows, P .85 R .75) / 0.88 / 0.93.
    # After 8 commits of rules: round r57 (22, gathered at this stop's start and kept unread until then, 35 gold
    # rows, 4 negatives) joined unread: 0.74 (P .68 R .80) / 0.87 / 0.92, both with the start's rules
    # and with the 8 commits of rules. 1,017 in all: 0.7967 (1,568 pairs, 1,850 rows) / 0.88 / 0.93.
    # After 22 commits of rules (each tested on invented sentences): round r58 (21, gathered midway
    # and kept unread until then; a 22nd retold a url the other helper had, and was left out) joined
    # unread: 0.77 (P .75 R .79) / 0.87 / 0.90 with the start's rules, 0.79 (P .79 R .79) / 0.87 /
    # 0.90 with the 22 commits. 1,038 in all: 0.8011 (1,601 pairs, 1,877 rows) / 0.88 / 0.93. End of
    # stop 42, after 8 more commits: 0.8020 (1,604 pairs, 1,880 rows, P .85 R .76) / 0.88 / 0.93
    # against 0.7937 (1,595 pairs, 1,899 rows) with the start's rules on the same 1,038 reports: the
    # incident floor rises to 0.80 (a dozen pairs above it). Round r59 (22, gathered at the end of the
    # stop and joined unread; 33 gold rows, 4 negatives) scored 0.75 (P .77 R .73) / 0.85 / 0.93 with
    # the start's rules and with the end's alike. 1,060 in all: 0.8012 (1,628 pairs, 1,911 rows) / 0.88
    # / 0.93 against 0.7930 (1,619 pairs, 1,930 rows) with the start's rules. Stop 43: rounds r60 and
    # r61 (22 reports each, gathered during the stop, scored unread, then joined): r60 0.80 (31 gold
    # rows) with the start's rules and after 13 commits of rules alike; r61 0.64 with the start's rules,
    # 0.63 after the same 13 (41 gold rows; the join's commit message says 17 and 20 by mistake).
    # 1,104 in all: 0.8025 (1,692 pairs, 1,992 rows) / 0.88 / 0.93 against 0.7984 (1,675 pairs,
    # 1,971 rows) with the start's rules. End of stop 43: 0.8057 (1,702 pairs,
    # 2,000 rows, P .85 R .76) / 0.88 / 0.93; the floor stays 0.80. Stop 44: round r62 (22 reports
    # gathered during the stop, 54 gold rows, 4 negatives) scored 0.73 (P .83 R .65) / 0.90 / 0.90
    # unread with the start's rules and after 7 commits of rules alike, then joined. On the 1,104:
    # 0.8078 (1,709 pairs, 2,006 rows). 1,126 in all: 0.8061 (1,744 pairs, 2,048 rows) / 0.88 / 0.93
    # against 0.8040 (1,737 pairs, 2,042 rows) with the start's rules; the floor stays 0.80. After a
    # rule made from one of r62's errors (two legs of a journey): 0.8064 (1,745 pairs, 2,049 rows);
    # after the last rule of the stop, 0.8066 (1,745 pairs, 2,048 rows).
    # Stop 45: round r63 (22 reports gathered at the stop's start, 36 gold rows, 4 negatives) scored
    # 0.72 (P .72 R .72) / 0.85 / 0.91 unread with the start's rules, then joined at once. 1,148 in
    # all: 0.8052 (1,771 pairs, 2,084 rows) / 0.88 / 0.93; the floor stays 0.80. Its entity micro-F1
    # fell to 0.9249 with r63 and is back at 0.9252 after the entity lists gained r63's outlets (a thin
    # margin over the 0.93 the scorer rounds to). End of stop 45, after 17 commits of rules and vocabulary: 0.8064
    # (1,776 pairs, 2,090 rows, P .85 R .77) / 0.88 / 0.93; r63 itself 0.72 -> 0.78 (tuned on it).
    # Stop 46: round r64 (22 reports gathered at the stop's start, 29 gold rows, 4 negatives) scored
    # 0.69 (P .63 R .76) / 0.81 / 0.91 unread with the start's rules, then joined. 1,170 in all:
    # 0.8047 (1,798 pairs, 2,125 rows) / 0.88 / 0.93 (entity micro-F1 0.9257, with the names r64's
    # reports showed missing, added just before it joined); the floor stays 0.80. Round r65 (22
    # reports gathered at the stop's start and kept unread, 37 gold rows, 4 negatives) scored 0.62
    # (P .79 R .51) / 0.83 / 0.92 unread, with the start's rules and after five commits of rules
    # alike, then joined. 1,192 in all: 0.8026 (1,819 pairs, 2,152 rows) / 0.88 / 0.93 (0.9256).
    # Round r66 (22 reports gathered mid-stop and kept unread, 26 gold rows, 4 negatives) scored
    # 0.69 (P .66 R .73) / 0.89 / 0.93 unread, with the start's rules and after 21 commits of rules
    # alike, then joined. 1,214 in all: 0.8035 (1,844 pairs, 2,183 rows) / 0.88 / 0.93 (0.9256).
    # End of stop 46: 0.8055 (1,843 pairs, 2,169 rows, P .85 R .77) / 0.88 / 0.93 (0.9257) against
    # 0.8003 (1,836 pairs, 2,178 rows) / 0.88 / 0.92 (0.9248) with the start's rules on the same
    # 1,214 reports; the floors stay 0.80 / 0.88 / 0.93.
    # Stop 47: round r67 (22 reports gathered at the stop's start, 44 gold rows, 6 negatives) scored
    # 0.67 (P .73 R .61) / 0.84 / 0.90 unread with the start's rules, then joined. 1,236 in all:
    # 0.8031 (1,870 pairs, 2,206 rows) / 0.88 / 0.93 (0.9253). Round r68 (22 reports gathered mid-stop
    # and kept unread, 44 gold rows, 4 negatives) scored 0.66 (P .74 R .59) / 0.90 / 0.90 unread, with the
    # start's rules and after one commit of rules alike, then joined (after the entity lists gained the
    # names it showed missing). 1,258 in all: 0.8018 (1,899 pairs, 2,242 rows) / 0.88 / 0.93 (0.9256).
    # End of stop 47: 0.8032 (1,902 pairs, 2,241 rows, P .85 R .76) / 0.88 / 0.93 (0.9256) against
    # 0.8007 (1,896 pairs, 2,241 rows) / 0.88 / 0.92 (0.9249) with the start's rules on the same 1,258
    # reports; the floors stay 0.80 / 0.88 / 0.93.
    # Stop 48: round r69 (22 reports gathered at the stop's start, 32 gold rows, 4 negatives) scored
    # 0.72 (P .76 R .69) / 0.82 / 0.93 unread with the start's rules, then joined. 1,280 in all:
    # 0.8022 (1,924 pairs, 2,270 rows) / 0.88 / 0.93 (0.9256). End of stop 48: 0.8034 (1,925 pairs,
    # 2,265 rows, P .85 R .76) / 0.88 (date .82 -> .83) / 0.93 (0.9258); the floors stay 0.80 / 0.88 / 0.93.
    # Round r70 (22 reports gathered late in stop 48, 37 gold rows, 4 negatives) scored 0.61 (P .76 R .51)
    # / 0.84 / 0.92 unread, with the start's rules and the end's alike, then joined. 1,302 in all:
    # 0.8010 (1,944 pairs, 2,290 rows) / 0.88 / 0.93 (0.9257); after two commits of rules read from it,
    # 0.8024 (1,949 pairs, 2,294 rows) / 0.88 / 0.93 (0.9257), against 0.7998 (1,943 pairs, 2,295 rows)
    # / 0.88 / 0.93 (0.9255) with the start's rules on the same 1,302 reports.
    # Stop 49: round r71 (22 reports gathered at the stop's start, 40 gold rows, 4 negatives) scored
    # 0.71 (P .75 R .68) / 0.89 / 0.92 unread with the start's rules, then joined. 1,324 in all:
    # 0.8010 (1,976 pairs, 2,330 rows) / 0.88 / 0.93 (0.9256); the floors stay 0.80 / 0.88 / 0.93.
    # After four commits of rules: 0.8018 (1,978 pairs, 2,330 rows). Round r72 (22 reports gathered
    # mid-stop and kept unread, 42 gold rows, 4 negatives) scored 0.66 (P .70 R .62) / 0.88 / 0.95
    # unread, with the start's rules and the four commits' alike, then joined. 1,346 in all: 0.7995
    # (2,004 pairs, 2,367 rows, which the scorer prints as 0.80) / 0.88 / 0.93 (0.9259), against
    # 0.7991 (2,002 pairs, 2,367 rows) with the start's rules; the floors stay 0.80 / 0.88 / 0.93.
    # Stop 50: round r73 (22 reports gathered at the stop's start, 31 gold rows, 4 negatives) scored
    # 0.68 (P .65 R .71) / 0.85 / 0.89 unread with the start's rules, then joined. 1,368 in all: 0.7980
    # (2,026 pairs, 2,401 rows, which the scorer prints as 0.80) / 0.88 / 0.93; the floors stay.
    # After 16 commits of rules: 0.8009 (2,032 pairs, 2,397 rows). Round r74 (22 reports gathered at
    # the start and kept unread, 44 gold rows, 4 negatives) scored 0.66 (P .83 R .55) / 0.86 / 0.91
    # unread, with the start's rules and the end's alike, then joined. 1,390 in all: 0.7989 (2,056
    # pairs, 2,426 rows, 2,721 gold) / 0.88 / 0.93, against 0.7960 (2,050 pairs, 2,430 rows) with the
    # start's rules; the floors stay 0.80 / 0.88 / 0.93. Five commits of rules made after r74 joined, from
    # its errors and from trying the app on it: 0.7999 (2,059 pairs, 2,427 rows).
    # Stop 51: round r75 (22 reports gathered at the stop's start, 40 gold rows, 4 negatives) scored
    # 0.72 (P .89 R .60; 24 pairs, 27 rows) / 0.87 / 0.88 unread with the start's rules; eight commits
    # of rules read from it (0.79 on it after them), then joined. 1,412 in all: 0.7993 (2,087 pairs,
    # 2,461 rows, 2,761 gold, which the scorer prints as 0.80) / 0.88 / 0.93 (0.9252, after the rule
    # for names of bodies with a list or a possessive; 0.9246 before it); the floors stay. Round r76
    # (22 reports gathered mid-stop and kept unread, 37 gold rows, 4 negatives) scored 0.67 (P .63
    # R .70; 26 pairs, 41 rows) / 0.82 / 0.91 unread, with the start's rules and the end's alike, then
    # joined. 1,434 in all: 0.7975 (2,113 pairs, 2,501 rows, 2,798 gold, printed 0.80) / 0.88 / 0.93
    # (0.9250: the entity floor is held by two spans). After ten commits of rules read from r76 (its
    # errors, and trying the app on it): 0.7992 (2,118 pairs, 2,502 rows) / 0.88 / 0.93 (0.9252).
    # Stop 52 (speed work only: every row and entity the same): round r77 (22 reports, 27 gold rows,
    # 4 negatives) scored 0.65 (P .68 R .63; 17 pairs, 25 rows) / 0.81 / 0.92 unread, then joined.
    # 1,456 in all: 0.7978 (2,135 pairs, 2,527 rows, 2,825 gold, printed 0.80) / 0.88 / 0.93 (0.9252).
    # Stop 53: round r78 (22 reports gathered at the stop's start, 30 gold rows, 4 negatives) scored
    # 0.69 (P .71 R .67; 20 pairs, 28 rows) / 0.82 / 0.90 unread with the start's rules, then joined.
    # 1,478 in all: 0.7967 (2,155 pairs, 2,555 rows, 2,855 gold, printed 0.80) / 0.88 / 0.9249, which
    # is under the entity floor; the rule for companies' legal forms (from the errors of dev, r78's
    # among them) brings it to 0.9254. Round r79 (22 reports gathered mid-stop and kept unread, 43
    # gold rows, 4 negatives) scored 0.71 (P .82 R .63; 27 pairs, 33 rows) / 0.83 / 0.90 unread, then
    # joined. 1,500 in all: 0.7955 (2,182 pairs, 2,588 rows, 2,898 gold, printed 0.80) / 0.88 /
    # 0.9250 (printed 0.93): both floors are held by a few rows and spans. Stop 54: the rules for a
    # relative clause's own date and main verb: 2,186 pairs, 2,588 rows. Round r80 (22 reports
    # gathered at the stop's start and kept unread, 34 gold rows, 4 negatives) scored 0.73 (P .75
    # R .71; 24 pairs, 32 rows) / 0.85 / 0.91 unread, with the start's rules and the rules of the
    # stop alike, then joined. 1,522 in all: 0.7961 (2,210 pairs, 2,620 rows, 2,932 gold) / 0.88 /
    # 0.9248, under the entity floor; three rules for names read from dev's entity errors (a feature
    # word in lower case, "New" opening a party's name, three words before "Airport") bring it to
    # 0.9257. Then rules for flights told by gerunds ("since defecting", the defection before a return):
    # 2,213 pairs, 2,621 rows. Round r81 (22 reports gathered mid-stop and kept unread: features that
    # tell a life over paragraphs, and wire items from third countries; 36 gold rows, 4 negatives)
    # scored 0.51 (P .65 R .42; 15 pairs, 23 rows) / 0.87 / 0.90 unread, with the start's rules and
    # the stop's alike; the rules read from its errors bring it to 0.59. 1,544 in all: 0.7950 (2,230
    # pairs, 2,642 rows, 2,968 gold, printed 0.80) / 0.88 / 0.9254: the incident floor is held by one
    # row. Rules read from dev's errors and from trying the app on r80 and r81: 2,235 pairs, 2,646
    # rows (0.7963). Round r82 (22 reports gathered at the stop's end and kept unread: an ordinary mix,
    # outlets rarely used before; 38 gold rows, 4 negatives) scored 0.70 (P .76 R .66; 25 pairs, 33
    # rows) / 0.85 / 0.90 unread, with the start's rules and the end's alike, then joined. 1,566 in
    # all: 0.7951 (2,260 pairs, 2,679 rows, 3,006 gold, printed 0.80) / 0.88 / 0.9251 (printed 0.93):
    # both floors are held by a row or two. The month "May" read as no modal: 2,261 pairs, 2,680 rows
    # (0.7953); counted people let go on to the South: 2,265 pairs, 2,684 rows (0.7961). Stop 55:
    # round r83 (22 reports gathered at the stop's start and kept unread: wires and papers 1997-2013,
    # Korean and Japanese outlets 2014-2026; 40 gold rows, 4 negatives) scored 0.76 (P .82 R .70; 28
    # pairs, 34 rows) / 0.88 / 0.90 unread, then joined. 1,588 in all: 0.7956 (2,293 pairs, 2,718 rows,
    # 3,046 gold) / 0.88 / 0.9248, under the entity floor; a place's feature after another ("Han River
    # Estuary", in 15 reports) and hyphenated ranks ("Lieutenant-General") brought it to 0.9254, but the
    # walk through a lower-case feature ("Han River estuary") cost the invented blind set a field (0.90
    # -> 0.89), so it is kept to capitalised features: 0.9249 (printed 0.92). The entity floor is
    # lowered to 0.92 for the round joined rather than tuned on the blind set's loss. Rules of the stop:
    # 2,296 pairs, 2,721 rows (0.7961). Stop 56: round r84 (22 reports gathered at the stop's start and
    # kept unread: wires and regional papers 2002-2011 on routes through China and Southeast Asia,
    # Korean outlets 2016-2025; 38 gold rows, 4 negatives) scored 0.81 (P .79 R .82; 31 pairs, 39 rows)
    # / 0.82 / 0.90 unread, then joined. 1,610 in all: 0.7964 (2,327 pairs, 2,760 rows, 3,084 gold) /
    # 0.88 / 0.9246. Round r85 (22 reports gathered mid-stop and kept unread: American and European
    # features 2010-2019, short wire items 2012-2021; 37 gold rows, 4 negatives) scored 0.74 (P .79 R
    # .70; 26 pairs, 33 rows) / 0.84 / 0.90 unread, then joined. 1,632 in all: 0.7957 (2,353 pairs,
    # 2,793 rows, 3,121 gold) / 0.88 / 0.9243. Stop 57: round r86 (22 reports gathered at the stop's
    # start and kept unread: Asian and Australian papers 2004-2015 on people held in third countries,
    # repatriations and helpers arrested; Korean and American outlets 2019-2026 on crossings, POWs
    # and statistics; 26 gold rows, 4 negatives) scored 0.55 (P .67 R .46; 12 pairs, 18 rows) / 0.77 /
    # 0.91 unread, then joined. 1,654 in all: 0.7942 (2,366 pairs, 2,811 rows, 3,147 gold) / 0.88 /
    # 0.92. Rules of the stop (an attempted return north, a resolve told as a request, a speaker before
    # what is believed): 2,369 pairs, 2,813 rows, 0.79497, which the scorer prints as 0.79, so the
    # incident floor drops to 0.79 for the round joined. Round r87 (22 reports gathered mid-stop and
    # kept unread: British, Irish, Canadian and Indian papers and NGO releases 2001-2016, wires
    # 1997-2012; 37 gold rows, 4 negatives) scored 0.65 (P .80 R .54; 20 pairs, 25 rows) / 0.91 / 0.90
    # unread, then joined. 1,676 in all: 0.7934 (2,389 pairs, 2,838 rows, 3,184 gold) / 0.88 / 0.92;
    # with the stop's last rules 2,390 pairs, 2,838 rows (0.7937). Stop 58: round r88 (22 reports
    # gathered at the stop's start and kept unread: blogs, forums and regional papers 1998-2025 on
    # trials, returns north and crews that drifted south; wire items 2000-2026 on elite workers abroad
    # and state-media claims of abduction; 37 gold rows, 4 negatives) scored 0.68 (P .74 R .62; 23
    # pairs, 31 rows) / 0.88 / 0.92 unread, then joined. 1,698 in all: 0.7926 (2,414 pairs, 2,870
    # rows, 3,221 gold) / 0.88 / 0.92. Round r89 (22 reports gathered mid-stop and kept unread: Korean
    # outlets in English 2011-2025 on crossings of the lines, diplomats who came south and figures;
    # Japanese, Chinese and Southeast Asian outlets 2003-2025 on Japanese returnees who fled the North,
    # arrests in Kunming and a student in Hong Kong; 26 gold rows, 4 negatives) scored 0.64 (P .67 R
    # .62; 16 pairs, 24 rows) / 0.80 / 0.93 unread (the same at 211a770, before the stop's rules),
    # then joined. 1,720 in all: 0.7925 (2,433 pairs, 2,893 rows, 3,247 gold) / 0.88 / 0.92. Round r90
    # (22 reports gathered mid-stop and kept unread: features and profiles 2006-2024 telling one
    # defector's life, NGO, UN and government releases 1999-2023; 25 gold rows, 4 negatives) scored
    # 0.21 (P .31 R .16; 4 pairs, 13 rows) / 0.71 / 0.90 unread (the same at 211a770): the features
    # scored 0.00, their gold taking the sentence a life story first tells the flight in, the
    # extractor another or none. Then joined: 1,742 in all, 0.7893 (2,437 pairs, 2,903 rows, 3,272 gold).
    # Round r91 (22 reports gathered late in the stop and kept unread: features and interviews
    # 2003-2025 on defectors' own stories; wire items 1997-2025; 32 gold rows, 4 negatives) scored
    # 0.69 (P .77 R .62; 20 pairs, 26 rows) / 0.77 / 0.89 unread, the same at 211a770, then joined:
    # 1,764 in all, 0.7896 (2,464 pairs, 2,937 rows, 3,304 gold) / 0.88 / 0.92. Round r92 (22 reports
    # gathered at the stop's end and kept unread: ordinary reports from outlets the set has few of,
    # 2002-2025; 36 gold rows, 4 negatives) scored 0.80 (P .90 R .72; 26 pairs, 29 rows) / 0.85 / 0.92
    # unread, the same at 211a770, then joined: 1,786 in all, 0.7913 (2,495 pairs, 2,966 rows, 3,340
    # gold) / 0.88 / 0.92. Stop 59: round r93 (22 reports gathered at the stop's start and kept unread:
    # wire and Korean outlets on diplomats, soldiers, boats and arrivals 2004-2025, 0.62; British,
    # American and Asian papers on arrests in China, returns north and Americans who went north
    # 1996-2024, 0.81; 32 gold rows, 4 negatives) scored 0.72 (P .76 R .69; 22 pairs, 29 rows) / 0.82
    # / 0.93 unread, the same at 0f312dc and 211a770, then joined: 1,808 in all, 0.7912 (2,520 pairs,
    # 2,998 rows, 3,372 gold) / 0.88 / 0.92. Round r94 (22 reports gathered mid-stop and kept unread:
    # Korean outlets in English 1998-2025, 0.70; wire copy reprinted 2005-2019, 0.61 (P .50); 39 gold
    # rows, 4 negatives) scored 0.66 (P .65 R .67; 26 pairs, 40 rows) / 0.82 / 0.92 unread with the
    # stop's first rules (the same at 0f312dc), then joined: 1,830 in all, 0.7905 (2,550 pairs, 3,041
    # rows, 3,411 gold) / 0.88 / 0.92. Round r95 (22 reports gathered mid-stop and kept unread:
    # American, British and Australian outlets 2002-2023, 0.69; Asian English-language papers
    # 1997-2024, 0.41; 30 gold rows, 4 negatives) scored 0.55 (P .60 R .50; 15 pairs, 25 rows) / 0.81
    # / 0.90 unread with the stop's rules, the same at 0f312dc, then joined: 1,852 in all, 0.7895
    # (2,566 pairs, 3,059 rows, 3,441 gold) / 0.88 / 0.92. Round r96 (22 reports gathered late in the
    # stop and kept unread: diplomats, officials and workers abroad 2003-2024, 0.79; crossings of the
    # lines, rivers and sea and yearly figures 2009-2026, 0.71; 30 gold rows, 4 negatives) scored 0.75
    # (P .76 R .73; 22 pairs, 29 rows) / 0.82 / 0.92 unread with the stop's rules, the same at 0f312dc,
    # then joined: 1,874 in all, 0.7902 (2,589 pairs, 3,082 rows, 3,471 gold) / 0.88 / 0.92. Round r97
    # (22 reports gathered at the stop's end and kept unread: arrests and embassy bids abroad 2004-2024,
    # 0.75; known defectors in the news for something else and Americans or South Koreans who went
    # north 1997-2024, 0.75; 23 gold rows, 4 negatives) scored 0.75 (P .72 R .78; 18 pairs, 25 rows) /
    # 0.74 / 0.87 unread with the stop's rules, the same incidents at 0f312dc (fields 0.73), then
    # joined: 1,896 in all, 0.7904 (2,609 pairs, 3,108 rows, 3,494 gold) / 0.88 / 0.92. Round r98 (22
    # reports gathered at the stop's end and kept unread: less-covered years and outlets 2001-2024, 0.79;
    # statistics and trends 2002-2024, 0.63 (R .48: figures broken down by month, sex, age); 73 gold
    # rows, 4 negatives) scored 0.70 (P .86 R .59; 43 pairs, 50 rows) / 0.91 / 0.93 unread, the same at
    # 0f312dc, then joined: 1,918 in all, 0.7889 (2,653 pairs, 3,159 rows, 3,567 gold) / 0.88 / 0.92.
    # Stop 62: rounds r93-r98 read as dev; the stop's rules (series told period first, forecasts
    # told with a modal, places, organisations) 0.7897 (2,656 pairs, 3,163 rows) / 0.88 / 0.93. Round
    # r99 (44 reports gathered at the stop's start and kept unread: elite defections by wire, border
    # and sea crossings both ways, statistics and arrests abroad, less-covered years and outlets; 84
    # gold rows, 10 negatives) scored 0.68 (P .71 R .65; 55 pairs, 77 rows) / 0.88 / 0.89 unread at
    # the stop's start and the same incidents at its end (entities 0.89), then joined: 1,962 in all,
    # 0.7868 (2,711 pairs, 3,240 rows, 3,651 gold) / 0.88 / 0.93.
    "real_dev": (REAL / "dev" / "articles", lambda: _set_gold(REAL / "dev"), (0.79, 0.88, 0.92)),
    # Real blind at the end of stop 29: 0.77 / 0.87 / 0.92 (one pair more than at its start);
    # 0.77 / 0.88 / 0.92 at the start and the end of stops 30 and 31; entities 0.93 at the end of
    # stop 33 (the entity lists: outlets, ministries, roles, parties of a country). 0.78 / 0.88 / 0.93
    # at stop 47 (47 pairs at 57 rows, 46 at 56 before), after the rule for people on the run and refuge
    # one tries to gain (read aggregate only, as always). Stop 54: 0.80 / 0.88 / 0.93 (48 pairs at 57
    # rows, 63 gold: the rule for a relative clause's own date and main verb left one spurious row
    # fewer, the rule for asylum bids at foreign schools one pair more); the floor rises to it. Stop 59:
    # 0.81 / 0.88 / 0.93 (48 pairs at 56 rows: one spurious row fewer); the floor rises to it.
    "real_blind": (REAL / "blind" / "articles", lambda: _set_gold(REAL / "blind"), (0.81, 0.88, 0.93)),
}


@pytest.mark.parametrize("name", list(SETS))
def test_gold_set_scores(name: str, tmp_path: Path, extractor: Extractor) -> None:
    folder, gold, (incident_f1, fields, entity_f1) = SETS[name]
    scores = run_scorer(folder, gold(), tmp_path, extractor, verbose=name != "real_blind")
    assert scores["incident_f1"] >= incident_f1, scores
    assert scores["fields"] >= fields, scores
    assert scores["entity_f1"] >= entity_f1, scores
