"""Untrusted text on its way out: to a terminal, into a one-line message, into a CSV a spreadsheet opens.

Names, headlines and notes come from strangers. A terminal obeys escape sequences hidden in them
(OSC 52 writes the clipboard, OSC 8 disguises links, CSI clears the screen), and a spreadsheet runs
a cell that starts with ``=``. Every CLI output and every CSV the tool writes goes through here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

# Joiners shape emoji and Persian/Indic words; they move no cursor and are kept.
_KEEP = frozenset("\u200c\u200d")


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code > 0xFFFF:  # a surrogate pair, so the result is also valid inside a JSON string
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def printable(text: str, keep: str = "") -> str:
    """``text`` with every character that is not printable shown as ``\\uXXXX`` (except those in ``keep``):
    control characters (ESC, BEL, C1 controls such as CSI ``\\x9b``), bidirectional overrides and other
    format characters, line separators and the undecodable bytes of a file name.

    >>> printable("Eve\\x1b]52;c;ZXZpbA==\\x07 \\u202egnp.exe")
    'Eve\\\\u001b]52;c;ZXZpbA==\\\\u0007 \\\\u202egnp.exe'
    >>> printable("line 1\\nline 2", keep="\\n")
    'line 1\\nline 2'
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch in keep or ch in _KEEP else _escape_char(ch) for ch in text)


def terminal(text: str) -> str:
    """Text for a terminal: line breaks and tabs stay, every other control is made visible."""
    return printable(text, keep="\n\t")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(value: Any) -> str:
    """A CSV cell that a spreadsheet shows as text and never runs as a formula.

    >>> csv_cell("=HYPERLINK(\\"http://evil\\")"), csv_cell("  +cmd|' /C calc'!A0"), csv_cell(0.5), csv_cell(None)
    ('\\'=HYPERLINK("http://evil")', "'  +cmd|' /C calc'!A0", '0.5', '')
    """
    text = "" if value is None else str(value)
    text = printable(text, keep="\n\t")
    return "'" + text if text.lstrip(" ").startswith(_FORMULA_START) else text


def write_csv(stream: TextIO, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> int:
    """The one CSV writer: a header, then each row's ``columns``, every cell through :func:`csv_cell`."""
    w = csv.writer(stream, lineterminator="\n")
    w.writerow(columns)
    n = 0
    for row in rows:
        w.writerow([csv_cell(row.get(c)) for c in columns])
        n += 1
    return n
