"""Reading CSV tables the way exports and spreadsheets actually write them.

Handles UTF-8 with or without BOM, UTF-16 with or without BOM (some spreadsheet "Unicode text"
saves), UTF-32 with BOM, cp1252 (Excel on Windows), LF, CRLF or CR, a preamble before the header
row, and columns in any order and case. Every problem becomes an :class:`InputError` naming the
file and line; a quote that is never closed is one too (rather than a cell swallowing the rest).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from invitriage.errors import InputError

csv.field_size_limit(10 * 1024 * 1024)


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 is read as cp1252, on its own.

    One Excel-edited cell in a UTF-8 file ("Caf\xe9") then reads as "Café" and every other row stays
    as it is, instead of the whole file being re-read as cp1252 (which turns "Hélène" into "HÃ©lÃ¨ne").
    A file entirely in cp1252 reads correctly the same way, byte by byte.
    """
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return bytes(exc.object[exc.start : exc.end]).decode("cp1252", "replace"), exc.end


codecs.register_error("invitriage.cp1252", _cp1252_bytes)


def decode(data: bytes, path: str) -> str:
    """Bytes of a small text file → str: UTF-8 (stray cp1252 bytes read as such), UTF-16 or UTF-32."""
    return open_text(io.BytesIO(data), path).read()


class NotUtf8(Exception):
    """Raised mid-stream when a UTF-16 or UTF-32 file holds bytes that do not decode."""


def open_text(raw: BinaryIO, path: str, encoding: str | None = None) -> TextIO:
    """A text stream over ``raw``: BOM-aware UTF-8 (or UTF-16/UTF-32), or ``encoding`` when given.

    UTF-8 is read with cp1252 as the fallback for each byte that is not UTF-8 (Excel on Windows);
    UTF-16 without a BOM is recognised by its zero bytes (ASCII text has one in every other byte).
    """
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type,type-var]
    head = buffered.peek(4096)[:4096]
    if encoding is None:
        encoding = sniff_encoding(head)
    if not encoding.startswith(("utf-16", "utf-32")) and b"\x00" in head:
        raise InputError(path, "contains NUL bytes: not a text/CSV file")
    errors = "strict" if encoding.startswith(("utf-16", "utf-32")) else "invitriage.cp1252"
    return io.TextIOWrapper(buffered, encoding=encoding, errors=errors, newline="")


