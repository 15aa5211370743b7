"""Relative days told in reported speech whose reporting verb names its day by the weekday
(issue 16): ``قال مسؤولون الخميس إن ... الليلة الماضية`` counts the speaker's "last night" from
Thursday, as a direct quotation's days are (test_times_quoted_days). Sentences written for these
tests, published on Saturday 2015-07-25 (Thursday is 2015-07-23, Friday 2015-07-24)."""

from __future__ import annotations

import pytest

from time_values import time_values


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("قال مسؤولون الخميس إن مسلحين هاجموا حاجزا للشرطة الليلة الماضية قرب الحدود", ("الليلة الماضية", "2015-07-22")),
        # a colon and "يوم" before the clause; the speaker's "this morning" is Thursday's
        ("ذكر مصدر أمني يوم الخميس: إن خمسة جنود قتلوا صباح اليوم في كمين", ("صباح اليوم", "2015-07-23")),
        ("أعلن الجيش الخميس أن طائراته قصفت أمس مخازن للسلاح", ("أمس", "2015-07-22")),
    ],
)
def test_times_indirect_days_count_from_the_report_weekday(text: str, inside: tuple[str, str]) -> None:
    assert inside in time_values(text)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # the report's day is itself relative: the paper's voice may tell the clause's days
        ("قال مسؤولون أمس إن مسلحين هاجموا حاجزا للشرطة الليلة الماضية قرب الحدود", ("الليلة الماضية", "2015-07-24")),
        # the relative day is in the next sentence, not in the reported clause
        ("قال مسؤولون الخميس إن مسلحين هاجموا حاجزا للشرطة. وقتل جندي الليلة الماضية في كمين",
         ("الليلة الماضية", "2015-07-24")),
        # no reporting verb before the weekday, no reported clause
        ("وصل الوزير الخميس إلى المدينة التي شهدت اشتباكات الليلة الماضية", ("الليلة الماضية", "2015-07-24")),
    ],
)
def test_times_indirect_days_guards_keep_the_paper_day(text: str, inside: tuple[str, str]) -> None:
    assert inside in time_values(text)
