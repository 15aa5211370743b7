"""Relative days inside a direct quotation whose attribution names its day (issue 16): the
speaker's "today" is the day the speaker spoke. Sentences written for these tests, published on
Saturday 2015-07-25 (Thursday is 2015-07-23, Friday 2015-07-24)."""

from __future__ import annotations

import pytest

from time_values import time_values


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # the speaker spoke on Thursday evening: the quotation's morning is Thursday's
        ('وقال مساء الخميس إن "المعارك متواصلة في الأحياء الشرقية منذ صباح اليوم"', ("صباح اليوم", "2015-07-23")),
        # the speaker spoke yesterday (Friday): the quotation's "today" is Friday, its "yesterday" Thursday
        ("وقال المتحدث أمس: «قتل اليوم خمسة مسلحين في المدينة»", ("اليوم", "2015-07-24")),
        ("وأضاف المتحدث أمس إن «المسلحين هاجموا أمس نقطة تفتيش»", ("أمس", "2015-07-23")),
    ],
)
def test_times_quoted_days_count_from_the_attribution(text: str, inside: tuple[str, str]) -> None:
    assert inside in time_values(text)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # the editor glossed the speaker's "today": the gloss stands
        ("وقال المتحدث أمس: «قتل اليوم (أمس) خمسة مسلحين»", ("اليوم", "2015-07-24")),
        # no day told for the attribution: the paper's voice
        ("وقال المتحدث لـ«الرياض»: «قتل أمس خمسة مسلحين في المدينة»", ("أمس", "2015-07-24")),
        # the day is not the attribution's: words stand between it and the quotation
        ("وقال المتحدث أمس إن الجيش «قتل اليوم خمسة مسلحين»", ("اليوم", "2015-07-25")),
        # a weekday named with the relative day resolves it already
        ("وقال المتحدث أمس: «قتل أمس الخميس خمسة مسلحين»", ("أمس الخميس", "2015-07-23")),
        # no reporting verb before the day
        ("وفي مساء الخميس «قتل اليوم خمسة مسلحين»", ("اليوم", "2015-07-25")),
    ],
)
def test_times_quoted_days_guards_keep_the_paper_day(text: str, inside: tuple[str, str]) -> None:
    assert inside in time_values(text)
