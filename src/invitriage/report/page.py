"""The network picture as one self-contained HTML page (inline CSS and SVG, no script, no outside URL)."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from invitriage.report.charts import bar_chart, figure, hbar_chart, line_chart, year_ticks
from invitriage.report.figures import Figures, _num, _pct, _sentences, compute_figures, month_label, trend
from invitriage.storage.store import Store
from invitriage.taxonomy import INTENT_LABELS

# -- HTML -------------------------------------------------------------------------------------

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2937;
background:#f8fafc;margin:0;line-height:1.5}
header{background:#1e3a8a;color:#fff;padding:28px 32px}header h1{margin:0 0 4px;font-size:26px}
header p{margin:0;opacity:.85}.cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:18px}
.card{background:rgba(255,255,255,.12);border-radius:8px;padding:10px 16px;min-width:130px}
.card b{display:block;font-size:24px}.card span{font-size:13px;opacity:.9}
main{max-width:760px;margin:0 auto;padding:8px 20px 40px}
section{background:#fff;border:1px solid #e5e7eb;border-radius:10px;padding:18px 22px;margin:18px 0}
section h2{margin:0 0 6px;font-size:19px}.lead{margin:0 0 10px}.missing{background:#fff7ed;border-color:#fdba74}
table{border-collapse:collapse;font-size:14px}td,th{padding:3px 12px 3px 0;text-align:left}
td.n{text-align:right}tbody th{font-weight:normal}footer{color:#4b5563;font-size:13px;text-align:center}
figure{margin:12px 0}.scroll{overflow-x:auto;background:#fff;border-radius:6px}.scroll svg{display:block}
details{margin:4px 0 10px}summary{cursor:pointer;color:#1e40af}
:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
@media (max-width:700px){.scroll svg{min-width:640px}header{padding:20px 16px}main{padding:8px 10px 30px}
section{padding:14px}}
@media (prefers-color-scheme:dark){body{color:#e8eaef;background:#111418}section{background:#1b1f26;
border-color:#343a45}.missing{background:#33240c;border-color:#9a5b13}summary{color:#9cc7ff}footer{color:#aab2bf}
:focus-visible{outline-color:#7ab8ff}}
"""


def _section(title: str, sentence: str | None, body: str = "", fallback: str = "Not available.") -> str:
    text = escape(sentence) if sentence else f"<em>{escape(fallback)}</em>"
    return f'<section><h2>{escape(title)}</h2><p class="lead">{text}</p>{body if sentence else ""}</section>'


