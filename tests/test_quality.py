"""The code stays clean: no unused names or syntax slips (ruff), and the types check (mypy)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


ROOT = Path(__file__).parent.parent


def test_ruff_finds_nothing():
    # ruff comes with the test extra; run from this interpreter, so a missing PATH entry cannot skip it.
    proc = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "F,E9,B007,B033", "src", "tests", "scripts", "benchmarks"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def test_mypy_finds_nothing():
    proc = subprocess.run([sys.executable, "-m", "mypy", "src/invitriage", "--ignore-missing-imports"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout
