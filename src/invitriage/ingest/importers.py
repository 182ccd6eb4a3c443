"""Importers: LinkedIn's data export (ZIP or folder) and lists of pending invitations.

Export files are dispatched by file name through :data:`EXPORT_IMPORTERS`; every other file of
an export is reported as ignored. A ``.csv``/``.jsonl``/``.json`` file that is not an export
file is read as a list of pending invitations (``name, headline, profile_url, sent_at, note``).

One call of :func:`import_paths` is one transaction: if any file fails, nothing is stored.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import lzma
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Generic, TextIO, TypeVar

from invitriage.ingest.csvio import NotUtf8, Table, open_text, read_table
from invitriage.ingest.dates import DateColumn, parse_any_instant, parse_connected_on, parse_message_date, parse_sent_at
from invitriage.errors import InputError
from invitriage.textsafe import printable
from invitriage.people import connection_key, name_key, person_key, profile_slug
from invitriage.storage.store import Store

#: Largest single file we read from an export (a real Invitations.csv is well under 10 MB); also the
#: most that all the export files of one archive may expand to together.
MAX_FILE_BYTES = 512 * 1024 * 1024
#: An archive member over 10 MB expanding more than this many times its compressed size is refused
#: before anything is decompressed (a real export compresses 5 to 20 times).
MAX_RATIO = 200
#: Members smaller than this are never refused for their ratio (ten megabytes of anything is cheap).
RATIO_FLOOR = 10 * 1024 * 1024
#: What a pending-invitations list may be called.
PENDING_SUFFIXES = (".csv", ".jsonl", ".json", ".ndjson", ".txt")
#: What a saved received-invitations page may be called ("Save page as…", HTML only or complete).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
#: Longest problem text in an error message (a cell quoted in full could be megabytes).
MAX_PROBLEM_CHARS = 300

#: What reading an archive member or a file can raise besides InputError: corrupt or truncated
#: deflate/bzip2/lzma data, a bad CRC, an unsupported compression method or encryption, I/O errors.
_READ_ERRORS = (OSError, EOFError, RuntimeError, NotImplementedError, ValueError, OverflowError,
                zipfile.BadZipFile, zlib.error, lzma.LZMAError, struct.error)

Progress = Callable[[str, int, int], None]


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


class _Guarded(io.RawIOBase):
    """A byte stream whose read errors (corrupt archive data, I/O errors) become one InputError,
    and that refuses to deliver more than ``limit`` bytes."""

    def __init__(self, inner: BinaryIO, display: str, limit: int):
        self._inner = inner
        self._display = display
        self._left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._inner.read(len(buffer))
        except _READ_ERRORS as exc:
            raise InputError(self._display, f"cannot read file ({_reason(exc)})") from None
        n = len(data)
        self._left -= n
        if self._left < 0:
            raise InputError(self._display, f"file is too large (more than {MAX_FILE_BYTES // 2**20} MB)")
        buffer[:n] = data
        return n

    def close(self) -> None:
        if not self.closed:
            try:
                self._inner.close()
            except _READ_ERRORS:
                pass
        super().close()


@dataclass
class SourceFile:
    display: str  # what error messages call it, e.g. "export.zip!Invitations.csv" (escaped, one line)
    name: str  # base name, for the registry
    opener: Callable[[], BinaryIO] | None = None  # None for files we only list as ignored
    size: int = 0
    modified: datetime | None = None  # the file's own time (a saved page's save time when nothing better)

    def open(self) -> BinaryIO:
        if self.opener is None:
            raise InputError(self.display, "not a file that can be read")
        try:
            inner = self.opener()
        except _READ_ERRORS as exc:
            raise InputError(self.display, f"cannot read file ({_reason(exc)})") from None
        return _Guarded(inner, self.display, MAX_FILE_BYTES)  # type: ignore[return-value]

    def count_lines(self) -> int:
        """A cheap pass over the bytes, for progress bars."""
        if self.size < 200_000:
            return max(self.size // 80, 1)
        n = 0
        with self.open() as f:
            while chunk := f.read(1 << 20):
                n += chunk.count(b"\n")
        return max(n, 1)


@dataclass
class FileReport:
    display: str
    kind: str  # invitations, connections, messages, profile, pending, page, ignored, skipped
    rows: int = 0
    new: int = 0
    #: what a reader should know about the file (a saved page's shortfall, invitations skipped by kind)
    notes: list[str] = field(default_factory=list)
    page_count: int | None = None
    slugs: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(f.new for f in self.files)

    @property
    def ignored(self) -> list[str]:
        return [f.display for f in self.files if f.kind == "ignored"]


@dataclass
class _Context:
    store: Store
    import_id: int
    progress: Progress | None
    saved_at: datetime | None = None  # --saved-at: when the saved pages were saved

    def lines(self, src: SourceFile) -> int:
        return src.count_lines() if self.progress is not None else 1

    def tick(self, display: str, done: int, total: int) -> None:
        if self.progress is not None and done % 500 == 0:
            self.progress(display, done, total)


# -- reading sources ------------------------------------------------------------------------


def _unsafe_member(name: str) -> bool:
    """An absolute path, a drive letter or a ``..`` component: never in a real export."""
    name = name.replace("\\", "/")
    return name.startswith("/") or bool(re.match(r"[A-Za-z]:", name)) or ".." in name.split("/")


def _declared_entries(path: Path) -> int | None:
    """How many entries the end record of an archive announces (zipfile reads the directory by its
    size, so a damaged entry can silently hide the ones after it)."""
    end_record = getattr(zipfile, "_EndRecData", None)  # private, stable since Python 2: skip the check if gone
    entries_total = getattr(zipfile, "_ECD_ENTRIES_TOTAL", None)
    if end_record is None or entries_total is None:
        return None
    with open(path, "rb") as f:
        endrec = end_record(f)
    if not endrec:
        return None
    return int(endrec[entries_total])


def _member_opener(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], BinaryIO]:
    def opener() -> BinaryIO:
        return zf.open(info)  # type: ignore[return-value]

    return opener


def _read_zip(path: Path) -> Iterator[SourceFile]:
    """The members of an archive. The whole directory is checked before anything is read: a member
    with an unsafe path, a symbolic link or the size of a zip bomb refuses the archive."""
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
        declared = _declared_entries(path)
    except _READ_ERRORS as exc:
        raise InputError(printable(str(path)), f"not a readable ZIP archive ({_reason(exc)})") from None
    if declared is not None and declared != len(infos):
        zf.close()
        raise InputError(printable(str(path)), f"not a readable ZIP archive (its directory is damaged: "
                                               f"{len(infos)} entries found, {declared} declared)")
    with zf:
        sources: list[SourceFile] = []
        total = 0
        for info in infos:
            display = printable(f"{path}!{info.filename}")
            if _unsafe_member(info.filename):
                raise InputError(display, "unsafe path in archive (absolute or with '..'): refusing the archive")
            if stat.S_ISLNK(info.external_attr >> 16):
                raise InputError(display, "archive member is a symbolic link: refusing the archive")
            if info.is_dir():
                continue
            member = PurePosixPath(info.filename.replace("\\", "/"))
            if member.name.lower() not in EXPORT_IMPORTERS and not member.name.lower().endswith(PAGE_SUFFIXES):
                sources.append(SourceFile(display, member.name))  # listed as ignored, never decompressed
                continue
            if info.file_size > MAX_FILE_BYTES:
                raise InputError(display, f"archive member is too large ({info.file_size:,} bytes uncompressed; "
                                          f"the limit is {MAX_FILE_BYTES // 2**20} MB)")
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
                raise InputError(display, f"archive member expands {ratio:,.0f} times its compressed size (zip bomb?)")
            total += info.file_size
            if total > MAX_FILE_BYTES:
                raise InputError(printable(str(path)), "the export files of the archive are too large together "
                                                       f"(more than {MAX_FILE_BYTES // 2**20} MB uncompressed)")
            sources.append(SourceFile(display, member.name, _member_opener(zf, info), info.file_size,
                                      _zip_time(info.date_time)))
        yield from sources


def _zip_time(date_time: tuple[int, int, int, int, int, int]) -> datetime | None:
    try:
        return datetime(*date_time, tzinfo=timezone.utc)
    except ValueError:
        return None


def _read_folder(path: Path) -> Iterator[SourceFile]:
    try:
        files = sorted(p for p in path.rglob("*") if p.is_symlink() or p.is_file())
    except OSError as exc:
        raise InputError(printable(str(path)), f"cannot read folder ({_reason(exc)})") from None
    for file in files:
        display = printable(str(file))
        if file.name.lower() not in EXPORT_IMPORTERS and not file.name.lower().endswith(PAGE_SUFFIXES):
            yield SourceFile(display, file.name)
        elif file.is_symlink():
            raise InputError(display, "is a symbolic link: links inside an export folder are not followed "
                                      "(copy the file instead)")
        else:
            yield _file_source(file)


def _file_source(path: Path) -> SourceFile:
    display = printable(str(path))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(display, f"cannot read file ({_reason(exc)})") from None
    if size > MAX_FILE_BYTES:
        raise InputError(display, f"file is too large (more than {MAX_FILE_BYTES // 2**20} MB)")
    modified = datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
    return SourceFile(display, path.name, lambda: open(path, "rb"), size, modified)


def _path_kind(p: Path) -> str:
    """``folder``, ``zip`` (an export archive) or ``file`` (a pending list, or an unsupported file)."""
    display = printable(str(p))
    try:
        if not p.exists():
            raise InputError(display, "no such file or directory")
        if p.is_dir():
            return "folder"
        if not p.is_file():
            raise InputError(display, "not a regular file (a device, pipe or socket cannot be imported)")
        if p.suffix.lower() == ".zip":
            return "zip"
        with open(p, "rb") as f:
            magic = f.read(4)
    except OSError as exc:
        raise InputError(display, f"cannot read ({_reason(exc)})") from None
    if magic in (b"PK\x03\x04", b"PK\x05\x06"):
        if not p.suffix:
            return "zip"  # an export saved without its extension
        if p.suffix.lower() in PENDING_SUFFIXES:
            raise InputError(display, "is a ZIP archive, not a CSV or JSON file (rename it to .zip to import it as an export)")
    return "file"


def _sources(p: Path, kind: str) -> Iterator[SourceFile]:
    if kind == "folder":
        yield from _read_folder(p)
    elif kind == "zip":
        yield from _read_zip(p)
    else:
        yield _file_source(p)


# -- one importer per export file ---------------------------------------------------------------


_RAW = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
#: How _RAW writes a string (the C encoder's own function).
_ENCODE_STR: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _raw(row: dict[str, str]) -> str:
    return _RAW.encode(row)


def _date(src: SourceFile, line: int, column: str, parse: Callable[[str], str], value: str) -> str:
    """``parse(value)``, or an InputError naming the column (a year-1 or year-9999 date overflows)."""
    try:
        return parse(value)
    except ValueError as exc:
        raise InputError(src.display, f"{column}: {exc}", line) from None
    except OverflowError:
        raise InputError(src.display, f"{column}: date {value!r} is out of range", line) from None


_Row = TypeVar("_Row")


class _Dated(Generic[_Row]):
    """Rows of one file whose date column's day/month order may only be told by a later row.

    ``take`` yields the finished rows in file order as far as the dates allow; a row whose numeric date
    is ambiguous waits (with its builder) until a row of the same shape decides the order. ``finish``
    yields what is left, or names the first row whose date no row could decide.
    """

    def __init__(self, src: SourceFile, column: str, parse: Callable[[str], str]):
        self.src, self.column, self.dates = src, column, DateColumn(parse)
        self.waiting: list[tuple[int, str, Callable[[str], _Row]]] = []

    def _read(self, line: int, value: str) -> str | None:
        try:
            return self.dates.read(value)
        except ValueError as exc:
            raise InputError(self.src.display, f"{self.column}: {exc}", line) from None
        except OverflowError:
            raise InputError(self.src.display, f"{self.column}: date {value!r} is out of range", line) from None

    def ready(self, line: int, value: str) -> str | None:
        """The date at once, when nothing waits and the value decides itself (nearly every row): no
        generator per row on the hot path."""
        return None if self.waiting else self._read(line, value)

    def take(self, line: int, value: str, build: Callable[[str], _Row]) -> Iterator[_Row]:
        when = self._read(line, value)
        if when is None:
            self.waiting.append((line, value, build))
            return
        if self.waiting:
            still = []
            for w_line, w_value, w_build in self.waiting:
                decided = self._read(w_line, w_value)
                if decided is None:
                    still.append((w_line, w_value, w_build))
                else:
                    yield w_build(decided)
            self.waiting = still
        yield build(when)

    def finish(self) -> Iterator[_Row]:
        for line, value, build in self.waiting:
            decided = self._read(line, value)
            if decided is None:
                raise InputError(self.src.display, f"{self.column}: {self.dates.ambiguous(value)}", line)
            yield build(decided)
        self.waiting = []


def _key(src: SourceFile, line: int, url: str | None, name: str | None, sent_at: str | None = None) -> str:
    try:
        return person_key(url, name, sent_at)
    except ValueError:  # urlsplit refuses e.g. "http://[::1" or a host that changes under NFKC
        raise InputError(src.display, f"profile URL {url!r} is not a valid URL", line) from None


def _slug(src: SourceFile, line: int, url: str | None) -> str | None:
    try:
        return profile_slug(url)
    except ValueError:
        raise InputError(src.display, f"profile URL {url!r} is not a valid URL", line) from None


def _raw_cells(header: list[str]) -> Callable[[list[str]], str]:
    """``_raw`` of a row given as cells: the same JSON text, by one format per file instead of an
    encoder run per row."""
    kept = [i for i, h in enumerate(header) if h]
    fmt = "{" + ", ".join(_RAW.encode(header[i]).replace("%", "%%") + ": %s" for i in kept) + "}"
    if len(kept) == len(header):
        return lambda cells: fmt % tuple(map(_ENCODE_STR, cells))
    return lambda cells: fmt % tuple(_ENCODE_STR(cells[i]) for i in kept)


def import_invitations(ctx: _Context, src: SourceFile, stream: TextIO) -> FileReport:
    table = read_table(stream, src.display, required=["from", "to", "sent at", "direction"])
    header = table.header
    col = {h: i for i, h in enumerate(header) if h}
    i_from, i_to, i_sent, i_dir = col["from"], col["to"], col["sent at"], col["direction"]
    i_message = col.get("message")
    # a column the file lacks reads as "" (like row.get(...) or "")
    i_inviter = [col[c] for c in ("inviterprofileurl", "inviterprofileurn") if c in col]
    i_invitee = [col[c] for c in ("inviteeprofileurl", "inviteeprofileurn") if c in col]
    raw_of = _raw_cells(header)
    report = FileReport(src.display, "invitations")
    total = ctx.lines(src)
    owner_url: list[str] = []
    display, import_id = src.display, ctx.import_id

    dated: _Dated[tuple[Any, ...]] = _Dated(src, "Sent At", parse_sent_at)
    read_date = dated.dates.read

    def rows() -> Iterator[tuple[Any, ...]]:
        n = 0
        for line, row in table.cells:
            n += 1
            report.rows = n
            if n % 500 == 0:
                ctx.tick(display, n, total)
            if row[i_dir].strip().upper() not in ("INCOMING", "OUTGOING"):
                raise InputError(display, f"Direction must be INCOMING or OUTGOING, not {row[i_dir]!r}", line)
            if not dated.waiting:  # nearly every row: the date decides itself
                try:
                    when = read_date(row[i_sent])
                except (ValueError, OverflowError):
                    when = dated.ready(line, row[i_sent])  # raises the InputError naming the line
                if when is not None:
                    yield build(line, row, when)
                    continue
            yield from dated.take(line, row[i_sent], functools.partial(build, line, row))
        yield from dated.finish()

    def build(line: int, row: list[str], sent_at: str) -> tuple[Any, ...]:
        direction = row[i_dir].strip().upper()
        inviter = invitee = ""
        for i in i_inviter:
            if row[i]:
                inviter = row[i]
                break
        for i in i_invitee:
            if row[i]:
                invitee = row[i]
                break
        incoming = direction == "INCOMING"
        name = " ".join((row[i_from] if incoming else row[i_to]).split())
        url = (inviter if incoming else invitee).strip()
        if not owner_url:
            mine = (invitee if incoming else inviter).strip()
            if mine and _slug(src, line, mine):
                owner_url.append(mine)
        if not name and not _slug(src, line, url):
            raise InputError(display, "row has neither a name nor a profile URL", line)
        return (direction, _key(src, line, url, name, sent_at), name_key(name), name, url or None, None, sent_at,
                row[i_message].strip() if i_message is not None else "", f"{display}:{line}", raw_of(row),
                import_id, None, None, None, None, None, None)

    before = ctx.store.count("invitations")
    ctx.store.add_invitation_rows(rows())
    report.new = ctx.store.count("invitations") - before
    if owner_url and not ctx.store.get_meta("owner_profile_url"):
        ctx.store.set_meta("owner_profile_url", owner_url[0])
    return report


def import_connections(ctx: _Context, src: SourceFile, stream: TextIO) -> FileReport:
    table = read_table(stream, src.display, required=["first name", "last name", "connected on"])
    report = FileReport(src.display, "connections")
    total = ctx.lines(src)
    seen: dict[str, int] = {}

    def rows() -> Iterator[dict[str, Any]]:
        for line, row in table.rows:
            report.rows += 1
            ctx.tick(src.display, report.rows, total)
            first, last = row["first name"].strip(), row["last name"].strip()
            url = (row.get("url") or "").strip()
            full = f"{first} {last}".strip()
            connected = row["connected on"].strip()
            connected_on = _date(src, line, "Connected On", parse_connected_on, connected) if connected else None
            slug = _slug(src, line, url)
            if slug:
                key = slug
            else:
                key = connection_key(full, connected_on, row.get("company") or "", row.get("position") or "", seen)
            yield {
                "person_key": key,
                "name_key": name_key(full),
                "first_name": first,
                "last_name": last,
                "profile_url": url or None,
                "email": (row.get("email address") or "").strip() or None,
                "company": (row.get("company") or "").strip() or None,
                "position": (row.get("position") or "").strip() or None,
                "connected_on": connected_on,
                "raw": _raw(row),
            }

    before = ctx.store.count("connections")
    ctx.store.add_connections(rows(), ctx.import_id)
    report.new = ctx.store.count("connections") - before
    return report


def _split_urls(value: str) -> list[str]:
    return [u.strip() for u in value.replace(";", ",").split(",") if u.strip()]


def import_messages(ctx: _Context, src: SourceFile, stream: TextIO) -> FileReport:
    table = read_table(stream, src.display, required=["from", "date", "content"])
    report = FileReport(src.display, "messages")
    total = ctx.lines(src)

    def rows() -> Iterator[dict[str, Any]]:
        for line, row in table.rows:
            report.rows += 1
            ctx.tick(src.display, report.rows, total)
            if (row.get("is message draft") or "").strip().lower() == "yes":
                continue
            date = _date(src, line, "DATE", parse_message_date, row["date"]) if row["date"].strip() else None
            sender_url = (row.get("sender profile url") or "").strip()
            recipients = [_key(src, line, u, None) for u in _split_urls(row.get("recipient profile urls") or "")]
            if not recipients:  # older shapes name the recipients only ("To": names, comma-separated)
                recipients = [f"name:{k}" for k in (name_key(n) for n in re.split(r"[,;]", row.get("to") or "")) if k]
            yield {
                "row_hash": hashlib.sha1(_raw(row).encode()).hexdigest(),
                "conversation_id": (row.get("conversation id") or "").strip() or None,
                "from_name": row["from"].strip(),
                "sender_key": _key(src, line, sender_url, row["from"]) if sender_url else f"name:{name_key(row['from'])}",
                "recipient_keys": json.dumps(recipients, ensure_ascii=False),
                "date": date,
                "subject": (row.get("subject") or "").strip() or None,
                "content": row["content"],
                "folder": (row.get("folder") or "").strip() or None,
                "raw": _raw(row),
            }

    before = ctx.store.count("messages")
    ctx.store.add_messages(rows(), ctx.import_id)
    report.new = ctx.store.count("messages") - before
    return report


def import_profile(ctx: _Context, src: SourceFile, stream: TextIO) -> FileReport:
    table = read_table(stream, src.display, required=["first name", "last name", "headline"])
    report = FileReport(src.display, "profile")
    for _line, row in table.rows:
        report.rows += 1
        if report.rows > 1:
            continue  # the owner is the first row; later ones are not expected
        had = ctx.store.owner()
        ctx.store.set_owner(
            {
                "first_name": row["first name"].strip(),
                "last_name": row["last name"].strip(),
                "headline": (row.get("headline") or "").strip(),
                "summary": (row.get("summary") or "").strip(),
                "industry": (row.get("industry") or "").strip(),
                "location": (row.get("geo location") or "").strip(),
                "raw": _raw(row),
            }
        )
        report.new = 0 if had and had["raw"] == _raw(row) else 1
    return report


EXPORT_IMPORTERS: dict[str, Callable[[_Context, SourceFile, TextIO], FileReport]] = {
    "invitations.csv": import_invitations,
    "connections.csv": import_connections,
    "messages.csv": import_messages,
    "profile.csv": import_profile,
}

# -- pending invitations with headlines --------------------------------------------------------

PENDING_COLUMNS = ("name", "headline", "profile_url", "sent_at", "note")
_ALIASES = {"message": "note", "url": "profile_url", "profile url": "profile_url", "sent at": "sent_at",
            "date": "sent_at", "full name": "name"}


_SURROGATE = re.compile("[\ud800-\udfff]")


def _pending_fields(src: SourceFile, line: int, row: dict[str, Any]) -> dict[str, Any]:
    """A pending-list row with its columns' aliases resolved, checked (the date is read separately)."""
    aliased: dict[str, Any] = {}
    given: dict[str, str] = {}
    for key, value in row.items():
        target = _ALIASES.get(key, key)
        if target in given and value is not None and aliased[target] is not None:
            raise InputError(src.display, f"{given[target]!r} and {key!r} both give {target!r}", line)
        if target not in given or value is not None:
            aliased[target], given[target] = value, key
    row = aliased
    value = row.get("name")
    if value is None or not str(value).strip():
        raise InputError(src.display, "missing value for 'name'", line)
    for key in PENDING_COLUMNS:
        value = row.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError(src.display, f"{key!r} must be a string, not {type(value).__name__}", line)
        if "\x00" in value:
            raise InputError(src.display, f"{key!r} contains a NUL character", line)
        if _SURROGATE.search(value):  # a lone "\ud83d" from JSON cannot be stored as UTF-8
            row[key] = _SURROGATE.sub("\ufffd", value)
    return row


