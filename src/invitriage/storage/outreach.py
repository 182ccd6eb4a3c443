"""Outreach: connections worth a message, their state and drafts, and how contact grows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from invitriage.storage.base import Queries, now_iso


class OutreachQueries(Queries):
    def outreach_candidates(self) -> list[dict[str, Any]]:
        """Every identifiable connection with its last message exchanged and whether you accepted its
        invitation silently (people known only by name are matched by name)."""
        rows = self.conn.execute(
            """
            SELECT c.rowid AS id, c.person_key, trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) AS name,
                   c.position, c.company, c.profile_url, c.connected_on,
                   (SELECT max(m.date) FROM messages m WHERE m.sender_key IN (c.person_key, 'name:' || c.name_key)
                       OR m.id IN (SELECT r.message_id FROM message_recipients r
                                   WHERE r.person_key IN (c.person_key, 'name:' || c.name_key))) AS last_message,
                   EXISTS (SELECT 1 FROM invitations i JOIN decisions d ON d.invitation_id = i.id
                           LEFT JOIN overrides o ON o.invitation_id = i.id
                           WHERE i.direction = 'INCOMING' AND i.person_key = c.person_key
                             AND coalesce(o.action, d.action) = 'accept' AND i.replied_at IS NULL) AS accepted_silently
            FROM connections c WHERE c.person_key NOT LIKE 'hidden:%'
            """).fetchall()
        return [dict(r) for r in rows]

    def connection_key(self, connection_id: int) -> str | None:
        """The person key of the connection with this id (its rowid), or None."""
        row = self.conn.execute("SELECT person_key FROM connections WHERE rowid = ?", (connection_id,)).fetchone()
        return str(row[0]) if row else None

    def outreach_rows(self) -> dict[str, dict[str, Any]]:
        return {r["person_key"]: dict(r) for r in self.conn.execute("SELECT * FROM outreach")}

    def suggest_outreach(self, rows: Iterable[dict[str, Any]]) -> None:
        """Remember new suggestions (person_key, suggested_on, reason, draft); existing ones keep their state."""
        self._upsert("outreach", ("person_key", "state", "suggested_on", "reason", "draft", "updated_at"),
                     ({**r, "state": "open", "updated_at": now_iso()} for r in rows), key=("person_key",),
                     update={"reason": "excluded.reason",
                             "draft": "CASE WHEN outreach.draft_edited THEN outreach.draft ELSE excluded.draft END"})

    def set_outreach_state(self, person_key: str, state: str, at: str | None = None) -> None:
        self.conn.execute(
            "UPDATE outreach SET state = ?, contacted_at = ?, updated_at = ? WHERE person_key = ?",
            (state, at if state == "contacted" else None, now_iso(), person_key))

    def set_outreach_draft(self, person_key: str, text: str) -> None:
        self.conn.execute("UPDATE outreach SET draft = ?, draft_edited = 1, updated_at = ? WHERE person_key = ?",
                          (text, now_iso(), person_key))

    def refresh_outreach(self) -> int:
        """Suggested people you have written to since (a newer messages.csv shows it) leave the list."""
        owners = sorted(self.owner_keys())
        if not owners:
            return 0
        marks = ",".join("?" * len(owners))
        cur = self.conn.execute(
            f"""
            UPDATE outreach SET state = 'contacted', updated_at = ?, contacted_at = (
                SELECT min(m.date) FROM messages m JOIN message_recipients r ON r.message_id = m.id
                JOIN connections c ON c.person_key = outreach.person_key
                WHERE m.sender_key IN ({marks}) AND r.person_key IN (c.person_key, 'name:' || c.name_key)
                  AND m.date >= outreach.suggested_on)
            WHERE state = 'open' AND EXISTS (
                SELECT 1 FROM messages m JOIN message_recipients r ON r.message_id = m.id
                JOIN connections c ON c.person_key = outreach.person_key
                WHERE m.sender_key IN ({marks}) AND r.person_key IN (c.person_key, 'name:' || c.name_key)
                  AND m.date >= outreach.suggested_on)
            """, [now_iso(), *owners, *owners])
        return cur.rowcount

    def outreach_sent_per_week(self) -> dict[str, int]:
        """Outreach messages you sent, per ISO week (YYYY-Www)."""
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT strftime('%Y-W%W', contacted_at), count(*) FROM outreach WHERE state = 'contacted' "
            "AND contacted_at IS NOT NULL GROUP BY 1 ORDER BY 1")}

    def first_contact_months(self) -> list[tuple[str | None, str | None]]:
        """(month connected, month of the first message exchanged) of every identifiable connection."""
        return [(r[0], r[1]) for r in self.conn.execute(
            f"""
            SELECT CASE WHEN c.connected_on GLOB '{self._ISO_GLOB}' THEN substr(c.connected_on, 1, 7) END,
                   (SELECT substr(min(m.date), 1, 7) FROM messages m WHERE m.sender_key IN (c.person_key, 'name:' || c.name_key)
                       OR m.id IN (SELECT r.message_id FROM message_recipients r
                                   WHERE r.person_key IN (c.person_key, 'name:' || c.name_key)))
            FROM connections c WHERE c.person_key NOT LIKE 'hidden:%'""")]

    def decision_counts(self) -> dict[str, dict[str, int]]:
        """Decisions of invitations not already connected, by effective action and by intent (most first); one pass."""
        tally: dict[str, Counter[str]] = {"action": Counter(), "intent": Counter()}
        for action, intent, n in self.conn.execute(
            """SELECT coalesce(o.action, d.action), coalesce(o.intent, d.intent), count(*) FROM decisions d
               JOIN invitations i ON i.id = d.invitation_id
               LEFT JOIN overrides o ON o.invitation_id = d.invitation_id
               WHERE i.status != 'already_connected' GROUP BY 1, 2"""
        ):
            tally["action"][action] += n
            tally["intent"][intent] += n
        return {col: dict(c.most_common()) for col, c in tally.items()}
