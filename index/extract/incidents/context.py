"""What every step of the reader looks at: the document and one sentence.

One object in place of the dozen loose arguments (article, body, sentence
bounds, the sentence's spans, the document's spans ...) that each step used
to take, so that a step's signature says what it decides, not what it
needs to find its way around.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...models import Article, EntitySpan
from .spans import SpanIndex


@dataclass(frozen=True, slots=True)
class Doc:
    article: Article
    body: str
    sents: list[tuple[int, int]]
    spans: SpanIndex

    def sentence(self, si: int) -> "Sentence":
        s0, e0 = self.sents[si]
        return Sentence(self, si, s0, e0, self.body[s0:e0], self.spans.inside(s0, e0))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its entity spans (offsets stay document offsets: a
    span's place in the sentence is ``sp.start - s0``)."""

    doc: Doc
    si: int
    s0: int
    e0: int
    text: str
    spans: list[EntitySpan]

    @property
    def article(self) -> Article:
        return self.doc.article

    def labelled(self, label: str) -> list[EntitySpan]:
        return [sp for sp in self.spans if sp.label == label]

    def next_text(self) -> str:
        """The following sentence's text ('' at the end)."""
        if self.si + 1 < len(self.doc.sents):
            a, b = self.doc.sents[self.si + 1]
            return self.doc.body[a:b]
        return ""

    def before_text(self, n: int = 2) -> str:
        """The text of up to `n` sentences before this one."""
        if self.si == 0:
            return ""
        a = self.doc.sents[max(0, self.si - n)][0]
        return self.doc.body[a:self.s0]
