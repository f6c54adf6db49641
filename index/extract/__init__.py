"""Entity recognition and incident extraction.

    ex = Extractor(options)          # loads the data files once
    result = ex.extract(article)     # Extraction(entities, incidents)
"""

from __future__ import annotations

from ..config import ExtractionOptions
from ..models import Article, EntitySpan, Extraction
from .entities import EntityRecognizer
from .incidents import IncidentReader
from .sentences import split_sentences
from .tokens import tokenize
from .vocab import load_vocab

__all__ = ["Extractor"]


class Extractor:
    def __init__(self, options: ExtractionOptions | None = None) -> None:
        self.vocab = load_vocab(options)
        self.entities = EntityRecognizer(self.vocab)
        self.incidents = IncidentReader(self.vocab)

    def extract(self, article: Article) -> Extraction:
        body = article.body or ""
        try:
            toks = tokenize(body)
            spans = self.entities.find(body, toks)
        except Exception:  # noqa: BLE001 - extraction must never stop indexing
            spans = []
        spans = [s for s in spans if 0 <= s.start < s.end <= len(body) and body[s.start:s.end] == s.text]
        try:
            sents = split_sentences(body)
            incidents = self.incidents.read(article, body, toks, sents, spans)
        except Exception:  # noqa: BLE001
            incidents = []
        return Extraction(entities=tuple(spans), incidents=tuple(incidents))

    def entities_only(self, body: str) -> tuple[EntitySpan, ...]:
        toks = tokenize(body)
        return tuple(self.entities.find(body, toks))
