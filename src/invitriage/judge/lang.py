"""Language of a note: one of the seven supported languages, another language's ISO code, or the fallback.

A note clearly written in another language (Arabic, Polish, Turkish, Hinglish…) gets that language's
ISO 639-1 code, and the judgment sends it to the owner's review: the model was trained on seven
languages. "Clearly" means a script the seven do not use (Arabic, Cyrillic, CJK, Devanagari, Greek,
Hangul…), at any length; or, in Latin script, at least ``MIN_LETTERS`` letters that the identifier
gives to a language which is not a close neighbour of the seven (Galician reads like Portuguese,
Afrikaans like Dutch: those are the seven's own notes misread); or romanised Hindi, which identifiers
take for English. Other short or unsure notes take the owner's language.
"""

from __future__ import annotations

import copy
import os
import re
import unicodedata
from functools import lru_cache
from typing import Any

from invitriage import rxcache
from invitriage.machine_cache import cache_path, write_atomically
from invitriage.taxonomy import LANGUAGES

#: Notes shorter than this (in letters) are too short to tell; they take the owner's language.
MIN_LETTERS = 20
#: Below this probability among the seven languages, the owner's language is used instead.
MIN_PROB = 0.80
#: A Latin-script note is in another language when the identifier gives it at least this probability.
OTHER_MIN_PROB = 0.5
#: Languages an identifier confuses with one of the seven on short, informal notes: never "another language".
NEIGHBOURS = frozenset({
    "gl", "an", "ext", "ast", "ca", "oc", "mwl",  # Iberian and Occitan: Spanish, Portuguese, French notes
    "vec", "co", "sc", "lij", "nap", "scn", "la",  # Italian and Latin
    "af", "fy", "li", "lb", "nds", "gsw", "wa", "br", "frp", "eo", "pcm", "sco",  # Dutch, German, French, English
})
#: The identifier names some varieties with ISO 639-3 codes: report the ISO 639-1 language.
_MACRO = {"ary": "ar", "arz": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "sdh": "ku", "grc": "el", "hbo": "he",
          "gug": "gn"}
#: Scripts the seven never use, with the language to report when the identifier names one of the seven.
_SCRIPTS = {"ARABIC": "ar", "CYRILLIC": "ru", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko",
            "DEVANAGARI": "hi", "GREEK": "el", "HEBREW": "he", "THAI": "th", "BENGALI": "bn", "TAMIL": "ta",
            "GEORGIAN": "ka", "ARMENIAN": "hy", "GUJARATI": "gu", "TELUGU": "te", "KANNADA": "kn",
            "MALAYALAM": "ml", "GURMUKHI": "pa", "SINHALA": "si", "KHMER": "km", "ETHIOPIC": "am"}
#: Romanised Hindi: distinctive words, and short ones that only count next to them.
_HINGLISH = frozenset(
    "hai hain hoon hu aap aapka aapki aapke aapko hum hume humein humari hamara hamari mujhe mera meri mere "
    "apna apni apne nahi nahin kya kyun bhi karo karte karta karti karna karke kar kijiye lijiye chahiye tha thi "
    "wala wali wale bahut accha acha bhai behen liye kaise raha rahe rahi yeh woh kuch saath baat dono jaldi "
    "paisa kripya dhanyavaad dhanyawad shukriya namaste aur din".split())
_HINGLISH_WEAK = frozenset("ke ki ka ko se me mein ek ji".split())


