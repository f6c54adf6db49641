"""A learned second opinion on a sentence: does it tell an incident, and of
which status?

The rules read the language they were written for; news reports keep
finding other ways to tell the same thing ("went past ten-thousand",
"were taken in by the United States", "got out of China"). A linear model
over the sentence's words, trained from the real reports' gold by
``tools/train_sentence_model.py``, catches many of them. It is used where
the rules found nothing in a sentence (``fallback.py`` then reads the
row's slots with the rules' own readers), never to overrule a row.

Pure Python at run time: the model is a JSON file of weights shipped in
``data/`` (no learning library, no download), and the features below are
the ones the training script imports, so the two cannot drift apart.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ...locations import data_files_dir
from ...models import Status

MODEL_FILE = "sentence_model.json"

_DIGITS = re.compile(r"\d[\d,.]*\d|\d")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|0")


def sentence_features(text: str, labels: Iterable[str], first: bool) -> Counter[str]:
    """Words and word pairs of the sentence (numbers as "0"), the labels of
    the entities in it, and whether it opens the article: what the model
    weighs. Shared with the training script."""
    words = _WORD.findall(_DIGITS.sub(" 0 ", text.lower()))
    feats: Counter[str] = Counter(words)
    feats.update(a + " " + b for a, b in zip(words, words[1:]))
    feats.update("ENT_" + label for label in labels)
    if first:
        feats["FIRST_SENTENCE"] += 1
    return feats


@dataclass(frozen=True)
class SentenceModel:
    """Logistic regressions over tf-idf weighted features: `incident` says
    whether a sentence tells an incident, `statuses` which status it has.
    `threshold` is the probability from which a sentence the rules left
    empty gets a row (chosen by cross-validation over the training reports,
    see the training script)."""

    idf: dict[str, float]
    incident: dict[str, float]
    incident_bias: float
    statuses: tuple[Status, ...]
    status_weights: dict[str, tuple[float, ...]]
    status_bias: tuple[float, ...]
    threshold: float

    def _vector(self, feats: Counter[str]) -> dict[str, float]:
        vec = {t: (1.0 + math.log(n)) * self.idf[t] for t, n in feats.items() if t in self.idf}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        return {t: w / norm for t, w in vec.items()}

    def probability(self, feats: Counter[str]) -> float:
        vec = self._vector(feats)
        z = self.incident_bias + sum(w * self.incident.get(t, 0.0) for t, w in vec.items())
        return 1.0 / (1.0 + math.exp(-z))

    def status(self, feats: Counter[str]) -> Status:
        vec = self._vector(feats)
        scores = list(self.status_bias)
        for t, w in vec.items():
            ws = self.status_weights.get(t)
            if ws:
                for k, c in enumerate(ws):
                    scores[k] += w * c
        return self.statuses[max(range(len(scores)), key=scores.__getitem__)]

    def anchor(self, feats: Counter[str], words: Iterable[str]) -> str | None:
        """The word of the sentence that weighs most for an incident: where
        the row's slots are read around, as from a predicate."""
        best, best_w = None, 0.0
        for w in words:
            c = self.incident.get(w, 0.0) * self.idf.get(w, 0.0)
            if c > best_w:
                best, best_w = w, c
        return best

    def to_json(self) -> dict:
        return {"threshold": self.threshold, "incident_bias": self.incident_bias, "statuses": list(self.statuses),
                "status_bias": list(self.status_bias),
                "terms": {t: [round(self.idf[t], 4), round(self.incident.get(t, 0.0), 4),
                              *[round(c, 4) for c in self.status_weights.get(t, ())]] for t in sorted(self.idf)}}

    @classmethod
    def from_json(cls, data: dict) -> "SentenceModel":
        statuses = tuple(data["statuses"])
        terms = data["terms"]
        return cls(idf={t: v[0] for t, v in terms.items()}, incident={t: v[1] for t, v in terms.items()},
                   incident_bias=float(data["incident_bias"]), statuses=statuses,
                   status_weights={t: tuple(v[2:2 + len(statuses)]) for t, v in terms.items() if len(v) > 2},
                   status_bias=tuple(data["status_bias"]), threshold=float(data["threshold"]))


def load_model(path: Path | None = None) -> SentenceModel | None:
    """The shipped model, or None when the file is missing or unreadable
    (the rules then work alone, as before it existed)."""
    path = path or data_files_dir() / MODEL_FILE
    try:
        return SentenceModel.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None
