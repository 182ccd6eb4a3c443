"""Triage: judge every queued incoming invitation and store the decisions."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from . import campaigns
from .benefit import BenefitMatcher
from .drafts import draft_for
from .judge import JUDGE_VERSION, classify
from .lang import headline_language
from .settings import Settings
from .store import Store, now_iso

CHUNK = 5000


@dataclass
class TriageReport:
    judged: int
    seconds: float
    actions: dict[str, int] = field(default_factory=dict)
    intents: dict[str, int] = field(default_factory=dict)
    benefit: int = 0


def write_drafts(store: Store, settings: Settings, only: list[int] | None = None) -> int:
    """A draft for every reply to send (or for the invitations ``only``); edited drafts stay as they are."""
    if only is None:
        items = store.queue("reply")
    else:
        items = [i for i in (store.invitation(n) for n in only) if i["action"] == "reply"]
    owner_dir = settings.templates_dir
    rows = []
    for item in items:
        d = draft_for(item, settings, owner_dir)
        if d is not None:
            rows.append({"invitation_id": item["id"], "text": d.text, "lang": d.lang, "template": d.template,
                         "updated_at": now_iso()})
    store.save_machine_drafts(rows)
    store.undraft((r["invitation_id"] for r in rows), among=only)
    return len(rows)


def override(store: Store, settings: Settings, invitation_id: int, intent: str | None = None,
             action: str | None = None) -> tuple[str | None, str]:
    """The owner's decision for one invitation (kept as a correction), with its draft when it is a reply.

    An intent alone takes that intent's action under the owner's settings.
    """
    from .errors import InputError
    from .taxonomy import INTENTS

    if intent and intent not in INTENTS:
        raise InputError(None, f"unknown intent {intent!r}")
    if action and action not in ("reply", "accept", "hold"):
        raise InputError(None, f"unknown action {action!r} (reply, accept or hold)")
    if intent and not action:
        action = settings.action_map()[intent]
    if not action:
        raise InputError(None, "give an intent or an action")
    with store.atomic():
        store.set_override(invitation_id, intent, action)
        write_drafts(store, settings, only=[invitation_id])
    return intent, action


def undo_override(store: Store, settings: Settings, invitation_id: int) -> bool:
    """Forget the owner's decision: the machine's judgment applies again (and ``learn`` forgets it)."""
    with store.atomic():
        done = store.clear_override(invitation_id)
        write_drafts(store, settings, only=[invitation_id])
    return done


def triage(
    store: Store,
    settings: Settings | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> TriageReport:
    """(Re-)judge all incoming invitations that are not already connections.

    Machine decisions are replaced; the owner's overrides are kept (they live apart).
    """
    settings = settings or Settings()
    started = time.perf_counter()
    from .learning import headline_memory, personal_layer

    personal, learned = personal_layer(store)
    memory = headline_memory(store)
    actions = {**settings.action_map(), **learned, **settings.actions}  # explicit settings win
    total = store.count_to_judge()
    judged_at = now_iso()
    cache: dict = {}
    everyone = store.incoming_notes()
    found = campaigns.detect([n for _, n in everyone], [k for k, _ in everyone])
    matcher = BenefitMatcher(settings.help_whom, settings.meet_whom, settings.offer, settings.benefit_threshold)
    promoted = 0
    with store.atomic():
        done, last_id = 0, 0
        while chunk := store.invitations_to_judge(last_id, CHUNK):
            last_id = chunk[-1]["id"]
            judgments = classify([r["note"] for r in chunk], owner_lang=settings.language,
                                 actions=actions, threshold=settings.threshold, campaigns=found,
                                 cache=cache, model=personal)
            matches = (matcher.match([(r["headline"] or "", r["note"] or "") for r in chunk])
                       if matcher.active else [[] for _ in chunk])
            remembered = (memory.match([(r["headline"] or "") if not (r["note"] or "").strip() else "" for r in chunk])
                          if memory else [None] * len(chunk))
            decisions = []
            as_json: dict[int, str] = {}  # equal notes share a Judgment: serialise its evidence once
            for row, j, found_matches, recall in zip(chunk, judgments, matches, remembered):
                lang = j.lang
                if row["headline"] and not (row["note"] or "").strip():
                    lang = headline_language(row["headline"], fallback=settings.language)
                action = j.action
                if found_matches:
                    evidence = list(j.evidence)
                    people = [m for m in found_matches if m.kind in ("help_whom", "meet_whom")]
                    matched = [m.evidence() for m in found_matches[:2]]
                    if people and action in ("accept", "unsure"):
                        action = "reply"  # can benefit: a reply even without a stated reason
                        promoted += 1
                        evidence = matched + evidence  # the match is the reason: show it first
                    else:
                        evidence = evidence + matched
                    evidence_json = json.dumps(evidence, ensure_ascii=False)
                else:
                    evidence_json = as_json.get(id(j)) or as_json.setdefault(id(j), json.dumps(j.evidence, ensure_ascii=False))
                if recall is not None and recall[0] != action:
                    # The owner decided this way for someone with a very similar headline.
                    action = recall[0]
                    verb = "answered" if action == "reply" else ("accepted silently" if action == "accept" else "held")
                    evidence_json = json.dumps([{"rule": "learned_headline",
                                                 "quote": f"like '{recall[1]}', whom you {verb}"}, *json.loads(evidence_json)],
                                               ensure_ascii=False)
                decisions.append(
                    {
                        "invitation_id": row["id"],
                        "intent": j.intent,
                        "action": action,
                        "lang": lang,
                        "confidence": round(j.confidence, 4),
                        "evidence": evidence_json,
                        "judged_at": judged_at,
                        "judge_version": JUDGE_VERSION + ("+personal" if personal else ""),
                        "benefit": max((m.score for m in found_matches), default=0.0),
                        "meet": int(any(m.kind == "meet_whom" for m in found_matches)),
                    }
                )
            store.save_decisions(decisions)
            done += len(chunk)
            if progress:
                progress(done, total)
        write_drafts(store, settings)
    counts = store.decision_counts()
    return TriageReport(total, time.perf_counter() - started, counts["action"], counts["intent"], promoted)
