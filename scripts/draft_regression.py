"""Draft every own review note of rounds 19 onwards with the current code, and compare two such runs.

    PYTHONPATH=src python scripts/draft_regression.py write OUT.txt       # about a minute for ~4,900 notes
    python scripts/draft_regression.py diff BEFORE.txt AFTER.txt [-q]       # the drafts that changed, then a count

Each note of ``evaluation/drafts/round*/notes_*.csv`` (rounds 19 and later) is drafted as the review pack drafts it
(``draft_review_pack.notes_rows``: the real judgment and ``draft_for`` with the sample owner's settings). A fix wave
writes a run before and after its change and reads every changed draft; notes new in AFTER are not counted.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUND = re.compile(r"round(\d+)")


def write(out: Path) -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    from draft_review_pack import notes_rows

    from invitriage.settings import load_settings

    settings = load_settings(ROOT / "src" / "invitriage" / "sample" / "invitriage.toml")
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for path in sorted((ROOT / "evaluation" / "drafts").glob("round*/notes_*.csv")):
            found = ROUND.search(str(path.parent.name))
            if not found or int(found.group(1)) < 19:
                continue
            tag = f"r{found.group(1)}/{path.stem[len('notes_'):]}"
            for row in notes_rows(path, settings):
                f.write(f"=== {tag}/{row['id']} [{row['lang']} {row['intent']}]\n{row['draft']}\n")
                n += 1
    print(f"{n} drafts written to {out}", file=sys.stderr)
    return 0


def _blocks(path: Path) -> dict[str, list[str]]:
    blocks: dict[str, list[str]] = {}
    key = ""
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("=== "):
            key = line.split(" [")[0][4:]
            blocks[key] = [line]
        elif key:
            blocks[key].append(line)
    return blocks


def diff(before: Path, after: Path, quiet: bool) -> int:
    a, b = _blocks(before), _blocks(after)
    changed = [k for k in b if k in a and a[k] != b[k]]
    if not quiet:
        for k in changed:
            print("".join(a[k]), "  ---->\n", "".join(b[k]), sep="")
    print(f"changed: {len(changed)} of {len(b)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write", help="draft every note, one block per note")
    w.add_argument("out", type=Path)
    d = sub.add_parser("diff", help="the drafts that changed between two runs")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("-q", action="store_true", help="only the count")
    args = parser.parse_args()
    return write(args.out) if args.cmd == "write" else diff(args.before, args.after, args.q)


if __name__ == "__main__":
    raise SystemExit(main())
