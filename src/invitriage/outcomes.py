"""What the workspace's operations hand to both faces besides queue items: a week's batch, the worklist, outreach,
what learning did, a bulk accept, a purge. Loaded by the operations that return them, not at every start (seven
dataclasses: their methods are compiled when the module loads)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from invitriage.results import QueueItem


@dataclass
class Week:
    """One weekly batch of replies within the budget."""

    number: int
    items: list[QueueItem]
    budget: int
    sent_this_week: int
    later: int  # replies queued after this batch

    @property
    def left(self) -> int:
        return len(self.items)


@dataclass
class OutreachWeek:
    """This week's connections worth a personal message."""

    items: list[dict[str, Any]]
    budget: int
    contacted_this_week: int
    more: int  # other candidates, for the following weeks


@dataclass
class WorkStep:
    """One step down LinkedIn's received-invitations page: a run to accept, or one person to stop at."""

    kind: Literal["accept", "reply", "decide"]
    items: list[QueueItem]

    @property
    def later_replies(self) -> int:
        """In an accept run: people whose reply is queued for a later week (accepting them now is fine)."""
        return sum(1 for i in self.items if i["action"] == "reply")


@dataclass
class Worklist:
    """The steps down LinkedIn's received-invitations page, with what is pending and the last worklist's progress."""

    steps: list[WorkStep]
    pending: int
    previous: dict[str, Any] | None  # the last worklist's date and count, to show progress

    def count(self, kind: str) -> int:
        return sum(len(s.items) for s in self.steps if s.kind == kind)


@dataclass
class Learned:
    """What the personal layer learned, and the corrections it will learn from next."""

    corrections: list[dict[str, Any]]  # active corrections, oldest first
    learned_from: int  # corrections the current layer was fitted on (0: the shipped model alone)
    learned_actions: dict[str, str]
    report: dict[str, Any]  # the last learn's before/after figures


@dataclass
class BulkAccept:
    """The invitations a bulk accept marked as accepted (kept for its undo)."""

    ids: list[int]

    @property
    def count(self) -> int:
        return len(self.ids)


@dataclass
class PurgeReport:
    """What a purge removed, whether the personal layer was fitted again, and the backups it made."""

    removed: dict[str, int]
    personal_layer_refitted: bool = False
    corrections_left: int = 0
    backups: list[Path] = field(default_factory=list)
