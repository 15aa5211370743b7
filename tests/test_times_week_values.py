"""A week told relative to the publication day (``الأسبوع الماضي``, ``هذا الأسبوع``) resolves to the
ISO week (Monday to Sunday) it names, written ``YYYY-Www`` as TIMEX3 writes weeks. A bare "the
week" with a position word (``مطلع الأسبوع``) names no week of its own and gets no value. A weekday
"before last" (``الجمعة قبل الماضية``) is the one a week before the last such weekday. Phrases
written for these tests; published on Wednesday 2015-08-12 (ISO week 33)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.stages.times.calendar import week_middle, week_value
from rasd.stages.times.stage import resolve_times

_PUBLISHED = dt.date(2015, 8, 12)


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start : t.end], t.value) for t in resolve_times(text, _PUBLISHED)]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("الأسبوع الماضي", "2015-W32"),
        ("الاسبوع الماضي", "2015-W32"),
        ("الأسبوع المنصرم", "2015-W32"),
        ("الأسبوع الفائت", "2015-W32"),
        ("نهاية الأسبوع الماضي", "2015-W32"),
        ("الأسبوع قبل الماضي", "2015-W31"),
        ("هذا الأسبوع", "2015-W33"),
        ("الأسبوع الجاري", "2015-W33"),
        ("الأسبوع المقبل", "2015-W34"),
    ],
)
def test_times_week_values_relative_week(phrase: str, value: str) -> None:
    assert _found(f"زار الوفد المدينة {phrase} والتقى مسؤوليها") == [(phrase, value)]


@pytest.mark.parametrize("phrase", ["مطلع الأسبوع", "الأسبوع", "طوال الأسبوع", "الأسبوع الأول"])
def test_times_week_values_no_week_named(phrase: str) -> None:
    assert _found(f"زار الوفد المدينة {phrase} والتقى مسؤوليها") == []


@pytest.mark.parametrize(
    ("day", "value", "middle"),
    [
        (dt.date(2015, 8, 12), "2015-W33", dt.date(2015, 8, 13)),
        (dt.date(2015, 8, 9), "2015-W32", dt.date(2015, 8, 6)),  # a Sunday ends its ISO week
        (dt.date(2016, 1, 1), "2015-W53", dt.date(2015, 12, 31)),  # a week across the new year
    ],
)
def test_times_week_values_calendar(day: dt.date, value: str, middle: dt.date) -> None:
    assert week_value(day) == value
    assert week_middle(value) == middle


@pytest.mark.parametrize("value", [None, "", "2015", "2015-08", "2015-08-12", "2015-W54", "2015-Wxx"])
def test_times_week_values_middle_of_no_week(value: str | None) -> None:
    assert week_middle(value) is None


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("الاثنين قبل الماضي", "2015-08-03"),  # the last Monday is 08-10, the one before it 08-03
        ("يوم السبت قبل الماضي", "2015-08-01"),
        ("الجمعة قبل الماضية", "2015-07-31"),
        ("مساء الخميس قبل الماضي", "2015-07-30"),
        ("الجمعة الماضية", "2015-08-07"),  # (the last one: unchanged)
    ],
)
def test_times_week_values_weekday_before_last(phrase: str, value: str) -> None:
    assert _found(f"زار الوفد المدينة {phrase} والتقى مسؤوليها") == [(phrase, value)]
