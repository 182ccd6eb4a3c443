"""The prefilter's required strings are kept per machine; a kept file gives the same strings, a damaged or
foreign one is never trusted."""

from __future__ import annotations

from pathlib import Path

import pytest

from invitriage import prefilter
from invitriage.prefilter import Prefilter, required_strings

PATTERNS = [r"\bsommeli(?:er|ere)s?\b", r"\bwines?\b|\w*weingut\w*", r"[a-z]+ing", r"[a-z]+|founder"]


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("INVITRIAGE_NO_REGEX_CACHE", raising=False)
    return tmp_path


def _kept(home: Path) -> list[Path]:
    return sorted((home / "invitriage" / "prefilter").glob("required-*.marshal"))


def test_a_kept_file_gives_the_strings_the_parser_gives(cache_home: Path) -> None:
    fresh = [required_strings(p) for p in PATTERNS]
    assert prefilter._all_required(PATTERNS, 0) == fresh
    assert len(_kept(cache_home)) == 1
    assert prefilter._all_required(PATTERNS, 0) == fresh  # read back
    assert sorted(Prefilter(PATTERNS).candidates("sommeliere, wines")) == [0, 1, 3]


def test_other_patterns_never_read_another_lexicons_file(cache_home: Path) -> None:
    prefilter._all_required(PATTERNS, 0)
    other = [r"\bchef\b", r"\bcook(?:s|ing)?\b"]
    assert prefilter._all_required(other, 0) == [frozenset({"chef"}), frozenset({"cook"})]
    assert len(_kept(cache_home)) == 2


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", None])
def test_a_damaged_or_foreign_file_is_recomputed(cache_home: Path, damage: bytes | None) -> None:
    prefilter._all_required(PATTERNS, 0)
    (path,) = _kept(cache_home)
    import marshal

    path.write_bytes(damage if damage is not None else marshal.dumps([frozenset({"x"})]))  # wrong length
    assert prefilter._all_required(PATTERNS, 0) == [required_strings(p) for p in PATTERNS]


def test_the_cache_can_be_turned_off(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INVITRIAGE_NO_REGEX_CACHE", "1")
    assert prefilter._all_required(PATTERNS, 0) == [required_strings(p) for p in PATTERNS]
    assert _kept(cache_home) == []
