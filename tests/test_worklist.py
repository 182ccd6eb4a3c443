"""The live backlog in (saved pages), one person one invitation, and the worklist for LinkedIn."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

from click.testing import CliRunner
from conftest import write_export
from starlette.testclient import TestClient

from invitriage.cli.main import cli
from invitriage.ingest.pages import parse_saved_page
from invitriage.service import Workspace
from invitriage.settings import Settings
from invitriage.web.app import create_app

PAGES = Path(__file__).parent / "fixtures" / "pages"
SAVED = datetime(2026, 11, 28, 18, 0, tzinfo=timezone.utc)
SETTINGS = Settings(owner_name="Camille Laurent", signature="Camille", weekly_budget=2, stale_after_days=0,
                    help_whom=["founders of small businesses"], meet_whom=["marketing directors"])


def test_each_markup_generation_imports_with_names_headlines_mutuals_notes_and_dates(tmp_path):
    with Workspace.open(tmp_path / "p.db", SETTINGS) as ws:
        report = ws.import_paths(sorted(PAGES.glob("*.html")), saved_at=SAVED)
        rows = {r["person_key"]: dict(r) for r in ws.store.conn.execute("SELECT * FROM invitations")}
    assert [f.kind for f in report.files] == ["page"] * 4
    assert sum(f.rows for f in report.files) == len(rows) == 29
    assert all(r["name"] and r["page_seen_at"] == SAVED.isoformat() and r["date_precision"] for r in rows.values())
    assert sum(1 for r in rows.values() if r["headline"]) >= 25
    assert sum(1 for r in rows.values() if r["mutual"]) >= 10 and sum(1 for r in rows.values() if r["note"]) >= 6
    notes = [n for f in report.files for n in f.notes]
    assert any("the save holds" in n for n in notes)  # a shortfall against the page's count is said


def test_several_saves_merge_and_export_page_and_pending_give_one_invitation_each(tmp_path):
    first_slug = parse_saved_page((PAGES / "received_2026.html").read_bytes(), source="p", saved_at=SAVED).cards[0].slug
    db = tmp_path / "m.db"
    with Workspace.open(db, SETTINGS) as ws:
        ws.import_paths([PAGES / "received_2026.html"], saved_at=SAVED)
        n = ws.store.count("invitations")
        second = tmp_path / "again.html"
        shutil.copy(PAGES / "received_2026.html", second)
        ws.import_paths([second], saved_at=SAVED.replace(day=29))  # a second save of the same page
        assert ws.store.count("invitations") == n
        export = write_export(tmp_path / "export", {"Invitations.csv": (
            "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
            f'Same Person,Camille Laurent,"11/20/26, 8:43 PM",,INCOMING,https://www.linkedin.com/in/{first_slug}/,'
            "https://www.linkedin.com/in/camille-laurent\n")})
        pending = tmp_path / "pending.csv"
        pending.write_text(f"name,profile_url,sent_at\nSame Person,https://fr.linkedin.com/in/{first_slug}?trk=x,1 week ago\n",
                           encoding="utf-8")
        ws.import_paths([export, pending], saved_at=SAVED)
        assert ws.store.count("invitations") == n
        row = ws.store.conn.execute("SELECT headline, date_precision, sent_at FROM invitations WHERE person_key = ?",
                                    (first_slug,)).fetchone()
    assert row["headline"]  # the page's headline stays on the one invitation
    assert row["date_precision"] is None and row["sent_at"] == "2026-11-21T04:43:00+00:00"  # the export's exact time wins


def test_the_worklist_names_the_few_to_stop_at_and_shows_progress(tmp_path):
    db = tmp_path / "w.db"
    with Workspace.open(db, SETTINGS) as ws:
        ws.import_paths(sorted(PAGES.glob("received_202*.html")), saved_at=SAVED)
        ws.triage()
        work = ws.worklist()
        assert work.pending == ws.counts()["pending"]
        assert work.count("reply") == len(ws.week().items) == 2
        kinds = [s.kind for s in work.steps]
        assert "accept" in kinds and kinds.count("reply") == 2
        order = [i["sent_at"] for s in work.steps for i in s.items]
        assert order == sorted(order, reverse=True)  # the page's order: newest first
        accepted = [i["id"] for s in work.steps if s.kind == "accept" for i in s.items if i["action"] == "accept"]
        ws.accept_all()  # the owner went down the page
        again = ws.worklist()
    assert again.previous["pending"] == work.pending and again.pending == work.pending - len(accepted)
    config = tmp_path / "invitriage.toml"
    config.write_text('stale_after_days = 0\nweekly_budget = 2\nsignature = "Camille"\n'
                      'help_whom = ["founders of small businesses"]\nmeet_whom = ["marketing directors"]\n', encoding="utf-8")
    out = CliRunner().invoke(cli, ["worklist", "--db", str(db), "--config", str(config)], catch_exceptions=False).output
    assert "Worklist for LinkedIn" in out and "STOP at" in out and "fewer now" not in out
    as_json = json.loads(CliRunner().invoke(cli, ["worklist", "--format", "json", "--db", str(db), "--config", str(config)],
                                            catch_exceptions=False).output)
    assert as_json["pending"] == again.pending
    with TestClient(create_app(db, SETTINGS), base_url="http://127.0.0.1:8000") as c:
        page = c.get("/worklist")
        assert page.status_code == 200 and "Worklist for LinkedIn" in page.text and "Stop at" in page.text
        assert c.get("/api/worklist").json()["pending"] == again.pending


def test_a_complete_newer_save_retires_who_left_the_page(tmp_path):
    page = (PAGES / "received_fr_2026.html").read_text(encoding="utf-8")
    slugs = [c.slug for c in parse_saved_page(page, source="p", saved_at=SAVED).cards]
    with Workspace.open(tmp_path / "g.db", SETTINGS) as ws:
        ws.import_paths([PAGES / "received_fr_2026.html"], saved_at=SAVED)
        ws.triage()
        before = ws.counts()["pending"]
        # The same page a day later without its first card, and its own count one lower: a complete save.
        first = slugs[0]
        cut = page.replace('Personnes</span> <span class="y4u9i6">(7)', 'Personnes</span> <span class="y4u9i6">(6)')
        assert cut != page
        later = tmp_path / "later.html"
        later.write_text(cut.replace(f"/in/{first}", "/company/gone-co"), encoding="utf-8")
        report = ws.import_paths([later], saved_at=SAVED.replace(day=29))
        assert any("no longer on the page" in n for f in report.files for n in f.notes)
        assert ws.counts()["pending"] == before - 1


def test_a_warning_when_can_benefit_is_set_but_no_invitation_has_a_headline(tmp_path):
    export = write_export(tmp_path / "e", {"Invitations.csv": (
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        'Ana Ruiz,Camille Laurent,"11/20/26, 8:43 PM",,INCOMING,https://www.linkedin.com/in/ana,https://www.linkedin.com/in/c\n')})
    config = tmp_path / "invitriage.toml"
    config.write_text('stale_after_days = 0\nhelp_whom = ["students in marketing"]\n', encoding="utf-8")
    db = tmp_path / "h.db"
    CliRunner().invoke(cli, ["import", str(export), "--db", str(db)], catch_exceptions=False)
    out = CliRunner().invoke(cli, ["triage", "--db", str(db), "--config", str(config)], catch_exceptions=False).output
    assert out.count("no pending invitation has a headline") == 1 and "save your received-invitations page" in out
    CliRunner().invoke(cli, ["import", str(PAGES / "received_2021.html"), "--saved-at", "2026-11-28", "--db", str(db)],
                       catch_exceptions=False)
    out = CliRunner().invoke(cli, ["triage", "--db", str(db), "--config", str(config)], catch_exceptions=False).output
    assert "no pending invitation has a headline" not in out
