"""Personal reply drafts in the sender's language, from templates the owner can override.

Templates are Jinja2 files ``<intent>.<lang>.txt`` shipped in ``invitriage/templates/drafts``; a file
of the same name in the owner's ``templates/`` directory (beside ``invitriage.toml``) wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from .errors import ConfigError
from .normalize import normalize
from .people import first_name
from .settings import Settings
from .taxonomy import LANGUAGES

MAX_CHARS = 600
QUOTE_CHARS = 100
#: Intents answered with their own template; a reply to anyone else (they can benefit) uses "benefit".
DRAFT_INTENTS = ("met_before", "content", "referral", "ask_for_help", "job_seeking", "recruiting",
                 "business_proposal", "sales_pitch")
TEMPLATES = (*DRAFT_INTENTS, "benefit")

# Informal second-person forms, per language; the formal register is the default.
_INFORMAL: dict[str, str] = {
    "fr": r"\b(?:tu|toi|ton|ta|tes|t'(?=[aeiouyh])|te|ton|salut|coucou)\b",
    "de": r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|hey|hi|servus|moin)\b",
    "es": r"\b(?:tu|tus|te|ti|contigo|eres|hola que tal|holi)\b",
    "it": r"\b(?:tu|ti|te|tuo|tua|tuoi|tue|ciao)\b",
    "pt": r"\b(?:tu|te|teu|tua|voce|vc|contigo|oi)\b",
    "nl": r"\b(?:je|jij|jou|jouw|hoi|hey)\b",
    "en": r"^\W*(?:hey|hi|hiya|yo)\b",
}
_FORMAL: dict[str, str] = {
    "fr": r"\b(?:vous|votre|vos)\b",
    "de": r"\b(?:sie|ihnen|ihr|ihre|ihren|ihrem|sehr geehrte\w*)\b",
    "es": r"\b(?:usted|ustedes|su|sus|estimad[oa])\b",
    "it": r"\b(?:lei|la sua|le sue|suo|sua|gentile|egregi[oa])\b",
    "pt": r"\b(?:o senhor|a senhora|prezad[oa])\b",
    "nl": r"\b(?:u|uw|geachte)\b",
    "en": r"^\W*(?:dear|good (?:morning|afternoon))\b",
}


def is_informal(note: str, lang: str) -> bool:
    """Did the sender write informally? Formal by default; informal when informal forms dominate.

    >>> is_informal("Salut Camille, j'ai lu ton article !", "fr"), is_informal("Bonjour, j'ai lu votre article", "fr")
    (True, False)
    >>> is_informal("Hallo Jan, wie geht es dir?", "de"), is_informal("Guten Tag Frau Weber, Ihr Vortrag war toll", "de")
    (True, False)
    """
    if lang not in _INFORMAL or not note.strip():
        return False
    folded = normalize(note).folded
    informal = len(re.findall(_INFORMAL[lang], folded))
    formal = len(re.findall(_FORMAL[lang], folded))
    return informal > formal


_PLACEHOLDER_SPAN = re.compile(r"\{\{[^{}]{0,40}\}\}|\{%[^{}]{0,40}%\}|\[[A-Z][A-Za-z ]{0,30}\]")
_CLAUSE_END = re.compile(r"[.!?;…\n]|,\s|\s[-–—]\s|\s\|\s")
_SENTENCE_END = re.compile(r"[.!?;…\n]|\s[-–—]\s|\s\|\s")


def reason_quote(note: str, evidence: list[dict[str, str]]) -> str:
    """The sender's own words that carry the reason: the clause around the first quoted cue.

    >>> reason_quote("Bonjour Camille, j'ai lu votre article sur le SEO local. Merci !", [{"rule": "cue.content.fr", "quote": "votre article"}])
    "j'ai lu votre article sur le SEO local"
    """
    text = " ".join(note.split())
    if not text:
        return ""
    spans = [e["quote"] for e in evidence if e.get("quote") and e["rule"].startswith(("cue.", "model"))
             and not e["rule"].startswith("model:")]
    note_info = normalize(text)
    start_core, end_core = note_info.start, note_info.end
    for span in spans:
        pos = text.find(span)
        if pos < 0:
            continue
        # Back to the start of the sentence (a comma does not end one), but not into the greeting;
        # forward to the end of the clause.
        left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)
        left = max(left, start_core if start_core <= pos else 0)
        m = _CLAUSE_END.search(text, pos + len(span))
        right = m.start() if m else len(text)
        right = min(right, max(end_core, pos + len(span)))
        return _trim(text[left:right])
    core = text[start_core:end_core].strip() or text
    first = _CLAUSE_END.split(core, maxsplit=1)[0]
    return _trim(first)


def _trim(text: str) -> str:
    # A mail-merge tool's unfilled "{{firstName}}" or "[Name]" is not the sender's words: never quoted.
    text = " ".join(_PLACEHOLDER_SPAN.sub(" ", text).split())
    text = text.strip(" ,;:-–—\"'«»“”„")
    if len(text) <= QUOTE_CHARS:
        return text
    cut = text[: QUOTE_CHARS - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{%|%\}|\[[A-Z][A-Za-z ]*\]")


def template_name(intent: str, action: str) -> str | None:
    if action != "reply":
        return None
    return intent if intent in DRAFT_INTENTS else "benefit"


@lru_cache(maxsize=1)
def _env() -> SandboxedEnvironment:
    return SandboxedEnvironment(undefined=jinja2.StrictUndefined, keep_trailing_newline=False,
                                autoescape=False, trim_blocks=False, lstrip_blocks=False)


@lru_cache(maxsize=256)
def _compiled(source: str) -> jinja2.Template:
    return _env().from_string(source)


def load_template(name: str, lang: str, owner_dir: Path | None = None) -> tuple[str, str]:
    """(source, where) of the template for ``name`` in ``lang``: the owner's copy wins."""
    filename = f"{name}.{lang}.txt"
    if owner_dir is not None:
        own = owner_dir / filename
        if own.is_file():
            try:
                return own.read_text(encoding="utf-8"), str(own)
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{own}: cannot read template: {exc}") from None
    ref = resources.files("invitriage").joinpath("templates", "drafts", filename)
    return ref.read_text(encoding="utf-8"), f"invitriage/templates/drafts/{filename}"


