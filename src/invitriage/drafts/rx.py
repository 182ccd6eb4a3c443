"""The ``re`` functions the drafts call with pattern strings, through one larger cache of compiled patterns.

Reading a note for a draft runs about two thousand distinct expressions (per language, per slot); ``re``'s own
cache keeps 512, so drafting hundreds of replies compiled the same expressions again and again. Same signatures
as ``re``'s; bounded, because a few expressions hold words of the note itself (a name, a topic). Compiled through
``invitriage.rxcache``, which keeps the package's own expressions compiled per machine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from invitriage import rxcache

__all__ = ["compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"]


@lru_cache(maxsize=8192)
def _compiled(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    return rxcache.compile(pattern, flags) if isinstance(pattern, str) else re.compile(pattern, flags)


def compile(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's name
    return _compiled(pattern, flags)


def search(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    return _compiled(pattern, flags).search(string)


def match(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    return _compiled(pattern, flags).match(string)


def fullmatch(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    return _compiled(pattern, flags).fullmatch(string)


def sub(pattern: str | re.Pattern[str], repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0,
        flags: int = 0) -> str:
    return _compiled(pattern, flags).sub(repl, string, count)


def subn(pattern: str | re.Pattern[str], repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0,
         flags: int = 0) -> tuple[str, int]:
    return _compiled(pattern, flags).subn(repl, string, count)


def split(pattern: str | re.Pattern[str], string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return _compiled(pattern, flags).split(string, maxsplit)


def findall(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> list[Any]:
    return _compiled(pattern, flags).findall(string)


def finditer(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return _compiled(pattern, flags).finditer(string)


#: A question of a text: the sentence that ends in "?" (from after the previous ".", "!", "?" or line break); a point
#: inside a number ("R$ 1.500/mês?") ends no sentence.
QUESTION_SENTENCE = r"(?<![^.!?\n])(?:[^.!?\n]|(?<=\d)\.(?=\d))*\?"


def question_sentences(string: str) -> list[str]:
    """The questions a text asks, each the whole sentence before its "?".

    >>> question_sentences("Hi! I run a shop. SEO or ads? Thanks")
    [' SEO or ads?']
    >>> question_sentences("Hi. With R$ 1.500/mês, Google or Meta?")
    [' With R$ 1.500/mês, Google or Meta?']
    """
    return findall(QUESTION_SENTENCE, string)
