"""The vocabulary files are data that people edit: a word YAML reads as
something else ("on", "off", "yes", "no" are booleans in YAML 1.1) would
silently never match, so every list holds strings only."""

from __future__ import annotations

from importlib import resources

import yaml


def _lists(node: object, path: str = ""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _lists(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        yield path, node


def test_every_vocabulary_list_holds_strings() -> None:
    data_dir = resources.files("defect_tui.index") / "data"
    checked = 0
    for entry in data_dir.iterdir():
        if not entry.name.endswith(".yaml"):
            continue
        data = yaml.safe_load(entry.read_text(encoding="utf-8"))
        for path, items in _lists(data):
            bad = [x for x in items if isinstance(x, bool)]
            assert not bad, f"{entry.name}: {path} holds {bad!r}: quote the word"
            checked += 1
    assert checked > 10


def test_a_predicates_needles_never_hide_a_match() -> None:
    """A predicate may name words one of which a sentence must hold before
    its regex is run (a speed-up); a needle list that missed a way the
    regex matches would silently drop rows. Every match in the real dev
    reports holds one of its needles."""
    from pathlib import Path

    from defect_tui.index.extract.vocab import load_vocab

    v = load_vocab()
    assert len(v.predicates) == len(v.predicate_needles)
    folder = Path(__file__).resolve().parent.parent / "data" / "real" / "dev" / "articles"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))]
    assert texts
    checked = 0
    for (rx, _kind, _status), needles in zip(v.predicates, v.predicate_needles):
        if not needles:
            continue
        for text in texts:
            for m in rx.finditer(text):
                window = text[max(0, m.start() - 40):m.end() + 80].lower()
                assert any(w in window for w in needles), (rx.pattern[:60], m.group())
                checked += 1
    assert checked > 100


def test_every_predicate_pattern_compiles() -> None:
    """The loader skips a predicate whose regex Python cannot compile (one
    bad entry must not stop extraction), so a pattern written with, say, a
    lookbehind of varying width would never match and nothing would say
    so. Every predicate in the data compiles and is loaded."""
    import re

    from defect_tui.index.extract.vocab import load_vocab

    data = yaml.safe_load((resources.files("defect_tui.index") / "data" / "extraction.yaml").read_text(encoding="utf-8"))
    for item in data["predicates"]:
        re.compile(str(item["re"]), re.IGNORECASE)  # raises, naming the pattern, if it does not compile
    assert len(load_vocab().predicates) == len(data["predicates"])
