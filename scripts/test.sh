#!/usr/bin/env bash
# Install everything the test suite needs on a fresh Debian machine, then run it.
# (The README's test command and CI's .ci/run both call this script.)
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
  # The browser tests drive Debian's Chromium; no browser is downloaded by Playwright.
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi
pip install -q -e '.[test]'
# One worker per core (pytest-xdist): the suite is mostly pure-Python drafting, so two cores halve it. `-n 0` after
# this script's name runs it in one process.
python -m pytest -n auto "$@"
