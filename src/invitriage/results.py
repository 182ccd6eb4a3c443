"""Typed results: the shapes the workspace hands to both faces and to JSON.

They are ``TypedDict``s, not classes: an invitation in a queue is read by the CLI's tables, the page's
templates and ``queue --format json`` alike, so it stays a plain mapping that serialises as it is, while
mypy checks every key the code reads or writes.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict


class Evidence(TypedDict):
    """One reason for a judgment: the rule (or matcher) that fired and the span of text it quotes."""

    rule: str
    quote: str


class QueueItem(TypedDict):
    """A judged incoming invitation as the queues show it; the owner's override, if any, already applied."""

    id: int
    name: str
    profile_url: str | None
    headline: str | None
    sent_at: str  # ISO 8601, UTC
    note: str
    lang: str
    intent: str
    action: str
    confidence: float
    evidence: list[Evidence]
    status: str
    benefit: float  # how well the headline matches a help_whom / meet_whom phrase (0: not at all)
    meet: bool  # the match is a meet_whom phrase
    machine_intent: str
    machine_action: str
    overridden: bool
    draft: str | None
    draft_edited: bool
    draft_problem: str | None
    page_rank: int | None
    message_url: str | None
    mutual: int | None
    date_precision: str | None
    replied_at: str | None
    answered_at: str | None
    postponed_until: str | None
    priority: NotRequired[float]  # in the reply queue only
