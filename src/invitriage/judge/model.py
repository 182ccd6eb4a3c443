"""The learned intent model: logistic regression on sentence embeddings, rule features and hashed n-grams.

Parameters ship as plain JSON (no pickle) in ``invitriage/model/intent_model.json``; they are
produced by ``python scripts/train_model.py`` from the team's labelled corpus.

The features come in two parts. The *dense* part (:func:`features`: the sentence embedding of the
note's core and one indicator per intent whose cue phrase fired) is what the personal layer refits
from the owner's corrections. The *n-gram* part (:mod:`invitriage.judge.ngrams`: hashed word and
character n-grams of the folded note) adds the exact wording; its weights stay as shipped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from invitriage.judge.encoder import encode
from invitriage.judge.ngrams import BUCKETS, ngram_rows
from invitriage.judge.normalize import normalize
from invitriage.judge.rules import Hit
from invitriage.machine_cache import cache_path, write_atomically
from invitriage.taxonomy import PRIORITY

MODEL_FILE = "intent_model.json"
FORMAT = "invitriage-intent-model/2"
#: Decimals kept for the n-gram weights: a smaller file, no measurable change in the probabilities.
NGRAM_DECIMALS = 4


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
    """The dense features: sentence embedding of the core (512) and cue-rule indicators (12)."""
    return np.hstack([encode([core_text(t) for t in texts]), rule_features(hits_per_note)])


@dataclass
class IntentModel:
    """Softmax regression with temperature calibration (``predict_proba`` like scikit-learn).

    ``coef_`` weighs the dense features; ``ngram_coef_`` (n_classes × BUCKETS, or None) the hashed
    n-grams, already multiplied by the scale they were trained with.
    """

    classes_: list[str]
    coef_: np.ndarray  # (n_classes, n_dense_features)
    intercept_: np.ndarray  # (n_classes,)
    temperature_: float = 1.0
    meta: dict | None = None
    ngram_coef_: np.ndarray | None = None  # (n_classes, BUCKETS)
    _ngram_t: np.ndarray | None = field(default=None, init=False, repr=False, compare=False)

    def ngram_logits(self, texts: Sequence[str]) -> np.ndarray:
        """What the n-grams add to each class's logit (zeros for a model without them)."""
        if self.ngram_coef_ is None:
            return np.zeros((len(texts), len(self.classes_)), dtype=np.float32)
        if self._ngram_t is None:  # one row per bucket: gathering the rows of a note's n-grams is fast
            self._ngram_t = np.ascontiguousarray(self.ngram_coef_.T)
        return ngram_rows(texts).dot(self._ngram_t)

    def predict_proba_features(self, x: np.ndarray, offset: np.ndarray | None = None) -> np.ndarray:
        logits = x @ self.coef_.T + self.intercept_
        if offset is not None:
            logits = logits + offset
        logits = logits / self.temperature_
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def predict_proba(self, texts: Sequence[str], hits_per_note: Sequence[Sequence[Hit]]) -> np.ndarray:
        return self.predict_proba_features(features(texts, hits_per_note), self.ngram_logits(texts))

    def to_json(self) -> dict:
        data: dict[str, Any] = {
            "format": FORMAT,
            "classes": self.classes_,
            "coef": np.round(self.coef_, 6).tolist(),
            "intercept": np.round(self.intercept_, 6).tolist(),
            "temperature": self.temperature_,
            "meta": self.meta or {},
        }
        if self.ngram_coef_ is not None:
            data["ngram_buckets"] = int(self.ngram_coef_.shape[1])
            data["ngram_coef"] = np.round(self.ngram_coef_, NGRAM_DECIMALS).tolist()
        return data

    @classmethod
    def from_json(cls, data: dict) -> "IntentModel":
        if data.get("format") not in (FORMAT, "invitriage-intent-model/1"):
            raise ValueError("not an invitriage intent model")
        ngram = data.get("ngram_coef")
        if ngram is not None and int(data.get("ngram_buckets", 0)) != BUCKETS:
            raise ValueError(f"n-gram weights for {data.get('ngram_buckets')} buckets, this version hashes into {BUCKETS}")
        return cls(
            classes_=list(data["classes"]),
            coef_=np.asarray(data["coef"], dtype=np.float32),
            intercept_=np.asarray(data["intercept"], dtype=np.float32),
            temperature_=float(data["temperature"]),
            meta=data.get("meta") or {},
            ngram_coef_=None if ngram is None else np.asarray(ngram, dtype=np.float32),
        )

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), separators=(",", ":")), encoding="utf-8")


@lru_cache(maxsize=1)
def load_model() -> IntentModel | None:
    """The shipped model, or None if it has not been trained yet."""
    ref = resources.files("invitriage").joinpath("model", MODEL_FILE)
    if not ref.is_file():
        return None
    path = _kept_path(Path(str(ref)))
    kept = _kept_model(path) if path else None
    if kept is not None:
        return kept
    model = IntentModel.from_json(json.loads(ref.read_text("utf-8")))
    if path:
        _keep_model(model, path)
    return model


#: Bump when the kept copy's layout changes.
_KEPT_FORMAT = 1


def _kept_path(source: Path) -> Path | None:
    """Where this machine keeps the shipped model's arrays (user cache dir), keyed by the shipped file's size and
    time and numpy's version: parsing the 8 MB of JSON takes ≈ 0.2 s at every triage, reading the arrays a few ms.
    ``INVITRIAGE_NO_MODEL_CACHE=1`` turns it off."""
    try:
        stat = source.stat()
    except OSError:
        return None
    return cache_path("model", "intent", f"{_KEPT_FORMAT}|{FORMAT}|{source}|{stat.st_size}|{stat.st_mtime_ns}|{np.__version__}", ".npz")


def _kept_model(path: Path) -> IntentModel | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            plain = json.loads(data["plain"].tobytes())
            return IntentModel(classes_=list(plain["classes"]), coef_=data["coef"], intercept_=data["intercept"],
                               temperature_=float(plain["temperature"]), meta=plain["meta"],
                               ngram_coef_=data["ngram_coef"] if "ngram_coef" in data.files else None)
    except Exception:  # noqa: BLE001 - missing or damaged (a bad zip, a bad array): the shipped file is read, kept again
        return None


def _keep_model(model: IntentModel, path: Path) -> None:
    plain = {"classes": model.classes_, "temperature": model.temperature_, "meta": model.meta}
    arrays: dict[str, Any] = {"coef": model.coef_, "intercept": model.intercept_}
    if model.ngram_coef_ is not None:
        arrays["ngram_coef"] = model.ngram_coef_
    write_atomically(path, lambda out: np.savez(out, plain=np.frombuffer(json.dumps(plain).encode(), dtype=np.uint8), **arrays))
