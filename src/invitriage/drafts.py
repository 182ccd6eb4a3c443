"""Personal reply drafts in the sender's language, from templates the owner can override.

A draft says something specific without pasting the note: :mod:`invitriage.notefacts` reads what the
note gives (an event, date words, a topic, a role, a referrer, what is asked) and the templates write
their own sentences around those slots. It answers what was asked, asks only what is missing, keeps the
sender's register, mirrors a formal address, and is at most 600 characters.

Templates are Jinja2 files ``<intent>.<lang>.txt`` (and ``answer.<lang>.txt``, the next step that every
intent's draft ends with) shipped in ``invitriage/templates/drafts``; ``<name>.pt-BR.txt`` is used for
Brazilian senders. A file of the same name in the owner's ``templates/`` directory (beside
``invitriage.toml``) wins.
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
from .notefacts import (MIN_CORE_LETTERS, Facts, Name, best_quote, extract, is_informal, mirrors_title, parse_name, pt_variant,
                        reply_language, sender_gender)
from .settings import Settings
from .taxonomy import LANGUAGES

__all__ = ["MAX_CHARS", "DRAFT_INTENTS", "TEMPLATES", "Draft", "draft_for", "render", "load_template", "template_name",
           "is_informal", "reason_quote", "greeting", "context_for", "preview"]

MAX_CHARS = 600
#: Intents answered with their own template; a reply to anyone else (they can benefit) uses "benefit".
DRAFT_INTENTS = ("met_before", "content", "referral", "ask_for_help", "job_seeking", "recruiting",
                 "business_proposal", "sales_pitch")
TEMPLATES = (*DRAFT_INTENTS, "benefit")
#: Every template gets these variables (the README of the templates folder explains each).
CONTEXT_KEYS = ("greeting", "first_name", "last_name", "full_name", "informal", "formal_address", "variant",
                "intent", "has_note", "quote", "question", "ask", "wanted", "survey", "event", "when", "org",
                "work", "title", "topic", "referrer", "role", "domain", "period", "cv", "job_title", "company",
                "place", "salary", "remote", "proposal", "project", "offers", "portfolio", "offer", "signature",
                "resource", "shall_we", "answer")


# -- address -------------------------------------------------------------------------------------

def _titles(name: Name, lang: str) -> str:
    return " ".join(name.titles)


def greeting(lang: str, name: Name, *, informal: bool, mirror: bool, gender: str = "", variant: str = "",
             first_name_used: bool = True, soft: bool = False) -> str:
    """The opening line: by first name, or title and surname when the sender wrote formally to the owner's.

    Without the sender's gender (never guessed from a first name) a formal address uses the full name.

    >>> greeting("de", parse_name("Prof. Dr. Klaus Meier"), informal=False, mirror=True)
    'Guten Tag Prof. Dr. Klaus Meier,'
    >>> greeting("de", parse_name("Stefanie Berger"), informal=False, mirror=True, gender="f")
    'Sehr geehrte Frau Berger,'
    >>> greeting("fr", parse_name("Gérard Dupont"), informal=False, mirror=True), greeting("en", parse_name("Lee, Min-ji 🚀"), informal=True, mirror=False)
    ('Bonjour Gérard Dupont,', 'Hi Min-ji,')
    """
    first, last, full = name.first, name.last, name.full
    titles = _titles(name, lang)
    if lang in ("es", "pt") and not gender:
        if "Dra." in name.titles or "Profa." in name.titles:
            gender = "f"
        elif "Dr." in name.titles:
            gender = "m"
    if lang == "it" and not gender and "Dott." in name.titles:
        gender = "m"
    surname_ok = bool(last) and name.sure
    who = last if surname_ok else full  # an unsure surname ("María José García"): the whole name
    if lang == "fr":
        if informal:
            return f"Salut {first}," if first else "Bonjour,"
        if mirror and full:
            if gender and surname_ok:
                return f"Bonjour {'Madame' if gender == 'f' else 'Monsieur'} {last},"
            return f"Bonjour {full},"
        return f"Bonjour {first}," if first else "Bonjour,"
    if lang == "en":
        if informal:
            return f"Hi {first}," if first else "Hi there,"
        if mirror and full:
            if "Prof." in name.titles and surname_ok:
                return f"Dear Professor {last},"
            if "Dr." in name.titles and surname_ok:
                return f"Dear Dr {last},"
            if gender and surname_ok:
                return f"Dear {'Ms' if gender == 'f' else 'Mr'} {last},"
            return f"Dear {full},"
        return f"Hello {first}," if first else "Hello,"
    if lang == "de":
        if informal:
            return f"Hallo {first}," if first else "Hallo,"
        if mirror or not first_name_used:
            if mirror and gender and surname_ok:
                title = f"{titles} " if titles else ""
                return f"Sehr geehrte Frau {title}{last}," if gender == "f" else f"Sehr geehrter Herr {title}{last},"
            named = " ".join(p for p in (titles, full) if p)
            return f"Guten Tag {named}," if named and full else "Guten Tag,"
        return f"Hallo {first}," if first else "Guten Tag,"
    if lang == "es":
        if informal:
            return f"¡Hola, {first}!" if first else "¡Hola!"
        if mirror and full:
            if gender:
                courtesy = next((t for t in name.titles if t in ("Dr.", "Dra.")), "Sra." if gender == "f" else "Sr.")
                if courtesy == "Dr." and gender == "f":
                    courtesy = "Dra."
                return f"{'Estimada' if gender == 'f' else 'Estimado'} {courtesy} {who}:"
            return f"Buenos días, {full}:"
        return f"Hola, {first}:" if first else "Hola:"
    if lang == "it":
        if informal:
            return f"Ciao {first}," if first else "Ciao,"
        if mirror and full:
            title = next((t for t in name.titles if t in ("Dott.", "Dott.ssa", "Prof.", "Prof.ssa", "Ing.", "Avv.", "Arch.", "Dr.")), "")
            if title and surname_ok:
                return f"Gentile {title.lower()} {last},"
            return f"Gentile {full},"
        return f"Buongiorno {first}," if first else "Buongiorno,"
    if lang == "pt":
        brazil = variant == "pt-BR"
        if informal:
            return (f"Oi, {first}!" if first else "Oi!") if brazil else (f"Olá, {first}!" if first else "Olá!")
        if mirror and full:
            if gender:
                courtesy = next((t for t in name.titles if t in ("Dr.", "Dra.", "Prof.", "Profa.")), "Sra." if gender == "f" else "Sr.")
                if courtesy == "Dr." and gender == "f":
                    courtesy = "Dra."
                opener = ("Prezada" if gender == "f" else "Prezado") if brazil else ("Cara" if gender == "f" else "Caro")
                return f"{opener} {courtesy} {who},"
            return f"Bom dia, {full},"
        return f"Olá, {first}," if first else "Olá,"
    if lang == "nl":
        if informal:
            return f"Hoi {first}," if first else "Hoi,"
        if mirror and full:
            # A surname's particle is capitalised when no first name comes before it: "heer De Vries".
            cap = last[:1].upper() + last[1:] if last else ""
            if "Prof." in name.titles and surname_ok:
                return f"Geachte professor {cap},"
            if "Dr." in name.titles and surname_ok:
                return f"Geachte dr. {cap},"
            opener = "Beste" if soft else "Geachte"  # "Beste mevrouw Laurent" is answered in kind
            if gender and surname_ok:
                return f"{opener} {'mevrouw' if gender == 'f' else 'heer'} {cap},"
            return f"{opener} {full},"
        return f"Beste {first}," if first else "Goedendag,"
    return f"Hello {first}," if first else "Hello,"


# -- which template: the intent, unless the note plainly says something else ---------------------

_HELP_ASKS = ("question", "questions", "advice", "resource", "recommend", "intro", "feedback")


def _supports(intent: str, f: Facts) -> bool:
    """Does the note give what a reply of this intent talks about?"""
    return {
        "met_before": bool(f.event or f.org or f.when),
        "content": bool(f.work),
        "referral": bool(f.referrer),
        "ask_for_help": f.ask in _HELP_ASKS or f.ask in ("call", "meet") or bool(f.topic),
        "job_seeking": bool(f.role) or f.ask in ("interns", "services"),
        "recruiting": bool(f.job_title or f.company or f.salary or f.hiring),
        "business_proposal": bool(f.proposal or f.offers),
        "sales_pitch": f.pitch or f.offers,
    }.get(intent, True)


def choose_template(name: str, facts: Facts) -> str:
    """The template for a reply: the judged intent's, unless the note gives nothing that intent talks
    about and plainly gives another reason (a referrer's name, a question, the owner's article…).

    >>> choose_template("sales_pitch", Facts(referrer="Priya Raman")), choose_template("sales_pitch", Facts(pitch=True))
    ('referral', 'sales_pitch')
    """
    if (facts.offers or facts.proposal) and name in ("met_before", "content", "referral", "ask_for_help"):
        # "happy to help with your newsletter", "une offre commune ?": an offer or a proposal, not a question
        return "business_proposal"
    if name == "benefit" or _supports(name, facts):
        return name
    order = [("business_proposal", facts.proposal or facts.offers), ("job_seeking", facts.role or facts.ask == "interns"),
             ("referral", facts.referrer), ("ask_for_help", facts.ask in _HELP_ASKS),
             ("content", facts.work), ("met_before", facts.event or facts.org)]
    for candidate, present in order:
        if present:
            return candidate
    return name


# -- rendering -----------------------------------------------------------------------------------

_AND = {"fr": "et", "en": "and", "de": "und", "es": "y", "it": "e", "pt": "e", "nl": "en"}


def _listing(items: Any, lang: str = "en") -> str:
    """'a, b and c' in the draft's language (a Jinja filter: ``{{ missing|listing("fr") }}``)."""
    items = [str(i) for i in (items or []) if str(i).strip()]
    if len(items) <= 1:
        return "".join(items)
    word = _AND.get(lang, "and")
    if lang == "es" and re.match(r"(?i)h?i(?!e)", items[-1]):
        word = "e"
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


