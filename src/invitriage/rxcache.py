"""Compiled regular expressions kept per machine, so that a command does not parse the same two thousand
expressions at every start.

The judge, the benefit lexicon and the drafts hold about 1,900 expressions, some of them alternations of
hundreds of words. Python parses and compiles each one in pure Python (``re._parser``, ``re._compiler``):
≈ 0.8 s of every `invitriage demo` on a quiet 2-core machine. The compiled form is plain data (the expression,
its flags, a list of 32-bit codes, its groups), and ``_sre.compile`` turns that data into the same pattern
object in microseconds. This module keeps that data in the user cache directory, one ``marshal`` file per part
of the package (``ingest``, ``judge``, ``benefit``, ``drafts``…, named after the module that compiles), keyed by
Python's version and the regex engine's. A part's file is read the first time that part compiles something, so
`invitriage import` never reads the drafts' expressions. Anything a file lacks is compiled the usual way.

Only expressions derived from the package are written: an expression is kept when every word in it (a run of
three or more letters, escapes aside) occurs in the package's own source, so a pattern built around a sender's
name or another word of a note is compiled each run and never stored (only a digest of it is, so that the next run
does not read the package's source again to decide). When the package's source changes, a part's file is written
again with only the expressions that run used, so that expressions of older versions do not pile up.

Anything unexpected — another Python whose engine differs (a canary pattern is checked against
``re.compile`` first), a damaged or foreign file, a read-only cache directory — falls back to ``re.compile``.
``INVITRIAGE_NO_REGEX_CACHE=1`` turns the cache off.

A machine's first run finds its files empty; so that it does not parse the two thousand expressions either, the
package ships the compiled form of its own expressions (those its modules compile at import and those the demo's
drafts use) in ``compiled/regex/<part>.marshal.z``, written by ``scripts/make_compiled.py``. Each file names the engine it
was compiled for (the regex engine's magic, code size, byte order, Unicode version and a digest of ``re``'s
compiler source) and holds the canary compiled; a file for another engine, a damaged one or one whose canary does
not come out the same here is ignored, and the expression compiled as above. An expression is looked up in the
shipped file first (part of the package: a command whose expressions are all there reads nothing in the cache
directory), then in the machine's file; what the shipped file gives is not written to the machine's file.

>>> compile(r"\\bjunior(?:s|es)?\\b", re.I) == re.compile(r"\\bjunior(?:s|es)?\\b", re.I)
True
"""

from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Any

from invitriage.machine_cache import cache_path, write_atomically

try:  # hashlib's own blake2b, without loading OpenSSL's hashes (≈ 3 ms at every start)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

#: Bump when the files' layout changes.
_FORMAT = 3
#: No more entries than this in one file (it starts again beyond).
_MAX_ENTRIES = 10000
_CANARY = r"(?P<w>\b[^\W\d_]{3,})(?:\s+|-)(?=x)|[àé]+\d{2,5}?$"

_Key = tuple[str, int]
_Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]


class _Part:
    """One part's file, as read, and what this process did with it. (A plain class: every command loads this
    module, and a dataclass compiles its methods at every start.)"""

    def __init__(self, entries: dict[_Key, _Entry], rejected: set[bytes], tag: str) -> None:
        self.entries = entries
        self.rejected = rejected
        self.tag = tag  # the package's source tag the file was written under
        self.new: dict[_Key, _Entry] = {}
        self.used: set[_Key] = set()


_parts: dict[str, _Part] = {}
#: Where the package's own expressions are shipped compiled (None: nowhere).
SHIPPED: Path | None = Path(__file__).resolve().parent / "compiled" / "regex"
#: What each shipped part holds for this engine: (entries, digests of expressions not to store), read once.
_shipped: dict[str, tuple[dict[_Key, _Entry], set[bytes]]] = {}
_memo: dict[str, Any] = {}  # the engine's tag and the canary's compiled form
_engine: Any = None  # (_sre, parse, code) once checked; False when the cache is off
_vocab: tuple[str, frozenset[str]] | None = None