def _pending_row(src: SourceFile, line: int, row: dict[str, Any], sent_at: str, precision: str | None = None) -> dict[str, Any]:
    name = " ".join(row["name"].split())
    url = (row.get("profile_url") or "").strip()
    given = str(row.get("sent_at") or "").strip()
    if precision is None and given and not re.search(r"\d:\d", given):
        precision = "day"  # "2026-09-03", "9/3/2026": the day, not the minute
    return {
        "date_precision": precision,
        "direction": "INCOMING",
        "person_key": _key(src, line, url, name, sent_at),
        "name_key": name_key(name),
        "name": name,
        "profile_url": url or None,
        "headline": (row.get("headline") or "").strip() or None,
        "sent_at": sent_at,
        "note": (row.get("note") or "").strip(),
        "source": f"{src.display}:{line}",
        "raw": _SURROGATE.sub("\ufffd", json.dumps(row, ensure_ascii=False, sort_keys=True)),
    }


def _pending_csv(src: SourceFile, text: TextIO) -> Iterator[tuple[int, dict[str, Any]]]:
    table: Table = read_table(text, src.display, required=[], header_marker=[], max_preamble=0)
    given: dict[str, str] = {}
    for column in table.header:
        target = _ALIASES.get(column, column)
        if not column:
            continue
        if target in given:
            raise InputError(src.display, f"columns {given[target]!r} and {column!r} both give {target!r}",
                             line=table.header_line)
        given[target] = column
    for required in ("name",):
        if required not in given:
            raise InputError(
                src.display,
                f"not an export file and not a pending-invitations list: missing column {required!r} "
                f"(expected {', '.join(PENDING_COLUMNS)})",
                line=table.header_line,
            )
    yield from table.rows


