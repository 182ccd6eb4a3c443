"""Language of a note: one of the seven supported languages, ``other``, or the fallback."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .taxonomy import LANGUAGES

#: Notes shorter than this (in letters) are too short to tell; they take the owner's language.
MIN_LETTERS = 20
#: Below this probability among the seven languages, the owner's language is used instead.
MIN_PROB = 0.80


@lru_cache(maxsize=2)
def _identifier(restricted: bool) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if restricted:
        ident.set_languages(list(LANGUAGES))
    return ident


def detect_language(text: str, fallback: str = "fr") -> str:
    """``fr en es de it pt nl`` or ``other``; short or unsure notes give ``fallback``.

    >>> detect_language("Bonjour, j'ai lu votre article sur le référencement local.")
    'fr'
    >>> detect_language("Hi", fallback="de")
    'de'
    """
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_LETTERS:
        return fallback
    lang, prob = _identifier(False).classify(text)
    if lang in LANGUAGES:
        return str(lang) if prob >= 0.5 or letters >= 60 else _restricted(text, fallback)
    if prob >= 0.99 and letters >= 40:
        return "other"
    return _restricted(text, fallback)


def _restricted(text: str, fallback: str) -> str:
    lang, prob = _identifier(True).classify(text)
    return str(lang) if prob >= MIN_PROB else fallback
