#!/usr/bin/env python3
"""Check headlines.csv against owners.toml and print counts.

Exits non-zero (after listing every problem) if any rule is broken.
"""
import collections
import csv
import pathlib
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
HEADER = ["owner", "headline", "lang", "match", "phrase", "kind"]
LANGS = ["fr", "en", "es", "de", "it", "pt", "nl"]

# Kinds that describe a person who fits a phrase, and kinds that do not.
MATCH_KINDS = {
    "exec_in_field", "student_in_field", "owner_small_business",
    "owner_in_field", "apprentice_in_field", "organiser_in_field",
}
NO_MATCH_KINDS = {
    "exec_other_field", "exec_other_org", "student_other_field",
    "student_other_level", "apprentice_other_field", "owner_big_corp",
    "owner_other_field", "organiser_other_field", "junior_in_field",
    "senior_in_field", "employee_in_field", "recruiter", "peer", "investor",
    "other_job",
}

MIN_ROWS = 600
MIN_PER_LANG = 85
MATCH_RATE = (0.40, 0.45)
MAIN_OWNER = "marketing"
MAIN_OWNER_MIN_PER_LANG = 30
MAIN_OWNER_SHARE = (0.30, 0.37)   # "about a third"


def main():
    errors = []
    with open(HERE / "owners.toml", "rb") as f:
        owners = tomllib.load(f)
    for key, o in owners.items():
        for field, typ in (("owner_language", str), ("offer", list),
                           ("help_whom", list), ("meet_whom", list)):
            if not isinstance(o.get(field), typ):
                errors.append(f"owners.toml [{key}]: {field} missing or not {typ.__name__}")
        if o.get("owner_language") not in LANGS:
            errors.append(f"owners.toml [{key}]: owner_language {o.get('owner_language')!r} not in {LANGS}")
    non_en = [k for k, o in owners.items() if k != MAIN_OWNER and o.get("owner_language") != "en"]
    if len(owners) != 6:
        errors.append(f"expected 6 owners, found {len(owners)}")
    if len(non_en) < 2:
        errors.append(f"need >= 2 owners with non-English phrases, found {non_en}")

    raw = (HERE / "headlines.csv").read_bytes()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"headlines.csv is not UTF-8: {e}")
    with open(HERE / "headlines.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [dict(zip(header, r)) for r in reader]
        if header != HEADER:
            errors.append(f"header is {header}, expected {HEADER}")

    seen = set()
    for i, r in enumerate(rows, 2):
        where = f"line {i}"
        if len(r) != len(HEADER):
            errors.append(f"{where}: wrong number of fields")
            continue
        owner, head = r["owner"], r["headline"]
        if owner not in owners:
            errors.append(f"{where}: unknown owner {owner!r}")
            continue
        if not head or head != head.strip() or "\n" in head or "  " in head:
            errors.append(f"{where}: empty or badly spaced headline {head!r}")
        if (owner, head) in seen:
            errors.append(f"{where}: duplicate (owner, headline) {owner} / {head!r}")
        seen.add((owner, head))
        if r["lang"] not in LANGS:
            errors.append(f"{where}: lang {r['lang']!r} not allowed")
        if r["match"] not in ("0", "1"):
            errors.append(f"{where}: match {r['match']!r} not 0/1")
        phrases = owners[owner]["help_whom"] + owners[owner]["meet_whom"]
        if r["match"] == "1":
            if r["phrase"] not in phrases:
                errors.append(f"{where}: phrase {r['phrase']!r} not in {owner}'s settings")
            if r["kind"] not in MATCH_KINDS:
                errors.append(f"{where}: match=1 with non-match kind {r['kind']!r}")
        else:
            if r["phrase"]:
                errors.append(f"{where}: match=0 but phrase {r['phrase']!r}")
            if r["kind"] not in NO_MATCH_KINDS:
                errors.append(f"{where}: match=0 with match kind {r['kind']!r}")
        if r["kind"] not in MATCH_KINDS | NO_MATCH_KINDS:
            errors.append(f"{where}: unknown kind {r['kind']!r}")

    # --- size / balance rules ---------------------------------------------
    n = len(rows)
    n_match = sum(r["match"] == "1" for r in rows)
    by_lang = collections.Counter(r["lang"] for r in rows)
    by_owner = collections.Counter(r["owner"] for r in rows)
    by_owner_lang = collections.Counter((r["owner"], r["lang"]) for r in rows)
    if n < MIN_ROWS:
        errors.append(f"only {n} rows (< {MIN_ROWS})")
    rate = n_match / n if n else 0
    if not MATCH_RATE[0] <= rate <= MATCH_RATE[1]:
        errors.append(f"match rate {rate:.1%} outside {MATCH_RATE}")
    for lang in LANGS:
        if by_lang[lang] < MIN_PER_LANG:
            errors.append(f"lang {lang}: {by_lang[lang]} rows (< {MIN_PER_LANG})")
        for owner in owners:
            if by_owner_lang[(owner, lang)] == 0:
                errors.append(f"owner {owner} has no {lang} headline")
        if by_owner_lang[(MAIN_OWNER, lang)] < MAIN_OWNER_MIN_PER_LANG:
            errors.append(f"{MAIN_OWNER}/{lang}: {by_owner_lang[(MAIN_OWNER, lang)]} rows "
                          f"(< {MAIN_OWNER_MIN_PER_LANG})")
    share = by_owner[MAIN_OWNER] / n if n else 0
    if not MAIN_OWNER_SHARE[0] <= share <= MAIN_OWNER_SHARE[1]:
        errors.append(f"{MAIN_OWNER} share {share:.1%} outside {MAIN_OWNER_SHARE}")
    for owner, o in owners.items():
        for p in o["help_whom"] + o["meet_whom"]:
            if not any(r["owner"] == owner and r["phrase"] == p for r in rows):
                errors.append(f"phrase never matched: {owner} / {p!r}")

    # --- report -------------------------------------------------------------
    def table(title, counter_all, counter_match, keys):
        print(f"\n{title}")
        for k in keys:
            a, m = counter_all[k], counter_match[k]
            print(f"  {str(k):<55} {a:>4} rows  {m:>4} match  ({m / a:.0%})" if a else f"  {k}: 0")

    m_lang = collections.Counter(r["lang"] for r in rows if r["match"] == "1")
    m_owner = collections.Counter(r["owner"] for r in rows if r["match"] == "1")
    print(f"rows: {n}   matches: {n_match} ({rate:.1%})   "
          f"{MAIN_OWNER} share: {share:.1%}")
    table("per language", by_lang, m_lang, LANGS)
    table("per owner", by_owner, m_owner, list(owners))

    print("\nper owner x language (rows/matches)")
    print("  " + "".join(f"{l:>8}" for l in LANGS) + "   total")
    for owner in owners:
        cells = []
        for l in LANGS:
            a = by_owner_lang[(owner, l)]
            m = sum(1 for r in rows if r["owner"] == owner and r["lang"] == l and r["match"] == "1")
            cells.append(f"{a:>4}/{m:<3}")
        print(f"  {owner:<10}" + "".join(cells) + f"   {by_owner[owner]}")

    print("\nper phrase (rows matched, by language)")
    for owner, o in owners.items():
        for p in o["help_whom"] + o["meet_whom"]:
            sel = [r for r in rows if r["owner"] == owner and r["phrase"] == p]
            langs = collections.Counter(r["lang"] for r in sel)
            detail = " ".join(f"{l}:{langs[l]}" for l in LANGS)
            print(f"  {owner:<10} {p:<50} {len(sel):>3}   {detail}")

    print("\nper kind")
    kinds = collections.Counter(r["kind"] for r in rows)
    for k, c in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        tag = "match" if k in MATCH_KINDS else "no match"
        print(f"  {k:<25} {c:>4}   ({tag})")

    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  - " + e, file=sys.stderr)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
