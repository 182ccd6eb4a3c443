#!/usr/bin/env python
"""Write src/invitriage/storage/schema.py: the schema that every migration together makes on an empty file.

A new database is made from it in one step instead of by replaying each migration (about 150 statements, a
table rebuilt among them). Run it after adding a migration: until then new files are made by the replay (the
same schema, only slower) and tests/test_store.py says so.

    python scripts/make_schema.py [--check]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from invitriage.storage.store import MIGRATIONS, replayed_schema  # noqa: E402

TARGET = ROOT / "src" / "invitriage" / "storage" / "schema.py"


def render() -> str:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    statements = replayed_schema(conn)
    lines = ['"""The schema that every migration of :mod:`~invitriage.storage.migrations` makes on an empty file, in the',
             "order SQLite keeps it: a new database is made from it in one step (:meth:`Store._migrate`). Written by",
             'scripts/make_schema.py; tests/test_store.py checks it against the migrations. Do not edit."""',
             "",
             "MIGRATION_NAMES = (",
             *(f"    {name!r}," for name, _ in MIGRATIONS),
             ")",
             "",
             "STATEMENTS = (",
             *(f"    {sql!r}," for sql in statements),
             ")",
             ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is not what this would write")
    args = parser.parse_args()
    text = render()
    if args.check:
        if TARGET.read_text(encoding="utf-8") != text:
            sys.exit(f"{TARGET.relative_to(ROOT)} is stale: run python scripts/make_schema.py")
        return
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
