"""Excel's day re-save of ``Sent At`` ("09-Mar-25") is read without strptime: the same instant as strptime's."""

from datetime import datetime, timezone

import pytest

from invitriage.ingest.dates import PACIFIC, parse_sent_at


def _strptime(value: str) -> str:
    for fmt in ("%d-%b-%y", "%d-%b-%Y"):
        try:
            naive = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return naive.replace(tzinfo=PACIFIC).astimezone(timezone.utc).replace(microsecond=0).isoformat()
    raise ValueError(value)


def test_day_month_year_matches_strptime() -> None:
    checked = 0
    for year in ("25", "99", "69", "68", "00", "2025", "1999", "2024"):
        for month in ("Jan", "mar", "JUL", "Nov", "Dec", "feb"):
            for day in ("1", "09", "28", "29", "30", "31"):
                value = f"{day}-{month}-{year}"
                try:
                    want = _strptime(value)
                except ValueError:
                    with pytest.raises(ValueError, match="unrecognised date"):
                        parse_sent_at.__wrapped__(value)
                    continue
                assert parse_sent_at.__wrapped__(value) == want, value
                checked += 1
    assert checked > 200  # most combinations are real days; the rest must be refused


def test_day_month_year_summer_and_winter_offsets() -> None:
    assert parse_sent_at.__wrapped__("15-Jul-25") == "2025-07-15T07:00:00+00:00"  # PDT
    assert parse_sent_at.__wrapped__("15-Jan-2025") == "2025-01-15T08:00:00+00:00"  # PST
    with pytest.raises(ValueError, match="unrecognised date"):
        parse_sent_at.__wrapped__("12-Foo-25")


def test_an_hour_read_by_its_day_is_the_hour_read_on_its_own() -> None:
    """The import's per-day reading of LinkedIn's Sent At hour (one zone lookup a day, not one an hour) gives what
    the per-hour reading gives, on every day of three years (two clock changes each), with days that do not exist
    and hours out of range; on the days the clocks change it leaves the hour to the per-hour reading."""
    from invitriage.ingest.dates import _utc_hour, linkedin_hour

    checked = declined = 0
    for year in ("24", "25", "26"):
        for month in range(1, 13):
            for day in range(0, 33):
                for hour in (*range(0, 14), 99):
                    for half in "AP":
                        for m, d, h in ((str(month), str(day), str(hour)), (f"{month:02d}", f"{day:02d}", f"{hour:02d}")):
                            got = linkedin_hour(f"{m}/{d}/{year}, {h}{half}")
                            want = _utc_hour(m, d, year, h, half)
                            if got is None:
                                declined += 1
                                assert want is None or (month, day) in {(3, 10), (11, 3), (3, 9), (11, 2), (3, 8), (11, 1)}
                            else:
                                assert got == want, (m, d, year, h, half)
                                checked += 1
    assert checked > 60_000 and declined < 12_000
    assert linkedin_hour("3/10/25, 8P") == "2025-03-11T03:" and linkedin_hour("3/9/25, 8P") is None  # clocks change


def test_an_hour_not_of_linkedins_shape_is_refused_without_the_expression() -> None:
    """linkedin_hour reads the shape itself (the import asks it about every new hour before any expression): it
    answers exactly for the hours _LINKEDIN_SHAPE reads, digits as ``\\d`` reads them, and refuses anything else."""
    import re

    from invitriage.ingest.dates import _LINKEDIN_SHAPE, _utc_hour, linkedin_hour

    heads = ["5/9/25, 8", "05/09/25, 08", "12/31/26, 11", "5/9/25, 123", "5/9/2025, 8", "123/9/25, 8", "5/9/5, 8",
             " 5/9/25, 8", "5/9/25,  8", "5/9/25,8", "+5/9/25, 8", "5/9/2_5, 8", "5/9/25, 1_0", "5/9/25, ", "/9/25, 8",
             "5//25, 8", "5/9/25/1, 8", "x, 5/9/25, 8", "\u0665/9/25, 8", "5/9/\u0662\u0665, \u0668", "5/9/25, 8\n",
             "5/9/25, \u00b2", "5/9/25, 8 ", "", ", 8", "5/9/25"]
    answered = 0
    for head in heads:
        for half in ("A", "P", "X", ""):
            key = head + half
            m = _LINKEDIN_SHAPE.match(f"{head}:15 {half}M") if half else None
            got = linkedin_hour(key)
            if m is None:
                assert got is None, key
            elif got is not None:
                month, day, year, hour, _minute, _half = m.groups()
                assert got == _utc_hour(month, day, year, hour, half), key
                answered += 1
            else:  # the shape, but no such day
                assert _utc_hour(*m.groups()[:4], half) is None, key
    assert answered >= 8
    assert re.fullmatch(r"\d", "\u0663")  # the Arabic-Indic digits above are digits to the expression too


def test_the_written_out_pacific_rule_is_the_time_zone_databases_every_hour() -> None:
    """2007-2026 are read without zoneinfo: every local hour of those years (the skipped and the repeated hour of each
    change included) has the offset the time-zone database gives; the years around them ask the database."""
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from invitriage.ingest import dates

    zone = ZoneInfo("America/Los_Angeles")
    hour, checked, summer = datetime(2007, 1, 1), 0, 0
    while hour.year < 2027:
        ours = dates._pacific_offset.__wrapped__(hour.year, hour.month, hour.day, hour.hour)
        assert ours == datetime(hour.year, hour.month, hour.day, hour.hour, tzinfo=zone).utcoffset(), hour
        checked += 1
        summer += ours == timedelta(hours=-7)
        hour += timedelta(hours=1)
    assert checked == 175_320 and 0.6 < summer / checked < 0.7  # twenty years, about 238 summer days in each
    assert dates._RULE_YEARS == range(2007, 2027)
    # outside them the database answers: 2006 still changed in April, and the zone is the database's
    assert dates._pacific_offset.__wrapped__(2006, 3, 20, 12) == timedelta(hours=-8)
    assert dates._pacific_offset.__wrapped__(2027, 7, 1, 12) == timedelta(hours=-7)
    assert dates.PACIFIC.key == "America/Los_Angeles"


def test_a_pacific_local_time_is_placed_in_utc_as_with_the_zone() -> None:
    """Other shapes of Sent At (Excel's, strptime's) are placed by the same offsets: the same text as the zone's
    ``astimezone``, in and outside the written-out years, on the days the clocks change, and the same error at the end
    of time."""
    import random
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from invitriage.ingest import dates

    zone = ZoneInfo("America/Los_Angeles")
    pick = random.Random(7)
    instants = [datetime(1, 1, 1, 5, 7, 9, 123), datetime(1883, 11, 18, 12, 3), datetime(1999, 10, 31, 1, 30),
                datetime(2025, 3, 9, 2, 30), datetime(2025, 11, 2, 1, 59, 59, 999_999), datetime(2026, 12, 31, 23, 59)]
    instants += [datetime(1990, 1, 1) + timedelta(seconds=pick.randrange(50 * 365 * 86_400)) for _ in range(20_000)]
    for naive in instants:
        assert dates._pacific_instant(naive) == dates._iso_utc(naive.replace(tzinfo=zone)), naive
    with pytest.raises(OverflowError):
        dates._pacific_instant(datetime(9999, 12, 31, 23))
