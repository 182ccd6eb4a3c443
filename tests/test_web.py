"""The review page, in process: every route and its JSON twin, CSRF, token mode, hostile text."""

from __future__ import annotations

import logging
import re

import pytest
from conftest import CONNECTIONS, INVITATIONS_V3, PROFILE, write_export
from starlette.testclient import TestClient

from invitriage import Store, import_paths, triage
from invitriage.settings import Settings
from invitriage.web.app import create_app, highlight

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> we met at the SMX conference'
INVITES = INVITATIONS_V3 + (
    f'"<b>Eve</b>",Camille Laurent,"3/10/25, 9:00 AM","{HOSTILE.replace(chr(34), chr(34) * 2)}",INCOMING,'
    "javascript:alert(3),https://www.linkedin.com/in/camille-laurent\n"
    'Max Kahn,Camille Laurent,"3/11/25, 9:00 AM","Earn 5,000 USD weekly with crypto signals, guaranteed returns! WhatsApp me",INCOMING,'
    "https://www.linkedin.com/in/maxk,https://www.linkedin.com/in/camille-laurent\n"
)
SETTINGS = Settings(signature="Camille", owner_name="Camille Laurent", weekly_budget=5, stale_after_days=0)

LOCAL = "http://127.0.0.1:8000"  # the page answers only on localhost names


@pytest.fixture
def app_db(tmp_path, db_path):
    export = write_export(tmp_path / "e", {"Invitations.csv": INVITES, "Connections.csv": CONNECTIONS, "Profile.csv": PROFILE})
    with Store(db_path) as store:
        import_paths(store, [export])
        triage(store, SETTINGS)
    return db_path


@pytest.fixture
def client(app_db):
    with TestClient(create_app(app_db, SETTINGS), base_url=LOCAL, follow_redirects=False) as c:
        c.get("/")  # a session cookie, as a browser would have
        yield c


def csrf(client) -> str:
    html = client.get("/").text
    return re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)


def item(db, name):
    with Store(db) as store:
        return next(i for i in store.queue(done=True) if i["name"] == name)


@pytest.mark.parametrize("path, needle", [("/", "This week"), ("/accept", "Accept silently"), ("/review", "Hold")])
def test_pages_render(client, path, needle):
    r = client.get(path)
    assert r.status_code == 200 and needle in r.text
    assert "pending" in r.text and "accept silently" in r.text  # the header counts
    assert "default-src 'self'" in r.headers["content-security-policy"]


def test_json_twins(client):
    week = client.get("/api/week").json()
    assert {i["name"] for i in week["week"]} == {"Ana Ruiz", "<b>Eve</b>"} and week["budget"] == 5
    assert all(i["draft"] for i in week["week"])
    accept = client.get("/api/accept").json()
    assert accept["by_intent"] == {"no_note": 1} and accept["items"][0]["name"] == "Hélène Girard"
    review = client.get("/api/review").json()
    assert [i["name"] for i in review["hold"]] == ["Max Kahn"]
    counts = client.get("/api/counts").json()
    assert counts == {"pending": 4, "reply": 2, "accept": 1, "hold": 1, "unsure": 0, "stale": 0}
    assert client.get("/api/accept?intent=generic").json()["items"] == []


def test_hostile_note_name_and_url_are_inert(client):
    html = client.get("/").text
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>Eve</b>" not in html and "&lt;b&gt;Eve&lt;/b&gt;" in html
    assert 'href="javascript:' not in html


def test_highlight_escapes_around_the_marks():
    out = str(highlight('<i>x</i> we met <b>', [{"rule": "cue.met_before.en", "quote": "we met"}]))
    assert out == "&lt;i&gt;x&lt;/i&gt; <mark>we met</mark> &lt;b&gt;"


def test_edit_draft_mark_sent_override_postpone(client, app_db):
    token = csrf(client)
    ana = item(app_db, "Ana Ruiz")
    r = client.post(f"/invitations/{ana['id']}/draft", data={"csrf": token, "text": "¡Hola Ana! Camille"})
    assert r.status_code == 303
    assert item(app_db, "Ana Ruiz")["draft"] == "¡Hola Ana! Camille" and item(app_db, "Ana Ruiz")["draft_edited"]
    r = client.post(f"/invitations/{ana['id']}/sent", headers={"X-CSRF-Token": token, "X-Requested-With": "fetch"})
    assert r.json() == {"ok": True, "status": "sent"}
    assert item(app_db, "Ana Ruiz")["status"] == "sent"
    eve = item(app_db, "<b>Eve</b>")
    r = client.post(f"/invitations/{eve['id']}/postpone", data={"csrf": token})
    assert r.status_code == 303 and item(app_db, "<b>Eve</b>")["postponed_until"]
    assert client.get("/api/week").json()["week"] == []
    helene = item(app_db, "Hélène Girard")
    client.post(f"/invitations/{helene['id']}/override", data={"csrf": token, "intent": "met_before"})
    helene = item(app_db, "Hélène Girard")
    assert (helene["intent"], helene["action"], helene["overridden"]) == ("met_before", "reply", True)
    assert helene["draft"] and "Hélène" in helene["draft"]  # a reply needs a draft


