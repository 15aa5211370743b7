"""Calendar arithmetic for the times stage: weekdays, inferred years, month shifts and the
Hijri calendar (through hijridate). Every function returns ``None`` instead of raising when
the date it is asked for does not exist or is out of range.
"""

from __future__ import annotations

import datetime as dt

__all__ = [
    "HIJRI_YEARS",
    "FUTURE_COST",
    "add_days",
    "day_of_value",
    "day_value",
    "hijri_day",
    "hijri_month_value",
    "hijri_to_gregorian",
    "hijri_year_value",
    "infer_hijri_date",
    "infer_year",
    "make_date",
    "month_value",
    "nearest_month",
    "relative_month",
    "relative_day",
    "shift_month",
    "weekday_after",
    "weekday_before",
    "weekday_near",
    "weekday_on_or_before",
    "week_value",
    "week_middle",
    "year_value",
]

#: The Hijri years hijridate converts (Umm al-Qura tables).
HIJRI_YEARS = range(1343, 1501)


def day_value(day: dt.date | None) -> str | None:
    """``YYYY-MM-DD`` or None."""
    return day.isoformat() if day is not None else None


def day_of_value(value: str | None) -> dt.date | None:
    """The day of a ``YYYY-MM-DD`` value (None for a month, a year, no value or no such day)."""
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def week_value(day: dt.date | None) -> str | None:
    """``YYYY-Www``, the ISO week (Monday to Sunday) holding ``day``, or None."""
    if day is None:
        return None
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_middle(value: str | None) -> dt.date | None:
    """The Thursday, the middle day, of a ``YYYY-Www`` week value (None for any other value)."""
    if not value or len(value) != 8 or value[4:6] != "-W":
        return None
    try:
        return dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 4)
    except ValueError:
        return None


def month_value(year: int, month: int) -> str | None:
    """``YYYY-MM`` for a valid year and month, else None."""
    if 1 <= year <= 9999 and 1 <= month <= 12:
        return f"{year:04d}-{month:02d}"
    return None


def year_value(year: int) -> str | None:
    """``YYYY`` for a four-digit year, else None."""
    return f"{year:04d}" if 1 <= year <= 9999 else None


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when it does not exist."""
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def add_days(day: dt.date, days: int) -> dt.date | None:
    """``day`` shifted by ``days``, None outside the calendar."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday_on_or_before(weekday: int, anchor: dt.date) -> dt.date | None:
    """The latest ``weekday`` (Monday = 0) on or before ``anchor``."""
    return add_days(anchor, -((anchor.weekday() - weekday) % 7))


def weekday_before(weekday: int, anchor: dt.date) -> dt.date | None:
    """The latest ``weekday`` strictly before ``anchor``."""
    back = (anchor.weekday() - weekday) % 7 or 7
    return add_days(anchor, -back)


def weekday_after(weekday: int, anchor: dt.date) -> dt.date | None:
    """The earliest ``weekday`` strictly after ``anchor``."""
    ahead = (weekday - anchor.weekday()) % 7 or 7
    return add_days(anchor, ahead)


def weekday_near(weekday: int, day: dt.date, latest: dt.date) -> dt.date | None:
    """The ``weekday`` within two days of ``day``: the day ``أمس الأربعاء`` names in a Friday
    paper written on Thursday (the weekday is named; the relative word counts from the day the
    report was written). Where there is none not after ``latest`` and ``day`` is not after it
    either, the latest such weekday before ``day``: a report posted days after it was written
    (``اليوم الأحد`` in a Wednesday post tells last Sunday). None where ``day`` is after
    ``latest`` and no such weekday is near it (``غدا الأحد`` in a Friday paper)."""
    back = (day.weekday() - weekday) % 7
    if back > 2:
        ahead = add_days(day, 7 - back) if back >= 5 else None
        if ahead is not None and ahead <= latest:
            return ahead
        if day > latest:
            return None
    found = add_days(day, -back)
    return found if found is not None and found <= latest else None


#: How much less likely a date without a year is to lie after publication than before it
#: (news mostly reports the recent past): a day ahead costs as much as this many days back.
FUTURE_COST = 3.0


def _cost(candidate: dt.date, anchor: dt.date) -> float:
    gap = (candidate - anchor).days
    return gap * FUTURE_COST if gap > 0 else float(-gap)


