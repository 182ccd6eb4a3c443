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
from typing import BinaryIO, TextIO

from .errors import InputError

csv.field_size_limit(10 * 1024 * 1024)


def decode(data: bytes, path: str) -> str:
    """Bytes of a small text file → str, guessing between UTF-8, UTF-16 and cp1252."""
    stream = open_text(io.BytesIO(data), path)
    try:
        return stream.read()
    except UnicodeDecodeError:
        return open_text(io.BytesIO(data), path, "cp1252").read()


class NotUtf8(Exception):
    """Raised mid-stream when a file that looked like UTF-8 is not: the caller retries as cp1252."""


def open_text(raw: BinaryIO, path: str, encoding: str | None = None) -> TextIO:
    """A text stream over ``raw``: BOM-aware UTF-8 (or UTF-16), or ``encoding`` when given.

    Decoding is strict for UTF-8, so a cp1252 file raises UnicodeDecodeError while being read
    (see :class:`NotUtf8`); cp1252 maps its few undefined bytes to U+FFFD.
    """
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type]
    head = buffered.peek(4096)[:4096]
    if encoding is None:
        if head.startswith(b"\xef\xbb\xbf"):
            encoding = "utf-8-sig"
        elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
            encoding = "utf-16"
        else:
            encoding = "utf-8"
    if encoding != "utf-16" and b"\x00" in head:
        raise InputError(path, "contains NUL bytes: not a text/CSV file")
    errors = "replace" if encoding == "cp1252" else "strict"
    return io.TextIOWrapper(buffered, encoding=encoding, errors=errors, newline="")


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
    text: str | TextIO,
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
    stream = io.StringIO(text, newline="") if isinstance(text, str) else text
    reader = csv.reader(_nul_guard(stream, path), strict=False)
    header: list[str] | None = None
    header_line = 0
    seen_any = False
    try:
        for _ in range(max_preamble + 1):
            row = next(reader, None)
            if row is None:
                break
            seen_any = seen_any or any(c.strip() for c in row)
            names = [norm_column(c) for c in row]
            if marker <= set(names):
                header, header_line = names, reader.line_num
                break
    except csv.Error as exc:
        raise InputError(path, f"malformed CSV: {exc}", line=reader.line_num) from None
    except UnicodeDecodeError:
        raise NotUtf8(path) from None
    if header is None:
        if not seen_any:
            raise InputError(path, "file is empty")
        missing = ", ".join(sorted(marker))
        raise InputError(path, f"no header row with columns {missing}", line=1)
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


def _nul_guard(stream: Iterable[str], path: str) -> Iterator[str]:
    for number, line in enumerate(stream, 1):
        if "\x00" in line:
            raise InputError(path, "contains a NUL byte: not a text/CSV file", line=number)
        yield line


def _rows(reader: "csv._reader", header: list[str], path: str) -> Iterator[tuple[int, dict[str, str]]]:
    width = len(header)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(path, f"malformed CSV: {exc}", line=reader.line_num) from None
        except UnicodeDecodeError:
            raise NotUtf8(path) from None
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) > width and any(c.strip() for c in row[width:]):
            raise InputError(
                path, f"row has {len(row)} fields but the header has {width}", line=reader.line_num
            )
        if len(row) < width:
            row = row + [""] * (width - len(row))
        yield reader.line_num, {h: row[i] for i, h in enumerate(header) if h}
