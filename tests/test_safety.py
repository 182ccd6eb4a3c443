"""Backups, restore, purge, privacy, crash safety and concurrency."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import CONNECTIONS, INVITATIONS_V3, MESSAGES_10, PROFILE, write_export

from invitriage import Store, StoreError, import_paths, triage
from invitriage.storage.migrations import MIGRATIONS

ROOT = Path(__file__).parent.parent

LOCAL = "http://127.0.0.1:8000"  # the page answers only on localhost names


def dump(db: Path) -> list:
    conn = sqlite3.connect(db)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    out = [(t, sorted(map(repr, conn.execute(f"SELECT * FROM {t}")))) for t in tables]
    conn.close()
    return out


def test_backup_and_restore_through_the_cli(run, basic_export, db_path, tmp_path):
    run("import", str(basic_export))
    run("triage")
    before = dump(db_path)
    assert run("backup", "--out", str(tmp_path / "b.db")).exit_code == 0
    run("purge", "--all", "--yes")
    with Store(db_path) as store:
        assert store.count("invitations") == 0
    result = run("restore", str(tmp_path / "b.db"), "--yes")
    assert result.exit_code == 0, result.output
    assert dump(db_path) == before
    assert list((db_path.parent / "backups").glob("before-restore-*.db"))  # the purged state was kept too


def test_restore_refuses_what_is_not_a_backup(run, tmp_path, db_path):
    bogus = tmp_path / "x.db"
    conn = sqlite3.connect(bogus)
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    result = run("restore", str(bogus), "--yes")
    assert result.exit_code == 1 and "not an invitriage backup" in result.output
    assert run("restore", str(tmp_path / "missing.db"), "--yes").exit_code == 1


def test_automatic_backup_before_a_schema_migration(tmp_path):
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.executescript(MIGRATIONS[0][1])
    conn.execute("INSERT INTO migrations VALUES (?, 'then')", (MIGRATIONS[0][0],))
    conn.execute("INSERT INTO meta VALUES ('marker', 'kept')")
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert store.applied_migrations() == [n for n, _ in MIGRATIONS]
    backup = db.with_name(f"old.db.before-{MIGRATIONS[1][0]}.bak")
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("SELECT value FROM meta").fetchone()[0] == "kept"
    assert [r[0] for r in old.execute("SELECT name FROM migrations")] == [MIGRATIONS[0][0]]
    old.close()


def test_an_unrelated_sqlite_file_is_refused(tmp_path):
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an invitriage database"):
        Store(db)


def test_purge_a_person_everywhere(run, basic_export, db_path):
    run("import", str(basic_export))
    run("triage")
    result = run("purge", "--person", "https://www.linkedin.com/in/zoeli", "--yes")
    assert result.exit_code == 0, result.output
    raw = db_path.read_bytes() + (db_path.with_name(db_path.name + "-wal").read_bytes()
                                  if db_path.with_name(db_path.name + "-wal").exists() else b"")
    assert b"zoeli" not in raw and b"Zoe" not in raw  # not even in free pages
    with Store(db_path) as store:
        assert store.count("connections") == 2 and store.count("messages") == 0
        assert store.count("invitations") == 3


def test_purge_all_and_bad_arguments(run, basic_export, db_path):
    run("import", str(basic_export))
    run("triage")
    assert run("purge", "--yes").exit_code == 2
    assert run("purge", "--person", "not a url", "--yes").exit_code == 1
    assert run("purge", "--all", "--yes").exit_code == 0
    with Store(db_path) as store:
        for table in ("invitations", "connections", "messages", "decisions", "drafts", "owner", "imports", "meta"):
            assert store.count(table) == 0, table
        assert store.applied_migrations()
    assert b"Ana Ruiz" not in db_path.read_bytes()


def test_nothing_opens_a_network_connection(monkeypatch, tmp_path, run):
    """The whole pipeline, the report and the web app (in process) never touch the network."""
    attempts: list = []
    real_connect = socket.socket.connect

    def guard(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise OSError("network access attempted")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: attempts.append(a) or (_ for _ in ()).throw(OSError()))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a) or (_ for _ in ()).throw(OSError()))
    import invitriage.judge.encoder
    import invitriage.judge.model

    invitriage.judge.model.load_model.cache_clear()
    invitriage.judge.encoder._model.cache_clear()
    assert run("demo").exit_code == 0
    assert run("report", "--out", str(tmp_path / "r")).exit_code == 0
    from starlette.testclient import TestClient

    from invitriage.web.app import create_app

    with TestClient(create_app(tmp_path / "test.db"), base_url=LOCAL) as client:
        assert client.get("/").status_code == 200
    assert attempts == []


def test_no_network_client_code_in_the_package():
    src = (ROOT / "src" / "invitriage")
    forbidden = ("urllib.request", "http.client", "import requests", "import httpx", "import aiohttp", "socket.connect")
    for path in src.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in forbidden:
            assert word not in text, f"{path.name} uses {word}"


def _big_export(folder: Path, n: int) -> Path:
    rows = [
        f'P{i} Q,Camille Laurent,"{1 + i % 12}/{1 + i % 28}/26, {1 + i % 12}:{i % 60:02d} PM",'
        f'{"Hello, we met at the fair" if i % 40 == 0 else ""},INCOMING,https://www.linkedin.com/in/p-{i},https://www.linkedin.com/in/cl'
        for i in range(n)
    ]
    return write_export(folder, {"Invitations.csv": "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                                 + "\n".join(rows).replace(",Hello, we met at the fair,", ',"Hello, we met at the fair",') + "\n"})


def test_sigkill_during_import_leaves_before_or_after(tmp_path):
    db = tmp_path / "kill.db"
    first = write_export(tmp_path / "first", {"Invitations.csv": INVITATIONS_V3, "Connections.csv": CONNECTIONS})
    with Store(db) as store:
        import_paths(store, [first])
        before = store.count("invitations")
    big = _big_export(tmp_path / "big", 20_000)
    outcomes = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "invitriage", "import", str(big), "--db"]
    # Kills land while the import is writing: when its write-ahead log has reached a given size (however fast or
    # loaded the machine is; fixed delays, and fractions of a timed run, could all land after it under load), and
    # once after it has surely finished.
    wal = Path(f"{db}-wal")
    for threshold in (1, 64_000, 512_000, 2_000_000, 6_000_000, None):
        proc = subprocess.Popen([*command, str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        if threshold is None:
            proc.wait()
        while proc.poll() is None and threshold is not None:
            try:
                if wal.stat().st_size >= threshold:
                    break
            except OSError:
                pass
            time.sleep(0.002)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        with Store(db) as store:
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            n = store.count("invitations")
            assert n in (before, before + 20_000), n
            outcomes.add(n)
            if n != before:  # it finished: start again from the first state
                store.conn.execute("DELETE FROM invitations WHERE person_key LIKE 'p-%'")
                assert store.count("invitations") == before
    assert outcomes == {before, before + 20_000}  # kills landed mid-import, and the run left alone finished


def test_cli_import_and_triage_while_the_web_app_saves_edits(tmp_path, db_path):
    """No lost edit and no 'database is locked' error, with a real server and a real CLI process."""
    import uvicorn
    from starlette.testclient import TestClient  # noqa: F401  (the server below is real)

    from invitriage.settings import Settings
    from invitriage.web.app import create_app

    first = write_export(tmp_path / "first", {"Invitations.csv": INVITATIONS_V3, "Profile.csv": PROFILE,
                                              "messages.csv": MESSAGES_10})
    with Store(db_path) as store:
        import_paths(store, [first])
        triage(store, Settings(signature="Camille"))
        ana = next(i for i in store.queue("reply") if i["name"] == "Ana Ruiz")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db_path, Settings(signature="Camille")), host="127.0.0.1",
                                           port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    import httpx

    base = f"http://127.0.0.1:{port}"
    big = _big_export(tmp_path / "big", 15_000)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cli = subprocess.Popen(f"{sys.executable} -m invitriage import {big} --db {db_path} && "
                           f"{sys.executable} -m invitriage triage --db {db_path}",
                           shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    statuses, last = [], ""
    with httpx.Client(base_url=base, timeout=60) as client:
        page = client.get("/")
        token = page.text.split('name="csrf-token" content="')[1].split('"')[0]
        i = 0
        while cli.poll() is None or i < 5:
            last = f"Edit number {i} while the CLI works"
            r = client.post(f"/invitations/{ana['id']}/draft", data={"csrf": token, "text": last},
                            headers={"X-Requested-With": "fetch"})
            statuses.append(r.status_code)
            i += 1
            time.sleep(0.05)
    out, err = cli.communicate()
    server.should_exit = True
    thread.join(timeout=5)
    assert cli.returncode == 0, err
    assert "locked" not in err and set(statuses) == {200}, (set(statuses), err[-300:])
    assert len(statuses) >= 5
    with Store(db_path) as store:
        assert store.invitation(ana["id"])["draft"] == last
        assert store.count("invitations") == 4 + 15_000
        assert json.loads(json.dumps(store.status_counts()))["pending"] > 3
