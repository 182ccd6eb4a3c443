#!/usr/bin/env python3
"""Validate headlines.csv against owners.toml and print counts.

Exits non-zero on any error.
"""
import collections
import csv
import pathlib
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
HEADER = ["owner", "headline", "lang", "match", "phrase", "kind"]
LANGS = ["fr", "en", "es", "de", "it", "pt", "nl"]
KINDS = {
    # generic
    "exec_in_field", "exec_other_field", "exec_other_org",
    "student_in_field", "student_other_field",
    "owner_small_business", "owner_big_corp",
    "staff_in_field", "senior_in_field", "junior_in_field",
    "graduate_in_field", "graduate_other_field",
    "teacher_in_field", "other_role_in_field",
    "recruiter", "peer", "other_job",
    # libraries
    "librarian_in_field", "librarian_other_org",
    # volunteers (libraries, food banks)
    "volunteer_in_field", "volunteer_other_field",
    # freelancers / self-employed (film editors, bike mechanics)
    "freelancer_in_field", "freelancer_other_field",
    # film producers
    "producer_in_field", "producer_other_field",
    # robotics technicians
    "technician_in_field", "technician_other_field", "technician_other_org",
    # buyers (purchasing heads, beverage buyers)
    "buyer_in_field", "buyer_other_org", "buyer_other_field",
    # brewers
    "brewer_in_field", "brewer_other_org",
    "hobbyist_in_field", "hobbyist_other_field",
    # bike-share coordinators
    "coordinator_in_field", "coordinator_other_org", "coordinator_other_field",
    # bicycle product managers
    "product_in_field", "product_other_org", "product_other_field",
    # team leaders (social work)
    "lead_in_field", "lead_other_org", "lead_other_field",
}
N_OWNERS = (6, 7)             # marketing + five or six others
MIN_ROWS = 630
MIN_PER_LANG = 85
MIN_MARKETING_PER_LANG = 28
MATCH_RATE = (0.40, 0.45)
MARKETING_SHARE = (0.30, 0.37)  # "about a third"
MARKETING_NEG_KINDS = ("exec_other_field", "recruiter", "owner_big_corp",
                       "staff_in_field", "student_other_field")

errors = []


def err(msg):
    errors.append(msg)


owners = tomllib.loads((HERE / "owners.toml").read_text(encoding="utf-8"))
for key, cfg in owners.items():
    for field in ("owner_language", "offer", "help_whom", "meet_whom"):
        if field not in cfg:
            err(f"owners.toml [{key}] missing {field}")
    if cfg.get("owner_language") not in LANGS:
        err(f"owners.toml [{key}] owner_language {cfg.get('owner_language')!r} not allowed")
    for field in ("offer", "help_whom", "meet_whom"):
        v = cfg.get(field, [])
        if not isinstance(v, list) or not v or not all(isinstance(x, str) and x.strip() for x in v):
            err(f"owners.toml [{key}] {field} must be a non-empty list of strings")
if not (N_OWNERS[0] <= len(owners) <= N_OWNERS[1]):
    err(f"expected {N_OWNERS[0]}-{N_OWNERS[1]} owners, found {len(owners)}")
mk_cfg = owners.get("marketing")
if mk_cfg is None:
    err("owner 'marketing' missing")
else:
    if mk_cfg.get("owner_language") != "en":
        err("marketing owner_language must be 'en'")
    if mk_cfg.get("help_whom") != ["students in digital marketing or communication",
                                   "founders of small businesses and e-shops"]:
        err("marketing help_whom differs from the brief")
    if mk_cfg.get("meet_whom") != ["marketing directors"]:
        err("marketing meet_whom differs from the brief")
other_langs = {cfg.get("owner_language") for k, cfg in owners.items() if k != "marketing"}
if len(other_langs) < 4:
    err(f"other owners use only {sorted(other_langs)}; vary owner_language")

