"""Compiled regular expressions kept per machine, so that a command does not parse the same two thousand
expressions at every start.

The judge, the benefit lexicon and the drafts hold about 1,900 expressions, some of them alternations of
hundreds of words. Python parses and compiles each one in pure Python (``re._parser``, ``re._compiler``):
≈ 0.8 s of every `invitriage demo` on a quiet 2-core machine. The compiled form is plain data (the expression,
its flags, a list of 32-bit codes, its groups), and ``_sre.compile`` turns that data into the same pattern
object in microseconds. This module keeps that data in the user cache directory (one ``marshal`` file keyed by
Python's version and the regex engine's), reads it once per process, and compiles anything it lacks the usual
way.

Only expressions derived from the package are written: an expression is kept when every word in it (a run of
three or more letters, escapes aside) occurs in the package's own source, so a pattern built around a sender's
name or another word of a note is compiled each run and never stored (only a digest of it is, so that the next run
does not read the package's source again to decide).

Anything unexpected — another Python whose engine differs (a canary pattern is checked against
``re.compile`` first), a damaged or foreign file, a read-only cache directory — falls back to ``re.compile``.
``INVITRIAGE_NO_REGEX_CACHE=1`` turns the cache off.

>>> compile(r"\\bjunior(?:s|es)?\\b", re.I) == re.compile(r"\\bjunior(?:s|es)?\\b", re.I)
True
"""

from __future__ import annotations

import array
import atexit
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

#: Bump when the file's layout changes.
_FORMAT = 2
#: No more entries than this in the file (a new run starts it again beyond).
_MAX_ENTRIES = 20000
_CANARY = r"(?P<w>\b[^\W\d_]{3,})(?:\s+|-)(?=x)|[àé]+\d{2,5}?$"

_Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]
_table: dict[tuple[str, int], _Entry] | None = None
_new: dict[tuple[str, int], _Entry] = {}
_rejected: set[bytes] = set()
_engine: Any = None  # (_sre, parse, code) once checked; False when the cache is off


def _cache_file() -> Path | None:
    try:
        import _sre

        from platformdirs import user_cache_dir

        tag = f"{_FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.byteorder}"
        return Path(user_cache_dir("invitriage", appauthor=False)) / "regex" / \
            f"patterns-{hashlib.sha256(tag.encode()).hexdigest()[:24]}.marshal"
    except (ImportError, AttributeError, OSError):
        return None


def _fresh(pattern: str, flags: int) -> tuple[re.Pattern[str], _Entry]:
    """Compile as ``re._compiler.compile`` does, keeping the data it hands to ``_sre.compile``."""
    sre, parse, code_of = _engine
    parsed = parse(pattern, flags)
    code = code_of(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry: _Entry = (int(flags | parsed.state.flags), array.array("I", [int(c) for c in code]).tobytes(),
                     parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return _built(pattern, entry), entry


def _built(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return _engine[0].compile(pattern, flags, array.array("I", code).tolist(), groups, groupindex, indexgroup)


def _start() -> None:
    """Check the engine against ``re.compile`` and read the file, once per process."""
    global _engine, _table
    _table = {}
    _engine = False
    if os.environ.get("INVITRIAGE_NO_REGEX_CACHE"):
        return
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        if array.array("I").itemsize != _sre.CODESIZE:
            return
        _engine = (_sre, _parser.parse, _compiler._code)
        if _fresh(_CANARY, re.I)[0] != re.compile(_CANARY, re.I):
            _engine = False
            return
    except Exception:  # noqa: BLE001 - another engine: re.compile does the work
        _engine = False
        return
    kept = _read()
    _table = kept["entries"]
    _rejected.update(kept["rejected"])


def _read() -> dict[str, Any]:
    """The file's content: ``entries`` (expression, flags) -> compiled data; ``rejected``, digests of expressions
    found not to be the package's (never stored as text); ``vocab``, the package's words with the tag they were
    read under. Empty parts when the file is missing, damaged or foreign."""
    empty: dict[str, Any] = {"entries": {}, "rejected": set(), "vocab": ("", frozenset())}
    path = _cache_file()
    if path is None:
        return empty
    try:
        with path.open("rb") as f:
            data = marshal.load(f)
        if isinstance(data, dict) and isinstance(data.get("entries"), dict) and isinstance(data.get("rejected"), set) \
                and isinstance(data.get("vocab"), tuple):
            return data
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return empty


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's name
    """``re.compile(pattern, flags)``, from the per-machine cache when it holds the expression."""
    if _table is None:
        _start()
    flags = int(flags)
    if not _engine or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = _table.get(key) if _table is not None else None
    if entry is not None:
        try:
            return _built(pattern, entry)
        except Exception:  # noqa: BLE001 - a damaged entry: compiled again below
            pass
    try:
        compiled, entry = _fresh(pattern, flags)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - whatever the private path cannot do, re can
        return re.compile(pattern, flags)
    if not _new:
        atexit.register(_save)
    _new[key] = entry
    return compiled


_WORD = re.compile(r"[^\W\d_]{3,}")
_ESCAPE = re.compile(r"\\.")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(_ESCAPE.sub(" ", text)))


def _digest(key: tuple[str, int]) -> bytes:
    return hashlib.blake2b(f"{key[1]}|{key[0]}".encode("utf-8", "surrogatepass"), digest_size=12).digest()


def _sources() -> list[Path]:
    return sorted(Path(__file__).resolve().parent.rglob("*.py"))


def _package_tag(paths: list[Path]) -> str:
    """Which version of the package's source the words were read from (names, sizes, modification times)."""
    h = hashlib.blake2b(digest_size=12)
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path}|{st.st_size}|{st.st_mtime_ns}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _package_words(paths: list[Path]) -> frozenset[str]:
    """Every word of the package's own Python source (escapes stripped, as in a pattern)."""
    words: set[str] = set()
    for path in paths:
        try:
            words |= _words(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
    return frozenset(words)


def _save() -> None:
    """Add this run's new expressions made of the package's words only to the file; remember the others' digests,
    so that a later run which compiles them again does not look at them again."""
    path = _cache_file()
    try:
        pending = {key: entry for key, entry in _new.items() if _digest(key) not in _rejected}
        if path is None or not pending:
            return
        data = _read()
        paths = _sources()
        tag = _package_tag(paths)
        known = data["vocab"][1] if data["vocab"][0] == tag else _package_words(paths)
        entries, rejected = data["entries"], data["rejected"]
        if len(entries) + len(rejected) + len(pending) > _MAX_ENTRIES:
            entries, rejected = {}, set()
        for key, entry in pending.items():
            if _words(key[0]) <= known:
                entries[key] = entry
            else:
                rejected.add(_digest(key))
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        with part.open("wb") as out:
            marshal.dump({"entries": entries, "rejected": rejected, "vocab": (tag, known)}, out)
        os.replace(part, path)
    except (OSError, ValueError):
        pass
    finally:
        _new.clear()
