"""Importing: one transaction over every file given, each dispatched to its importer.

The files come from :mod:`~invitriage.ingest.sources` (archives, folders, single files, read safely); export
files go to :mod:`~invitriage.ingest.exports`, pending lists and saved pages to
:mod:`~invitriage.ingest.pending`. Export files are dispatched by file name through :data:`EXPORT_IMPORTERS`; every other file of
an export is reported as ignored. A ``.csv``/``.jsonl``/``.json`` file that is not an export
file is read as a list of pending invitations (``name, headline, profile_url, sent_at, note``).

One call of :func:`import_paths` is one transaction: if any file fails, nothing is stored.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import TextIO

from invitriage.errors import InputError
from invitriage.ingest.csvio import NotUtf8, open_text
from invitriage.ingest.exports import EXPORT_IMPORTERS
from invitriage.ingest.pending import import_page, import_pending
from invitriage.ingest.sources import (
    MAX_PROBLEM_CHARS,
    PAGE_SUFFIXES,
    PENDING_SUFFIXES,
    FileReport,
    ImportReport,
    Progress,
    SourceFile,
    _Context,
    _path_kind,
    _sources,
)
from invitriage.storage.store import Store
from invitriage.textsafe import printable

__all__ = ["ImportReport", "Progress", "import_paths"]


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
    with store.rollback_journal(), store.atomic():
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
