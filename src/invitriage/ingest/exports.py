"""One importer per file of LinkedIn's data export: Invitations.csv, Connections.csv, messages.csv, Profile.csv."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from itertools import chain
from typing import Any, Generic, TextIO, TypeVar
from urllib.parse import unquote

from invitriage import rxcache
from invitriage.errors import InputError
from invitriage.forked import forking_pays, rows_in_child
from invitriage.ingest.csvio import read_table
from invitriage.ingest.dates import (
    DateColumn,
    linkedin_hour,
    parse_connected_on,
    parse_message_date,
    parse_sent_at,
)
from invitriage.ingest.sources import EXPORT_FILES, FileReport, SourceFile, _Context
from invitriage.people import connection_key, name_key, person_key, profile_slug

# -- one importer per export file ---------------------------------------------------------------


_RAW = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
#: How _RAW writes a string (the C encoder's own function).
_ENCODE_STR: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]


#: Roughly how many bytes a row of Invitations.csv takes (about 150 without a note).
BYTES_PER_ROW = 200
#: LinkedIn's own ``Sent At`` with a valid minute, its hour apart (``3/9/25, 8``, ``43``, ``P``): a subset of
#: what :data:`~invitriage.ingest.dates._LINKEDIN_SHAPE` reads, whose UTC text differs only by the minute.
_SENT_AT_MINUTE = rxcache.compile(r"^(\d{1,2}/\d{1,2}/\d{2}, \d{1,2}):([0-5]\d) ([AP])M$")
#: A profile URL as exports write it: the slug is what :func:`~invitriage.people.profile_slug` finds there.
_LINKEDIN_PROFILE = rxcache.compile(r"https://www\.linkedin\.com/in/([^/?#]+)")
_PROFILE_PREFIX = "https://www.linkedin.com/in/"
_PROFILE_CHARS = len(_PROFILE_PREFIX)


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


def _as_is(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return row


def _key(src: SourceFile, line: int, url: str | None, name: str | None, sent_at: str | None = None) -> str:
    try:
        return person_key(url, name, sent_at)
    except ValueError:  # urlsplit refuses e.g. "http://[::1" or a host that changes under NFKC
        raise InputError(src.display, f"profile URL {url!r} is not a valid URL", line) from None


def _plain_slug(url: str) -> str | None:
    """The slug :func:`~invitriage.people.profile_slug` finds in a stripped URL of LinkedIn's own shape
    (``https://www.linkedin.com/in/<slug>``, nothing after it), read without an expression; None for any other URL."""
    slug = url[_PROFILE_CHARS:] if url.startswith(_PROFILE_PREFIX) else ""
    if not slug or "/" in slug or "?" in slug or "#" in slug:
        return None
    return (unquote(slug) if "%" in slug else slug).strip().lower()


def _slug(src: SourceFile, line: int, url: str | None) -> str | None:
    try:
        return profile_slug(url)
    except ValueError:
        raise InputError(src.display, f"profile URL {url!r} is not a valid URL", line) from None


def _raw_cells(header: list[str]) -> Callable[[list[str]], str]:
    """``_raw`` of a row given as cells: the same JSON text, by one format per file instead of an
    encoder run per row; a row with nothing to escape (nearly every row) without an encoder call per cell."""
    kept = [i for i, h in enumerate(header) if h]
    keys = [_RAW.encode(header[i]).replace("%", "%%") for i in kept]
    fmt = "{" + ", ".join(f"{key}: %s" for key in keys) + "}"
    if len(kept) < len(header):
        return lambda cells: fmt % tuple(_ENCODE_STR(cells[i]) for i in kept)
    # The JSON text of a row with nothing to escape, as pieces: each key's text, then a slot for its cell (every
    # row's cells, as wide as the header, fill the slots by one slice assignment, then one join: half the time of
    # a format with as many fields).
    pieces: list[str] = []
    for i, column in enumerate(kept):
        pieces += ["{" if i == 0 else '", ', _RAW.encode(header[column]) + ': "', ""]
    pieces.append('"}')
    slots = slice(2, -1, 3)
    join = "".join

    def raw(cells: list[str]) -> str:
        text = join(cells)
        # Nothing to escape: no quote, no backslash, no control character. (A cell that is not printable, such
        # as one with a no-break space, may need nothing either: it takes the usual way.)
        if text.isprintable() and '"' not in text and "\\" not in text:
            pieces[slots] = cells
            return join(pieces)
        return fmt % tuple(map(_ENCODE_STR, cells))

    return raw


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
    #: LinkedIn's date shape by its hour: the UTC text up to the minutes ("2025-03-10T03:"), one entry per hour seen
    hours: dict[str, str] = {}
    sent_shape, slug_of = _SENT_AT_MINUTE.match, _LINKEDIN_PROFILE.match
    colon = f"{display}:"
    n = 0
    # Rows keyed by a name (no profile URL) are matched to the same person's invitation here, where they are known,
    # instead of every row being offered to the store's matcher.
    same_person = ctx.store.person_matcher()

    def rows(ticks: bool = True) -> Iterator[tuple[Any, ...]]:
        # Rows of EXPORT_COLUMNS: an export has no headline and none of the columns after import_id, which the
        # store leaves NULL.
        # The hot path of an import: what build() does, for the rows of LinkedIn's own shapes, without a call per
        # step (the same checks in the same order, so the same errors name the same line).
        nonlocal n
        for line, row in table.cells:
            n += 1
            if n % 500 == 0 and ticks:
                ctx.tick(display, n, total)
            direction = row[i_dir]
            if direction != "INCOMING" and direction != "OUTGOING":
                direction = direction.strip().upper()
                if direction not in ("INCOMING", "OUTGOING"):
                    raise InputError(display, f"Direction must be INCOMING or OUTGOING, not {row[i_dir]!r}", line)
            if dated.waiting:
                yield from dated.take(line, row[i_sent], functools.partial(build, line, row))
                continue
            value = row[i_sent]
            # LinkedIn's own shape ("5/20/26, 8:54 AM"): its hour ("5/20/26, 8" + "A") and minutes, split here when the
            # minutes and half-day are plain, else by _SENT_AT_MINUTE (which also takes, e.g., a final line break). The
            # hour's UTC text comes from the hours seen (every key is the hour of a value of _SENT_AT_MINUTE's shape),
            # else from linkedin_hour, which reads the day and hour itself (None for any other shape).
            head, _, tail = value.rpartition(":")
            m = None
            if len(tail) == 5 and tail[2] == " " and tail[4] == "M" and tail[0] in "012345" and tail[1].isdecimal():
                hour, minute = head + tail[3], tail[:2]
            else:
                m = sent_shape(value)
                hour, minute = (m.group(1) + m.group(3), m.group(2)) if m is not None else ("", "")
            when: str | None = None
            if hour:
                prefix = hours.get(hour)
                if prefix is None:
                    prefix = linkedin_hour(hour)
                    if prefix is not None:
                        hours[hour] = prefix
                if prefix is not None:
                    when = f"{prefix}{minute}:00+00:00"
            if when is None:  # another shape, a day that does not exist, or a day the clocks change
                try:
                    when = read_date(value)
                except (ValueError, OverflowError):
                    when = dated.ready(line, value)  # raises the InputError naming the line
                if when is None:
                    yield from dated.take(line, value, functools.partial(build, line, row))
                    continue
                if hour and (m is not None or sent_shape(value) is not None):  # that hour, read once the long way
                    hours[hour] = when[:14]
            if not owner_url or not one_inviter or direction != "INCOMING":
                yield build(line, row, when)
                continue
            # an incoming row of today's export: the sender's URL in inviterProfileUrl
            url = row[i_from_url].strip()
            name = " ".join(row[i_from].split())
            # _plain_slug, inline on the hot path; else what _LINKEDIN_PROFILE finds
            slug = url[_PROFILE_CHARS:] if url.startswith(_PROFILE_PREFIX) else ""
            if not slug or "/" in slug or "?" in slug or "#" in slug:
                s = slug_of(url)
                slug = s.group(1) if s is not None else ""
            if "%" in slug:
                slug = unquote(slug)
            key = slug.strip().lower()
            if key:
                yield ("INCOMING", key, name_key(name), name, url or None, when,
                       row[i_message].strip() if i_message is not None else "", colon + str(line), raw_of(row),
                       import_id)
                continue
            if not name and not _slug(src, line, url):
                raise InputError(display, "row has neither a name nor a profile URL", line)
            yield same_person(("INCOMING", _key(src, line, url, name, when), name_key(name), name, url or None, when,
                               row[i_message].strip() if i_message is not None else "", colon + str(line),
                               raw_of(row), import_id))
        yield from dated.finish()

    one_inviter = len(i_inviter) == 1
    i_from_url = i_inviter[0] if one_inviter else -1

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
        return same_person((direction, _key(src, line, url, name, sent_at), name_key(name), name, url or None, sent_at,
                            row[i_message].strip() if i_message is not None else "", f"{display}:{line}", raw_of(row),
                            import_id))

    before = ctx.store.count("invitations")
    # A file at least as large as the table (a first import): its indexes are made once, after the rows.
    with ctx.store.indexes_deferred("invitations") if src.size > BYTES_PER_ROW * before else nullcontext():
        made = None
        if forking_pays(src.size):
            # A large file: read in a child while this process writes (rows_in_child). The child does not touch the
            # store, so the rows keyed by a name are matched here, as the store's insert does when not told otherwise.
            matcher, same_person = same_person, _as_is

            def progress(done: int) -> None:
                if ctx.progress is not None:
                    ctx.progress(display, done, total)

            try:
                made = rows_in_child(lambda: rows(ticks=False), lambda: (n, owner_url[:1]), progress)
            except OSError:  # no process to be had (a limit, no memory): the rows are read here
                same_person = matcher
        if made is not None:
            try:
                ctx.store.add_invitation_rows(chain.from_iterable(made), matched=False)
            finally:
                made.close()  # on an error here, the child is stopped now
            n, found = made.state
            owner_url.extend(found)
        else:
            ctx.store.add_invitation_rows(rows(), matched=True)
    report.rows = n
    report.new = ctx.store.count("invitations") - before
    if owner_url and not ctx.store.get_meta("owner_profile_url"):
        ctx.store.set_meta("owner_profile_url", owner_url[0])
    return report


def import_connections(ctx: _Context, src: SourceFile, stream: TextIO) -> FileReport:
    table = read_table(stream, src.display, required=["first name", "last name", "connected on"])
    report = FileReport(src.display, "connections")
    total = ctx.lines(src)
    seen: dict[str, int] = {}

    header = table.header
    col = {h: i for i, h in enumerate(header) if h}
    i_first, i_last, i_connected = col["first name"], col["last name"], col["connected on"]
    lacking = len(header)  # a column the file lacks reads as "", the cell put after each row's own
    i_url, i_email, i_company, i_position = (col.get(c, lacking) for c in ("url", "email address", "company",
                                                                             "position"))
    raw_of = _raw_cells(header)
    import_id = ctx.import_id

    def rows() -> Iterator[tuple[Any, ...]]:
        for line, row in table.cells:
            raw = raw_of(row)
            row.append("")  # the cell of every column the file lacks
            report.rows += 1
            ctx.tick(src.display, report.rows, total)
            first, last = row[i_first].strip(), row[i_last].strip()
            url = row[i_url].strip()
            full = f"{first} {last}".strip()
            connected = row[i_connected].strip()
            connected_on = _date(src, line, "Connected On", parse_connected_on, connected) if connected else None
            slug = _plain_slug(url)
            if slug is None:
                slug = _slug(src, line, url) or ""
            key = slug if slug else connection_key(full, connected_on, row[i_company], row[i_position], seen)
            yield (key, name_key(full), first, last, url or None, row[i_email].strip() or None,
                   row[i_company].strip() or None, row[i_position].strip() or None, connected_on, raw, import_id)

    before = ctx.store.count("connections")
    # A file larger than the table (a first import): its name index is made once, after the rows.
    with ctx.store.indexes_deferred("connections") if src.size > BYTES_PER_ROW * before else nullcontext():
        ctx.store.add_connection_rows(rows())
    report.new = ctx.store.count("connections") - before
    return report


def _split_urls(value: str) -> list[str]:
    return [u.strip() for u in value.replace(";", ",").split(",") if u.strip()]


def import_messages(ctx: _Context, src: SourceFile, stream: TextIO) -> FileReport:
    import hashlib  # here: loading OpenSSL's hashes takes ≈ 3 ms, which an import without messages.csv need not pay

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
assert tuple(EXPORT_IMPORTERS) == EXPORT_FILES  # one list of export files, read in sources, parsed here
