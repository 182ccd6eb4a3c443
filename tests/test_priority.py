from __future__ import annotations

import json
from datetime import datetime, timezone

from conftest import write_export

from invitriage import Store
from invitriage.priority import order, priority, weeks

NOW = datetime(2026, 11, 20, tzinfo=timezone.utc)


def item(i, intent, benefit=0.0, meet=False, confidence=0.9, sent="2026-11-01T00:00:00+00:00"):
    return {"id": i, "intent": intent, "benefit": benefit, "meet": meet, "confidence": confidence, "sent_at": sent}


def test_documented_score():
    # content 2.0 + benefit 0.5 + meet 1 + 0.5 * 0.8 + 0.5 * min(19/60, 1)
    assert priority(item(1, "content", 0.5, True, 0.8), NOW) == round(2.0 + 0.5 + 1.0 + 0.4 + 0.5 * 19 / 60, 4)


def test_stated_reasons_come_before_headline_matches_and_pitches_last():
    ranked = order([item(1, "sales_pitch"), item(2, "no_note", benefit=0.6), item(3, "met_before"),
                    item(4, "job_seeking")], NOW)
    assert [i["id"] for i in ranked] == [3, 4, 2, 1]


def test_older_invitations_rise():
    old, new = item(1, "content", sent="2026-08-01T00:00:00+00:00"), item(2, "content", sent="2026-11-19T00:00:00+00:00")
    assert [i["id"] for i in order([new, old], NOW)] == [1, 2]


def test_budget_slicing_across_weeks_keeps_the_order():
    items = [item(i, "content", sent=f"2026-10-{10 + i:02d}T00:00:00+00:00") for i in range(17)]
    batches = weeks(items, 7, NOW)
    assert [len(b) for b in batches] == [7, 7, 3]
    flat = [i["id"] for b in batches for i in b]
    assert flat == [i["id"] for i in order(items, NOW)]
    assert weeks([], 7, NOW) == []


NOTES = [
    "Bonjour, nous nous sommes rencontrés au salon E-Marketing Paris.",
    "Hi, we met at BrightonSEO last April, great chat about links!",
    "J'ai lu votre article sur le SEO local, très utile pour ma boutique.",
    "Thanks for your talk at the Lyon growth meetup yesterday.",
    "Pourriez-vous me conseiller sur ma stratégie de contenu ? Je lance mon activité.",
    "Sophie Martin m'a suggéré de vous contacter au sujet de mon projet.",
    "I'm looking for an internship in digital marketing from January.",
    "Nous cherchons un consultant SEO pour une mission de 3 mois à Lyon.",
    "We worked together at Atelier Nord back in 2019, good to see you here!",
    "J'ai écouté votre podcast sur les social ads, bravo pour les exemples.",
]


def test_queue_week_through_the_cli(run, tmp_path):
    rows = "\n".join(
        f'Person {i},Camille Laurent,"10/{i + 1}/26, 9:00 AM","{note}",'
        f"INCOMING,https://www.linkedin.com/in/p{i},https://www.linkedin.com/in/cl" for i, note in enumerate(NOTES))
    export = write_export(tmp_path / "e", {"Invitations.csv": "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n" + rows + "\n"})
    cfg = tmp_path / "c.toml"
    cfg.write_text("weekly_budget = 4\n", encoding="utf-8")
    run("import", str(export))
    run("triage", "--config", str(cfg))
    w1 = json.loads(run("queue", "--week", "--format", "json", "--config", str(cfg)).output)
    w2 = json.loads(run("queue", "--week", "2", "--format", "json", "--config", str(cfg)).output)
    w3 = json.loads(run("queue", "--week", "3", "--format", "json", "--config", str(cfg)).output)
    assert [len(w1), len(w2), len(w3)] == [4, 4, 2]
    assert not {i["id"] for i in w1} & {i["id"] for i in w2}
    assert w1[0]["priority"] >= w1[-1]["priority"] >= w2[0]["priority"]
    table = run("queue", "--week", "--config", str(cfg)).output
    assert "Week 1: 4 replies (budget 4); 6 more in the following weeks" in table


