"""The package's data files read by libyaml give what PyYAML's own parser
gives (data_yaml.py): the extractor's vocabulary must not change with the
parser that read it."""

from __future__ import annotations

import yaml

from defect_tui.index.data_yaml import load_data
from defect_tui.index.locations import data_files_dir


def test_every_data_file_reads_the_same_as_with_pyyamls_parser() -> None:
    files = sorted(data_files_dir().rglob("*.yaml"))
    assert any(p.name == "extraction.yaml" for p in files)
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert load_data(text) == yaml.safe_load(text), path.name


def test_values_keep_their_types() -> None:
    text = "a: [1, 2.5, yes, null, '3']\nb: {c: 2020-01-02}\n"
    assert load_data(text) == yaml.safe_load(text)
    assert [type(v) for v in load_data(text)["a"]] == [int, float, bool, type(None), str]