@lru_cache(maxsize=1)
def _env() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=jinja2.StrictUndefined, keep_trailing_newline=False,
                               autoescape=False, trim_blocks=False, lstrip_blocks=False)
    env.filters["listing"] = _listing
    return env


@lru_cache(maxsize=512)
def _compiled(source: str) -> jinja2.Template:
    return _env().from_string(source)


def _candidates(name: str, lang: str) -> list[str]:
    return [f"{name}.{lang}.txt", f"{name}.pt.txt"] if lang == "pt-BR" else [f"{name}.{lang}.txt"]


def load_template(name: str, lang: str, owner_dir: Path | None = None) -> tuple[str, str]:
    """(source, where) of the template for ``name`` in ``lang`` (``pt-BR`` for Brazilian Portuguese).

    The owner's copy wins; for ``pt-BR`` the owner's ``.pt-BR.txt``, then the owner's ``.pt.txt``, then ours.
    """
    for filename in _candidates(name, lang):
        if owner_dir is None:
            break
        own = owner_dir / filename
        if own.is_file():
            try:
                return own.read_text(encoding="utf-8"), str(own)
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{own}: cannot read template: {exc}") from None
    for filename in _candidates(name, lang):
        shipped = _shipped(filename)
        if shipped is not None:
            return shipped, f"invitriage/templates/drafts/{filename}"
    raise ConfigError(f"no draft template {name}.{lang}.txt")


