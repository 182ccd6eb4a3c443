"""The workspace: every operation a user can do, once, for both faces (the CLI and the review page).

The faces parse input and render output; they never decide. An operation that makes no sense in the
invitation's state (marking an accept-bucket invitation as sent, changing a reply already sent) is
refused here with an :class:`~invitriage.errors.InputError`, so the CLI and the page refuse it alike.

    >>> from invitriage.service import Workspace
    >>> ws = Workspace.open(":memory:")
    >>> ws.week().items
    []
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from invitriage import priority
from invitriage.errors import InputError
from invitriage.ingest.importers import ImportReport, Progress, import_paths
from invitriage.results import QueueItem
from invitriage.storage.store import Store, now_iso
from invitriage.taxonomy import INTENTS, LANGUAGES

if TYPE_CHECKING:  # judging needs numpy and the sentence encoder: loaded only by the operations that judge
    from invitriage.outcomes import BulkAccept, Learned, OutreachWeek, PurgeReport, Week, Worklist, WorkStep
    from invitriage.learn.personal import LearnReport, PersonalLayer
    from invitriage.settings import Settings
    from invitriage.triage import TriageReport

#: Invitation statuses in which nothing is left to do on it.
FINISHED = Store.DONE
_MAX_ID = 2**63 - 1
#: Where the ids of the last bulk accept are kept, for its undo.
LAST_ACCEPT = "last_bulk_accept"
QueueAction = Literal["reply", "accept", "hold", "unsure"]


def _check_id(invitation_id: int) -> int:
    if not isinstance(invitation_id, int) or not 1 <= invitation_id <= _MAX_ID:
        raise InputError(None, f"no invitation with id {invitation_id}")
    return invitation_id


def week_start(now: datetime) -> datetime:
    """Monday 00:00 UTC of ``now``'s week: the weekly budget counts replies sent since then."""
    monday = now.date() - timedelta(days=now.weekday())
    return datetime(monday.year, monday.month, monday.day, tzinfo=timezone.utc)


class Workspace:
    """A database and the owner's settings, with every user operation on them."""

    def __init__(self, store: Store, settings: Settings | None = None):
        self.store = store
        self._settings = settings

    @property
    def settings(self) -> Settings:
        """The owner's settings; without any given, the defaults, made when first asked for (an import never
        asks: it does not load the settings' module)."""
        if self._settings is None:
            from invitriage.settings import Settings

            self._settings = Settings()
        return self._settings

    def now(self) -> datetime:
        """The present, for ages, staleness and weeks. The bundled sample is a snapshot: in a demo database,
        time stands at its newest invitation, so the demo shows the same picture whatever the date."""
        if self.store.get_meta("demo") == "1":
            newest = self.store.newest_date()
            if newest:
                return datetime.fromisoformat(newest) + timedelta(days=1)
        return datetime.now(timezone.utc)

    @classmethod
    def open(cls, db_path: str | os.PathLike[str], settings: Settings | None = None, *,
             importing: bool = False) -> "Workspace":
        """``importing``: an import comes next (a new file is made for it, see :class:`Store`)."""
        return cls(Store(db_path, importing=importing), settings)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- bringing data in and judging it -----------------------------------------------------

    def import_paths(self, paths: Sequence[str | os.PathLike[str]], progress: Progress | None = None,
                     skip: Sequence[str] = (), saved_at: datetime | None = None) -> ImportReport:
        return import_paths(self.store, paths, progress=progress, skip=skip, saved_at=saved_at)

    def triage(self, progress: Callable[[int, int], None] | None = None,
               personal: PersonalLayer | None = None) -> TriageReport:
        from invitriage.triage import triage

        return triage(self.store, self.settings, personal=personal, progress=progress)

    def learn(self, progress: Callable[[int, int], None] | None = None) -> LearnReport:
        """Refit the personal layer on every active correction, re-judge, and keep what changed."""
        import invitriage.judge.encoder as encoder
        from invitriage.learn.personal import LearnReport, fit_personal
        from invitriage.triage import triage

        corrections = self.store.corrections()
        with encoder.backed_by(self.store.embedding_cache()):  # the corrections' notes were encoded by triage
            fitted = fit_personal(corrections, self.settings)
        previous = {i["id"]: (i["intent"], i["action"]) for i in self.store.queue()}
        triage(self.store, self.settings, personal=fitted.layer, progress=progress)
        changed = [{"id": i["id"], "name": i["name"], "before": list(previous[i["id"]]), "after": [i["intent"], i["action"]]}
                   for i in self.store.queue() if i["id"] in previous and previous[i["id"]] != (i["intent"], i["action"])]
        with self.store.atomic():
            if fitted.layer.model is not None:
                self.store.save_personal_model(
                    fitted.layer.params(), fitted.layer.actions, fitted.corrections,
                    {"held_out": fitted.held_out, "before": fitted.before, "after": fitted.after, "changed": changed})
            else:
                self.store.drop_personal_model()  # every correction undone: back to the shipped model
        return LearnReport(fitted.corrections, fitted.held_out, fitted.before, fitted.after,
                           fitted.layer.actions, changed)

    # -- reading the queues --------------------------------------------------------------------

    def stale_before(self, now: datetime | None = None) -> str | None:
        """The ISO instant before which a pending invitation is stale (None: nothing is)."""
        days = self.settings.stale_after_days
        if not days:
            return None
        return ((now or self.now()) - timedelta(days=days)).isoformat()

    def queue(self, action: QueueAction = "reply", *, intent: str | None = None,
              with_note: bool = False, stale: bool | None = False) -> list[QueueItem]:
        """One bucket; the reply queue in priority order, the others newest first.

        ``stale``: False leaves out invitations older than ``stale_after_days`` (they are long gone from
        your invitation page), True lists only those, None lists both.
        """
        items = self.store.queue(action)
        cutoff = self.stale_before()
        if cutoff is not None and stale is not None:
            items = [i for i in items if (i["sent_at"] < cutoff) == stale]
        if intent:
            items = [i for i in items if i["intent"] == intent]
        if with_note:
            items = [i for i in items if (i.get("note") or "").strip()]
        return priority.order(items, self.now()) if action == "reply" else items

    def with_drafts(self, items: list[QueueItem]) -> list[QueueItem]:
        """The same items, each open reply with its draft: replies are drafted when first shown, not at
        triage, and the drafts written here are kept (an edit, a send and the next view use them)."""
        missing = [i for i in items if i["action"] == "reply" and i.get("draft") is None
                   and i["status"] in ("queued", "drafted")]
        if not missing:
            return items
        from invitriage.triage import write_drafts

        with self.store.atomic():
            written = write_drafts(self.store, self.settings, items=missing).rows
        for item in missing:
            row = written.get(item["id"])
            if row is not None:
                item["draft"], item["draft_problem"], item["draft_edited"] = row["text"], row["problem"], False
                if row["text"]:
                    item["status"] = "drafted"
        return items

    def sent_since(self, since: datetime) -> int:
        return self.store.replies_sent_since(since.isoformat())

    def week(self, number: int = 1, now: datetime | None = None) -> Week:
        """The ``number``-th weekly batch of replies (1: this week).

        This week's batch holds the budget minus the replies already sent this week, so marking
        replies sent finishes the week instead of refilling it.
        """
        if number < 1:
            raise InputError(None, "weeks count from 1 (this week)")
        now = now or self.now()
        budget = self.settings.weekly_budget
        sent = self.sent_since(week_start(now))
        batches = priority.weeks(self.queue("reply"), budget, now, first=max(budget - sent, 0) if budget else None)
        items = self.with_drafts(batches[number - 1] if number <= len(batches) else [])
        later = sum(len(b) for b in batches[number:])
        from invitriage.outcomes import Week

        return Week(number, items, budget, sent, later)

    def stale_count(self) -> int:
        """How many pending invitations are stale (older than ``stale_after_days``): one count, no per-action tally."""
        return self.store.count_pending_before(self.stale_before())

    def counts(self) -> dict[str, int]:
        """Pending invitations by action, and how many of them are stale."""
        return {**self.store.status_counts(), "stale": self.stale_count()}

    def invitation(self, invitation_id: int) -> QueueItem:
        return self.with_drafts([self.store.invitation(_check_id(invitation_id))])[0]

    # -- acting on one invitation ------------------------------------------------------------

    def _open_item(self, invitation_id: int, *, reply: bool = False) -> QueueItem:
        """The invitation, if something can still be done on it (and it is a reply, when asked)."""
        item = self.invitation(invitation_id)
        if item["status"] in FINISHED:
            done = {"already_connected": "already a connection", "gone": "no longer on your invitation page"}.get(
                item["status"], f"already {item['status']}")
            raise InputError(None, f"invitation {invitation_id} is {done}: nothing left to change")
        if reply and item["action"] != "reply":
            raise InputError(None, f"invitation {invitation_id} is not a reply (its action is {item['action']}): "
                                   f"no draft to send; change its action first (override {invitation_id} --action reply)")
        return item

    def draft(self, invitation_id: int) -> str:
        """The draft of one reply (an error if there is none, saying why)."""
        item = self.invitation(invitation_id)
        if item["action"] != "reply":
            raise InputError(None, f"invitation {invitation_id} is not a reply (its action is {item['action']}): it has no draft")
        if not (item.get("draft") or "").strip():
            why = item.get("draft_problem") or "nothing could be written for it"
            raise InputError(None, f"invitation {invitation_id} has no draft: {why}")
        return str(item["draft"])

    def set_draft(self, invitation_id: int, text: str) -> str:
        """The owner's own wording (kept whatever happens later). Empty text is refused."""
        text = (text or "").strip()
        if not text:
            raise InputError(None, "a draft cannot be empty")
        with self.store.atomic():
            self._open_item(invitation_id, reply=True)
            self.store.set_draft_text(invitation_id, text)
        return text

    def mark_sent(self, invitation_ids: Iterable[int]) -> dict[int, str]:
        """Mark replies as sent; returns each id's status before. All or none: one wrong id changes nothing."""
        ids = [_check_id(i) for i in invitation_ids]
        before: dict[int, str] = {}
        with self.store.atomic():
            for i in ids:
                item = self.invitation(i)
                if item["status"] in ("sent", "answered"):
                    before[i] = item["status"]
                    continue
                self._open_item(i, reply=True)
                before[i] = self.store.mark_sent(i)
        return before

    def unmark_sent(self, invitation_id: int) -> None:
        """Undo "mark sent": the reply is back in the queue."""
        item = self.invitation(invitation_id)
        if item["status"] != "sent":
            raise InputError(None, f"invitation {invitation_id} is not marked sent")
        with self.store.atomic():
            self.store.unmark_sent(invitation_id)

    def postpone(self, invitation_id: int, today: date | None = None) -> str:
        """Move a reply to next week's batch; returns the ISO date it comes back."""
        today = today or self.now().date()
        until = (today + timedelta(days=7 - today.weekday())).isoformat()
        with self.store.atomic():
            self._open_item(invitation_id, reply=True)
            self.store.postpone(invitation_id, until)
        return until

    def unpostpone(self, invitation_id: int) -> None:
        with self.store.atomic():
            self._open_item(invitation_id)
            self.store.postpone(invitation_id, None)

    def override(self, invitation_id: int, intent: str | None = None, action: str | None = None) -> tuple[str | None, str]:
        """The owner's decision for one invitation (kept as a correction), drafted at once when it is a reply.

        An intent alone takes that intent's action under the owner's settings.
        """
        if intent and intent not in INTENTS:
            raise InputError(None, f"unknown intent {intent!r}")
        if action and action not in ("reply", "accept", "hold"):
            raise InputError(None, f"unknown action {action!r} (reply, accept or hold)")
        if intent and not action:
            action = self.settings.action_map()[intent]
        if not action:
            raise InputError(None, "give an intent or an action")
        with self.store.atomic():
            self._open_item(invitation_id)
            self.store.set_override(invitation_id, intent, action)
            self._redraft(invitation_id)
        return intent, action

    def _redraft(self, invitation_id: int) -> None:
        from invitriage.triage import write_drafts

        write_drafts(self.store, self.settings, only=[invitation_id])

    def own_decision(self, invitation_id: int) -> tuple[str | None, str | None] | None:
        """The owner's override of one invitation (intent, action), or None when the machine decides."""
        return self.store.own_decision(_check_id(invitation_id))

    def restore_override(self, invitation_id: int, previous: tuple[str | None, str | None] | None) -> None:
        """Undo one "change": put back the override that ``own_decision`` gave before it (None: none).

        Unlike :meth:`undo_override`, an earlier decision of the owner survives the undo of a later one.
        """
        if previous is None or previous == (None, None):
            self.undo_override(invitation_id)
            return
        intent, action = previous
        if intent is not None and intent not in INTENTS:
            raise InputError(None, f"unknown intent {intent!r}")
        if action is not None and action not in ("reply", "accept", "hold"):
            raise InputError(None, f"unknown action {action!r} (reply, accept or hold)")
        with self.store.atomic():
            self._open_item(invitation_id)
            self.store.clear_override(invitation_id)
            self.store.set_override(invitation_id, intent, action)
            self._redraft(invitation_id)

    def undo_override(self, invitation_id: int) -> bool:
        """Forget the owner's decision: the machine's judgment applies again (and ``learn`` forgets it)."""
        with self.store.atomic():
            self._open_item(invitation_id)
            done = self.store.clear_override(invitation_id)
            self._redraft(invitation_id)
        return done

    # -- the worklist for LinkedIn ------------------------------------------------------------------

    def worklist(self, remember: bool = True, progress: Callable[[int, int], None] | None = None) -> Worklist:
        """The pending invitations in the order LinkedIn's received page shows them (newest first), as
        steps: accept runs, and the few people to stop at — this week's replies (with the draft and the
        card's Message link) and those to decide (hold, unsure). Stale invitations are no longer on the
        page and are left out. ``remember`` keeps this count, so the next worklist shows the progress."""
        from invitriage.outcomes import Worklist, WorkStep

        tick = progress or (lambda done, total: None)
        this_week = {i["id"] for i in self.week().items}
        items: list[QueueItem] = []
        for n, action in enumerate(("reply", "accept", "hold", "unsure"), start=1):
            tick(n, 5)
            items += self.queue(action)  # type: ignore[arg-type]
        items.sort(key=lambda i: (i["sent_at"], -(i.get("page_rank") or 0), i["id"]), reverse=True)
        steps: list[WorkStep] = []
        for item in items:
            if item["id"] in this_week:
                steps.append(WorkStep("reply", [item]))
            elif item["action"] in ("hold", "unsure"):
                steps.append(WorkStep("decide", [item]))
            elif steps and steps[-1].kind == "accept":
                steps[-1].items.append(item)
            else:
                steps.append(WorkStep("accept", [item]))
        tick(5, 5)
        raw = self.store.get_meta("worklist_last")
        previous = json.loads(raw) if raw else None
        if remember:
            with self.store.atomic():
                self.store.set_meta("worklist_last", json.dumps({"at": self.now().date().isoformat(), "pending": len(items)}))
        return Worklist(steps, len(items), previous)

    # -- outreach: the other half of the week ------------------------------------------------------

    def outreach(self, now: datetime | None = None) -> OutreachWeek:
        """This week's connections worth a message (up to ``weekly_outreach``, minus those already contacted
        this week), best first; people suggested earlier and not yet contacted keep their place."""
        from invitriage.outcomes import OutreachWeek
        from invitriage.outreach import draft, score_connections

        now = now or self.now()
        with self.store.atomic():
            self.store.refresh_outreach()
        known = self.store.outreach_rows()
        start = week_start(now).date().isoformat()
        done_this_week = sum(1 for r in known.values() if r["state"] == "contacted" and (r["contacted_at"] or "") >= start)
        budget = self.settings.weekly_outreach
        candidates = [c for c in score_connections(self.store.outreach_candidates(), self.settings, now.date())
                      if known.get(c.person_key, {}).get("state", "open") == "open"]
        earlier = [c for c in candidates if c.person_key in known]
        fresh = [c for c in candidates if c.person_key not in known]
        picked = (earlier + fresh)[: max(budget - done_this_week, 0)]
        with self.store.atomic():
            self.store.suggest_outreach(
                {"person_key": c.person_key, "suggested_on": known.get(c.person_key, {}).get("suggested_on") or now.date().isoformat(),
                 "reason": c.reason, "draft": draft(c, self.settings)} for c in picked)
        rows = self.store.outreach_rows()
        items = [{"id": c.id, "person_key": c.person_key, "name": c.name, "position": c.position, "company": c.company,
                  "profile_url": c.profile_url, "reason": c.reason, "score": c.score, "lang": c.lang,
                  "draft": rows[c.person_key]["draft"], "draft_edited": bool(rows[c.person_key]["draft_edited"]),
                  "suggested_on": rows[c.person_key]["suggested_on"]} for c in picked]
        return OutreachWeek(items, budget, done_this_week, max(len(candidates) - len(picked), 0))

    def _outreach_key(self, connection_id: int) -> str:
        key = self.store.connection_key(_check_id(connection_id))
        if key is None or key not in self.store.outreach_rows():
            raise InputError(None, f"no suggested connection with id {connection_id} (see: invitriage outreach)")
        return key

    def outreach_contacted(self, connection_id: int) -> None:
        """You wrote to them: they leave the list (a newer messages.csv would show it too)."""
        with self.store.atomic():
            self.store.set_outreach_state(self._outreach_key(connection_id), "contacted", now_iso())

    def outreach_skip(self, connection_id: int) -> None:
        """Never suggest them again."""
        with self.store.atomic():
            self.store.set_outreach_state(self._outreach_key(connection_id), "skipped")

    def outreach_undo(self, connection_id: int) -> None:
        """Back on the list (undo "contacted" or "skip")."""
        with self.store.atomic():
            self.store.set_outreach_state(self._outreach_key(connection_id), "open")

    def set_outreach_draft(self, connection_id: int, text: str) -> str:
        text = (text or "").strip()
        if not text:
            raise InputError(None, "a draft cannot be empty")
        with self.store.atomic():
            self.store.set_outreach_draft(self._outreach_key(connection_id), text)
        return text

    # -- the accept-silently list ------------------------------------------------------------------

    def accept_all(self, intent: str | None = None) -> BulkAccept:
        """Mark the accept-silently list (or one intent of it) as accepted on LinkedIn.

        Exactly the list :meth:`queue` shows: stale invitations, long gone from LinkedIn's page, are not
        among them. The ids are remembered, so :meth:`undo_last_accept` can put them back (the page's Undo).
        """
        if intent and intent not in INTENTS:
            raise InputError(None, f"unknown intent {intent!r}")
        with self.store.atomic():
            ids = [i["id"] for i in self.queue("accept", intent=intent)]
            self.store.mark_accepted(ids)
            self.store.set_meta(LAST_ACCEPT, json.dumps(ids))
        from invitriage.outcomes import BulkAccept

        return BulkAccept(ids)

    def undo_accept(self, invitation_ids: Iterable[int]) -> int:
        ids = [_check_id(i) for i in invitation_ids]
        with self.store.atomic():
            return self.store.unmark_accepted(ids)

    def last_accept(self) -> BulkAccept:
        """The last bulk accept that can still be undone (no ids once undone)."""
        from invitriage.outcomes import BulkAccept

        stored = self.store.get_meta(LAST_ACCEPT)
        return BulkAccept([int(i) for i in json.loads(stored)] if stored else [])

    def undo_last_accept(self) -> int:
        """Undo the last bulk accept; returns how many invitations are pending again."""
        with self.store.atomic():
            n = self.store.unmark_accepted(self.last_accept().ids)
            self.store.set_meta(LAST_ACCEPT, "[]")
        return n

    # -- what leaves the tool ------------------------------------------------------------------

    EXPORT_COLUMNS = ("id", "name", "profile_url", "headline", "intent", "lang", "status")

    def export_rows(self, action: Literal["reply", "accept"]) -> tuple[list[str], list[dict[str, Any]]]:
        cols = list(self.EXPORT_COLUMNS) + (["draft"] if action == "reply" else [])
        items = self.queue(action)
        return cols, [{c: item.get(c) for c in cols} for item in (self.with_drafts(items) if action == "reply" else items)]

    def report(self, out_dir: Path | None = None, progress: Callable[[int, int], None] | None = None) -> tuple[Path, Any]:
        """Write report.html (by default in 'report' beside the database) and remember where, for the page."""
        from invitriage.report.figures import compute_figures
        from invitriage.report.page import write_report

        target = out_dir or self.store.path.parent / "report"
        today = self.now().date()
        figures = compute_figures(self.store, self.settings.minutes_per_reply, today, self.settings.stale_after_days,
                                  progress=progress)
        path = write_report(self.store, target, figures=figures)
        with self.store.atomic():
            self.store.set_meta("report_path", str(path.resolve()))
        return path, figures

    def report_path(self) -> Path | None:
        stored = self.store.get_meta("report_path")
        path = Path(stored) if stored else self.store.path.parent / "report" / "report.html"
        return path if path.is_file() else None

    # -- backups ---------------------------------------------------------------------------------

    def backup(self, target: Path | None = None) -> Path:
        """A consistent copy of the database (default: backups/invitriage-YYYYmmdd-HHMMSS.db beside it)."""
        return self.store.backup(target or self.store.path.parent / "backups" / f"invitriage-{datetime.now():%Y%m%d-%H%M%S}.db")

    def restore(self, backup_file: Path) -> Path:
        """Put a backup back; the current content is copied first (returned), and a file that is not an
        invitriage backup is refused before anything is written."""
        Store.check_backup(backup_file)
        safety = self.store.backup(self.store.path.parent / "backups" / f"before-restore-{datetime.now():%Y%m%d-%H%M%S}.db")
        self.store.restore(backup_file)
        return safety

    def learned(self) -> Learned:
        from invitriage.outcomes import Learned

        personal = self.store.personal_model()
        return Learned(self.store.corrections(), personal["corrections"] if personal else 0,
                       personal["learned_actions"] if personal else {}, personal["report"] if personal else {})

    def mark_demo(self) -> None:
        """This database holds the bundled sample: its clock stands at the sample's newest invitation."""
        with self.store.atomic():
            self.store.set_meta("demo", "1")

    def holds_own_data(self) -> bool:
        """True when the database holds invitations that are not the bundled sample's (the demo refuses it)."""
        return bool(self.store.count("invitations")) and self.store.get_meta("demo") != "1"

    def owner(self) -> dict[str, Any] | None:
        """The owner's own profile, from an imported Profile.csv (None before one is imported)."""
        return self.store.owner()

    def settings_prefill(self) -> dict[str, Any]:
        """Settings values read from the owner's imported profile: name, signature, language, offer
        (empty before a Profile.csv is imported)."""
        owner = self.owner()
        if not owner:
            return {}
        from invitriage.judge.lang import detect_language

        lang = detect_language(owner["headline"] or "", fallback="fr")
        parts = [p.strip() for p in re.split(r"[|,•·/&]+", owner["headline"] or "") if p.strip()]
        return {"owner_name": f"{owner['first_name']} {owner['last_name']}".strip(),
                "signature": owner["first_name"] or "", "language": lang if lang in LANGUAGES else "fr",
                "offer": parts[:6]}

    # -- privacy -------------------------------------------------------------------------------

    def purge_person(self, profile_url: str) -> PurgeReport:
        """Erase one person everywhere, including what the personal layer learned from them.

        If the personal layer learned from their corrections, or its stored report or headline memory
        names them, it is refitted without them (or dropped, when no correction is left) and the
        backlog re-judged, so no decision quotes them any more.
        """
        from invitriage.outcomes import PurgeReport

        stored = self.store.personal_model()
        texts = self.store.person_texts(profile_url)
        with self.store.atomic():
            removed = self.store.purge_person(profile_url)
        relearned = False
        if stored is not None:
            kept = json.dumps([stored.get("report"), stored["params"].get("headlines")], ensure_ascii=False)
            if removed.get("corrections") or any(t in kept for t in texts):
                self.learn()  # refit on the corrections left; drops the layer when none is left
                relearned = True
        self.store.compact()
        folder = self.store.path.parent
        backups = sorted(p for p in [*folder.glob("*.bak"), *folder.glob("backups/*.db")] if p.is_file())
        return PurgeReport(removed, relearned, len(self.store.corrections()), backups)

    def purge_all(self) -> None:
        with self.store.atomic():
            self.store.purge_all()
        self.store.compact()

    # -- settings sanity ---------------------------------------------------------------------------

    def headline_warning(self) -> str | None:
        """Said once per triage: "can benefit" is set up but no pending invitation has a headline."""
        if not (self.settings.help_whom or self.settings.meet_whom):
            return None
        if self.store.pending_with_headline() > 0 or self.store.count_to_judge() == 0:
            return None
        return ("help_whom/meet_whom are set, but no pending invitation has a headline (LinkedIn's export has none): "
                "save your received-invitations page from the browser and import the .html file to get them")


@contextmanager
def workspace(db_path: str | os.PathLike[str], settings: Settings | None = None) -> Iterator[Workspace]:
    ws = Workspace.open(db_path, settings)
    try:
        yield ws
    finally:
        ws.close()


_OUTCOMES = frozenset({"BulkAccept", "Learned", "OutreachWeek", "PurgeReport", "Week", "Worklist", "WorkStep"})


def __getattr__(name: str) -> Any:
    """The operations' results (``Week``, ``Worklist``…), still importable from here: they live in
    :mod:`invitriage.outcomes`, loaded when first asked for."""
    if name in _OUTCOMES:
        from invitriage import outcomes

        return getattr(outcomes, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["BulkAccept", "OutreachWeek", "WorkStep", "Worklist", "PurgeReport", "Week", "Workspace", "now_iso", "workspace"]
