"""The backends the contract suite runs against.

A new backend adds one entry to BACKENDS: a function from the test's
`Settings` (a private copy of the seed corpus and an index folder) to an
open, not yet updated `Corpus`. Every test in this folder then runs on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from defect_tui.index.api import Corpus, open_corpus
from defect_tui.index.config import Settings

BACKENDS: dict[str, Callable[[Settings], Corpus]] = {
    "whoosh": open_corpus,
}


@pytest.fixture(params=sorted(BACKENDS))
def backend(request: pytest.FixtureRequest) -> Callable[[Settings], Corpus]:
    return BACKENDS[request.param]


@pytest.fixture
def corpus(backend: Callable[[Settings], Corpus], settings: Settings) -> Iterator[Corpus]:
    with backend(settings) as c:
        c.update()
        yield c
