"""Hand-made inline SVG charts (pure functions): bars, lines, horizontal bars, each with its values as text."""

from __future__ import annotations

import math
from html import escape

from invitriage.report.figures import month_label

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
