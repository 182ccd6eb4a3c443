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
LANGS = ["en", "fr", "de", "it", "pt", "es", "nl"]
KINDS = {
    "exec_in_field", "exec_other_field",
    "student_in_field", "student_other_field",
    "founder_small", "owner_big_corp",
    "role_in_field", "role_other_field",
    "staff_in_field", "missing_qualifier",
    "recruiter", "unrelated",
}
N_OWNERS = 7
MIN_ROWS = 630
MIN_PER_LANG = 85
MIN_MARKETING_PER_LANG = 28
MATCH_RATE = (0.40, 0.45)
MARKETING_SHARE = (0.30, 0.37)
MIN_LANGS_PER_PHRASE = 3
MARKETING_HARD_NEG = ("exec_other_field", "recruiter", "owner_big_corp",
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
if len(owners) != N_OWNERS:
    err(f"expected {N_OWNERS} owners, found {len(owners)}")
if "marketing" not in owners:
    err("owner 'marketing' missing")
else:
    m = owners["marketing"]
    if (m.get("owner_language") != "en"
            or m.get("offer") != ["digital marketing coaching", "workshops on social media and e-commerce"]
            or m.get("help_whom") != ["students in digital marketing or communication",
                                      "founders of small businesses and e-shops"]
            or m.get("meet_whom") != ["marketing directors"]):
        err("owner 'marketing' settings differ from the brief")
langs_used = collections.Counter(cfg.get("owner_language") for cfg in owners.values())
for lang in ("fr", "de", "it", "pt", "es", "nl"):
    if not any(k != "marketing" and c.get("owner_language") == lang for k, c in owners.items()):
        err(f"no non-marketing owner writes in {lang}")

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
    if "?" in headline[-2:]:
        err(f"line {i}: headline ends with '?' (unfinished draft?) {headline!r}")
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
pos_owner_lang = collections.Counter((r["owner"], r["lang"]) for r in recs if r["match"])
match_lang = collections.Counter(r["lang"] for r in recs if r["match"])
match_owner = collections.Counter(r["owner"] for r in recs if r["match"])
by_phrase = collections.Counter((r["owner"], r["phrase"]) for r in recs if r["match"])
phrase_langs = collections.defaultdict(set)
for r in recs:
    if r["match"]:
        phrase_langs[(r["owner"], r["phrase"])].add(r["lang"])
by_kind = collections.Counter(r["kind"] for r in recs)
kind_match = collections.Counter(r["kind"] for r in recs if r["match"])

if n < MIN_ROWS:
    err(f"only {n} rows (< {MIN_ROWS})")
for lang in LANGS:
    if by_lang[lang] < MIN_PER_LANG:
        err(f"lang {lang}: {by_lang[lang]} rows (< {MIN_PER_LANG})")
    for owner in owners:
        tot, pos = by_owner_lang[(owner, lang)], pos_owner_lang[(owner, lang)]
        if tot == 0:
            err(f"owner {owner} has no {lang} headline")
        elif pos == 0 or pos == tot:
            err(f"owner {owner}/{lang}: needs positives and negatives ({pos}/{tot})")
    if by_owner_lang[("marketing", lang)] < MIN_MARKETING_PER_LANG:
        err(f"marketing/{lang}: {by_owner_lang[('marketing', lang)]} rows (< {MIN_MARKETING_PER_LANG})")
    mk = [r for r in recs if r["owner"] == "marketing" and r["lang"] == lang]
    for ph in owners["marketing"]["help_whom"] + owners["marketing"]["meet_whom"]:
        if not any(r["phrase"] == ph for r in mk):
            err(f"marketing/{lang}: no positive for {ph!r}")
    for kd in MARKETING_HARD_NEG:
        if not any(r["kind"] == kd and not r["match"] for r in mk):
            err(f"marketing/{lang}: no {kd} negative")
for owner, cfg in owners.items():
    for ph in cfg["help_whom"] + cfg["meet_whom"]:
        nl = len(phrase_langs[(owner, ph)])
        if nl < MIN_LANGS_PER_PHRASE:
            err(f"phrase matched in only {nl} languages: {owner}: {ph!r}")
    if owner != "marketing":
        hard = [r for r in recs if r["owner"] == owner and not r["match"]
                and r["kind"] in ("missing_qualifier", "role_other_field", "staff_in_field",
                                  "exec_other_field", "owner_big_corp", "student_in_field")]
        if len(hard) < 14:
            err(f"owner {owner}: only {len(hard)} hard negatives")
rate = n_match / n if n else 0
if not (MATCH_RATE[0] <= rate <= MATCH_RATE[1]):
    err(f"match rate {rate:.3f} outside {MATCH_RATE}")
share = by_owner["marketing"] / n if n else 0
if not (MARKETING_SHARE[0] <= share <= MARKETING_SHARE[1]):
    err(f"marketing share {share:.3f} outside {MARKETING_SHARE}")

# ---- report
print(f"rows: {n}   matches: {n_match} ({rate:.1%})   owners: {len(owners)}")
print(f"marketing share: {share:.1%}")
print("\nper language (rows / matches):")
for lang in LANGS:
    print(f"  {lang}: {by_lang[lang]:4d} / {match_lang[lang]:3d}")
print("\nper owner (rows / matches)   rows:matches per language:")
for owner in owners:
    per = " ".join(f"{l}={by_owner_lang[(owner, l)]}:{pos_owner_lang[(owner, l)]}" for l in LANGS)
    print(f"  {owner:13s} {by_owner[owner]:4d} / {match_owner[owner]:3d}   {per}")
print("\nper phrase (matches, languages):")
for owner, cfg in owners.items():
    for ph in cfg["help_whom"] + cfg["meet_whom"]:
        print(f"  {owner:13s} {by_phrase[(owner, ph)]:3d}  {len(phrase_langs[(owner, ph)])}  {ph}")
print("\nper kind (rows / matches):")
for kd, c in sorted(by_kind.items(), key=lambda x: (-x[1], x[0])):
    print(f"  {kd:20s} {c:4d} / {kind_match[kd]:3d}")

if errors:
    print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)
print("\nOK")
