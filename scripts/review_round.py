"""Run the independent draft review's bookkeeping (evaluation/drafts/roundNN), so a round can be set up,
counted and recorded the same way every time.

    python scripts/review_round.py setup NN --dir /work/data/draft_reviewNN --tree /work/wt-reviewNN
    python scripts/review_round.py count --dir /work/data/draft_reviewNN
    python scripts/review_round.py record NN --dir /work/data/draft_reviewNN
    python scripts/review_round.py rewrites NN [NN ...]

``setup`` writes the brief and the three reviewers' tasks (from round 123's, the protocol every round since
has used), and the demo files: seven drafts of the demo's reply queue drawn at random for French, English and
Spanish, all of them for the languages with fewer (the sample inbox holds few). Run it from the tree being
reviewed (``--tree``); it does not write READY: the caller does once the tree is checked out and installed.
``count`` prints the send / light / rewrite table per language (counted under the draft's language) and the
shares the issue's done-when reads. ``record`` copies the round's files into evaluation/drafts/roundNN.
``rewrites`` lists the rows rated rewrite in recorded rounds, with the reviewer's reason.
"""

from __future__ import annotations

import argparse
import collections
import csv
import random
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROTOCOL = ROOT / "evaluation" / "drafts" / "round123"
GROUPS = {"fr_en": ("fr", "en"), "es_pt_it": ("es", "pt", "it"), "de_nl": ("de", "nl")}
GROUP_NAMES = {"fr_en": "French and English", "es_pt_it": "Spanish, Portuguese and Italian", "de_nl": "German and Dutch"}
ORDER = ("fr", "en", "es", "pt", "it", "de", "nl")
DEMO_PER_LANG = 7
FILES = ("BRIEF.md", "TASK.md") + tuple(f"{k}_{g}.csv" for k in ("notes", "pack", "demo", "ratings") for g in GROUPS)


def setup(num: int, out: Path, tree: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    brief = (PROTOCOL / "BRIEF.md").read_text(encoding="utf-8")
    # the brief names the same tree and folder as the tasks: a pair of rounds run from one tree (both on one commit) must
    # not send the second round's reviewers to a /work/wt-reviewNN that does not exist
    brief = brief.replace("round 123", f"round {num}").replace("/work/data/draft_review123", str(out)) \
        .replace("/work/wt-review123", str(tree)).replace("review123", f"review{num}")
    (out / "BRIEF.md").write_text(brief, encoding="utf-8")
    task = (PROTOCOL / "TASK.md").read_text(encoding="utf-8")
    for g, langs in GROUP_NAMES.items():
        text = task.replace("123", str(num)).replace("GROUP", g).replace("LANGS", langs)
        (out / f"TASK_{g}.md").write_text(text.replace(f"/work/data/draft_review{num}", str(out))
                                          .replace(f"/work/wt-review{num}", str(tree)), encoding="utf-8")
    pack = out / "demo_all.csv"
    subprocess.run([sys.executable, "scripts/draft_review_pack.py", "--out", str(pack)], cwd=tree, check=True,
                   env={"PYTHONPATH": str(tree / "src"), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"})
    with pack.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        columns, rows = reader.fieldnames or [], list(reader)
    by_lang: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    for r in rows:
        by_lang[r["lang"]].append(r)
    rng = random.Random(num)
    for g, langs in GROUPS.items():
        picked = []
        for lang in langs:
            pool = by_lang.get(lang, [])
            picked += rng.sample(pool, min(DEMO_PER_LANG, len(pool)))
        rng.shuffle(picked)
        with (out / f"demo_{g}.csv").open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=columns)
            w.writeheader()
            w.writerows(picked)
        print(f"demo_{g}.csv: {len(picked)} drafts")
    pack.unlink()


def count(out: Path) -> None:
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for g in GROUPS:
        path = out / f"ratings_{g}.csv"
        if not path.exists():
            print(f"{path.name}: not there yet")
            continue
        with path.open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                table[r["lang"].strip()][r["rating"].strip().lower()] += 1
    total: collections.Counter[str] = collections.Counter()
    cells = []
    for lang in ORDER:
        c = table.get(lang, collections.Counter())
        n = sum(c.values())
        total += c
        if n:
            ok = c["send"] / n >= 0.70 and c["rewrite"] / n <= 0.05
            print(f"{lang}: {c['send']}/{c['light']}/{c['rewrite']} of {n}: send {c['send'] / n:.0%}, rewrite "
                  f"{c['rewrite'] / n:.1%} {'meets' if ok else 'MISSES'}")
            cells.append(f"{c['send']}/{c['light']}/{c['rewrite']}")
    n = sum(total.values())
    if n:
        print(f"all: {n} drafts, send {total['send'] / n:.0%}, rewrite {total['rewrite'] / n:.1%}")
        print("| " + " | ".join(cells) + f" | {total['send'] / n:.0%} | {total['rewrite'] / n:.1%} |")


def record(num: int, out: Path) -> None:
    dest = ROOT / "evaluation" / "drafts" / f"round{num}"
    dest.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        src = out / ("TASK_fr_en.md" if name == "TASK.md" else name)
        if src.exists():
            shutil.copy(src, dest / name)
    print(f"recorded in {dest.relative_to(ROOT)}")


def rewrites(nums: list[int]) -> None:
    for num in nums:
        base = ROOT / "evaluation" / "drafts" / f"round{num}"
        for g in GROUPS:
            packs: dict[tuple[str, str], dict[str, str]] = {}
            for kind in ("pack", "demo"):
                path = base / f"{kind}_{g}.csv"
                if path.exists():
                    with path.open(encoding="utf-8", newline="") as f:
                        for r in csv.DictReader(f):
                            packs[(r["id"], "own" if kind == "pack" else "demo")] = r
            path = base / f"ratings_{g}.csv"
            if not path.exists():
                continue
            with path.open(encoding="utf-8", newline="") as f:
                for r in csv.DictReader(f):
                    if r["rating"].strip().lower() != "rewrite":
                        continue
                    p = packs.get((r["id"], r["source"].strip()), {})
                    print(f"## round {num} {g} {r['id']} ({r['lang']}, {p.get('intent', '?')})")
                    print(f"reviewer: {r['reason']}")
                    print(f"headline: {p.get('headline', '')}")
                    print("note:\n" + p.get("note", "") + "\ndraft:\n" + p.get("draft", "") + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("setup")
    s.add_argument("num", type=int)
    s.add_argument("--dir", type=Path, required=True)
    s.add_argument("--tree", type=Path, default=ROOT)
    c = sub.add_parser("count")
    c.add_argument("--dir", type=Path, required=True)
    r = sub.add_parser("record")
    r.add_argument("num", type=int)
    r.add_argument("--dir", type=Path, required=True)
    w = sub.add_parser("rewrites")
    w.add_argument("nums", type=int, nargs="+")
    a = ap.parse_args()
    if a.cmd == "setup":
        setup(a.num, a.dir, a.tree.resolve())
    elif a.cmd == "count":
        count(a.dir)
    elif a.cmd == "record":
        record(a.num, a.dir)
    else:
        rewrites(a.nums)


if __name__ == "__main__":
    main()
