"""Writes of an import: invitations, connections, messages, the owner's profile; statuses after it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from itertools import chain
from typing import Any

from invitriage.storage.base import Queries, _instant, now_iso

#: How exact a stored date is, as a rank to compare in SQL (lower is more exact; NULL is an export's minute).
_PRECISION = ("(CASE coalesce({0}.date_precision, 'minute') WHEN 'minute' THEN 0 WHEN 'day' THEN 1 WHEN 'week' THEN 2 "
              "WHEN 'month' THEN 3 WHEN 'year' THEN 4 ELSE 5 END)")
_NEWER_PAGE = ("(excluded.page_seen_at IS NOT NULL AND (invitations.page_seen_at IS NULL "
               "OR excluded.page_seen_at >= invitations.page_seen_at))")
#: The columns of an invitation as :meth:`Store.add_invitation_rows` takes them, in this order.
INVITATION_COLUMNS = ("direction", "person_key", "name_key", "name", "profile_url", "headline", "sent_at", "note",
                      "source", "raw", "import_id", "mutual", "date_precision", "message_url", "invitation_urn",
                      "page_seen_at", "page_rank")
#: The fewest columns a row of :meth:`Store.add_invitation_rows` may have: up to ``import_id``.
_SHORTEST_ROW = INVITATION_COLUMNS.index("import_id") + 1
#: An export's row as :meth:`Store.add_invitation_rows` also takes it: up to ``import_id`` without ``headline``,
#: which an export never has (left NULL by the insert instead of a None bound per row).
EXPORT_COLUMNS = tuple(c for c in INVITATION_COLUMNS[:_SHORTEST_ROW] if c != "headline")
#: The columns of a connection as :meth:`ImportQueries.add_connection_rows` takes them, in this order.
CONNECTION_COLUMNS = ("person_key", "name_key", "first_name", "last_name", "profile_url", "email", "company",
                      "position", "connected_on", "raw", "import_id")
_PAGE_DEFAULTS: dict[str, Any] = {"mutual": None, "date_precision": None, "message_url": None, "invitation_urn": None,
                                  "page_seen_at": None, "page_rank": None}


class ImportQueries(Queries):
    def begin_import(self, source: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO imports (source, imported_at, summary) VALUES (?, ?, '{}')", (source, now_iso())
        )
        return int(cur.lastrowid or 0)

    def finish_import(self, import_id: int, summary: dict[str, Any]) -> None:
        self.conn.execute("UPDATE imports SET summary = ? WHERE id = ?", (json.dumps(summary), import_id))

    #: Two sightings of a person known only by name are one invitation when this close in time
    #: (an export's exact time, an Excel re-save's day, a pending list's date, time zones).
    SAME_INVITATION_HOURS = 36

    def add_invitations(self, rows: Iterable[dict[str, Any]], import_id: int) -> None:
        """Insert invitations given as dicts (see :meth:`add_invitation_rows`)."""
        def as_row(r: dict[str, Any]) -> tuple[Any, ...]:
            full = {**_PAGE_DEFAULTS, **r, "import_id": import_id}
            return tuple(full[c] for c in INVITATION_COLUMNS)

        self.add_invitation_rows(map(as_row, rows))

    def add_invitation_rows(self, rows: Iterable[tuple[Any, ...]], *, matched: bool = False) -> None:
        """Insert invitations: one per person and direction, whatever the date's precision.

        A later sighting of the same person (a pending list, a saved page, an Excel re-save) adds what
        the first lacked: its headline (the newer one wins), a note; a name that an earlier import
        read as mojibake (``HÃ©lÃ¨ne``) is repaired. People without a profile URL are matched by name
        within SAME_INVITATION_HOURS (:meth:`person_matcher`; ``matched``: the caller has already passed each row
        keyed by a name through one, as an export's importer does, which knows which rows those are).

        Rows are in :data:`INVITATION_COLUMNS` order and may stop after ``import_id`` (an export's rows, which
        have none of the later columns): the columns left out are NULL, as if None were given, without the
        sqlite3 module adapting each None one by one (six per row: ≈ 40 % of the insert's time). A row of
        :data:`EXPORT_COLUMNS` (one column fewer) has no ``headline`` either.
        """
        it = iter(rows)
        first = next(it, None)
        if first is None:
            return
        if len(first) == len(EXPORT_COLUMNS):
            columns: tuple[str, ...] = EXPORT_COLUMNS
        elif _SHORTEST_ROW <= len(first) <= len(INVITATION_COLUMNS):
            columns = INVITATION_COLUMNS[:len(first)]
        else:
            raise ValueError(f"an invitation row has {len(first)} columns, not {_SHORTEST_ROW} to {len(INVITATION_COLUMNS)}")
        given = chain([first], it)
        stored = given if matched else map(self.person_matcher(columns), given)

        mojibake = "(instr(invitations.{0}, 'Ã') > 0 OR instr(invitations.{0}, 'Â') > 0 OR instr(invitations.{0}, '�') > 0)"
        more_exact = f"{_PRECISION.format('excluded')} < {_PRECISION.format('invitations')}"

        def repaired(column: str) -> str:
            """The new value where the stored one is mojibake and the new one is not."""
            bad, new_bad = mojibake.format(column), mojibake.format(column).replace("invitations.", "excluded.")
            return f"({bad} AND excluded.{column} != '' AND NOT {new_bad})"

        self._upsert("invitations", columns, stored, key=("direction", "person_key"), update={
            "sent_at": f"CASE WHEN {more_exact} THEN excluded.sent_at ELSE invitations.sent_at END",
            "date_precision": f"CASE WHEN {more_exact} THEN excluded.date_precision ELSE invitations.date_precision END",
            "mutual": "coalesce(excluded.mutual, invitations.mutual)",
            "message_url": "coalesce(excluded.message_url, invitations.message_url)",
            "invitation_urn": "coalesce(excluded.invitation_urn, invitations.invitation_urn)",
            "page_rank": f"CASE WHEN {_NEWER_PAGE} THEN excluded.page_rank ELSE invitations.page_rank END",
            "page_seen_at": f"CASE WHEN {_NEWER_PAGE} THEN excluded.page_seen_at ELSE invitations.page_seen_at END",
            "headline": "CASE WHEN coalesce(excluded.headline, '') != '' THEN excluded.headline ELSE invitations.headline END",
            "note": f"CASE WHEN invitations.note = '' OR {repaired('note')} THEN excluded.note ELSE invitations.note END",
            "name": f"CASE WHEN {repaired('name')} THEN excluded.name ELSE invitations.name END",
            "profile_url": "coalesce(invitations.profile_url, excluded.profile_url)",
        })

    def person_matcher(self, columns: Sequence[str] = EXPORT_COLUMNS) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
        """For the rows of one insert (in ``columns`` order): a row keyed by a name (``name:…``, a person without a
        profile URL) takes the key of the invitation of that name and direction within SAME_INVITATION_HOURS,
        stored or earlier in the same rows; every other row is returned as it is."""
        i_sent = list(columns).index("sent_at")
        by_name: dict[tuple[str, str], list[tuple[datetime, str]]] | None = None

        def merged(row: tuple[Any, ...]) -> tuple[Any, ...]:
            nonlocal by_name
            direction, person_key, name_key = row[0], row[1], row[2]
            if not person_key.startswith("name:") or not name_key:
                return row
            if by_name is None:
                by_name = {}
                for d, nk, pk, at in self.conn.execute(
                        "SELECT direction, name_key, person_key, sent_at FROM invitations WHERE name_key != ''"):
                    by_name.setdefault((d, nk), []).append((_instant(at), pk))
            when = _instant(row[i_sent])
            seen = by_name.setdefault((direction, name_key), [])
            for at, key in seen:
                if abs((at - when).total_seconds()) <= self.SAME_INVITATION_HOURS * 3600:
                    return (direction, key, *row[2:])
            seen.append((when, person_key))
            return row

        return merged

    def add_connections(self, rows: Iterable[dict[str, Any]], import_id: int) -> None:
        """Insert connections given as dicts (see :meth:`add_connection_rows`)."""
        self.add_connection_rows({**r, "import_id": import_id} for r in rows)

    def add_connection_rows(self, rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> None:
        """Insert connections, as tuples in :data:`CONNECTION_COLUMNS` order (or dicts by column name); a person
        already known keeps the first row."""
        self._upsert("connections", CONNECTION_COLUMNS, rows, key=("person_key",))

    def add_messages(self, rows: Iterable[dict[str, Any]], import_id: int) -> None:
        self._upsert("messages", ("row_hash", "conversation_id", "from_name", "sender_key", "recipient_keys", "date",
                                  "subject", "content", "folder", "raw", "import_id"),
                     ({**r, "import_id": import_id} for r in rows), key=("row_hash",))
        # One row per recipient key, decoded: purge and the status refresh compare keys exactly.
        self.conn.execute(
            """INSERT OR IGNORE INTO message_recipients (message_id, person_key)
               SELECT m.id, j.value FROM messages m, json_each(m.recipient_keys) j
               WHERE m.import_id = ? AND json_valid(m.recipient_keys) AND j.type = 'text'""", (import_id,))

    def set_owner(self, row: dict[str, Any]) -> None:
        columns = ("first_name", "last_name", "headline", "summary", "industry", "location", "raw")
        self._upsert("owner", ("id", *columns), [{**row, "id": 1}], key=("id",), update=columns)

    def refresh_statuses(self) -> int:
        """Mark queued incoming invitations whose sender is already a connection.

        The profile slug decides; the name decides only when one side has no slug
        (old Connections.csv without URL, or an invitation with a bare URL).

        ``UPDATE OR FAIL``: setting a constant status cannot break a constraint, and with nothing to undo halfway
        SQLite keeps no statement journal (a temporary file of every page touched: 6.6 MB at 30,000 invitations).
        Should any error come, the import's transaction is rolled back whole, as before.
        """
        # Driven from the connections, one lookup each in invitations_person: the unary + keeps the planner off
        # invitations_status, which would visit every queued invitation (30,000 rows: 28 ms -> 15 ms).
        n = self.conn.execute(
            "UPDATE OR FAIL invitations SET status = 'already_connected' WHERE direction = 'INCOMING' AND +status = 'queued' "
            "AND person_key IN (SELECT person_key FROM connections)").rowcount
        # Keys by name or member URN (always lower case) as ranges of invitations_person: only those rows are visited
        # (30,000 invitations: 19 ms -> 0.2 ms), not every queued invitation through invitations_status.
        n += self.conn.execute(
            "UPDATE OR FAIL invitations SET status = 'already_connected' WHERE direction = 'INCOMING' AND +status = 'queued' "
            "AND (person_key >= 'name:' AND person_key < 'name;' OR person_key >= 'urn:' AND person_key < 'urn;') "
            "AND name_key != '' AND name_key IN (SELECT name_key FROM connections)").rowcount
        # Driven from the (few, often no) connections known by name alone, through invitations_name_key: the
        # unary + keeps the planner off invitations_status, which would visit every queued invitation.
        n += self.conn.execute(
            "UPDATE OR FAIL invitations SET status = 'already_connected' WHERE +direction = 'INCOMING' AND +status = 'queued' "
            "AND name_key != '' AND name_key IN (SELECT name_key FROM connections WHERE person_key LIKE 'name:%')"
        ).rowcount
        return n
