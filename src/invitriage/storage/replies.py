"""Drafts and reply status: machine and owner drafts, sent, postponed, accepted, gone; the counts the faces show."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from invitriage.storage.base import Queries, now_iso


class ReplyQueries(Queries):
    def save_machine_drafts(self, rows: Iterable[dict[str, Any]]) -> None:
        """Store generated drafts; a draft the owner edited is never replaced."""
        self._upsert("drafts", ("invitation_id", "text", "lang", "template", "edited", "updated_at", "problem"),
                     ({"problem": None, **r, "edited": 0} for r in rows), key=("invitation_id",),
                     update=("text", "lang", "template", "updated_at", "problem"), where="drafts.edited = 0")
        self.conn.execute(
            """UPDATE invitations SET status = 'drafted'
               WHERE status = 'queued' AND id IN (SELECT invitation_id FROM drafts WHERE text != '')"""
        )

    def forget_machine_drafts(self) -> None:
        """Drop the machine's drafts of open invitations (they are written again when shown, from the new
        decisions and settings); the owner's edited drafts stay. Status 'drafted': a reply with a draft."""
        # Driven by the drafts (few) and the status index: never a pass over every invitation.
        self.conn.execute("""DELETE FROM drafts WHERE edited = 0 AND EXISTS (SELECT 1 FROM invitations i
                             WHERE i.id = drafts.invitation_id AND i.status IN ('queued', 'drafted'))""")
        reply = """coalesce((SELECT o.action FROM overrides o WHERE o.invitation_id = invitations.id),
                            (SELECT d.action FROM decisions d WHERE d.invitation_id = invitations.id)) = 'reply'"""
        has_text = "EXISTS (SELECT 1 FROM drafts dr WHERE dr.invitation_id = invitations.id AND dr.text != '')"
        self.conn.execute(f"""UPDATE invitations SET status = 'queued' WHERE direction IN ('INCOMING', 'OUTGOING')
                              AND status = 'drafted' AND NOT ({has_text} AND {reply})""")  # both directions: the index
        self.conn.execute(f"""UPDATE invitations SET status = 'drafted' WHERE status = 'queued'
                              AND id IN (SELECT invitation_id FROM drafts WHERE text != '') AND {reply}""")

    def set_draft_text(self, invitation_id: int, text: str) -> None:
        """The owner's own wording: kept whatever happens later (also where no draft could be written)."""
        self.conn.execute(
            """INSERT INTO drafts (invitation_id, text, lang, template, edited, updated_at)
               SELECT i.id, :text, coalesce(d.lang, ''), 'owner', 1, :now FROM invitations i
               LEFT JOIN decisions d ON d.invitation_id = i.id WHERE i.id = :id
               ON CONFLICT (invitation_id) DO UPDATE SET text = excluded.text, edited = 1, problem = NULL,
                   updated_at = excluded.updated_at""",
            {"text": text, "now": now_iso(), "id": invitation_id})
        self.conn.execute("UPDATE invitations SET status = 'drafted' WHERE id = ? AND status = 'queued'", (invitation_id,))

    def undraft(self, keep_ids: Iterable[int], among: Iterable[int] | None = None) -> None:
        """Invitations (of ``among``, or all) that no longer get a reply go back to 'queued'.

        Their draft is kept, unused, in case the reply comes back.
        """
        keep = set(keep_ids)
        if among is not None:
            self.conn.executemany("UPDATE invitations SET status = 'queued' WHERE status = 'drafted' AND id = ?",
                                  [(i,) for i in among if i not in keep])
            return
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS _keep (id INTEGER PRIMARY KEY)")
        self.conn.execute("DELETE FROM _keep")
        self.conn.executemany("INSERT OR IGNORE INTO _keep VALUES (?)", [(i,) for i in keep])
        self.conn.execute("UPDATE invitations SET status = 'queued' WHERE status = 'drafted' AND id NOT IN (SELECT id FROM _keep)")

    def mark_sent(self, invitation_id: int, at: str | None = None) -> str:
        """The owner sent the reply; returns the previous status."""
        row = self.conn.execute("SELECT status FROM invitations WHERE id = ? AND direction = 'INCOMING'",
                                (invitation_id,)).fetchone()
        if row is None:
            from invitriage.errors import InputError

            raise InputError(None, f"no incoming invitation with id {invitation_id}")
        if row[0] not in ("sent", "answered"):
            self.conn.execute("UPDATE invitations SET status = 'sent', replied_at = ? WHERE id = ?",
                              (at or now_iso(), invitation_id))
        return str(row[0])

    def postpone(self, invitation_id: int, until: str | None) -> None:
        """Keep an invitation out of the weekly batches before ``until`` (an ISO date; None: no longer)."""
        cur = self.conn.execute("UPDATE invitations SET postponed_until = ? WHERE id = ? AND direction = 'INCOMING'",
                                (until, invitation_id))
        if cur.rowcount == 0:
            from invitriage.errors import InputError

            raise InputError(None, f"no incoming invitation with id {invitation_id}")

    def mark_accepted(self, invitation_ids: Iterable[int]) -> int:
        """The owner accepted these silently on LinkedIn: they leave the lists."""
        ids = [(i,) for i in invitation_ids]
        before = self.conn.total_changes
        self.conn.executemany(
            "UPDATE invitations SET status = 'accepted' WHERE id = ? AND status IN ('queued', 'drafted')", ids)
        return self.conn.total_changes - before

    def mark_gone(self, complete_save_at: str) -> int:
        """Pending invitations last seen on a page saved before ``complete_save_at`` (a complete save that no
        longer shows them) are done: accepted or ignored on LinkedIn."""
        return self.conn.execute(
            """UPDATE invitations SET status = 'gone' WHERE direction = 'INCOMING' AND status IN ('queued', 'drafted')
               AND page_seen_at IS NOT NULL AND page_seen_at < ?""", (complete_save_at,)).rowcount

    def unmark_accepted(self, invitation_ids: Iterable[int]) -> int:
        """Undo a bulk accept: these are pending again."""
        before = self.conn.total_changes
        self.conn.executemany(
            """UPDATE invitations SET status = CASE WHEN EXISTS (SELECT 1 FROM drafts d WHERE d.invitation_id = invitations.id
                   AND d.text != '') THEN 'drafted' ELSE 'queued' END WHERE id = ? AND status = 'accepted'""",
            [(i,) for i in invitation_ids])
        return self.conn.total_changes - before

    def unmark_sent(self, invitation_id: int) -> None:
        self.conn.execute(
            """UPDATE invitations SET replied_at = NULL, status = CASE WHEN EXISTS (SELECT 1 FROM drafts d
                   WHERE d.invitation_id = invitations.id AND d.text != '') THEN 'drafted' ELSE 'queued' END
               WHERE id = ? AND status = 'sent'""", (invitation_id,))

    def newest_date(self) -> str | None:
        """The newest date anywhere in the data (invitations, connections, messages): when an export was taken."""
        row = self.conn.execute(
            "SELECT max(d) FROM (SELECT max(sent_at) AS d FROM invitations UNION ALL "
            "SELECT max(connected_on) || 'T00:00:00+00:00' FROM connections UNION ALL SELECT max(date) FROM messages)").fetchone()
        return str(row[0]) if row and row[0] else None

    def count_pending_before(self, before_iso: str | None) -> int:
        if before_iso is None:
            return 0
        return int(self.conn.execute(
            "SELECT count(*) FROM invitations WHERE direction = 'INCOMING' AND status IN ('queued', 'drafted') "
            "AND sent_at < ?", (before_iso,)).fetchone()[0])

    def replies_sent_since(self, since_iso: str) -> int:
        return int(self.conn.execute(
            "SELECT count(*) FROM invitations WHERE direction = 'INCOMING' AND status IN ('sent', 'answered') "
            "AND replied_at >= ?", (since_iso,)).fetchone()[0])

    def pending_with_headline(self) -> int:
        return int(self.conn.execute(
            "SELECT count(*) FROM invitations WHERE direction = 'INCOMING' AND status IN ('queued', 'drafted') "
            "AND coalesce(headline, '') != ''").fetchone()[0])

    def status_counts(self) -> dict[str, int]:
        """Pending invitations by effective action, for the page header."""
        counts = {"pending": 0, "reply": 0, "accept": 0, "hold": 0, "unsure": 0}
        for action, n in self.conn.execute(
            """SELECT coalesce(o.action, d.action), count(*) FROM invitations i
               JOIN decisions d ON d.invitation_id = i.id LEFT JOIN overrides o ON o.invitation_id = i.id
               WHERE i.direction = 'INCOMING' AND i.status IN ('queued', 'drafted') GROUP BY 1"""
        ):
            counts[action] = n
            counts["pending"] += n
        return counts

    def refresh_reply_statuses(self) -> None:
        """From messages.csv: a reply the owner already sent, and an answer from the sender after it."""
        owners = sorted(self.owner_keys())
        if owners:
            marks = ",".join("?" * len(owners))
            self.conn.execute(
                f"""
                UPDATE invitations SET status = 'sent', replied_at = (
                    SELECT min(m.date) FROM messages m
                    JOIN message_recipients r ON r.message_id = m.id
                        AND r.person_key IN (invitations.person_key, 'name:' || invitations.name_key)
                    WHERE m.sender_key IN ({marks}) AND m.date >= invitations.sent_at)
                WHERE direction = 'INCOMING' AND status IN ('queued', 'drafted') AND id IN (
                    -- the invitations of the people the owner wrote to (by key, or by name): only they are looked at
                    SELECT i.id FROM messages m JOIN message_recipients r ON r.message_id = m.id
                    JOIN invitations i ON i.direction = 'INCOMING' AND i.person_key = r.person_key
                    WHERE m.sender_key IN ({marks})
                    UNION
                    SELECT i.id FROM messages m JOIN message_recipients r ON r.message_id = m.id
                    JOIN invitations i ON i.name_key = substr(r.person_key, 6)
                    WHERE m.sender_key IN ({marks}) AND substr(r.person_key, 1, 5) = 'name:'
                ) AND EXISTS (
                    SELECT 1 FROM messages m
                    JOIN message_recipients r ON r.message_id = m.id
                        AND r.person_key IN (invitations.person_key, 'name:' || invitations.name_key)
                    WHERE m.sender_key IN ({marks}) AND m.date >= invitations.sent_at)
                """,
                owners * 4,
            )
        self.conn.execute(
            """
            UPDATE invitations SET status = 'answered', answered_at = (
                SELECT min(m.date) FROM messages m
                WHERE m.sender_key IN (invitations.person_key, 'name:' || invitations.name_key)
                  AND m.date > invitations.replied_at)
            WHERE direction = 'INCOMING' AND status = 'sent' AND replied_at IS NOT NULL AND EXISTS (
                SELECT 1 FROM messages m WHERE m.sender_key IN (invitations.person_key, 'name:' || invitations.name_key)
                  AND m.date > invitations.replied_at)
            """
        )
