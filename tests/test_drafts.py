from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, timedelta, timezone
from itertools import product

import pytest
from conftest import CONNECTIONS, INVITATIONS_V3, PROFILE, write_export

from invitriage import ConfigError, Store
from invitriage.drafts import MAX_CHARS, TEMPLATES, draft_for, is_informal, reason_quote, render
from invitriage.settings import Settings
from invitriage.taxonomy import LANGUAGES

LEFTOVER = re.compile(r"\{|\}|\[[^\]]*\]|\bNone\b|  ")


@pytest.mark.parametrize("name, lang", list(product(TEMPLATES, LANGUAGES)))
def test_every_intent_and_language_renders_a_complete_draft(name, lang):
    for first, informal, quote, resource in product(("", "Marie-Christine"), (False, True),
                                                     ("", "we met at the E-Marketing fair in Paris last March and talked about local SEO for shops " * 1),
                                                     ("", "https://camille.example/guide-for-students-and-young-marketers-2026")):
        d = render(name, lang, {"first_name": first, "informal": informal, "quote": quote[:100].strip(),
                                "signature": "Camille Laurent — Conseil en marketing digital", "resource": resource})
        assert d.text and len(d.text) <= MAX_CHARS, (name, lang, len(d.text))
        assert not LEFTOVER.search(d.text), d.text
        if first:
            assert first in d.text
        assert d.text.rstrip().endswith("Camille Laurent — Conseil en marketing digital")


def test_drafts_differ_by_intent():
    ctx = {"first_name": "Ana", "informal": False, "quote": "", "signature": "Camille", "resource": ""}
    for lang in LANGUAGES:
        texts = {name: render(name, lang, ctx).text for name in TEMPLATES}
        assert len(set(texts.values())) == len(TEMPLATES)
        assert len(texts["sales_pitch"]) < max(len(t) for t in texts.values())


@pytest.mark.parametrize(
    "note, lang, informal",
    [
        ("Salut Camille, j'ai adoré ton article sur le SEO !", "fr", True),
        ("Bonjour Madame, j'ai lu votre article avec intérêt.", "fr", False),
        ("Coucou ! On s'est vus au salon, tu te souviens ?", "fr", True),
        ("Hallo Jan, wie geht es dir? Dein Vortrag war super.", "de", True),
        ("Sehr geehrte Frau Weber, Ihr Vortrag hat mich begeistert.", "de", False),
        ("Hola Ana, vi tu charla en Madrid, ¡me encantó!", "es", True),
        ("Estimada Sra. Ruiz, leí su artículo y me gustaría contactar con usted.", "es", False),
        ("Ciao Marco, ho letto il tuo post!", "it", True),
        ("Gentile dottoressa, ho letto il Suo articolo.", "it", False),
        ("Oi Ana, vi teu post, adorei!", "pt", True),
        ("Prezado senhor, li o artigo do senhor.", "pt", False),
        ("Hoi Sanne, ik las je artikel!", "nl", True),
        ("Geachte heer De Vries, ik las uw artikel.", "nl", False),
        ("", "fr", False),
    ],
)
def test_register_detection(note, lang, informal):
    assert is_informal(note, lang) is informal


def test_the_draft_refers_to_what_the_sender_wrote():
    note = "Bonjour Camille, nous nous sommes rencontrés au salon E-Marketing Paris. Au plaisir !"
    q = reason_quote(note, [{"rule": "cue.met_before.fr", "quote": "nous nous sommes rencontrés"}])
    assert q == "nous nous sommes rencontrés au salon E-Marketing Paris"
    item = {"name": "Léa Martin", "note": note, "lang": "fr", "intent": "met_before", "action": "reply",
            "evidence": [{"rule": "cue.met_before.fr", "quote": "nous nous sommes rencontrés"}]}
    d = draft_for(item, Settings(signature="Camille"))
    assert d is not None and "Léa" in d.text and "salon E-Marketing Paris" in d.text and d.lang == "fr"
    assert " vous " in f" {d.text} " or "votre" in d.text  # formal, like the note


