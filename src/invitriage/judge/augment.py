"""Style augmentation for training: the same note as real inboxes write it.

Real notes drop accents and capitals, carry typos, greetings, stock closings ("would love to
connect"), signatures and line breaks, and are cut at 300 characters. None of these changes the
intent, so each training note is also learnt in a few such variants (deterministic for a seed).
A stock closing is only added to notes that already have a reason or none at all: it never turns a
reason into ``generic`` (issue 13, pattern 1), and an empty note with a closing would be ``generic``.
"""

from __future__ import annotations

import random
import unicodedata

from invitriage.judge.normalize import normalize

LINKEDIN_MAX = 300

GREETINGS: dict[str, list[str]] = {
    "en": ["Hi {n},", "Hello {n}!", "Dear {n},", "Hey {n}", "Hiii {n}", "Good morning {n},", "Hi,"],
    "fr": ["Bonjour {n},", "Bonjour,", "Salut {n} !", "Hello {n},", "Bonsoir {n},", "Cher {n},"],
    "es": ["Hola {n},", "Buenas {n}!", "Hola,", "Estimado {n}:", "Buenos dias {n},", "Qué tal {n}"],
    "de": ["Hallo {n},", "Guten Tag {n},", "Hi {n},", "Liebe(r) {n},", "Moin {n}!", "Hallo,"],
    "it": ["Ciao {n},", "Buongiorno {n},", "Salve,", "Gentile {n},", "Ciao!", "Buonasera {n}"],
    "pt": ["Olá {n},", "Oi {n}!", "Bom dia {n},", "Prezado {n},", "Ola,", "Boa tarde {n}"],
    "nl": ["Hoi {n},", "Hallo {n},", "Beste {n},", "Dag {n},", "Goedemorgen {n},", "Hey {n}!"],
}
CLOSINGS: dict[str, list[str]] = {
    "en": ["Would love to connect.", "Happy to connect!", "Looking forward to connecting.", "Let's connect!",
           "would like to connect", "Kindly accept my request.", "Hope to connect with you 🙏"],
    "fr": ["Au plaisir d'échanger.", "Ravi de rejoindre votre réseau !", "Au plaisir de se connecter.",
           "Bonne journée !", "Au plaisir", "ravi d'echanger"],
    "es": ["Encantado de conectar.", "Un placer conectar contigo!", "Saludos y gracias.", "Espero conectar!",
           "encantada de conectar"],
    "de": ["Freue mich auf die Vernetzung.", "Würde mich freuen, mich zu vernetzen!", "Beste Grüße", "Freue mich auf den Austausch."],
    "it": ["Felice di connetterci!", "Piacere di collegarmi.", "Un saluto", "Spero di connetterci presto."],
    "pt": ["Vamos nos conectar!", "Prazer em conectar.", "Abraço!", "Fico feliz em conectar."],
    "nl": ["Graag connect ik.", "Leuk om te connecten!", "Groeten", "Graag tot ziens in mijn netwerk."],
}
NAMES = ["Anna", "Tom", "Priya", "Jan", "Marco", "João", "Sanne", "Kwame", "Léa", "Ahmed", "Olga", "Chen",
         "María", "Lukas", "Giulia", "Bram", "Fatima", "Diego", "Ines", "Sven", "Aisha", "Pierre", "Nuno"]
SIGNATURES = ["— {n}", "Best, {n}", "{n} | Founder at Brightlane", "Regards,\n{n}", "{n}, CMO @Acme",
              "Cheers {n}", "Cordialement, {n}", "Saludos, {n}", "Viele Grüße\n{n}", "Un saluto, {n}",
              "Abraço, {n}", "Groet, {n}", "{n} (Sales Director, Norvik)", "Thanks!\n{n} 🙂"]
NO_CLOSING = frozenset({"no_note", "default_template"})


def strip_accents(text: str) -> str:
    """Drop accents, as many writers do.

    >>> strip_accents("Réseau ÉTÉ")
    'Reseau ETE'
    """
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def typos(text: str, rng: random.Random, rate: float = 0.03) -> str:
    """Swap, drop or double a few letters."""
    chars = list(text)
    i = 0
    out: list[str] = []
    while i < len(chars):
        c = chars[i]
        if c.isalpha() and rng.random() < rate:
            kind = rng.randrange(3)
            if kind == 0 and i + 1 < len(chars) and chars[i + 1].isalpha():
                out += [chars[i + 1], c]
                i += 2
                continue
            if kind == 1:
                i += 1
                continue
            out += [c, c]
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _core(text: str) -> str:
    note = normalize(text)
    return note.original[note.start : note.end].strip() or text.strip()


def variant(text: str, intent: str, lang: str, rng: random.Random) -> str:
    """One real-inbox variant of a labelled note."""
    if intent == "no_note" or not text.strip():
        return text.lower() if rng.random() < 0.5 else strip_accents(text)
    lang = lang if lang in GREETINGS else "en"
    body = text
    if rng.random() < 0.35:
        body = _core(text)  # no greeting, no sign-off: the reason first
    name = rng.choice(NAMES)
    if rng.random() < 0.35:
        body = rng.choice(GREETINGS[lang]).format(n=name) + rng.choice([" ", "\n", "\n\n"]) + body
    if intent not in NO_CLOSING and rng.random() < 0.5:
        body = body.rstrip() + rng.choice([" ", "\n", "\n\n"]) + rng.choice(CLOSINGS[lang])
    if rng.random() < 0.25:
        body = body.rstrip() + rng.choice(["\n", "\n\n", " "]) + rng.choice(SIGNATURES).format(n=name)
    if rng.random() < 0.2:
        body = body.replace(". ", rng.choice([".\n", ".\n\n"]))
    if rng.random() < 0.4:
        body = strip_accents(body)
    if rng.random() < 0.3:
        body = body.lower()
    if rng.random() < 0.3:
        body = typos(body, rng)
    return body[:LINKEDIN_MAX]


def variants(text: str, intent: str, lang: str, k: int, seed: int) -> list[str]:
    """``k`` distinct variants of a note (fewer if they collide), deterministic for ``seed`` and the note."""
    rng = random.Random(f"{seed}:{text}")
    out: list[str] = []
    for _ in range(k * 3):
        v = variant(text, intent, lang, rng)
        if v != text and v not in out:
            out.append(v)
        if len(out) == k:
            break
    return out
