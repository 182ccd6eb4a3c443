from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import INVITATIONS_V3, write_export

from invitriage import Store

JSON_FIELDS = {"id", "name", "profile_url", "headline", "sent_at", "note", "lang", "intent", "action",
               "confidence", "evidence", "status"}


def test_import_triage_queue_through_the_cli(run, basic_export, db_path):
    result = run("import", str(basic_export))
    assert result.exit_code == 0, result.output
    assert "ignored 2 other file(s)" in result.output
    again = run("import", str(basic_export))
    assert "0 new" in again.output
    result = run("triage")
    assert result.exit_code == 0
    assert "judged 2 invitations" in result.output
    result = run("queue", "--format", "json")
    items = json.loads(result.output)
    assert [i["name"] for i in items] == ["Ana Ruiz"]
    with Store(db_path) as store:  # assert through the library too
        assert store.queue("reply")[0]["intent"] == items[0]["intent"] == "met_before"


def test_json_contract(run, basic_export):
    run("import", str(basic_export))
    run("triage")
    items = json.loads(run("queue", "--action", "accept", "--format", "json").output)
    assert items, "the accept bucket should hold Hélène's greeting-only note"
    for item in items:
        assert JSON_FIELDS <= set(item)
        assert item["sent_at"].endswith("+00:00") and "T" in item["sent_at"]
        assert isinstance(item["evidence"], list)
        assert all(set(e) == {"rule", "quote"} for e in item["evidence"])
    assert items[0]["intent"] == "no_note"
    assert items[0]["evidence"][0] == {"rule": "near_empty", "quote": "Bonjour Camille"}


def test_queue_csv_and_table(run, basic_export):
    run("import", str(basic_export))
    run("triage")
    csv_out = run("queue", "--format", "csv").output.splitlines()
    assert csv_out[0].startswith("id,name,profile_url,headline,sent_at,note,lang,intent,action")
    assert len(csv_out) == 2
    table = run("queue").output
    assert "Ana Ruiz" in table and "nos conocimos" in table


@pytest.mark.parametrize(
    "make, expected",
    [
        pytest.param(lambda tmp: tmp / "missing.zip", "missing.zip: no such file or directory", id="missing-file"),
        pytest.param(lambda tmp: write_export(tmp / "e", {"Invitations.csv": "From,To\nA,B\n"}), "Invitations.csv:1:", id="wrong-columns"),
        pytest.param(lambda tmp: _bad_zip(tmp), "not a readable ZIP archive", id="unreadable-archive"),
    ],
)
def test_user_mistakes_print_one_line_and_exit_2(run, tmp_path, make, expected):
    result = run("import", str(make(tmp_path)))
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and expected in lines[0] and lines[0].startswith("invitriage: error:")
    assert "Traceback" not in result.output


def _bad_zip(tmp: Path) -> Path:
    p = tmp / "export.zip"
    p.write_bytes(b"PK\x03\x04garbage")
    return p


def test_db_from_environment(tmp_path, basic_export):
    from click.testing import CliRunner

    from invitriage.cli.main import cli

    db = tmp_path / "env.db"
    result = CliRunner().invoke(cli, ["import", str(basic_export)], env={"INVITRIAGE_DB": str(db)})
    assert result.exit_code == 0
    with Store(db) as store:
        assert store.count("invitations") == 4