def infer_year(month: int, day: int | None, anchor: dt.date) -> int:
    """The year (of publication, before or after) that puts ``day``/``month`` closest to
    ``anchor``, a day ahead counting :data:`FUTURE_COST` days back: published 15 October,
    ``21 آذار`` is last March and ``5 تشرين الثاني`` next month."""
    best_year = anchor.year
    best_cost: float | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        candidate = make_date(year, month, day or 15)
        if candidate is None and day == 29 and month == 2:
            candidate = make_date(year, 2, 28)
        if candidate is None:
            continue
        cost = _cost(candidate, anchor)
        if best_cost is None or cost < best_cost:
            best_year, best_cost = year, cost
    return best_year


def nearest_month(month: int, anchor: dt.date) -> tuple[int, int]:
    """(year, month) of the named month nearest to ``anchor``."""
    return infer_year(month, None, anchor), month


def relative_month(month: int, direction: int, anchor: dt.date) -> tuple[int, int]:
    """(year, month) of the named month before (-1), after (+1) or in (0) the year of
    ``anchor``: ``حزيران الماضي`` is the latest June before the publication month,
    ``حزيران المقبل`` the first June after it, ``حزيران الجاري`` June of this year."""
    if direction < 0:
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif direction > 0:
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    return year, month


def relative_day(month: int, day: int, direction: int, anchor: dt.date) -> dt.date | None:
    """A day and month with ``الماضي`` (-1: the latest such date before ``anchor``),
    ``المقبل`` (+1: the first after it) or ``الجاري`` (0: in the year of ``anchor``)."""
    if direction == 0:
        return make_date(anchor.year, month, day)
    options = [make_date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if direction < 0:
        past = [d for d in options if d is not None and d < anchor]
        return max(past) if past else None
    future = [d for d in options if d is not None and d > anchor]
    return min(future) if future else None


# ------------------------------------------------------------------------------- Hijri


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Hijri (Umm al-Qura) date, None when it does not exist."""
    if year not in HIJRI_YEARS or not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    try:
        from hijridate import Hijri

        g = Hijri(year, month, day).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None


def hijri_day(year: int, month: int, day: int) -> dt.date | None:
    """Like :func:`hijri_to_gregorian`, but day 30 of a 29-day Umm al-Qura month (a month
    that lasted 30 days by local sighting) is read as the day after the 29th."""
    found = hijri_to_gregorian(year, month, day)
    if found is None and day == 30:
        last = hijri_to_gregorian(year, month, 29)
        found = add_days(last, 1) if last else None
    return found


def _hijri_of(day: dt.date) -> tuple[int, int, int] | None:
    try:
        from hijridate import Gregorian

        h = Gregorian(day.year, day.month, day.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError):
        return None


def infer_hijri_date(month: int, day: int, anchor: dt.date, direction: int = 0) -> dt.date | None:
    """A Hijri day and month without a year, read as the nearest such date to ``anchor``
    (``direction`` -1 / +1: the latest before / the first after it)."""
    here = _hijri_of(anchor)
    if here is None:
        return None
    options = [hijri_to_gregorian(y, month, day) for y in (here[0] - 1, here[0], here[0] + 1)]
    dates = [d for d in options if d is not None]
    if direction < 0:
        dates = [d for d in dates if d < anchor]
        return max(dates) if dates else None
    if direction > 0:
        dates = [d for d in dates if d > anchor]
        return min(dates) if dates else None
    if not dates:
        return None
    return min(dates, key=lambda d: _cost(d, anchor))


def hijri_month_value(year: int | None, month: int, anchor: dt.date | None, direction: int = 0) -> str | None:
    """``YYYY-MM`` of the middle (15th) of a Hijri month; without a year, the occurrence
    nearest to ``anchor`` (or before/after it for ``direction`` -1/+1)."""
    if year is not None:
        mid = hijri_to_gregorian(year, month, 15)
    elif anchor is not None:
        mid = infer_hijri_date(month, 15, anchor, direction)
    else:
        mid = None
    return month_value(mid.year, mid.month) if mid else None


def hijri_year_value(year: int) -> str | None:
    """``YYYY`` of the Gregorian year holding the middle of a Hijri year (1 Rajab)."""
    mid = hijri_to_gregorian(year, 7, 1)
    return year_value(mid.year) if mid else None
