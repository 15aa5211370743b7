"""A lede told as its report's day (issue 16): ``أعلنت القيادة يوم الأحد أن ...`` dates the undated
details after it where the news day (the day before publication) would be later: what a report
tells happened on or before the day it was told. A report of the news day or of the publication
day changes nothing, and the lede's usual bounds hold (another story, a round-up's next item).
Sentences written for these tests (published on Tuesday 2015-08-04: the news day is 08-03,
Sunday 08-02)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

_SUNDAY_REPORT = "أعلنت قيادة الجيش يوم الأحد أن وحداتها أفرجت عن عشرات المحتجزين في عملية بشمال البلاد. "
_YESTERDAY_REPORT = "أعلنت قيادة الجيش أمس أن وحداتها أفرجت عن عشرات المحتجزين في عملية بشمال البلاد. "
_TODAY_REPORT = "أعلنت قيادة الجيش اليوم أن وحداتها أفرجت أمس عن عشرات المحتجزين في عملية بشمال البلاد. "
_DETAIL = "وأضافت القيادة في بيانها أن الجنود اعتقلوا قائدا ميدانيا للجماعة قرب مدينة مايدوغوري."
_QUOTE = "وقال المتحدث باسمها إن العملية استمرت ساعات طويلة. "
_SHIFT = "من جهة أخرى، قال مسؤول إن الأسواق فتحت أبوابها. "
_NEXT_ITEM = "وفي ولاية يوبي اعتقل الجنود قائدا ميدانيا للجماعة قرب مدينة داماتورو."
_PARA = "\n\n"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the report's day (Sunday) is before the news day: the details it tells are not later
        (_SUNDAY_REPORT + _DETAIL, "2015-08-02"),
        (_SUNDAY_REPORT + _QUOTE + _DETAIL, "2015-08-02"),
        (_SUNDAY_REPORT + _PARA + _QUOTE + _PARA + _DETAIL, "2015-08-02"),
        # a report of the news day itself: the news day, as before
        (_YESTERDAY_REPORT + _QUOTE + _DETAIL, "2015-08-03"),
        # a report of the publication day (it names the day before too): the news day
        (_TODAY_REPORT + _QUOTE + _DETAIL, "2015-08-03"),
        # another story begins in between, or a round-up's next item in a paragraph of its own
        (_SUNDAY_REPORT + _QUOTE + _SHIFT + _DETAIL, "2015-08-03"),
        (_SUNDAY_REPORT + _PARA + _NEXT_ITEM, "2015-08-03"),
    ],
)
def test_events_dates_report_lede_dates_the_details_it_tells(text: str, day: str) -> None:
    doc = analyze_text(text, published="2015-08-04")
    (arrest,) = [e for e in doc.events if e.sub_event_type == "Arrests"]
    assert arrest.date == day
