"""Trust: one bad note never stops the backlog, the page answers only its owner, purge leaves nothing.

Each test reproduces one defect found by the adversarial and first-time-user passes (issue 19) and
checks the expected behaviour through the real CLI, the in-process page or the library.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import PROFILE, write_export
from starlette.testclient import TestClient

from invitriage import Store, import_paths
from invitriage.cli.main import cli
from invitriage.service import Workspace
from invitriage.settings import Settings
from invitriage.web.app import create_app

LOCAL = "http://127.0.0.1:8000"
OWNER = "https://www.linkedin.com/in/camille-laurent"
ESC = "\x1b"
EVIL_NAME = "Eve\x1b]52;c;ZXZpbA==\x07\x1b[2J\x1b]8;;https://evil.example\x07Mallory"
HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"


def row(name: str, slug: str, sent: str, note: str = "") -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(
        [name, "Camille Laurent", sent, note, "INCOMING", f"https://www.linkedin.com/in/{slug}", OWNER])
    return out.getvalue()


INVITATIONS = HEADER + "".join([
    row("Nafissatou Kaboré", "nafissatou-kabor%C3%A9", "3/1/26, 9:00 AM", "Bonjour Camille, nous nous sommes rencontrés au salon SEO Camp à Lyon"),
    row("Tom Baker", "tombaker", "3/2/26, 9:00 AM", "Hi Camille, I read your article on local SEO, could you advise me on my shop?"),
    row("Sam Lee", "samlee", "3/3/26, 9:00 AM", "Hi {{firstName}}, I am a student looking for an internship in SEO, could we talk?"),
    row("Tim Bo", "timbo", "3/4/26, 9:00 AM", "Hi [Name], we met at the SEO Camp in Lyon last week"),
    row(EVIL_NAME, "eve-esc", "3/5/26, 9:00 AM", f"=cmd|' /C calc'!A0 we met at the Lyon meetup {ESC}[31mred"),
    row("Quiet One", "quiet-one", "3/6/26, 9:00 AM"),
    row("Quiet Two", "quiet-two", "3/7/26, 9:00 AM"),
])
MESSAGES = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
    f"c1,,Camille Laurent,{OWNER},Nafissatou Kaboré,https://www.linkedin.com/in/nafissatou-kabor%C3%A9,2026-03-02 10:00:00 UTC,,Merci Nafissatou !,INBOX\n"
    f"c1,,Nafissatou Kaboré,https://www.linkedin.com/in/nafissatou-kabor%C3%A9,Camille Laurent,{OWNER},2026-03-03 10:00:00 UTC,,Avec plaisir,INBOX\n"
    f"c2,,Tom Baker,https://www.linkedin.com/in/tom-baker-real,Camille Laurent,{OWNER},2026-03-03 10:00:00 UTC,,Hello from Tom,INBOX\n"
)
SETTINGS = Settings(owner_name="Camille Laurent", signature="Camille", weekly_budget=2, stale_after_days=0,
                    meet_whom=["marketing directors"], help_whom=["students in digital marketing"])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    export = write_export(tmp_path / "export", {"Invitations.csv": INVITATIONS, "Profile.csv": PROFILE})
    path = tmp_path / "trust.db"
    with Workspace.open(path, SETTINGS) as ws:
        ws.import_paths([export])
        ws.triage()
    return path


def cli_run(db: Path, *args: str, config: Path | None = None):
    argv = [*args, "--db", str(db)] + (["--config", str(config)] if config else [])
    return CliRunner().invoke(cli, argv, catch_exceptions=False)


def by_name(db: Path) -> dict[str, dict]:
    """Every invitation as the owner sees it: open replies drafted (they are drafted when first shown)."""
    with Workspace.open(db, SETTINGS) as ws:
        return {i["name"]: i for i in ws.with_drafts(ws.store.queue(done=True))}


# -- 1. one note never stops triage ------------------------------------------------------------------


def test_a_note_with_a_literal_placeholder_is_judged_and_drafted_like_any_other(db):
    people = by_name(db)
    assert people["Sam Lee"]["action"] == "reply" and "{{" not in people["Sam Lee"]["draft"]
    assert people["Tim Bo"]["action"] == "reply" and "[Name]" not in people["Tim Bo"]["draft"]
    assert people["Tom Baker"]["draft"]  # and everybody else was drafted too


def test_a_broken_owner_template_marks_only_its_invitations(tmp_path, db):
    templates = tmp_path / "conf" / "templates"
    templates.mkdir(parents=True)
    (templates / "met_before.en.txt").write_text("Hi {{ first_name }}, {{ nonexistent.attribute }}\n", encoding="utf-8")
    config = tmp_path / "conf" / "invitriage.toml"
    config.write_text('signature = "Camille"\nlanguage = "en"\n', encoding="utf-8")
    result = cli_run(db, "triage", config=config)
    assert result.exit_code == 0, result.output
    assert "could not be judged or drafted" in result.output and "met_before.en.txt" in result.output
    people = by_name(db)
    assert people["Tim Bo"]["draft"] == "" and "met_before.en.txt" in people["Tim Bo"]["draft_problem"]
    assert people["Tom Baker"]["draft"]  # other intents are drafted
    shown = cli_run(db, "draft", str(people["Tim Bo"]["id"]))
    assert shown.exit_code == 2 and "has no draft" in shown.output and "met_before.en.txt" in shown.output


def test_a_note_that_breaks_the_model_costs_only_itself(db, monkeypatch):
    triage_module = importlib.import_module("invitriage.triage")  # the package exports a function of that name

    real = triage_module.classify

    def fragile(notes, **kwargs):
        if any("Lyon meetup" in (n or "") for n in notes):
            raise RuntimeError("encoder exploded")
        return real(notes, **kwargs)

    monkeypatch.setattr(triage_module, "classify", fragile)
    with Workspace.open(db, SETTINGS) as ws:
        report = ws.triage()
    assert len(report.problems) == 1 and "encoder exploded" in report.problems[0][1]
    people = by_name(db)
    assert people[EVIL_NAME]["action"] == "unsure"  # to review, never silently accepted
    assert people["Tom Baker"]["action"] == "reply"


# -- 2. the page answers only its owner ------------------------------------------------------------


def test_dns_rebinding_gets_nothing(db):
    with TestClient(create_app(db, SETTINGS), base_url=LOCAL, follow_redirects=False) as c:
        c.get("/")
        token = re.search(r'name="csrf-token" content="([^"]+)"', c.get("/").text).group(1)
        evil = {"Host": "evil.example:8000"}
        assert c.get("/api/week", headers=evil).status_code == 421
        assert "set-cookie" not in c.get("/", headers=evil).headers
        tom = by_name(db)["Tom Baker"]
        r = c.post(f"/invitations/{tom['id']}/draft", data={"csrf": token, "text": "pwned"}, headers=evil)
        assert r.status_code == 421
        r = c.post(f"/invitations/{tom['id']}/draft", data={"csrf": token, "text": "pwned"},
                   headers={"Origin": "http://evil.example:8000"})
        assert r.status_code == 403
        assert by_name(db)["Tom Baker"]["draft"] != "pwned"
        # The page's own origin and the loopback names work.
        ok = c.post(f"/invitations/{tom['id']}/draft", data={"csrf": token, "text": "Hi Tom"},
                    headers={"Origin": LOCAL})
        assert ok.status_code == 303 and by_name(db)["Tom Baker"]["draft"] == "Hi Tom"
        assert c.get("/api/counts", headers={"Host": "localhost:9999"}).status_code == 200


def test_odd_tokens_and_ids_are_refused_not_crashed(db, tmp_path):
    with TestClient(create_app(db, SETTINGS, token="s3cret"), base_url=LOCAL) as c:
        assert c.get("/", params={"token": "ünïcode"}).status_code == 401
    with TestClient(create_app(db, SETTINGS), base_url=LOCAL) as c:
        c.get("/")
        h = {"X-CSRF-Token": "ünïcode".encode(), "X-Requested-With": "fetch"}
        assert c.post("/invitations/1/sent", headers=h).status_code == 403
        token = re.search(r'name="csrf-token" content="([^"]+)"', c.get("/").text).group(1)
        h = {"X-CSRF-Token": token, "X-Requested-With": "fetch"}
        assert c.post("/invitations/99999999999999999999/sent", headers=h).status_code == 400
        # Bodies: only small URL-encoded forms, refused before they are read.
        big = c.post("/invitations/1/draft", headers={"X-CSRF-Token": token}, content=b"x" * 300_000)
        assert big.status_code == 413
        multipart = c.post("/invitations/1/draft", headers={"X-CSRF-Token": "forged"},
                           files={"f": ("a.bin", b"y" * 1000)})
        assert multipart.status_code == 403
    result = cli_run(db, "sent", "99999999999999999999")
    assert result.exit_code == 2 and "no invitation with id 99999999999999999999" in result.output


def test_the_report_page_may_run_nothing(db, tmp_path):
    with Workspace.open(db, SETTINGS) as ws:
        ws.report(tmp_path / "elsewhere")  # serve finds a report written anywhere with --out
    with TestClient(create_app(db, SETTINGS), base_url=LOCAL) as c:
        r = c.get("/report")
        assert r.status_code == 200 and "default-src 'none'" in r.headers["content-security-policy"]


# -- 3, 4, 8. one exact person key -----------------------------------------------------------------


def test_purge_of_a_non_ascii_person_leaves_nothing_and_counts_right(tmp_path):
    export = write_export(tmp_path / "export", {"Invitations.csv": INVITATIONS, "messages.csv": MESSAGES,
                                                "Profile.csv": PROFILE})
    db = tmp_path / "p.db"
    with Workspace.open(db, SETTINGS) as ws:
        ws.import_paths([export])
        ws.triage()
    with Store(db) as store:
        status = store.conn.execute("SELECT status FROM invitations WHERE name = 'Nafissatou Kaboré'").fetchone()[0]
    assert status == "answered"  # 8: replied to and answered, although her slug is not ASCII
    result = cli_run(db, "purge", "--person", "https://www.linkedin.com/in/nafissatou-kabor%C3%A9", "--yes")
    assert result.exit_code == 0, result.output
    assert "1 invitations" in result.output and "2 messages" in result.output
    raw = db.read_bytes()
    for needle in ("Nafissatou", "Kabor", "kabor\\u00e9"):
        assert needle.encode() not in raw, needle
    with Store(db) as store:
        assert store.count("messages") == 1  # Tom's message stays


@pytest.mark.parametrize("url", ["https://www.linkedin.com/in/%25", "https://www.linkedin.com/in/tom_baker",
                                 "https://www.linkedin.com/in/_", "https://www.linkedin.com/in/%"])
def test_purge_wildcards_are_characters(tmp_path, url):
    export = write_export(tmp_path / "export", {"Invitations.csv": INVITATIONS, "messages.csv": MESSAGES})
    db = tmp_path / "w.db"
    with Store(db) as store:
        import_paths(store, [export])
        before = {t: store.count(t) for t in ("invitations", "messages")}
    result = cli_run(db, "purge", "--person", url, "--yes")
    assert result.exit_code in (0, 1), result.output
    with Store(db) as store:
        assert {t: store.count(t) for t in ("invitations", "messages")} == before


def test_purge_refits_what_the_personal_layer_learned_from_the_person(tmp_path):
    pending = tmp_path / "pending.csv"
    lines = ["name,headline,profile_url,sent_at,note"]
    for i in range(6):
        lines.append(f"Recruiter {i},Talent Acquisition Partner @ Firm{i},https://www.linkedin.com/in/rec-{i},2026-03-0{i + 1},")
    lines.append("Zoë Secret,Talent Acquisition Partner @ Hushcorp,https://www.linkedin.com/in/zo%C3%AB-secret,2026-03-08,")
    pending.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "l.db"
    with Workspace.open(db, SETTINGS) as ws:
        ws.import_paths([pending])
        ws.triage()
        secret = next(i for i in ws.store.queue() if i["name"] == "Zoë Secret")
        ws.override(secret["id"], action="reply")
        ws.learn()
        assert "Hushcorp" in json.dumps(ws.store.personal_model())
        quoted = [i for i in ws.store.queue() if "Hushcorp" in json.dumps(i["evidence"]) and i["name"] != "Zoë Secret"]
        assert quoted  # others follow her correction, quoting her headline
        report = ws.purge_person("https://www.linkedin.com/in/zo%C3%AB-secret")
        assert report.removed["corrections"] == 1 and report.personal_layer_refitted
        assert ws.store.personal_model() is None  # it learned only from her
        assert not [i for i in ws.store.queue() if "Hushcorp" in json.dumps(i["evidence"])]
    assert b"Hushcorp" not in db.read_bytes()


# -- 5, 6. terminal escapes and formulas ----------------------------------------------------------


def test_no_escape_sequence_reaches_the_terminal_and_no_csv_cell_is_a_formula(db, tmp_path):
    outputs = {
        "queue": cli_run(db, "queue").output,
        "week": cli_run(db, "queue", "--week", "--drafts").output,
        "csv": cli_run(db, "queue", "--format", "csv").output,
        "json": cli_run(db, "queue", "--format", "json").output,
        "export": cli_run(db, "export").output,
    }
    for what, text in outputs.items():
        assert ESC not in text and "\x07" not in text and "\x9b" not in text, what
    assert "Mallory" in outputs["queue"] + outputs["week"] or "Eve" in outputs["queue"]
    for what in ("csv", "export"):
        for cells in csv.reader(io.StringIO(outputs[what])):
            for cell in cells:
                assert not cell.lstrip(" ").startswith(("=", "+", "-", "@")), (what, cell)
    notes = tmp_path / "notes.csv"
    notes.write_text('text\n"=HYPERLINK(""http://evil.example"",""x"")"\n"@SUM(1+1)*cmd|\' /C calc\'!A0"\n', encoding="utf-8")
    classified = CliRunner().invoke(cli, ["classify", str(notes)], catch_exceptions=False).output
    for cells in list(csv.reader(io.StringIO(classified)))[1:]:
        assert cells[0].startswith("'"), cells


def test_classify_names_a_row_split_by_an_unquoted_comma(tmp_path):
    notes = tmp_path / "notes.csv"
    notes.write_text("id,text\n1,Hello, we met in Lyon\n", encoding="utf-8")
    for fmt in ("csv", "json"):
        result = CliRunner().invoke(cli, ["classify", str(notes), "--format", fmt], catch_exceptions=False)
        assert result.exit_code == 2 and "notes.csv:2: row has 3 fields but the header has 2" in result.output


# -- 10. short transactions; a busy database is one line -----------------------------------------


def test_the_page_can_save_while_a_triage_runs(db, monkeypatch):
    triage_module = importlib.import_module("invitriage.triage")  # the package exports a function of that name

    monkeypatch.setattr(triage_module, "CHUNK", 2)
    saved: list[int] = []
    tom = by_name(db)["Tom Baker"]["id"]

    def meanwhile(done: int, total: int) -> None:
        other = sqlite3.connect(db, timeout=0.2)  # fails at once if triage still held the write lock
        other.execute("UPDATE drafts SET text = 'edited during triage', edited = 1 WHERE invitation_id = ?", (tom,))
        other.commit()
        other.close()
        saved.append(done)

    with Workspace.open(db, SETTINGS) as ws:
        ws.triage(progress=meanwhile)
    assert len(saved) >= 3 and by_name(db)["Tom Baker"]["draft"] == "edited during triage"


def test_a_busy_database_is_one_line_not_a_traceback(db, monkeypatch):
    monkeypatch.setattr(Store, "BUSY_SECONDS", 0.1)
    tom = by_name(db)["Tom Baker"]["id"]
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = CliRunner().invoke(cli, ["sent", str(tom), "--db", str(db)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith("invitriage: error: the database is busy")


# -- 11. state guards --------------------------------------------------------------------------------


def test_state_changes_that_make_no_sense_are_refused_by_both_faces(db):
    people = by_name(db)
    quiet, tom = people["Quiet One"], people["Tom Baker"]
    assert quiet["action"] == "accept"
    sent = cli_run(db, "sent", str(quiet["id"]))
    assert sent.exit_code == 2 and "is not a reply" in sent.output
    draft = cli_run(db, "draft", str(quiet["id"]))
    assert draft.exit_code == 2 and "is not a reply" in draft.output
    empty = cli_run(db, "draft", str(tom["id"]), "--text", "   ")
    assert empty.exit_code == 2 and "a draft cannot be empty" in empty.output
    assert cli_run(db, "sent", str(tom["id"])).exit_code == 0
    with TestClient(create_app(db, SETTINGS), base_url=LOCAL) as c:
        c.get("/")
        token = re.search(r'name="csrf-token" content="([^"]+)"', c.get("/").text).group(1)
        h = {"X-CSRF-Token": token, "X-Requested-With": "fetch"}
        for what, data in (("postpone", {}), ("override", {"action": "accept"}), ("draft", {"text": "again"})):
            r = c.post(f"/invitations/{tom['id']}/{what}", headers=h, data=data)
            assert r.status_code == 400 and "already sent" in r.json()["error"], what
        assert c.post(f"/invitations/{quiet['id']}/sent", headers=h).status_code == 400
        r = c.post(f"/invitations/{tom['id']}/unsent", headers=h)  # undo
        assert r.json()["ok"] and by_name(db)["Tom Baker"]["status"] == "drafted"
    override = cli_run(db, "override", str(tom["id"]), "--action", "accept")
    assert override.exit_code == 0


def test_the_weekly_budget_does_not_refill_after_sending(db):
    with Workspace.open(db, SETTINGS) as ws:
        first = ws.week()
        assert len(first.items) == 2
        ws.mark_sent([first.items[0]["id"]])
        again = ws.week()
        assert len(again.items) == 1 and again.sent_this_week == 1
        assert first.items[1]["id"] == again.items[0]["id"]
        next_week = ws.week(now=datetime(2100, 1, 4, tzinfo=timezone.utc))
        assert len(next_week.items) == 2  # a new week, a new budget


def test_demo_never_touches_the_users_own_database(tmp_path, monkeypatch):
    own = tmp_path / "own.db"
    with Store(own) as store:
        store.set_meta("owner_profile_url", OWNER)
    monkeypatch.setenv("INVITRIAGE_DB", str(own))
    monkeypatch.setenv("INVITRIAGE_CONFIG", str(tmp_path / "not-written-yet.toml"))
    result = CliRunner().invoke(cli, ["demo"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "(temporary)" in result.output
    with Store(own) as store:
        assert store.count("invitations") == 0
    export = write_export(tmp_path / "export", {"Invitations.csv": INVITATIONS})
    with Store(own) as store:
        import_paths(store, [export])
    refused = CliRunner().invoke(cli, ["demo", "--db", str(own)], catch_exceptions=False)
    assert refused.exit_code == 2 and "holds your own data" in refused.output


def test_a_correction_never_overrides_an_explicit_setting(tmp_path):
    pending = tmp_path / "pending.csv"
    lines = ["name,headline,profile_url,sent_at,note"]
    for i in range(4):
        lines.append(f"Director {i},Marketing Director at Shop{i},https://www.linkedin.com/in/dir-{i},2026-03-0{i + 1},")
    pending.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "m.db"
    with Workspace.open(db, SETTINGS) as ws:
        ws.import_paths([pending])
        ws.triage()
        people = ws.store.queue()
        assert all(i["action"] == "reply" for i in people)  # meet_whom: marketing directors
        ws.override(people[0]["id"], action="accept")  # the owner accepts one of them silently
        report = ws.learn()
        assert [c["id"] for c in report.changed] == []  # the others still match the explicit setting
        assert sum(i["action"] == "reply" for i in ws.store.queue()) == 3


def test_learn_says_how_many_more_changed(tmp_path):
    pending = tmp_path / "pending.csv"
    lines = ["name,headline,profile_url,sent_at,note"]
    for i in range(30):
        lines.append(f"Person {i},Talent Acquisition Partner @ Co{i},https://www.linkedin.com/in/p-{i},2026-03-01,")
    pending.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "n.db"
    with Workspace.open(db, Settings()) as ws:
        ws.import_paths([pending])
        ws.triage()
        ws.override(ws.store.queue()[0]["id"], action="reply")
    result = cli_run(db, "learn")
    changed = int(re.search(r"(\d+) decision\(s\) changed", result.output).group(1))
    assert changed > 20 and f"…and {changed - 20} more" in result.output


# -- 12. the smaller ones -----------------------------------------------------------------------------


def test_restore_refuses_a_partial_file_and_writes_nothing_when_it_does(db, tmp_path):
    partial = tmp_path / "partial.db"
    conn = sqlite3.connect(partial)
    conn.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    conn.execute("INSERT INTO migrations VALUES ('0001_initial', 'x')")
    conn.commit()
    conn.close()
    result = cli_run(db, "restore", str(partial), "--yes")
    assert result.exit_code == 1 and "not an invitriage backup" in result.output
    assert not (db.parent / "backups").exists()  # no safety copy for a refused restore
    assert cli_run(db, "queue").exit_code == 0


def test_init_writes_valid_toml_from_a_profile_with_control_characters(tmp_path):
    profile = PROFILE.replace("Consultante en marketing digital", "Consultante\x1b[2J \x7f marketing | SEO")
    db = tmp_path / "i.db"
    with Store(db) as store:
        import_paths(store, [write_export(tmp_path / "e", {"Profile.csv": profile})])
    config = tmp_path / "invitriage.toml"
    result = cli_run(db, "init", config=config)
    assert result.exit_code == 0, result.output
    from invitriage.settings import load_settings

    assert load_settings(config).offer  # it reads back


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0"])
def test_minutes_per_reply_must_be_a_real_number_of_minutes(tmp_path, value):
    config = tmp_path / "invitriage.toml"
    config.write_text(f"minutes_per_reply = {value}\n", encoding="utf-8")
    result = cli_run(tmp_path / "x.db", "report", config=config)
    assert result.exit_code == 2 and "minutes_per_reply" in result.output
