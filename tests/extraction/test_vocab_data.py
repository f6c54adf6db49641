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
