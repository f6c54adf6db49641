"""How a widget reaches the app's `Corpus` and review store without
importing the app.

Widgets are also mounted in small test apps that have no corpus; there,
and before the first update has opened the index, they get None."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from textual.dom import DOMNode

from defect_tui.index.api import Corpus
from defect_tui.index.config import Settings
from defect_tui.index.reviews import ReviewStore


@runtime_checkable
class HoldsCorpus(Protocol):
    corpus: Corpus | None


@runtime_checkable
class HoldsReviews(Protocol):
    reviews: ReviewStore
    settings: Settings


def corpus_of(node: DOMNode) -> Corpus | None:
    """The corpus of the app `node` runs in, or None."""
    app = node.app
    return app.corpus if isinstance(app, HoldsCorpus) else None


def reviews_of(node: DOMNode) -> ReviewStore | None:
    """The review store of the app `node` runs in, or None."""
    app = node.app
    return app.reviews if isinstance(app, HoldsReviews) else None


def settings_of(node: DOMNode) -> Settings | None:
    """The settings of the app `node` runs in, or None."""
    app = node.app
    return app.settings if isinstance(app, HoldsReviews) else None