@lru_cache(maxsize=256)
def _shipped(filename: str) -> str | None:
    ref = resources.files("invitriage").joinpath("templates", "drafts", filename)
    return ref.read_text(encoding="utf-8") if ref.is_file() else None


@dataclass
class Draft:
    text: str
    lang: str
    template: str


_LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\[[A-Z][A-Za-z ]*\]")


def _render_source(source: str, where: str, context: dict[str, Any]) -> str:
    try:
        return _compiled(source).render(**context)
    except jinja2.TemplateError as exc:
        lineno = getattr(exc, "lineno", None)
        line = f":{lineno}" if lineno else ""
        raise ConfigError(f"{where}{line}: template error: {exc}") from None


def _tidy(text: str) -> str:
    text = "\n".join(" ".join(line.split()) for line in text.strip().splitlines())
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r" ([,.])", r"\1", text)
    return text


def render(name: str, lang: str, context: dict[str, Any], owner_dir: Path | None = None) -> Draft:
    """Render one template (``lang`` may be ``pt-BR``); a broken or leaky owner template is a ConfigError
    naming the file. ``context`` may leave out variables: they default to empty."""
    lang = lang if lang in LANGUAGES or lang == "pt-BR" else "en"
    ctx = {**_EMPTY_CONTEXT, **context}
    if "answer" not in context:
        source, where = load_template("answer", lang, owner_dir)
        ctx["answer"] = _tidy(_render_source(source, where, {**ctx, "lang": lang[:2]}))
    source, where = load_template(name, lang, owner_dir)
    text = _tidy(_render_source(source, where, {**ctx, "lang": lang[:2]}))
    # A placeholder left in the owner's template is an error of the template; what the sender wrote
    # (their name, a slot) may hold "{{firstName}}" or "[Name]" and is not looked at.
    probe = text
    for value in sorted((v for v in ctx.values() if isinstance(v, str) and v), key=len, reverse=True):
        probe = probe.replace(value, "")
    if _LEFTOVER.search(probe):
        raise ConfigError(f"{where}: the draft still holds a placeholder: {text[:80]!r}")
    if not ctx.get("signature"):
        text = _drop_dangling_closing(text)
    return Draft(text, lang[:2], where)