def _engine_ok() -> bool:
    """Check the engine against ``re.compile`` once per process."""
    global _engine
    if _engine is not None:
        return bool(_engine)
    _engine = False
    if os.environ.get("INVITRIAGE_NO_REGEX_CACHE"):
        return False
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        if array.array("I").itemsize != _sre.CODESIZE:
            return False
        _engine = (_sre, _parser.parse, _compiler._code)
        if _fresh(_CANARY, re.I)[0] != re.compile(_CANARY, re.I):
            _engine = False
    except Exception:  # noqa: BLE001 - another engine: re.compile does the work
        _engine = False
    return bool(_engine)


def _cache_file(part: str) -> Path | None:
    try:
        import _sre
    except ImportError:
        return None
    tag = f"{_FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.byteorder}"
    return cache_path("regex", part, tag, ".marshal", off="INVITRIAGE_NO_REGEX_CACHE")


def engine_tag() -> str:
    """What the compiled form depends on: the engine's magic and code size, the byte order, the Unicode version
    and the source of ``re``'s parser and compiler (worked out once per process)."""
    if "engine" not in _memo:
        _memo["engine"] = _engine_tag()
    return str(_memo["engine"])


def _engine_tag() -> str:
    import _sre
    import unicodedata
    from re import _casefix, _compiler, _constants, _parser  # type: ignore[attr-defined]

    h = blake2b(digest_size=16)
    for module in (_parser, _compiler, _constants, _casefix):
        h.update(Path(module.__file__).read_bytes())
    return (f"{_FORMAT}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.byteorder}"
            f"|{unicodedata.unidata_version}|{h.hexdigest()}")


def canary_entry() -> _Entry:
    """The canary's compiled form, as this engine makes it."""
    if "canary" not in _memo:
        _memo["canary"] = _fresh(_CANARY, re.I)[1]
    return _memo["canary"]  # type: ignore[return-value]


def _shipped_part(part: str) -> tuple[dict[_Key, _Entry], set[bytes]]:
    """The shipped compiled expressions of a part, or nothing when the file is missing, damaged, or was made for
    another engine (its tag or its canary differs)."""
    got = _shipped.get(part)
    if got is not None:
        return got
    got = ({}, set())
    if SHIPPED is not None:
        try:
            data = marshal.loads(zlib.decompress((SHIPPED / f"{part}.marshal.z").read_bytes()))
            if isinstance(data, dict) and isinstance(data.get("entries"), dict) \
                    and isinstance(data.get("rejected"), set) and data.get("engine") == engine_tag() \
                    and data.get("canary") == canary_entry():
                got = (data["entries"], data["rejected"])
        except Exception:  # noqa: BLE001 - missing, damaged or foreign: compiled the usual way
            pass
    _shipped[part] = got
    return got


def _read(part: str) -> _Part:
    """A part's file: its entries ((expression, flags) -> compiled data), the digests of expressions found not to
    be the package's (never stored as text), and the source tag it was written under. Empty when missing,
    damaged or foreign."""
    path = _cache_file(part)
    if path is not None:
        try:
            with path.open("rb") as f:
                data = marshal.load(f)
            if isinstance(data, dict) and isinstance(data.get("entries"), dict) \
                    and isinstance(data.get("rejected"), set) and isinstance(data.get("tag"), str):
                return _Part(data["entries"], data["rejected"], data["tag"])
        except (OSError, EOFError, ValueError, TypeError):
            pass
    return _Part({}, set(), "")


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


