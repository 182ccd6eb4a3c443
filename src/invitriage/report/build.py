"""The network picture: who matters, and how invitations grow with the network.

Figures are computed from the store's read-only queries; the HTML report is self-contained
(inline CSS, charts as hand-made inline SVG, no script and no outside URL).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path

from invitriage.storage.store import Store
from invitriage.taxonomy import INTENT_LABELS

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BUCKETS = [("< 1 month", 30), ("1–3 months", 90), ("3–6 months", 180), ("> 6 months", None)]


@dataclass
class MonthCount:
    month: str  # "YYYY-MM"
    added: int
    total: int  # cumulative network size at the end of the month


@dataclass
class InvitationMonth:
    month: str
    received: int
    network: int  # connections at the end of that month
    per_1000: float | None  # None when the network size is unknown (no Connections.csv)


@dataclass
class YearShare:
    year: str
    connections: int
    messaged: int

    @property
    def pct(self) -> float:
        return 100.0 * self.messaged / self.connections if self.connections else 0.0


@dataclass
class Figures:
    """Every figure of the report; ``None`` (or an empty list) where the data is missing."""

    today: date
    minutes_per_reply: float
    owner_name: str = ""
    connections_total: int = 0
    connections_undated: int = 0
    connections_by_month: list[MonthCount] = field(default_factory=list)
    invitations_received: int = 0
    invitations_by_month: list[InvitationMonth] = field(default_factory=list)
    messaged_connections: int = 0
    useful_share_pct: float | None = None
    useful_by_year: list[YearShare] = field(default_factory=list)
    useful_companies: list[tuple[str, int]] = field(default_factory=list)
    invitations_with_note: int = 0
    note_share_pct: float | None = None
    note_intents: dict[str, int] | None = None  # judged invitations with a note, by intent
    backlog_count: int = 0
    backlog_median_days: float | None = None
    backlog_oldest_days: int | None = None
    backlog_oldest_name: str | None = None
    backlog_buckets: dict[str, int] = field(default_factory=dict)
    backlog_stale: int = 0
    #: (month, % of the connections made by then that you had exchanged a message with by then)
    useful_by_month: list[tuple[str, float]] = field(default_factory=list)
    #: ISO week -> outreach messages sent (invitriage outreach)
    outreach_per_week: dict[str, int] = field(default_factory=dict)
    stale_after_days: int = 0
    accepted_silently: int | None = None
    hours_saved: float | None = None
    missing: list[str] = field(default_factory=list)


# -- figures ----------------------------------------------------------------------------------


def _months(first: str, last: str) -> list[str]:
    """Every "YYYY-MM" from first to last.

    >>> _months("2025-11", "2026-02")
    ['2025-11', '2025-12', '2026-01', '2026-02']
    """
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _month_before(today: date, months: int) -> str:
    index = today.year * 12 + today.month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_label(month: str) -> str:
    """A "YYYY-MM" month in English whatever the locale.

    >>> month_label("2026-06")
    'Jun 2026'
    """
    return f"{MONTHS[int(month[5:7]) - 1]} {month[:4]}"


def trend(figures: Figures) -> tuple[InvitationMonth, InvitationMonth] | None:
    """First and last full month of the invitation series (the export's first and last are cut)."""
    series = [m for m in figures.invitations_by_month if m.per_1000 is not None]
    if len(series) >= 4:
        series = series[1:-1]
    return (series[0], series[-1]) if len(series) >= 2 else None


def compute_figures(store: Store, minutes_per_reply: float = 10.0, today: date | None = None,
                    stale_after_days: int = 0, progress: Callable[[int, int], None] | None = None) -> Figures:
    """Compute every figure of the report from the store (read-only); never fails on partial data.

    ``today`` (default: the current date) is the day backlog ages are counted to.
    """
    f = Figures(today=today or date.today(), minutes_per_reply=minutes_per_reply)
    owner = store.owner()
    if owner:
        f.owner_name = f"{owner['first_name'] or ''} {owner['last_name'] or ''}".strip()

    # connections over time
    rows = store.connection_months()
    f.connections_total = len(rows)
    f.connections_undated = sum(1 for r in rows if not r["month"])
    per_month: dict[str, int] = {}
    for r in rows:
        if r["month"]:
            per_month[r["month"]] = per_month.get(r["month"], 0) + 1
    total = 0
    if per_month:
        for month in _months(min(per_month), max(per_month)):
            total += per_month.get(month, 0)
            f.connections_by_month.append(MonthCount(month, per_month.get(month, 0), total))
    network = {m.month: m.total for m in f.connections_by_month}

    def network_at(month: str) -> int:  # 0 before the first connection, the full size after the last
        last = f.connections_by_month[-1] if f.connections_by_month else None
        return network.get(month, last.total if last and month > last.month else 0)

    tick = progress or (lambda done, total: None)
    tick(1, 5)

    # invitations received per month, and per 1,000 connections
    received = store.incoming_per_month()
    f.invitations_received = store.incoming_count()
    if received:
        for month in _months(min(received), max(received)):
            size = network_at(month)
            rate = 1000.0 * received.get(month, 0) / size if size else None
            f.invitations_by_month.append(InvitationMonth(month, received.get(month, 0), size, rate))

    tick(2, 5)

    # useful share: connections the owner ever exchanged a message with
    has_messages = store.count("messages") > 0
    if has_messages and rows:
        talked = store.message_partner_keys()
        talked_names = store.message_partner_names()
        # Connections without a URL (13 of 29 real exports) are known by name: match them by name.
        hit = [r for r in rows if r["person_key"] in talked
               or (r["person_key"].startswith("name:") and r["name_key"] in talked_names)]
        f.messaged_connections = len(hit)
        f.useful_share_pct = 100.0 * len(hit) / len(rows)
        years: dict[str, YearShare] = {}
        hit_keys = {r["person_key"] for r in hit}
        companies: dict[str, int] = {}
        for r in rows:
            year = r["month"][:4] if r["month"] else "unknown"
            ys = years.setdefault(year, YearShare(year, 0, 0))
            ys.connections += 1
            if r["person_key"] in hit_keys:
                ys.messaged += 1
                if r["company"]:
                    companies[r["company"]] = companies.get(r["company"], 0) + 1
        f.useful_by_year = sorted(years.values(), key=lambda y: y.year)
        f.useful_companies = sorted(companies.items(), key=lambda kv: (-kv[1], kv[0]))[:8]

    tick(3, 5)

    # the useful share over time, and the outreach that moves it
    if has_messages and rows:
        firsts = store.first_contact_months()
        months = sorted({m for m, _ in firsts if m})
        if months:
            start = max(months[0], _month_before(f.today, 24))
            for month in _months(start, f.today.isoformat()[:7]):
                made = [(c, t) for c, t in firsts if c and c <= month]
                if made:
                    f.useful_by_month.append((month, round(100.0 * sum(1 for _c, t in made if t and t <= month) / len(made), 2)))
    f.outreach_per_week = store.outreach_sent_per_week()

    # notes and their intents
    f.invitations_with_note = store.incoming_count(with_note=True)
    if f.invitations_received:
        f.note_share_pct = 100.0 * f.invitations_with_note / f.invitations_received
    judged = store.count("decisions")
    if judged:
        f.note_intents = store.note_intents()

    tick(4, 5)

    # the backlog's age
    pending = store.pending_sent_times()
    ages = [max(0, (f.today - date.fromisoformat(r["sent_at"][:10])).days) for r in pending]
    f.backlog_count = len(ages)
    f.backlog_buckets = {label: 0 for label, _ in BUCKETS}
    for age in ages:
        label = next(lb for lb, limit in BUCKETS if limit is None or age < limit)
        f.backlog_buckets[label] += 1
    if stale_after_days:
        f.stale_after_days = stale_after_days
        f.backlog_stale = sum(age > stale_after_days for age in ages)
    if ages:
        f.backlog_median_days = float(statistics.median(ages))
        f.backlog_oldest_days = max(ages)
        f.backlog_oldest_name = pending[0]["name"]

    # time saved: invitations accepted without a personal reply
    if judged:
        f.accepted_silently = store.accepted_silently()
        f.hours_saved = f.accepted_silently * minutes_per_reply / 60.0

    tick(5, 5)

    # what is missing
    if not f.connections_total:
        f.missing.append("Connections.csv: no connections, so no network growth, no invitations per 1,000 "
                         "connections and no useful share.")
    if not has_messages:
        f.missing.append("messages.csv: no messages, so no useful share (who you ever exchanged a message with).")
    if not f.invitations_received:
        f.missing.append("Invitations.csv: no incoming invitations, so no invitations per month, no notes "
                         "and no backlog.")
    if f.backlog_count and not judged:
        f.missing.append("Triage has not run yet (invitriage triage), so no intents of notes and no time saved.")
    elif judged:
        unjudged = store.count_unjudged()
        if unjudged:
            f.missing.append(f"{unjudged:,} pending invitations are not judged yet (run triage again): "
                             "intents and time saved leave them out.")
    return f


# -- text -------------------------------------------------------------------------------------


def _pct(x: float) -> str:
    return f"{x:.1f} %"


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"


def _sentences(f: Figures) -> dict[str, str]:
    """One plain-English sentence per figure (or what is missing for it)."""
    s: dict[str, str] = {}
    if f.connections_by_month:
        first = f.connections_by_month[0].month
        s["network"] = (f"Your network has {f.connections_total:,} connections, the first one made in "
                        f"{month_label(first)}.")
        if f.connections_undated:
            s["network"] += f" {f.connections_undated:,} have no date and are left out of the curve."
    if f.useful_share_pct is not None:
        s["useful"] = (f"Only {_pct(f.useful_share_pct)} of your connections ({f.messaged_connections:,} of "
                       f"{f.connections_total:,}) ever exchanged a message with you.")
    if f.invitations_by_month:
        busiest = max(f.invitations_by_month, key=lambda m: m.received)
        s["invitations"] = (f"You received {f.invitations_received:,} invitations over "
                            f"{len(f.invitations_by_month)} months, up to {busiest.received:,} in "
                            f"{month_label(busiest.month)}.")
        t = trend(f)
        if t:
            (a, ra), (b, rb) = [(m.month, round(m.per_1000 or 0)) for m in t]
            s["rate"] = (f"Per 1,000 connections, invitations {'rose' if rb > ra else 'went'} from {ra:,} in "
                         f"{month_label(a)} to {rb:,} in {month_label(b)}"
                         + (": the more you accept, the more visible you are and the more invitations come."
                            if rb > ra else "."))
    if f.note_share_pct is not None:
        s["notes"] = (f"{_pct(f.note_share_pct)} of incoming invitations carry a note "
                      f"({f.invitations_with_note:,} of {f.invitations_received:,}).")
        if f.note_intents:
            top = ", ".join(f"{k} {v:,}" for k, v in list(f.note_intents.items())[:4])
            s["notes"] += f" Intents of the {sum(f.note_intents.values()):,} judged notes: {top}."
    if f.backlog_count:
        s["backlog"] = (f"{f.backlog_count:,} invitations are waiting; half are older than "
                        f"{_num(f.backlog_median_days or 0)} days, the oldest {f.backlog_oldest_days:,} days.")
        if f.backlog_stale:
            s["backlog"] += (f" {f.backlog_stale:,} are older than {f.stale_after_days} days (stale: long gone from your "
                             "invitation page, left out of the reply queue).")
    elif f.invitations_received:
        s["backlog"] = "No invitation is waiting."
    if f.hours_saved is not None:
        s["saved"] = (f"Accepting {f.accepted_silently:,} invitations without a personal reply saves "
                      f"{_num(round(f.hours_saved, 1))} hours at {_num(f.minutes_per_reply)} minutes per reply.")
    return s


def summary_lines(figures: Figures) -> list[str]:
    """The key figures as short English lines for the terminal (missing data included)."""
    order = ["network", "useful", "invitations", "rate", "notes", "backlog", "saved"]
    s = _sentences(figures)
    return [s[k] for k in order if k in s] + [f"Missing: {m}" for m in figures.missing]


# -- SVG charts (pure functions) ----------------------------------------------------------------

W, H, LEFT, RIGHT, TOP, BOTTOM = 680, 270, 58, 18, 40, 46
INK, GRID, BAR, FADED, ACCENT = "#1f2937", "#e5e7eb", "#2563eb", "#93c5fd", "#dc2626"


def nice_ticks(vmax: float, count: int = 4, integer: bool = False) -> list[float]:
    """Round tick values from 0 to at least ``vmax`` (whole steps only when ``integer``).

    >>> nice_ticks(795)
    [0, 200, 400, 600, 800]
    >>> nice_ticks(2, integer=True), nice_ticks(10, integer=True)
    ([0, 1, 2], [0, 5, 10])
    >>> nice_ticks(0)
    [0, 1]
    """
    if vmax <= 0:
        return [0, 1]
    raw = vmax / count
    mag = 10 ** math.floor(math.log10(raw))
    steps = [m * mag for m in (1, 2, 2.5, 5, 10) if not integer or float(m * mag).is_integer()]
    step = max(next(x for x in steps if x >= raw), 1) if integer else next(x for x in steps if x >= raw)
    step = int(step) if float(step).is_integer() else step
    return [round(i * step, 10) for i in range(math.ceil(vmax / step - 1e-9) + 1)]


def _text(x: float, y: float, s: str, anchor: str = "middle", size: int = 12, weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" font-weight="{weight}" '
            f'fill="{INK}">{escape(s)}</text>')


def _frame(title: str, ticks: list[float], fmt: str) -> tuple[list[str], float]:
    """SVG opening, title, horizontal grid and y labels; returns the parts and the y scale."""
    top = ticks[-1] or 1
    scale = (H - TOP - BOTTOM) / top
    parts = [f'<svg viewBox="0 0 {W} {H}" width="100%" role="img" aria-label="{escape(title)}">',
             f"<title>{escape(title)}</title>", _text(LEFT, 22, title, "start", 14, "bold")]
    for t in ticks:
        y = H - BOTTOM - t * scale
        parts.append(f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        parts.append(_text(LEFT - 6, y + 4, fmt.format(t), "end"))
    parts.append(f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{H - BOTTOM}" y2="{H - BOTTOM}" stroke="{INK}"/>')
    return parts, scale


def _xlabels(labels: list[str], xs: list[float], most: int = 10) -> list[str]:
    step = max(1, math.ceil(len(labels) / most))
    return [_text(x, H - BOTTOM + 16, lb) for i, (lb, x) in enumerate(zip(labels, xs)) if i % step == 0]


def bar_chart(title: str, labels: list[str], values: list[float], fmt: str = "{:,.0f}",
              faded: frozenset[int] = frozenset(), ref: float | None = None, ref_label: str = "") -> str:
    """A vertical bar chart with a labelled y axis; ``faded`` bars are drawn lighter (partial data)."""
    ticks = nice_ticks(max(values + [ref or 0], default=0), integer=all(float(v).is_integer() for v in values))
    parts, scale = _frame(title, ticks, fmt)
    slot = (W - LEFT - RIGHT) / max(len(values), 1)
    xs = [LEFT + slot * (i + 0.5) for i in range(len(values))]
    for i, (x, v) in enumerate(zip(xs, values)):
        h = v * scale
        parts.append(f'<rect x="{x - slot * 0.35:.1f}" y="{H - BOTTOM - h:.1f}" width="{slot * 0.7:.1f}" '
                     f'height="{h:.1f}" fill="{FADED if i in faded else BAR}"><title>{escape(labels[i])}: '
                     f'{escape(fmt.format(v))}</title></rect>')
        if len(values) <= 16:
            parts.append(_text(x, H - BOTTOM - h - 4, fmt.format(v), size=11))
    if ref is not None:
        y = H - BOTTOM - ref * scale
        parts.append(f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="{ACCENT}" '
                     f'stroke-dasharray="5 4"/>')
        parts.append(f'<line x1="{W - RIGHT - 150}" x2="{W - RIGHT - 126}" y1="18" y2="18" stroke="{ACCENT}" '
                     f'stroke-dasharray="5 4"/>' + _text(W - RIGHT - 120, 22, ref_label, "start", 11))
    return "".join(parts + _xlabels(labels, xs) + ["</svg>"])


def line_chart(title: str, values: list[float], xticks: list[tuple[int, str]], fmt: str = "{:,.0f}") -> str:
    """A line chart (area filled) with a labelled y axis; ``xticks`` are (index, label) pairs."""
    ticks = nice_ticks(max(values, default=0), integer=all(float(v).is_integer() for v in values))
    parts, scale = _frame(title, ticks, fmt)
    n = len(values)
    span = W - LEFT - RIGHT
    xs = [LEFT + (span * i / (n - 1) if n > 1 else span / 2) for i in range(n)]
    pts = " ".join(f"{x:.1f},{H - BOTTOM - v * scale:.1f}" for x, v in zip(xs, values))
    if n > 1:
        parts.append(f'<polygon points="{xs[0]:.1f},{H - BOTTOM} {pts} {xs[-1]:.1f},{H - BOTTOM}" '
                     f'fill="{FADED}" fill-opacity="0.5"/>')
    parts.append(f'<polyline points="{pts}" fill="none" stroke="{BAR}" stroke-width="2"/>')
    if n <= 24:
        parts += [f'<circle cx="{x:.1f}" cy="{H - BOTTOM - v * scale:.1f}" r="3" fill="{BAR}"/>'
                  for x, v in zip(xs, values)]
    for i, label in xticks:
        if 0 <= i < n:
            parts.append(f'<line x1="{xs[i]:.1f}" x2="{xs[i]:.1f}" y1="{H - BOTTOM}" y2="{H - BOTTOM + 4}" '
                         f'stroke="{INK}"/>')
            parts.append(_text(xs[i], H - BOTTOM + 16, label))
    return "".join(parts + ["</svg>"])


def year_ticks(months: list[str], most: int = 8) -> list[tuple[int, str]]:
    """(index, label) x ticks for a monthly series: a January every few years, or a few months.

    >>> year_ticks(["2024-11", "2024-12", "2025-01", "2025-02"], most=2)
    [(0, 'Nov 2024'), (2, 'Jan 2025')]
    """
    if len(months) <= 24:
        step = max(1, math.ceil(len(months) / most))
        return [(i, month_label(m)) for i, m in enumerate(months) if i % step == 0]
    years = [(i, m[:4]) for i, m in enumerate(months) if m.endswith("-01")]
    step = max(1, math.ceil(len(years) / most))
    return years[::step]


def hbar_chart(title: str, items: list[tuple[str, float]], fmt: str = "{:,.0f}") -> str:
    """Horizontal bars, one labelled row per item."""
    row, left = 24, 170
    height = TOP + row * len(items) + 10
    vmax = max((v for _, v in items), default=0) or 1
    parts = [f'<svg viewBox="0 0 {W} {height}" width="100%" role="img" aria-label="{escape(title)}">',
             f"<title>{escape(title)}</title>", _text(LEFT, 22, title, "start", 14, "bold")]
    for i, (label, v) in enumerate(items):
        y = TOP + i * row
        w = (W - left - 70) * v / vmax
        parts.append(_text(left - 8, y + 15, label, "end"))
        parts.append(f'<rect x="{left}" y="{y + 4}" width="{w:.1f}" height="{row - 8}" fill="{BAR}"/>')
        parts.append(_text(left + w + 6, y + 15, fmt.format(v), "start"))
    return "".join(parts + ["</svg>"])


def figure(svg: str, title: str, rows: list[tuple[str, str]], header: tuple[str, str]) -> str:
    """A chart with its values as text: a table under it, folded in <details> (screen readers and
    anyone who wants the numbers read them there). On a narrow screen the chart scrolls sideways
    instead of shrinking its text below reading size."""
    body = "".join(f'<tr><th scope="row">{escape(a)}</th><td class="n">{escape(b)}</td></tr>' for a, b in rows)
    return (f'<figure class="chart"><div class="scroll" role="region" tabindex="0" aria-label="{escape(title)} '
            f'(chart)">{svg}</div><details><summary>{escape(title)}: the values</summary><table>'
            f'<thead><tr><th scope="col">{escape(header[0])}</th><th scope="col">{escape(header[1])}</th></tr>'
            f"</thead><tbody>{body}</tbody></table></details></figure>")


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
