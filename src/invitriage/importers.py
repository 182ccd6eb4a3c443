"""Importers: LinkedIn's data export (ZIP or folder) and lists of pending invitations.

Export files are dispatched by file name through :data:`EXPORT_IMPORTERS`; every other file of
an export is reported as ignored. A ``.csv``/``.jsonl``/``.json`` file that is not an export
file is read as a list of pending invitations (``name, headline, profile_url, sent_at, note``).

One call of :func:`import_paths` is one transaction: if any file fails, nothing is stored.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, TextIO

from .csvio import NotUtf8, Table, open_text, read_table
from .dates import parse_any_instant, parse_connected_on, parse_message_date, parse_sent_at
from .errors import InputError
from .people import name_key, person_key, profile_slug
from .store import Store

#: Largest single file we read from an export (a real Invitations.csv is well under 10 MB).
MAX_FILE_BYTES = 512 * 1024 * 1024
#: An archive member expanding more than this many times its compressed size is refused.
MAX_RATIO = 200

Progress = Callable[[str, int, int], None]


@dataclass
class SourceFile:
    display: str  # what error messages call it, e.g. "export.zip!Invitations.csv"
    name: str  # base name, for the registry
    opener: Callable[[], BinaryIO] | None = None  # None for files we only list as ignored
    size: int = 0

    def open(self) -> BinaryIO:
        assert self.opener is not None
        try:
            return self.opener()
        except (OSError, zipfile.BadZipFile, RuntimeError, EOFError) as exc:
            raise InputError(self.display, f"cannot read file ({exc})") from None

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
    kind: str  # invitations, connections, messages, profile, pending, ignored
    rows: int = 0
    new: int = 0


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

    def lines(self, src: SourceFile) -> int:
        return src.count_lines() if self.progress is not None else 1

    def tick(self, display: str, done: int, total: int) -> None:
        if self.progress is not None and done % 500 == 0:
            self.progress(display, done, total)


# -- reading sources ------------------------------------------------------------------------


def _read_zip(path: Path) -> Iterator[SourceFile]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(path, f"not a readable ZIP archive ({exc})") from None
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            member = PurePosixPath(info.filename.replace("\\", "/"))
            display = f"{path}!{info.filename}"
            if info.file_size > MAX_FILE_BYTES or (
                info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO
                and info.file_size > 10 * 1024 * 1024
            ):
                raise InputError(display, "archive member is too large or too compressed (zip bomb?)")
            if member.name.lower() not in EXPORT_IMPORTERS:
                yield SourceFile(display, member.name)
                continue
            yield SourceFile(display, member.name, lambda info=info: zf.open(info), info.file_size)


def _read_folder(path: Path) -> Iterator[SourceFile]:
    for file in sorted(p for p in path.rglob("*") if p.is_file() or p.is_symlink()):
        if file.is_symlink() or file.name.lower() not in EXPORT_IMPORTERS:
            yield SourceFile(str(file), file.name)
            continue
        yield _file_source(file)


def _file_source(path: Path) -> SourceFile:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror})") from None
    if size > MAX_FILE_BYTES:
        raise InputError(path, "file is too large")
    return SourceFile(str(path), path.name, lambda: open(path, "rb"), size)


def iter_sources(path: str | os.PathLike[str]) -> Iterator[SourceFile]:
    """The files one path on the command line stands for."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, "no such file or directory")
    if p.is_dir():
        yield from _read_folder(p)
    elif zipfile.is_zipfile(p) or p.suffix.lower() == ".zip":
        yield from _read_zip(p)
    else:
        yield _file_source(p)


# -- one importer per export file ---------------------------------------------------------------


def _raw(row: dict[str, str]) -> str:
    return json.dumps(row, ensure_ascii=False)


