"""Parsing the date shapes of LinkedIn exports and their Excel re-saves.

All instants are stored as ISO 8601 strings in UTC (``2025-03-10T04:43:00+00:00``), so that
they sort as text. ``Sent At`` in Invitations.csv is US Pacific local time (inferred, see
linkedin_formats.md §1.1); ``Connected On`` is a calendar date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from invitriage import rxcache

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

# LinkedIn's own shape first, then what Excel and other tools turn it into.
_SENT_AT_FORMATS = (
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%m/%d/%y %I:%M %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%y %H:%M",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d-%b-%y",
    "%d-%b-%Y",
    "%m/%d/%y",
    "%m/%d/%Y",
    "%Y-%m-%d",
)
# 2018-era exports write Connected On like Sent At ("1/8/18, 6:14 PM"): its local day is the date.
_DATE_FORMATS = ("%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%Y-%m-%d", "%d %B %Y", "%m/%d/%y", "%m/%d/%Y",
                 "%m/%d/%y, %I:%M %p", "%m/%d/%Y, %I:%M %p", "%m/%d/%y %I:%M %p", "%m/%d/%Y %H:%M")


def _iso_utc(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).replace(microsecond=0).isoformat()


@lru_cache(maxsize=1)
def _pacific() -> ZoneInfo:
    """US Pacific time from the time-zone database, loaded when first needed (``zoneinfo`` and the zone's file: ≈ 4 ms,
    which an import of LinkedIn's own dates never needs, see :data:`_RULE_YEARS`)."""
    from zoneinfo import ZoneInfo

    return ZoneInfo("America/Los_Angeles")


def __getattr__(name: str) -> Any:
    if name == "PACIFIC":  # the zone, for callers that want it; loaded on first use
        return _pacific()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: Years whose Pacific clock changes are written out in :func:`_summer` (the US rule since 2007: summer time from the
#: second Sunday of March, 2 AM, to the first Sunday of November, 2 AM), checked hour by hour against the time-zone
#: database by the tests. Other years ask the database: history before 2007 had other rules, and a year to come may too.
_RULE_YEARS = range(2007, 2027)
_PST, _PDT = timedelta(hours=-8), timedelta(hours=-7)


def _sunday(year: int, month: int, nth: int) -> int:
    """The day of the month of the ``nth`` Sunday of that month."""
    return 1 + (6 - datetime(year, month, 1).weekday()) % 7 + 7 * (nth - 1)


def _summer(year: int, month: int, day: int, hour: int) -> bool:
    """Is Pacific time on summer time at that local hour, in a year of :data:`_RULE_YEARS`? The hour the clocks skip
    (2 AM in March) counts as winter and the hour they repeat (1 AM in November) as summer, as ``zoneinfo`` reads a
    local time without ``fold``."""
    if month == 3:
        return (day, hour) >= (_sunday(year, 3, 2), 3)
    if month == 11:
        return (day, hour) < (_sunday(year, 11, 1), 2)
    return 3 < month < 11


def _pacific_instant(naive: datetime) -> str:
    """A Pacific local time as ISO 8601 UTC: :func:`_iso_utc` of it with the zone, by :func:`_pacific_offset`."""
    return (naive - _pacific_offset(naive.year, naive.month, naive.day, naive.hour)).replace(microsecond=0).isoformat() \
        + "+00:00"


@lru_cache(maxsize=1 << 15)
def _pacific_offset(year: int, month: int, day: int, hour: int) -> timedelta:
    """UTC offset of Pacific time at that local hour (DST changes on the hour)."""
    if year in _RULE_YEARS:
        return _PDT if _summer(year, month, day, hour) else _PST
    offset = datetime(year, month, day, hour, tzinfo=_pacific()).utcoffset()
    return offset if offset is not None else timedelta(0)


_LINKEDIN_SHAPE = rxcache.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}), (\d{1,2}):(\d{2}) ([AP])M$")
#: Excel's re-save of a Sent At as a day ("09-Mar-25"): read without strptime, whose cache of five formats the
#: nine formats tried before it would empty at every call (a regular expression compiled per format per call).
_DAY_MON_YEAR = rxcache.compile(r"^(\d{1,2})-([A-Za-z]{3})-(\d{4}|\d{2})$")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"), 1)}


@lru_cache(maxsize=1 << 14)
def _utc_hour(month: str, day: str, year: str, hour: str, half: str) -> str | None:
    """``2025-03-10T03:`` for a Pacific local hour in LinkedIn's shape, None for no such day. Pacific time
    is a whole number of hours from UTC, so the minutes are the same on both sides: one hour, many rows."""
    h = int(hour) % 12 + (12 if half == "P" else 0)
    try:
        naive = datetime(2000 + int(year), int(month), int(day), h)
    except ValueError:
        return None
    return (naive - _pacific_offset(naive.year, naive.month, naive.day, h)).isoformat()[:14]


