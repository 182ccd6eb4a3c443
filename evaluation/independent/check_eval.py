"""Sanity check for the independent evaluation set (run: python3 check_eval.py)."""
import csv, collections, glob, os, re
INTENTS = {"no_note","default_template","generic","met_before","content","referral",
           "ask_for_help","job_seeking","recruiting","business_proposal","sales_pitch","scam"}
MAIN = {"fr","en","es","de","it","pt","nl"}
here = os.path.dirname(os.path.abspath(__file__))
total = collections.Counter(); ok = True; seen = {}
for path in sorted(glob.glob(os.path.join(here, "*.csv"))):
    name = os.path.basename(path)[:-4]
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        assert r.fieldnames == ["text","intent","lang"], (path, r.fieldnames)
        rows = list(r)
    c = collections.Counter(x["intent"] for x in rows)
    for i, x in enumerate(rows, 2):
        errs = []
        if x["intent"] not in INTENTS: errs.append("intent")
        if len(x["text"]) > 300: errs.append("len>300")
        if not x["text"].strip(): errs.append("empty")
        if name in MAIN and x["lang"] != name: errs.append("lang")
        if name == "other" and (x["lang"] in MAIN or not re.fullmatch(r"[a-z]{2}", x["lang"])): errs.append("lang")
        if x["text"] in seen: errs.append("duplicate of " + seen[x["text"]])
        seen[x["text"]] = f"{name}:{i}"
        if errs: ok = False; print(f"{name}:{i}", errs, x["text"][:60])
    if name in MAIN:
        few = {k: c.get(k, 0) for k in INTENTS if c.get(k, 0) < 3}
        if few: ok = False; print(name, "intents with <3 notes:", few)
    nl = sum("\n" in x["text"] for x in rows); cut = sum(len(x["text"]) == 300 for x in rows)
    print(f"{name:6s} n={len(rows):4d} multiline={nl:3d} cut300={cut:2d} langs={dict(collections.Counter(x['lang'] for x in rows))}")
    total.update(c)
print("TOTAL", sum(total.values()), dict(sorted(total.items(), key=lambda kv: -kv[1])))
print("OK" if ok else "PROBLEMS FOUND")