def sniff_encoding(head: bytes) -> str:
    """The encoding of a file from its first bytes: a BOM, the zero bytes of BOM-less UTF-16, else UTF-8."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(head) >= 2 and b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) >= len(odd) / 2 and even.count(0) <= len(even) / 50:
            return "utf-16-le"
        if even.count(0) >= len(even) / 2 and odd.count(0) <= len(odd) / 50:
            return "utf-16-be"
    return "utf-8"


def norm_column(name: str) -> str:
    """``' Sent At '`` → ``'sent at'``; ``'inviterProfileUrl'`` → ``'inviterprofileurl'``."""
    return " ".join(name.replace("\ufeff", "").split()).casefold()


class Table:
    """A parsed CSV: normalised header and an iterator of ``(line, row)``.

    ``cells`` gives the rows as lists, as wide as the header (the fast way for large files); ``rows``
    gives them as dicts keyed by column name. Both read the same stream: use one. (A plain class, not a
    dataclass: see :class:`invitriage.ingest.sources.SourceFile`.)
    """

    def __init__(self, path: str, header: list[str], header_line: int, cells: Iterator[tuple[int, list[str]]]) -> None:
        self.path = path
        self.header = header
        self.header_line = header_line
        self.cells = cells

    @property
    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        named = [(i, h) for i, h in enumerate(self.header) if h]
        return ((line, {h: row[i] for i, h in named}) for line, row in self.cells)


def read_table(
    text: str | TextIO,
    path: str,
    *,
    required: Iterable[str],
    header_marker: Iterable[str] | None = None,
    max_preamble: int = 20,
) -> Table:
    """Parse CSV text; the header is the first row holding all of ``header_marker``.

    Blank rows are skipped; at most ``max_preamble`` other rows may come before the header
    (with no marker at all, the first non-blank row is the header). ``required`` columns
    (normalised names) must all be present, else an InputError names the missing ones. Rows
    are yielded as dicts keyed by normalised column names.
    """
    required = list(required)
    marker = set(header_marker or required)
    stream = io.StringIO(text, newline="") if isinstance(text, str) else text
    lines = _Lines(stream, path)
    reader = csv.reader(lines, strict=False)
    header: list[str] | None = None
    header_line = 0
    first: list[str] | None = None
    best: tuple[int, list[str], int, bool] = (0, [], 0, False)  # the row closest to a header: (columns matched, names, line, spans lines)
    preamble = 0
    try:
        while preamble <= max_preamble:
            start = reader.line_num + 1
            row = next(reader, None)
            if row is None:
                break
            if lines.exhausted:
                raise _unbalanced(path, start)
            if not any(c.strip() for c in row):
                continue
            first = first or row
            names = [norm_column(c) for c in row]
            if marker <= set(names):
                header, header_line = names, reader.line_num
                break
            overlap = len(marker & set(names))
            if overlap > best[0]:
                best = (overlap, names, start, any("\n" in c or "\r" in c for c in row))
            preamble += 1
    except csv.Error as exc:
        raise InputError(path, _csv_problem(exc), line=reader.line_num) from None
    except UnicodeDecodeError:
        raise NotUtf8(path) from None
    if header is None:
        if first is None:
            raise InputError(path, "file is empty")
        if best[0]:  # a header with some of the columns: name the ones it lacks
            lacking = ", ".join(repr(c) for c in sorted(marker - set(best[1])))
            if best[3]:
                raise _unbalanced(path, best[2])  # the header's quote swallowed the next lines
            raise InputError(path, f"missing column(s) {lacking}; found {', '.join(h for h in best[1] if h)}",
                             line=best[2])
        wanted = ", ".join(repr(c) for c in sorted(marker))
        found = ", ".join(h for h in (norm_column(c) for c in first) if h)
        raise InputError(path, f"no column {wanted} in the header (columns: {found}){_separator_hint(first)}", line=1)
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
    return Table(path, header, header_line, _cells(reader, lines, header, path))


def _separator_hint(row: list[str]) -> str:
    """Why a header was not found, when the file is not comma-separated."""
    if len(row) == 1:
        if ";" in row[0]:
            return " (the file seems separated by ';', not commas: save it as CSV with commas)"
        if "\t" in row[0]:
            return " (the file seems separated by tabs, not commas: save it as CSV with commas)"
    return ""


def _csv_problem(exc: csv.Error) -> str:
    text = str(exc)
    if text.startswith("field larger than field limit"):
        return f"a cell is longer than {csv.field_size_limit()} characters"
    return f"malformed CSV: {text}"


def _unbalanced(path: str, line: int) -> InputError:
    return InputError(path, "unbalanced quote: a quoted cell of the row starting here never ends (a '\"' is missing)",
                      line=line)


class _Lines:
    """The physical lines of a text stream, for the csv reader: refuses NUL, notes the end. (The csv
    reader's ``line_num`` counts them.)"""

    def __init__(self, stream: Iterable[str], path: str):
        self._lines = stream
        self.path = path
        #: set once the stream is exhausted; if that happens while a row is being read, a quote never closed
        self.exhausted = False

    def __iter__(self) -> Iterator[str]:
        for number, line in enumerate(self._lines, 1):  # a generator: far cheaper per line than a __next__ method
            if "\x00" in line:
                raise InputError(self.path, "contains a NUL byte: not a text/CSV file", line=number)
            yield line
        self.exhausted = True


def _cells(reader: Any, lines: _Lines, header: list[str], path: str) -> Iterator[tuple[int, list[str]]]:
    width = len(header)
    before = reader.line_num  # the line before the row being read: the row starts after it
    try:
        for row in reader:
            number = reader.line_num
            if lines.exhausted:  # the csv reader reached the end of the file inside a quoted cell
                raise _unbalanced(path, before + 1)
            before = number
            n = len(row)
            if n == width:  # nearly every row: no blank-row scan unless its first cell is blank
                if row[0].strip() or "".join(row).strip():
                    yield number, row
            elif row and "".join(row).strip():
                if n > width and "".join(row[width:]).strip():
                    raise InputError(path, f"row has {n} fields but the header has {width}", line=number)
                yield number, row[:width] if n > width else row + [""] * (width - n)
    except csv.Error as exc:
        raise InputError(path, _csv_problem(exc), line=reader.line_num) from None
    except UnicodeDecodeError:
        raise NotUtf8(path) from None


def read_rows(path: Path, text_column: str) -> tuple[list[str], list[dict[str, str]]]:
    """Rows of any CSV whose ``text_column`` holds notes (``classify``); the column is also given as ``text``: a row with more cells than the header (an unquoted comma) is an error."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror})") from None
    column = norm_column(text_column)
    table = read_table(decode(data, str(path)), str(path), required=[column])
    rows = [row for _line, row in table.rows]
    return [h for h in table.header if h], [{**r, "text": r[column]} if column != "text" else r for r in rows]