def _pending_json(src: SourceFile, stream: TextIO) -> Iterator[tuple[int, dict[str, Any]]]:
    """JSON Lines (one object per line), or a JSON array of objects when the file starts with ``[``."""
    try:
        lines = iter(stream)
        number = 0
        for first in lines:
            number += 1
            if first.strip():
                break
        else:
            raise InputError(src.display, "file is empty")
        if first.lstrip().startswith("["):
            yield from _json_array(src, first + "".join(lines), number)
            return
        yield from _json_line(src, number, first)
        for line in lines:
            number += 1
            yield from _json_line(src, number, line)
    except UnicodeDecodeError:
        raise NotUtf8(src.display) from None


def _json_loads(src: SourceFile, text: str, line: int, *, multiline: bool) -> Any:
    """``json.loads``; an error names ``line`` (the first line of ``text``), or the line inside ``text``."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(src.display, f"invalid JSON: {exc.msg}", line + exc.lineno - 1 if multiline else line) from None
    except RecursionError:
        raise InputError(src.display, "JSON nested too deeply", line) from None
    except ValueError:  # an integer of more than 4300 digits
        raise InputError(src.display, "invalid JSON: a number with too many digits", line) from None


_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _line_breaks(text: str, start: int, end: int) -> int:
    """Line ends between two offsets, counted as the file's lines are (LF, CRLF or CR)."""
    return text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)