def _part_of(module: str) -> str:
    """"invitriage.benefit.roles" -> "benefit"; "invitriage.people" -> "people"."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 and pieces[0] == "invitriage" and pieces[1].isidentifier() else "other"


def compile(pattern: str, flags: int = 0, part: str = "") -> re.Pattern[str]:  # noqa: A001 - re's name
    """``re.compile(pattern, flags)``, from the shipped file or else the per-machine cache when one holds the
    expression. ``part`` names the file (by default the calling module's part of the package)."""
    flags = int(flags)
    if not isinstance(pattern, str) or not _engine_ok():
        return re.compile(pattern, flags)
    name = part or _part_of(sys._getframe(1).f_globals.get("__name__", ""))
    key = (pattern, flags)
    # The shipped file first: it is part of the package, so a command whose expressions are all there (an import)
    # neither looks for the machine's cache directory nor reads a file in it, nor checks that file at exit.
    entry = _shipped_part(name)[0].get(key)
    if entry is not None:
        try:
            return _built(pattern, entry)
        except Exception:  # noqa: BLE001 - a damaged entry: from the machine's file, or compiled, below
            pass
    kept = _parts.get(name)
    if kept is None:
        kept = _parts[name] = _read(name)
        if len(_parts) == 1:
            atexit.register(_save)
    entry = kept.entries.get(key)
    if entry is not None:
        try:
            compiled = _built(pattern, entry)
            kept.used.add(key)
            return compiled
        except Exception:  # noqa: BLE001 - a damaged entry: compiled again below
            pass
    try:
        compiled, entry = _fresh(pattern, flags)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - whatever the private path cannot do, re can
        return re.compile(pattern, flags)
    kept.new[key] = entry
    return compiled


_WORD = re.compile(r"[^\W\d_]{3,}")
_ESCAPE = re.compile(r"\\.")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(_ESCAPE.sub(" ", text)))


def _digest(key: _Key) -> bytes:
    return blake2b(f"{key[1]}|{key[0]}".encode("utf-8", "surrogatepass"), digest_size=12).digest()


def _sources() -> list[Path]:
    return sorted(Path(__file__).resolve().parent.rglob("*.py"))


def _package_tag() -> str:
    """Which version of the package's source this is (its files' names, sizes, modification times)."""
    h = blake2b(digest_size=12)
    for path in _sources():
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path}|{st.st_size}|{st.st_mtime_ns}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _package_words(tag: str) -> frozenset[str]:
    """Every word of the package's own Python source (escapes stripped, as in a pattern): read once per version
    of the package and kept beside the parts' files."""
    global _vocab
    if _vocab is not None and _vocab[0] == tag:
        return _vocab[1]
    path = _cache_file("words")
    try:
        if path is not None:
            with path.open("rb") as f:
                kept_tag, words = marshal.load(f)
            if kept_tag == tag and isinstance(words, frozenset):
                _vocab = (tag, words)
                return words
    except (OSError, EOFError, ValueError, TypeError):
        pass
    found: set[str] = set()
    for source in _sources():
        try:
            found |= _words(source.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
    vocab = _vocab = (tag, frozenset(found))
    if path is not None:
        write_atomically(path, lambda out: marshal.dump(vocab, out))
    return vocab[1]


def _save() -> None:
    """Write each part whose file lacks something this run compiled from the package's words (or was written
    under another version of the package); remember the digests of the other expressions."""
    if not _parts:
        return
    tag = _package_tag()
    for name, kept in list(_parts.items()):
        pending = {key: entry for key, entry in kept.new.items() if _digest(key) not in kept.rejected}
        if pending:  # what the shipped file knows not to be the package's is not stored either
            shipped_rejected = _shipped_part(name)[1]
            pending = {key: entry for key, entry in pending.items() if _digest(key) not in shipped_rejected}
        if not pending and (kept.tag == tag or not kept.entries and not kept.rejected):
            kept.new.clear()
            continue
        path = _cache_file(name)
        try:
            on_disk = _read(name)  # another process may have added to it since
            if on_disk.tag == tag and len(on_disk.entries) + len(on_disk.rejected) + len(pending) <= _MAX_ENTRIES:
                entries, rejected = on_disk.entries, on_disk.rejected
            else:  # another version of the package: keep what this run used, drop the rest
                entries = {key: kept.entries[key] for key in kept.used if key in kept.entries}
                rejected = set()
            known = _package_words(tag)
            for key, entry in pending.items():
                if _words(key[0]) <= known:
                    entries[key] = entry
                else:
                    rejected.add(_digest(key))
            data = {"entries": entries, "rejected": rejected, "tag": tag}
            if path is not None and write_atomically(path, lambda out: marshal.dump(data, out)):
                kept.entries, kept.rejected, kept.tag = entries, rejected, tag
        finally:
            kept.new.clear()
