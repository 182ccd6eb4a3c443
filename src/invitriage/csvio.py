"""Reading CSV tables the way exports and spreadsheets actually write them.

Handles UTF-8 with or without BOM, UTF-16 (some spreadsheet "Unicode text" saves), cp1252
(Excel on Windows), LF or CRLF, a preamble before the header row, and columns in any order
and case. Every problem becomes an :class:`InputError` naming the file and line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import InputError

csv.field_size_limit(10 * 1024 * 1024)


def decode(data: bytes, path: str) -> str:
    """Bytes of a text file → str, guessing between UTF-8, UTF-16 and cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(path, "looks like UTF-16 but cannot be decoded") from None
    if b"\x00" in data[:4096]:
        raise InputError(path, "contains NUL bytes: not a text/CSV file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel on Windows re-saves as cp1252; bytes it cannot map are kept as U+FFFD.
        text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(path, "contains a NUL byte: not a text/CSV file", line=line)
    return text


def norm_column(name: str) -> str:
    """``' Sent At '`` → ``'sent at'``; ``'inviterProfileUrl'`` → ``'inviterprofileurl'``."""
    return " ".join(name.replace("\ufeff", "").split()).casefold()


@dataclass
class Table:
    """A parsed CSV: normalised header and an iterator of ``(line, row)``."""

    path: str
    header: list[str]
    header_line: int
    rows: Iterator[tuple[int, dict[str, str]]]


def read_table(
    text: str,
    path: str,
    *,
    required: Iterable[str],
    header_marker: Iterable[str] | None = None,
    max_preamble: int = 20,
) -> Table:
    """Parse CSV text; the header is the first row holding all of ``header_marker``.

    ``required`` columns (normalised names) must all be present, else an InputError names
    the missing ones. Rows are yielded as dicts keyed by normalised column names.
    """
    required = list(required)
    marker = set(header_marker or required)
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
    header: list[str] | None = None
    header_line = 0
    try:
        for _ in range(max_preamble + 1):
            row = next(reader, None)
            if row is None:
                break
            names = [norm_column(c) for c in row]
            if marker <= set(names):
                header, header_line = names, reader.line_num
                break
    except csv.Error as exc:
        raise InputError(path, f"malformed CSV: {exc}", line=reader.line_num) from None
    if header is None:
        if not text.strip():
            raise InputError(path, "file is empty")
        first = text.splitlines()[0][:80] if text.splitlines() else ""
        missing = ", ".join(sorted(marker))
        raise InputError(path, f"no header row with columns {missing} (first line: {first!r})", line=1)
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            raise InputError(path, f"duplicate column {name!r} in header", line=header_line)
        seen.add(name)
    missing = [c for c in required if c not in seen]
    if missing:
        raise InputError(
            path,
            f"missing column(s) {', '.join(repr(c) for c in missing)}; found {', '.join(h for h in header if h)}",
            line=header_line,
        )
    return Table(path, header, header_line, _rows(reader, header, path))


def _rows(reader: "csv._reader", header: list[str], path: str) -> Iterator[tuple[int, dict[str, str]]]:
    width = len(header)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(path, f"malformed CSV: {exc}", line=reader.line_num) from None
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) > width and any(c.strip() for c in row[width:]):
            raise InputError(
                path, f"row has {len(row)} fields but the header has {width}", line=reader.line_num
            )
        if len(row) < width:
            row = row + [""] * (width - len(row))
        yield reader.line_num, {h: row[i] for i, h in enumerate(header) if h}
