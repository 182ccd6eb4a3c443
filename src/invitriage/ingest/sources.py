"""Where an import's files come from, safely: ZIP archives (bounded, no path tricks), folders, single files; the reports an import gives back."""

from __future__ import annotations

import io
import re
import stat
import struct
import sys
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO

from invitriage.errors import InputError
from invitriage.storage.store import Store
from invitriage.textsafe import printable

if TYPE_CHECKING:
    import zipfile

#: The files of LinkedIn's export that are read (each has an importer in :mod:`invitriage.ingest.exports`);
#: every other file of an export is listed as ignored and never decompressed.
EXPORT_FILES = ("invitations.csv", "connections.csv", "messages.csv", "profile.csv")

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
_PLAIN_READ_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, RuntimeError, NotImplementedError,
                                                       ValueError, OverflowError, zlib.error, struct.error)


def _read_errors() -> tuple[type[BaseException], ...]:
    """What reading can raise besides InputError (``except _read_errors()``: looked up only when something is
    raised). The archive modules' own errors come only from an archive, read through zipfile: they are named
    once it is loaded, so that reading a folder does not load zipfile, lzma and bz2 (≈ 5 ms at every start)."""
    if "zipfile" not in sys.modules:
        return _PLAIN_READ_ERRORS
    import lzma
    import zipfile

    return (*_PLAIN_READ_ERRORS, zipfile.BadZipFile, lzma.LZMAError)

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
        except _read_errors() as exc:
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
            except _read_errors():
                pass
        super().close()


class _Record:
    """The value classes of an import: compared and shown by their attributes, as dataclasses are. Plain classes,
    because an import's start-up pays for every class: a dataclass compiles its methods when it is defined
    (≈ 0.4 ms each, and ≈ 1 ms for the dataclasses module), which `invitriage import` no longer loads."""

    __hash__ = None  # type: ignore[assignment]  # mutable values, unhashable as a dataclass's

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(self) == vars(other)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"


class SourceFile(_Record):
    """One file to import (on disk or inside an archive): how to name it in messages and how to open it."""

    def __init__(self, display: str, name: str, opener: Callable[[], BinaryIO] | None = None, size: int = 0,
                 modified: datetime | None = None) -> None:
        self.display = display  # what error messages call it, e.g. "export.zip!Invitations.csv" (escaped, one line)
        self.name = name  # base name, for the registry
        self.opener = opener  # None for files we only list as ignored
        self.size = size
        self.modified = modified  # the file's own time (a saved page's save time when nothing better)

    def open(self) -> BinaryIO:
        if self.opener is None:
            raise InputError(self.display, "not a file that can be read")
        try:
            inner = self.opener()
        except _read_errors() as exc:
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


class FileReport(_Record):
    """What the import did with one file: its kind, the rows read and how many were new, and what to know about it."""

    def __init__(self, display: str, kind: str, rows: int = 0, new: int = 0, notes: list[str] | None = None,
                 page_count: int | None = None, slugs: list[str] | None = None) -> None:
        self.display = display
        self.kind = kind  # invitations, connections, messages, profile, pending, page, ignored, skipped
        self.rows = rows
        self.new = new
        #: what a reader should know about the file (a saved page's shortfall, invitations skipped by kind)
        self.notes: list[str] = [] if notes is None else notes
        self.page_count = page_count
        self.slugs: list[str] = [] if slugs is None else slugs


class ImportReport(_Record):
    """What one import did, file by file."""

    def __init__(self, files: list[FileReport] | None = None) -> None:
        self.files: list[FileReport] = [] if files is None else files

    @property
    def new(self) -> int:
        return sum(f.new for f in self.files)

    @property
    def ignored(self) -> list[str]:
        return [f.display for f in self.files if f.kind == "ignored"]


class _Context(_Record):
    """What every importer of one import shares: the store, the import's id, the progress callback, --saved-at."""

    def __init__(self, store: Store, import_id: int, progress: Progress | None, saved_at: datetime | None = None) -> None:
        self.store = store
        self.import_id = import_id
        self.progress = progress
        self.saved_at = saved_at  # --saved-at: when the saved pages were saved

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
    import zipfile

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
    import zipfile

    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
        declared = _declared_entries(path)
    except _read_errors() as exc:
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
            if member.name.lower() not in EXPORT_FILES and not member.name.lower().endswith(PAGE_SUFFIXES):
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
        if file.name.lower() not in EXPORT_FILES and not file.name.lower().endswith(PAGE_SUFFIXES):
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
