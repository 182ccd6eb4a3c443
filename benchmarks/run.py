#!/usr/bin/env python
"""Each stage of invitriage against its floor, measured in the same run, as ratios.

    python benchmarks/run.py [N ...] [--real-notes]     # default N: 3200 30000 1000000

For each N a synthetic export is generated (benchmarks/generate.py, cached in benchmarks/data/): 3 % of
invitations carry a note (the team corpus repeated, or with --real-notes every note its own). Every
figure is a fresh process, wall time and peak RSS:

- import: `invitriage import` against its floor — Python's csv reader feeding one executemany into
  SQLite with a unique index, same file (no validation, no keys, no dates, no raw row kept);
- triage: `invitriage triage` against its floor — the bare sentence encoder on the distinct notes (the
  model's work) plus reading every row and writing one decision per invitation with one executemany;
- the first look at this week's replies after it (`queue --week --drafts`), which drafts them: triage only
  judges, replies are drafted when first shown. Printed beside triage, not in its ratio.

The package is byte-compiled first, as an install does. With --repeat R (default 3 below 1,000,000
invitations, 1 from there) each stage and its floor run R times in turn, floor then stage, each pair on a
fresh copy; the table gives the median of each and the median of the R pair-by-pair ratios, so one slow
or lucky run (a floor of 0.1 s moves by half on a shared machine) does not decide.

Targets (issue "Speed against the floors"): import <= 2x, triage <= 1.5x, peak RSS < 1 GB at 1,000,000.
Prints a Markdown table for the README (medians; ratios are medians of paired runs).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"

MEASURE = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - t
if p.returncode:
    sys.exit(p.stderr)
print(json.dumps({"wall": wall, "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

IMPORT_FLOOR = r"""
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL"); conn.execute("PRAGMA synchronous = NORMAL")
conn.execute("CREATE TABLE inv (id INTEGER PRIMARY KEY, sender TEXT, recipient TEXT, sent_at TEXT, note TEXT, "
             "direction TEXT, inviter TEXT, invitee TEXT)")
conn.execute("CREATE UNIQUE INDEX inv_key ON inv (direction, inviter)")
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = csv.reader(f)
    next(rows)
    conn.execute("BEGIN")
    conn.executemany("INSERT OR IGNORE INTO inv (sender, recipient, sent_at, note, direction, inviter, invitee) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
"""

TRIAGE_FLOOR = r"""
import sqlite3, sys
from invitriage.judge.encoder import encode
from invitriage.judge.model import core_text
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
rows = conn.execute("SELECT id, note FROM invitations WHERE direction = 'INCOMING'").fetchall()
distinct = sorted({" ".join(n.split()) for _i, n in rows if n.strip()})
encode([core_text(n) for n in distinct])  # the model's own work: one embedding per distinct note
conn.execute("CREATE TABLE floor_decisions (invitation_id INTEGER PRIMARY KEY, intent TEXT, action TEXT, lang TEXT, "
             "confidence REAL, evidence TEXT, judged_at TEXT)")
conn.execute("BEGIN")
conn.executemany("INSERT INTO floor_decisions VALUES (?, 'generic', 'accept', 'fr', 0.9, '[]', '2026-01-01')",
                 ((i,) for i, _n in rows))
conn.execute("COMMIT")
"""


#: Every measured process runs this checkout's code, whatever package is installed.
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}


def measure(args: list[str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, check=True, env=ENV)
    return json.loads(out.stdout)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _paired(stage: list[dict[str, float]], floor: list[dict[str, float]]) -> tuple[float, float, float]:
    """Median wall time of the stage, of its floor, and the median of the pair-by-pair ratios."""
    return (_median([s["wall"] for s in stage]), _median([f["wall"] for f in floor]),
            _median([s["wall"] / f["wall"] for s, f in zip(stage, floor)]))


def main() -> None:
    parser = argparse.ArgumentParser(description="Each stage of invitriage against its floor, as ratios.")
    parser.add_argument("sizes", nargs="*", type=int, metavar="N", help="invitations (default: 3200 30000 1000000)")
    parser.add_argument("--real-notes", action="store_true", help="every note its own (many distinct notes)")
    parser.add_argument("--repeat", type=int, metavar="R", default=None,
                        help="runs of each stage and its floor, in turn (default: 3 below 1,000,000, else 1)")
    args = parser.parse_args()
    real = args.real_notes
    # Bytecode for this checkout, as `pip install` writes it: without it (PYTHONDONTWRITEBYTECODE), every measured
    # process would compile the package's sources again, which no installed copy does.
    compileall.compile_dir(str(ROOT / "src" / "invitriage"), quiet=1)
    sizes = args.sizes or [3200, 30_000, 1_000_000]
    python = sys.executable
    rows = []
    for n in sizes:
        repeat = max(1, args.repeat if args.repeat is not None else (3 if n < 1_000_000 else 1))
        folder = DATA / f"{n}{'-real' if real else ''}"
        if not (folder / "Invitations.csv").exists():
            subprocess.run([python, str(ROOT / "benchmarks" / "generate.py"), str(n), str(folder)]
                           + (["--real-notes"] if real else []), check=True)
        imps, imp_floors, tris, tri_floors, weeks = [], [], [], [], []
        for _run in range(repeat):
            with tempfile.TemporaryDirectory() as tmp:
                db, floor_db, copy = (str(Path(tmp) / name) for name in ("bench.db", "floor.db", "copy.db"))
                imp_floors.append(measure([python, "-c", IMPORT_FLOOR, str(folder / "Invitations.csv"), floor_db]))
                imps.append(measure([python, "-m", "invitriage", "import", str(folder), "--db", db]))
                shutil.copy(db, copy)
                tri_floors.append(measure([python, "-c", TRIAGE_FLOOR, copy]))
                tris.append(measure([python, "-m", "invitriage", "triage", "--db", db]))
                # Triage only judges: this week's replies are drafted when first shown. Not part of triage's ratio,
                # shown beside it so that the deferred work is measured too.
                weeks.append(measure([python, "-m", "invitriage", "queue", "--week", "--drafts", "--db", db]))
        imp, tri = _paired(imps, imp_floors), _paired(tris, tri_floors)
        week = _median([w["wall"] for w in weeks])
        rss = max(m["rss_mb"] for m in imps + tris + weeks)
        rows.append((n, repeat, imp, tri, week, rss))
        print(f"N={n} ({repeat} run{'s' if repeat > 1 else ''}): import {imp[0]:.2f} s (floor {imp[1]:.2f}, {imp[2]:.1f}×), "
              f"triage {tri[0]:.2f} s (floor {tri[1]:.2f}, {tri[2]:.1f}×), first week shown {week:.1f} s", file=sys.stderr)
    print(f"| invitations{' (every note distinct)' if real else ''} | runs | import (s) | floor (s) | ratio | triage (s) | "
          "floor (s) | ratio | week's drafts shown (s) | peak RSS (MB) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, repeat, imp, tri, week, rss in rows:
        print(f"| {n:,} | {repeat} | {imp[0]:.2f} | {imp[1]:.2f} | {imp[2]:.1f}× | {tri[0]:.2f} | {tri[1]:.2f} | {tri[2]:.1f}× | "
              f"{week:.1f} | {rss:.0f} |")


if __name__ == "__main__":
    main()
