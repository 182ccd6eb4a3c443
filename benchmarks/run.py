#!/usr/bin/env python
"""Speed and memory of `invitriage import` + `triage`, next to pandas.read_csv of the same file.

    pip install pandas && python benchmarks/run.py [N ...]     # default: 3200 30000 1000000

For each N: generate a synthetic export (benchmarks/data/N, cached), then in fresh processes time
`invitriage import` and `invitriage triage` on a new database (wall time, peak RSS), and
`pandas.read_csv` of the same Invitations.csv (the floor). Prints a Markdown table.
Targets (issue "Performance"): at 1,000,000 peak RSS < 1 GB and end-to-end <= 10x the pandas floor;
at 3,200 under 5 s including start-up.
"""

from __future__ import annotations

import json
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
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - t
if p.returncode:
    sys.exit(p.stderr)
print(json.dumps({"wall": wall, "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""

PANDAS = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import pandas
t = time.perf_counter()
df = pandas.read_csv(sys.argv[1])
parse = time.perf_counter() - t
print(json.dumps({"parse": parse, "wall": time.perf_counter() - t0, "rows": len(df),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [3200, 30_000, 1_000_000]
    invitriage = shutil.which("invitriage") or sys.exit("install invitriage first: pip install -e .")
    rows = []
    for n in sizes:
        folder = DATA / str(n)
        if not (folder / "Invitations.csv").exists():
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(n), str(folder)], check=True)
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "bench.db")
            imp = measure([invitriage, "import", str(folder), "--db", db])
            tri = measure([invitriage, "triage", "--db", db])
        pd = json.loads(subprocess.run([sys.executable, "-c", PANDAS, str(folder / "Invitations.csv")],
                                       capture_output=True, text=True, check=True).stdout)
        total = imp["wall"] + tri["wall"]
        rows.append((n, imp, tri, total, max(imp["rss_mb"], tri["rss_mb"]), pd))
        print(f"N={n}: import {imp['wall']:.1f} s, triage {tri['wall']:.1f} s, pandas {pd['parse']:.2f} s", file=sys.stderr)
    print("| invitations | import (s) | triage (s) | total (s) | peak RSS (MB) | pandas.read_csv (s) | total / pandas | pandas RSS (MB) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, imp, tri, total, rss, pd in rows:
        print(f"| {n:,} | {imp['wall']:.1f} | {tri['wall']:.1f} | {total:.1f} | {rss:.0f} | {pd['parse']:.2f} | "
              f"{total / pd['parse']:.0f}× | {pd['rss_mb']:.0f} |")


if __name__ == "__main__":
    main()