def render_html(f: Figures) -> str:
    """The whole report as one self-contained HTML page."""
    s = _sentences(f)
    cards = [(f"{f.connections_total:,}", "connections")] if f.connections_total else []
    if f.useful_share_pct is not None:
        cards.append((_pct(f.useful_share_pct), "useful share"))
    if (t := trend(f)) is not None:
        last = t[1]
        cards.append((f"{round(last.per_1000 or 0):,}", f"invitations per 1,000 connections ({month_label(last.month)})"))
    cards.append((f"{f.backlog_count:,}", "invitations waiting"))
    if f.hours_saved is not None:
        cards.append((_num(round(f.hours_saved, 1)), "hours saved"))
    who = f"{f.owner_name}'s network" if f.owner_name else "Your network"
    out = [f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
           f'content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>{escape(who)} — invitriage report</title>'
           f"<style>{CSS}</style></head><body><header><h1>{escape(who)}</h1>"
           f"<p>Who matters, and how invitations grow with the network — as of {f.today.isoformat()}.</p>"
           '<div class="cards">' + "".join(f"<div class=\"card\"><b>{escape(v)}</b><span>{escape(k)}</span></div>"
                                           for v, k in cards) + "</div></header><main>"]
    if f.missing:
        items = "".join(f"<li>{escape(m)}</li>" for m in f.missing)
        out.append(f'<section class="missing"><h2>What is missing</h2><ul>{items}</ul></section>')
    if f.useful_by_year:
        dated = [y for y in f.useful_by_year if y.year != "unknown"]
        title = "Useful share by year connected (%)"
        chart = figure(bar_chart(title, [y.year for y in dated], [round(y.pct, 1) for y in dated], "{:g}",
                                 ref=round(f.useful_share_pct or 0, 1), ref_label=f"overall {_pct(f.useful_share_pct or 0)}"),
                       title, [(y.year, _pct(y.pct)) for y in dated], ("year connected", "useful share"))
        table = "".join(f'<tr><td>{escape(c)}</td><td class="n">{n:,}</td></tr>' for c, n in f.useful_companies)
        if table:
            chart += ("<p>Where the people you talk to work:</p>"
                      f'<table><thead><tr><th scope="col">company</th><th scope="col">people</th></tr></thead>'
                      f"<tbody>{table}</tbody></table>")
        out.append(_section("Who matters: the useful share", s.get("useful"), chart))
    else:
        out.append(_section("Who matters: the useful share", None, fallback="Needs Connections.csv and messages.csv."))
    if len(f.useful_by_month) >= 2:
        ums = f.useful_by_month
        title = "Useful share over time (%)"
        body = figure(line_chart(title, [v for _m, v in ums], year_ticks([m for m, _v in ums]), "{:.1f}"), title,
                      [(month_label(m), _pct(v)) for m, v in ums], ("month", "useful share"))
        if f.outreach_per_week:
            weeks = sorted(f.outreach_per_week)[-12:]
            title = "Outreach messages sent per week"
            body += figure(bar_chart(title, weeks, [f.outreach_per_week[w] for w in weeks]), title,
                           [(w, f"{f.outreach_per_week[w]:,}") for w in weeks], ("week", "messages"))
        (m0, v0), (m1, v1) = ums[0], ums[-1]
        sentence = (f"The share of your connections you have talked to went from {_pct(v0)} "
                    f"({month_label(m0)}) to {_pct(v1)} ({month_label(m1)})."
                    + (f" You sent {sum(f.outreach_per_week.values())} outreach message(s) from invitriage outreach."
                       if f.outreach_per_week else " invitriage outreach suggests a few people a week to move it."))
        out.append(_section("Moving the useful share", sentence, body))
    if f.connections_by_month:
        ms = f.connections_by_month
        title = "Connections (cumulative)"
        out.append(_section("Your network over time", s.get("network"), figure(line_chart(
            title, [m.total for m in ms], year_ticks([m.month for m in ms])), title,
            [(month_label(m.month), f"{m.total:,}") for m in ms], ("month", "connections"))))
    else:
        out.append(_section("Your network over time", None, fallback="Needs Connections.csv."))
    if f.invitations_by_month:
        ims = f.invitations_by_month
        labels = [month_label(m.month) for m in ims]
        edge = frozenset({0, len(ims) - 1}) if len(ims) >= 4 else frozenset()
        title = "Invitations received per month"
        body = figure(bar_chart(title, labels, [m.received for m in ims], faded=edge), title,
                      [(lb, f"{m.received:,}") for lb, m in zip(labels, ims)], ("month", "invitations"))
        if any(m.per_1000 is not None for m in ims):
            title = "Invitations per 1,000 connections"
            body += figure(bar_chart(title, labels, [round(m.per_1000 or 0) for m in ims], faded=edge), title,
                           [(lb, f"{round(m.per_1000 or 0):,}") for lb, m in zip(labels, ims)],
                           ("month", "per 1,000 connections"))
        note = " Lighter bars are partial months (the export's window cuts them)." if edge else ""
        out.append(_section("Invitations grow with the network", " ".join(
            x for x in (s.get("invitations"), s.get("rate")) if x) + note, body))
    else:
        out.append(_section("Invitations grow with the network", None, fallback="Needs Invitations.csv."))
    if f.note_share_pct is not None:
        title = "Intents of the judged notes"
        intents: list[tuple[str, float]] = [(INTENT_LABELS.get(k, k), v) for k, v in (f.note_intents or {}).items()]
        body = figure(hbar_chart(title, intents), title, [(k, _num(v)) for k, v in intents],
                      ("intent", "notes")) if intents else ""
        out.append(_section("Notes: who says why", s.get("notes"), body))
    else:
        out.append(_section("Notes: who says why", None, fallback="Needs Invitations.csv."))
    if f.backlog_count:
        title = "Waiting invitations by age"
        body = figure(bar_chart(title, list(f.backlog_buckets), list(f.backlog_buckets.values())), title,
                      [(k, f"{v:,}") for k, v in f.backlog_buckets.items()], ("age", "invitations"))
        sentence = s["backlog"] + (f" The oldest is from {f.backlog_oldest_name}." if f.backlog_oldest_name else "")
        out.append(_section("The backlog's age", sentence, body))
    else:
        out.append(_section("The backlog's age", s.get("backlog"), fallback="Needs Invitations.csv."))
    out.append(_section("Time saved", s.get("saved"), fallback="Needs a triage run (invitriage triage)."))
    out.append("</main><footer>Made by invitriage from your LinkedIn data export, offline.</footer></body></html>")
    return "".join(out)


def write_report(store: Store, out_dir: Path, minutes_per_reply: float = 10.0, today: date | None = None,
                 figures: Figures | None = None) -> Path:
    """Write ``report.html`` (self-contained: inline CSS and SVG, no outside URL) into out_dir; return its path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "report.html"
    path.write_text(render_html(figures or compute_figures(store, minutes_per_reply, today)), encoding="utf-8")
    return path
