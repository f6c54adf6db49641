"""How a widget reaches the app's `Corpus` without importing the app.

Widgets are also mounted in small test apps that have no corpus; there,
and before the first update has opened the index, they get None."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from textual.dom import DOMNode

from defect_tui.index.api import Corpus


@runtime_checkable
class HoldsCorpus(Protocol):
    corpus: Corpus | None


def corpus_of(node: DOMNode) -> Corpus | None:
    """The corpus of the app `node` runs in, or None."""
    app = node.app
    return app.corpus if isinstance(app, HoldsCorpus) else None
