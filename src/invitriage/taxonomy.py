"""Intents, actions and the "strongest purpose wins" order (DESIGN.md §3)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, TypeVar, overload

#: From strongest to weakest purpose: when several cues appear, the first wins.
PRIORITY: Final[tuple[str, ...]] = (
    "scam",
    "recruiting",
    "job_seeking",
    "sales_pitch",
    "business_proposal",
    "ask_for_help",
    "referral",
    "met_before",
    "content",
    "generic",
    "default_template",
    "no_note",
)
INTENTS: Final[frozenset[str]] = frozenset(PRIORITY)

ACTIONS: Final[tuple[str, ...]] = ("reply", "accept", "hold", "unsure")

DEFAULT_ACTIONS: Final[dict[str, str]] = {
    "no_note": "accept",
    "default_template": "accept",
    "generic": "accept",
    "met_before": "reply",
    "content": "reply",
    "referral": "reply",
    "ask_for_help": "reply",
    "job_seeking": "reply",
    "recruiting": "reply",
    "business_proposal": "reply",
    "sales_pitch": "reply",
    "scam": "hold",
}

LANGUAGES: Final[tuple[str, ...]] = ("fr", "en", "es", "de", "it", "pt", "nl")

#: Below this calibrated probability the action is ``unsure`` (review, never silent accept): the ``threshold``
#: setting's default.
DEFAULT_THRESHOLD: Final[float] = 0.45

#: What each code means, for people (the page and its screen-reader names).
INTENT_LABELS: Final[dict[str, str]] = {
    "scam": "Looks like a scam",
    "recruiting": "Recruiting",
    "job_seeking": "Looking for a job",
    "sales_pitch": "Sales pitch",
    "business_proposal": "Business proposal",
    "ask_for_help": "Asks for help",
    "referral": "Referred by someone",
    "met_before": "Met before",
    "content": "About your content",
    "generic": "Generic note",
    "default_template": "LinkedIn's default text",
    "no_note": "No note",
}
ACTION_LABELS: Final[dict[str, str]] = {
    "reply": "Reply personally", "accept": "Accept silently", "hold": "Hold", "unsure": "Unsure",
}
LANGUAGE_NAMES: Final[dict[str, str]] = {
    "fr": "French", "en": "English", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "other": "another language",
}


def rank(intent: str) -> int:
    """Position in the priority order: lower is stronger.

    >>> rank("scam") < rank("generic")
    True
    """
    return PRIORITY.index(intent)


_V = TypeVar("_V")
_D = TypeVar("_D")


@overload
def by_lang(table: Mapping[str, _V], lang: str) -> _V | None: ...


@overload
def by_lang(table: Mapping[str, _V], lang: str, default: _D) -> _V | _D: ...


def by_lang(table: Mapping[str, object], lang: str, default: object = None) -> object:
    """The row for ``lang`` in a per-language table, pt-BR falling back on pt, else ``default``.

    The drafts keep their sentences in dicts keyed by language; a Brazilian sender's draft uses the ``pt-BR`` row
    when there is one and the ``pt`` row otherwise. An empty row counts as missing.

    >>> by_lang({"pt": "olá", "pt-BR": "oi"}, "pt-BR"), by_lang({"pt": "olá", "pt-BR": ""}, "pt-BR")
    ('oi', 'olá')
    >>> by_lang({"fr": "Salut"}, "nl") is None, by_lang({}, "de", ("", ""))
    (True, ('', ''))
    """
    return table.get(lang) or table.get(lang[:2], default)


def in_lang(texts: Mapping[str, str], lang: str) -> str:
    """The text for ``lang`` in a per-language table, pt-BR falling back on pt; "" when the table has neither.

    >>> in_lang({"pt": "Olá"}, "pt-BR"), in_lang({"fr": "Salut"}, "nl")
    ('Olá', '')
    """
    return str(by_lang(texts, lang, ""))
