from __future__ import annotations

import sqlite3

import pytest

from invitriage import Store, StoreError
from invitriage.storage.migrations import MIGRATIONS
from invitriage.storage.store import default_db_path


def test_migrations_are_recorded_and_wal_is_on(store):
    assert store.applied_migrations() == [name for name, _ in MIGRATIONS]
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_does_not_reapply_migrations(db_path):
    Store(db_path).close()
    with Store(db_path) as s:
        assert s.count("migrations") == len(MIGRATIONS)


def test_default_path_honours_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("INVITRIAGE_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("INVITRIAGE_DB")
    assert default_db_path().name == "invitriage.db"


def test_not_a_database_is_a_store_error(tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(bogus)


def test_database_from_a_newer_version_is_refused(db_path):
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO migrations VALUES ('9999_future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer invitriage"):
        Store(db_path)


def test_atomic_rolls_back_nested_work(store):
    with pytest.raises(RuntimeError):
        with store.atomic():
            store.set_meta("a", "1")
            with store.atomic():
                store.set_meta("b", "2")
            raise RuntimeError("boom")
    assert store.get_meta("a") is None and store.get_meta("b") is None


def test_the_one_upsert_inserts_keeps_or_updates_as_told(tmp_path):
    with Store(tmp_path / "u.db") as store:
        store.conn.execute("CREATE TABLE t (k TEXT PRIMARY KEY, a TEXT, b INTEGER, locked INTEGER DEFAULT 0)")
        store._upsert("t", ("k", "a", "b"), [("x", "one", 1), ("y", "two", 2)], key=("k",))
        store._upsert("t", ("k", "a", "b"), [{"k": "x", "a": "ignored", "b": 9}], key=("k",))  # DO NOTHING
        assert tuple(store.conn.execute("SELECT a, b FROM t WHERE k = 'x'").fetchone()) == ("one", 1)
        store._upsert("t", ("k", "a", "b"), iter([("x", "new", 3)]), key=("k",), update=("a",))
        assert tuple(store.conn.execute("SELECT a, b FROM t WHERE k = 'x'").fetchone()) == ("new", 1)
        store.conn.execute("UPDATE t SET locked = 1 WHERE k = 'y'")
        store._upsert("t", ("k", "a", "b"), [("x", None, 5), ("y", None, 6)], key=("k",),
                      update={"a": "coalesce(excluded.a, t.a)", "b": "t.b + excluded.b"}, where="t.locked = 0")
        rows = {r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT k, a, b FROM t")}
        assert rows == {"x": ("new", 6), "y": ("two", 2)}  # y is locked: left as it was
        store._upsert("t", ("k", "a", "b"), [], key=("k",))  # nothing to write is fine
