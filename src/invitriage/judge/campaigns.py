"""Campaign detection: the same note (modulo names and greetings) from several senders.

A mass template is not a personal reason, however personal it sounds. Notes are grouped when
their cores are equal once names are removed, or when they are near-duplicates (word-bigram
Jaccard similarity >= ``NEAR``, found with MinHash banding so that large backlogs stay fast).
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from invitriage import rxcache
from invitriage.judge.normalize import fold, normalize

MIN_SENDERS = 3
NEAR = 0.6
_HASHES = 24
_BAND = 2
_NOT_TOKEN = rxcache.compile(r"[^\w'\s]|_")


def template_key(text: str) -> str:
    """The note's core with capitalised words (names) and punctuation removed.

    >>> template_key("Bonjour Camille, notre agence Leadix vous aide. Marc") == template_key("Camille, notre agence Leadix vous aide. - Julie")
    True
    """
    note = normalize(text)
    # What is not alphanumeric nor an apostrophe goes (``\w`` is ``str.isalnum`` or "_"), whitespace stays, so the
    # words are those of the span, each stripped, and a word of punctuation only is gone.
    kept = _NOT_TOKEN.sub("", note.original[note.start : note.end])
    return " ".join([fold(token) for token in kept.split() if not token[0].isupper()])


@dataclass(frozen=True)
class Campaign:
    """A note many senders sent (a mass campaign): its number and how many sent it."""

    id: int
    senders: int


def _bigrams(key: str) -> frozenset[str]:
    w = key.split()
    return frozenset(f"{a} {b}" for a, b in zip(w, w[1:])) or frozenset(w)


#: The MinHash family: h -> (a*h + b) mod p over each gram's CRC-32, one (a, b) per hash, fixed so that runs agree.
_PRIME = 4294967311  # the first prime above 2**32
_A = np.array([(2654435761 * (i + 1)) % _PRIME or 1 for i in range(_HASHES)], dtype=np.uint64)[None, :] % (1 << 31)
_B = np.array([(40503 * (i + 7) ** 3) % _PRIME for i in range(_HASHES)], dtype=np.uint64)[None, :]


def _signature(grams: frozenset[str]) -> list[int]:
    """MinHash of the note's bigrams: one CRC-32 per gram, then _HASHES cheap universal hashes of it (in numpy:
    a note costs one small array operation, not _HASHES string hashes per gram)."""
    hashed = np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint64, count=len(grams))[:, None]
    return ((hashed * _A + _B) % _PRIME).min(axis=0).tolist()


def detect(notes: Sequence[str], senders: Sequence[str], min_senders: int = MIN_SENDERS) -> dict[str, Campaign]:
    """Map each note (whitespace-normalised) that belongs to a campaign to its campaign.

    >>> pitch = "{}, notre agence génère 30 rendez-vous qualifiés par mois pour les consultants. On en parle ?"
    >>> found = detect([pitch.format(n) for n in ("Camille", "Bonjour Camille", "Hello")] + ["Nous nous sommes vus à Lyon"], ["a", "b", "c", "d"])
    >>> sorted(c.senders for c in found.values())
    [3, 3, 3]
    """
    by_key: dict[str, set[str]] = defaultdict(set)
    note_key: dict[str, str] = {}
    short: set[str] = set()  # notes already found too short: each distinct note is keyed once
    for text, sender in zip(notes, senders):
        norm = " ".join((text or "").split())
        if not norm or norm in short:
            continue
        key = note_key.get(norm)
        if key is None:
            key = template_key(norm)
            if len(key.split()) < 4:  # too short to be a template worth flagging ("hello", "merci")
                short.add(norm)
                continue
            note_key[norm] = key
        by_key[key].add(sender)
    keys = list(by_key)
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    grams = [_bigrams(k) for k in keys]
    buckets: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for i, g in enumerate(grams):
        sig = _signature(g)
        for b in range(0, _HASHES, _BAND):
            buckets[(b, *sig[b : b + _BAND])].append(i)
    for members in buckets.values():
        if len(members) < 2:
            continue
        members = members[:64]  # near-identical notes are few; cap the pairwise work
        for x, first in enumerate(members):
            for other in members[x + 1 :]:
                if find(first) == find(other):
                    continue
                ga, gb = grams[first], grams[other]
                if len(ga & gb) / len(ga | gb) >= NEAR:
                    parent[find(other)] = find(first)
    cluster_senders: dict[int, set[str]] = defaultdict(set)
    for i, key in enumerate(keys):
        cluster_senders[find(i)] |= by_key[key]
    index = {key: i for i, key in enumerate(keys)}
    out: dict[str, Campaign] = {}
    for norm, key in note_key.items():
        root = find(index[key])
        n = len(cluster_senders[root])
        if n >= min_senders:
            out[norm] = Campaign(root, n)
    return out
