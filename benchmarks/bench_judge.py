#!/usr/bin/env python
"""Judge 10,000 distinct notes and compare with the bare encoder on the same notes.

    python benchmarks/bench_judge.py [N]

Goal (issue "Judgment engine"): the full judgment (rules, language, model, evidence) runs at
>= 0.8 of the bare encoder's notes per second. Both are timed in this one run, after warm-up.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from invitriage import classify  # noqa: E402
from invitriage.judge.encoder import encode  # noqa: E402
from invitriage.judge.evaluation import load_corpus  # noqa: E402

GREETINGS = ["", "Hi {n}, ", "Bonjour {n}, ", "Hola {n}, ", "Hallo {n}, ", "Ciao {n}, ", "Olá {n}, ", "Hoi {n}, "]
NAMES = ["Camille", "Tom", "Ana", "Jan", "Marco", "João", "Sanne", "Priya", "Luc", "Eva"]
SIGNS = ["", " Best, Paul", " — Marta", " Cordialement, Luc", " LG Jan", " 🙂"]


def notes(n: int) -> list[str]:
    rng = random.Random(7)
    base = [e.text for e in load_corpus(ROOT / "src" / "invitriage" / "corpus")]
    out: set[str] = set()
    while len(out) < n:
        out.add(rng.choice(GREETINGS).format(n=rng.choice(NAMES)) + rng.choice(base) + rng.choice(SIGNS))
    return sorted(out)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    texts = notes(n)
    classify(texts[:50])  # warm-up: load model, encoder, language identifier
    t = time.perf_counter()
    encode(texts)
    enc = time.perf_counter() - t
    t = time.perf_counter()
    classify(texts)
    full = time.perf_counter() - t
    print(f"{n} distinct notes")
    print(f"bare encoder : {n / enc:8.0f} notes/s ({enc:.1f} s)")
    print(f"full judgment: {n / full:8.0f} notes/s ({full:.1f} s)")
    print(f"ratio        : {enc / full:.2f} (goal >= 0.80)")


if __name__ == "__main__":
    main()
