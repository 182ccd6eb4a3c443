"""The store: one SQLite file, one class that owns the connection and all SQL."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, cast

from invitriage.errors import StoreError
from invitriage.results import QueueItem
from invitriage.storage.migrations import MIGRATIONS, Migration

BATCH = 2000


def default_db_path() -> Path:
    """``$INVITRIAGE_DB``, else ``invitriage.db`` in the user's data directory."""
    env = os.environ.get("INVITRIAGE_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("invitriage", appauthor=False)) / "invitriage.db"


#: How exact a stored date is, as a rank to compare in SQL (lower is more exact; NULL is an export's minute).
_PRECISION = ("(CASE coalesce({0}.date_precision, 'minute') WHEN 'minute' THEN 0 WHEN 'day' THEN 1 WHEN 'week' THEN 2 "
              "WHEN 'month' THEN 3 WHEN 'year' THEN 4 ELSE 5 END)")
_NEWER_PAGE = ("(excluded.page_seen_at IS NOT NULL AND (invitations.page_seen_at IS NULL "
               "OR excluded.page_seen_at >= invitations.page_seen_at))")
#: The columns of an invitation as :meth:`Store.add_invitation_rows` takes them, in this order.
INVITATION_COLUMNS = ("direction", "person_key", "name_key", "name", "profile_url", "headline", "sent_at", "note",
                      "source", "raw", "import_id", "mutual", "date_precision", "message_url", "invitation_urn",
                      "page_seen_at", "page_rank")
_PAGE_DEFAULTS: dict[str, Any] = {"mutual": None, "date_precision": None, "message_url": None, "invitation_urn": None,
                                  "page_seen_at": None, "page_rank": None}


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    if callable(migration):
        migration(conn)
        return
    for statement in migration.split(";"):
        if statement.strip():
            conn.execute(statement)


def _schema(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Table name -> its columns, of the tables an invitriage database has (SQLite's own left out)."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}


def _instant(iso: str) -> datetime:
    try:
        at = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return datetime.min.replace(tzinfo=timezone.utc)
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Store:
    """An invitriage database. ``Store(path)`` opens (creating and migrating) the file."""

    #: How long a write waits for another writer (a triage writes in short chunks) before giving up.
    BUSY_SECONDS = 30.0

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=self.BUSY_SECONDS)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {int(self.BUSY_SECONDS * 1000)}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA cache_size = -65536")  # 64 MB: big imports insert into several indexes
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create database: {exc.strerror}") from None
        self._depth = 0

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions and migrations ------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """All writes inside happen together or not at all (nestable)."""
        depth = getattr(self, "_depth", 0)
        name = f"sp{depth}"
        self.conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {name}")
        self._depth = depth + 1
        try:
            yield
        except BaseException:
            self._depth = depth
            if depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        self._depth = depth
        self.conn.execute("COMMIT" if depth == 0 else f"RELEASE {name}")

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM migrations ORDER BY name")]

    def _migrate(self) -> None:
        self._depth = 0
        exists = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").fetchone()
        if not exists:  # checked first: opening an up-to-date database must not need the write lock
            if self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise StoreError(f"{self.path}: this SQLite file is not an invitriage database")
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
        done = set(self.applied_migrations())
        known = {name for name, _ in MIGRATIONS}
        if done - known:
            raise StoreError(
                f"{self.path}: written by a newer invitriage (migrations {sorted(done - known)}); upgrade invitriage"
            )
        todo = [name for name, _ in MIGRATIONS if name not in done]
        if todo and done:
            # Data is about to change shape: keep a copy of it as it was.
            self.backup(self.path.with_name(f"{self.path.name}.before-{todo[0]}.bak"))
        for name, migration in MIGRATIONS:
            if name in done:
                continue
            with self.atomic():
                _apply(self.conn, migration)
                self.conn.execute(
                    "INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, now_iso())
                )

    # -- backup, restore, purge -----------------------------------------------------------

    def backup(self, dest: str | os.PathLike[str]) -> Path:
        """A consistent copy of the database (SQLite's online backup), safe while others write."""
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(dest.name + ".part")
        target = sqlite3.connect(tmp)
        try:
            self.conn.backup(target)
        finally:
            target.close()
        os.replace(tmp, dest)
        return dest

    @staticmethod
    def check_backup(src: str | os.PathLike[str]) -> None:
        """Refuse a file that is not a whole, healthy invitriage backup (before anything is written).

        Its tables and columns must be exactly what its recorded migrations create: a file holding only
        a ``migrations`` table, or with a table dropped, is not a backup.
        """
        src = Path(src)
        if not src.is_file():
            raise StoreError(f"{src}: no such backup file")
        source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
        try:
            try:
                names = {r[0] for r in source.execute("SELECT name FROM migrations")}
                healthy = source.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                found = _schema(source)
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{src}: not an invitriage backup ({exc})") from None
        finally:
            source.close()
        if not healthy:
            raise StoreError(f"{src}: the backup is damaged (integrity check failed)")
        if names - {n for n, _ in MIGRATIONS}:
            raise StoreError(f"{src}: made by a newer invitriage; upgrade invitriage to restore it")
        expected = sqlite3.connect(":memory:")
        try:
            expected.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            for name, migration in MIGRATIONS:
                if name in names:
                    _apply(expected, migration)
            wanted = _schema(expected)
        finally:
            expected.close()
        if found != wanted:
            missing = sorted(set(wanted) - set(found)) or sorted(t for t in wanted if wanted[t] != found.get(t))
            raise StoreError(f"{src}: not an invitriage backup (tables missing or changed: {', '.join(missing)})")

    def restore(self, src: str | os.PathLike[str]) -> None:
        """Replace this database's content with a backup (checked to be an invitriage database first)."""
        self.check_backup(src)
        source = sqlite3.connect(f"file:{Path(src)}?mode=ro", uri=True)
        try:
            source.backup(self.conn)
        finally:
            source.close()
        self._migrate()  # an older backup is brought up to date

    def purge_person(self, profile_url: str) -> dict[str, int]:
        """Remove everything about one person (a data-protection request). Returns rows removed per table.

        The person is their profile slug, decoded (``%C3%A9`` is ``é``) and compared exactly: ``%`` and
        ``_`` in a URL are characters, never wildcards. Rows that depend on their invitations (decisions,
        overrides, drafts, corrections) are counted before they go.
        """
        from invitriage.people import profile_slug

        try:
            key = profile_slug(profile_url)
        except ValueError:
            key = None
        if not key:
            raise StoreError(f"{profile_url!r} is not a LinkedIn profile URL (https://www.linkedin.com/in/...)")
        mine = "SELECT id FROM invitations WHERE person_key = :key"
        their_messages = ("SELECT id FROM messages WHERE sender_key = :key UNION "
                          "SELECT message_id FROM message_recipients WHERE person_key = :key")
        queries = {
            "invitations": "SELECT count(*) FROM invitations WHERE person_key = :key",
            "decisions": f"SELECT count(*) FROM decisions WHERE invitation_id IN ({mine})",
            "overrides": f"SELECT count(*) FROM overrides WHERE invitation_id IN ({mine})",
            "drafts": f"SELECT count(*) FROM drafts WHERE invitation_id IN ({mine})",
            "corrections": f"SELECT count(*) FROM corrections WHERE person_key = :key OR invitation_id IN ({mine})",
            "connections": "SELECT count(*) FROM connections WHERE person_key = :key",
            "outreach": "SELECT count(*) FROM outreach WHERE person_key = :key",
            "messages": f"SELECT count(*) FROM ({their_messages})",
        }
        removed = {table: int(self.conn.execute(sql, {"key": key}).fetchone()[0]) for table, sql in queries.items()}
        self.conn.execute(f"DELETE FROM corrections WHERE person_key = :key OR invitation_id IN ({mine})", {"key": key})
        self.conn.execute(f"DELETE FROM messages WHERE id IN ({their_messages})", {"key": key})
        self.conn.execute("DELETE FROM invitations WHERE person_key = :key", {"key": key})  # cascades
        self.conn.execute("DELETE FROM connections WHERE person_key = :key", {"key": key})
        self.conn.execute("DELETE FROM outreach WHERE person_key = :key", {"key": key})
        if removed.get("invitations") or removed.get("connections"):
            self.clear_embeddings()  # a cache that may hold their note's or headline's embedding: rebuilt on use
        return {table: n for table, n in removed.items() if n}

    def person_texts(self, profile_url: str) -> set[str]:
        """Names and headlines under which a person appears (to find them in derived data)."""
        from invitriage.people import profile_slug

        try:
            key = profile_slug(profile_url)
        except ValueError:
            return set()
        rows = self.conn.execute(
            """SELECT name, headline FROM invitations WHERE person_key = :key
               UNION SELECT trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), position
               FROM connections WHERE person_key = :key""", {"key": key}).fetchall()
        return {t for r in rows for t in r if t and len(t.strip()) >= 3}

    def purge_all(self) -> None:
        """Remove all imported and derived data; the schema stays."""
        tables = [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if r[0] != "migrations" and not r[0].startswith("sqlite_")]
        refs = {t: {r[2] for r in self.conn.execute(f"PRAGMA foreign_key_list({t})")} - {t} for t in tables}
        done: set[str] = set()
        while len(done) < len(tables):  # a table goes once nothing left points to it
            for name in tables:
                if name not in done and not any(name in refs[o] for o in tables if o not in done):
                    self.conn.execute(f"DELETE FROM {name}")
                    done.add(name)

    def compact(self) -> None:
        """Rewrite the file so deleted rows leave no trace in free pages or the WAL."""
        self.conn.execute("VACUUM")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- generic helpers -------------------------------------------------------------

    def count(self, table: str) -> int:
        """Rows in one of the database's tables (callers name a table, never pass SQL)."""
        if table not in self._tables():
            raise StoreError(f"no table {table!r} in an invitriage database")
        return self._count(table)

    def _tables(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def _count(self, table: str, where: str = "", params: Sequence[Any] = ()) -> int:
        sql = f'SELECT count(*) FROM "{table}"' + (f" WHERE {where}" if where else "")
        return int(self.conn.execute(sql, params).fetchone()[0])

    def incoming_count(self, with_note: bool = False) -> int:
        return self._count("invitations", "direction = 'INCOMING'" + (" AND trim(note) != ''" if with_note else ""))

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _batched(self, sql: str, rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> None:
        batch: list[Sequence[Any] | Mapping[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                self.conn.executemany(sql, batch)
                batch.clear()
        if batch:
            self.conn.executemany(sql, batch)

    # -- imports -----------------------------------------------------------------------

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

    def add_invitation_rows(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Insert invitations: one per person and direction, whatever the date's precision.

        A later sighting of the same person (a pending list, a saved page, an Excel re-save) adds what
        the first lacked: its headline (the newer one wins), a note; a name that an earlier import
        read as mojibake (``HÃ©lÃ¨ne``) is repaired. People without a profile URL are matched by name
        within SAME_INVITATION_HOURS.
        """
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
            when = _instant(row[6])
            seen = by_name.setdefault((direction, name_key), [])
            for at, key in seen:
                if abs((at - when).total_seconds()) <= self.SAME_INVITATION_HOURS * 3600:
                    return (direction, key, *row[2:])
            seen.append((when, person_key))
            return row

        mojibake = "(instr(invitations.{0}, 'Ã') > 0 OR instr(invitations.{0}, 'Â') > 0 OR instr(invitations.{0}, '�') > 0)"
        self._batched(
            f"""
            INSERT INTO invitations
                (direction, person_key, name_key, name, profile_url, headline, sent_at, note, source, raw, import_id,
                 mutual, date_precision, message_url, invitation_urn, page_seen_at, page_rank)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (direction, person_key) DO UPDATE SET
                sent_at = CASE WHEN {_PRECISION.format('excluded')} < {_PRECISION.format('invitations')}
                               THEN excluded.sent_at ELSE invitations.sent_at END,
                date_precision = CASE WHEN {_PRECISION.format('excluded')} < {_PRECISION.format('invitations')}
                               THEN excluded.date_precision ELSE invitations.date_precision END,
                mutual = coalesce(excluded.mutual, invitations.mutual),
                message_url = coalesce(excluded.message_url, invitations.message_url),
                invitation_urn = coalesce(excluded.invitation_urn, invitations.invitation_urn),
                page_rank = CASE WHEN {_NEWER_PAGE} THEN excluded.page_rank ELSE invitations.page_rank END,
                page_seen_at = CASE WHEN {_NEWER_PAGE} THEN excluded.page_seen_at ELSE invitations.page_seen_at END,
                headline = CASE WHEN coalesce(excluded.headline, '') != '' THEN excluded.headline ELSE invitations.headline END,
                note = CASE WHEN invitations.note = '' OR ({mojibake.format('note')} AND excluded.note != ''
                                AND NOT {mojibake.format('note').replace('invitations.', 'excluded.')})
                            THEN excluded.note ELSE invitations.note END,
                name = CASE WHEN {mojibake.format('name')} AND excluded.name != ''
                                AND NOT {mojibake.format('name').replace('invitations.', 'excluded.')}
                            THEN excluded.name ELSE invitations.name END,
                profile_url = coalesce(invitations.profile_url, excluded.profile_url)
            """,
            map(merged, rows),
        )

    def add_connections(self, rows: Iterable[dict[str, Any]], import_id: int) -> None:
        self._batched(
            """
            INSERT INTO connections
                (person_key, name_key, first_name, last_name, profile_url, email, company, position,
                 connected_on, raw, import_id)
            VALUES (:person_key, :name_key, :first_name, :last_name, :profile_url, :email, :company,
                    :position, :connected_on, :raw, :import_id)
            ON CONFLICT (person_key) DO NOTHING
            """,
            ({**r, "import_id": import_id} for r in rows),
        )

    def add_messages(self, rows: Iterable[dict[str, Any]], import_id: int) -> None:
        self._batched(
            """
            INSERT INTO messages
                (row_hash, conversation_id, from_name, sender_key, recipient_keys, date, subject, content,
                 folder, raw, import_id)
            VALUES (:row_hash, :conversation_id, :from_name, :sender_key, :recipient_keys, :date, :subject,
                    :content, :folder, :raw, :import_id)
            ON CONFLICT (row_hash) DO NOTHING
            """,
            ({**r, "import_id": import_id} for r in rows),
        )
        # One row per recipient key, decoded: purge and the status refresh compare keys exactly.
        self.conn.execute(
            """INSERT OR IGNORE INTO message_recipients (message_id, person_key)
               SELECT m.id, j.value FROM messages m, json_each(m.recipient_keys) j
               WHERE m.import_id = ? AND json_valid(m.recipient_keys) AND j.type = 'text'""", (import_id,))

    def set_owner(self, row: dict[str, Any]) -> None:
        self.conn.execute(
            """
            INSERT INTO owner (id, first_name, last_name, headline, summary, industry, location, raw)
            VALUES (1, :first_name, :last_name, :headline, :summary, :industry, :location, :raw)
            ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
                headline = excluded.headline, summary = excluded.summary, industry = excluded.industry,
                location = excluded.location, raw = excluded.raw
            """,
            row,
        )

    def owner(self) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM owner WHERE id = 1").fetchone()
        return dict(row) if row else None

    def refresh_statuses(self) -> int:
        """Mark queued incoming invitations whose sender is already a connection.

        The profile slug decides; the name decides only when one side has no slug
        (old Connections.csv without URL, or an invitation with a bare URL).
        """
        base = "UPDATE invitations SET status = 'already_connected' WHERE direction = 'INCOMING' AND status = 'queued' AND "
        n = self.conn.execute(base + "person_key IN (SELECT person_key FROM connections)").rowcount
        n += self.conn.execute(
            base + "(person_key LIKE 'name:%' OR person_key LIKE 'urn:%') AND name_key != '' "
                   "AND name_key IN (SELECT name_key FROM connections)").rowcount
        n += self.conn.execute(
            base + "name_key != '' AND name_key IN (SELECT name_key FROM connections WHERE person_key LIKE 'name:%')"
        ).rowcount
        return n

    # -- figures for the network report (read-only) ------------------------------------------

    #: Incoming invitations in these states are no longer pending.
    #: ``gone``: no longer on a complete save of the received page (accepted or ignored on LinkedIn).
    DONE = ("already_connected", "sent", "answered", "accepted", "gone")
    _DONE_SQL = "('already_connected', 'sent', 'answered', 'accepted', 'gone')"
    _ISO_GLOB = "[0-9][0-9][0-9][0-9]-[0-1][0-9]*"  # stored ISO dates; anything else is left out

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

    # -- judgment ---------------------------------------------------------------------

    def invitations_to_judge(self, after_id: int = 0, limit: int = -1) -> list[sqlite3.Row]:
        """Incoming invitations still to act on, by id, a page at a time (``after_id``, ``limit``).

        Walked along the primary key (``+direction`` keeps SQLite off the direction indexes, which would
        sort every remaining row for each page)."""
        return self.conn.execute(
            f"""
            SELECT id, name, headline, note FROM invitations
            WHERE +direction = 'INCOMING' AND status NOT IN {self._DONE_SQL}
              AND id > ?
            ORDER BY id LIMIT ?
            """,
            (after_id, limit),
        ).fetchall()

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
        self._batched(
            """
            INSERT INTO decisions (invitation_id, intent, action, lang, confidence, evidence, judged_at,
                                   judge_version, benefit, meet)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (invitation_id) DO UPDATE SET intent = excluded.intent, action = excluded.action,
                lang = excluded.lang, confidence = excluded.confidence, evidence = excluded.evidence,
                judged_at = excluded.judged_at, judge_version = excluded.judge_version,
                benefit = excluded.benefit, meet = excluded.meet
            """,
            rows,
        )

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
        self.conn.execute(
            """
            INSERT INTO overrides (invitation_id, intent, action, created_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (invitation_id) DO UPDATE SET intent = coalesce(excluded.intent, overrides.intent),
                action = coalesce(excluded.action, overrides.action), created_at = excluded.created_at
            """,
            (invitation_id, intent, action, now_iso()),
        )
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
        self.conn.execute(
            """INSERT INTO personal_model (id, params, learned_actions, corrections, trained_at, report)
               VALUES (1, ?, ?, ?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET params = excluded.params, learned_actions = excluded.learned_actions,
                   corrections = excluded.corrections, trained_at = excluded.trained_at, report = excluded.report""",
            (json.dumps(params), json.dumps(learned_actions), n, now_iso(), json.dumps(report)),
        )

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

    # -- drafts and reply status ---------------------------------------------------------

    def save_machine_drafts(self, rows: Iterable[dict[str, Any]]) -> None:
        """Store generated drafts; a draft the owner edited is never replaced."""
        self._batched(
            """
            INSERT INTO drafts (invitation_id, text, lang, template, edited, updated_at, problem)
            VALUES (:invitation_id, :text, :lang, :template, 0, :updated_at, :problem)
            ON CONFLICT (invitation_id) DO UPDATE SET text = excluded.text, lang = excluded.lang,
                template = excluded.template, updated_at = excluded.updated_at, problem = excluded.problem
                WHERE drafts.edited = 0
            """,
            ({"problem": None, **r} for r in rows),
        )
        self.conn.execute(
            """UPDATE invitations SET status = 'drafted'
               WHERE status = 'queued' AND id IN (SELECT invitation_id FROM drafts WHERE text != '')"""
        )

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

    def owner_keys(self) -> set[str]:
        """How the owner appears as a message sender: profile slug and name key."""
        from invitriage.people import name_key as _name_key
        from invitriage.people import profile_slug

        keys: set[str] = set()
        slug = profile_slug(self.get_meta("owner_profile_url"))
        if slug:
            keys.add(slug)
        owner = self.owner()
        if owner:
            keys.add("name:" + _name_key(f"{owner['first_name']} {owner['last_name']}"))
        return keys

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
                WHERE direction = 'INCOMING' AND status IN ('queued', 'drafted') AND EXISTS (
                    SELECT 1 FROM messages m
                    JOIN message_recipients r ON r.message_id = m.id
                        AND r.person_key IN (invitations.person_key, 'name:' || invitations.name_key)
                    WHERE m.sender_key IN ({marks}) AND m.date >= invitations.sent_at)
                """,
                owners + owners,
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

    # -- the embeddings cache ----------------------------------------------------------------------

    def embedding_cache(self) -> "_EmbeddingCache":
        """The database as the encoder's backing store (see ``encoder.backed_by``)."""
        return _EmbeddingCache(self)

    def clear_embeddings(self) -> int:
        return self.conn.execute("DELETE FROM embeddings").rowcount

    # -- outreach: connections worth a message ---------------------------------------------------

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

    def outreach_rows(self) -> dict[str, dict[str, Any]]:
        return {r["person_key"]: dict(r) for r in self.conn.execute("SELECT * FROM outreach")}

    def suggest_outreach(self, rows: Iterable[dict[str, Any]]) -> None:
        """Remember new suggestions (person_key, suggested_on, reason, draft); existing ones keep their state."""
        self.conn.executemany(
            """INSERT INTO outreach (person_key, state, suggested_on, reason, draft, updated_at)
               VALUES (:person_key, 'open', :suggested_on, :reason, :draft, :updated_at)
               ON CONFLICT (person_key) DO UPDATE SET reason = excluded.reason,
                   draft = CASE WHEN outreach.draft_edited THEN outreach.draft ELSE excluded.draft END""",
            [{**r, "updated_at": now_iso()} for r in rows])

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
        counts: dict[str, dict[str, int]] = {"action": {}, "intent": {}}
        for col in ("action", "intent"):
            for value, n in self.conn.execute(
                f"""SELECT coalesce(o.{col}, d.{col}) AS v, count(*) FROM decisions d
                    JOIN invitations i ON i.id = d.invitation_id
                    LEFT JOIN overrides o ON o.invitation_id = d.invitation_id
                    WHERE i.status != 'already_connected' GROUP BY v ORDER BY count(*) DESC"""
            ):
                counts[col][value] = n
        return counts


class _EmbeddingCache:
    """Embeddings kept in the ``embeddings`` table: looked up by digest, written in one short transaction."""

    def __init__(self, store: Store):
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
