"""Load the extraction vocabulary and gazetteers once, merged with the user's.

Everything the recogniser and the incident reader know about words lives in
data files under ``index/data/`` (``extraction.yaml`` and ``gazetteer/*.txt``);
``ExtractionOptions`` adds gazetteer names per label and a folder of extra
files in the same format. This module turns them into sets, dicts, token
tries and compiled regular expressions, once per Extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..config import ExtractionOptions
from ..data_yaml import load_data
from ..locations import data_files_dir
from .tokens import Trie, tokenize_text
from .needles import required_literals

GAZETTEER_LABELS = ("PERSON", "ORG", "LOCATION", "ROLE")


def _read_list(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = load_data(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def _merge_vocab(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, list) and isinstance(value, list):
            out[key] = old + [v for v in value if v not in old]
        elif isinstance(old, dict) and isinstance(value, dict):
            out[key] = {**old, **value}
        else:
            out[key] = value
    return out


def plural(word: str) -> str:
    """English plural of the last word of a role ("trade representative" -> "...s")."""
    head, _, last = word.rpartition(" ")
    low = last.lower()
    if low.endswith("man"):
        p = last[:-3] + "men"
    elif low.endswith(("s", "sh", "ch", "x")):
        p = last + "es"
    elif low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        p = last[:-1] + "ies"
    elif low.endswith("ief"):
        p = last + "s"
    else:
        p = last + "s"
    return f"{head} {p}" if head else p


def singular(word: str) -> str:
    head, _, last = word.rpartition(" ")
    low = last.lower()
    if low.endswith("men") and len(low) > 4:
        s = last[:-3] + "man"
    elif low.endswith("ies") and len(low) > 4:
        s = last[:-3] + "y"
    elif low.endswith(("sses", "shes", "ches", "xes")):
        s = last[:-2]
    elif low.endswith("s") and not low.endswith(("ss", "us", "is")):
        s = last[:-1]
    else:
        s = last
    return f"{head} {s}" if head else s


def _words_re(words: list[str]) -> str:
    ws = sorted({str(w) for w in words if str(w)}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)


def trie_alternation(words: list[str], space: str = r"\s+") -> str:
    """The same words as `_words_re`'s alternation, with their common
    prefixes shared ("seven(?:ty(?:-(?:one|two))?|teen)?"). Python's
    engine tries a plain alternation word by word at every position it
    tests, and a list of two hundred number words made that the costliest
    test of a sentence; shared, a failing word costs a character or two.
    Longer words are still tried first, as in `_words_re`. A space in a
    word matches `space` (any run of white space, unless told otherwise)."""
    trie: dict[str, Any] = {}
    for w in {str(w) for w in words if str(w)}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [(space if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@dataclass
class Vocab:
    raw: dict[str, Any]
    trie: Trie
    lower: dict[str, frozenset[str]] = field(default_factory=dict)
    regexes: dict[str, re.Pattern[str]] = field(default_factory=dict)
    predicates: list[tuple[re.Pattern[str], str, str]] = field(default_factory=list)
    #: per predicate (same order), words one of which the sentence must hold for it to match at
    #: all (lower case; empty: no such test): a substring test skips a regex scan of the sentence
    predicate_needles: list[tuple[str, ...]] = field(default_factory=list)
    number_words: dict[str, int] = field(default_factory=dict)
    place_aliases: dict[str, str] = field(default_factory=dict)
    role_singulars: dict[str, str] = field(default_factory=dict)

    def words(self, key: str) -> frozenset[str]:
        """A vocabulary list as a lower-cased set."""
        got = self.lower.get(key)
        if got is None:
            got = frozenset(str(x).lower() for x in (self.raw.get(key) or []))
            self.lower[key] = got
        return got

    def cased(self, key: str) -> frozenset[str]:
        return frozenset(str(x) for x in (self.raw.get(key) or []))

    def regex(self, key: str, template: str = r"\b(?:{})\b", flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """A compiled alternation of a vocabulary list (cached)."""
        ck = f"{key}|{template}|{flags}"
        got = self.regexes.get(ck)
        if got is None:
            words = [str(x) for x in (self.raw.get(key) or [])]
            # (case folded before sharing prefixes where case is ignored: "Seoul" and "seoul" one branch)
            alt = trie_alternation([w.lower() for w in words] if flags & re.IGNORECASE else words) or r"(?!x)x"
            got = re.compile(template.format(alt), flags)
            self.regexes[ck] = got
        return got


def _with_compounds(words: dict[str, int]) -> dict[str, int]:
    """Add hyphenated compounds of the tens and units ("forty-three" = 43)
    so that spelled-out figures read like the single words they extend."""
    out = dict(words)
    units = {w: n for w, n in words.items() if 1 <= n <= 9 and " " not in w and w not in ("couple", "pair")}
    units.setdefault("one", 1)
    for tw, tn in words.items():
        if tn in (20, 30, 40, 50, 60, 70, 80, 90) and " " not in tw:
            for uw, un in units.items():
                out.setdefault(f"{tw}-{uw}", tn + un)
    return out


# Bump to rebuild every index (the rules' code, the data files and the
# options are fingerprinted too: `extraction_fingerprint`).
EXTRACTOR_VERSION = "6"


def _rules_code() -> list[Path]:
    """The code whose change can change what an index holds: the extraction
    package and the reading of files. A version bumped by hand was left at
    5 over some 450 commits of rules, so that an index built by older rules
    kept their rows; the code itself is now part of the fingerprint (a
    change that alters nothing found costs one rebuild, reviews kept)."""
    here = Path(__file__).resolve().parent
    return sorted([*here.rglob("*.py"), here.parent / "loader.py", *(here.parent / "formats").glob("*.py")])


def extraction_fingerprint(options: ExtractionOptions | None = None) -> str:
    """A short digest of everything extraction depends on besides the
    article: the rules' version, the data files and the user's options.
    An index stamped with another one holds stale entities and incidents."""
    import hashlib

    h = hashlib.sha1(EXTRACTOR_VERSION.encode())
    for p in _rules_code():
        try:
            h.update(p.name.encode() + b"\0" + p.read_bytes())
        except OSError:
            continue
    dirs = [data_files_dir()]
    if options is not None and options.data_dir:
        dirs.append(Path(options.data_dir))
    for d in dirs:
        # the loader's lists shape titles and outlets, which are indexed too
        for p in sorted([d / "extraction.yaml", d / "furniture.txt", d / "outlets.yaml",
                         *(d / "gazetteer").glob("*.txt")]):
            try:
                h.update(p.name.encode() + b"\0" + p.read_bytes())
            except OSError:
                continue
    if options is not None:
        h.update(repr(sorted((k, tuple(v)) for k, v in (options.gazetteer or {}).items())).encode())
    return h.hexdigest()[:12]


def load_vocab(options: ExtractionOptions | None = None) -> Vocab:
    base = data_files_dir()
    dirs = [base]
    if options is not None and options.data_dir:
        dirs.append(Path(options.data_dir))
    raw: dict[str, Any] = {}
    gaz: dict[str, list[str]] = {lab: [] for lab in GAZETTEER_LABELS}
    for d in dirs:
        raw = _merge_vocab(raw, _read_yaml(d / "extraction.yaml"))
        for lab in GAZETTEER_LABELS:
            for name in (f"{lab}.txt", f"{lab.lower()}.txt"):
                p = d / "gazetteer" / name
                if p.is_file():
                    gaz[lab].extend(_read_list(p))
                    break
    if options is not None:
        for lab, names in (options.gazetteer or {}).items():
            if lab.upper() in gaz:
                gaz[lab.upper()].extend(str(n).strip() for n in names if str(n).strip())

    trie = Trie()
    # Label order = priority on identical strings.
    for lab in ("PERSON", "ORG", "LOCATION"):
        for name in gaz[lab]:
            exact = name.startswith("=")
            name = name.lstrip("=")
            trie.add(tokenize_text(name), lab, cased=not name[:1].islower(), exact=exact)
    roles: dict[str, str] = {}
    for name in gaz["ROLE"]:
        exact = name.startswith("=")
        name = name.lstrip("=")
        for form in {name, plural(name)}:
            trie.add(tokenize_text(form), "ROLE", cased=exact, exact=exact)
            roles.setdefault(form.lower(), name.lower())  # ("fishermen", listed too, stays fisherman's plural)
    v = Vocab(raw=raw, trie=trie)
    v.role_singulars = roles
    v.number_words = _with_compounds({str(k).lower(): int(val) for k, val in (raw.get("number_words") or {}).items()})
    v.place_aliases = {str(k): str(val) for k, val in (raw.get("place_aliases") or {}).items()}
    for item in raw.get("predicates") or []:
        try:
            rx = re.compile(str(item["re"]), re.IGNORECASE)
        except (KeyError, TypeError, re.error):
            continue
        v.predicates.append((rx, str(item.get("kind", "defect")), str(item.get("status", "defected"))))
        # (the strings it cannot match without; read off the pattern when the data gives none)
        given = tuple(str(w).casefold() for w in item.get("needles") or ())
        v.predicate_needles.append(given or required_literals(rx.pattern) or ())
    return v