def import_invitations(ctx: _Context, src: SourceFile, stream: TextIO) -> FileReport:
    table = read_table(stream, src.display, required=["from", "to", "sent at", "direction"])
    has_message = "message" in table.header
    report = FileReport(src.display, "invitations")
    total = ctx.lines(src)
    owner_url: list[str] = []

    def rows() -> Iterator[dict[str, Any]]:
        for line, row in table.rows:
            report.rows += 1
            ctx.tick(src.display, report.rows, total)
            direction = row["direction"].strip().upper()
            if direction not in ("INCOMING", "OUTGOING"):
                raise InputError(src.display, f"Direction must be INCOMING or OUTGOING, not {row['direction']!r}", line)
            try:
                sent_at = parse_sent_at(row["sent at"])
            except ValueError as exc:
                raise InputError(src.display, f"Sent At: {exc}", line) from None
            inviter = row.get("inviterprofileurl") or row.get("inviterprofileurn") or ""
            invitee = row.get("inviteeprofileurl") or row.get("inviteeprofileurn") or ""
            incoming = direction == "INCOMING"
            name = " ".join((row["from"] if incoming else row["to"]).split())
            url = (inviter if incoming else invitee).strip()
            mine = (invitee if incoming else inviter).strip()
            if mine and not owner_url and profile_slug(mine):
                owner_url.append(mine)
            if not name and not profile_slug(url):
                raise InputError(src.display, "row has neither a name nor a profile URL", line)
            yield {
                "direction": direction,
                "person_key": person_key(url, name, sent_at),
                "name_key": name_key(name),
                "name": name,
                "profile_url": url or None,
                "headline": None,
                "sent_at": sent_at,
                "note": (row.get("message") or "").strip() if has_message else "",
                "source": f"{src.display}:{line}",
                "raw": _raw(row),
            }

    before = ctx.store.count("invitations")
    ctx.store.add_invitations(rows(), ctx.import_id)
    report.new = ctx.store.count("invitations") - before
    if owner_url and not ctx.store.get_meta("owner_profile_url"):
        ctx.store.set_meta("owner_profile_url", owner_url[0])
    return report