@lru_cache(maxsize=2)
def _identifier(restricted: bool) -> Any:
    if restricted:
        # A copy of the full identifier: far faster than reading the model file again. Shallow is enough:
        # set_languages replaces the class arrays with new ones and leaves the full model's untouched.
        ident = copy.copy(_identifier(False))
        ident.set_languages(list(LANGUAGES))
        return ident
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    kept = _kept_model()
    if kept is not None:
        return kept
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _kept_model() -> Any:
    """The full identifier from this machine's uncompressed copy of its model (user cache dir): the shipped
    file is LZMA-compressed and takes twice as long to read. Made on first use; anything unexpected (no
    cache directory, another py3langid, a damaged copy) returns None and the shipped file is read."""
    if os.environ.get("INVITRIAGE_NO_MODEL_CACHE"):
        return None
    try:
        import lzma
        import shutil
        import sys
        import tempfile
        from importlib.metadata import version

        import numpy as np
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
        from py3langid.modelio import _to_array

        source = MODEL_DIR / MODEL_FILE
        stat = source.stat()
        tag = f"1|{version('py3langid')}|{stat.st_size}|{stat.st_mtime_ns}|{np.__version__}|{sys.version}"
        kept = cache_path("langid", "model", tag, ".npz")
        if kept is None:
            return None
        path = str(kept)
        if not os.path.exists(path):
            with tempfile.TemporaryFile(suffix=".npz") as tmp:
                with lzma.open(source) as src:
                    shutil.copyfileobj(src, tmp, length=1 << 20)
                tmp.seek(0)
                with np.load(tmp, allow_pickle=False) as data:
                    arrays = {k: data[k] for k in ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")}
            if not write_atomically(path, lambda out: np.savez(out, **arrays)):
                return None
        with np.load(path, allow_pickle=False) as data:
            return LanguageIdentifier(np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
                                      _to_array(data["nextmove"]), data["out_feat"].tolist(), norm_probs=True,
                                      tk_row=_to_array(data["nextmove_row"]))
    except Exception:  # noqa: BLE001 - a cache: whatever goes wrong, the shipped model is read instead
        return None


#: Any letter of those scripts (a quick test before naming every character).
_FOREIGN_CHAR = rxcache.compile("[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff"
                           "\u0e00-\u0e7f\u1100-\u11ff\u1200-\u137f\u1780-\u17ff\u10a0-\u10ff\u3040-\u30ff"
                           "\u3400-\u9fff\uac00-\ud7af]")


def _foreign_script(text: str) -> str | None:
    """The language of a script the seven never use, if most letters are in one."""
    if not _FOREIGN_CHAR.search(text):
        return None
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if not ch.isalpha():
            continue
        letters += 1
        name = unicodedata.name(ch, "")
        script = next((s for s in _SCRIPTS if name.startswith(s)), None)
        if script:
            counts[script] = counts.get(script, 0) + 1
    if not counts or letters < 2:
        return None
    script = max(counts, key=counts.__getitem__)
    if sum(counts.values()) < 0.5 * letters:
        return None
    if script == "CJK" and (counts.get("HIRAGANA", 0) or counts.get("KATAKANA", 0)):
        return "ja"
    return _SCRIPTS[script]


def _is_hinglish(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    strong = len(words & _HINGLISH)
    return strong >= 2 and strong + 0.5 * len(words & _HINGLISH_WEAK) >= 3


def detect_language(text: str, fallback: str = "fr", *, min_letters: int = MIN_LETTERS,
                    min_prob: float = MIN_PROB) -> str:
    """``fr en es de it pt nl``, another language's ISO code, or ``fallback`` for short or unsure notes.

    >>> detect_language("Bonjour, j'ai lu votre article sur le référencement local.")
    'fr'
    >>> detect_language("Hi", fallback="de")
    'de'
    >>> detect_language("Dzięki za komentarz pod moim postem o pracy zdalnej!")
    'pl'
    >>> detect_language("نحن نوظف مطور React")
    'ar'
    """
    script = _foreign_script(text)
    if script is not None:
        lang, _prob = _identifier(False).classify(text)
        lang = _MACRO.get(lang, lang)
        return str(lang) if lang not in LANGUAGES and lang not in NEIGHBOURS and lang != "zxx" else script
    letters = sum(map(str.isalpha, text))
    if letters < min_letters:
        return fallback
    if _is_hinglish(text):
        return "hi"
    lang, prob = _identifier(False).classify(text)
    if lang in LANGUAGES:
        return str(lang) if prob >= 0.5 or letters >= 60 else _restricted(text, fallback, min_prob)
    if lang not in NEIGHBOURS and lang != "zxx" and prob >= OTHER_MIN_PROB:
        return _MACRO.get(lang, str(lang))
    return _restricted(text, fallback, min_prob)


def is_supported(lang: str) -> bool:
    """One of the seven languages the judgment was trained on.

    >>> is_supported("nl"), is_supported("tr")
    (True, False)
    """
    return lang in LANGUAGES


def restricted_guess(text: str) -> tuple[str, float]:
    """The likeliest of the seven languages for a text, with its probability among them (no threshold)."""
    lang, prob = _identifier(True).classify(text)
    return str(lang), float(prob)


def language_odds(text: str) -> dict[str, float]:
    """Each of the seven languages' probability for a text, among them (no threshold)."""
    return {str(lang): float(prob) for lang, prob in _identifier(True).rank(text)}


#: Little words only one of the seven languages writes: a short note the identifier is unsure of ("Hey Camille, cooles
#: Profil! Lass uns connecten.") is in that language when two or more of its words and none of another's are there.
_OWN_WORDS = {
    "de": r"ich|du|dich|dir|dein\w*|uns|wir|nicht|und|mit|f[üu]r|bist|bin|ist|habe|hast|gerne?|mich|sehr|lass|schön|danke|grüße|vernetzen|auch|cooles?|toll\w*",
    "nl": r"ik|jij|jou|jouw|wij|niet|en|met|voor|ben|heb|graag|mij|leuk\w*|bedankt|groet\w*|ook|zeer|laten",
    "fr": r"je|tu|toi|ton|ta|tes|vous|votre|nous|pas|et|avec|pour|suis|merci|très|aussi|bonjour|salut|ravie?",
    "es": r"yo|tú|nosotros|usted|gracias|muy|también|hola|estoy|soy|contigo|saludos|encantad[oa]",
    "it": r"io|ti|noi|lei|grazie|molto|anche|ciao|sono|sei|con|per|piacere|buongiorno",
    "pt": r"eu|você|voce|nós|obrigad[oa]|muito|também|olá|ola|estou|sou|contigo|prazer|abraço",
    "en": r"i|you|your|not|and|with|for|am|thanks|thank|very|also|great|happy|let's",
}

_WORD = rxcache.compile(r"[\w']+")
_OWN_RX = {lang: rxcache.compile(rf"(?:{rx})") for lang, rx in _OWN_WORDS.items()}


def _own_words(text: str, least: int = 2) -> str:
    """The one language whose own little words a short note holds (``least`` or more, and none of another's), or ""."""
    words = set(_WORD.findall(text.lower()))
    hits = {lang: sum(1 for w in words if rx.fullmatch(w)) for lang, rx in _OWN_RX.items()}
    best = [lang for lang, n in hits.items() if n >= least]
    return best[0] if len(best) == 1 and sum(1 for n in hits.values() if n) == 1 else ""


def _restricted(text: str, fallback: str, min_prob: float) -> str:
    lang, prob = _identifier(True).classify(text)
    if prob < min_prob and (own := _own_words(text)):
        return own  # "Hey Camille, cooles Profil! Lass uns connecten.": unsure between languages, its own words decide
    if prob < min_prob and fallback not in _SIBLINGS.get(str(lang), ()):
        ranked = _identifier(True).rank(text)
        if str(ranked[1][0]) in _SIBLINGS.get(str(lang), ()) and prob + float(ranked[1][1]) >= min_prob:
            # "Hola! Vendemos bases de datos … Te paso precios?": unsure only between Spanish and Portuguese, the note
            # is surely not in the owner's language: the likelier sibling is kept, unless only the other's own
            # little words are there ("Hola! … Te interesa?").
            return _own_words(text, least=1) or str(lang)
    return str(lang) if prob >= min_prob else fallback


#: Sister languages an identifier hesitates between on short notes: a doubt between them is no doubt about the others.
_SIBLINGS = {"es": ("es", "pt"), "pt": ("pt", "es")}


@lru_cache(maxsize=1 << 14)
def headline_language(headline: str, fallback: str = "fr") -> str:
    """Headlines are short and full of English job titles: a looser test than for notes.

    >>> headline_language("Estudante de Marketing Digital")
    'pt'
    """
    return detect_language(headline, fallback, min_letters=8, min_prob=0.4)
