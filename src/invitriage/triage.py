"""Triage: judge every queued incoming invitation and store the decisions."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from . import campaigns
from .judge import DEFAULT_THRESHOLD, JUDGE_VERSION, classify
from .lang import detect_language
from .store import Store, now_iso

#: The owner's language until settings exist: drafts and short notes fall back to it.
DEFAULT_OWNER_LANG = "fr"
CHUNK = 500


@dataclass
class TriageReport:
    judged: int
    seconds: float
    actions: dict[str, int] = field(default_factory=dict)
    intents: dict[str, int] = field(default_factory=dict)


def triage(
    store: Store,
    *,
    owner_lang: str = DEFAULT_OWNER_LANG,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[int, int], None] | None = None,
) -> TriageReport:
    """(Re-)judge all incoming invitations that are not already connections."""
    started = time.perf_counter()
    rows = store.invitations_to_judge()
    total = len(rows)
    judged_at = now_iso()
    everyone = store.incoming_notes()
    found = campaigns.detect([n for _, n in everyone], [k for k, _ in everyone])
    with store.atomic():
        for i in range(0, total, CHUNK):
            chunk = rows[i : i + CHUNK]
            judgments = classify([r["note"] for r in chunk], owner_lang=owner_lang, threshold=threshold, campaigns=found)
            decisions = []
            for row, j in zip(chunk, judgments):
                lang = j.lang
                if not (row["note"] or "").strip() and row["headline"]:
                    lang = detect_language(row["headline"], fallback=owner_lang)
                decisions.append(
                    {
                        "invitation_id": row["id"],
                        "intent": j.intent,
                        "action": j.action,
                        "lang": lang,
                        "confidence": round(j.confidence, 4),
                        "evidence": json.dumps(j.evidence, ensure_ascii=False),
                        "judged_at": judged_at,
                        "judge_version": JUDGE_VERSION,
                    }
                )
            store.save_decisions(decisions)
            if progress:
                progress(min(i + CHUNK, total), total)
    counts = store.decision_counts()
    return TriageReport(total, time.perf_counter() - started, counts["action"], counts["intent"])
