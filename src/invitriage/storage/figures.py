"""Read-only queries behind the network report's figures."""

from __future__ import annotations

import sqlite3

from invitriage.storage.base import Queries


class FigureQueries(Queries):
    def connection_months(self) -> list[sqlite3.Row]:
        """Every connection: person_key, company and month connected (YYYY-MM, or None when unknown)."""
        return self.conn.execute(
            f"""SELECT person_key, name_key, company, CASE WHEN connected_on GLOB '{self._ISO_GLOB}'
                THEN substr(connected_on, 1, 7) END AS month FROM connections""").fetchall()

    def incoming_per_month(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.conn.execute(
            """SELECT substr(sent_at, 1, 7), count(*) FROM invitations
               WHERE direction = 'INCOMING' AND sent_at GLOB ? GROUP BY 1""", (self._ISO_GLOB,))}

    def message_partner_keys(self) -> set[str]:
        """Person keys of everyone who sent or received a message, the owner excluded."""
        keys: set[str] = set()
        keys.update(r[0] for r in self.conn.execute(
            "SELECT sender_key FROM messages WHERE sender_key IS NOT NULL UNION SELECT person_key FROM message_recipients"))
        return keys - self.owner_keys()

    def message_partner_names(self) -> set[str]:
        """Name keys of everyone who wrote or was written to, for connections known only by name."""
        from invitriage.people import name_key as _name_key

        names = {_name_key(r[0]) for r in self.conn.execute("SELECT DISTINCT from_name FROM messages")}
        names |= {r[0][5:] for r in self.conn.execute(
            "SELECT DISTINCT person_key FROM message_recipients WHERE person_key LIKE 'name:%'")}
        owner = self.owner()
        if owner:
            names.discard(_name_key(f"{owner['first_name']} {owner['last_name']}"))
        return {n for n in names if n}

    def note_intents(self) -> dict[str, int]:
        """Intents of judged incoming notes (the owner's overrides win), most frequent first."""
        return {r[0]: r[1] for r in self.conn.execute(
            """SELECT coalesce(o.intent, d.intent), count(*) FROM decisions d
               JOIN invitations i ON i.id = d.invitation_id LEFT JOIN overrides o ON o.invitation_id = d.invitation_id
               WHERE i.status != 'already_connected' AND trim(i.note) != '' GROUP BY 1 ORDER BY 2 DESC, 1""")}

    def pending_sent_times(self) -> list[sqlite3.Row]:
        """(name, sent_at) of pending incoming invitations, oldest first."""
        marks = ",".join("?" * len(self.DONE))
        return self.conn.execute(
            f"""SELECT name, sent_at FROM invitations WHERE direction = 'INCOMING' AND status NOT IN ({marks})
                AND sent_at GLOB ? ORDER BY sent_at""", (*self.DONE, self._ISO_GLOB)).fetchall()

    def accepted_silently(self) -> int:
        return int(self.conn.execute(
            """SELECT count(*) FROM decisions d JOIN invitations i ON i.id = d.invitation_id
               LEFT JOIN overrides o ON o.invitation_id = d.invitation_id
               WHERE coalesce(o.action, d.action) = 'accept' AND i.status != 'already_connected'""").fetchone()[0])

    def count_unjudged(self) -> int:
        marks = ",".join("?" * len(self.DONE))
        return self._count("invitations", f"""direction = 'INCOMING' AND status NOT IN ({marks})
                                             AND id NOT IN (SELECT invitation_id FROM decisions)""", self.DONE)
