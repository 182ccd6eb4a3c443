"""The compiled expressions and templates shipped with the package (scripts/make_compiled.py): used when made for
this engine, ignored (compiled the usual way) when stale, foreign or damaged, and covering what the demo compiles."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from invitriage import rxcache

ROOT = Path(__file__).resolve().parent.parent
PART = "shippedpart"
PATTERN, FLAGS = r"\bjunior(?:s|es)?\b|\bdebutant(?:e)?s?\b", int(re.I)


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    """An empty machine cache, and a folder of shipped files the test writes."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("INVITRIAGE_NO_REGEX_CACHE", raising=False)
    folder = tmp_path / "shipped"
    folder.mkdir()
    monkeypatch.setattr(rxcache, "SHIPPED", folder)
    saved = dict(rxcache._parts), rxcache._engine, dict(rxcache._shipped)
    rxcache._parts.clear()
    rxcache._shipped.clear()
    rxcache._engine = None
    assert rxcache._engine_ok()
    yield folder
    rxcache._parts.clear()
    rxcache._parts.update(saved[0])
    rxcache._shipped.clear()
    rxcache._shipped.update(saved[2])
    rxcache._engine = saved[1]


def _write(folder: Path, **changes: object) -> None:
    entry = rxcache._fresh(PATTERN, FLAGS)[1]
    data = {"engine": rxcache.engine_tag(), "canary": rxcache.canary_entry(), "entries": {(PATTERN, FLAGS): entry},
            "rejected": set(), **changes}
    (folder / f"{PART}.marshal.z").write_bytes(zlib.compress(marshal.dumps(data)))


def _compiled_here() -> bool:
    """Compile the pattern as a new process would; True when it had to be compiled (not taken from a file)."""
    compiled = rxcache.compile(PATTERN, FLAGS, part=PART)
    assert compiled == re.compile(PATTERN, FLAGS)
    assert compiled.search("Two Juniors here").group() == "Juniors"
    return PART in rxcache._parts and (PATTERN, FLAGS) in rxcache._parts[PART].new


def test_a_file_made_for_this_engine_is_used(shipped):
    _write(shipped)
    assert not _compiled_here()
    assert PART not in rxcache._parts  # all of it shipped: the machine's cache is not even looked at


@pytest.mark.parametrize("changes", [
    {"engine": "3|cpython-399|20991231|4|little|99.0|0"},          # another Python, engine or re compiler
    {"canary": (0, b"\x00\x00\x00\x00", 0, {}, ())},              # same tag, but the canary comes out otherwise
    {"entries": [("not", "a dict")]},                              # a foreign layout
])
def test_a_stale_or_foreign_file_falls_back_to_compiling(shipped, changes):
    _write(shipped, **changes)
    assert _compiled_here()


def test_a_damaged_or_missing_file_falls_back_to_compiling(shipped):
    (shipped / f"{PART}.marshal.z").write_bytes(b"\x00garbage")
    assert _compiled_here()
    rxcache._parts.clear()
    rxcache._shipped.clear()
    (shipped / f"{PART}.marshal.z").unlink()
    assert _compiled_here()


def test_a_damaged_entry_falls_back_to_compiling(shipped):
    entry = list(rxcache._fresh(PATTERN, FLAGS)[1])
    entry[1] = b"\xff\xff\xff\xff" * 3
    _write(shipped, entries={(PATTERN, FLAGS): tuple(entry)})
    assert _compiled_here()


def test_the_shipped_expressions_cover_the_demo():
    """scripts/make_compiled.py --share runs the demo: at least 90 % of what it compiles is shipped (stale files are
    safe, only slower: a few changed expressions do not fail this; regenerate after a wave of draft changes)."""
    env = {k: v for k, v in os.environ.items() if k not in ("INVITRIAGE_NO_REGEX_CACHE", "INVITRIAGE_NO_TEMPLATE_CACHE")}
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_compiled.py"), "--share", "0.9"], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
