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
