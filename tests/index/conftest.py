"""Fixtures of the index tests."""

from __future__ import annotations

import pytest

from defect_tui.index.api import open_corpus
from defect_tui.index.config import Settings


@pytest.fixture
def corpus(settings: Settings):
    """The seed corpus, indexed (a test module may define its own)."""
    c = open_corpus(settings)
    c.update()
    yield c
    c.close()
