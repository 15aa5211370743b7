"""The day of an incident told only by the week it happened in (issue 16): a clause that tells
no day but a week over before publication (``الأسبوع الماضي``) is dated by that week's middle
day (its Thursday) with ACLED's precision for a week (2), not by the news day. A day told in the
sentence wins; this week, still going on, and a week after ``منذ`` (the start of a period) are
left to the day the sentence had before (here the news day, the day before publication). Sentences written for these tests, published on
Wednesday 2015-08-12: last week is ISO week 32 (3 to 9 August), its Thursday 2015-08-06."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

_PUBLISHED = "2015-08-12"


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون ثلاثة جنود في هجوم على حاجز للشرطة في مدينة العريش الأسبوع الماضي.",
        "اعتقلت الشرطة الأسبوع الماضي خمسة مطلوبين في مدينة الموصل.",
        "اندلعت، الأسبوع المنصرم، اشتباكات عنيفة بين الجيش ومسلحين في مدينة درعا.",
    ],
)
def test_events_dates_weeks_last_week_is_its_middle(text: str) -> None:
    (event,) = analyze_text(text, published=_PUBLISHED).events
    assert (event.date, event.time_precision) == ("2015-08-06", 2)


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        # a day told in another clause of the sentence is the incident's
        ("قتل مسلحون أمس ثلاثة جنود في هجوم على حاجز للشرطة في العريش، بعد اجتماع للقادة الأسبوع الماضي.",
         "2015-08-11", 1),
        # a week after منذ starts a period: the incident keeps the news day
        ("قتل مسلحون ثلاثة جنود في هجوم على حاجز للشرطة في العريش هو الأول منذ إعلان الهدنة الأسبوع الماضي.",
         "2015-08-11", 2),
        # a week after بعد أن is an earlier act's: the shelling keeps the news day
        ("قصف مسلحون قرى في جبل صبر بعد أن طردوا منها الأسبوع الماضي.", "2015-08-11", 2),
        # this week is still going on: left to the news day
        ("قتل مسلحون ثلاثة جنود في هجوم على حاجز للشرطة في مدينة العريش هذا الأسبوع.", "2015-08-11", 2),
    ],
)
def test_events_dates_weeks_guards_keep_the_day(text: str, day: str, precision: int) -> None:
    (event,) = analyze_text(text, published=_PUBLISHED).events
    assert (event.date, event.time_precision) == (day, precision)
