"""The judgment: one intent, one action, the language, a confidence and the evidence.

:func:`classify` is the library's entry point; ``triage`` and the ``classify`` command call it.
Each distinct normalised note is judged once, however many invitations carry it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from invitriage.judge.campaigns import Campaign
from invitriage.judge.lang import detect_language, is_supported
from invitriage.judge.model import IntentModel, load_model
from invitriage.judge.normalize import normalize
from invitriage.judge.rules import Hit, run_rules
from invitriage.taxonomy import DEFAULT_ACTIONS, DEFAULT_THRESHOLD, rank

JUDGE_VERSION = "rules+model-2"


@dataclass
class Judgment:
    """The judgment of one note: intent, action, language, confidence and the evidence for it."""

    intent: str
    action: str
    lang: str
    confidence: float
    evidence: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "intent": self.intent,
            "action": self.action,
            "lang": self.lang,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence,
        }


def _evidence(hits: Sequence[Hit], lang: str = "") -> list[dict[str, str]]:
    """Hits strongest purpose first; one entry per quoted span (cue sets of several languages overlap:
    the rule of the note's own language is the one named)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for h in sorted(hits, key=lambda h: (rank(h.intent), -h.weight, not h.rule.endswith("." + lang))):
        if (h.intent, h.quote) not in seen:
            seen.add((h.intent, h.quote))
            out.append({"rule": h.rule, "quote": h.quote})
    return out


MAX_NOTE_CHARS = 2000
REPLY_SHARE = 0.4


def note_key(note: str | None) -> str:
    """What a note is judged by: its beginning (LinkedIn caps a note at 300 characters; anything far longer is
    judged on its first MAX_NOTE_CHARS), spaces collapsed. Equal keys, one judgment."""
    return " ".join((note or "")[:MAX_NOTE_CHARS].split())


def _rule_decision(hits: Sequence[Hit]) -> tuple[str, float, list[dict[str, str]]] | None:
    """Empty notes and LinkedIn's stock texts are decided by rules alone."""
    for decisive in ("no_note", "default_template"):
        chosen = [h for h in hits if h.intent == decisive and h.weight >= 0.9]
        if chosen:
            return decisive, 0.99, _evidence(chosen)
    return None


def _rules_only(text: str, hits: Sequence[Hit]) -> tuple[str, float, list[dict[str, str]]]:
    """Fallback when no model is installed: the strongest cue wins."""
    reasons = [h for h in hits if h.intent != "generic"]
    if reasons:
        best = min(reasons, key=lambda h: rank(h.intent))
        return best.intent, best.weight, _evidence(hits)
    generic = [h for h in hits if h.intent == "generic"]
    if generic:
        return "generic", 0.7, _evidence(generic)
    return "generic", 0.55, [{"rule": "no_reason_found", "quote": text.strip()[:120]}]


def _model_evidence(text: str, intent: str, p: float, hits: Sequence[Hit], lang: str = "") -> list[dict[str, str]]:
    """Rules that agree with the model's intent, else the note's core (what the model read)."""
    evidence = _evidence([h for h in hits if h.intent == intent], lang)
    if not evidence:
        note = normalize(text)
        core = note.original[note.start : note.end].strip() or text.strip()
        evidence = [{"rule": "model", "quote": core if len(core) <= 160 else core[:157] + "…"}]
    evidence.append({"rule": f"model:{intent}", "quote": f"p={p:.2f}"})
    return evidence


def _choose_action(action_p: Mapping[str, float]) -> str:
    """Hold if that is likeliest; otherwise reply once reply holds REPLY_SHARE of reply + accept.

    Missing someone who stated a reason costs the owner more than one extra note to read; the share
    was chosen by cross-validation on the training split (accuracy and reply recall both improve).
    """
    best = max(action_p, key=action_p.__getitem__)
    if best not in ("reply", "accept"):
        return best
    p_reply, p_accept = action_p.get("reply", 0.0), action_p.get("accept", 0.0)
    return "reply" if p_reply >= REPLY_SHARE * (p_reply + p_accept) else "accept"


def _action_groups(classes: Sequence[str], mapping: Mapping[str, str]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for k, intent in enumerate(classes):
        groups.setdefault(mapping[intent], []).append(k)
    return groups


def _decide_many(texts: Sequence[str], threshold: float, mapping: Mapping[str, str],
                 personal: IntentModel | None = None, langs: Callable[[], Sequence[str]] | None = None,
                 rules: Callable[[str], list[Hit]] = run_rules) -> list[tuple[str, float, list[dict[str, str]], bool]]:
    """(intent, confidence, evidence, unsure) for each distinct note. ``langs()`` gives the notes' languages, asked
    for only once the model has read them (they may be on their way from another process, see :func:`classify`)."""
    hits_all = [rules(t) for t in texts]
    out: list[tuple[str, float, list[dict[str, str]], bool] | None] = [None] * len(texts)
    pending: list[int] = []
    for i, hits in enumerate(hits_all):
        decided = _rule_decision(hits)
        if decided is not None:
            out[i] = (*decided, False)
        else:
            pending.append(i)
    model = (personal or load_model()) if pending else None
    if pending and model is None:
        for i in pending:
            intent, conf, ev = _rules_only(texts[i], hits_all[i])
            out[i] = (intent, conf, ev, False)
    elif pending and model is not None:
        probs = model.predict_proba([texts[i] for i in pending], [hits_all[i] for i in pending])
        groups = _action_groups(model.classes_, mapping)
        known = langs() if langs else None
        for row, i in enumerate(pending):
            # The action is what matters to the owner: pick the action with the most probability
            # mass, then the likeliest intent within it. Confidence is that action's probability.
            # Cue phrases count only through the model (one feature each): they add evidence, and
            # no single word decides an intent on its own.
            action_p = {a: float(probs[row, idx].sum()) for a, idx in groups.items()}
            action = _choose_action(action_p)
            idx = groups[action]
            k = idx[int(np.argmax(probs[row, idx]))]
            intent, p = model.classes_[k], action_p[action]
            lang = known[i] if known else ""
            out[i] = (intent, p, _model_evidence(texts[i], intent, float(probs[row, k]), hits_all[i], lang), p < threshold)
    return [o for o in out if o is not None]


def _apply_campaigns(
    decided: dict[str, tuple[str, float, list[dict[str, str]], bool]], campaigns: Mapping[str, Campaign]
) -> None:
    """Judge a campaign's notes as one template: sales_pitch when any of them sells, else generic."""
    sells: dict[int, bool] = {}
    for key, (intent, _c, evidence, _u) in decided.items():
        if key in campaigns:
            camp_id = campaigns[key].id
            sells[camp_id] = sells.get(camp_id, False) or intent == "sales_pitch" or any(
                e["rule"].startswith("cue.sales_pitch") for e in evidence)
    for key, (intent, confidence, evidence, _unsure) in list(decided.items()):
        camp = campaigns.get(key)
        if camp is None or intent in ("scam", "no_note", "default_template"):
            continue
        new_intent = "sales_pitch" if sells.get(camp.id) else "generic"
        kept = [e for e in evidence if e["rule"].startswith(f"cue.{new_intent}")]
        decided[key] = (new_intent, max(confidence, 0.95),
                        [{"rule": "campaign", "quote": f"same note from {camp.senders} senders"}, *kept], False)


def classify(
    notes: Sequence[str],
    *,
    owner_lang: str = "fr",
    actions: Mapping[str, str] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    campaigns: Mapping[str, Campaign] | None = None,
    cache: dict[str, Any] | None = None,
    model: IntentModel | None = None,
    languages: Callable[[str], str] | None = None,
    rules: Callable[[str], list[Hit]] | None = None,
) -> list[Judgment]:
    """Judge notes; equal notes (after normalisation) are judged once.

    ``languages`` and ``rules``: what :func:`detect_language` (with ``owner_lang`` as the fallback) and
    :func:`run_rules` give for a distinct note (its :func:`note_key`), when a caller has them already (triage has
    them worked out in another process meanwhile).

    >>> [j.intent for j in classify(["", "Hi, we met at the Lyon SEO meetup last week"])]
    ['no_note', 'met_before']
    >>> j = classify(["Dün Ankara'daki etkinlikte sohbetimiz çok keyifliydi, iletişimde kalalım!"])[0]
    >>> j.lang, j.action
    ('tr', 'unsure')
    """
    mapping = {**DEFAULT_ACTIONS, **(actions or {})}
    # ``cache`` lets a caller judging a large backlog in chunks judge each distinct note once overall.
    memo: dict[str, Any] = cache if cache is not None else {}
    keys = [note_key(t) for t in notes]
    distinct = [k for k in dict.fromkeys(keys) if k not in memo]
    if distinct:
        language = languages or (lambda k: detect_language(k, fallback=owner_lang))
        identified: list[str] = []

        def langs() -> list[str]:
            if not identified:
                identified.extend(language(k) if k else owner_lang for k in distinct)
            return identified

        decided = dict(zip(distinct, _decide_many(distinct, threshold, mapping, model, langs, rules or run_rules)))
        langs()
        if campaigns:
            _apply_campaigns(decided, campaigns)
        for k, lang in zip(distinct, identified):
            if not is_supported(lang):
                # Written in a language the model was not trained on: the owner reads it (review).
                intent, confidence, evidence, _unsure = decided[k]
                decided[k] = (intent, confidence, [{"rule": "other_language", "quote": lang}, *evidence], True)
            memo[k] = (decided[k], lang)
    # Equal notes share one Judgment object: treat results as read-only.
    shared: dict[str, Judgment] = {}
    out: list[Judgment] = []
    for key in keys:
        j = shared.get(key)
        if j is None:
            (intent, confidence, evidence, unsure), lang = memo[key]
            action = "unsure" if unsure else mapping[intent]
            j = shared[key] = Judgment(intent, action, lang, confidence, list(evidence))
        out.append(j)
    return out
