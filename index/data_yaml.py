"""The package's own YAML data files, parsed by libyaml where PyYAML has it.

PyYAML's pure-Python parser took 0.86 s over `extraction.yaml`, and every
extraction worker reads it as it starts: a re-index of 1% of a large
archive waited that long before its first article, and every test that
makes an extractor paid it. libyaml's safe loader builds the same values
(the constructor is PyYAML's own) in a tenth of the time. Files a person
writes (the config, front matter, variants files) keep PyYAML's loader,
whose errors are reported to the user line by line."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_data(text: str) -> Any:
    """The values of one YAML document (as yaml.safe_load gives them)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