def _json_array(src: SourceFile, text: str, first_line: int) -> Iterator[tuple[int, dict[str, Any]]]:
    items = _json_loads(src, text, first_line, multiline=True)
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    line, counted = first_line, 0
    for i, item in enumerate(items, 1):
        pos = _JSON_SPACE.match(text, pos).end()  # type: ignore[union-attr]
        line += _line_breaks(text, counted, pos)
        counted = pos
        if not isinstance(item, dict):
            raise InputError(src.display, f"item {i} is not a JSON object", line)
        yield line, item
        _, end = decoder.raw_decode(text, pos)  # parsed once already: this only finds where the item ends
        pos = _JSON_SPACE.match(text, end).end() + 1  # type: ignore[union-attr]  # past the comma


def _json_line(src: SourceFile, lineno: int, line: str) -> Iterator[tuple[int, dict[str, Any]]]:
    if "\x00" in line:
        raise InputError(src.display, "contains a NUL byte: not a text file", lineno)
    if line.strip():
        item = _json_loads(src, line, lineno, multiline=False)
        if not isinstance(item, dict):
            raise InputError(src.display, "each line must be a JSON object", lineno)
        yield lineno, item


def import_pending(ctx: _Context, src: SourceFile, stream: TextIO) -> FileReport:
    is_json = src.name.lower().endswith((".jsonl", ".json", ".ndjson"))
    items = _pending_json(src, stream) if is_json else _pending_csv(src, stream)
    report = FileReport(src.display, "pending")
    total = ctx.lines(src)

    from invitriage.ingest.pages import parse_relative_time

    dated: _Dated[dict[str, Any]] = _Dated(src, "sent_at", parse_any_instant)
    # Relative dates count back from when the list was made: --saved-at, else the file's time, else now.
    seen = ctx.saved_at or src.modified or datetime.now(timezone.utc)

    def rows() -> Iterator[dict[str, Any]]:
        for line, item in items:
            report.rows += 1
            ctx.tick(src.display, report.rows, total)
            row = _pending_fields(src, line, item)
            value = str(row.get("sent_at") or "").strip()
            relative = parse_relative_time(value, seen) if value else None
            if not value:  # no date at all: seen pending when the list was made
                yield _pending_row(src, line, row, seen.replace(microsecond=0).isoformat(), "unknown")
            elif relative is not None:  # "3 days ago", "Yesterday", "2 weeks ago" (copied from the page)
                yield _pending_row(src, line, row, relative[0], relative[1])
            else:
                yield from dated.take(line, value, functools.partial(_pending_row, src, line, row))
        yield from dated.finish()

    before = ctx.store.count("invitations")
    ctx.store.add_invitations(rows(), ctx.import_id)
    report.new = ctx.store.count("invitations") - before
    return report