@lru_cache(maxsize=1 << 12)
def _pacific_day(month: str, day: str, year: str) -> tuple[int, str, str] | None:
    """For a day of LinkedIn's shape (``"3", "9", "25"``): how many hours UTC is ahead of Pacific time all that
    day, the day's ISO date and the next day's; None for a day that does not exist or on which the clocks change."""
    try:
        start = datetime(2000 + int(year), int(month), int(day))
    except ValueError:
        return None
    first = _pacific_offset(start.year, start.month, start.day, 0)
    if _pacific_offset(start.year, start.month, start.day, 23) != first:
        return None
    return -int(first.total_seconds()) // 3600, start.date().isoformat(), (start + timedelta(days=1)).date().isoformat()


#: "T00:" … "T23:": the hour of a UTC text, by its number.
_HOUR_TEXT = tuple(f"T{h:02d}:" for h in range(24))


@lru_cache(maxsize=1 << 12)
def _pacific_date(date: str) -> tuple[int, str, str] | None:
    """:func:`_pacific_day` of a day as LinkedIn writes it (``"3/9/25"``: one or two digits, one or two, two, as
    ``\\d`` reads digits): one cached call per row's day; None for any other text."""
    parts = date.split("/")
    if len(parts) != 3:
        return None
    month, day, year = parts
    if not (0 < len(month) < 3 and 0 < len(day) < 3 and len(year) == 2 and (month + day + year).isdecimal()):
        return None
    return _pacific_day(month, day, year)


def linkedin_hour(key: str) -> str | None:
    """What :func:`_utc_hour` gives for the hour ``key`` (``"3/9/25, 8P"``: a Sent At up to its hour, then A or
    P), by one computation per day instead of one per hour (a small export has nearly one row per hour); None
    when the day does not exist or the clocks change that day (then ask :func:`_utc_hour`), and for any key not of
    that shape (what :data:`_LINKEDIN_SHAPE` reads up to the hour): a new hour is told without the expression."""
    date, comma, hour = key[:-1].rpartition(", ")
    half = key[-1:]
    if not comma or not 0 < len(hour) < 3 or not hour.isdecimal() or (half != "A" and half != "P"):
        return None
    known = _pacific_date(date)
    if known is None:
        return None
    h = int(hour) % 12 + (12 if key[-1] == "P" else 0) + known[0]
    return known[1] + _HOUR_TEXT[h] if h < 24 else known[2] + _HOUR_TEXT[h - 24]


def _linkedin_shape(m: re.Match[str], value: str) -> str:
    month, day, year, hour, minute, half = m.groups()
    prefix = _utc_hour(month, day, year, hour, half)
    if prefix is None or minute > "59":
        raise ValueError(f"unrecognised date {value!r}")
    return f"{prefix}{minute}:00+00:00"


@lru_cache(maxsize=1 << 16)
def parse_sent_at(value: str) -> str:
    """Parse an Invitations.csv ``Sent At`` (Pacific time) into ISO 8601 UTC.

    >>> parse_sent_at("3/9/25, 8:43 PM")
    '2025-03-10T03:43:00+00:00'
    >>> parse_sent_at("09-Mar-25")
    '2025-03-09T08:00:00+00:00'
    """
    m = _LINKEDIN_SHAPE.match(value)
    if m:  # the shape of every original export: skip strptime and zoneinfo, which are slow
        return _linkedin_shape(m, value)
    text = " ".join(value.replace("\u202f", " ").replace("\xa0", " ").split())
    if not text:
        raise ValueError("empty date")
    if "T" in text or "+" in text[10:] or text.endswith("Z"):
        return parse_iso_instant(text)
    m = _DAY_MON_YEAR.match(text)
    month = _MONTHS.get(m.group(2).lower(), 0) if m else 0
    if m and month:
        day, year = int(m.group(1)), int(m.group(3))
        if len(m.group(3)) == 2:
            year += 1900 if year >= 69 else 2000  # strptime's %y
        try:
            return _pacific_instant(datetime(year, month, day))
        except ValueError:
            raise ValueError(f"unrecognised date {value!r}") from None
    for fmt in _SENT_AT_FORMATS:
        try:
            naive = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return _pacific_instant(naive)
    raise ValueError(f"unrecognised date {value!r}")


def parse_iso_instant(value: str, default_tz: timezone | ZoneInfo = timezone.utc) -> str:
    """Parse an ISO 8601 instant (offset optional: naive means ``default_tz``) into UTC ISO.

    >>> parse_iso_instant("2026-09-03T14:12:00-07:00")
    '2026-09-03T21:12:00+00:00'
    """
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"unrecognised date {value!r}") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=default_tz)
    return _iso_utc(dt)