def test_bulk_accept(client, app_db):
    token = csrf(client)
    r = client.post("/accept/mark", data={"csrf": token, "intent": "no_note"})
    assert r.status_code == 303
    assert item(app_db, "Hélène Girard")["status"] == "accepted"
    assert client.get("/api/accept").json()["total"] == 0


def test_bad_input_is_a_400_not_a_crash(client, app_db):
    token = csrf(client)
    ana = item(app_db, "Ana Ruiz")
    h = {"X-CSRF-Token": token, "X-Requested-With": "fetch"}
    assert client.post(f"/invitations/{ana['id']}/draft", data={"text": "  "}, headers=h).status_code == 400
    assert client.post(f"/invitations/{ana['id']}/override", data={"intent": "bogus"}, headers=h).status_code == 400
    assert client.post(f"/invitations/{ana['id']}/explode", headers=h).status_code == 400
    assert client.post("/invitations/99999/sent", headers=h).status_code == 400


@pytest.mark.parametrize("headers, data", [({}, {}), ({"X-CSRF-Token": "forged"}, {}), ({}, {"csrf": "forged"})])
def test_state_changes_without_a_valid_csrf_token_are_rejected(client, app_db, headers, data):
    ana = item(app_db, "Ana Ruiz")
    r = client.post(f"/invitations/{ana['id']}/sent", headers=headers, data=data)
    assert r.status_code == 403
    assert client.post("/accept/mark", headers=headers, data=data).status_code == 403
    assert item(app_db, "Ana Ruiz")["status"] == "drafted"


def test_csrf_token_of_another_session_is_rejected(app_db):
    with TestClient(create_app(app_db, SETTINGS), base_url=LOCAL) as a, TestClient(create_app(app_db, SETTINGS), base_url=LOCAL) as b:
        token_a = csrf(a)
        csrf(b)
        ana = item(app_db, "Ana Ruiz")
        assert b.post(f"/invitations/{ana['id']}/sent", data={"csrf": token_a}).status_code == 403


def test_token_mode(app_db, caplog):
    secret = "s3cret-token-value"
    caplog.set_level(logging.INFO, logger="invitriage.web.app")
    with TestClient(create_app(app_db, SETTINGS, token=secret), base_url=LOCAL, follow_redirects=False) as c:
        assert c.get("/").status_code == 401
        assert c.get("/api/counts").status_code == 401
        assert c.get("/api/counts", headers={"Authorization": f"Bearer {secret}"}).status_code == 200
        r = c.get(f"/?token={secret}")
        assert r.status_code == 303 and "token" not in r.headers["location"]
        assert c.get("/").status_code == 200  # the cookie now carries it
        assert c.get("/?token=wrong").status_code == 401
    assert caplog.records and all(secret not in rec.getMessage() for rec in caplog.records)


def test_two_tabs_and_the_cli_never_lose_an_edit(client, app_db, run):
    token = csrf(client)
    ana = item(app_db, "Ana Ruiz")
    # Tab 1 edits the draft; tab 2, opened before, marks sent; the CLI overrides the intent meanwhile.
    client.post(f"/invitations/{ana['id']}/draft", data={"csrf": token, "text": "Edited in tab 1"})
    assert run("override", str(ana["id"]), "--intent", "met_before", "--action", "reply").exit_code == 0
    client.post(f"/invitations/{ana['id']}/sent", data={"csrf": token})
    got = item(app_db, "Ana Ruiz")
    assert (got["draft"], got["status"], got["overridden"]) == ("Edited in tab 1", "sent", True)
    # Re-judging from the CLI keeps the edited draft and the override.
    assert run("triage").exit_code == 0
    got = item(app_db, "Ana Ruiz")
    assert got["draft"] == "Edited in tab 1" and got["overridden"]


def test_static_files_and_no_outside_requests(client):
    js = client.get("/static/app.js")
    assert js.status_code == 200 and "X-CSRF-Token" in js.text
    html = client.get("/").text
    assert not re.search(r'(src|href)="(https?:)?//', html.replace('href="https://www.linkedin.com/in/', ""))


