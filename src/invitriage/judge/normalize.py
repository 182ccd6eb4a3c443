"""Note normalisation: fold accents and apostrophes, strip greetings, names, emoji, sign-offs.

:func:`fold` keeps one output character per input character, so a span found in the folded
text quotes the same span of the original note.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from invitriage import rxcache


SIGNOFF_WINDOW = 160
_APOSTROPHES = "\u2019\u2018\u02bc\u00b4\u0060\u2032"
_DASHES = "\u2013\u2014\u2012\u2015\u2212"
_SPACES = "\u00a0\u202f\u2009\u2007\u200a\u3000\t\r\n"


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _DASHES:
        return "-"
    if ch in _SPACES:
        return " "
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base[0] if base else ch


class _FoldTable(dict):
    """Code point -> folded character, filled on first sight (``str.translate`` does the rest in C)."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < 65536:  # bounded: a hostile note of random code points must not fill memory
            self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, accent- and apostrophe-folded text of the same length.

    >>> fold("J’aimerais Être")
    "j'aimerais etre"
    """
    return text.translate(_FOLD)


def sentence_span(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` begins and where its ".", "!", "?" or line break stands (or the
    text's end).

    >>> t = "Hi. I'm moving in May! Coffee?"; b, e = sentence_span(t, t.index("May")); t[b:e], t[e]
    (" I'm moving in May", '!')
    """
    begin = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, start if end is None else end) for c in ".!?\n") if i >= 0]
    return begin, min(ends, default=len(text))


