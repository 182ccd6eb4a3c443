"""The other half of the week: a few existing connections worth a personal message.

Before the flood, the owner contacted six or seven people a week he felt he should know; only ~5 % of
a network ever matters. Each week :func:`suggest` picks up to ``weekly_outreach`` connections, best
first, each with its reason in one line:

    score = 3 if the position matches meet_whom, 2 if it matches help_whom
            + 1 if never messaged (0.5 if the last message is over a year old; recent talk: left out)
            + 1 if connected in the last 30 days (0.5 within 90): a fresh connection is the moment
            + 0.5 if you accepted their invitation silently (they can benefit and never heard from you)

Only people whose position or company matches the owner's ``meet_whom`` or ``help_whom`` are
suggested: the others may be pleasant, but the settings say whom the owner wants to reach.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from invitriage.benefit.matcher import BenefitMatcher
from invitriage.judge.lang import headline_language
from invitriage.settings import Settings
from invitriage.taxonomy import LANGUAGES

MEET, HELP = 3.0, 2.0
RECENT_DAYS, FRESH_DAYS, QUIET_DAYS = 30, 90, 365


@dataclass
class Candidate:
    """A connection that may be worth a message this week, with what outreach knows about them."""

    person_key: str
    id: int
    name: str
    position: str
    company: str
    profile_url: str | None
    connected_on: str | None
    last_message: str | None
    accepted_silently: bool
    score: float
    reasons: list[str]
    kind: str  # "meet_whom" or "help_whom"
    phrase: str
    lang: str

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)

    @property
    def first_name(self) -> str:
        return (self.name.split() or [""])[0]


def _days(since: str | None, today: date) -> int | None:
    if not since:
        return None
    try:
        return (today - date.fromisoformat(since[:10])).days
    except ValueError:
        return None


def _ago(days: int) -> str:
    if days <= 1:
        return "yesterday" if days == 1 else "today"
    if days < 60:
        return f"{days} days ago"
    if days < 730:
        return f"{days // 30} months ago"
    return f"{days // 365} years ago"


def score_connections(rows: Sequence[dict[str, Any]], settings: Settings, today: date) -> list[Candidate]:
    """Every connection worth a message, best first (ties: more recent connection first)."""
    matcher = BenefitMatcher(settings.help_whom, settings.meet_whom, [], settings.benefit_threshold)
    if not matcher.active or not rows:
        return []
    texts = [" @ ".join(p for p in (r["position"] or "", r["company"] or "") if p) for r in rows]
    found = matcher.match([(t, "") for t in texts])
    out: list[Candidate] = []
    for row, text, matches in zip(rows, texts, found):
        people = [m for m in matches if m.kind in ("meet_whom", "help_whom")]
        if not text or not people:
            continue
        best = max(people, key=lambda m: (m.kind == "meet_whom", m.score))
        score = MEET if best.kind == "meet_whom" else HELP
        reasons = [f"{text} — {'you want to meet' if best.kind == 'meet_whom' else 'can benefit'}: "
                   f"'{best.phrase}'"]
        quiet = _days(row["last_message"], today)
        if quiet is None:
            score += 1.0
            reasons.append("never messaged")
        elif quiet > QUIET_DAYS:
            score += 0.5
            reasons.append(f"last message {_ago(quiet)}")
        else:
            continue  # you are already talking
        connected = _days(row["connected_on"], today)
        if connected is not None and connected <= RECENT_DAYS:
            score += 1.0
            reasons.append(f"connected {_ago(connected)}")
        elif connected is not None and connected <= FRESH_DAYS:
            score += 0.5
            reasons.append(f"connected {_ago(connected)}")
        if row["accepted_silently"]:
            score += 0.5
            reasons.append("you accepted their invitation without a word")
        lang = headline_language(text, fallback=settings.language) if text else settings.language
        out.append(Candidate(row["person_key"], int(row["id"]), row["name"], row["position"] or "", row["company"] or "",
                             row["profile_url"], row["connected_on"], row["last_message"], bool(row["accepted_silently"]),
                             round(score, 2), reasons, best.kind, best.phrase, lang if lang in LANGUAGES else settings.language))
    out.sort(key=lambda c: (-c.score, -(date.fromisoformat(c.connected_on[:10]).toordinal() if c.connected_on else 0), c.id))
    return out


# -- the opening message ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _env() -> SandboxedEnvironment:
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)


@lru_cache(maxsize=16)
def _template(lang: str) -> Any:
    ref = resources.files("invitriage").joinpath("templates", "outreach", f"{lang}.txt")
    return _env().from_string(ref.read_text(encoding="utf-8"))


def _short(text: str, limit: int = 60) -> str:
    """A position or company as it can stand in a sentence: its first part, never cut inside a word."""
    first = re.split(r"\s[|•·]\s|\s[-–—]\s", text.strip(), maxsplit=1)[0].strip()
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0]


_AND = {"en": " and ", "fr": " et ", "es": " y ", "de": " und ", "it": " e ", "pt": " e ", "nl": " en "}


def draft(candidate: Candidate, settings: Settings) -> str:
    """A short opening message in the person's language: why the owner writes, and one concrete next step."""
    lang = candidate.lang if candidate.lang in LANGUAGES else settings.language
    position, company = _short(candidate.position), _short(candidate.company)
    if lang in ("fr", "es", "it", "pt", "nl") and position[:2].istitle():
        position = position[0].lower() + position[1:]  # "vous êtes directrice marketing", not "Directrice"; CMO stays
    if company and company.lower() in position.lower():
        company = ""  # "Gérante de Les Jardins de Lou", not "… chez Les Jardins de Lou" again
    text = _template(lang).render(
        first_name=candidate.first_name, position=position, company=company,
        meet=candidate.kind == "meet_whom", offer=_AND[lang].join(settings.offer[:2]),
        fresh=any(r.startswith("connected") for r in candidate.reasons),
        signature=settings.signature or settings.owner_name)
    return "\n".join(line.rstrip() for line in text.strip().splitlines())
