"""Pending invitations with headlines: lists (CSV, JSON, JSON lines) and received-invitations pages saved from the browser."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any, TextIO

from invitriage import rxcache
from invitriage.errors import InputError
from invitriage.ingest.csvio import NotUtf8, Table, read_table
from invitriage.ingest.dates import parse_any_instant
from invitriage.ingest.exports import _Dated, _key
from invitriage.ingest.sources import (
    _read_errors,
    FileReport,
    SourceFile,
    _Context,
    _reason,
)
from invitriage.people import name_key

# -- pending invitations with headlines --------------------------------------------------------

PENDING_COLUMNS = ("name", "headline", "profile_url", "sent_at", "note")
_ALIASES = {"message": "note", "url": "profile_url", "profile url": "profile_url", "sent at": "sent_at",
            "date": "sent_at", "full name": "name"}


_SURROGATE = rxcache.compile("[\ud800-\udfff]")


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


_JSON_SPACE = rxcache.compile(r"[ \t\n\r]*")


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
        except _read_errors() as exc:
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