def is_emoji(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat == "So" or cat == "Sk" or 0x1F000 <= ord(ch) <= 0x1FAFF or ch in "\u200d\ufe0f"


class _NoEmojiTable(dict):
    """Code point -> a space for emoji, else the character itself, filled on first sight (bounded)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = " " if is_emoji(ch) else ch
        if len(self) < 65536:
            self[code] = out
        return out


_NO_EMOJI = _NoEmojiTable()


def without_emoji(text: str) -> str:
    """``text`` with each emoji (and its joiners) a space, as :func:`is_emoji` tells them.

    >>> without_emoji("Pétales & Co 🌸")
    'Pétales & Co  '
    """
    return text.translate(_NO_EMOJI)


_GREETINGS = (
    r"hi|hii+|hello|hallo+|hey|heya|hiya|dear|good (?:morning|afternoon|evening)|greetings|yo"
    r"|bonjour|bonsoir|salut|coucou|hello|cher|chere|bjr|re"
    r"|hola|buenos dias|buenas tardes|buenas noches|buenas|estimad[oa]|querid[oa]|saludos"
    r"|guten (?:tag|morgen|abend)|liebe[rs]?|sehr geehrte[rs]?|servus|moin|moin moin|gruezi|gru(?:ss|ß) gott|hallo zusammen"
    r"|ciao|salve|buongiorno|buonasera|gentile|gentilissim[oa]|car[oa]|egregi[oa]"
    r"|ola|oi|bom dia|boa tarde|boa noite|prezad[oa]|car[oa]|e ai"
    r"|hoi|hai|beste|goedemorgen|goedemiddag|goedenavond|goedendag|dag|hey hey"
)
_TITLES = (
    r"mr|mrs|ms|miss|dr|prof|sir|madam|madame|monsieur|mme|mlle|m|me|maitre|herr|frau|sr|sra|srta|senor|senora"
    r"|don|dona|dott|dottssa|dottoressa|dottore|sig|signor|signora|ing|avv|meneer|mevrouw|dhr|mevr|heer"
)
_NAME = r"[a-z][\w'\-]*"
_GREETING_RE = rxcache.compile(
    rf"^\W*(?:{_GREETINGS})\b[\s,!.]*(?:(?:{_TITLES})\.?\s+)?(?:(?:{_NAME})(?:\s+{_NAME}){{0,2}}\s*(?:[,!.:;]+|$|(?=[^\w\s'])))?\s*",
)
_GREETING_WORD_RE = rxcache.compile(rf"^\W*(?:{_GREETINGS})\b[\s,!.:;]*")
_LEADING_NAME_RE = rxcache.compile(r"^\W*[A-ZÀ-Ý][\w'\-]+(?:\s+[A-ZÀ-Ý][\w'\-]+)?\s*[,:]\s*")
_SIGNOFFS = (
    r"best regards|kind regards|warm regards|regards|best wishes|best|cheers|thanks|thank you|many thanks|thx|br"
    r"|cordialement|bien cordialement|bien a (?:vous|toi)|belle journee|bonne journee|a bientot|merci|amicalement|bav"
    r"|saludos cordiales|un saludo|saludos|un abrazo|atentamente|gracias"
    r"|viele gru(?:ss|ß)e|beste gru(?:ss|ß)e|liebe gru(?:ss|ß)e|freundliche gru(?:ss|ß)e|mit freundlichen gru(?:ss|ß)en|lg|vg|mfg|danke|gru(?:ss|ß)e?"
    r"|cordiali saluti|un saluto|saluti|grazie|a presto"
    r"|abracos|abraco|atenciosamente|obrigad[oa]|att|cumprimentos"
    r"|met vriendelijke groet|vriendelijke groet|groetjes|groeten|groet|gr|dank je|bedankt"
)
_SIGNOFF_RE = rxcache.compile(rf"[\s,.!;]*\b(?:{_SIGNOFFS})\b[\s,.!]*(?:{_NAME}(?:\s+{_NAME}){{0,3}})?[\s.!]*$")
_DASH_NAME_RE = rxcache.compile(rf"\s*(?<!\w)[-~/]+\s*{_NAME}(?:\s+{_NAME}){{0,3}}\s*$")


@dataclass
class Note:
    """A note as the rules read it: the original text, its folded form, and where its core lies in both."""

    original: str
    folded: str
    #: start and end of the core (greeting and sign-off removed) inside ``original``/``folded``.
    start: int
    end: int

    @cached_property
    def core(self) -> str:
        """Folded core text without emoji, punctuation runs and extra spaces."""
        text = self.folded[self.start : self.end].translate(_NO_EMOJI)
        text = re.sub(r"[^\w'\s]+", " ", text)
        return " ".join(text.split())

    @cached_property
    def words(self) -> list[str]:
        return self.core.split()


#: Notes up to this length are normalised once per process (the rules, the model and the evidence
#: all read the same note); longer texts are not kept in the cache.
CACHED_CHARS = 2000


def normalize(text: str) -> Note:
    """Locate the core of a note.

    >>> normalize("Bonjour Camille, j’aimerais échanger avec vous. Bien à vous, Marc").core
    "j'aimerais echanger avec vous"
    >>> normalize("Hi Sarah 👋").core
    ''
    """
    text = text or ""
    return _normalize_cached(text) if len(text) <= CACHED_CHARS else _normalize(text)


@lru_cache(maxsize=16384)
def _normalize_cached(text: str) -> Note:
    return _normalize(text)


def _normalize(text: str) -> Note:
    original = unicodedata.normalize("NFC", text)
    folded = fold(original)
    start, end = 0, len(folded)
    m = _GREETING_RE.match(folded)
    if m and m.end() > 0:
        start = m.end()
    else:
        m = _GREETING_WORD_RE.match(folded)
        if m:
            start = m.end()
        else:
            # "Marco, vorrei…": a capitalised name and a comma, with no greeting word.
            m = _LEADING_NAME_RE.match(original)
            if m:
                start = m.end()
    tail = folded[start:end]
    for rx in (_SIGNOFF_RE, _DASH_NAME_RE):
        # Sign-offs sit at the end: searching only the last characters keeps hostile notes
        # (megabytes of spaces) linear.
        window = max(len(tail) - SIGNOFF_WINDOW, 0)
        m = rx.search(tail, window)
        if m and m.start() > 0:
            tail = tail[: m.start()]
    end = start + len(tail)
    return Note(original, folded, start, end)

