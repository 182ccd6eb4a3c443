"""Hashed word and character n-grams of a note: the exact wording, next to the sentence embedding.

The embedding reads meaning across languages; n-grams catch the phrases that decide an intent in one
language ("we are hiring", "*Senior Data Engineer*", "thanks for commenting on my post"). Notes are
folded first (lower case, no accents), so the features do not change when a writer drops accents or
capitals. Hashing is deterministic (no Python ``hash``), so a model trained once reads the same
buckets everywhere; character n-grams are hashed with numpy, many notes at a time.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .normalize import fold

#: Number of hash buckets (a power of two).
BUCKETS = 1 << 15
CHAR_SIZES = (3, 4, 5)
_WORD = re.compile(r"[^\W\d_]+|\d+")
_MIX = np.uint64(0x9E3779B97F4A7C15)
_PRIME = np.uint64(1_000_003)
_SHIFT = np.uint64(64 - 15)


@dataclass
class SparseRows:
    """Rows of a sparse matrix (CSR): row ``i`` holds ``values[indptr[i]:indptr[i+1]]`` at ``indices[...]``."""

    indptr: np.ndarray
    indices: np.ndarray
    values: np.ndarray

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def dot(self, weights_t: np.ndarray, block: int = 1024) -> np.ndarray:
        """``rows @ weights_t`` for ``weights_t`` of shape (BUCKETS, k): shape (n, k), in blocks of rows."""
        n = len(self)
        out = np.zeros((n, weights_t.shape[1]), dtype=np.float32)
        for start in range(0, n, block):
            stop = min(n, start + block)
            a, b = int(self.indptr[start]), int(self.indptr[stop])
            if a == b:
                continue
            contrib = weights_t[self.indices[a:b]] * self.values[a:b, None]
            filled = np.diff(self.indptr[start : stop + 1]) > 0
            # Sum each row's slice; empty rows have no slice (their start equals the next one's).
            out[start:stop][filled] = np.add.reduceat(contrib, self.indptr[start:stop][filled] - a, axis=0)
        return out


def _text(note: str) -> str:
    """Folded, digits as 0, whitespace collapsed, padded with spaces (word starts and ends count)."""
    folded = fold(note)
    folded = re.sub(r"\d", "0", folded)
    return " " + " ".join(folded.split()) + " "


def _mix(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint64(31))
    h = h * _MIX
    return (h >> _SHIFT).astype(np.int64)


def _char_buckets(texts: Sequence[str]) -> list[np.ndarray]:
    """Bucket of every character n-gram of every text, computed for all texts at once."""
    joined = "\x00".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    starts = np.zeros(len(texts) + 1, dtype=np.int64)
    starts[1:] = np.cumsum([len(t) + 1 for t in texts])
    per_size = []
    for n in CHAR_SIZES:
        if len(codes) < n:
            per_size.append((np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)))
            continue
        m = len(codes) - n + 1
        h = np.full(m, np.uint64(n), dtype=np.uint64)
        ok = np.ones(m, dtype=bool)
        for k in range(n):
            window = codes[k : k + m]
            h = h * _PRIME + window
            ok &= window != 0
        pos = np.nonzero(ok)[0]
        per_size.append((pos, _mix(h[pos])))
    out = []
    for i in range(len(texts)):
        lo, hi = starts[i], starts[i + 1] - 1
        parts = []
        for pos, buckets in per_size:
            a, b = np.searchsorted(pos, [lo, hi])
            parts.append(buckets[a:b])
        out.append(np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64))
    return out


def _word_buckets(text: str) -> np.ndarray:
    words = _WORD.findall(text)
    hashes = [zlib.crc32(w.encode("utf-8")) for w in words]
    grams = [h * 2 + 1 for h in hashes] + [(a * 1_000_003 + b) * 2 for a, b in zip(hashes, hashes[1:])]
    return _mix(np.array(grams, dtype=np.uint64)) if grams else np.zeros(0, dtype=np.int64)


def _normalised(buckets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct buckets with sub-linear counts, scaled to unit length."""
    if not len(buckets):
        return buckets, np.zeros(0, dtype=np.float32)
    idx, counts = np.unique(buckets, return_counts=True)
    vals = 1.0 + np.log(counts.astype(np.float32))
    return idx, vals / np.linalg.norm(vals)


def ngram_rows(notes: Sequence[str], word_weight: float = 1.0, char_weight: float = 1.0) -> SparseRows:
    """Word 1–2-grams and character 3–5-grams of each note, each family of unit length, hashed.

    >>> rows = ngram_rows(["We are hiring", "we are HIRING"])
    >>> bool((rows.indices[:rows.indptr[1]] == rows.indices[rows.indptr[1]:]).all())
    True
    """
    texts = [_text(t) for t in notes]
    chars = _char_buckets(texts)
    indptr = [0]
    indices: list[np.ndarray] = []
    values: list[np.ndarray] = []
    for text, cb in zip(texts, chars):
        wi, wv = _normalised(_word_buckets(text))
        ci, cv = _normalised(cb)
        idx = np.concatenate([wi, ci])
        val = np.concatenate([wv * word_weight, cv * char_weight])
        # A word and a character n-gram may share a bucket: the sum is what a sparse matrix holds.
        uniq, inverse = np.unique(idx, return_inverse=True)
        summed = np.zeros(len(uniq), dtype=np.float32)
        np.add.at(summed, inverse, val)
        indices.append(uniq)
        values.append(summed)
        indptr.append(indptr[-1] + len(uniq))
    return SparseRows(
        np.asarray(indptr, dtype=np.int64),
        np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64),
        np.concatenate(values).astype(np.float32) if values else np.zeros(0, dtype=np.float32),
    )