def import_connections(ctx: _Context, src: SourceFile, stream: TextIO) -> FileReport:
    table = read_table(stream, src.display, required=["first name", "last name", "connected on"])
    report = FileReport(src.display, "connections")
    total = ctx.lines(src)

    def rows() -> Iterator[dict[str, Any]]:
        for line, row in table.rows:
            report.rows += 1
            ctx.tick(src.display, report.rows, total)
            first, last = row["first name"].strip(), row["last name"].strip()
            url = (row.get("url") or "").strip()
            full = f"{first} {last}".strip()
            connected = row["connected on"].strip()
            try:
                connected_on = parse_connected_on(connected) if connected else None
            except ValueError as exc:
                raise InputError(src.display, f"Connected On: {exc}", line) from None
            slug = profile_slug(url)
            if slug:
                key = slug
            elif full:
                key = f"name:{name_key(full)}"
            else:  # a hidden or closed profile: nothing identifies it
                key = f"hidden:{src.name}:{line}:{connected_on}"
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
            try:
                date = parse_message_date(row["date"]) if row["date"].strip() else None
            except ValueError as exc:
                raise InputError(src.display, f"DATE: {exc}", line) from None
            sender_url = (row.get("sender profile url") or "").strip()
            recipients = _split_urls(row.get("recipient profile urls") or "")
            yield {
                "row_hash": hashlib.sha1(_raw(row).encode()).hexdigest(),
                "conversation_id": (row.get("conversation id") or "").strip() or None,
                "from_name": row["from"].strip(),
                "sender_key": person_key(sender_url, row["from"]) if sender_url else f"name:{name_key(row['from'])}",
                "recipient_keys": json.dumps([person_key(u, None) for u in recipients]),
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


EXPORT_IMPORTERS: dict[str, Callable[[_Context, SourceFile], FileReport]] = {
    "invitations.csv": import_invitations,
    "connections.csv": import_connections,
    "messages.csv": import_messages,
    "profile.csv": import_profile,
}

# -- pending invitations with headlines --------------------------------------------------------

PENDING_COLUMNS = ("name", "headline", "profile_url", "sent_at", "note")
_ALIASES = {"message": "note", "url": "profile_url", "profile url": "profile_url", "sent at": "sent_at",
            "date": "sent_at", "full name": "name"}


def _pending_row(src: SourceFile, line: int, row: dict[str, Any]) -> dict[str, Any]:
    row = {(_ALIASES.get(k, k) if isinstance(k, str) else k): v for k, v in row.items()}
    for key in ("name", "sent_at"):
        value = row.get(key)
        if value is None or not str(value).strip():
            raise InputError(src.display, f"missing value for {key!r}", line)
    for key in PENDING_COLUMNS:
        if row.get(key) is not None and not isinstance(row[key], str):
            raise InputError(src.display, f"{key!r} must be a string, not {type(row[key]).__name__}", line)
    try:
        sent_at = parse_any_instant(row["sent_at"])
    except ValueError as exc:
        raise InputError(src.display, f"sent_at: {exc}", line) from None
    name = " ".join(row["name"].split())
    url = (row.get("profile_url") or "").strip()
    return {
        "direction": "INCOMING",
        "person_key": person_key(url, name, sent_at),
        "name_key": name_key(name),
        "name": name,
        "profile_url": url or None,
        "headline": (row.get("headline") or "").strip() or None,
        "sent_at": sent_at,
        "note": (row.get("note") or "").strip(),
        "source": f"{src.display}:{line}",
        "raw": json.dumps(row, ensure_ascii=False, sort_keys=True),
    }


def _pending_csv(src: SourceFile, text: TextIO) -> Iterator[tuple[int, dict[str, Any]]]:
    table: Table = read_table(text, src.display, required=[],
                              header_marker=["name"], max_preamble=0)
    cols = {_ALIASES.get(h, h) for h in table.header}
    if "sent_at" not in cols:
        raise InputError(
            src.display,
            "not an export file and not a pending-invitations list: missing column 'sent_at' "
            f"(expected {', '.join(PENDING_COLUMNS)})",
            line=table.header_line,
        )
    yield from table.rows


def _pending_jsonl(src: SourceFile, stream: TextIO) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        first = stream.read(1)
        while first and first.isspace():
            first = stream.read(1)
        rest = stream.read() if first == "[" else None
    except UnicodeDecodeError:
        raise NotUtf8(src.display) from None
    if first == "[":
        text = first + (rest or "")
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(src.display, f"invalid JSON: {exc.msg}", exc.lineno) from None
        for i, item in enumerate(items, 1):
            if not isinstance(item, dict):
                raise InputError(src.display, f"item {i} is not a JSON object")
            yield i, item
        return
    def lines() -> Iterator[str]:
        yield first + stream.readline()
        yield from stream

    try:
        for lineno, line in enumerate(lines(), 1):
            yield from _json_line(src, lineno, line)
    except UnicodeDecodeError:
        raise NotUtf8(src.display) from None


def _json_line(src: SourceFile, lineno: int, line: str) -> Iterator[tuple[int, dict[str, Any]]]:
    if "\x00" in line:
        raise InputError(src.display, "contains a NUL byte: not a text file", lineno)
    if line.strip():
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(src.display, f"invalid JSON: {exc.msg}", lineno) from None
        except RecursionError:
            raise InputError(src.display, "JSON nested too deeply", lineno) from None
        if not isinstance(item, dict):
            raise InputError(src.display, "each line must be a JSON object", lineno)
        yield lineno, item


def import_pending(ctx: _Context, src: SourceFile, stream: TextIO) -> FileReport:
    is_json = src.name.lower().endswith((".jsonl", ".json", ".ndjson"))
    items = _pending_jsonl(src, stream) if is_json else _pending_csv(src, stream)
    report = FileReport(src.display, "pending")
    total = ctx.lines(src)

    def rows() -> Iterator[dict[str, Any]]:
        for line, item in items:
            report.rows += 1
            ctx.tick(src.display, report.rows, total)
            yield _pending_row(src, line, item)

    before = ctx.store.count("invitations")
    ctx.store.add_invitations(rows(), ctx.import_id)
    report.new = ctx.store.count("invitations") - before
    return report


def _run(ctx: _Context, importer: Callable[[_Context, SourceFile, TextIO], FileReport], src: SourceFile) -> FileReport:
    """Stream one file; if it turns out not to be UTF-8 midway, undo it and read it again as cp1252."""
    for encoding in (None, "cp1252"):
        try:
            with ctx.store.atomic(), src.open() as raw:
                stream = open_text(raw, src.display, encoding)
                try:
                    return importer(ctx, src, stream)
                except UnicodeDecodeError:
                    raise NotUtf8(src.display) from None
        except NotUtf8:
            continue
    raise InputError(src.display, "cannot decode the file as UTF-8 or cp1252")


# -- entry point --------------------------------------------------------------------------------


def import_paths(store: Store, paths: Iterable[str | os.PathLike[str]], progress: Progress | None = None) -> ImportReport:
    """Import exports and pending-invitation lists in one transaction.

    >>> # report = import_paths(store, ["Complete_LinkedInDataExport_11-20-2026.zip"])
    """
    paths = list(paths)
    report = ImportReport()
    with store.atomic():
        import_id = store.begin_import(" ".join(os.fspath(p) for p in paths))
        ctx = _Context(store, import_id, progress)
        for path in paths:
            is_export = Path(path).is_dir() or Path(path).suffix.lower() == ".zip"
            found = 0
            for src in iter_sources(path):
                importer = EXPORT_IMPORTERS.get(src.name.lower())
                if importer is not None:
                    report.files.append(_run(ctx, importer, src))
                    found += 1
                elif is_export:
                    report.files.append(FileReport(src.display, "ignored"))
                elif src.name.lower().endswith((".csv", ".jsonl", ".json", ".ndjson", ".txt")):
                    report.files.append(_run(ctx, import_pending, src))
                    found += 1
                else:
                    raise InputError(src.display, "unsupported file type (expected a LinkedIn export ZIP or folder, .csv or .jsonl)")
            if is_export and not found:
                raise InputError(path, "no LinkedIn export files found (Invitations.csv, Connections.csv, messages.csv, Profile.csv)")
        store.refresh_statuses()
        store.refresh_reply_statuses()
        store.finish_import(import_id, {
            "files": [f.__dict__ for f in report.files],
        })
    return report
