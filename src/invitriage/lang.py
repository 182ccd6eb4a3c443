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


def detect_language(text: str, fallback: str = "fr", *, min_letters: int = MIN_LETTERS,
                    min_prob: float = MIN_PROB) -> str:
    """``fr en es de it pt nl`` or ``other``; short or unsure notes give ``fallback``.

    >>> detect_language("Bonjour, j'ai lu votre article sur le référencement local.")
    'fr'
    >>> detect_language("Hi", fallback="de")
    'de'
    """
    letters = sum(ch.isalpha() for ch in text)
    if letters < min_letters:
        return fallback
    lang, prob = _identifier(False).classify(text)
    if lang in LANGUAGES:
        return str(lang) if prob >= 0.5 or letters >= 60 else _restricted(text, fallback, min_prob)
    if prob >= 0.99 and letters >= 40:
        return "other"
    return _restricted(text, fallback, min_prob)


def _restricted(text: str, fallback: str, min_prob: float) -> str:
    lang, prob = _identifier(True).classify(text)
    return str(lang) if prob >= min_prob else fallback


def headline_language(headline: str, fallback: str = "fr") -> str:
    """Headlines are short and full of English job titles: a looser test than for notes.

    >>> headline_language("Estudante de Marketing Digital")
    'pt'
    """
    return detect_language(headline, fallback, min_letters=8, min_prob=0.4)
