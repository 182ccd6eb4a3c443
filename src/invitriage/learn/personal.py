"""Learning the owner's line from their corrections: a personal layer over the shipped model.

``learn`` refits the intent model on the team's corpus plus the owner's corrections (weighted up,
warm-started from the shipped parameters), learns intent-level action preferences ("I accept every
recruiter silently"), measures before/after on a held-out part of the corrections, stores the
result in the database as plain parameters, and re-judges the machine's decisions.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from invitriage import rxcache
from invitriage.judge.evaluation import load_corpus, split
from invitriage.judge.model import IntentModel, features, load_model
from invitriage.judge.rules import run_rules
from invitriage.settings import Settings
from invitriage.storage.store import Store
from invitriage.taxonomy import DEFAULT_ACTIONS

CORRECTION_WEIGHT = 8.0
MIN_FOR_ACTION = 3  # corrections of one intent before its action preference is learned
ACTION_SHARE = 0.8
HELD_OUT = 0.25
NO_REASON = frozenset({"no_note", "default_template", "generic"})


#: Corpus notes the personal fit keeps per language × intent cell: enough to anchor the model, few
#: enough that ``learn`` encodes them in seconds.
CORPUS_PER_CELL = 30


#: The sample's dense features, computed when the model is trained (``scripts/train_model.py``) and shipped
#: beside it, so ``learn`` does not encode some 2,500 corpus notes each time (about six seconds on 2 cores).
SAMPLE_FILE = "corpus_sample.npz"


def _picked() -> list[tuple[str, str]]:
    folder = resources.files("invitriage").joinpath("corpus")
    train, _test = split(load_corpus(folder))  # type: ignore[arg-type]
    cells: dict[tuple[str, str], list[str]] = {}
    for e in train:
        cells.setdefault((e.lang, e.intent), []).append(e.text)
    return [(t, intent) for (_lang, intent), texts in sorted(cells.items())
            for t in sorted(texts, key=lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest())[:CORPUS_PER_CELL]]


def _digest(texts: list[str]) -> str:
    return hashlib.sha256("\x1f".join(texts).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _corpus_sample() -> tuple[list[str], np.ndarray, list[str]]:
    """Texts, dense features and intents of a fixed sample of the corpus's training split.

    The features come from the shipped file when it was made from these very texts (its digest says
    so); otherwise they are computed here.
    """
    picked = _picked()
    texts = [t for t, _ in picked]
    ref = resources.files("invitriage").joinpath("model", SAMPLE_FILE)
    if ref.is_file():
        with ref.open("rb") as f, np.load(f, allow_pickle=False) as data:
            if str(data["digest"]) == _digest(texts):
                return texts, data["features"].astype(np.float32), [i for _, i in picked]
    return texts, features(texts, [run_rules(t) for t in texts]), [i for _, i in picked]


def write_corpus_sample(path: Any) -> int:
    """Compute the sample's features and save them (plain arrays, no pickle) for ``learn``; returns the count."""
    picked = _picked()
    texts = [t for t, _ in picked]
    x = features(texts, [run_rules(t) for t in texts])
    np.savez_compressed(path, digest=np.array(_digest(texts)), features=x.astype(np.float16))
    return len(texts)


