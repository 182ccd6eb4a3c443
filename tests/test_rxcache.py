"""The per-machine cache of compiled expressions: same patterns as re.compile, only the package's words stored."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys

import pytest

from invitriage import rxcache


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache directory and a module that has read nothing yet (its state restored afterwards)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("INVITRIAGE_NO_REGEX_CACHE", raising=False)
    saved = rxcache._table, dict(rxcache._new), rxcache._engine, set(rxcache._rejected)
    _restart()
    yield tmp_path
    rxcache._table, rxcache._engine = saved[0], saved[2]
    rxcache._new.clear()
    rxcache._new.update(saved[1])
    rxcache._rejected.clear()
    rxcache._rejected.update(saved[3])


def _restart():
    rxcache._table, rxcache._engine = None, None
    rxcache._new.clear()
    rxcache._rejected.clear()


PACKAGE_PATTERNS = [(r"\bjunior(?:s|es)?\b|\bdebutant(?:e)?s?\b", re.I),
                    (r"(?P<role>marketing|vertrieb)\s+(?:manager|director)(?:in)?", 0),
                    (r"^urn:li:(?:member|fsd_profile|person):(\S+)$", re.IGNORECASE)]


def test_patterns_come_back_from_the_file_identical_to_re_compile(fresh):
    for pattern, flags in PACKAGE_PATTERNS:
        assert rxcache.compile(pattern, flags) == re.compile(pattern, flags)
    rxcache._save()
    files = list((fresh / "invitriage" / "regex").glob("patterns-*.marshal"))
    assert len(files) == 1
    _restart()
    for pattern, flags in PACKAGE_PATTERNS:
        compiled = rxcache.compile(pattern, flags)
        assert compiled == re.compile(pattern, flags)
        assert compiled.groupindex == re.compile(pattern, flags).groupindex
    assert not rxcache._new  # every one was read from the file, none compiled again
    m = rxcache.compile(PACKAGE_PATTERNS[1][0]).search("notre marketing director arrive")
    assert m is not None and m.group("role") == "marketing"


def test_an_expression_built_from_a_note_is_never_written(fresh):
    note_pattern = r"\b" + re.escape("Zwerlinda Quaxmoor") + r"\b"
    rxcache.compile(note_pattern)
    rxcache.compile(PACKAGE_PATTERNS[0][0], PACKAGE_PATTERNS[0][1])
    rxcache._save()
    (path,) = (fresh / "invitriage" / "regex").glob("patterns-*.marshal")
    with path.open("rb") as f:
        stored = marshal.load(f)
    assert (PACKAGE_PATTERNS[0][0], int(PACKAGE_PATTERNS[0][1])) in stored["entries"]
    assert not any("Zwerlinda" in pattern for pattern, _ in stored["entries"])
    assert b"Zwerlinda" not in path.read_bytes() and b"Quaxmoor" not in path.read_bytes()
    # the next run compiles it again (it is not stored) but does not rewrite the file for it
    _restart()
    assert rxcache.compile(note_pattern).search("hi Zwerlinda Quaxmoor!")
    written = path.stat().st_mtime_ns
    rxcache._save()
    assert path.stat().st_mtime_ns == written


def test_a_damaged_file_falls_back_to_compiling_and_is_written_again(fresh):
    rxcache.compile(*PACKAGE_PATTERNS[0])
    rxcache._save()
    (path,) = (fresh / "invitriage" / "regex").glob("patterns-*.marshal")
    path.write_bytes(b"\x00garbage")
    _restart()
    assert rxcache.compile(*PACKAGE_PATTERNS[0]) == re.compile(*PACKAGE_PATTERNS[0])
    rxcache._save()
    with path.open("rb") as f:
        assert (PACKAGE_PATTERNS[0][0], int(PACKAGE_PATTERNS[0][1])) in marshal.load(f)["entries"]


def test_turned_off_it_writes_nothing_and_errors_stay_re_errors(fresh, monkeypatch):
    monkeypatch.setenv("INVITRIAGE_NO_REGEX_CACHE", "1")
    assert rxcache.compile(*PACKAGE_PATTERNS[1]) == re.compile(*PACKAGE_PATTERNS[1])
    rxcache._save()
    assert not (fresh / "invitriage").exists()
    _restart()
    monkeypatch.delenv("INVITRIAGE_NO_REGEX_CACHE")
    with pytest.raises(re.error):
        rxcache.compile(r"(unclosed")


def test_a_second_process_compiles_none_of_the_judge_and_lexicon_expressions(tmp_path):
    """End to end: the first run writes the file; the next one imports the judge and the benefit lexicon
    (about a thousand expressions) without parsing one of them again."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("INVITRIAGE_NO_REGEX_CACHE", None)
    code = ("import invitriage.benefit.matcher, invitriage.judge.rules; from invitriage import rxcache; "
            "print(len(rxcache._new), len(rxcache._table))")
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    compiled_first, _ = map(int, first.stdout.split())
    compiled_second, read_second = map(int, second.stdout.split())
    assert compiled_first > 300
    assert compiled_second == 0 and read_second >= compiled_first