def import_page(ctx: _Context, src: SourceFile) -> FileReport:
    """A saved received-invitations page: one pending invitation per person card, in the page's order."""
    from invitriage.ingest.pages import parse_saved_page

    with src.open() as raw:
        try:
            data = raw.read()
        except _READ_ERRORS as exc:
            raise InputError(src.display, f"cannot read file ({_reason(exc)})") from None
    page = parse_saved_page(data, source=src.display, saved_at=ctx.saved_at, file_mtime=src.modified)
    report = FileReport(src.display, "page", rows=len(page.cards), page_count=page.page_count,
                        slugs=[c.slug for c in page.cards])
    seen = page.saved_at.replace(microsecond=0).isoformat()
    rows = []
    for rank, card in enumerate(page.cards, start=1):
        rows.append({
            "direction": "INCOMING", "person_key": card.slug, "name_key": name_key(card.name), "name": card.name,
            "profile_url": card.profile_url, "headline": card.headline, "sent_at": card.sent_at or seen,
            "note": card.note or "", "source": f"{src.display}#{rank}",
            "raw": json.dumps({k: v for k, v in card.__dict__.items() if v is not None}, ensure_ascii=False, sort_keys=True),
            "mutual": card.mutual, "date_precision": card.date_precision or ("unknown" if not card.sent_at else None),
            "message_url": card.message_url, "invitation_urn": card.invitation_id, "page_seen_at": seen, "page_rank": rank,
        })
    before = ctx.store.count("invitations")
    with ctx.store.atomic():
        ctx.store.add_invitations(rows, ctx.import_id)
    report.new = ctx.store.count("invitations") - before
    skipped = ", ".join(f"{n} {kind}" for kind, n in page.skipped.items() if n)
    if skipped:
        report.notes.append(f"skipped invitations that are not from people: {skipped}")
    report.notes.extend(page.warnings)  # among them the shortfall against the page's own count
    filtered = any(w in f"{page.page_count_label or ''} {page.saved_from or ''}".lower()
                   for w in ("mutual", "company", "school", "verified", "commun", "gemeinsam", "with_"))
    if page.page_count is not None and not page.shortfall and not filtered:
        # A complete save of the whole list: who was on an earlier save and is not on this one was accepted
        # or ignored on LinkedIn meanwhile. Nothing is left to do about them.
        gone = ctx.store.mark_gone(seen)
        if gone:
            report.notes.append(f"{gone} invitation(s) seen on an earlier save are no longer on the page "
                                "(accepted or ignored on LinkedIn): they leave the lists")
    return report


