"""The reply queue's order and the weekly budget.

    priority = INTENT_WEIGHT[intent] + benefit + 1.0 × (wants to meet) + 0.5 × confidence
               + 0.5 × min(age in days / 60, 1)

People the owner met or who were referred come first, then those who ask for help or a job,
then content and proposals; then people who wrote nothing but can benefit (their benefit score,
0.45-0.9, lifts them above the bare weight of 1); people the owner wants to meet get one more
point; an invitation that has waited longer rises slowly so nobody waits forever; sales pitches
come last.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from invitriage.results import QueueItem

INTENT_WEIGHT: dict[str, float] = {
    "met_before": 3.0,
    "referral": 3.0,
    "ask_for_help": 2.5,
    "job_seeking": 2.5,
    "content": 2.0,
    "business_proposal": 2.0,
    "recruiting": 1.5,
    "generic": 1.0,
    "no_note": 1.0,
    "default_template": 1.0,
    "sales_pitch": 0.5,
    "scam": 0.0,
}


def priority(item: Mapping[str, Any], now: datetime | None = None) -> float:
    """The documented score of one queue item (keys: intent, benefit, meet, confidence, sent_at)."""
    now = now or datetime.now(timezone.utc)
    try:
        age_days = max((now - datetime.fromisoformat(item["sent_at"])).total_seconds() / 86400, 0.0)
    except (TypeError, ValueError):
        age_days = 0.0
    return round(
        INTENT_WEIGHT.get(item["intent"], 1.0)
        + float(item.get("benefit") or 0.0)
        + (1.0 if item.get("meet") else 0.0)
        + 0.5 * float(item.get("confidence") or 0.0)
        + 0.5 * min(age_days / 60.0, 1.0),
        4,
    )


def order(items: Sequence[QueueItem], now: datetime | None = None) -> list[QueueItem]:
    """Items with a ``priority`` key, highest first (ties: older first, then id)."""
    scored = []
    for item in items:
        copy = item.copy()
        copy["priority"] = priority(item, now)
        scored.append(copy)
    return sorted(scored, key=lambda i: (-i.get("priority", 0.0), i["sent_at"], i["id"]))


def weeks(items: Sequence[QueueItem], budget: int, now: datetime | None = None,
          first: int | None = None) -> list[list[QueueItem]]:
    """Slice the ordered reply queue into weekly batches of ``budget``.

    ``first`` is what is left of this week's budget (replies already sent this week count against
    it); by default the whole budget. An item postponed past ``now`` (``postponed_until``, an ISO
    date) is not in this week's batch; from next week on it takes its place by priority again.

    >>> [len(w) for w in weeks([{"id": i, "intent": "content", "sent_at": "2026-01-01T00:00:00+00:00"} for i in range(17)], 7)]
    [7, 7, 3]
    >>> [len(w) for w in weeks([{"id": i, "intent": "content", "sent_at": "2026-01-01T00:00:00+00:00"} for i in range(17)], 7, first=2)]
    [2, 7, 7, 1]
    """
    now = now or datetime.now(timezone.utc)
    ordered = order(items, now)
    if not ordered:
        return []
    if budget <= 0:
        return [ordered]
    today = now.date().isoformat()
    ready = [i for i in ordered if (i.get("postponed_until") or "") <= today]
    this_week = ready[: budget if first is None else max(min(first, budget), 0)]
    chosen = {i["id"] for i in this_week}
    rest = [i for i in ordered if i["id"] not in chosen]
    later = [rest[i : i + budget] for i in range(0, len(rest), budget)]
    return [this_week] + later