def _drop_dangling_closing(text: str) -> str:
    """Without a signature a closing line ("Cheers,") would dangle at the end: it goes."""
    lines = text.rstrip().splitlines()
    if len(lines) > 2 and lines[-1].rstrip().endswith(",") and len(lines[-1]) <= 40 and not lines[-2].strip():
        lines = lines[:-2]
    return "\n".join(lines).rstrip()


_EMPTY_CONTEXT: dict[str, Any] = {k: "" for k in CONTEXT_KEYS}
_EMPTY_CONTEXT.update({"informal": False, "formal_address": False, "has_note": False, "survey": False, "cv": False,
                       "salary": False, "remote": False, "offers": False, "portfolio": False, "shall_we": False})
del _EMPTY_CONTEXT["answer"]


# -- the draft for one invitation ----------------------------------------------------------------

def reason_quote(note: str, evidence: list[dict[str, str]], lang: str = "en") -> str:
    """The short, whole clause of the note that carries the reason (never a greeting, a
    self-introduction, a signature or a call to action), or "".

    >>> reason_quote("Bonjour Camille, j'ai lu votre article sur le SEO local. Merci !", [{"rule": "cue.content.fr", "quote": "votre article"}], "fr")
    "j'ai lu votre article sur le SEO local"
    """
    cues = [e["quote"] for e in evidence if e.get("quote") and not e.get("rule", "").startswith(("model:", "benefit", "campaign"))]
    return best_quote(note, lang, cues)


def _offer_text(settings: Settings, lang: str) -> str:
    return _listing(settings.offer[:3], lang)


def draft_language(item: dict[str, Any], settings: Settings) -> str:
    """The language of one queue item's draft (the page marks the draft with it).

    >>> draft_language({"note": "Hallo Camille, ik ben afgestudeerd en zoek een stage.", "lang": "nl"}, Settings())
    'nl'
    """
    judged = str(item.get("lang") or "")
    return reply_language(str(item.get("note") or ""), judged if judged in LANGUAGES else None,
                          str(item.get("headline") or ""), settings.language)


