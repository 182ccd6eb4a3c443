"""The judgment: rows to judge, decisions, the owner's overrides and corrections, the personal model, the queues; the embeddings cache."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, cast

from invitriage.results import QueueItem
from invitriage.storage.base import Queries, now_iso


class JudgmentQueries(Queries):
    def invitations_to_judge(self, after_id: int = 0, limit: int = -1, *, with_text: bool = False) -> list[sqlite3.Row]:
        """Incoming invitations still to act on, by id, a page at a time (``after_id``, ``limit``); ``with_text``:
        only those with a note or a headline (the others are decided by :meth:`save_blank_decisions`).

        Walked along the primary key (``+direction`` keeps SQLite off the direction indexes, which would
        sort every remaining row for each page)."""
        text = f"AND ({self._HAS_TEXT})" if with_text else ""
        return self.conn.execute(
            f"""
            SELECT id, name, headline, note FROM invitations
            WHERE +direction = 'INCOMING' AND status NOT IN {self._DONE_SQL}
              AND id > ? {text}
            ORDER BY id LIMIT ?
            """,
            (after_id, limit),
        ).fetchall()

    _HAS_TEXT = "note != '' OR coalesce(headline, '') != ''"

    def last_invitation_id(self) -> int:
        return int(self.conn.execute("SELECT coalesce(max(id), 0) FROM invitations").fetchone()[0])

    def save_blank_decisions(self, decision: Sequence[Any], after_id: int, upto_id: int) -> int:
        """One machine decision (intent, action, lang, confidence, evidence, judged_at, judge_version, benefit,
        meet) for every incoming invitation still to act on with neither a note nor a headline, ids in
        (after_id, upto_id]: one statement, no row through Python. Returns how many were decided."""
        columns = ("intent", "action", "lang", "confidence", "evidence", "judged_at", "judge_version", "benefit", "meet")
        cur = self.conn.execute(
            f"""INSERT INTO decisions (invitation_id, {', '.join(columns)})
                SELECT id, {', '.join('?' * len(columns))} FROM invitations
                WHERE +direction = 'INCOMING' AND status NOT IN {self._DONE_SQL} AND NOT ({self._HAS_TEXT})
                  AND id > ? AND id <= ?
                ON CONFLICT (invitation_id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in columns)}""",
            (*decision, after_id, upto_id))
        return int(cur.rowcount)

    def count_to_judge(self) -> int:
        return self._count("invitations", f"direction = 'INCOMING' AND status NOT IN {self._DONE_SQL}")

    def incoming_notes(self) -> list[tuple[str, str]]:
        """(person_key, note) of every incoming invitation with a note, for campaign detection."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT person_key, note FROM invitations WHERE direction = 'INCOMING' AND note != ''")]

    def save_decisions(self, rows: Iterable[dict[str, Any]]) -> None:
        """Store machine decisions given as dicts (see :meth:`save_decision_rows`)."""
        self.save_decision_rows(
            (r["invitation_id"], r["intent"], r["action"], r["lang"], r["confidence"], r["evidence"], r["judged_at"],
             r["judge_version"], r.get("benefit", 0.0), r.get("meet", 0)) for r in rows)

    def save_decision_rows(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Store machine decisions: (invitation_id, intent, action, lang, confidence, evidence, judged_at,
        judge_version, benefit, meet). Owner overrides live in their own table and are never touched."""
        columns = ("intent", "action", "lang", "confidence", "evidence", "judged_at", "judge_version", "benefit", "meet")
        self._upsert("decisions", ("invitation_id", *columns), rows, key=("invitation_id",), update=columns)

    def set_override(self, invitation_id: int, intent: str | None, action: str | None) -> None:
        """The owner's own intent and/or action for one invitation (None keeps the other field).

        Each override is also kept as a labelled example (a correction) for ``invitriage learn``.
        """
        row = self.conn.execute(
            """SELECT i.person_key, i.note, i.headline, d.lang, d.intent, d.action FROM invitations i
               LEFT JOIN decisions d ON d.invitation_id = i.id WHERE i.id = ?""", (invitation_id,)).fetchone()
        if row is None:
            from invitriage.errors import InputError

            raise InputError(None, f"no invitation with id {invitation_id}")
        self._upsert("overrides", ("invitation_id", "intent", "action", "created_at"),
                     [(invitation_id, intent, action, now_iso())], key=("invitation_id",),
                     update={"intent": "coalesce(excluded.intent, overrides.intent)",  # None keeps the other field
                             "action": "coalesce(excluded.action, overrides.action)", "created_at": "excluded.created_at"})
        o = self.conn.execute("SELECT intent, action FROM overrides WHERE invitation_id = ?", (invitation_id,)).fetchone()
        self.conn.execute("UPDATE corrections SET undone_at = ? WHERE invitation_id = ? AND undone_at IS NULL",
                          (now_iso(), invitation_id))  # the latest correction of an invitation replaces earlier ones
        self.conn.execute(
            """INSERT INTO corrections (invitation_id, person_key, note, headline, lang, intent, action,
                                        machine_intent, machine_action, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (invitation_id, row["person_key"], row["note"], row["headline"], row["lang"],
             o["intent"] or row["intent"] or "no_note", o["action"] or row["action"] or "accept",
             row["intent"], row["action"], now_iso()),
        )

    def own_decision(self, invitation_id: int) -> tuple[str | None, str | None] | None:
        """The owner's override as stored (intent, action; either may be None), or None without one."""
        row = self.conn.execute("SELECT intent, action FROM overrides WHERE invitation_id = ?", (invitation_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def clear_override(self, invitation_id: int) -> bool:
        """Undo the owner's correction: the machine decides again, and ``learn`` forgets the example."""
        self.conn.execute("UPDATE corrections SET undone_at = ? WHERE invitation_id = ? AND undone_at IS NULL",
                          (now_iso(), invitation_id))
        return self.conn.execute("DELETE FROM overrides WHERE invitation_id = ?", (invitation_id,)).rowcount > 0

    def corrections(self) -> list[dict[str, Any]]:
        """Active corrections, oldest first."""
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM corrections WHERE undone_at IS NULL ORDER BY id")]

    def save_personal_model(self, params: dict[str, Any], learned_actions: dict[str, str], n: int,
                            report: dict[str, Any]) -> None:
        columns = ("params", "learned_actions", "corrections", "trained_at", "report")
        self._upsert("personal_model", ("id", *columns),
                     [(1, json.dumps(params), json.dumps(learned_actions), n, now_iso(), json.dumps(report))],
                     key=("id",), update=columns)

    def personal_model(self) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM personal_model WHERE id = 1").fetchone()
        if row is None:
            return None
        out = dict(row)
        for key in ("params", "learned_actions", "report"):
            out[key] = json.loads(out[key])
        return out

    def drop_personal_model(self) -> None:
        self.conn.execute("DELETE FROM personal_model")

    def queue(self, action: str | None = None, *, done: bool = False, invitation_id: int | None = None
              ) -> list[QueueItem]:
        """Judged incoming invitations, newest first; the owner's overrides win.

        Sent, answered and accepted invitations are left out unless ``done`` is true.
        """
        where = "i.direction = 'INCOMING' AND i.status != 'already_connected'"
        where += "" if done else f" AND i.status NOT IN {self._DONE_SQL}"
        params: list[Any] = []
        if invitation_id is not None:
            where += " AND i.id = ?"
            params.append(invitation_id)
        if action:
            where += " AND coalesce(o.action, d.action) = ?"
            params.append(action)
        rows = self.conn.execute(
            f"""
            SELECT i.id, i.name, i.profile_url, i.headline, i.sent_at, i.note, d.lang,
                   coalesce(o.intent, d.intent) AS intent, coalesce(o.action, d.action) AS action,
                   d.confidence, d.evidence, i.status, d.benefit, d.meet,
                   d.intent AS machine_intent, d.action AS machine_action, o.invitation_id IS NOT NULL AS overridden,
                   dr.text AS draft, dr.edited AS draft_edited, dr.problem AS draft_problem, i.page_rank, i.message_url, i.mutual, i.date_precision, i.replied_at, i.answered_at, i.postponed_until
            FROM invitations i JOIN decisions d ON d.invitation_id = i.id
            LEFT JOIN overrides o ON o.invitation_id = i.id
            LEFT JOIN drafts dr ON dr.invitation_id = i.id
            WHERE {where}
            ORDER BY i.sent_at DESC, i.id DESC
            """,
            params,
        ).fetchall()
        out = []
        for r in rows:
            item = cast(QueueItem, dict(r))
            item["evidence"] = json.loads(r["evidence"])
            item["meet"] = bool(item["meet"])
            item["overridden"] = bool(item["overridden"])
            item["draft_edited"] = bool(item["draft_edited"])
            out.append(item)
        return out

    def invitation(self, invitation_id: int) -> QueueItem:
        for item in self.queue(done=True, invitation_id=invitation_id):
            return item
        from invitriage.errors import InputError

        raise InputError(None, f"no invitation with id {invitation_id} (or it is not judged yet: run invitriage triage)")

    def embedding_cache(self) -> "_EmbeddingCache":
        """The database as the encoder's backing store (see ``encoder.backed_by``)."""
        return _EmbeddingCache(self)

    def clear_embeddings(self) -> int:
        return self.conn.execute("DELETE FROM embeddings").rowcount


class _EmbeddingCache:
    """Embeddings kept in the ``embeddings`` table: looked up by digest, written in one short transaction."""

    def __init__(self, store: JudgmentQueries):
        self.store = store

    def get(self, keys: list[str]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            marks = ",".join("?" * len(part))
            out.update((k, bytes(v)) for k, v in self.store.conn.execute(
                f"SELECT key, vector FROM embeddings WHERE key IN ({marks})", part))
        return out

    def put(self, rows: dict[str, bytes]) -> None:
        with self.store.atomic():
            self.store.conn.executemany("INSERT OR IGNORE INTO embeddings (key, vector) VALUES (?, ?)", rows.items())
