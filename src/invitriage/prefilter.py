"""Which of a lexicon's expressions can find anything in a text, without running them.

Every expression of the role lexicon (benefit/roles.py) and most of the judge's cue rules (judge/rules.py) are long
alternations, and most of them find nothing in a given headline or note. From the parsed expression we take, for each of its branches, a string that every match of
that branch contains ("weingut" in ``\\w*weingut\\w*``, "founder" in ``\\b(?:co-)?founder\\b``): an
expression none of whose strings is in a text finds nothing in it, so it need not run. This is only a
necessary condition, never a sufficient one: the expressions still decide, and the results are the same
as running every one of them.

The strings are looked up through one trigram index per family of expressions, so a text costs a set
intersection and a few substring tests, however many expressions there are.
"""

from __future__ import annotations

import marshal
import re
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]

from invitriage.machine_cache import cache_path, write_atomically

_GRAM = 3
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)  # they consume nothing: a run of literals goes on across them
_REPEATS = tuple(op for op in (getattr(_sre, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op is not None)
_ATOMIC = getattr(_sre, "ATOMIC_GROUP", None)


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling of several requirements (each: one of these strings): longest shortest string, then fewest."""
    if not options:
        return None
    return max(options, key=lambda o: (min(len(s) for s in o), -len(o)))


def _required(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """Strings one of which every match of this sequence of regex ops contains, or None (no such test).

    A run of literals (zero-width ops inside it skipped) is in every match; so is one of the strings of a
    group, of every branch of an alternation, or of an item repeated at least once."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if op in _ZERO_WIDTH:
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        sub: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, pattern = av
            if not add_flags and not del_flags:  # a group with flags of its own (case) is left out
                sub = _required(list(pattern))
        elif op is _sre.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                each = _required(list(branch))
                if each is None:
                    found = set()
                    break
                found |= each
            sub = frozenset(found) if found else None
        elif op in _REPEATS and av[0] >= 1:
            sub = _required(list(av[2]))
        elif _ATOMIC is not None and op is _ATOMIC:
            sub = _required(list(av))
        if sub:
            options.append(sub)
    if run:
        options.append(frozenset({run}))
    return _best(options)


def required_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which is in every text the expression finds something in; None when there is no such test.

    >>> sorted(required_strings(r"\\bwines?\\b|\\w*weingut\\w*|(?<!x)\\bvin[oi]s?\\b"))
    ['vin', 'weingut', 'wine']
    >>> sorted(required_strings(r"[a-z]+ing|founder"))  # "ing" after the class: in every match of its branch
    ['founder', 'ing']
    >>> required_strings(r"[a-z]+|founder") is None
    True
    """
    parsed = _sre_parse.parse(pattern, flags)
    if (flags | parsed.state.flags) & re.IGNORECASE:
        return None  # literals would stand for both cases
    return _required(list(parsed))


def _all_required(patterns: Sequence[str], flags: int) -> list[frozenset[str] | None]:
    """``required_strings`` of every pattern, kept per machine: parsing the lexicon's long alternations in pure
    Python costs ≈ 0.5 s at every start, the result is plain data. The file is named by a digest of the patterns,
    the flags and Python's version (its parser decides), so a changed lexicon never reads an older file."""
    tag = "\0".join([sys.version, str(flags), *patterns])
    path = cache_path("prefilter", "required", tag, ".marshal", off="INVITRIAGE_NO_REGEX_CACHE")
    if path is not None:
        try:
            kept = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            kept = None
        if (isinstance(kept, list) and len(kept) == len(patterns)
                and all(n is None or (isinstance(n, frozenset) and all(isinstance(s, str) for s in n)) for n in kept)):
            return kept
    needs = [required_strings(p, flags) for p in patterns]
    if path is not None:
        write_atomically(path, lambda out: marshal.dump(needs, out))
    return needs


class Prefilter:
    """For a family of expressions (given as patterns), those that may find something in a text.

    >>> p = Prefilter([r"\\bsommeli(?:er|ere)s?\\b", r"\\bwines?\\b|\\w*weingut\\w*", r"[a-z]+ing"])
    >>> sorted(p.candidates("sommeliere | weingut mayer"))
    [0, 1, 2]
    >>> sorted(p.candidates("marketing director"))
    [2]
    """

    def __init__(self, patterns: Sequence[str], flags: int = 0) -> None:
        needs = _all_required(patterns, flags)
        self.always = frozenset(i for i, n in enumerate(needs) if not n)
        strings = sorted({s for n in needs if n for s in n})
        self._owners: dict[str, tuple[int, ...]] = {s: tuple(i for i, n in enumerate(needs) if n and s in n) for s in strings}
        # each string is looked up under its rarest trigram (rarest among the lexicon's strings): few tests per text
        counts = Counter(s[k : k + _GRAM] for s in strings for k in range(len(s) - _GRAM + 1))
        index: dict[str, list[str]] = {}
        self._short: list[str] = []
        for s in strings:
            if len(s) < _GRAM:
                self._short.append(s)
                continue
            key = min((s[k : k + _GRAM] for k in range(len(s) - _GRAM + 1)), key=lambda g: (counts[g], g))
            index.setdefault(key, []).append(s)
        self._index = {k: tuple(v) for k, v in index.items()}
        self._keys = frozenset(self._index)

    def candidates(self, text: str) -> set[int]:
        """Indices of the expressions that may find something in the text (all the others find nothing)."""
        out = set(self.always)
        owners = self._owners
        grams = {text[i : i + _GRAM] for i in range(len(text) - _GRAM + 1)}
        for key in self._keys.intersection(grams):
            for s in self._index[key]:
                if s in text:
                    out.update(owners[s])
        for s in self._short:
            if s in text:
                out.update(owners[s])
        return out