def fit_softmax(x: np.ndarray, y: np.ndarray, w: np.ndarray, coef: np.ndarray, intercept: np.ndarray,
                c: float = 8.0, iters: int = 300, offset: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Weighted multinomial logistic regression (L2, like scikit-learn's C), by accelerated gradient descent.

    ``y`` holds class indices; the fit starts from ``coef``/``intercept`` (warm start). ``offset`` is
    added to every logit and kept fixed (what the shipped n-gram weights say about each note).
    """
    # float32: the matrix products are three times faster than in float64 on 2 cores, and the fit
    # (warm-started, L2-regularised) does not need more precision than the features carry.
    n_classes = coef.shape[0]
    onehot = np.eye(n_classes, dtype=np.float32)[y]
    x = x.astype(np.float32)
    w = w.astype(np.float32)
    fixed = np.zeros((len(y), n_classes), dtype=np.float32) if offset is None else offset.astype(np.float32)
    wsum = w.sum()
    lam = 1.0 / (c * wsum)
    # Step size from a bound on the curvature of the softmax loss.
    lipschitz = 0.5 * float((w[:, None] * x * x).sum(axis=0).max() + w.sum()) / wsum + lam
    step = 1.0 / max(lipschitz * 2, 1e-6)
    W, b = coef.astype(np.float32).copy(), intercept.astype(np.float32).copy()
    vW, vb = W.copy(), b.copy()
    for t in range(1, iters + 1):
        logits = x @ vW.T + vb + fixed
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(np.maximum(logits, -30.0))  # no subnormal float32 (they are a hundred times slower)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * (w / wsum)[:, None]
        gW = (x.T @ g).T + lam * vW  # this order is 20x faster than g.T @ x for a tall x (numpy's BLAS path)
        gb = g.sum(axis=0)
        W_new, b_new = vW - step * gW, vb - step * gb
        mom = (t - 1) / (t + 2)
        vW, vb = W_new + mom * (W_new - W), b_new + mom * (b_new - b)
        W, b = W_new, b_new
    return W.astype(np.float32), b.astype(np.float32)


def _held_out(correction: dict[str, Any]) -> bool:
    digest = hashlib.sha256(f"{correction['id']}:{correction['note']}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < HELD_OUT


def learned_actions(corrections: list[dict[str, Any]], settings: Settings) -> dict[str, str]:
    """Intents whose corrections agree (>= 80 % of at least 3) on an action other than the current one."""
    base = {**DEFAULT_ACTIONS, **settings.actions}
    by_intent: dict[str, list[str]] = {}
    for c in corrections:
        # A correction of an invitation with no stated reason is about that person (their headline),
        # never about every empty note: those intents keep their action.
        if c["intent"] not in NO_REASON:
            by_intent.setdefault(c["intent"], []).append(c["action"])
    out = {}
    for intent, actions in by_intent.items():
        if len(actions) < MIN_FOR_ACTION or intent in settings.actions:
            continue  # an explicit setting is the owner's word: never overruled
        top = max(set(actions), key=actions.count)
        if top != base[intent] and actions.count(top) / len(actions) >= ACTION_SHARE:
            out[intent] = top
    return out


def _fit(base: IntentModel, corrections: list[dict[str, Any]]) -> IntentModel:
    """Refit the dense weights on the corpus sample plus the corrections; the n-gram weights stay."""
    texts, x_corpus, y_corpus = _corpus_sample()
    with_notes = [c for c in corrections if (c["note"] or "").strip()]
    index = {k: i for i, k in enumerate(base.classes_)}
    if not with_notes:
        return base
    notes = [c["note"] for c in with_notes]
    x = np.vstack([x_corpus, features(notes, [run_rules(n) for n in notes])])
    offset = base.ngram_logits(texts + notes)
    y = np.array([index[i] for i in y_corpus] + [index[c["intent"]] for c in with_notes])
    w = np.concatenate([np.ones(len(y_corpus)), np.full(len(with_notes), CORRECTION_WEIGHT)])
    coef, intercept = fit_softmax(x, y, w, base.coef_, base.intercept_, c=float((base.meta or {}).get("C", 8.0)),
                                  offset=offset)
    return IntentModel(base.classes_, coef, intercept, base.temperature_,
                       {**(base.meta or {}), "personal": True, "corrections": len(with_notes)}, base.ngram_coef_)


def _action_accuracy(model: IntentModel, actions: dict[str, str], rows: list[dict[str, Any]],
                     settings: Settings) -> float | None:
    from invitriage.judge.classify import classify

    if not rows:
        return None
    mapping = {**DEFAULT_ACTIONS, **actions, **settings.actions}
    js = classify([r["note"] for r in rows], owner_lang=settings.language, actions=mapping,
                  threshold=settings.threshold, model=model)
    return sum(j.action == r["action"] for j, r in zip(js, rows)) / len(rows)


HEADLINE_SIMILARITY = 0.85


class HeadlineMemory:
    """What the owner did with people who wrote no note, remembered by headline.

    A new invitation without a note whose headline is very close (cosine >= HEADLINE_SIMILARITY) to
    one the owner corrected takes the same action, with that headline quoted as the reason.
    """

    def __init__(self, examples: list[dict[str, str]]):
        self.examples = [e for e in examples if e.get("headline")]
        self._vecs: np.ndarray | None = None

    def match(self, headlines: list[str]) -> list[tuple[str, str, float] | None]:
        from invitriage.judge.encoder import encode

        if not self.examples or not any(headlines):
            return [None] * len(headlines)
        if self._vecs is None:
            self._vecs = encode([job_title(e["headline"]) for e in self.examples])
        wanted = [job_title(h) for h in headlines if h]
        sims = encode(wanted) @ self._vecs.T
        out: list[tuple[str, str, float] | None] = []
        row = 0
        for h in headlines:
            if not h:
                out.append(None)
                continue
            k = int(sims[row].argmax())
            best = float(sims[row, k])
            row += 1
            ex = self.examples[k]
            out.append((ex["action"], ex["headline"], best) if best >= HEADLINE_SIMILARITY else None)
        return out


_COMPANY_SPLIT = rxcache.compile(r"\s(?:@|at|chez|bei|presso|na|bij|\||–|—|-)\s|\s*\|\s*|,\s")


def job_title(headline: str) -> str:
    """The job part of a headline, without the company: "Talent Acquisition Partner @ Nordwave" →
    "Talent Acquisition Partner" (company names would otherwise dominate the comparison)."""
    return _COMPANY_SPLIT.split(headline.strip(), maxsplit=1)[0].strip() or headline.strip()


def headline_examples(corrections: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Corrections of invitations without a note but with a headline: the person is the example."""
    return [{"headline": c["headline"], "action": c["action"]} for c in corrections
            if not (c["note"] or "").strip() and (c["headline"] or "").strip()]


@dataclass
class LearnReport:
    """What learning from the owner's corrections did: how many, the held-out score before and after, what changed."""

    corrections: int
    held_out: int
    before: float | None
    after: float | None
    learned_actions: dict[str, str]
    changed: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class PersonalLayer:
    """What ``learn`` fitted: the personal model, intent-level actions and the headline memory.

    Triage takes it as an argument; an empty layer means the shipped model alone.
    """

    model: IntentModel | None = None
    actions: dict[str, str] = field(default_factory=dict)
    memory: HeadlineMemory | None = None
    headlines: list[dict[str, str]] = field(default_factory=list)

    @classmethod
    def load(cls, store: Store) -> "PersonalLayer":
        stored = store.personal_model()
        if stored is None:
            return cls()
        headlines = list(stored["params"].get("headlines") or [])
        return cls(IntentModel.from_json(stored["params"]), dict(stored["learned_actions"]),
                   HeadlineMemory(headlines) if headlines else None, headlines)

    def params(self) -> dict[str, Any]:
        assert self.model is not None
        return {**self.model.to_json(), "headlines": self.headlines}


@dataclass
class Fitted:
    """A personal layer fitted on all active corrections, with the before/after measure."""

    layer: PersonalLayer
    corrections: int
    held_out: int
    before: float | None
    after: float | None


def fit_personal(corrections: list[dict[str, Any]], settings: Settings) -> Fitted:
    """Refit the personal layer on ``corrections``; measure before/after on a held-out quarter of them."""
    base = load_model()
    if base is None:
        raise RuntimeError("no shipped model")
    test = [c for c in corrections if _held_out(c)] if len(corrections) >= 8 else []
    train = [c for c in corrections if c not in test]
    before = _action_accuracy(base, {}, test, settings)
    after = _action_accuracy(_fit(base, train), learned_actions(train, settings), test, settings) if test else None
    if not corrections:
        return Fitted(PersonalLayer(), 0, 0, before, after)
    headlines = headline_examples(corrections)
    layer = PersonalLayer(_fit(base, corrections), learned_actions(corrections, settings),
                          HeadlineMemory(headlines) if headlines else None, headlines)
    return Fitted(layer, len(corrections), len(test), before, after)


def personal_layer(store: Store) -> tuple[IntentModel | None, dict[str, str]]:
    """The stored personal model and learned actions, if ``learn`` ran."""
    layer = PersonalLayer.load(store)
    return layer.model, layer.actions
