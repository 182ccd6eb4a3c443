"""What every group of queries shares: the connection, transactions, batching, counting, the one upsert."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain, islice
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from invitriage.errors import StoreError

BATCH = 2000


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _instant(iso: str) -> datetime:
    try:
        at = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return datetime.min.replace(tzinfo=timezone.utc)
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


class Queries:
    """The base of every group of queries (:class:`~invitriage.storage.store.Store` combines them)."""

    conn: sqlite3.Connection
    path: Path
    _depth: int = 0
    _log_later: bool = False

    #: Incoming invitations in these states are no longer pending.
    #: ``gone``: no longer on a complete save of the received page (accepted or ignored on LinkedIn).
    DONE = ("already_connected", "sent", "answered", "accepted", "gone")
    _DONE_SQL = "('already_connected', 'sent', 'answered', 'accepted', 'gone')"
    _ISO_GLOB = "[0-9][0-9][0-9][0-9]-[0-1][0-9]*"  # stored ISO dates; anything else is left out

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """All writes inside happen together or not at all (nestable)."""
        depth = self._depth  # a class default of 0 until the first transaction
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

    @contextmanager
    def rollback_journal(self) -> Iterator[None]:
        """Outside a transaction, for one large write into a database without data (a first import): a rollback
        journal instead of the write-ahead log. With the log every page is written twice (into the log at the
        commit, then into the file at the checkpoint); the journal of a database without data holds only its few
        pages as they were. All or nothing either way: a write cut short leaves a journal that the next opener
        rolls back. The log is back on the way out; when another connection has the database open, nothing is
        switched (the log stays, as always)."""
        switched = False
        # A new file made for this import (Store(importing=True)) is in the journal already: the log at the end.
        log_later, self._log_later = self._log_later, False
        if not self._depth and not any(self._count(t) for t in ("invitations", "connections", "messages")):
            try:
                switched = self.conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
            except sqlite3.OperationalError:  # another connection holds the database
                switched = False
        if switched:
            self.conn.execute("PRAGMA synchronous = FULL")  # the journal, synced before the file is written
        try:
            yield
        finally:
            if switched:
                self.conn.execute("PRAGMA synchronous = NORMAL")
            if switched or log_later:
                try:
                    self.conn.execute("PRAGMA journal_mode = WAL")
                except sqlite3.OperationalError:  # a reader came meanwhile: the next open turns the log back on
                    pass

    @contextmanager
    def indexes_deferred(self, table: str) -> Iterator[None]:
        """Inside a transaction: the table's plain indexes (not the unique ones, which upserts need) are dropped,
        and made again on the way out: one sort per index instead of an insertion into each per row, which is
        cheaper when as many rows come as are there. On an error, the rollback brings them back as they were."""
        if not self._depth:
            raise StoreError("indexes_deferred needs a transaction")
        indexes = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
            "AND sql NOT LIKE 'CREATE UNIQUE %'", (table,)).fetchall()
        for name, _sql in indexes:
            self.conn.execute(f'DROP INDEX "{name}"')
        try:
            yield
        except BaseException:
            try:  # the rollback that follows brings them back too; this is for a caller that goes on
                for _name, sql in indexes:
                    self.conn.execute(sql)
            except sqlite3.Error:
                pass
            raise
        for _name, sql in indexes:
            self.conn.execute(sql)

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
        self._upsert("meta", ("key", "value"), [(key, value)], key=("key",), update=("value",))

    def _batched(self, sql: str, rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> None:
        it = iter(rows)
        while batch := list(islice(it, BATCH)):
            self.conn.executemany(sql, batch)

    def owner(self) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM owner WHERE id = 1").fetchone()
        return dict(row) if row else None

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

    def _upsert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any] | Mapping[str, Any]], *,
                key: Sequence[str], update: Sequence[str] | Mapping[str, str] = (), where: str = "") -> None:
        """Insert ``rows`` (tuples in ``columns`` order, or mappings by name) into ``table``, in batches.

        On a conflict on ``key``: nothing when ``update`` is empty; else each column of ``update`` takes the new
        row's value (a sequence of names) or the SQL expression given for it (a mapping; ``excluded.c`` is the
        new row's value, ``table.c`` the stored one), and only where the stored row meets ``where``.
        Table, column and key names come from this package's code, never from a user.
        """
        it = iter(rows)
        first = next(it, None)
        if first is None:
            return
        named = isinstance(first, Mapping)
        sql = _UPSERT_SQL.get((table, tuple(columns), tuple(key), _frozen(update), where, named))
        if sql is None:
            values = ", ".join(f":{c}" for c in columns) if named else ", ".join("?" * len(columns))
            if not update:
                action = "DO NOTHING"
            else:
                pairs = update.items() if isinstance(update, Mapping) else ((c, f"excluded.{c}") for c in update)
                action = "DO UPDATE SET " + ", ".join(f"{c} = {e}" for c, e in pairs) + (f" WHERE {where}" if where else "")
            sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({values}) "
                   f"ON CONFLICT ({', '.join(key)}) {action}")
            _UPSERT_SQL[(table, tuple(columns), tuple(key), _frozen(update), where, named)] = sql
        self._batched(sql, chain([first], it))


_UPSERT_SQL: dict[tuple[Any, ...], str] = {}


def _frozen(update: Sequence[str] | Mapping[str, str]) -> tuple[Any, ...]:
    return tuple(update.items()) if isinstance(update, Mapping) else tuple(update)