def test_other_language_falls_back_to_the_owner_language():
    item = {"name": "Aylin Kaya", "note": "", "lang": "other", "intent": "no_note", "action": "reply", "evidence": []}
    assert draft_for(item, Settings(language="de", signature="Jan")).lang == "de"
    assert draft_for({**item, "action": "accept"}, Settings()) is None


def test_owner_template_wins_and_a_broken_one_names_the_file(tmp_path):
    (tmp_path / "content.fr.txt").write_text("Merci {{ first_name }} ! {{ signature }}", encoding="utf-8")
    ctx = {"first_name": "Léa", "informal": False, "quote": "", "signature": "C.", "resource": ""}
    assert render("content", "fr", ctx, tmp_path).text == "Merci Léa ! C."
    (tmp_path / "content.fr.txt").write_text("Merci {{ prenom }}", encoding="utf-8")
    with pytest.raises(ConfigError, match="content.fr.txt.*template error"):
        render("content", "fr", ctx, tmp_path)


def _setup(run, tmp_path, files):
    export = write_export(tmp_path / "e1", files)
    cfg = tmp_path / "invitriage.toml"
    cfg.write_text('signature = "Camille"\nowner_name = "Camille Laurent"\n', encoding="utf-8")
    assert run("import", str(export)).exit_code == 0
    assert run("triage", "--config", str(cfg)).exit_code == 0
    return cfg


MESSAGES_HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"


