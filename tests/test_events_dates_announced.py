"""A day that dates only an announcement (``أعلنت الوزارة اليوم أسماء ضحايا التفجير``, ``في بيان
أصدرته اليوم``) does not date the incident it is about; the incident gets the day it would get
without it, never a later one (issue 16). Sentences written for these tests, published Saturday
2015-07-25 (Thursday is 2015-07-23, Friday 2015-07-24)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.announced import announcement_times
from rasd.stages.events.lexicon import words_of

_PUBLISHED = "2015-07-25"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # names of the victims announced today: the bombing is the news day's (a daily's: yesterday)
        ("أعلنت وزارة الصحة اليوم أسماء ضحايا التفجير الانتحاري الذي استهدف مسجدا في مدينة أبها.", "2015-07-24"),
        # a condemnation in a statement issued today
        ("ودانت الحكومة في بيان أصدرته اليوم السبت الهجوم الانتحاري الذي استهدف مسجدا في مدينة أبها وأسفر عن "
         "مقتل 15 شخصا.", "2015-07-24"),
    ],
)
def test_events_dates_announced_day_is_not_the_incident(text: str, day: str) -> None:
    events = analyze_text(text, published=_PUBLISHED).events
    assert events
    assert {e.date for e in events} == {day}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # announced on Thursday: the news day (Friday) would be later, so Thursday bounds it
        ("أعلنت وزارة الداخلية يوم الخميس أسماء ضحايا الهجوم المسلح على حاجز للشرطة في مدينة العريش.", "2015-07-23"),
        # the statement reports the incident itself: its day is the report's
        ("أعلنت قيادة المنطقة الجنوبية في بيان لها اليوم مقتل جندي بقذيفة أطلقت على موقعه في جازان.", "2015-07-25"),
        ("قال الجيش في بيان أصدره اليوم إن مسلحين هاجموا حاجزا للشرطة في مدينة الموصل.", "2015-07-25"),
    ],
)
def test_events_dates_announced_day_still_bounds_or_dates(text: str, day: str) -> None:
    events = analyze_text(text, published=_PUBLISHED).events
    assert events
    assert {e.date for e in events} == {day}


@pytest.mark.parametrize(
    ("text", "announced"),
    [
        ("وأعلنت الوزارة يوم الخميس قائمة بأسماء القتلى.", True),  # a document announced
        ("وأدان المجلس في بيان له يوم الخميس الهجوم.", True),  # the day of a statement
        ("وبثت الجماعة يوم الخميس شريطا مصورا للرهائن.", True),
        ("وقال المتحدث باسم الجماعة التي أصدرت يوم الخميس بيانا جديدا إن الوضع هادئ.", True),  # a speaker's relative clause
        ("وقتل مسلحون يوم الخميس ثلاثة جنود.", False),
        ("وقال الجيش يوم الخميس إن مسلحين هاجموا حاجزا.", False),  # a report: its day may be the incident's
        ("وقال الجيش في بيان أصدره يوم الخميس إن مسلحين هاجموا حاجزا.", False),
    ],
)
def test_events_dates_announced_times_table(text: str, announced: bool) -> None:
    doc = analyze_text(text, published=_PUBLISHED)
    (thursday,) = [t for t in doc.times if t.value == "2015-07-23"]
    assert (thursday.start in announcement_times(words_of(doc.text), list(doc.times), None)) is announced
