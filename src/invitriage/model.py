"""The learned intent model: logistic regression on sentence embeddings and rule features.

Parameters ship as plain JSON (no pickle) in ``invitriage/model/intent_model.json``; they are
produced by ``python scripts/train_model.py`` from the team's labelled corpus.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from .encoder import encode
from .normalize import normalize
from .rules import Hit
from .taxonomy import PRIORITY

MODEL_FILE = "intent_model.json"


def rule_features(hits_per_note: Sequence[Sequence[Hit]]) -> np.ndarray:
    """One indicator per intent: did a cue rule of that intent fire on the note?"""
    out = np.zeros((len(hits_per_note), len(PRIORITY)), dtype=np.float32)
    index = {intent: i for i, intent in enumerate(PRIORITY)}
    for row, hits in enumerate(hits_per_note):
        for h in hits:
            if h.rule.startswith("cue."):
                out[row, index[h.intent]] = 1.0
    return out


def core_text(text: str) -> str:
    """The note without greeting and sign-off (what the encoder sees): they carry no intent."""
    note = normalize(text)
    return note.original[note.start : note.end].strip() or text.strip()


def features(texts: Sequence[str], hits_per_note: Sequence[Sequence[Hit]]) -> np.ndarray:
    return np.hstack([encode([core_text(t) for t in texts]), rule_features(hits_per_note)])


@dataclass
class IntentModel:
    """Softmax regression with temperature calibration (``predict_proba`` like scikit-learn)."""

    classes_: list[str]
    coef_: np.ndarray  # (n_classes, n_features)
    intercept_: np.ndarray  # (n_classes,)
    temperature_: float = 1.0
    meta: dict | None = None

    def predict_proba_features(self, x: np.ndarray) -> np.ndarray:
        logits = (x @ self.coef_.T + self.intercept_) / self.temperature_
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def predict_proba(self, texts: Sequence[str], hits_per_note: Sequence[Sequence[Hit]]) -> np.ndarray:
        return self.predict_proba_features(features(texts, hits_per_note))

    def to_json(self) -> dict:
        return {
            "format": "invitriage-intent-model/1",
            "classes": self.classes_,
            "coef": np.round(self.coef_, 6).tolist(),
            "intercept": np.round(self.intercept_, 6).tolist(),
            "temperature": self.temperature_,
            "meta": self.meta or {},
        }

    @classmethod
    def from_json(cls, data: dict) -> "IntentModel":
        if data.get("format") != "invitriage-intent-model/1":
            raise ValueError("not an invitriage intent model")
        return cls(
            classes_=list(data["classes"]),
            coef_=np.asarray(data["coef"], dtype=np.float32),
            intercept_=np.asarray(data["intercept"], dtype=np.float32),
            temperature_=float(data["temperature"]),
            meta=data.get("meta") or {},
        )

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), separators=(",", ":")), encoding="utf-8")


@lru_cache(maxsize=1)
def load_model() -> IntentModel | None:
    """The shipped model, or None if it has not been trained yet."""
    ref = resources.files("invitriage").joinpath("model", MODEL_FILE)
    if not ref.is_file():
        return None
    return IntentModel.from_json(json.loads(ref.read_text("utf-8")))
