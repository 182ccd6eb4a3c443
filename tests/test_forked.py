"""A large export's rows read in a child process (invitriage.forked): the same rows, the same errors."""

from __future__ import annotations

import importlib
import os
import signal
import sys

import pytest
from conftest import write_export

from invitriage import InputError, Store, StoreError, import_paths
from invitriage.ingest import exports
from invitriage.forked import rows_in_child

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the import forks its reader on Linux only")


@pytest.fixture(autouse=True)
def _no_hang():
    """A child that were never stopped would hang the test: fail it instead."""
    def stuck(*_args):
        raise AssertionError("timed out waiting for the child process")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _collect(rows, state):
    progress = []
    made = rows_in_child(rows, state, progress=progress.append)
    got = list(made)
    return got, made.state, progress


def test_rows_come_in_order_in_batches_with_the_childs_state():
    seen = []

    def rows():
        for i in range(2600):
            seen.append(i)  # the child's own list: the parent's stays empty
            yield (i, f"row {i}", None if i % 2 else "é\x00\"")

    batches, state, progress = _collect(rows, lambda: {"rows": len(seen)})
    flat = [row for batch in batches for row in batch]
    assert flat == [(i, f"row {i}", None if i % 2 else "é\x00\"") for i in range(2600)]
    assert len(batches) > 2 and progress == [sum(len(b) for b in batches[:k + 1]) for k in range(len(batches))]
    assert state == {"rows": 2600} and seen == []


def test_an_error_in_the_child_is_raised_here_as_it_was_raised_there():
    def rows():
        for i in range(300):
            yield (i,)
        raise InputError("export.zip!Invitations.csv", "Direction must be INCOMING or OUTGOING, not 'x'", 302)

    with pytest.raises(InputError) as caught:
        _collect(rows, lambda: None)
    assert (caught.value.path, caught.value.line) == ("export.zip!Invitations.csv", 302)
    assert str(caught.value) == "export.zip!Invitations.csv:302: Direction must be INCOMING or OUTGOING, not 'x'"

    class Odd(Exception):
        def __reduce__(self):
            raise TypeError("cannot travel")

    def odd():
        yield (1,)
        raise Odd("no pickle")

    with pytest.raises(RuntimeError, match="Odd: no pickle"):
        _collect(odd, lambda: None)


def test_a_child_that_dies_midway_is_an_error_not_a_short_import():
    def rows():
        for i in range(600):
            yield (i,)
        os._exit(3)  # killed, out of memory…: the rows stop without an end

    with pytest.raises(StoreError, match="stopped before its end"):
        _collect(rows, lambda: None)


def test_a_parent_that_stops_reading_stops_the_child():
    def endless():
        i = 0
        while True:
            i += 1
            yield (i,)

    made = rows_in_child(endless, lambda: None)
    assert len(next(made)) > 0
    made.close()  # kills and reaps the child: returns at once, no process left behind
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)
    assert list(made) == []

    unread = rows_in_child(endless, lambda: None)  # never read at all: closed all the same
    unread.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def _export(rows: int, bad_at: int | None = None) -> str:
    """An export's Invitations.csv with what the reader decides row by row: URLs, people known only by name (one
    of them seen twice within a day, which the store merges), a day-first date that waits for a later row, notes
    with quotes and line breaks, the owner's URL on an outgoing row."""
    lines = ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"]
    for i in range(rows):
        if i == bad_at:
            lines.append(f'Bad Row,Camille Laurent,"5/20/26, 8:41 AM",,SIDEWAYS,https://www.linkedin.com/in/bad-{i},')
        elif i == 7:
            lines.append("Camille Laurent,Zoe Li,\"1/24/25, 6:42 AM\",,OUTGOING,https://www.linkedin.com/in/camille-laurent,"
                         "https://www.linkedin.com/in/zoe-li")
        elif i in (11, 12):
            lines.append(f'Name Only,Camille Laurent,"3/{i}/25, 9:0{i - 10} AM",Hi,INCOMING,,')
        elif i == 20:
            lines.append('Waits Fordate,Camille Laurent,04/05/2025 10:00,,INCOMING,https://www.linkedin.com/in/waits,')
        elif i == 400:
            lines.append('Decides Date,Camille Laurent,25/05/2025 10:00,,INCOMING,https://www.linkedin.com/in/decides,')
        else:
            note = f'"Hello ""{i}""\nline two"' if i % 97 == 0 else ""
            lines.append(f'Person {i},Camille Laurent,"{1 + i % 12}/{1 + i % 28}/25, {1 + i % 12}:{i % 60:02d} '
                         f'{"AP"[i % 2]}M",{note},INCOMING,https://www.linkedin.com/in/person-{i},')
    return "\n".join(lines) + "\n"