def test_serve_command_prints_a_token_for_a_non_local_host(app_db, tmp_path):
    """The real `invitriage serve`: local by default; any other host needs the printed token."""
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "INVITRIAGE_CONFIG": "", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "invitriage", "serve", "--host", "0.0.0.0", "--port", str(port),
                             "--db", str(app_db)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        first = proc.stdout.readline()
        assert f":{port}/?token=" in first
        token = first.strip().split("token=")[1]
        for _ in range(100):
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/counts", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert r.status_code == 401
        ok = httpx.get(f"http://127.0.0.1:{port}/api/counts", headers={"Authorization": f"Bearer {token}"}, timeout=5)
        assert ok.status_code == 200 and ok.json()["reply"] == 2
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=10)
    assert token not in out  # the log lines after the banner never show it


def test_next_never_redirects_to_another_site(client, app_db):
    token = csrf(client)
    ana = item(app_db, "Ana Ruiz")
    r = client.post(f"/invitations/{ana['id']}/postpone", data={"csrf": token, "next": "https://evil.example/"})
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_an_empty_database_says_what_to_do(tmp_path):
    with TestClient(create_app(tmp_path / "empty.db"), base_url=LOCAL) as c:
        assert "run <code>invitriage import" in c.get("/").text


def test_cards_are_named_readable_and_carry_their_language(client):
    html = client.get("/").text
    ana = re.search(r'<article class="card" id="card-(\d+)".*?</article>', html, flags=re.S).group(0)
    card_id = re.search(r'id="card-(\d+)"', ana).group(1)
    assert f'aria-labelledby="name-{card_id}"' in ana and f'<span id="name-{card_id}">' in ana
    assert re.search(r'<button class="sent">Mark sent<span class="vh"> — [^<]+</span></button>', ana)
    assert "_" not in re.search(r'<p class="meta">(.*?)</p>', ana, flags=re.S).group(1)  # words, not codes
    assert re.search(r'<option value="[a-z_]+" selected>', ana) and '<option value="reply" selected>' in ana
    assert 'blockquote class="note" lang="es"' in html  # Ana writes in Spanish
    assert re.search(r'<textarea id="draft-\d+" name="text" rows="9" lang="es">¡?Hola', html)  # and her draft
    assert html.count("<h1") == 1 and 'aria-current="page"' in html and 'href="#main"' in html
    review = client.get("/review").text
    assert review.count("<h1") == 1 and "<h3>" in review  # cards under the section headings


def test_a_change_keeps_only_what_was_changed_and_can_be_undone(client, app_db):
    token = csrf(client)
    h = {"X-CSRF-Token": token, "X-Requested-With": "fetch"}
    ana = item(app_db, "Ana Ruiz")
    was = {"intent_was": ana["intent"], "action_was": ana["action"]}
    r = client.post(f"/invitations/{ana['id']}/override", headers=h, data={**was, "intent": ana["intent"], "action": "reply"})
    assert r.status_code == 400 and "nothing to change" in r.json()["error"]
    r = client.post(f"/invitations/{ana['id']}/override", headers=h, data={**was, "intent": ana["intent"], "action": "hold"})
    got = r.json()
    assert (got["action"], got["action_label"], got["previous"]) == ("hold", "Hold", {"had": False, "intent": None, "action": None})
    with Store(app_db) as store:
        assert store.own_decision(ana["id"]) == (None, "hold")  # the intent was left alone
    r = client.post(f"/invitations/{ana['id']}/restore", headers=h, data={"had": "0"})
    assert r.json()["action"] == ana["action"] and not item(app_db, "Ana Ruiz")["overridden"]


def test_accept_list_is_paged_and_its_filter_never_echoes_unknown_text(client, monkeypatch):
    import invitriage.web.app as web

    monkeypatch.setattr(web, "PER_PAGE", 1)
    page = client.get("/api/accept?page=7").json()
    assert (page["page"], page["pages"], page["per_page"], page["count"], len(page["items"])) == (1, 1, 1, 1, 1)
    html = client.get("/accept?intent=%3Cscript%3Ebogus").text
    assert "bogus" not in html and "All (1)" in html


def test_pages_and_json_are_compressed(client):
    r = client.get("/accept", headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip"
    assert client.get("/api/week", headers={"Accept-Encoding": "gzip"}).headers["content-encoding"] == "gzip"


def test_another_site_may_link_to_the_page_but_not_read_it(client):
    probe = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"}
    assert client.get("/accept?intent=generic", headers=probe).status_code == 403
    assert client.get("/api/counts", headers={**probe, "Sec-Fetch-Mode": "cors"}).status_code == 403
    assert client.get("/", headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}).status_code == 200
    assert client.get("/static/app.js", headers={"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "no-cors"}).status_code == 200


def test_no_header_only_tables_and_shortcuts_only_where_they_work(client):
    learned = client.get("/learned").text
    assert "<table" not in learned and "None yet" in learned
    assert 'class="keys"' in client.get("/").text and 'class="keys"' not in client.get("/accept").text
