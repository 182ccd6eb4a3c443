"""The network report: figures with known answers, partial exports, a safe self-contained HTML file."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import pytest

from invitriage import Store, import_paths, triage
from invitriage.report.charts import bar_chart, hbar_chart
from invitriage.report.figures import compute_figures, summary_lines
from invitriage.report.page import write_report

from conftest import CONNECTIONS, INVITATIONS_V3, PREAMBLE, PROFILE, write_export

CONN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
INV_HEADER = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
MSG_HEADER = ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
              "SUBJECT,CONTENT,FOLDER\n")
OWNER_URL = "https://www.linkedin.com/in/camille-laurent"
HOSTILE = "<script>alert(1)</script>"


def url(slug: str) -> str:
    return f"https://www.linkedin.com/in/{slug}"


def connections_csv(rows: list[tuple[str, str, str, str, str]]) -> str:
    """rows of (first, last, url, company, connected_on)."""
    return PREAMBLE + CONN_HEADER + "".join(f'{f},{l},{u},,"{c}",,{d}\n' for f, l, u, c, d in rows)


def invitation_line(name: str, slug: str, sent: date, note: str = "", direction: str = "INCOMING") -> str:
    when = f'"{sent.month}/{sent.day}/{sent.strftime("%y")}, 9:00 AM"'  # Pacific morning: same UTC day
    if direction == "INCOMING":
        return f'"{name}",Camille Laurent,{when},"{note}",INCOMING,{url(slug)},{OWNER_URL}\n'
    return f'Camille Laurent,"{name}",{when},"{note}",OUTGOING,{OWNER_URL},{url(slug)}\n'


def message_line(cid: str, sender: str, sender_url: str, recipient_urls: list[str], day: str) -> str:
    return f'{cid},,"{sender}",{sender_url},x,"{",".join(recipient_urls)}",{day} 10:00:00 UTC,,hello,INBOX\n'


def load(store: Store, root: Path, files: dict[str, str]) -> Store:
    import_paths(store, [write_export(root, files)])
    return store


def html_of(store: Store, out: Path, **kw) -> str:
    path = write_report(store, out, **kw)
    assert path == out / "report.html"
    return path.read_text(encoding="utf-8")


# -- the useful share: 3 of 60 connections with a conversation -----------------------------------


def sixty_connections() -> str:
    rows = [(f"P{i:02d}", "Person", url(f"p{i:02d}"), "Acme" if i == 1 else "Nord",
             "10 Jun 2024" if i <= 18 else "03 Mar 2025") for i in range(1, 58)]  # 18 in 2024, 39 in 2025
    rows += [("Nina", "Noor", "", "Solo", "01 May 2024"),    # no URL: key "name:nina noor"
             ("Omar", "Name", "", "", "02 Feb 2025"),
             ("", "", "", "", "15 Jan 2024")]                 # hidden profile: counted, never matched
    return connections_csv(rows)


def sixty_messages() -> str:
    return MSG_HEADER + "".join([
        message_line("c1", "P01 Person", url("p01"), [OWNER_URL], "2024-07-01"),
        message_line("c2", "Camille Laurent", OWNER_URL, [url("p20")], "2025-04-01"),
        message_line("c3", "Nina Noor", "", [OWNER_URL], "2024-06-01"),             # sender without URL
        message_line("c4", "A Stranger", url("stranger"), [OWNER_URL], "2025-05-01"),
        message_line("c5", "Camille Laurent", OWNER_URL, [url("p01"), url("stranger")], "2025-06-01"),
    ])


@pytest.fixture
def sixty(store: Store, tmp_path: Path) -> Store:
    return load(store, tmp_path / "sixty", {"Connections.csv": sixty_connections(), "messages.csv": sixty_messages(),
                                            "Profile.csv": PROFILE})


def test_three_of_sixty_connections_with_a_conversation_is_five_percent(sixty):
    f = compute_figures(sixty)
    assert f.connections_total == 60
    assert f.messaged_connections == 3
    assert f.useful_share_pct == pytest.approx(5.0)
    assert any("5.0 % of your connections (3 of 60)" in line for line in summary_lines(f))


def test_useful_share_by_year_of_connection(sixty):
    f = compute_figures(sixty)
    by_year = {y.year: (y.connections, y.messaged, y.pct) for y in f.useful_by_year}
    assert by_year == {"2024": (20, 2, pytest.approx(10.0)), "2025": (40, 1, pytest.approx(2.5))}
    assert f.useful_companies == [("Acme", 1), ("Nord", 1), ("Solo", 1)]


def test_connections_over_time_are_cumulative_per_month(sixty):
    f = compute_figures(sixty)
    months = {m.month: (m.added, m.total) for m in f.connections_by_month}
    assert f.connections_by_month[0].month == "2024-01" and f.connections_by_month[-1].month == "2025-03"
    assert months["2024-01"] == (1, 1) and months["2024-05"] == (1, 2) and months["2024-06"] == (18, 20)
    assert months["2024-12"] == (0, 20) and months["2025-02"] == (1, 21) and months["2025-03"] == (39, 60)
    assert len(f.connections_by_month) == 15  # every month, gaps included


# -- invitations per month and per 1,000 connections ----------------------------------------------


@pytest.fixture
def rate(store: Store, tmp_path: Path) -> Store:
    conns = ([(f"J{i}", "X", url(f"j{i}"), "", "15 Jan 2025") for i in range(10)]
             + [(f"F{i}", "X", url(f"f{i}"), "", "10 Feb 2025") for i in range(10)]
             + [(f"M{i}", "X", url(f"m{i}"), "", "05 Mar 2025") for i in range(20)])
    invs = ([invitation_line(f"Jan {i}", f"ij{i}", date(2025, 1, 20)) for i in range(2)]
            + [invitation_line("Out Going", "og", date(2025, 2, 12), direction="OUTGOING")]  # not received
            + [invitation_line(f"Mar {i}", f"im{i}", date(2025, 3, 10 + i)) for i in range(6)])
    return load(store, tmp_path / "rate", {"Connections.csv": connections_csv(conns),
                                           "Invitations.csv": INV_HEADER + "".join(invs)})


def test_invitation_rate_series_computed_by_hand(rate):
    f = compute_figures(rate)
    series = [(m.month, m.received, m.network, m.per_1000) for m in f.invitations_by_month]
    # Jan: 2 / 10 connections; Feb: 0 / 20; Mar: 6 / 40  → 200, 0, 150 per 1,000
    assert series == [("2025-01", 2, 10, pytest.approx(200.0)), ("2025-02", 0, 20, pytest.approx(0.0)),
                      ("2025-03", 6, 40, pytest.approx(150.0))]
    assert f.invitations_received == 8
    lines = summary_lines(f)
    assert "Per 1,000 connections, invitations went from 200 in Jan 2025 to 150 in Mar 2025." in lines


def test_rate_is_unknown_without_connections(store, tmp_path):
    load(store, tmp_path / "inv", {"Invitations.csv": INVITATIONS_V3})
    f = compute_figures(store)
    assert f.invitations_by_month and all(m.per_1000 is None for m in f.invitations_by_month)


# -- backlog, notes, intents and time saved -------------------------------------------------------

TODAY = date(2025, 7, 1)
AGES = [1, 29, 30, 89, 90, 179, 180, 400]


@pytest.fixture
def backlog(store: Store, tmp_path: Path) -> Store:
    invs = [invitation_line(f"Age {a}", f"age-{a}", TODAY - timedelta(days=a),
                            {89: "We met at SMX Paris", 90: "Loved your podcast"}.get(a, "")) for a in AGES]
    invs.append(invitation_line("Ben Ode", "benode", TODAY - timedelta(days=10), "Bonjour"))  # already connected
    invs.append(invitation_line("Rita Sent", "rita", TODAY - timedelta(days=500)))            # owner replied
    load(store, tmp_path / "backlog", {"Invitations.csv": INV_HEADER + "".join(invs), "Connections.csv": CONNECTIONS})
    store.conn.execute("UPDATE invitations SET status = 'sent' WHERE person_key = 'rita'")
    return store


def _ids(store: Store) -> dict[str, int]:
    return {r["person_key"]: r["id"] for r in store.conn.execute("SELECT id, person_key FROM invitations")}


def _decide(store: Store, plan: dict[str, tuple[str, str]]) -> None:
    ids = _ids(store)
    store.save_decisions([{"invitation_id": ids[key], "intent": intent, "action": action, "lang": "en",
                           "confidence": 0.9, "evidence": "[]", "judged_at": "2025-07-01T00:00:00+00:00",
                           "judge_version": "test"} for key, (intent, action) in plan.items()])


def test_backlog_age_count_median_oldest_and_buckets(backlog):
    f = compute_figures(backlog, today=TODAY)
    assert f.backlog_count == 8  # Ben (already connected) and Rita (sent) are not waiting
    assert f.backlog_median_days == pytest.approx(89.5)
    assert f.backlog_oldest_days == 400 and f.backlog_oldest_name == "Age 400"
    assert list(f.backlog_buckets.values()) == [2, 2, 2, 2]
    assert list(f.backlog_buckets) == ["< 1 month", "1–3 months", "3–6 months", "> 6 months"]


def test_without_triage_intents_and_time_saved_are_reported_missing(backlog):
    f = compute_figures(backlog, today=TODAY)
    assert f.note_share_pct == pytest.approx(30.0)  # 3 of 10 incoming carry a note
    assert f.note_intents is None and f.hours_saved is None
    assert any("Triage has not run" in m for m in f.missing)


def test_note_intents_and_time_saved_follow_the_owners_overrides(backlog):
    plan = {f"age-{a}": ("no_note", "accept") for a in (1, 29, 30, 179)}
    plan |= {"age-89": ("met_before", "reply"), "age-90": ("content", "reply"),
             "age-180": ("no_note", "accept"), "age-400": ("sales_pitch", "reply"),
             "benode": ("generic", "accept")}  # already connected: neither saved time nor a note intent
    _decide(backlog, plan)
    ids = _ids(backlog)
    backlog.set_override(ids["age-180"], None, "reply")
    backlog.set_override(ids["age-400"], None, "accept")
    backlog.set_override(ids["age-90"], "referral", None)
    f = compute_figures(backlog, minutes_per_reply=9, today=TODAY)
    assert f.note_intents == {"met_before": 1, "referral": 1}
    assert f.accepted_silently == 5  # 4 accepted + 1 overridden to accept
    assert f.hours_saved == pytest.approx(0.75)  # 5 × 9 min
    assert "saves 0.8 hours at 9 minutes per reply" in " ".join(summary_lines(f))
    assert not any("Triage" in m for m in f.missing)


def test_pending_invitations_not_judged_yet_are_mentioned(backlog):
    _decide(backlog, {"age-1": ("no_note", "accept")})
    f = compute_figures(backlog, today=TODAY)
    assert any(m.startswith("7 pending invitations are not judged yet") for m in f.missing)


# -- partial exports ------------------------------------------------------------------------------


def test_only_invitations(store, tmp_path):
    load(store, tmp_path / "inv", {"Invitations.csv": INVITATIONS_V3})
    f = compute_figures(store, today=date(2025, 4, 1))
    text = " ".join(f.missing)
    assert "Connections.csv" in text and "messages.csv" in text and "Triage has not run" in text
    assert "Invitations.csv" not in text
    assert f.useful_share_pct is None and f.backlog_count == 3
    html = html_of(store, tmp_path / "out")
    assert "What is missing" in html and "Needs Connections.csv and messages.csv." in html
    assert any(line.startswith("Missing: Connections.csv") for line in summary_lines(f))


def test_only_connections(store, tmp_path):
    load(store, tmp_path / "conn", {"Connections.csv": CONNECTIONS})
    f = compute_figures(store)
    text = " ".join(f.missing)
    assert "Invitations.csv" in text and "messages.csv" in text and "Connections.csv:" not in text
    assert f.connections_total == 3 and f.useful_share_pct is None
    assert "Needs Invitations.csv." in html_of(store, tmp_path / "out")


def test_empty_database(store, tmp_path):
    f = compute_figures(store)
    assert len(f.missing) == 3 and f.connections_total == 0 and f.backlog_count == 0
    assert f.note_share_pct is None and f.hours_saved is None
    lines = summary_lines(f)
    assert lines and all(line.startswith("Missing:") for line in lines)
    html = html_of(store, tmp_path / "deep" / "out")  # the folder is created
    assert "What is missing" in html and "<svg" not in html


# -- a safe, self-contained file ------------------------------------------------------------------


def _assert_self_contained(html: str) -> None:
    for bad in ("http", "//", "<script", "<img", "<link", "url(", "@import", "<iframe"):
        assert bad not in html.lower(), bad
    svgs = re.findall(r"<svg.*?</svg>", html, flags=re.S)
    for svg in svgs:
        ET.fromstring(svg)  # well-formed: every text is escaped
    return None


def test_html_has_no_external_url_and_charts_are_well_formed_svg(sixty, tmp_path):
    html = html_of(sixty, tmp_path / "out")  # the data holds profile URLs: none reaches the report
    _assert_self_contained(html)
    assert html.count("<svg") >= 2 and "<title>" in html
    assert "Only 5.0 % of your connections (3 of 60) ever exchanged a message with you." in html


def test_hostile_text_is_escaped(store, tmp_path):
    profile = PROFILE.replace("Camille,Laurent", f'"{HOSTILE}",Laurent')
    conns = connections_csv([("Eve", "Il", url("eve"), HOSTILE, "01 Jan 2025")])
    invs = INV_HEADER + invitation_line('<img src=x onerror=alert(1)>', "img", date(2025, 2, 1), HOSTILE)
    msgs = MSG_HEADER + message_line("c1", "Eve Il", url("eve"), [OWNER_URL], "2025-01-05")
    load(store, tmp_path / "evil", {"Profile.csv": profile, "Connections.csv": conns, "Invitations.csv": invs,
                                    "messages.csv": msgs})
    html = html_of(store, tmp_path / "out", today=date(2025, 3, 1))
    _assert_self_contained(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # owner name and company, shown as text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html      # the oldest waiting inviter


def test_chart_builders_escape_their_text():
    svg = bar_chart("<b>t</b>", ["<x>"], [3]) + hbar_chart("a & b", [("<y>", 2)])
    assert "<x>" not in svg and "<y>" not in svg and "&lt;b&gt;" in svg and "a &amp; b" in svg
    ET.fromstring("<div>" + svg + "</div>")


# -- the bundled sample ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("sample") / "sample.db")
    import_paths(store, [resources.files("invitriage") / "sample" / "export"])
    triage(store)
    yield store
    store.close()


def test_sample_figures_are_plausible(sample, tmp_path):
    f = compute_figures(sample, today=date(2026, 11, 20))
    assert f.connections_total == 2600
    assert 1.0 < (f.useful_share_pct or 0) < 10.0
    by_month = {m.month: m for m in f.invitations_by_month}
    months = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]
    received = [by_month[m].received for m in months]
    rates = [by_month[m].per_1000 for m in months]
    assert received == sorted(received) and len(set(received)) == 5
    assert rates == sorted(rates)
    assert 2.0 < (f.note_share_pct or 0) < 4.0 and f.note_intents
    assert f.backlog_count > 3000 and f.accepted_silently and f.accepted_silently > 3000
    assert f.missing == []
    html = html_of(sample, tmp_path / "out", today=date(2026, 11, 20))
    _assert_self_contained(html)
    assert html.count("<svg") == 7  # with the useful share over time
    assert len(summary_lines(f)) == 7


def test_odd_stored_values_do_not_break_the_report(store, tmp_path):
    import_id = store.begin_import("hand-made")
    store.add_connections([{"person_key": "x", "name_key": "x", "first_name": "X", "last_name": "", "profile_url": None,
                            "email": None, "company": None, "position": None, "connected_on": "n/a", "raw": "{}"}],
                          import_id)
    store.add_invitations([{"direction": "INCOMING", "person_key": "y", "name_key": "y", "name": "Y",
                            "profile_url": None, "headline": None, "sent_at": "yesterday", "note": "",
                            "source": "t", "raw": "{}"}], import_id)
    store.add_messages([{"row_hash": "h", "conversation_id": None, "from_name": "X", "sender_key": "x",
                         "recipient_keys": "not json", "date": None, "subject": None, "content": "", "folder": None,
                         "raw": "{}"}], import_id)
    f = compute_figures(store)
    assert f.connections_total == 1 and f.connections_undated == 1 and f.useful_share_pct == pytest.approx(100.0)
    assert f.invitations_received == 1 and f.invitations_by_month == []
    _assert_self_contained(html_of(store, tmp_path / "out"))
