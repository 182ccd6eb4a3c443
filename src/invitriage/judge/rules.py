"""The rule registry: small pure functions from a normalised note to evidence.

Every rule returns ``None`` or a :class:`Hit` carrying its intent, a weight in ``[0, 1]`` and the
quoted span of the note that made it fire. Rules do what rules do well: empty notes,
LinkedIn's stock texts, and specific cue phrases per intent and language.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from invitriage import rxcache
from invitriage.prefilter import Prefilter
from invitriage.judge.cues import CUES, TEMPLATE_CUES
from invitriage.judge.normalize import Note, fold, normalize


@dataclass(frozen=True)
class Hit:
    """One rule that fired on a note: the intent it points to, its weight and the span it quotes."""

    rule: str
    intent: str
    weight: float
    quote: str


Rule = Callable[[Note], "Hit | None"]
RULES: dict[str, Rule] = {}


def register(name: str) -> Callable[[Rule], Rule]:
    def deco(fn: Rule) -> Rule:
        if name in RULES:
            raise ValueError(f"duplicate rule {name}")
        RULES[name] = fn
        return fn

    return deco


def _quote(note: Note, start: int, end: int) -> str:
    return note.original[start:end].strip()


@register("empty_note")
def empty_note(note: Note) -> Hit | None:
    if note.original.strip():
        return None
    return Hit("empty_note", "no_note", 1.0, "")


@register("near_empty")
def near_empty(note: Note) -> Hit | None:
    """A greeting, a name or an emoji: nothing to read."""
    if not note.original.strip():
        return None
    words = note.words
    if len(words) <= 2 and len(note.core) <= 24:
        return Hit("near_empty", "no_note", 0.9, note.original.strip())
    return None


@lru_cache(maxsize=1)
def _default_texts() -> frozenset[str]:
    data = json.loads(resources.files("invitriage").joinpath("default_texts.json").read_text("utf-8"))
    return frozenset(normalize(t).core for t in data["texts"])


_TRAILING_LINKEDIN = rxcache.compile(r"\s+(?:on|sur|en|auf|su|no|op|de|in) linkedin$")


#: The expressions of the rules that only search the note, by rule name: the cue rules search the folded note, the
#: stock-text rules its core (and the core without a trailing "on LinkedIn", a part of it). A rule none of whose
#: required strings is in that text finds nothing, so it is not run (see ``run_rules``).
_CUE_PATTERNS: dict[str, str] = {}
_CORE_PATTERNS: dict[str, str] = {}
_filters: dict[int, tuple[tuple[str, ...], Prefilter]] = {}


def _candidates(patterns: dict[str, str], text: str) -> set[str]:
    """The rules of ``patterns`` that may find something in ``text`` (all others certainly do not)."""
    names = tuple(patterns)
    kept = _filters.get(id(patterns))
    if kept is None or kept[0] != names:
        kept = _filters[id(patterns)] = (names, Prefilter([patterns[n] for n in names]))
    return {names[i] for i in kept[1].candidates(text)}


def _make_template_rule(lang: str, patterns: list[str]) -> None:
    compiled = [rxcache.compile(p) for p in patterns]
    name = f"default_template.{lang}"
    _CORE_PATTERNS[name] = "|".join(f"(?:{p})" for p in patterns)

    def rule(note: Note) -> Hit | None:
        core = note.core
        if not core:
            return None
        candidates = {core, _TRAILING_LINKEDIN.sub("", core)}
        if any(rx.search(c) for rx in compiled for c in candidates):
            return Hit(name, "default_template", 1.0, _quote(note, note.start, note.end))
        return None

    rule.__name__ = name.replace(".", "_")
    rule.__doc__ = f"LinkedIn's stock invitation text in {lang}, after greeting and name are removed."
    register(name)(rule)


@register("default_template.exact")
def default_template_exact(note: Note) -> Hit | None:
    """One of the known default texts of any language (reference list), exactly."""
    core = note.core
    if core and (core in _default_texts() or _TRAILING_LINKEDIN.sub("", core) in _default_texts()):
        return Hit("default_template.exact", "default_template", 1.0, _quote(note, note.start, note.end))
    return None


def _make_cue_rule(intent: str, lang: str, patterns: list[str]) -> None:
    pattern = "|".join(f"(?:{p})" for p in patterns)
    compiled = rxcache.compile(pattern)
    name = f"cue.{intent}.{lang}"
    _CUE_PATTERNS[name] = pattern
    weight = 0.6 if intent == "generic" else 0.8

    def rule(note: Note) -> Hit | None:
        m = compiled.search(note.folded, note.start, note.end)
        if not m:
            return None
        return Hit(name, intent, weight, _quote(note, m.start(), m.end()))

    rule.__name__ = name.replace(".", "_")
    rule.__doc__ = f"Cue phrases for {intent} in {lang}."
    register(name)(rule)


for _lang, _patterns in TEMPLATE_CUES.items():
    _make_template_rule(_lang, _patterns)
for _intent, _by_lang in CUES.items():
    for _lang, _patterns in _by_lang.items():
        _make_cue_rule(_intent, _lang, _patterns)


def run_rules(text: str) -> list[Hit]:
    """All hits for one note, in registry order.

    >>> [h.rule for h in run_rules("Hi Tom, we met at the PyCon booth last week!")]
    ['cue.met_before.en']
    """
    note = normalize(text)
    # ~80 rules, most of them long alternations: a prefilter on the strings every match must contain leaves the few
    # that can fire (the same hits as running them all, tests/test_rules.py checks it on the corpus).
    cue, core = _CUE_PATTERNS, _CORE_PATTERNS
    may = _candidates(cue, note.folded) | (_candidates(core, note.core) if note.core else set())
    return [h for name, fn in RULES.items()
            if ((name not in cue and name not in core) or name in may) and (h := fn(note)) is not None]


__all__ = ["Hit", "RULES", "register", "run_rules", "fold"]
