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


def test_dropping_the_redundant_unique_keeps_every_dependent_row(db_path, monkeypatch):
    """0011 rebuilds invitations without UNIQUE (direction, person_key, sent_at): with foreign keys on,
    dropping the old table cascades to decisions, overrides, drafts and corrections; none may be lost."""
    import invitriage.storage.store as store_module

    names = [n for n, _ in MIGRATIONS]
    before = MIGRATIONS[: names.index("0011_lighter_indexes")]
    monkeypatch.setattr(store_module, "MIGRATIONS", before)
    with Store(db_path) as old:
        c = old.conn
        c.execute("INSERT INTO imports (id, source, imported_at, summary) VALUES (1, 'x', 'now', '{}')")
        for i in range(1, 6):
            c.execute("""INSERT INTO invitations (id, direction, person_key, name_key, name, headline, sent_at, note,
                         source, raw, import_id, status, mutual) VALUES (?, 'INCOMING', ?, ?, ?, 'CTO', ?, 'hi', 's',
                         '{}', 1, 'queued', ?)""", (i * 10, f"p{i}", f"n{i}", f"N {i}", f"2025-01-0{i}T00:00:00+00:00", i))
            c.execute("INSERT INTO decisions VALUES (?, 'generic', 'reply', 'en', 0.5, '[]', 'now', 'v', 0.25, 1)", (i * 10,))
            c.execute("INSERT INTO drafts (invitation_id, text, lang, template, edited, updated_at) "
                      "VALUES (?, 'Hello', 'en', 't', 1, 'now')", (i * 10,))
            c.execute("INSERT INTO overrides VALUES (?, 'job', 'hold', 'now')", (i * 10,))
            c.execute("INSERT INTO corrections (invitation_id, person_key, note, intent, action, created_at) "
                      "VALUES (?, ?, 'hi', 'job', 'hold', 'now')", (i * 10, f"p{i}"))
        tables = ("invitations", "decisions", "drafts", "overrides", "corrections")
        was = {t: c.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
        old_indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    with Store(db_path) as new:
        c = new.conn
        assert new.applied_migrations() == names
        assert {t: c.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables} == was
        assert "UNIQUE (direction, person_key, sent_at)" not in c.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'invitations'").fetchone()[0]
        indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert old_indexes - indexes == {"sqlite_autoindex_invitations_1", "message_recipients_message"}
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError):  # still one invitation per person and direction
            c.execute("""INSERT INTO invitations (direction, person_key, name_key, name, sent_at, source, raw, import_id)
                         VALUES ('INCOMING', 'p1', 'n1', 'N 1', '2026-01-01', 's', '{}', 1)""")
        c.execute("DELETE FROM invitations WHERE id = 10")  # the references still cascade
        assert [c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables] == [4, 4, 4, 4, 4]
    assert Store.check_backup(db_path) is None


def _first_import_files(tmp_path, bad: bool = False):
    from conftest import INVITATIONS_V3, write_export

    text = INVITATIONS_V3 + ("Zed,Owner,not a date,,INCOMING,,\n" if bad else "")
    return write_export(tmp_path / ("bad" if bad else "good"), {"Invitations.csv": text})


def test_a_first_import_writes_with_a_rollback_journal_and_turns_the_log_back_on(db_path, tmp_path, monkeypatch):
    from invitriage.ingest.importers import import_paths

    modes: list[str] = []
    real = Store.add_invitation_rows

    def spy(self, rows, **kwargs):
        modes.append(self.conn.execute("PRAGMA journal_mode").fetchone()[0])
        real(self, rows, **kwargs)

    monkeypatch.setattr(Store, "add_invitation_rows", spy)
    with Store(db_path) as store:
        import_paths(store, [_first_import_files(tmp_path)])
        assert modes == ["delete"]  # the database had no data: every page written once
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL again
        n = store.count("invitations")
        assert n > 0
        import_paths(store, [_first_import_files(tmp_path)])  # data there now: the log, as always
        assert modes == ["delete", "wal"]
        assert store.count("invitations") == n


def test_a_new_file_made_for_an_import_starts_in_the_journal_and_ends_in_the_log(db_path, tmp_path, monkeypatch):
    """Store(importing=True): a new file is made with the journal its first import uses (no log, checkpoint and
    switch back first); the log is on once the import ends, or when the store closes without one."""
    from invitriage.ingest.importers import import_paths

    modes: list[str] = []
    real = Store.add_invitation_rows

    def spy(self, rows, **kwargs):
        modes.append(self.conn.execute("PRAGMA journal_mode").fetchone()[0])
        real(self, rows, **kwargs)

    monkeypatch.setattr(Store, "add_invitation_rows", spy)
    with Store(db_path, importing=True) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]
        import_paths(store, [_first_import_files(tmp_path)])
        assert modes == ["delete"]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 1
        n = store.count("invitations")
    with Store(db_path, importing=True) as store:  # data there: the log from the start, as always
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        import_paths(store, [_first_import_files(tmp_path)])
        assert modes == ["delete", "wal"] and store.count("invitations") == n
    unused = tmp_path / "unused.db"
    Store(unused, importing=True).close()  # made for an import that never ran: the log all the same
    with sqlite3.connect(unused) as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    bad = tmp_path / "bad.db"
    with Store(bad, importing=True) as store:
        from invitriage.errors import InputError

        with pytest.raises(InputError, match="not a date"):
            import_paths(store, [_first_import_files(tmp_path, bad=True)])
        assert store.count("invitations") == 0 and store.count("imports") == 0
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_bad_first_import_stores_nothing_and_keeps_the_log(db_path, tmp_path):
    from invitriage.errors import InputError
    from invitriage.ingest.importers import import_paths

    with Store(db_path) as store:
        with pytest.raises(InputError, match="not a date"):
            import_paths(store, [_first_import_files(tmp_path, bad=True)])
        assert store.count("invitations") == 0 and store.count("imports") == 0
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_first_import_beside_another_connection_keeps_the_log(db_path, tmp_path):
    from invitriage.ingest.importers import import_paths

    with Store(db_path) as store, Store(db_path) as reader:
        assert reader.count("invitations") == 0
        import_paths(store, [_first_import_files(tmp_path)])  # the journal cannot be switched: the log, as always
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert reader.count("invitations") == store.count("invitations") > 0


