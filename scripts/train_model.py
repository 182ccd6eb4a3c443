#!/usr/bin/env python
"""Retrain the shipped intent model from the team's corpus, reproducibly.

    pip install -e '.[train]'
    python scripts/train_model.py

Reads src/invitriage/corpus/{fr,en,es,de,it,pt,nl}.csv, writes the deterministic split to its split/
(train.csv, test.csv: the test split is never trained on), fits a logistic regression on
sentence embeddings + rule features, calibrates a temperature by cross-validation on the
training split, and writes src/invitriage/model/intent_model.json (plain parameters).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from invitriage.evaluation import load_corpus, split, write_examples  # noqa: E402
from invitriage.model import MODEL_FILE, IntentModel, features  # noqa: E402
from invitriage.rules import run_rules  # noqa: E402

C_GRID = (2.0, 8.0, 32.0)
SEED = 20261126


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=5000, random_state=SEED).fit(x, y)


def _nll(logits: np.ndarray, y_idx: np.ndarray, t: float) -> float:
    z = logits / t
    z = z - z.max(axis=1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-logp[np.arange(len(y_idx)), y_idx].mean())


def main() -> None:
    examples = load_corpus(ROOT / "src" / "invitriage" / "corpus")
    train, test = split(examples)
    (ROOT / "src" / "invitriage" / "corpus" / "split").mkdir(exist_ok=True)
    write_examples(ROOT / "src" / "invitriage" / "corpus" / "split" / "train.csv", train)
    write_examples(ROOT / "src" / "invitriage" / "corpus" / "split" / "test.csv", test)
    print(f"corpus: {len(examples)} notes; train {len(train)}, test {len(test)} (held out)")

    texts = [e.text for e in train]
    x = features(texts, [run_rules(t) for t in texts])
    y = np.array([e.intent for e in train])

    folds = list(StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED).split(x, y))
    best = None
    for c in C_GRID:
        oof = np.zeros((len(y), 12))
        classes = None
        for tr, va in folds:
            m = _fit(x[tr], y[tr], c)
            classes = list(m.classes_)
            oof[va] = m.decision_function(x[va])
        y_idx = np.array([classes.index(v) for v in y])
        acc = float((oof.argmax(1) == y_idx).mean())
        temps = np.linspace(0.3, 3.0, 55)
        t = float(min(temps, key=lambda t: _nll(oof, y_idx, t)))
        print(f"C={c:>5}: cross-validated intent accuracy {acc:.3f}, temperature {t:.2f}")
        if best is None or acc > best[1]:
            best = (c, acc, t)
    assert best is not None
    c, acc, t = best
    final = _fit(x, y, c)
    model = IntentModel(
        classes_=list(final.classes_),
        coef_=final.coef_.astype(np.float32),
        intercept_=final.intercept_.astype(np.float32),
        temperature_=t,
        meta={"C": c, "cv_intent_accuracy": round(acc, 4), "train_notes": len(train),
              "features": "USE-multilingual-v3 of the note core (512) + cue-rule indicators (12)", "seed": SEED},
    )
    out = ROOT / "src" / "invitriage" / "model"
    out.mkdir(exist_ok=True)
    model.save(out / MODEL_FILE)
    print(f"wrote {out / MODEL_FILE} (C={c}, temperature={t:.2f})")


if __name__ == "__main__":
    main()
