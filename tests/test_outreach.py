"""Outreach: the six or seven existing connections worth a personal message each week."""

from __future__ import annotations

import json
import re
import shutil
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import write_export
from starlette.testclient import TestClient

from invitriage.cli.main import cli
from invitriage.service import Workspace
from invitriage.settings import load_settings
from invitriage.web.app import create_app

LOCAL = "http://127.0.0.1:8000"
OWNER = "https://www.linkedin.com/in/camille-laurent-marketing"


def sample_settings():
    return load_settings(Path(str(resources.files("invitriage") / "sample" / "invitriage.toml")))


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample export imported into a demo database (no triage: outreach reads connections)."""
    path = tmp_path_factory.mktemp("outreach") / "sample.db"
    with resources.as_file(resources.files("invitriage") / "sample" / "export") as export, \
            Workspace.open(path, sample_settings()) as ws:
        with ws.store.atomic():
            ws.store.set_meta("demo", "1")  # the sample is a snapshot: its own date is "now"
        ws.import_paths([export])
    return path


@pytest.fixture
def db(sample_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.db"
    shutil.copy(sample_db, path)
    return path


def test_seven_people_with_reasons_drafts_in_their_language_and_those_written_to_leave(db, tmp_path):
    with Workspace.open(db, sample_settings()) as ws:
        week = ws.outreach()
    assert len(week.items) == 7 and week.more > 0
    for item in week.items:
        # A reason a person would agree with: the matched setting, and why now.
        assert re.search(r"you want to meet: 'marketing directors'|can benefit: '", item["reason"]), item["reason"]
        assert "never messaged" in item["reason"] or "last message" in item["reason"]
        assert item["draft"].startswith(("Bonjour", "Hi ", "Hola", "Guten Tag", "Buongiorno", "Olá", "Beste"))
        assert item["name"].split()[0] in item["draft"]  # addressed by first name
        assert len(item["draft"]) <= 600 and item["draft"].rstrip().endswith("Camille")
    marketing = [i for i in week.items if "marketing directors" in i["reason"]]
    assert marketing and all(i["position"] for i in marketing)
    english = [i for i in week.items if i["lang"] == "en"]
    assert all(i["draft"].startswith("Hi ") for i in english)
    # Stable within the week: asking again gives the same people.
    with Workspace.open(db, sample_settings()) as ws:
        assert [i["id"] for i in ws.outreach().items] == [i["id"] for i in week.items]
    # A newer export shows messages from the owner to two of them: they leave the list, others fill in.
    two = week.items[:2]
    header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
    rows = "".join(f"n{i},,Camille Laurent,{OWNER},{p['name']},{p['profile_url']},2026-11-21 10:00:00 UTC,,Bonjour !,INBOX\n"
                   for i, p in enumerate(two))
    newer = write_export(tmp_path / "newer", {"messages.csv": header + rows})
    with Workspace.open(db, sample_settings()) as ws:
        ws.import_paths([newer])
        after = ws.outreach()
    ids = [i["id"] for i in after.items]
    assert not set(ids) & {p["id"] for p in two}
    assert after.contacted_this_week == 2 and len(after.items) == 5  # the week's budget counts them


def test_marked_by_hand_or_skipped_for_good_through_the_cli(db):
    config = Path(str(resources.files("invitriage") / "sample" / "invitriage.toml"))
    run = lambda *a: CliRunner().invoke(cli, [*a, "--db", str(db), "--config", str(config)], catch_exceptions=False)  # noqa: E731
    listed = json.loads(run("outreach", "--format", "json").output)["items"]
    first, second = listed[0]["id"], listed[1]["id"]
    assert run("outreach", "--done", str(first)).exit_code == 0
    assert run("outreach", "--skip", str(second)).exit_code == 0
    again = [i["id"] for i in json.loads(run("outreach", "--format", "json").output)["items"]]
    assert first not in again and second not in again
    assert run("outreach", "--undo", str(second)).exit_code == 0
    assert second in [i["id"] for i in json.loads(run("outreach", "--format", "json").output)["items"]]
    edited = run("outreach", "--draft", str(second), "--text", "Bonjour, un café ?")
    assert edited.exit_code == 0
    assert [i["draft"] for i in json.loads(run("outreach", "--format", "json").output)["items"] if i["id"] == second] == \
        ["Bonjour, un café ?"]
    bad = run("outreach", "--done", "999999")
    assert bad.exit_code == 2 and "no suggested connection with id 999999" in bad.output
    table = run("outreach").output
    assert "worth a personal message" in table and "invitriage outreach --done ID" in table


def test_the_page_tab_and_its_json_twin(db):
    with TestClient(create_app(db, sample_settings()), base_url=LOCAL, follow_redirects=False) as c:
        page = c.get("/outreach")
        assert page.status_code == 200 and "Outreach: 7 connections worth a message" in page.text
        items = c.get("/api/outreach").json()["items"]
        token = re.search(r'name="csrf-token" content="([^"]+)"', page.text).group(1)
        r = c.post(f"/outreach/{items[0]['id']}/done", data={"csrf": token})
        assert r.status_code == 303
        assert items[0]["id"] not in [i["id"] for i in c.get("/api/outreach").json()["items"]]
        assert c.post(f"/outreach/{items[1]['id']}/draft", data={"csrf": "forged", "text": "x"}).status_code == 403


def test_no_settings_no_outreach(tmp_path):
    result = CliRunner().invoke(cli, ["outreach", "--db", str(tmp_path / "x.db")], catch_exceptions=False)
    assert result.exit_code == 2 and "meet_whom or help_whom" in result.output


def test_works_on_a_2018_export_without_urls(tmp_path):
    from test_importers import EXPORT_2018_CONNECTIONS, EXPORT_2018_INVITATIONS, EXPORT_2018_MESSAGES, PROFILE_2018

    from invitriage.settings import Settings

    export = write_export(tmp_path / "old", {"Connections.csv": EXPORT_2018_CONNECTIONS, "Messages.csv": EXPORT_2018_MESSAGES,
                                             "Invitations.csv": EXPORT_2018_INVITATIONS, "Profile.csv": PROFILE_2018})
    settings = Settings(meet_whom=["CEOs"], help_whom=["bakery owners"], signature="Camille", stale_after_days=0)
    with Workspace.open(tmp_path / "o.db", settings) as ws:
        ws.import_paths([export])
        week = ws.outreach()
    by_name = {i["name"]: i for i in week.items}
    assert set(by_name) == {"Jan Smit", "Eva Kuip"}  # the CEO and the bakery owner; the engineer Jan Smit is not
    assert "last message" in by_name["Jan Smit"]["reason"] and "you want to meet" in by_name["Jan Smit"]["reason"]
    assert "Bakkerij Kuip" in by_name["Eva Kuip"]["reason"] and "last message 8 years ago" in by_name["Eva Kuip"]["reason"]