@dataclass
class Draft:
    text: str
    lang: str
    template: str


def render(name: str, lang: str, context: dict[str, Any], owner_dir: Path | None = None) -> Draft:
    """Render one template; a broken or too long owner template is a ConfigError naming the file."""
    lang = lang if lang in LANGUAGES else "en"
    source, where = load_template(name, lang, owner_dir)
    try:
        text = _compiled(source).render(**context)
    except jinja2.TemplateError as exc:
        lineno = getattr(exc, "lineno", None)
        line = f":{lineno}" if lineno else ""
        raise ConfigError(f"{where}{line}: template error: {exc}") from None
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    text = re.sub(r"\n{3,}", "\n\n", text)
    # A placeholder left in the owner's template is an error of the template; what the sender wrote
    # (quoted, or their name) may hold "{{firstName}}" or "[Name]" and is not looked at.
    probe = text
    for value in sorted((v for v in context.values() if isinstance(v, str) and v), key=len, reverse=True):
        probe = probe.replace(value, "")
    if _PLACEHOLDER.search(probe):
        raise ConfigError(f"{where}: the draft still holds a placeholder: {text[:80]!r}")
    return Draft(text, lang, where)


def draft_for(item: dict[str, Any], settings: Settings, owner_dir: Path | None = None) -> Draft | None:
    """The draft for one queue item (keys: name, note, lang, intent, action, evidence), or None."""
    name = template_name(item["intent"], item["action"])
    if name is None:
        return None
    lang = str(item["lang"]) if item.get("lang") in LANGUAGES else settings.language
    note = item.get("note") or ""
    context = {
        "first_name": first_name(item.get("name")),
        "informal": is_informal(note, lang),
        "quote": reason_quote(note, item.get("evidence") or []) if note.strip() else "",
        "signature": settings.signature or settings.owner_name,
        "resource": settings.resources.get(item["intent"], ""),
    }
    draft = render(name, lang, context, owner_dir)
    if len(draft.text) > MAX_CHARS:  # a very long name or quote: drop the quote first
        draft = render(name, lang, {**context, "quote": ""}, owner_dir)
    if len(draft.text) > MAX_CHARS:
        raise ConfigError(f"{draft.template}: draft is {len(draft.text)} characters, more than {MAX_CHARS}")
    return draft