def test_python_dash_m_and_console_script(tmp_path, basic_export):
    env = {**os.environ, "INVITRIAGE_DB": str(tmp_path / "m.db")}
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "invitriage", "import", str(basic_export)],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert "new" in proc.stdout and "┃ file" in proc.stdout
    loaded = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    assert "invitriage.storage.store" in loaded and "rich" not in loaded  # an import's summary is drawn without rich
    # nor does an import load what only other commands need: the settings (an import reads none), the time-zone
    # database (LinkedIn's dates of 2007-2026 are placed without it), dataclasses (compiled at every start), the judge
    assert not loaded & {"invitriage.settings", "zoneinfo", "dataclasses", "numpy", "invitriage.judge"}, loaded
    proc = subprocess.run([sys.executable, "-m", "invitriage", "import", str(tmp_path / "nope")],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "no such file" in proc.stderr
    # the console script leaves without the interpreter's teardown: files written and output piped are complete
    config = tmp_path / "written.toml"
    proc = subprocess.run([sys.executable, "-m", "invitriage", "init", "--config", str(config)],
                          capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert tomllib.loads(config.read_text(encoding="utf-8"))
    proc = subprocess.run([sys.executable, "-m", "invitriage", "queue", "--help"], capture_output=True, text=True, env=env)
    assert proc.returncode == 0 and "--week" in proc.stdout
    assert proc.stdout.rstrip().endswith("Show this message and exit.")  # the help's last line: all of it was flushed


def test_demo_prints_summary_and_reply_queue(run, db_path):
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert "Triage: judged" in result.output
    assert "This week: reply personally to these 7 (budget 7)" in result.output
    with Store(db_path) as store:
        assert store.incoming_count() > 3000
        replies = store.queue("reply")
        stated = [r for r in replies if r["intent"] not in ("no_note", "generic", "default_template")]
        assert 20 < len(stated) < 100
        benefit = [r for r in replies if r["evidence"][0]["rule"] in ("benefit", "want_to_meet")]
        # students and founders of the sample owner's field, and marketing directors (CMO, Head of Growth…), by headline
        assert 100 < len(benefit) < 500
        accepted = store.queue("accept")
        assert len(accepted) > 5 * len(replies)


def test_demo_uses_a_temporary_database_by_default(tmp_path):
    from click.testing import CliRunner

    from invitriage.cli.main import cli

    env = {"INVITRIAGE_DB": ""}
    result = CliRunner().invoke(cli, ["demo"], env=env)
    assert result.exit_code == 0, result.output
    assert "(temporary)" in result.output


def test_every_command_has_help_and_is_in_the_readme():
    from invitriage.cli.main import cli

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help"
        assert f"invitriage {name}" in readme, f"{name} is not documented in README.md"


def test_reimport_via_cli_is_idempotent_for_newer_export(run, tmp_path, basic_export):
    run("import", str(basic_export))
    newer = INVITATIONS_V3 + ('Dan Vos,Camille Laurent,"4/2/25, 9:00 AM",,INCOMING,'
                              "https://www.linkedin.com/in/danvos,https://www.linkedin.com/in/camille-laurent\n")
    result = run("import", str(write_export(tmp_path / "newer", {"Invitations.csv": newer})))
    assert "1 new" in result.output


def test_report_command(run, basic_export, tmp_path):
    run("import", str(basic_export))
    run("triage")
    result = run("report", "--out", str(tmp_path / "rep"))
    assert result.exit_code == 0, result.output
    assert "connections" in result.output and (tmp_path / "rep" / "report.html").exists()
    html = (tmp_path / "rep" / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html and "http" not in html


CLASSIFY_CSV = """id,text,source
1,"Hi Camille, we met at the SMX booth last week!",a
2,,b
3,"Bonjour, je suis tombée sur votre profil et j'aimerais rejoindre votre réseau.",c
4,"=HYPERLINK(""x"")",d
"""


def test_classify_command_adds_the_judgment_to_any_csv(run, tmp_path, db_path):
    path = tmp_path / "notes.csv"
    path.write_text(CLASSIFY_CSV, encoding="utf-8")
    result = run("classify", str(path), db=False)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0]) == ["id", "text", "source", "intent", "action", "lang", "confidence", "evidence"]
    assert [r["intent"] for r in rows[:3]] == ["met_before", "no_note", "generic"]
    assert [r["action"] for r in rows[:3]] == ["reply", "accept", "accept"]
    assert json.loads(rows[0]["evidence"])[0] == {"rule": "cue.met_before.en", "quote": "we met"}
    as_json = json.loads(run("classify", str(path), "--format", "json", "--threshold", "0.9999", db=False).output)
    assert as_json[2]["action"] == "unsure" and as_json[1]["action"] == "accept"
    assert not db_path.exists()  # the database was never touched
    other = tmp_path / "other.csv"
    other.write_text('message\n"Hello there, we met in Lyon"\n', encoding="utf-8")
    assert json.loads(run("classify", str(other), "--text-column", "message", "--format", "json", db=False).output)[0]["intent"] == "met_before"
    bad = run("classify", str(other), db=False)
    assert bad.exit_code == 2 and "no column 'text' in the header (columns: message)" in bad.output


def test_eval_command_prints_every_metric(run, tmp_path):
    path = tmp_path / "labelled.csv"
    path.write_text("text,intent,lang\n"
                    "\"Hi, we met at the SMX booth!\",met_before,en\n"
                    "\"Bonjour, ravie de vous compter parmi mes contacts\",generic,fr\n"
                    ",no_note,fr\n"
                    "\"We help consultants like you get 20 meetings a month, book a call?\",sales_pitch,en\n", encoding="utf-8")
    result = run("eval", str(path), db=False)
    assert result.exit_code == 0, result.output
    for label in ("action accuracy", "reply precision", "reply recall", "intent macro-F1", "per language", "confusion matrix"):
        assert label in result.output
    assert "1.000" in result.output
    bad = tmp_path / "bad.csv"
    bad.write_text("text,intent\nhello,nonsense\n", encoding="utf-8")
    result = run("eval", str(bad), db=False)
    assert result.exit_code == 2 and "bad.csv:2: unknown intent 'nonsense'" in result.output


def test_hostile_names_and_notes_print_as_text_in_the_terminal(run, tmp_path):
    path = tmp_path / "pending [x].csv"
    path.write_text('name,headline,profile_url,sent_at,note\n'
                    '"Eve [/]","[bold]boss[/bold]",https://www.linkedin.com/in/eve,2026-09-01,"Hi [/red] we met at the fair"\n'
                    '"Bob [link=x]",,https://www.linkedin.com/in/bob,2026-09-02,\n', encoding="utf-8")
    assert "[x].csv" in run("import", str(path)).output
    run("triage")
    for action in ("reply", "accept"):
        result = run("queue", "--action", action)
        assert result.exit_code == 0, result.output
    shown = run("queue", "--action", "reply").output + run("queue", "--action", "accept").output
    assert "[/]" in shown and "[bold]boss" in shown and "[link=x]" in shown


def test_progress_shows_counts_and_an_eta_on_a_terminal_and_nothing_in_a_pipe(monkeypatch):
    import io

    from rich.console import Console

    import invitriage.cli.main as cli_module

    for terminal, expect in ((True, True), (False, False)):
        buf = io.StringIO()
        monkeypatch.setattr(cli_module, "err", Console(file=buf, force_terminal=terminal, width=100))
        with cli_module._Bars() as bars:
            bars.update("judging", 500, 4000)
            bars.progress.refresh()
        shown = buf.getvalue()
        assert ("judging" in shown and "500/4000" in shown and "ETA" in shown) is expect, shown


def test_the_imports_bars_are_drawn_by_their_updates_without_a_thread(monkeypatch):
    """The import's bars start no refresh thread (a process forks its reader only while it has one thread): its
    updates draw them, at most every REDRAW_SECONDS."""
    import io
    import threading

    from rich.console import Console

    import invitriage.cli.main as cli_module

    buf = io.StringIO()
    monkeypatch.setattr(cli_module, "err", Console(file=buf, force_terminal=True, width=100))
    threads = threading.active_count()
    with cli_module._Bars(refresh_thread=False) as bars:
        assert threading.active_count() == threads
        bars.update("Invitations.csv", 1000, 30000)
        assert "1000/30000" in buf.getvalue()
        bars.update("Invitations.csv", 2000, 30000)  # within REDRAW_SECONDS of the last drawing: not drawn
        assert "2000/30000" not in buf.getvalue()
        bars.drawn -= cli_module._Bars.REDRAW_SECONDS
        bars.update("Invitations.csv", 3000, 30000)
        assert "3000/30000" in buf.getvalue() and "ETA" in buf.getvalue()


def test_import_summary_table_lines_up_whatever_the_file_names():
    from invitriage.cli.main import _boxed, _width

    text = _boxed("Import", ("file", "kind", "rows", "new"),
                  [("export/招待.csv", "invitations", "12", "3"), ("a\x1b]52;c;x\x07.csv", "pending", "7", "0"),
                   ("Cafe\u0301\tnew.csv", "pending", "1000", "1000")], (False, False, True, True))
    lines = text.splitlines()
    assert lines[0] == "Import" and len(lines) == 8
    assert len({_width(line) for line in lines[1:]}) == 1, text  # wide and combining characters counted as shown
    assert "\x1b" not in text and "\x07" not in text  # a hostile file name prints as text
    assert lines[4].startswith("│ export/招待.csv") and lines[4].endswith("│   12 │    3 │")  # counts to the right
