"""The network picture's figures: who in the network was ever talked to, how invitations grow with it.

Computed from the store's read-only queries; the sentences that say them are here too, so the CLI's
summary and the HTML page say the same thing.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from invitriage.storage.store import Store

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BUCKETS = [("< 1 month", 30), ("1–3 months", 90), ("3–6 months", 180), ("> 6 months", None)]


@dataclass
class MonthCount:
    """Connections added in one month, and the network's size at its end."""

    month: str  # "YYYY-MM"
    added: int
    total: int  # cumulative network size at the end of the month


@dataclass
class InvitationMonth:
    """Invitations received in one month, against the network's size then."""

    month: str
    received: int
    network: int  # connections at the end of that month
    per_1000: float | None  # None when the network size is unknown (no Connections.csv)


@dataclass
class YearShare:
    """Connections made in one year, and how many of them were ever written to."""

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
