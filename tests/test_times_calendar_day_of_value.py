"""calendar.day_of_value: the day of a ``YYYY-MM-DD`` value, None for coarser or broken ones."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.stages.times.calendar import day_of_value


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2015-03-07", dt.date(2015, 3, 7)),
        ("2016-02-29", dt.date(2016, 2, 29)),
        ("2015-02-29", None),  # no such day
        ("2015-03", None),  # a month
        ("2015", None),  # a year
        ("", None),
        (None, None),
    ],
)
def test_times_calendar_day_of_value(value: str | None, day: dt.date | None) -> None:
    assert day_of_value(value) == day