def test_forgetting_machine_drafts_keeps_the_owners_and_puts_statuses_back(tmp_path):
    from collections import Counter

    from conftest import write_export
    from invitriage import import_paths
    from invitriage.triage import triage

    lines = ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"] + [
        f"P{i} Q,Camille Laurent,\"3/{i}/25, 8:43 PM\",{note},INCOMING,https://www.linkedin.com/in/p{i},"
        "https://www.linkedin.com/in/camille-laurent"
        for i, note in enumerate(["Great profile", "", "We met at the SMX in Paris - can we talk?", ""], start=1)]
    export = write_export(tmp_path / "export", {"Invitations.csv": "\n".join(lines) + "\n"})
    with Store(tmp_path / "d.db") as store:
        import_paths(store, [export])
        triage(store)
        rows = store.conn.execute(
            """SELECT i.id, d.action FROM invitations i JOIN decisions d ON d.invitation_id = i.id
               WHERE i.direction = 'INCOMING' AND i.status = 'queued' ORDER BY i.id""").fetchall()
        assert len(rows) >= 3
        machine, owner, other = (r[0] for r in rows[:3])
        store.conn.execute("UPDATE decisions SET action = 'reply' WHERE invitation_id IN (?, ?)", (machine, owner))
        store.conn.execute("UPDATE decisions SET action = 'accept' WHERE invitation_id = ?", (other,))
        store.save_machine_drafts([{"invitation_id": i, "text": "Hello", "lang": "en", "template": "t",
                                    "updated_at": "2026-01-01"} for i in (machine, other)])
        store.set_draft_text(owner, "My own words")
        status = dict(store.conn.execute("SELECT id, status FROM invitations WHERE id IN (?, ?, ?)", (machine, owner, other)))
        assert status == {machine: "drafted", owner: "drafted", other: "drafted"}

        store.forget_machine_drafts()

        drafts = dict(store.conn.execute("SELECT invitation_id, text FROM drafts"))
        assert drafts == {owner: "My own words"}
        status = dict(store.conn.execute("SELECT id, status FROM invitations WHERE id IN (?, ?, ?)", (machine, owner, other)))
        assert status == {machine: "queued", owner: "drafted", other: "queued"}

        # The report's counts are one pass over the decisions: the same as counting row by row.
        effective = store.conn.execute(
            """SELECT coalesce(o.action, d.action), coalesce(o.intent, d.intent) FROM decisions d
               JOIN invitations i ON i.id = d.invitation_id LEFT JOIN overrides o ON o.invitation_id = d.invitation_id
               WHERE i.status != 'already_connected'""").fetchall()
        counts = store.decision_counts()
        assert counts["action"] == dict(Counter(a for a, _ in effective))
        assert counts["intent"] == dict(Counter(i for _, i in effective))
        assert list(counts["intent"].values()) == sorted(counts["intent"].values(), reverse=True)


def test_triage_counts_whom_it_judged_without_counting_first(tmp_path):
    from conftest import write_export
    from invitriage import import_paths
    from invitriage.triage import triage

    lines = ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"] + [
        f"P{i} Q,Camille Laurent,\"3/{i}/25, 8:43 PM\",{note},INCOMING,https://www.linkedin.com/in/p{i},"
        "https://www.linkedin.com/in/camille-laurent"
        for i, note in enumerate(["Great profile", "", "", "We met at the SMX in Paris - can we talk?", ""], start=1)]
    export = write_export(tmp_path / "export", {"Invitations.csv": "\n".join(lines) + "\n"})
    with Store(tmp_path / "j.db") as store:
        import_paths(store, [export])
        expected = store.count_to_judge()
        seen: list[tuple[int, int]] = []
        assert triage(store).judged == expected == 5  # first judgment: inserted
        assert triage(store, progress=lambda done, total: seen.append((done, total))).judged == expected  # again: updated
        assert seen and seen[-1] == (expected, expected)


def _made(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                                       "AND name != 'migrations' ORDER BY rowid")]


def test_a_new_file_gets_in_one_step_the_schema_the_migrations_make(tmp_path, monkeypatch):
    from invitriage.storage import schema
    from invitriage.storage.migrations import MIGRATIONS
    from invitriage.storage.store import replayed_schema

    names = tuple(name for name, _ in MIGRATIONS)
    assert schema.MIGRATION_NAMES == names, "a migration was added: run python scripts/make_schema.py"
    replayed = replayed_schema(sqlite3.connect(":memory:", isolation_level=None))
    with Store(tmp_path / "new.db") as made:
        assert _made(made.conn) == replayed == list(schema.STATEMENTS)
        assert tuple(made.applied_migrations()) == names
    # schema.py behind the migrations (not yet written again): each migration is applied in turn, same result
    monkeypatch.setattr(schema, "MIGRATION_NAMES", names[:-1])
    with Store(tmp_path / "replayed.db") as other:
        assert _made(other.conn) == replayed and tuple(other.applied_migrations()) == names