def parse_any_instant(value: str) -> str:
    """ISO 8601 when it looks like it, else the LinkedIn/Excel shapes (Pacific)."""
    text = value.strip()
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        return parse_iso_instant(text)  # ISO 8601; no offset means UTC (README)
    return parse_sent_at(text)



#: LinkedIn's own ``Connected On`` ("12 Dec 2023", what ``%d %b %Y`` reads): read without strptime, whose first call
#: alone (its module and its locale's tables) is a noticeable part of a small import. ASCII digits only, as strptime's
#: day; anything else, or a day that does not exist, goes to strptime.
_CONNECTED_ON_SHAPE = rxcache.compile(r"^([0-9]{1,2}) ([A-Za-z]{3}) ([0-9]{4})$")


@lru_cache(maxsize=1 << 14)
def parse_connected_on(value: str) -> str:
    """Parse a Connections.csv ``Connected On`` into an ISO date.

    >>> parse_connected_on("12 Dec 2023"), parse_connected_on("12-Dec-23")
    ('2023-12-12', '2023-12-12')
    """
    text = " ".join(value.split())
    m = _CONNECTED_ON_SHAPE.match(text)
    month = _MONTHS.get(m.group(2).lower(), 0) if m else 0
    if m and month:
        try:
            return datetime(int(m.group(3)), month, int(m.group(1))).date().isoformat()
        except ValueError:
            pass  # no such day: strptime says so below
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date {value!r}")


def parse_message_date(value: str) -> str:
    """Parse a messages.csv ``DATE`` (``2025-03-10 04:51:00 UTC``) into ISO UTC.

    2018-era ``Messages.csv`` writes dates like ``Sent At`` (``10/16/18, 8:36 AM``, Pacific).

    >>> parse_message_date("2025-03-10 04:51:00 UTC"), parse_message_date("10/16/18, 8:36 AM")
    ('2025-03-10T04:51:00+00:00', '2018-10-16T15:36:00+00:00')
    """
    text = value.strip()
    if _AM_PM.search(text):
        return parse_sent_at(text)
    if text.upper().endswith(" UTC"):
        text = text[:-4]
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M", "%m/%d/%y %H:%M"):
        try:
            return _iso_utc(datetime.strptime(text, fmt).replace(tzinfo=timezone.utc))
        except ValueError:
            continue
    return parse_iso_instant(text)



_AM_PM = rxcache.compile(r"\d\s*[AaPp]\.?[Mm]\.?\b")
_NUMERIC_DATE = rxcache.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(\D.*)?$")


class DateColumn:
    """One date column of one file: the order of day and month in numeric dates, decided by its rows.

    LinkedIn writes ``3/9/25, 8:43 PM`` (month first). Spreadsheets re-save it as ``3/9/2025 20:43``
    (US) or ``09/03/2025 20:43`` (Europe), sometimes mixed with ``09-04-2021`` in one file. A value
    whose first number is above 12 shows that its shape (separator and year length) puts the day
    first; above 12 in second place, the month. Values that cannot tell wait for one that can
    (:meth:`read` returns None); a shape that shows both orders, or one that never shows any, is an
    error rather than a guess.

    >>> col = DateColumn(parse_sent_at)
    >>> col.read("09/03/2025 20:43") is None, col.read("13/03/2025 09:00")
    (True, '2025-03-13T16:00:00+00:00')
    >>> col.read("09/03/2025 20:43")
    '2025-03-10T03:43:00+00:00'
    """

    def __init__(self, parse: Callable[[str], str]):
        self.parse = parse
        self.order: dict[tuple[str, int], str] = {}

    def read(self, value: str) -> str | None:
        m = _LINKEDIN_SHAPE.match(value)
        if m:  # LinkedIn's own shape, nearly every row of an export: month first
            return _linkedin_shape(m, value) if self.parse is parse_sent_at else self.parse(value)
        text = value.strip()
        m = _NUMERIC_DATE.match(text)
        if m is None or _AM_PM.search(text):  # a 12-hour clock is the US (and LinkedIn) way: month first
            return self.parse(value)
        first, sep, second, year, rest = m.groups()
        a, b = int(first), int(second)
        shape = (sep, len(year))
        shown = "day first" if a > 12 >= b else "month first" if b > 12 >= a else None
        known = self.order.get(shape)
        if shown is not None:
            if known is not None and known != shown:
                raise ValueError(f"date {value!r} puts the {shown.split()[0]} first, unlike earlier rows of the same "
                                 f"shape: write dates as YYYY-MM-DD")
            self.order[shape] = known = shown
        if known is None and a != b:
            return None
        month, day = (b, a) if known == "day first" else (a, b)
        return self.parse(f"{month}/{day}/{year}{rest or ''}")

    def ambiguous(self, value: str) -> str:
        return (f"date {value!r} is ambiguous (day or month first?) and no other row of the file tells: "
                f"write dates as YYYY-MM-DD")
