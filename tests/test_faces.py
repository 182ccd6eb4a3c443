"""One operation, two faces: the CLI and the page go through the same Workspace operation and agree.

Each case runs an operation through the real CLI on one copy of a database and through the page on
another copy, then compares what they stored (or that both refused, for the same reason).
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CONNECTIONS, INVITATIONS_V3, PROFILE, write_export
from starlette.testclient import TestClient

from invitriage import Store
from invitriage.cli.main import cli
from invitriage.service import Workspace
from invitriage.settings import Settings
from invitriage.web.app import create_app

SETTINGS = Settings(signature="Camille", owner_name="Camille Laurent", weekly_budget=5, stale_after_days=0)
CONFIG = 'signature = "Camille"\nowner_name = "Camille Laurent"\nweekly_budget = 5\nstale_after_days = 0\n'


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("faces")
    export = write_export(tmp / "e", {"Invitations.csv": INVITATIONS_V3, "Connections.csv": CONNECTIONS,
                                      "Profile.csv": PROFILE})
    db = tmp / "base.db"
    with Workspace.open(db, SETTINGS) as ws:
        ws.import_paths([export])
        ws.triage()
    return db


def state(db: Path) -> list[tuple]:
    """What the user can see: status, action, intent, draft and postponement of every invitation.

    Replies are drafted when first shown, so every open reply is shown first (on a copy: reading the
    state changes nothing in the database compared)."""
    view = db.with_name(db.stem + "-view.db")
    with sqlite3.connect(db) as src, sqlite3.connect(view) as dst:
        src.backup(dst)
    with Workspace.open(view, SETTINGS) as ws:
        ws.with_drafts(ws.store.queue("reply"))
    conn = sqlite3.connect(view)
    try:
        return conn.execute(
            """SELECT i.name, i.status, i.postponed_until, coalesce(o.action, d.action), coalesce(o.intent, d.intent),
                      dr.text, dr.edited FROM invitations i LEFT JOIN decisions d ON d.invitation_id = i.id
               LEFT JOIN overrides o ON o.invitation_id = i.id LEFT JOIN drafts dr ON dr.invitation_id = i.id
               ORDER BY i.id""").fetchall()
    finally:
        conn.close()


def ids(db: Path) -> dict[str, int]:
    with Store(db) as store:
        return {r[0]: r[1] for r in store.conn.execute("SELECT name, id FROM invitations")}


def via_cli(db: Path, config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [*args, "--db", str(db), "--config", str(config)], catch_exceptions=False)
    return result.exit_code, result.output


def via_page(db: Path, path: str, data: dict[str, str] | None = None) -> tuple[int, str]:
    with TestClient(create_app(db, SETTINGS), base_url="http://127.0.0.1:8000", follow_redirects=False) as c:
        html = c.get("/").text
        token = re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)
        r = c.post(path, data=data or {}, headers={"X-CSRF-Token": token, "X-Requested-With": "fetch"})
        return r.status_code, r.text


Case = tuple[str, Callable[[dict[str, int]], list[str]], Callable[[dict[str, int]], tuple[str, dict[str, str]]], str]
CASES: list[Case] = [
    ("mark sent", lambda p: ["sent", str(p["Ana Ruiz"])], lambda p: (f"/invitations/{p['Ana Ruiz']}/sent", {}), ""),
    ("edit a draft", lambda p: ["draft", str(p["Ana Ruiz"]), "--text", "¡Hola Ana! Camille"],
     lambda p: (f"/invitations/{p['Ana Ruiz']}/draft", {"text": "¡Hola Ana! Camille"}), ""),
    ("override", lambda p: ["override", str(p["Hélène Girard"]), "--intent", "met_before"],
     lambda p: (f"/invitations/{p['Hélène Girard']}/override", {"intent": "met_before"}), ""),
    ("postpone", lambda p: ["postpone", str(p["Ana Ruiz"])], lambda p: (f"/invitations/{p['Ana Ruiz']}/postpone", {}), ""),
    ("bulk accept", lambda p: ["accept", "--yes"], lambda p: ("/accept/mark", {}), ""),
    # Refusals: the same reason from both faces.
    ("an empty draft", lambda p: ["draft", str(p["Ana Ruiz"]), "--text", "   "],
     lambda p: (f"/invitations/{p['Ana Ruiz']}/draft", {"text": "   "}), "a draft cannot be empty"),
    ("sent on a non-reply", lambda p: ["sent", str(p["Hélène Girard"])],
     lambda p: (f"/invitations/{p['Hélène Girard']}/sent", {}), "is not a reply"),
    ("postpone a non-reply", lambda p: ["postpone", str(p["Hélène Girard"])],
     lambda p: (f"/invitations/{p['Hélène Girard']}/postpone", {}), "is not a reply"),
    ("an unknown id", lambda p: ["sent", "987654"], lambda p: ("/invitations/987654/sent", {}), "no invitation with id 987654"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_both_faces_do_the_same(case: Case, base: Path, tmp_path: Path) -> None:
    _name, cli_args, page_request, refusal = case
    by_cli, by_page = tmp_path / "cli.db", tmp_path / "page.db"
    shutil.copy(base, by_cli)
    shutil.copy(base, by_page)
    config = tmp_path / "invitriage.toml"
    config.write_text(CONFIG, encoding="utf-8")
    people = ids(base)
    code, cli_out = via_cli(by_cli, config, *cli_args(people))
    path, data = page_request(people)
    status, page_out = via_page(by_page, path, data)
    if refusal:
        assert code == 2 and refusal in cli_out, cli_out
        assert status == 400 and refusal in page_out, page_out
        assert state(by_cli) == state(by_page) == state(base)  # nothing changed on either side
    else:
        assert code == 0, cli_out
        assert status == 200, page_out
        assert state(by_cli) == state(by_page) != state(base)
