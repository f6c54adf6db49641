"""Entity recognition and incident extraction.

    ex = Extractor(options)          # loads the data files once
    result = ex.extract(article)     # Extraction(entities, incidents)
"""

from __future__ import annotations

from ..config import ExtractionOptions
from ..models import Article, EntitySpan, Extraction
from .deadline import NO_DEADLINE, Deadline, TookTooLong
from .entities import EntityRecognizer
from .incidents import IncidentReader
from .sentences import split_sentences
from .tokens import tokenize
from .vocab import load_vocab

__all__ = ["Extractor", "TookTooLong"]


class Extractor:
    """Reads one article at a time. An error inside the reading costs that
    article its entities or incidents, never the index (a build must not stop
    on one odd text); with `strict` it is raised instead, so that the tests
    see a bug rather than an article that merely yields no rows."""

    def __init__(self, options: ExtractionOptions | None = None, *, strict: bool = False) -> None:
        self.vocab = load_vocab(options)
        self.entities = EntityRecognizer(self.vocab)
        self.incidents = IncidentReader(self.vocab)
        self.strict = strict

    def extract(self, article: Article, seconds: float | None = None) -> Extraction:
        """Entities and incidents of one article. With `seconds`, raise
        TookTooLong once reading it has taken longer than that."""
        body = article.body or ""
        deadline = Deadline(seconds) if seconds else NO_DEADLINE
        try:
            toks = tokenize(body)
            spans = self.entities.find(body, toks, deadline)
        except TookTooLong:
            raise
        except Exception:  # noqa: BLE001 - extraction must never stop indexing
            if self.strict:
                raise
            spans = []
        spans = [s for s in spans if 0 <= s.start < s.end <= len(body) and body[s.start:s.end] == s.text]
        try:
            sents = split_sentences(body)
            incidents = self.incidents.read(article, body, toks, sents, spans, deadline)
        except TookTooLong:
            raise
        except Exception:  # noqa: BLE001
            if self.strict:
                raise
            incidents = []
        return Extraction(entities=tuple(spans), incidents=tuple(incidents))

    def entities_only(self, body: str) -> tuple[EntitySpan, ...]:
        toks = tokenize(body)
        return tuple(self.entities.find(body, toks))