def test_status_queued_drafted_sent_answered(run, tmp_path, db_path):
    _setup(run, tmp_path, {"Invitations.csv": INVITATIONS_V3, "Connections.csv": CONNECTIONS, "Profile.csv": PROFILE})
    with Store(db_path) as store:
        ana = next(i for i in store.queue("reply") if i["name"] == "Ana Ruiz")
        helene = next(i for i in store.queue("accept") if i["name"] == "Hélène Girard")
    assert ana["status"] == "drafted" and ana["draft"] and "Ana" in ana["draft"]
    assert helene["status"] == "queued" and helene["draft"] is None
    assert run("sent", str(ana["id"])).exit_code == 0
    with Store(db_path) as store:
        assert store.queue("reply") == []  # done: out of the queue
        ana = store.invitation(ana["id"])
    assert ana["status"] == "sent" and ana["replied_at"]
    # A newer export brings Ana's answer, dated after the reply was marked sent.
    later = (datetime.now(timezone.utc) + timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S UTC")
    messages = MESSAGES_HEADER + (f"c9,,Ana Ruiz,https://www.linkedin.com/in/ana-ruiz,Camille Laurent,"
                                  f"https://www.linkedin.com/in/camille-laurent,{later},,¡Gracias Camille! Hablamos pronto,INBOX\n")
    newer = write_export(tmp_path / "e2", {"Invitations.csv": INVITATIONS_V3, "messages.csv": messages})
    assert run("import", str(newer)).exit_code == 0
    with Store(db_path) as store:
        ana = store.invitation(ana["id"])
    assert ana["status"] == "answered" and ana["answered_at"].startswith(later[:10])


def test_a_reply_sent_before_the_import_is_detected(run, tmp_path, db_path):
    messages = MESSAGES_HEADER + ("c1,,Camille Laurent,https://www.linkedin.com/in/camille-laurent,Ana Ruiz,"
                                  "https://www.linkedin.com/in/ana-ruiz,2025-03-11 09:00:00 UTC,,\"Hola Ana, ¡encantada!\",INBOX\n"
                                  "c2,,Camille Laurent,https://www.linkedin.com/in/camille-laurent,Hélène Girard,"
                                  "https://www.linkedin.com/in/h%C3%A9l%C3%A8ne-girard-83b1,2024-01-01 09:00:00 UTC,,Old message,INBOX\n")
    _setup(run, tmp_path, {"Invitations.csv": INVITATIONS_V3, "Profile.csv": PROFILE, "messages.csv": messages})
    with Store(db_path) as store:
        rows = {r["name"]: dict(r) for r in store.conn.execute("SELECT name, status, replied_at FROM invitations")}
    assert rows["Ana Ruiz"]["status"] == "sent" and rows["Ana Ruiz"]["replied_at"] == "2025-03-11T09:00:00+00:00"
    assert rows["Hélène Girard"]["status"] != "sent"  # that message predates her invitation


def test_edited_draft_survives_rejudging(run, tmp_path, db_path):
    cfg = _setup(run, tmp_path, {"Invitations.csv": INVITATIONS_V3})
    with Store(db_path) as store:
        ana = next(i for i in store.queue("reply") if i["name"] == "Ana Ruiz")
    assert run("draft", str(ana["id"]), "--text", "Hola Ana, ¡qué gusto! Camille").exit_code == 0
    run("triage", "--config", str(cfg))
    with Store(db_path) as store:
        ana = store.invitation(ana["id"])
    assert ana["draft"] == "Hola Ana, ¡qué gusto! Camille" and ana["draft_edited"]


def test_export_neutralises_spreadsheet_formulas(run, tmp_path):
    evil = INVITATIONS_V3.replace("Ana Ruiz,Camille", '"=HYPERLINK(""http://evil.example"",""x"")",Camille')
    _setup(run, tmp_path, {"Invitations.csv": evil})
    out = run("export", "--action", "reply").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and rows[0]["name"].startswith("'=HYPERLINK")
    assert rows[0]["draft"] and rows[0]["profile_url"] == "https://www.linkedin.com/in/ana-ruiz"
    as_json = json.loads(run("export", "--action", "reply", "--format", "json").output)
    assert as_json[0]["name"].startswith("=HYPERLINK")  # JSON is data, not a spreadsheet
    accept = list(csv.DictReader(io.StringIO(run("export", "--action", "accept").output)))
    assert sorted(r["name"] for r in accept) == ["Ben Ode", "Hélène Girard"] and "draft" not in accept[0]


def test_drafts_preview_command(run):
    result = run("drafts", "--lang", "de", "--intent", "content", db=False)
    assert result.exit_code == 0, result.output
    assert "formal" in result.output and "informal" in result.output and "Marie" in result.output


def test_preview_quotes_an_example_in_the_same_language(run):
    result = run("drafts", "--lang", "it", "--intent", "content", db=False)
    example = next(line for line in result.output.splitlines() if line.startswith("example note:"))
    from invitriage.lang import detect_language

    assert detect_language(example.removeprefix("example note: ")) == "it"


def test_queue_week_with_drafts(run, tmp_path):
    _setup(run, tmp_path, {"Invitations.csv": INVITATIONS_V3})
    out = run("queue", "--week", "--drafts").output
    assert "Ana Ruiz" in out and "note: Hola Camille" in out and "Camille" in out.split("note:")[1]


def test_an_override_to_reply_from_the_cli_gets_its_draft_at_once_and_undo_puts_it_back(run, tmp_path, db_path):
    _setup(run, tmp_path, {"Invitations.csv": INVITATIONS_V3})
    with Store(db_path) as store:
        helene = next(i for i in store.queue("accept") if i["name"] == "Hélène Girard")
    assert run("override", str(helene["id"]), "--intent", "met_before").exit_code == 0
    with Store(db_path) as store:
        got = store.invitation(helene["id"])
    assert got["action"] == "reply" and got["status"] == "drafted" and "Hélène" in got["draft"]
    assert run("override", str(helene["id"]), "--clear").exit_code == 0
    with Store(db_path) as store:
        got = store.invitation(helene["id"])
    assert got["action"] == "accept" and got["status"] == "queued"
