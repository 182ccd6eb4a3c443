"""Write a review pack: the drafts of a list of notes, and of the demo's reply queue, in one CSV.

    python scripts/draft_review_pack.py scripts/draft_review_notes.csv --out review_pack.csv

The notes CSV has the columns ``note, headline, name`` and optionally ``lang, intent`` (when given, they
replace the judgment's; an empty note is a note-less invitation, drafted from its headline). Every row is
judged by the real pipeline (``classify``) and drafted by the real ``draft_for`` with the sample owner's
settings (``src/invitriage/sample/invitriage.toml``, or ``--config``). A note the judgment would accept
silently is drafted as its reply anyway (the ``judged_action`` column says so): reviewers see every draft.

Then the bundled sample export is imported and triaged into a temporary database, exactly as ``invitriage
demo`` does, and its whole reply queue is added (``--no-demo`` to skip it). Output columns: ``id, lang,
intent, note, headline, draft`` then ``name, judged_action, template, source``. Cells a spreadsheet would run
as a formula are prefixed with an apostrophe.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from contextlib import ExitStack
from importlib import resources
from pathlib import Path
from typing import Any

from invitriage.benefit.matcher import BenefitMatcher
from invitriage.drafts.writer import draft_for
from invitriage.errors import InvitriageError
from invitriage.judge.classify import classify
from invitriage.service import Workspace
from invitriage.settings import Settings, load_settings
from invitriage.taxonomy import LANGUAGES
from invitriage.textsafe import write_csv

COLUMNS = ["id", "lang", "intent", "note", "headline", "draft", "name", "judged_action", "template", "source"]


def notes_rows(path: Path, settings: Settings) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    missing = {"note", "headline", "name"} - set(rows[0] if rows else {})
    if missing:
        raise SystemExit(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    judged = classify([r["note"] or "" for r in rows], owner_lang=settings.language)
    # As triage does: who matches meet_whom / help_whom, for the replies to people without a note.
    matcher = BenefitMatcher(settings.help_whom, settings.meet_whom, settings.offer, settings.benefit_threshold)
    matches = matcher.match([(r["headline"] or "", r["note"] or "") for r in rows]) if matcher.active else [[] for _ in rows]
    out = []
    for n, (row, j, found) in enumerate(zip(rows, judged, matches), start=1):
        intent = (row.get("intent") or "").strip() or j.intent
        lang = (row.get("lang") or "").strip() or j.lang
        item = {"name": row["name"], "note": row["note"] or "", "headline": row["headline"] or "",
                "lang": lang if lang in LANGUAGES else settings.language, "intent": intent, "action": "reply",
                "evidence": [m.evidence() for m in found[:2]] + list(j.evidence),
                "meet": any(m.kind == "meet_whom" for m in found)}
        try:
            d, problem = draft_for(item, settings, settings.templates_dir), ""
        except InvitriageError as exc:  # as triage does: that one invitation gets no draft, the others are written
            d, problem = None, f"[no draft: {exc}]"
        out.append({"id": f"note-{n}", "lang": d.lang if d else "", "intent": intent, "note": row["note"],
                    "headline": row["headline"], "draft": d.text if d else problem, "name": row["name"],
                    "judged_action": j.action, "template": d.template.rsplit("/", 1)[-1] if d else "",
                    "source": str(path.name)})
    return out


def demo_rows(settings: Settings) -> list[dict[str, Any]]:
    """The reply queue of the bundled sample, imported and triaged as ``invitriage demo`` does."""
    with ExitStack() as stack:
        tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="invitriage-review-"))
        sample = stack.enter_context(resources.as_file(resources.files("invitriage") / "sample"))
        paths = [sample / "export"] + ([sample / "pending.csv"] if (sample / "pending.csv").exists() else [])
        ws = stack.enter_context(Workspace.open(Path(tmp) / "review.db", settings))
        ws.import_paths(paths)
        ws.triage()
        out = []
        for item in ws.with_drafts(ws.store.queue("reply")):  # drafted as when shown (triage only judges)
            d = draft_for(item, settings, settings.templates_dir)  # the stored draft's language and template
            out.append({"id": f"demo-{item['id']}", "lang": d.lang if d else item.get("lang") or "",
                        "intent": item["intent"], "note": item.get("note") or "", "headline": item.get("headline") or "",
                        "draft": item.get("draft") or "", "name": item["name"], "judged_action": item["action"],
                        "template": d.template.rsplit("/", 1)[-1] if d else "", "source": "demo"})
        return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notes", type=Path, nargs="?", help="CSV of notes: note, headline, name[, lang, intent]")
    parser.add_argument("--out", type=Path, help="where to write the pack (default: the screen)")
    parser.add_argument("--config", type=Path, help="settings (default: the sample owner's)")
    parser.add_argument("--no-demo", action="store_true", help="leave out the demo's reply queue")
    args = parser.parse_args(argv)
    config = args.config or Path(str(resources.files("invitriage") / "sample" / "invitriage.toml"))
    settings = load_settings(config)
    rows = notes_rows(args.notes, settings) if args.notes else []
    if not args.no_demo:
        rows += demo_rows(settings)
    if args.out:
        with args.out.open("w", encoding="utf-8", newline="") as f:
            write_csv(f, COLUMNS, rows)
        print(f"wrote {len(rows)} drafts to {args.out}", file=sys.stderr)
    else:
        write_csv(sys.stdout, COLUMNS, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
