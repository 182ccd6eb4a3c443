"""Triage: judge every queued incoming invitation and store the decisions.

Each invitation is judged on its own: one that cannot be (a note that breaks the encoder) is
marked with the reason and the rest proceed. Decisions are written in short transactions, one chunk
at a time, so the review page and other commands can write between them.

Replies are drafted when they are first shown (this week's, one card, an export: see
:meth:`Workspace.with_drafts`), not here: a triage forgets the machine's drafts of open invitations,
which then follow the new decisions and settings, and keeps every draft the owner edited. Only when
one of the owner's own templates is broken does triage draft every reply at once, so that each
invitation it breaks is named now.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import invitriage.judge.campaigns as campaigns
from invitriage.errors import InvitriageError
from invitriage.judge.classify import JUDGE_VERSION, Judgment, classify, note_key
from invitriage.judge.lang import detect_language, headline_language
from invitriage.judge.rules import Hit, run_rules
from invitriage.learn.personal import PersonalLayer
from invitriage.results import QueueItem
from invitriage.settings import Settings
from invitriage.storage.store import Store, now_iso

CHUNK = 2000  # also the progress bar's step
#: From this many distinct notes, their languages and rules' hits are worked out in a child process while this one
#: judges (below, the fork and the pipe cost what they save).
NOTES_AHEAD_MIN = 2000
#: Invitations with neither note nor headline are decided by SQL, this many ids per statement (and transaction).
BLANK_BATCH = 100_000


class _NotesAhead:
    """The language and the rules' hits of each distinct note of a backlog, worked out in a forked child while this
    process encodes and judges (:class:`~invitriage.forked.rows_in_child`, in the order of the notes:
    ≈ 0.35 ms a note), for :func:`classify` to ask for each note it judges. What the child did not work out (it
    failed on a note, or it stopped) is worked out here, as without the child."""

    def __init__(self, notes: Sequence[str], owner_lang: str) -> None:
        from invitriage.forked import can_fork, rows_in_child

        self.owner_lang = owner_lang
        self.langs: dict[str, str | None] = {}
        self.hits: dict[str, list[tuple[str, str, float, str]] | None] = {}
        keys = [k for k in dict.fromkeys(note_key(n) for n in notes) if k]
        self.ahead: rows_in_child | None = None
        if len(keys) >= NOTES_AHEAD_MIN and can_fork():
            try:
                self.ahead = rows_in_child(lambda: self._work_out(keys), lambda: None)
            except OSError:  # no process to be had: everything is worked out here
                self.ahead = None
        if self.ahead is None and keys:
            # The first note's language now, before the encoder loads: the identifier's model is loaded first, and
            # the arrays its loading needs for a moment are freed before the encoder's take their place (peak memory
            # at 3,200 invitations: 248 MB this way, 277 MB the other way round).
            try:
                self.langs[keys[0]] = detect_language(keys[0], fallback=owner_lang)
            except Exception:  # noqa: BLE001 - left to classify, where one note's error costs only that note
                pass
        #: the notes the child is still to send: any other is worked out here at once, not waited for
        self.coming = set(keys) if self.ahead is not None else set()

    def _work_out(self, keys: list[str]) -> Iterator[tuple[Any, ...]]:  # pragma: no cover - runs in the child
        for key in keys:
            try:
                lang: str | None = detect_language(key, fallback=self.owner_lang)
            except Exception:  # noqa: BLE001 - worked out in the parent, where its error is isolated as usual
                lang = None
            try:
                hits: list[tuple[str, str, float, str]] | None = [
                    (h.rule, h.intent, h.weight, h.quote) for h in run_rules(key)]
            except Exception:  # noqa: BLE001 - as above
                hits = None
            yield key, lang, hits

    def _read_up_to(self, key: str, known: dict[str, Any]) -> None:
        while key not in known and key in self.coming and self.ahead is not None:
            try:
                batch = next(self.ahead, None)
            except Exception:  # noqa: BLE001 - the child stopped: the rest is worked out here
                batch = None
            if batch is None:
                self.ahead = None
                return
            for k, lang, hits in batch:
                self.langs[k], self.hits[k] = lang, hits
                self.coming.discard(k)

    def language(self, key: str) -> str:
        self._read_up_to(key, self.langs)
        lang = self.langs.pop(key, None)
        return lang if lang is not None else detect_language(key, fallback=self.owner_lang)

    def rules(self, key: str) -> list[Hit]:
        self._read_up_to(key, self.hits)
        hits = self.hits.pop(key, None)
        return [Hit(*h) for h in hits] if hits is not None else run_rules(key)

    def close(self) -> None:
        if self.ahead is not None:
            self.ahead.close()
            self.ahead = None


@dataclass
class TriageReport:
    """What a triage did: how many judged, in how long, the counts by action and intent, and any problems."""

    judged: int
    seconds: float
    actions: dict[str, int] = field(default_factory=dict)
    intents: dict[str, int] = field(default_factory=dict)
    benefit: int = 0
    #: Invitations that could not be judged or drafted: (id, reason). They are in the review bucket
    #: (not judged) or in the reply queue without a draft (a broken owner template); nothing else was held up.
    problems: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class DraftReport:
    """What drafting did: how many drafts were written, the problems, and what was stored by invitation."""

    written: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)
    #: What was stored, by invitation id (text, lang, template, problem)
    rows: dict[int, dict[str, Any]] = field(default_factory=dict)


def write_drafts(store: Store, settings: Settings, only: list[int] | None = None,
                 items: Sequence[QueueItem] | None = None) -> DraftReport:
    """A draft for every reply to send (or for the invitations ``only``, or the queue ``items`` given);
    edited drafts stay as they are.

    A draft that cannot be written (a broken template of the owner's) is stored as a problem for that
    invitation, named on the page and in the CLI, and the others are written.
    """
    if items is not None:
        only = [i["id"] for i in items]
        items = [i for i in items if i["action"] == "reply"]
    elif only is None:
        items = store.queue("reply")
    else:
        items = [i for i in (store.invitation(n) for n in only) if i["action"] == "reply"]
    owner_dir = settings.templates_dir
    rows: list[dict[str, Any]] = []
    report = DraftReport()
    if items:  # the writer and its lexicons (hundreds of expressions) load only when there is a reply to draft
        from invitriage.drafts.writer import draft_for
    for item in items:
        try:
            d = draft_for(item, settings, owner_dir)
        except InvitriageError as exc:
            report.problems.append((item["id"], str(exc)))
            rows.append({"invitation_id": item["id"], "text": "", "lang": item.get("lang") or settings.language,
                         "template": "", "problem": str(exc), "updated_at": now_iso()})
            continue
        if d is not None:
            rows.append({"invitation_id": item["id"], "text": d.text, "lang": d.lang, "template": d.template,
                         "problem": None, "updated_at": now_iso()})
    store.save_machine_drafts(rows)
    store.undraft((r["invitation_id"] for r in rows if r["text"]), among=only)
    report.written = sum(1 for r in rows if r["text"])
    report.rows = {r["invitation_id"]: r for r in rows}
    return report


def broken_owner_templates(settings: Settings) -> list[str]:
    """The owner's own draft templates that cannot be rendered (each as its error); none without a templates folder."""
    folder = settings.templates_dir
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        return []
    from invitriage.drafts.writer import render

    broken = []
    for f in files:
        name, _, lang = f.stem.partition(".")
        if not lang:
            continue
        try:
            render(name, lang, {}, folder)
        except InvitriageError as exc:
            broken.append(str(exc))
    return broken


def _judge_each(notes: Sequence[str], **kwargs: Any) -> tuple[list[Judgment], dict[int, str]]:
    """``classify`` on a chunk; if it fails, note by note, so one bad note costs only itself."""
    try:
        return classify(notes, **kwargs), {}
    except (InvitriageError, KeyboardInterrupt):
        raise
    except Exception:  # noqa: BLE001 - isolate whatever one note triggers deep in the model
        pass
    out: list[Judgment] = []
    failed: dict[int, str] = {}
    for i, note in enumerate(notes):
        try:
            out.append(classify([note], **kwargs)[0])
        except (InvitriageError, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001
            reason = f"could not be judged ({type(exc).__name__}: {exc})"[:200]
            failed[i] = reason
            out.append(Judgment("generic", "unsure", kwargs.get("owner_lang", "en"), 0.0,
                                [{"rule": "not_judged", "quote": reason}]))
    return out, failed


def triage(
    store: Store,
    settings: Settings | None = None,
    *,
    personal: PersonalLayer | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> TriageReport:
    """(Re-)judge all incoming invitations that are not already connections (see :func:`_triage`).

    Embeddings are kept in the database: judging again after a settings change, or ``learn``, does not
    encode the same notes and headlines again.
    """
    import invitriage.judge.encoder as encoder

    with encoder.backed_by(store.embedding_cache()):
        return _triage(store, settings, personal=personal, progress=progress)


def _triage(
    store: Store,
    settings: Settings | None = None,
    *,
    personal: PersonalLayer | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> TriageReport:
    """(Re-)judge all incoming invitations that are not already connections.

    Machine decisions are replaced; the owner's overrides are kept (they live apart). ``personal`` is
    the owner's learned layer; by default the one stored by ``learn``.
    """
    settings = settings or Settings()
    started = time.perf_counter()
    layer = personal if personal is not None else PersonalLayer.load(store)
    actions = {**settings.action_map(), **layer.actions, **settings.actions}  # explicit settings win
    total = store.count_to_judge() if progress else 0  # the count is for the bar alone: everyone judged is counted below
    judged_at = now_iso()
    cache: dict[str, Any] = {}
    everyone = store.incoming_notes()
    ahead = _NotesAhead([n for _, n in everyone], settings.language)
    try:
        return _judge_all(store, settings, layer, actions, everyone, ahead, started, total, judged_at, cache, progress)
    finally:
        ahead.close()


def _judge_all(store: Store, settings: Settings, layer: PersonalLayer, actions: dict[str, str],
               everyone: list[tuple[str, str]], ahead: _NotesAhead, started: float, total: int,
               judged_at: str, cache: dict[str, Any], progress: Callable[[int, int], None] | None) -> TriageReport:
    found = campaigns.detect([n for _, n in everyone], [k for k, _ in everyone])
    matcher = None
    if settings.help_whom or settings.meet_whom or settings.offer:  # no phrase, no match: the role lexicon stays unloaded
        from invitriage.benefit.matcher import BenefitMatcher

        matcher = BenefitMatcher(settings.help_whom, settings.meet_whom, settings.offer, settings.benefit_threshold)
    promoted = 0
    problems: list[tuple[int, str]] = []
    done, last_id = 0, 0
    judge_version = JUDGE_VERSION + ("+personal" if layer.model is not None else "")
    judge_kwargs: dict[str, Any] = {"owner_lang": settings.language, "actions": actions, "threshold": settings.threshold,
                                    "campaigns": found, "cache": cache, "model": layer.model,
                                    "languages": ahead.language, "rules": ahead.rules}

    def decide(row: Any, j: Judgment, found_matches: list[Any], recall: Any,
               as_json: dict[int, str]) -> tuple[tuple[Any, ...], bool]:
        """One invitation's decision row, and whether a match promoted it to a reply."""
        lang = j.lang
        if row["headline"] and not (row["note"] or "").strip():
            lang = headline_language(row["headline"], fallback=settings.language)
        action = j.action
        promoted = False
        people = [m for m in found_matches if m.kind in ("help_whom", "meet_whom")] if found_matches else found_matches
        if found_matches:
            evidence = list(j.evidence)
            matched = [m.evidence() for m in found_matches[:2]]
            if people and action in ("accept", "unsure"):
                action = "reply"  # can benefit: a reply even without a stated reason
                promoted = True
                evidence = matched + evidence  # the match is the reason: show it first
            else:
                evidence = evidence + matched
            evidence_json = json.dumps(evidence, ensure_ascii=False)
        else:
            evidence_json = as_json.get(id(j)) or as_json.setdefault(id(j), json.dumps(j.evidence, ensure_ascii=False))
        if recall is not None and recall[0] != action and not people:
            # The owner decided this way for someone with a very similar headline. Never against
            # an explicit setting: a help_whom/meet_whom match is the owner's own word.
            action = recall[0]
            verb = "answered" if action == "reply" else ("accepted silently" if action == "accept" else "held")
            evidence_json = json.dumps([{"rule": "learned_headline",
                                         "quote": f"like '{recall[1]}', whom you {verb}"}, *json.loads(evidence_json)],
                                       ensure_ascii=False)
        return ((row["id"], j.intent, action, lang, round(j.confidence, 4), evidence_json, judged_at,
                 judge_version, max((m.score for m in found_matches), default=0.0) if found_matches else 0.0,
                 int(any(m.kind == "meet_whom" for m in found_matches)) if found_matches else 0), promoted)

    # Most of a backlog has neither a note nor a headline: one judgment, the same for all of them, written by
    # SQL in a few statements (a short transaction each) instead of a row at a time through Python.
    blank_row = {"id": 0, "headline": "", "note": ""}
    blank_judged, blank_failed = _judge_each([""], **judge_kwargs)
    blank, blank_promoted = decide(
        blank_row, blank_judged[0],
        matcher.match([("", "")])[0] if matcher is not None and matcher.active else [],
        layer.memory.match([""])[0] if layer.memory else None, {})
    with_text = not blank_failed and not blank_promoted
    if with_text:
        top = store.last_invitation_id()
        for lower in range(0, top, BLANK_BATCH):
            with store.atomic():
                done += store.save_blank_decisions(blank[1:], lower, lower + BLANK_BATCH)
            if progress:
                progress(done, total)
    while chunk := store.invitations_to_judge(last_id, CHUNK, with_text=with_text):
        last_id = chunk[-1]["id"]
        judgments, failed = _judge_each([r["note"] for r in chunk], **judge_kwargs)
        problems.extend((chunk[i]["id"], reason) for i, reason in failed.items())
        matches = (matcher.match([(r["headline"] or "", r["note"] or "") for r in chunk])
                   if matcher is not None and matcher.active else [[] for _ in chunk])
        remembered = (layer.memory.match([(r["headline"] or "") if not (r["note"] or "").strip() else "" for r in chunk])
                      if layer.memory else [None] * len(chunk))
        decisions = []
        as_json: dict[int, str] = {}  # equal notes share a Judgment: serialise its evidence once
        for row, j, found_matches, recall in zip(chunk, judgments, matches, remembered):
            decision, was_promoted = decide(row, j, found_matches, recall, as_json)
            promoted += was_promoted
            decisions.append(decision)
        with store.atomic():  # one short write per chunk: others can write between chunks
            store.save_decision_rows(decisions)
        done += len(chunk)
        if progress:
            progress(done, total)
    with store.atomic():
        if broken_owner_templates(settings):
            problems.extend(write_drafts(store, settings).problems)
        else:
            store.forget_machine_drafts()
    counts = store.decision_counts()
    return TriageReport(done, time.perf_counter() - started, counts["action"], counts["intent"], promoted, problems)
