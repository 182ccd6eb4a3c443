"""The workspace's undo operations, as both faces use them: each puts back exactly what was there before."""

from __future__ import annotations

import pytest
from conftest import CONNECTIONS, INVITATIONS_V3, PROFILE, write_export

from invitriage.errors import InputError
from invitriage.service import Workspace
from invitriage.settings import Settings

SETTINGS = Settings(signature="Camille", owner_name="Camille Laurent", weekly_budget=5, stale_after_days=0)


@pytest.fixture
def ws(tmp_path, db_path):
    export = write_export(tmp_path / "e", {"Invitations.csv": INVITATIONS_V3, "Connections.csv": CONNECTIONS,
                                            "Profile.csv": PROFILE})
    with Workspace.open(db_path, SETTINGS) as ws:
        ws.import_paths([export])
        ws.triage()
        yield ws


def by_name(ws: Workspace, name: str) -> dict:
    return next(i for i in ws.store.queue(done=True) if i["name"] == name)


def test_restore_override_puts_back_the_earlier_decision(ws):
    ana = by_name(ws, "Ana Ruiz")
    assert ws.own_decision(ana["id"]) is None
    ws.override(ana["id"], "met_before")
    first = ws.own_decision(ana["id"])
    assert first == ("met_before", "reply")
    ws.override(ana["id"], action="hold")
    assert by_name(ws, "Ana Ruiz")["action"] == "hold"
    ws.restore_override(ana["id"], first)  # the undo of the second change keeps the first one
    got = by_name(ws, "Ana Ruiz")
    assert (got["intent"], got["action"], got["overridden"]) == ("met_before", "reply", True)
    assert got["draft"]  # a reply again: drafted again
    assert [c["action"] for c in ws.store.corrections()] == ["reply"]  # one active correction, the earlier one
    ws.restore_override(ana["id"], None)  # the undo of the first: the machine decides again
    got = by_name(ws, "Ana Ruiz")
    assert (got["intent"], got["action"], got["overridden"]) == (ana["intent"], ana["action"], False)
    assert ws.store.corrections() == []


def test_restore_override_refuses_what_override_refuses(ws):
    ana = by_name(ws, "Ana Ruiz")
    with pytest.raises(InputError, match="unknown intent"):
        ws.restore_override(ana["id"], ("bogus", None))
    ws.mark_sent([ana["id"]])
    with pytest.raises(InputError, match="already sent"):
        ws.restore_override(ana["id"], ("met_before", "reply"))


def test_the_last_bulk_accept_can_be_undone_once(ws):
    assert ws.last_accept().count == 0
    done = ws.accept_all()
    assert done.count == 1 and ws.last_accept().ids == done.ids
    assert by_name(ws, "Hélène Girard")["status"] == "accepted"
    assert ws.undo_last_accept() == 1
    assert by_name(ws, "Hélène Girard")["status"] in ("queued", "drafted")
    assert ws.last_accept().count == 0 and ws.undo_last_accept() == 0
    with pytest.raises(InputError, match="unknown intent"):
        ws.accept_all("bogus")


def test_bulk_accept_marks_exactly_the_list_shown(ws):
    stale = Workspace(ws.store, Settings(stale_after_days=30))  # every invitation here is from 2025: stale
    assert stale.queue("accept") == [] and stale.accept_all().count == 0
    assert by_name(ws, "Hélène Girard")["status"] in ("queued", "drafted")


def test_queue_items_carry_exactly_their_typed_keys(ws):
    from invitriage.results import QueueItem

    declared = set(QueueItem.__annotations__)
    reply, accept = ws.queue("reply"), ws.queue("accept")
    assert reply and accept
    assert all(set(i) == declared for i in reply)  # the reply queue is ordered: priority included
    assert all(set(i) == declared - {"priority"} for i in accept)
    assert all(set(e) == {"rule", "quote"} for i in reply + accept for e in i["evidence"])


def test_replies_are_drafted_when_first_shown_and_kept_until_the_next_triage(ws):
    replies = ws.store.queue("reply")
    assert replies and all(i["draft"] is None and i["status"] == "queued" for i in replies)  # triage only judges
    week = ws.week()
    assert week.items and all(i["draft"] and i["status"] == "drafted" for i in week.items)
    ana = week.items[0]
    stored = ws.store.invitation(ana["id"])
    assert stored["draft"] == ana["draft"] and stored["status"] == "drafted"  # kept as shown
    ws.triage()  # new decisions and settings: the machine's draft is forgotten ...
    assert by_name(ws, ana["name"])["draft"] is None and by_name(ws, ana["name"])["status"] == "queued"
    assert ws.invitation(ana["id"])["draft"] == ana["draft"]  # ... and written again when the card is shown
    ws.set_draft(ana["id"], "Hola, mi propio texto. Camille")
    ws.triage()  # the owner's own text stays
    got = by_name(ws, ana["name"])
    assert got["draft"] == "Hola, mi propio texto. Camille" and got["status"] == "drafted" and got["draft_edited"]


def test_a_reply_turned_into_an_accept_keeps_no_drafted_status_after_triage(ws):
    ana = next(i for i in ws.week().items if i["name"] == "Ana Ruiz")
    ws.set_draft(ana["id"], "¡Hola Ana! Camille")
    ws.override(ana["id"], action="accept")
    ws.triage()
    got = by_name(ws, "Ana Ruiz")
    assert got["action"] == "accept" and got["status"] == "queued" and got["draft"] == "¡Hola Ana! Camille"
