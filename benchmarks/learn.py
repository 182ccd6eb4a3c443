#!/usr/bin/env python
"""`learn` on the sample with 50 corrections, against its floor: fitting the same model on the same arrays.

    python benchmarks/learn.py

The sample export is imported and triaged into a temporary database, 50 invitations are corrected
(30 with a note, 20 without, fixed seed), then `Workspace.learn()` is timed — the refit, the
before/after measure, the re-judgment and the stored report — next to `fit_softmax` alone on the
arrays it fits (corpus sample + corrections). Target (issue "Speed against the floors"): learn <= 10 s.
"""

from __future__ import annotations

import random
import tempfile
import time
from importlib import resources
from pathlib import Path

import numpy as np

from invitriage.learn.personal import CORRECTION_WEIGHT, _corpus_sample, fit_softmax
from invitriage.judge.model import features, load_model
from invitriage.judge.rules import run_rules
from invitriage.service import Workspace
from invitriage.settings import load_settings


def main() -> None:
    sample = Path(str(resources.files("invitriage") / "sample"))
    settings = load_settings(sample / "invitriage.toml")
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp) / "learn.db", settings) as ws:
        ws.import_paths([sample / "export", sample / "pending.csv"])
        ws.triage()
        rng = random.Random(1)
        items = ws.store.queue()
        notes = [i for i in items if (i["note"] or "").strip()]
        others = [i for i in items if not (i["note"] or "").strip()]
        for item in rng.sample(notes, 30) + rng.sample(others, 20):
            ws.override(item["id"], action=rng.choice(["reply", "accept"]))
        started = time.perf_counter()
        report = ws.learn()
        learn_s = time.perf_counter() - started
        corrections = [c for c in ws.store.corrections() if (c["note"] or "").strip()]
    base = load_model()
    assert base is not None
    texts, x_corpus, y_corpus = _corpus_sample()
    index = {k: i for i, k in enumerate(base.classes_)}
    corr_notes = [c["note"] for c in corrections]
    x = np.vstack([x_corpus, features(corr_notes, [run_rules(n) for n in corr_notes])])
    y = np.array([index[i] for i in y_corpus] + [index[c["intent"]] for c in corrections])
    w = np.concatenate([np.ones(len(y_corpus)), np.full(len(corrections), CORRECTION_WEIGHT)])
    offset = base.ngram_logits(texts + corr_notes)
    started = time.perf_counter()
    fit_softmax(x, y, w, base.coef_, base.intercept_, offset=offset)
    floor_s = time.perf_counter() - started
    print(f"| learn (50 corrections) | {learn_s:.1f} s | floor: one fit on the same arrays {floor_s:.1f} s | "
          f"ratio {learn_s / floor_s:.1f}× | {report.corrections} corrections, {len(report.changed)} decisions changed |")


if __name__ == "__main__":
    main()
