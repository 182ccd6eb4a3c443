"""The per-machine cache of compiled expressions: same patterns as re.compile, only the package's words stored."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys

import pytest

from invitriage import rxcache

PART = "testpart"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache directory and a module that has read nothing yet (its state restored afterwards)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("INVITRIAGE_NO_REGEX_CACHE", raising=False)
    monkeypatch.setattr(rxcache, "SHIPPED", None)  # the machine's files alone (the shipped ones: test_rxcache_shipped)
    saved = dict(rxcache._parts), rxcache._engine, rxcache._vocab, dict(rxcache._shipped)
    _restart()
    yield tmp_path
    rxcache._parts.clear()
    rxcache._parts.update(saved[0])
    rxcache._shipped.clear()
    rxcache._shipped.update(saved[3])
    rxcache._engine, rxcache._vocab = saved[1], saved[2]


def _restart():
    """As a new process: nothing read, nothing compiled."""
    rxcache._parts.clear()
    rxcache._shipped.clear()
    rxcache._engine = None
    rxcache._vocab = None


def _stored(folder):
    (path,) = (folder / "invitriage" / "regex").glob(f"{PART}-*.marshal")
    with path.open("rb") as f:
        return path, marshal.load(f)


PACKAGE_PATTERNS = [(r"\bjunior(?:s|es)?\b|\bdebutant(?:e)?s?\b", re.I),
                    (r"(?P<role>marketing|vertrieb)\s+(?:manager|director)(?:in)?", 0),
                    (r"^urn:li:(?:member|fsd_profile|person):(\S+)$", re.IGNORECASE)]


def test_patterns_come_back_from_the_file_identical_to_re_compile(fresh):
    for pattern, flags in PACKAGE_PATTERNS:
        assert rxcache.compile(pattern, flags, part=PART) == re.compile(pattern, flags)
    rxcache._save()
    _restart()
    for pattern, flags in PACKAGE_PATTERNS:
        compiled = rxcache.compile(pattern, flags, part=PART)
        assert compiled == re.compile(pattern, flags)
        assert compiled.groupindex == re.compile(pattern, flags).groupindex
    assert not rxcache._parts[PART].new  # every one was read from the file, none compiled again
    m = rxcache.compile(PACKAGE_PATTERNS[1][0], part=PART).search("notre marketing director arrive")
    assert m is not None and m.group("role") == "marketing"


def test_an_expression_built_from_a_note_is_never_written(fresh):
    note_pattern = r"\b" + re.escape("Zwerlinda Quaxmoor") + r"\b"
    rxcache.compile(note_pattern, part=PART)
    rxcache.compile(*PACKAGE_PATTERNS[0], part=PART)
    rxcache._save()
    path, stored = _stored(fresh)
    assert (PACKAGE_PATTERNS[0][0], int(PACKAGE_PATTERNS[0][1])) in stored["entries"]
    assert not any("Zwerlinda" in pattern for pattern, _ in stored["entries"])
    assert b"Zwerlinda" not in path.read_bytes() and b"Quaxmoor" not in path.read_bytes()
    # the next run compiles it again (it is not stored) but neither rewrites the file nor reads the package again
    _restart()
    assert rxcache.compile(note_pattern, part=PART).search("hi Zwerlinda Quaxmoor!")
    written = path.stat().st_mtime_ns
    rxcache._save()
    assert path.stat().st_mtime_ns == written and rxcache._vocab is None


def test_each_part_is_its_own_file_read_only_when_that_part_compiles(fresh):
    rxcache.compile(*PACKAGE_PATTERNS[0], part=PART)
    rxcache.compile(*PACKAGE_PATTERNS[1], part="otherpart")
    rxcache._save()
    _restart()
    rxcache.compile(*PACKAGE_PATTERNS[0], part=PART)
    assert set(rxcache._parts) == {PART}
    assert rxcache._part_of("invitriage.benefit.roles") == "benefit" and rxcache._part_of("invitriage.people") == "people"
    assert rxcache._part_of("tests.something") == "other"


def test_a_new_version_of_the_package_keeps_only_what_its_run_used(fresh, monkeypatch):
    for pattern, flags in PACKAGE_PATTERNS:
        rxcache.compile(pattern, flags, part=PART)
    rxcache._save()
    _restart()
    monkeypatch.setattr(rxcache, "_package_tag", lambda: "another version")
    rxcache.compile(*PACKAGE_PATTERNS[0], part=PART)
    rxcache._save()
    _path, stored = _stored(fresh)
    assert set(stored["entries"]) == {(PACKAGE_PATTERNS[0][0], int(PACKAGE_PATTERNS[0][1]))}
    assert stored["tag"] == "another version"


def test_a_damaged_file_falls_back_to_compiling_and_is_written_again(fresh):
    rxcache.compile(*PACKAGE_PATTERNS[0], part=PART)
    rxcache._save()
    path, _ = _stored(fresh)
    path.write_bytes(b"\x00garbage")
    _restart()
    assert rxcache.compile(*PACKAGE_PATTERNS[0], part=PART) == re.compile(*PACKAGE_PATTERNS[0])
    rxcache._save()
    _, stored = _stored(fresh)
    assert (PACKAGE_PATTERNS[0][0], int(PACKAGE_PATTERNS[0][1])) in stored["entries"]


def test_turned_off_it_writes_nothing_and_errors_stay_re_errors(fresh, monkeypatch):
    monkeypatch.setenv("INVITRIAGE_NO_REGEX_CACHE", "1")
    assert rxcache.compile(*PACKAGE_PATTERNS[1], part=PART) == re.compile(*PACKAGE_PATTERNS[1])
    rxcache._save()
    assert not (fresh / "invitriage").exists()
    _restart()
    monkeypatch.delenv("INVITRIAGE_NO_REGEX_CACHE")
    with pytest.raises(re.error):
        rxcache.compile(r"(unclosed", part=PART)


def test_a_second_process_compiles_none_of_the_judge_and_lexicon_expressions(tmp_path):
    """End to end: the first run writes the files; the next one imports the judge and the benefit lexicon
    (about a thousand expressions) without parsing one of them again."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("INVITRIAGE_NO_REGEX_CACHE", None)
    code = ("from invitriage import rxcache; rxcache.SHIPPED = None; import invitriage.benefit.matcher, invitriage.judge.rules; from invitriage import rxcache; "
            "print(sum(len(p.new) for p in rxcache._parts.values()), sum(len(p.entries) for p in rxcache._parts.values()))")
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    compiled_first, _ = map(int, first.stdout.split())
    compiled_second, read_second = map(int, second.stdout.split())
    assert compiled_first > 300
    assert compiled_second == 0 and read_second >= compiled_first