def _import(tmp_path, name, content, forked, monkeypatch):
    monkeypatch.setattr(exports, "forking_pays", lambda size: forked)
    store = Store(tmp_path / f"{name}.db")
    try:
        return store, import_paths(store, [write_export(tmp_path / "export", {"Invitations.csv": content})])
    except InputError as exc:
        return store, exc


def test_an_export_read_in_a_child_is_stored_as_one_read_here(tmp_path, monkeypatch):
    content = _export(3000)
    stores, reports = [], []
    for forked in (False, True):
        store, report = _import(tmp_path, f"forked{forked}", content, forked, monkeypatch)
        stores.append(store)
        reports.append([(f.kind, f.rows, f.new) for f in report.files])
    rows = [s.conn.execute("SELECT * FROM invitations ORDER BY id").fetchall() for s in stores]
    assert [tuple(r) for r in rows[0]] == [tuple(r) for r in rows[1]] and len(rows[0]) == 2999  # Name Only merged
    assert reports[0] == reports[1] == [("invitations", 3000, 2999)]
    assert {s.get_meta("owner_profile_url") for s in stores} == {"https://www.linkedin.com/in/camille-laurent"}
    waits = stores[1].conn.execute("SELECT sent_at FROM invitations WHERE name = 'Waits Fordate'").fetchone()[0]
    assert waits == "2025-05-04T17:00:00+00:00"  # 04/05: 4 May, day first, as the later 25/05 row showed


def test_a_bad_row_read_in_a_child_fails_the_import_as_here(tmp_path, monkeypatch):
    content = _export(3000, bad_at=2500)
    errors = []
    for forked in (False, True):
        store, error = _import(tmp_path, f"bad{forked}", content, forked, monkeypatch)
        assert isinstance(error, InputError)
        errors.append(str(error))
        assert store.count("invitations") == 0  # nothing stored
    # line 2528: the notes with a line break before it take two lines each
    assert errors[0] == errors[1] and errors[0].endswith("Invitations.csv:2528: Direction must be INCOMING or OUTGOING, "
                                                          "not 'SIDEWAYS'")


NOTES = [
    "Bonjour Camille, j'ai lu votre article sur le référencement local et j'aimerais échanger avec vous.",
    "Hi Camille, we met at the Lyon SEO meetup last week, great talk on local search!",
    "Hola Camille, me encantó tu curso de marketing digital, ¿podríamos hablar de una colaboración?",
    "Hallo Camille, ich habe deinen Vortrag über SEO gesehen und würde mich gerne vernetzen.",
    "Ciao Camille, ho letto il tuo post sul marketing e vorrei chiederti un consiglio per la mia tesi.",
    "Olá Camille, sou estudante de marketing e gostaria muito de aprender com a sua experiência.",
    "Hoi Camille, ik zag je presentatie over SEO en wil graag eens kennismaken.",
    "Dzięki za komentarz pod moim postem o pracy zdalnej, chętnie porozmawiam o współpracy!",
    "نحن نوظف مطور React ونبحث عن مستشار تسويق",
    "Hi",
]


def _backlog(tmp_path):
    lines = ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"]
    for i in range(60):
        note = NOTES[i % len(NOTES)] + ("" if i < len(NOTES) else f" ({i})")
        lines.append(f'Person {i},Camille Laurent,"5/{1 + i % 28}/26, 9:{i % 60:02d} AM","{note}",INCOMING,'
                     f"https://www.linkedin.com/in/person-{i},")
    return write_export(tmp_path / "backlog", {"Invitations.csv": "\n".join(lines) + "\n"})


