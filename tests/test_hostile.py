"""Hostile and malformed inputs through the real CLI (corpus: tests/hostile/cases.py).

Each case runs `invitriage import PATH --db DB` on a database that already holds a small good
import. An error case must exit 2 with exactly one line, ``invitriage: error: <file>[:<line>]: ...``,
no traceback, and leave the database exactly as it was. A lenient case must exit 0 and store the
rows it declares.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import traceback
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile.cases import ANY, Case, build_corpus

from invitriage.cli.main import cli

CORPUS = build_corpus()
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
TABLES = ("invitations", "connections", "messages", "imports", "owner")


def dump(db: Path) -> str:
    """Every table and every row, as SQL text."""
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _matches(expected: object, actual: object) -> bool:
    return bool(expected(actual)) if callable(expected) else expected == actual


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) < 200 else text[:200] + f"... ({len(text)} chars)"


@pytest.mark.parametrize("case", CORPUS, ids=[c.id for c in CORPUS])
def test_hostile_input(case: Case, tmp_path: Path, base_db: Path) -> None:
    if case.skip_as_root and IS_ROOT:
        pytest.skip("root can read anything: the unreadable-file case cannot be set up")
    db = tmp_path / "db.sqlite"
    shutil.copy(base_db, db)
    built = case.build(tmp_path / "input")
    before = dump(db)
    with sqlite3.connect(db) as conn:
        base_counts = counts(conn)
    result = CliRunner().invoke(cli, ["import", *built.paths, "--db", str(db)])
    crash = "".join(traceback.format_exception(*result.exc_info)) if result.exc_info and result.exc_info[0] is not SystemExit else ""
    assert "Traceback" not in result.output
    if case.is_error:
        assert result.exit_code == 2, f"expected exit 2, got {result.exit_code}: {result.output!r}\n{crash}"
        lines = result.output.splitlines()
        assert len(lines) == 1, f"expected one line, got {lines!r}"
        prefix = f"invitriage: error: {built.where}"
        assert lines[0].startswith(prefix), f"{lines[0]!r} does not start with {prefix!r}"
        if case.line is not None:
            assert lines[0].startswith(f"{prefix}:{case.line}: "), f"{lines[0]!r} does not name line {case.line}"
        problem = lines[0][len(prefix):].lstrip(":0123456789 ")
        if case.problem == ANY:
            assert len(problem.split()) >= 3 and not problem.startswith(("Traceback", "Error", "Exception")), problem
        else:
            assert case.problem in problem, f"{case.problem!r} not in {problem!r}"
        assert dump(db) == before, "a failed import changed the database"
    else:
        assert result.exit_code == 0, f"expected a lenient import: {result.output!r}\n{crash}"
        conn = sqlite3.connect(db)
        conn.row_factory = sqlite3.Row
        try:
            after = counts(conn)
            for table, n in case.new.items():
                assert after[table] - base_counts[table] == n, f"{table}: {after[table] - base_counts[table]} new, expected {n}"
            for table, where, expected in case.rows:
                clause = " AND ".join(f"{k} = ?" for k in where)
                rows = conn.execute(f"SELECT * FROM {table} WHERE {clause}", list(where.values())).fetchall()
                assert len(rows) == 1, f"{table} {where}: {len(rows)} rows"
                for column, value in expected.items():
                    assert _matches(value, rows[0][column]), f"{table}.{column} = {_short(rows[0][column])}"
            assert after["imports"] == base_counts["imports"] + 1
        finally:
            conn.close()


def test_corpus_is_large_and_covers_every_category() -> None:
    assert len(CORPUS) >= 200
    by_category = Counter(c.category for c in CORPUS)
    assert set(by_category) >= {"zip-structure", "zip-bomb", "path-traversal", "symlink", "nested-archive", "columns",
                                "encoding", "garbage-and-empty", "notes", "dates", "csv-syntax", "json", "folders"}
    assert sum(c.is_error for c in CORPUS) >= 150
    assert all(c.why for c in CORPUS if not c.is_error), "every lenient case says why it imports"
