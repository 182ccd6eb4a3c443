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

from invitriage import rxcache
from invitriage.judge.normalize import fold

#: Number of hash buckets (a power of two).
BUCKETS = 1 << 15
CHAR_SIZES = (3, 4, 5)
_WORD = rxcache.compile(r"[^\W\d_]+|\d+")
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


def _char_grams(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(note index, bucket) of every character n-gram of every text, computed for all texts at once."""
    joined = "\x00".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    starts = np.zeros(len(texts), dtype=np.int64)
    starts[1:] = np.cumsum([len(t) + 1 for t in texts[:-1]])
    notes, buckets = [], []
    for n in CHAR_SIZES:
        if len(codes) < n:
            continue
        m = len(codes) - n + 1
        h = np.full(m, np.uint64(n), dtype=np.uint64)
        ok = np.ones(m, dtype=bool)
        for k in range(n):
            window = codes[k : k + m]
            h = h * _PRIME + window
            ok &= window != 0  # an n-gram never spans two notes
        pos = np.nonzero(ok)[0]
        notes.append(np.searchsorted(starts, pos, side="right") - 1)
        buckets.append(_mix(h[pos]))
    if not notes:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(notes), np.concatenate(buckets)


def _word_grams(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(note index, bucket) of every word and word bigram of every text."""
    notes: list[int] = []
    hashes: list[int] = []
    for i, text in enumerate(texts):
        words = _WORD.findall(text)
        notes += [i] * len(words)
        hashes += [zlib.crc32(w.encode("utf-8")) for w in words]
    note = np.asarray(notes, dtype=np.int64)
    h = np.asarray(hashes, dtype=np.uint64)
    same = note[1:] == note[:-1] if len(note) else np.zeros(0, dtype=bool)
    unigrams = h * np.uint64(2) + np.uint64(1)
    bigrams = (h[:-1][same] * np.uint64(1_000_003) + h[1:][same]) * np.uint64(2)
    grams = np.concatenate([unigrams, bigrams])
    if not len(grams):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate([note, note[:-1][same]]), _mix(grams)


def _family(notes: np.ndarray, buckets: np.ndarray, n: int, weight: float) -> tuple[np.ndarray, np.ndarray]:
    """Keys (note × BUCKETS + bucket) with sub-linear counts, each note's vector of length ``weight``."""
    keys, counts = np.unique(notes * BUCKETS + buckets, return_counts=True)
    vals = 1.0 + np.log(counts.astype(np.float64))
    rows = keys // BUCKETS
    norms = np.sqrt(np.bincount(rows, weights=vals * vals, minlength=n))
    return keys, vals / norms[rows] * weight


def ngram_rows(notes: Sequence[str], word_weight: float = 1.0, char_weight: float = 1.0) -> SparseRows:
    """Word 1–2-grams and character 3–5-grams of each note, each family of unit length, hashed.

    >>> rows = ngram_rows(["We are hiring", "we are HIRING"])
    >>> bool((rows.indices[:rows.indptr[1]] == rows.indices[rows.indptr[1]:]).all())
    True
    """
    texts = [_text(t) for t in notes]
    n = len(texts)
    wk, wv = _family(*_word_grams(texts), n, word_weight)
    ck, cv = _family(*_char_grams(texts), n, char_weight)
    # A word and a character n-gram may share a bucket: the sum is what a sparse matrix holds.
    keys, inverse = np.unique(np.concatenate([wk, ck]), return_inverse=True)
    values = np.bincount(inverse, weights=np.concatenate([wv, cv])).astype(np.float32)
    indptr = np.zeros(n + 1, dtype=np.int64)
    indptr[1:] = np.cumsum(np.bincount(keys // BUCKETS, minlength=n))
    return SparseRows(indptr, (keys % BUCKETS).astype(np.int64), values)