def _run(ctx: _Context, importer: Callable[[_Context, SourceFile, TextIO], FileReport], src: SourceFile) -> FileReport:
    """Stream one file into the store, inside its own savepoint."""
    detected = None
    try:
        with ctx.store.atomic(), src.open() as raw:
            stream = open_text(raw, src.display)
            detected = stream.encoding
            try:
                return importer(ctx, src, stream)
            except UnicodeDecodeError:
                raise NotUtf8(src.display) from None
    except NotUtf8:
        label = "UTF-16" if (detected or "").startswith("utf-16") else "UTF-32" if (detected or "").startswith("utf-32") else "text"
        raise InputError(src.display, f"cannot decode the file as {label}: it is cut short or holds "
                                      "invalid characters") from None


# -- entry point --------------------------------------------------------------------------------


#: Export files that the rest of an import can do without (``--skip`` them when one is damaged).
OPTIONAL_FILES = ("connections.csv", "messages.csv", "profile.csv")


def import_paths(store: Store, paths: Iterable[str | os.PathLike[str]], progress: Progress | None = None,
                 skip: Iterable[str] = (), saved_at: datetime | None = None) -> ImportReport:
    """Import exports and pending-invitation lists in one transaction.

    Any problem raises one :class:`InputError` (one line: file, line, problem) and stores nothing.
    ``skip`` names export files (``messages.csv``) to leave out, e.g. one that is damaged.

    >>> # report = import_paths(store, ["Complete_LinkedInDataExport_11-20-2026.zip"], skip=["messages.csv"])
    """
    skipped = {Path(name).name.lower() for name in skip}
    try:
        return _import_paths(store, list(paths), progress, skipped, saved_at)
    except InputError as exc:
        problem = printable(exc.problem)
        if len(problem) > MAX_PROBLEM_CHARS:
            problem = problem[: MAX_PROBLEM_CHARS - 1] + "…"
        name = PurePosixPath((exc.path or "").replace("\\", "/").split("!")[-1]).name
        if name.lower() in OPTIONAL_FILES:
            problem += f" (nothing was imported; to import the rest without this file: --skip {name})"
        raise InputError(printable(exc.path) if exc.path is not None else None, problem, exc.line) from None


