"""The store: one SQLite file, one class that owns the connection and all SQL.

The SQL is grouped by use, one module each — ``imports``, ``judgments``, ``replies``, ``outreach``,
``figures`` — over ``base`` (connection, transactions, batching, the one upsert); :class:`Store` combines
them with opening, migrating, backing up and purging the file.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from invitriage.errors import StoreError
from invitriage.storage.base import Queries, now_iso
from invitriage.storage.figures import FigureQueries
from invitriage.storage.imports import ImportQueries
from invitriage.storage.judgments import JudgmentQueries
from invitriage.storage.migrations import MIGRATIONS, Migration
from invitriage.storage.outreach import OutreachQueries
from invitriage.storage.replies import ReplyQueries

__all__ = ["Store", "default_db_path", "now_iso"]



def default_db_path() -> Path:
    """``$INVITRIAGE_DB``, else ``invitriage.db`` in the user's data directory."""
    env = os.environ.get("INVITRIAGE_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("invitriage", appauthor=False)) / "invitriage.db"


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    if callable(migration):
        migration(conn)
        return
    for statement in migration.split(";"):
        if statement.strip():
            conn.execute(statement)


def replayed_schema(conn: sqlite3.Connection) -> list[str]:
    """On an empty connection: every migration applied in turn, then the statements that make what they made, in
    the order SQLite keeps them (its own tables and implicit indexes left out, and the migrations table)."""
    with conn:
        for _name, migration in MIGRATIONS:
            _apply(conn, migration)
    return [r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                                       "ORDER BY rowid")]


def _schema(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Table name -> its columns, of the tables an invitriage database has (SQLite's own left out)."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}


class Store(ImportQueries, JudgmentQueries, ReplyQueries, OutreachQueries, FigureQueries, Queries):
    """An invitriage database. ``Store(path)`` opens (creating and migrating) the file."""

    #: How long a write waits for another writer (a triage writes in short chunks) before giving up.
    BUSY_SECONDS = 30.0

    def __init__(self, path: str | os.PathLike[str], *, importing: bool = False):
        """``importing``: the caller imports into it next (:meth:`~Queries.rollback_journal`). A new file is then
        made with the rollback journal it will be imported with, and the log comes on when the import ends (or
        at :meth:`close`): not the log first, then its checkpoint and the switch back to the journal, a few
        synced writes for a database that holds nothing yet."""
        self.path = Path(path)
        #: a new file made for an import, still in the rollback journal: the log is turned on later
        self._log_later = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=self.BUSY_SECONDS)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {int(self.BUSY_SECONDS * 1000)}")
            if importing and self.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete" and not (
                    self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]):
                self._log_later = True
            else:
                self._write_ahead_log()
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA cache_size = -65536")  # 64 MB: big imports insert into several indexes
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open database: {exc}") from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create database: {exc.strerror}") from None
        self._depth = 0

    def _write_ahead_log(self) -> None:
        self._log_later = False
        try:
            self.conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as exc:
            # A first import is writing it with a rollback journal (Queries.rollback_journal): as consistent,
            # and the log comes back when it ends.
            if "locked" not in str(exc):
                raise

    def close(self) -> None:
        if self._log_later:  # made for an import that did not run
            try:
                self._write_ahead_log()
            except sqlite3.Error:
                pass
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions and migrations ------------------------------------------------

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM migrations ORDER BY name")]

    def _migrate(self) -> None:
        self._depth = 0
        exists = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").fetchone()
        if not exists:  # checked first: opening an up-to-date database must not need the write lock
            if self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise StoreError(f"{self.path}: this SQLite file is not an invitriage database")
            # A new file: the table of migrations and the whole schema in one transaction (one commit), all of it
            # or nothing. Another process may have made it meanwhile: then it is opened as it is.
            with self.atomic():
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
                )
                if not self.applied_migrations():
                    self._create_schema()
                    return
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
        if not done:  # a file whose migrations table is there but empty (made by a version that stopped there)
            with self.atomic():
                self._create_schema()
            return
        for name, migration in MIGRATIONS:
            if name in done:
                continue
            with self.atomic():
                _apply(self.conn, migration)
                self.conn.execute(
                    "INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, now_iso())
                )

    def _create_schema(self) -> None:
        """Inside a transaction, on a file without tables but the migrations': every migration's tables and indexes,
        in one step from what the migrations make together (``storage/schema.py``) when that is written for these
        migrations, else each migration in turn (one added since: ``scripts/make_schema.py`` writes it again)."""
        from invitriage.storage import schema

        if schema.MIGRATION_NAMES == tuple(name for name, _ in MIGRATIONS):
            for sql in schema.STATEMENTS:
                self.conn.execute(sql)
        else:
            for _name, migration in MIGRATIONS:
                _apply(self.conn, migration)
        applied = now_iso()
        self.conn.executemany("INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                              [(name, applied) for name, _ in MIGRATIONS])

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