def test_languages_and_hits_worked_out_in_a_child_are_those_worked_out_here(monkeypatch):
    from invitriage import forked
    from invitriage.judge import lang as lang_module
    from invitriage.judge.rules import run_rules

    triage_module = importlib.import_module("invitriage.triage")  # the package's `triage` is the function
    _NotesAhead = triage_module._NotesAhead

    parent = os.getpid()
    real = lang_module.detect_language

    def fails_in_the_child(text, fallback="fr", **kwargs):
        if os.getpid() != parent and text.startswith("Hallo"):
            raise ValueError("a note the child cannot read")
        return real(text, fallback, **kwargs)

    monkeypatch.setattr(triage_module, "detect_language", fails_in_the_child)
    monkeypatch.setattr(triage_module, "NOTES_AHEAD_MIN", 1)
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    ahead = _NotesAhead(NOTES + ["", "  Hi  "], "de")
    assert ahead.ahead is not None  # forked at once, working while this process goes on
    try:
        # a note the child does not have (the empty one, one from elsewhere) is worked out here, not waited for
        assert ahead.language("A note from elsewhere, Camille, about your talk") == "en"
        assert [h.rule for h in ahead.rules("")] == ["empty_note"]
        assert len(ahead.coming) == len(NOTES)
        hits = [ahead.rules(" ".join(n.split())) for n in NOTES]
        got = [ahead.language(" ".join(n.split())) for n in reversed(NOTES)]
    finally:
        ahead.close()
    assert got == [real(" ".join(n.split()), "de") for n in reversed(NOTES)]
    assert got[-4] == "de" and "pl" in got and "ar" in got  # German identified here after the child failed on it
    assert hits == [run_rules(" ".join(n.split())) for n in NOTES] and any(hits)


def test_a_triage_with_its_notes_worked_out_in_a_child_decides_as_one_without(tmp_path, monkeypatch):
    from invitriage import forked

    triage_module = importlib.import_module("invitriage.triage")  # the package's `triage` is the function

    export = _backlog(tmp_path)
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    made = []
    real_init = triage_module._NotesAhead.__init__

    def spy(self, *args):
        real_init(self, *args)
        made.append(self.ahead is not None)

    monkeypatch.setattr(triage_module._NotesAhead, "__init__", spy)
    decisions = []
    for ahead in (False, True):
        monkeypatch.setattr(triage_module, "NOTES_AHEAD_MIN", 1 if ahead else 10**9)
        with Store(tmp_path / f"ahead{ahead}.db") as store:
            import_paths(store, [export])
            triage_module.triage(store)
            decisions.append([tuple(r) for r in store.conn.execute(
                "SELECT invitation_id, intent, action, lang, confidence, evidence FROM decisions ORDER BY invitation_id")])
    assert made == [False, True]
    assert decisions[0] == decisions[1] and len(decisions[0]) == 60
    assert {d[3] for d in decisions[1]} >= {"fr", "en", "es", "de", "it", "pt", "nl", "pl", "ar"}


def test_when_no_process_can_be_forked_the_rows_are_read_here(tmp_path, monkeypatch):
    from invitriage import forked

    def no_fork():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    content = _export(600)
    store, report = _import(tmp_path, "sequential", content, False, monkeypatch)
    expected = [tuple(r) for r in store.conn.execute("SELECT * FROM invitations ORDER BY id")]
    monkeypatch.setattr(os, "fork", no_fork)
    store, report = _import(tmp_path, "nofork", content, True, monkeypatch)
    assert [tuple(r) for r in store.conn.execute("SELECT * FROM invitations ORDER BY id")] == expected
    assert [(f.rows, f.new) for f in report.files] == [(600, 599)]

    triage_module = importlib.import_module("invitriage.triage")
    monkeypatch.setattr(triage_module, "NOTES_AHEAD_MIN", 1)
    monkeypatch.setattr(forked, "can_fork", lambda: True)
    ahead = triage_module._NotesAhead(NOTES, "fr")
    assert ahead.ahead is None and ahead.language(" ".join(NOTES[7].split())) == "pl"
