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
