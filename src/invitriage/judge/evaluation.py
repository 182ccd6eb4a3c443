"""Measuring the judgment: action accuracy, reply precision/recall, intent macro-F1, per language."""

from __future__ import annotations

import hashlib
import textwrap
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from invitriage.ingest.csvio import decode, read_table
from invitriage.errors import InputError
from invitriage.taxonomy import DEFAULT_ACTIONS, INTENTS, LANGUAGES, PRIORITY


@dataclass
class Example:
    """One labelled note of an evaluation set: its text, intent, and, when given, its language and action."""

    text: str
    intent: str
    lang: str = ""
    action: str = ""

    @property
    def other_language(self) -> bool:
        """Labelled as written in a language outside the seven (``ar``, ``pl``…): the owner reads it."""
        return bool(self.lang) and self.lang not in LANGUAGES

    def gold_action(self) -> str:
        """The ``action`` column if given; ``unsure`` for a note in another language; else the intent's action."""
        if self.action:
            return self.action
        return "unsure" if self.other_language else DEFAULT_ACTIONS[self.intent]


def load_examples(path: str | Path) -> list[Example]:
    """A labelled CSV with columns ``text, intent`` and optional ``action, lang``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror})") from None
    table = read_table(decode(data, str(path)), str(path), required=["text", "intent"])
    out = []
    for line, row in table.rows:
        intent = row["intent"].strip()
        if intent not in INTENTS:
            raise InputError(path, f"unknown intent {intent!r} (expected one of {', '.join(PRIORITY)})", line)
        out.append(Example(row["text"], intent, (row.get("lang") or "").strip(), (row.get("action") or "").strip()))
    return out


def load_corpus(folder: str | Path, *, other: bool = False) -> list[Example]:
    """The seven languages of the team's corpus (and ``other.csv``, notes in other languages, if ``other``);
    a text seen twice (an emoji in every file) is kept once."""
    rows: list[Example] = []
    seen: set[str] = set()
    names = [*LANGUAGES, "other"] if other else list(LANGUAGES)
    for name in names:
        path = Path(folder) / f"{name}.csv"
        if name == "other" and not path.is_file():
            continue
        for e in load_examples(path):
            if e.text not in seen:
                seen.add(e.text)
                rows.append(e)
    return rows


def split(examples: Sequence[Example], fraction: float = 0.25) -> tuple[list[Example], list[Example]]:
    """Stratified by (lang, intent): in each cell, the ``fraction`` of notes with the lowest hash.

    Notes in other languages form one language group (``other``): their cells would be too small.
    """
    cells: dict[tuple[str, str], list[Example]] = defaultdict(list)
    for e in examples:
        cells[("other" if e.other_language else e.lang, e.intent)].append(e)
    train: list[Example] = []
    test: list[Example] = []
    for key in sorted(cells):
        items = sorted(cells[key], key=lambda e: hashlib.sha256(e.text.encode("utf-8")).hexdigest())
        k = max(1, round(len(items) * fraction))
        test.extend(items[:k])
        train.extend(items[k:])
    return train, test


#: Three-letter codes for the confusion matrix (full names in its legend), so it fits 80 columns.
CODES: dict[str, str] = {
    "scam": "SCM", "recruiting": "REC", "job_seeking": "JOB", "sales_pitch": "SAL", "business_proposal": "BIZ",
    "ask_for_help": "ASK", "referral": "REF", "met_before": "MET", "content": "CON", "generic": "GEN",
    "default_template": "TPL", "no_note": "NON",
}


@dataclass
class IntentScore:
    """Precision, recall and F1 of one intent, with how many gold notes it has."""

    precision: float
    recall: float
    f1: float
    support: int  # gold notes of that intent


@dataclass
class Scores:
    """How the judgment did on a labelled set: action accuracy, reply precision and recall, intent F1, by language."""

    n: int
    action_accuracy: float
    reply_precision: float
    reply_recall: float
    intent_macro_f1: float
    per_language: dict[str, tuple[int, float]] = field(default_factory=dict)
    per_intent_f1: dict[str, float] = field(default_factory=dict)
    confusion: dict[str, Counter[str]] = field(default_factory=dict)
    unsure: int = 0
    per_intent: dict[str, IntentScore] = field(default_factory=dict)
    #: Notes labelled with a language outside the seven, and how many of them went to review.
    other_languages: int = 0
    other_languages_unsure: int = 0


def score(gold: Sequence[Example], pred_intents: Sequence[str], pred_actions: Sequence[str],
          pred_langs: Sequence[str]) -> Scores:
    """Compare predictions with gold labels. An ``unsure`` action counts as wrong, except for a note in
    another language, where it is the expected action."""
    n = len(gold)
    ok = [g.gold_action() == a for g, a in zip(gold, pred_actions)]
    tp = sum(g.gold_action() == "reply" and a == "reply" for g, a in zip(gold, pred_actions))
    pp = sum(a == "reply" for a in pred_actions)
    gp = sum(g.gold_action() == "reply" for g in gold)
    per_intent: dict[str, IntentScore] = {}
    for intent in PRIORITY:
        t = sum(g.intent == intent and p == intent for g, p in zip(gold, pred_intents))
        p_ = sum(p == intent for p in pred_intents)
        g_ = sum(g.intent == intent for g in gold)
        if g_ == 0 and p_ == 0:
            continue
        prec = t / p_ if p_ else 0.0
        rec = t / g_ if g_ else 0.0
        per_intent[intent] = IntentScore(prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0, g_)
    f1s = {k: v.f1 for k, v in per_intent.items()}
    per_lang: dict[str, list[bool]] = defaultdict(list)
    for g, good, lang in zip(gold, ok, pred_langs):
        per_lang[g.lang or lang].append(good)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for g, p in zip(gold, pred_intents):
        confusion[g.intent][p] += 1
    other = [a for g, a in zip(gold, pred_actions) if g.other_language]
    return Scores(
        n=n,
        action_accuracy=sum(ok) / n if n else 0.0,
        reply_precision=tp / pp if pp else 0.0,
        reply_recall=tp / gp if gp else 0.0,
        intent_macro_f1=sum(f1s.values()) / len(f1s) if f1s else 0.0,
        per_language={k: (len(v), sum(v) / len(v)) for k, v in sorted(per_lang.items())},
        per_intent_f1=f1s,
        confusion=dict(confusion),
        unsure=sum(a == "unsure" for a in pred_actions),
        per_intent=per_intent,
        other_languages=len(other),
        other_languages_unsure=sum(a == "unsure" for a in other),
    )


def confusion_text(scores: Scores) -> str:
    """The confusion matrix as plain text: rows are gold intents, columns predictions, three-letter codes.

    >>> s = score([Example("a", "content"), Example("b", "generic")], ["content", "content"], ["reply", "reply"], ["en", "en"])
    >>> print(confusion_text(s))
    gold\\pred  CON  GEN
    CON          1    .
    GEN          1    .
    CON=content, GEN=generic
    """
    labels = [i for i in PRIORITY if i in scores.confusion or any(i in c for c in scores.confusion.values())]
    lines = ["gold\\pred" + "".join(f"{CODES[i]:>5}" for i in labels)]
    for g in labels:
        row = scores.confusion.get(g, Counter())
        lines.append(f"{CODES[g]:<9}" + "".join(f"{row[p] if row[p] else '.':>5}" for p in labels))
    lines += textwrap.wrap(", ".join(f"{CODES[i]}={i}" for i in labels), 78)
    return "\n".join(lines)