def context_for(item: dict[str, Any], settings: Settings) -> tuple[str, str, dict[str, Any]]:
    """(template name, language, context) of the draft for one queue item."""
    intent = str(item.get("intent") or "")
    name = template_name(intent, str(item.get("action") or "")) or "benefit"
    note = str(item.get("note") or "")
    headline = str(item.get("headline") or "")
    judged = str(item.get("lang") or "")
    lang = draft_language(item, settings)
    # Slots are read in the note's own language; a note in another language gives none. A short note
    # ("Hola!") is too short for the judge's language: its greeting chose ``lang``.
    long_note = sum(ch.isalpha() for ch in normalize(note).core) >= MIN_CORE_LETTERS if note.strip() else False
    note_lang = judged if judged in LANGUAGES and long_note else lang
    facts = extract(note, lang, intent) if note.strip() and note_lang == lang else Facts(lang=lang)
    variant = ""
    if lang == "pt":
        variant = pt_variant(note, headline) if note_lang == "pt" or not note.strip() else pt_variant(headline)
    who = parse_name(str(item.get("name") or ""))
    informal = is_informal(note, lang) if note_lang == lang else False
    mirror = mirrors_title(note, settings.owner_name) if note_lang == lang else False
    owner_first = parse_name(settings.owner_name).first
    first_used = bool(owner_first) and bool(re.search(rf"\b{re.escape(owner_first)}\b", note[:60]))
    gender = sender_gender(note, lang, who, headline) if mirror or lang == "de" else ""
    name = choose_template(name, facts)
    if name == "job_seeking" and facts.ask in ("advice", "question", "call", "meet", "questions"):
        facts.ask = ""  # a job seeker's "any advice?" is answered by the job seeker's next step
    if name == "recruiting" and facts.ask in ("call", "question", "meet"):
        facts.ask = ""  # the job description first, then the call
    context: dict[str, Any] = {
        **{k: getattr(facts, k) for k in ("ask", "wanted", "survey", "event", "when", "org", "work", "title", "topic",
                                          "referrer", "role", "domain", "period", "cv", "job_title", "company", "place",
                                          "salary", "remote", "proposal", "project", "offers", "portfolio", "question",
                                          "shall_we")},
        "greeting": greeting(lang, who, informal=informal, mirror=mirror, gender=gender, variant=variant,
                             first_name_used=first_used, soft=note.lstrip().lower().startswith("beste")),
        "first_name": who.first,
        "last_name": who.last,
        "full_name": who.full,
        "informal": informal,
        "formal_address": mirror and not informal,
        "variant": variant,
        "intent": name,
        "has_note": bool(note.strip()),
        "quote": reason_quote(note, item.get("evidence") or [], lang) if note.strip() and note_lang == lang else "",
        "offer": _offer_text(settings, lang),
        "signature": settings.signature or settings.owner_name,
        "resource": settings.resources.get(intent, "") or settings.resources.get(name, ""),
    }
    return name, (variant or lang), context


def draft_for(item: dict[str, Any], settings: Settings, owner_dir: Path | None = None) -> Draft | None:
    """The draft for one queue item (keys: name, note, headline, lang, intent, action, evidence), or None."""
    if template_name(str(item.get("intent") or ""), str(item.get("action") or "")) is None:
        return None
    name, lang, context = context_for(item, settings)
    draft = render(name, lang, context, owner_dir)
    # Too long (a long name, title or topic): the optional slots go first, then the quote.
    for drop in (("title", "project", "domain"), ("topic", "event", "org", "place"), ("quote", "question")):
        if len(draft.text) <= MAX_CHARS:
            break
        context = {**context, **{k: "" for k in drop}}
        draft = render(name, lang, context, owner_dir)
    if len(draft.text) > MAX_CHARS:
        raise ConfigError(f"{draft.template}: draft is {len(draft.text)} characters, more than {MAX_CHARS}")
    return draft


def preview(intent: str, lang: str, note: str, settings: Settings, *, informal: bool | None = None,
            name: str = "Marie Dubois", owner_dir: Path | None = None) -> Draft:
    """The draft of template ``intent`` for an example ``note`` (the ``drafts`` preview command)."""
    from .judge import classify

    judged = classify([note], owner_lang=lang)[0] if note.strip() else None
    item = {"name": name, "note": note, "headline": "", "lang": lang, "intent": intent if intent != "benefit" else "generic",
            "action": "reply", "evidence": judged.evidence if judged else []}
    template, language, context = context_for(item, settings)
    if informal is not None and informal != context["informal"]:
        who = parse_name(name)
        context = {**context, "informal": informal, "formal_address": False,
                   "greeting": greeting(lang, who, informal=informal, mirror=False, variant=context["variant"])}
    return render(intent if intent in TEMPLATES else template, language, context, owner_dir)


def template_name(intent: str, action: str) -> str | None:
    if action != "reply":
        return None
    return intent if intent in DRAFT_INTENTS else "benefit"
