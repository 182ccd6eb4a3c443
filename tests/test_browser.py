"""A real browser (Debian's Chromium driven by Playwright) on a real server over the sample data."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from importlib import resources
from pathlib import Path

import pytest

from invitriage import Store, import_paths, triage
from invitriage.settings import load_settings

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = os.environ.get("INVITRIAGE_SCREENSHOTS")  # a folder: write the README's screenshots there

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not os.environ.get("CI"),
    reason="Debian's chromium is not installed (scripts/test.sh installs it; in CI this test must run)",
)

HOSTILE = ('Hi Camille, we met at the SMX booth <script>window.__pwned = 1; alert("xss")</script>'
           '<img src=x onerror="window.__pwned = 2; alert(2)">')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from invitriage.web import create_app

    tmp = tmp_path_factory.mktemp("browser")
    db = tmp / "browser.db"
    sample = resources.files("invitriage") / "sample"
    settings = load_settings(Path(str(sample / "invitriage.toml")))
    hostile = tmp / "hostile.csv"
    hostile.write_text('name,headline,profile_url,sent_at,note\n"Eve <img src=x onerror=alert(3)>",'
                       '"<script>alert(4)</script>",https://www.linkedin.com/in/eve-hostile,2026-11-19T10:00:00+01:00,'
                       f'"{HOSTILE.replace(chr(34), chr(34) * 2)}"\n', encoding="utf-8")
    with Store(db) as store:
        import_paths(store, [Path(str(sample / "export")), Path(str(sample / "pending.csv")), hostile])
        triage(store, settings)
        eve = next(i for i in store.queue() if (i["profile_url"] or "").endswith("eve-hostile"))
        store.set_override(eve["id"], None, "hold")  # on the review page, with the same card
    port = _free_port()
    config = uvicorn.Config(create_app(db, settings), host="127.0.0.1", port=port, log_level="warning", access_log=False)
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", db, eve["id"]
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "install Debian's chromium (scripts/test.sh does)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


def test_review_flow_in_a_real_browser(server, browser):
    url, db, eve_id = server
    page = browser.new_page(viewport={"width": 1200, "height": 1500})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(url) else None)
    # The hostile note renders as text: no dialog, no script ran, the markup is visible as characters.
    page.goto(url + "/review")
    eve = page.locator(f"#card-{eve_id}")
    assert "<script>" in eve.locator("blockquote.note").inner_text()
    assert "<img src=x" in eve.locator("h2").inner_text()
    assert "<script>" in eve.locator(".headline").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0

    page.goto(url + "/")
    assert page.locator("article.card").count() == 7

    # Keyboard: j moves to the first card, e edits its draft.
    page.keyboard.press("j")
    first = page.locator("article.card.current")
    first_id = int(first.get_attribute("data-id"))
    page.keyboard.press("e")
    area = first.locator("textarea")
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
    area.fill("Hello, this draft was edited in the browser. Camille")
    page.keyboard.press("Escape")  # blur: saved at once
    first.locator(".saved", has_text="Saved").wait_for(timeout=5000)
    with Store(db) as store:
        got = store.invitation(first_id)
    assert got["draft"] == "Hello, this draft was edited in the browser. Camille" and got["draft_edited"]

    # s marks the current card sent.
    page.keyboard.press("s")
    first.locator(".saved", has_text="Marked sent").wait_for(timeout=5000)
    with Store(db) as store:
        assert store.invitation(first_id)["status"] == "sent"

    # j then c copies the next draft (no error), and the page never called an outside host.
    page.keyboard.press("j")
    page.keyboard.press("c")
    page.locator("article.card.current .saved", has_text="Copied").wait_for(timeout=5000)
    assert dialogs == [] and page.evaluate("window.__pwned") is None
    assert outside == []

    if SCREENSHOTS:
        out = Path(SCREENSHOTS)
        out.mkdir(parents=True, exist_ok=True)
        page.reload()
        page.screenshot(path=str(out / "week.png"))
        page.goto(url + "/accept")
        page.screenshot(path=str(out / "accept.png"), clip={"x": 0, "y": 0, "width": 1200, "height": 1100})
    page.close()


def test_accept_page_filter_and_bulk_mark(server, browser):
    url, db, _ = server
    page = browser.new_page()
    page.goto(url + "/accept?intent=default_template")
    rows = page.locator("table.list tbody tr").count()
    assert rows >= 1
    page.get_by_role("link", name=f"Mark {rows} default_template as accepted…").click()
    page.wait_for_url(url + "/accept/confirm?intent=default_template")  # one click never acts: confirm first
    with Store(db) as store:
        assert [i for i in store.queue("accept") if i["intent"] == "default_template"]
    page.get_by_role("button", name=f"Yes, mark {rows} as accepted").click()
    page.wait_for_url(url + "/accept?intent=default_template")  # the filter is kept
    with Store(db) as store:
        assert not [i for i in store.queue("accept") if i["intent"] == "default_template"]
    page.get_by_role("button", name="Undo").click()  # and it can be undone
    page.wait_for_url(url + "/accept")
    with Store(db) as store:
        assert len([i for i in store.queue("accept") if i["intent"] == "default_template"]) == rows
    page.close()


def test_report_charts_render_in_chromium(server, browser, tmp_path):
    from invitriage.report import write_report

    _, db, _ = server
    with Store(db) as store:
        path = write_report(store, tmp_path)
    page = browser.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith("file://") else None)
    page.goto(path.as_uri())
    svgs = page.locator("svg")
    assert svgs.count() >= 4
    for i in range(svgs.count()):
        box = svgs.nth(i).bounding_box()
        assert box and box["width"] > 100 and box["height"] > 50
    assert page.locator("svg rect, svg path, svg polyline").count() > 20
    assert outside == []
    page.close()


def test_chromium_is_debians():
    assert shutil.which("chromium") or Path(CHROMIUM).exists()


def test_outreach_tab_edit_a_draft_and_mark_contacted(server, browser):
    url, db, _ = server
    page = browser.new_page()
    page.goto(url + "/outreach")
    cards = page.locator("article.outreach")
    assert cards.count() == 7
    first = cards.first
    name = first.locator("h2").inner_text()
    area = first.locator("textarea")
    area.fill("Bonjour, un café la semaine prochaine ?")
    area.blur()
    first.locator(".saved").filter(has_text="Saved").wait_for()
    first.get_by_role("button", name=f"Mark contacted — {name}").click()
    page.wait_for_url(url + "/outreach")
    assert name not in [page.locator("article.outreach h2").nth(i).inner_text()
                        for i in range(page.locator("article.outreach").count())]
    with Store(db) as store:
        row = store.conn.execute("SELECT state, draft, draft_edited FROM outreach o JOIN connections c "
                                 "ON c.person_key = o.person_key WHERE trim(c.first_name || ' ' || c.last_name) = ?",
                                 (name,)).fetchone()
    assert tuple(row) == ("contacted", "Bonjour, un café la semaine prochaine ?", 1)
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS) / "outreach.png"), full_page=False)
    page.close()


def test_worklist_page_in_page_order_and_printable(server, browser):
    url, _db, _ = server
    page = browser.new_page()
    page.goto(url + "/worklist")
    steps = page.locator("ol.worklist li.step")
    assert steps.count() > 3
    this_week = page.request.get(url + "/api/week").json()["week"]
    assert page.locator("ol.worklist li.reply").count() == len(this_week) > 0  # this week's replies, no more
    assert page.locator("ol.worklist li.accept").first.inner_text().startswith("Accept")
    assert page.get_by_role("button", name="Print").is_visible()
    page.emulate_media(media="print")
    assert not page.locator("header.top").is_visible()  # printed without the navigation
    page.close()