def _import_paths(store: Store, paths: list[str | os.PathLike[str]], progress: Progress | None,
                  skipped: frozenset[str] | set[str] = frozenset(), saved_at: datetime | None = None) -> ImportReport:
    report = ImportReport()
    with store.atomic():
        import_id = store.begin_import(" ".join(printable(os.fspath(p)) for p in paths))
        ctx = _Context(store, import_id, progress, saved_at)
        for path in paths:
            p = Path(path)
            kind = _path_kind(p)
            is_export = kind in ("folder", "zip")
            found = 0
            archives: list[str] = []
            for src in _sources(p, kind):
                importer = EXPORT_IMPORTERS.get(src.name.lower())
                if src.name.lower() in skipped:
                    report.files.append(FileReport(src.display, "skipped"))
                    found += importer is not None
                elif importer is not None and src.opener is not None:
                    report.files.append(_run(ctx, importer, src))
                    found += 1
                elif src.name.lower().endswith(PAGE_SUFFIXES) and src.opener is not None:
                    report.files.append(import_page(ctx, src))
                    found += 1
                elif is_export:
                    report.files.append(FileReport(src.display, "ignored"))
                    if src.name.lower().endswith(".zip"):
                        archives.append(src.name)
                elif src.name.lower().endswith(PENDING_SUFFIXES):
                    report.files.append(_run(ctx, import_pending, src))
                    found += 1
                else:
                    raise InputError(src.display, "unsupported file type (expected a LinkedIn export ZIP or folder, a saved "
                                                  "invitations page .html, or a pending list .csv or .jsonl)")
            if is_export and not found:
                hint = f"; it holds an archive ({archives[0]}): extract it and import that" if archives else ""
                raise InputError(p, "no LinkedIn export files found (Invitations.csv, Connections.csv, messages.csv, "
                                    "Profile.csv)" + hint)
        store.refresh_statuses()
        store.refresh_reply_statuses()
        store.finish_import(import_id, {
            "files": [f.__dict__ for f in report.files],
        })
    return report