with open(HERE / "headlines.csv", encoding="utf-8", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    rows = list(reader)
if header != HEADER:
    err(f"header is {header}, expected {HEADER}")

seen = set()
recs = []
for i, r in enumerate(rows, 2):
    if len(r) != 6:
        err(f"line {i}: {len(r)} fields")
        continue
    owner, headline, lang, match, phrase, kind = r
    if owner not in owners:
        err(f"line {i}: unknown owner {owner!r}")
        continue
    if not headline or headline != headline.strip() or "\n" in headline:
        err(f"line {i}: empty or untrimmed headline {headline!r}")
    if lang not in LANGS:
        err(f"line {i}: lang {lang!r} not allowed")
    if match not in ("0", "1"):
        err(f"line {i}: match {match!r} not 0/1")
    if kind not in KINDS:
        err(f"line {i}: kind {kind!r} not allowed")
    phrases = owners[owner]["help_whom"] + owners[owner]["meet_whom"]
    if match == "1" and phrase not in phrases:
        err(f"line {i}: phrase {phrase!r} not in {owner}'s settings")
    if match == "0" and phrase != "":
        err(f"line {i}: match=0 but phrase {phrase!r}")
    k = (owner, headline.casefold())
    if k in seen:
        err(f"line {i}: duplicate (owner, headline) {owner!r} {headline!r}")
    seen.add(k)
    recs.append(dict(owner=owner, headline=headline, lang=lang,
                     match=int(match), phrase=phrase, kind=kind))

n = len(recs)
n_match = sum(r["match"] for r in recs)
by_lang = collections.Counter(r["lang"] for r in recs)
by_owner = collections.Counter(r["owner"] for r in recs)
by_owner_lang = collections.Counter((r["owner"], r["lang"]) for r in recs)
match_owner_lang = collections.Counter((r["owner"], r["lang"]) for r in recs if r["match"])
match_lang = collections.Counter(r["lang"] for r in recs if r["match"])
match_owner = collections.Counter(r["owner"] for r in recs if r["match"])
by_phrase = collections.Counter((r["owner"], r["phrase"]) for r in recs if r["match"])
phrase_langs = collections.defaultdict(set)
for r in recs:
    if r["match"]:
        phrase_langs[(r["owner"], r["phrase"])].add(r["lang"])
by_kind = collections.Counter(r["kind"] for r in recs)
kind_match = collections.Counter(r["kind"] for r in recs if r["match"])

# size / coverage requirements
if n < MIN_ROWS:
    err(f"only {n} rows (< {MIN_ROWS})")
for lang in LANGS:
    if by_lang[lang] < MIN_PER_LANG:
        err(f"lang {lang}: {by_lang[lang]} rows (< {MIN_PER_LANG})")
    for owner in owners:
        cnt = by_owner_lang[(owner, lang)]
        pos = match_owner_lang[(owner, lang)]
        if cnt == 0:
            err(f"owner {owner} has no {lang} headline")
        elif pos == 0 or pos == cnt:
            err(f"owner {owner}/{lang}: needs both positives and negatives ({pos}/{cnt})")
    if by_owner_lang[("marketing", lang)] < MIN_MARKETING_PER_LANG:
        err(f"marketing/{lang}: {by_owner_lang[('marketing', lang)]} rows (< {MIN_MARKETING_PER_LANG})")
    mk = [r for r in recs if r["owner"] == "marketing" and r["lang"] == lang]
    if mk_cfg is not None:
        for ph in mk_cfg["help_whom"] + mk_cfg["meet_whom"]:
            if not any(r["phrase"] == ph for r in mk):
                err(f"marketing/{lang}: no positive for {ph!r}")
    for kd in MARKETING_NEG_KINDS:
        if not any(r["kind"] == kd and not r["match"] for r in mk):
            err(f"marketing/{lang}: no {kd} negative")
for owner, cfg in owners.items():
    for ph in cfg["help_whom"] + cfg["meet_whom"]:
        if by_phrase[(owner, ph)] == 0:
            err(f"phrase never matched: {owner}: {ph!r}")
        elif len(phrase_langs[(owner, ph)]) < 3:
            err(f"phrase matched in fewer than 3 languages: {owner}: {ph!r}")
rate = n_match / n if n else 0
if not (MATCH_RATE[0] <= rate <= MATCH_RATE[1]):
    err(f"match rate {rate:.3f} outside {MATCH_RATE}")
share = by_owner["marketing"] / n if n else 0
if not (MARKETING_SHARE[0] <= share <= MARKETING_SHARE[1]):
    err(f"marketing share {share:.3f} is not about a third")

# ---- report
print(f"rows: {n}   matches: {n_match} ({rate:.1%})   owners: {len(owners)}")
print(f"marketing share: {share:.1%}")
print("\nper language (rows / matches):")
for lang in LANGS:
    print(f"  {lang}: {by_lang[lang]:4d} / {match_lang[lang]:3d}")
print("\nper owner (rows / matches)   rows per language:")
for owner in owners:
    per = " ".join(f"{l}={by_owner_lang[(owner, l)]}" for l in LANGS)
    print(f"  {owner:14s} {by_owner[owner]:4d} / {match_owner[owner]:3d}   {per}")
print("\nper phrase (matches):")
for owner, cfg in owners.items():
    for ph in cfg["help_whom"] + cfg["meet_whom"]:
        print(f"  {owner:14s} {by_phrase[(owner, ph)]:3d}  {ph}")
print("\nper kind (rows / matches):")
for kd, c in sorted(by_kind.items(), key=lambda x: (-x[1], x[0])):
    print(f"  {kd:22s} {c:4d} / {kind_match[kd]:3d}")

if errors:
    print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)
print("\nOK")