def test_rejudging_after_a_settings_change_keeps_overrides(run, tmp_path, db_path, basic_export):
    run("import", str(basic_export))
    run("triage")
    with Store(db_path) as store:
        ana = next(i for i in store.queue("reply") if i["name"] == "Ana Ruiz")
        helene = next(i for i in store.queue("accept") if i["name"] == "Hélène Girard")
    assert run("override", str(ana["id"]), "--action", "accept").exit_code == 0
    cfg = tmp_path / "c.toml"
    cfg.write_text('[actions]\nno_note = "hold"\nmet_before = "reply"\n', encoding="utf-8")
    run("triage", "--config", str(cfg))
    with Store(db_path) as store:
        accepted = {i["name"]: i for i in store.queue("accept")}
        held = {i["name"] for i in store.queue("hold")}
    assert accepted["Ana Ruiz"]["overridden"] and accepted["Ana Ruiz"]["machine_action"] == "reply"
    assert "Hélène Girard" in held  # the machine decision followed the new setting
    assert helene["action"] == "accept"
    # Undoing the override gives the machine's judgment back.
    run("override", str(ana["id"]), "--clear")
    with Store(db_path) as store:
        assert "Ana Ruiz" in {i["name"] for i in store.queue("reply")}


def test_override_intent_takes_its_action_and_unknown_id_is_an_error(run, db_path, basic_export):
    run("import", str(basic_export))
    run("triage")
    with Store(db_path) as store:
        ana = next(i for i in store.queue("reply") if i["name"] == "Ana Ruiz")
    run("override", str(ana["id"]), "--intent", "generic")
    with Store(db_path) as store:
        got = next(i for i in store.queue("accept") if i["name"] == "Ana Ruiz")
    assert got["intent"] == "generic"
    bad = run("override", "99999", "--action", "reply")
    assert bad.exit_code == 2 and "no invitation with id 99999" in bad.output


def test_stale_invitations_are_counted_and_left_out_of_the_reply_queue(tmp_path):
    from datetime import timedelta

    from invitriage.service import Workspace
    from invitriage.settings import Settings

    now = datetime.now(timezone.utc)
    pending = tmp_path / "pending.csv"
    pending.write_text(
        "name,profile_url,sent_at,note\n"
        f"Fresh Fred,https://www.linkedin.com/in/fred,{(now - timedelta(days=3)).date()},Hi Camille we met at the SEO Camp in Lyon\n"
        f"Old Olga,https://www.linkedin.com/in/olga,{(now - timedelta(days=900)).date()},Hi Camille we met at the SEO Camp in Lyon\n",
        encoding="utf-8")
    with Workspace.open(tmp_path / "s.db", Settings(stale_after_days=180)) as ws:
        ws.import_paths([pending])
        ws.triage()
        assert [i["name"] for i in ws.queue("reply")] == ["Fresh Fred"]
        assert [i["name"] for i in ws.week().items] == ["Fresh Fred"]
        assert [i["name"] for i in ws.queue("reply", stale=True)] == ["Old Olga"]
        assert ws.counts()["stale"] == 1
        _path, figures = ws.report(tmp_path / "report")
        assert figures.backlog_stale == 1
    config = tmp_path / "invitriage.toml"
    config.write_text("stale_after_days = 180\n", encoding="utf-8")
    from click.testing import CliRunner

    from invitriage.cli.main import cli

    out = CliRunner().invoke(cli, ["triage", "--db", str(tmp_path / "s.db"), "--config", str(config)]).output
    assert "1 pending invitation(s) are older than 180 days (stale)" in out
    out = CliRunner().invoke(cli, ["queue", "--db", str(tmp_path / "s.db"), "--config", str(config)]).output
    assert "1 stale ones (older than 180 days) are left out" in out
    listed = json.loads(CliRunner().invoke(cli, ["queue", "--format", "json", "--db", str(tmp_path / "s.db"),
                                                 "--config", str(config)]).output)
    assert [i["name"] for i in listed] == ["Fresh Fred"]
    with Workspace.open(tmp_path / "s.db", Settings(stale_after_days=0)) as ws:
        assert len(ws.queue("reply")) == 2  # 0: nothing is ever stale
