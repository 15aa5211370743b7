"""The day of an incident told in its follow-up's sentence (issue 16): where a sentence tells a
condemnation, a funeral or a claim of an incident (``ندد``، ``شيع``، ``أعلن ... مسؤوليته``) and a
day before the incident's noun and another in the noun's own clause, the first dates the
follow-up and the second the incident. Sentences written for these tests, published on Saturday
2015-08-08 (``أمس`` is Friday 2015-08-07, ``أمس الأول`` and ``الخميس`` Thursday 2015-08-06)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

_PUBLISHED = "2015-08-08"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a condemnation's day before the noun, the attack's after it
        ("ندد رئيس الوزراء أمس بالهجوم على نقطة تفتيش في مدينة العريش يوم الخميس.", "2015-08-06"),
        # a funeral's day, then the bombing's
        ("شيع آلاف من سكان مدينة الموصل اليوم ضحايا تفجير سيارة مفخخة في سوق المدينة أمس الأول.",
         "2015-08-06"),
        # a claim of responsibility's day, then the bombing's
        ("أعلن تنظيم داعش اليوم مسؤوليته عن التفجير الانتحاري في مسجد بمدينة أبها يوم الخميس.",
         "2015-08-06"),
    ],
)
def test_events_dates_follow_up_day_before_noun_is_not_the_incident(text: str, day: str) -> None:
    (event,) = analyze_text(text, published=_PUBLISHED).events
    assert event.date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the second day is past a comma: another clause's (what the prime minister said)
        ("ندد رئيس الوزراء أمس بالهجوم على نقطة تفتيش في مدينة العريش، وقال يوم الخميس إنه سيرد.",
         "2015-08-07"),
        # no follow-up told: two days in one incident's sentence stay as they were read
        ("قتل مسلحون أمس ثلاثة جنود بهجوم استهدف حاجزا للشرطة في مدينة العريش يوم الخميس.", "2015-08-07"),
        # the noun's clause tells a day later than the condemnation's: nothing is condemned
        # before it happens, so that day is not the incident's
        ("ندد رئيس الوزراء يوم الخميس بالهجوم على نقطة تفتيش في مدينة العريش أمس.", "2015-08-06"),
        # the condemnation's day is the only one: the incident is not dated later than it
        ("ندد رئيس الوزراء أمس بالهجوم على نقطة تفتيش في مدينة العريش.", "2015-08-07"),
    ],
)
def test_events_dates_follow_up_guards_keep_the_day(text: str, day: str) -> None:
    (event,) = analyze_text(text, published=_PUBLISHED).events
    assert event.date == day
