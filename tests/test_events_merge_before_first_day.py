"""The day of one event whose later telling names an earlier day that cannot be the incident's
(issue 16): told in the past perfect (``وكان ... قد``, what had happened before the news) or as a
report's day (nothing is reported before it happens), where the first telling names the
incident's own day in its clause. The event keeps the first telling's day; ``كان`` with no
``قد`` and a first day that is itself a report's leave the earlier day as before. Sentences
written for these tests, published on Saturday 2015-07-25 (``أمس`` is Friday 2015-07-24,
``أول من أمس`` Thursday 2015-07-23)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

_PUBLISHED = "2015-07-25"


def _days(text: str) -> list[str | None]:
    return [e.date for e in analyze_text(text, published=_PUBLISHED).events]


_SINJAR = ("ذكر مصدر في الجيش اليوم السبت بمقتل تسعة جنود بقصف صاروخي على قضاء سنجار غرب الموصل. "
           "وأوضح المصدر أن مسلحي التنظيم أطلقوا اليوم نحو عشرين صاروخا باتجاه قضاء سنجار. ")
_RAQQA = "شنت مقاتلات حربية {day}غارات على مواقع للمسلحين في مدينة الرقة أدت إلى مقتل تسعة منهم. "
_OFFICIAL = "وأعلن مسؤول عسكري أول من أمس أن الطائرات قصفت مواقع للمسلحين في مدينة الرقة."


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the later telling in the past perfect: an earlier volley, not this one's day
        (_SINJAR + "وكان مسلحو التنظيم قد أطلقوا مساء أمس خمسة صواريخ نحو مواقع الجيش في قضاء سنجار.",
         "2015-07-25"),
        # the later day is a report's: an official told of the raid a day before it
        (_RAQQA.format(day="أمس ") + _OFFICIAL, "2015-07-24"),
    ],
)
def test_events_merge_before_first_day_keeps_the_lead_day(text: str, day: str) -> None:
    assert _days(text) == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # كان with no قد: a habit, not the past perfect
        (_SINJAR + "وكان مسلحو التنظيم يطلقون مساء أمس صواريخ نحو مواقع الجيش في قضاء سنجار.", "2015-07-24"),
        # the lead's day is a report's too: which one is the incident's is unknown
        ("قال مسؤولون أمس إن مقاتلات حربية شنت غارات على مواقع للمسلحين في مدينة الرقة أدت إلى مقتل تسعة "
         "منهم. " + _OFFICIAL, "2015-07-23"),
        # the lead names no day of its own
        (_RAQQA.format(day="") + _OFFICIAL, "2015-07-23"),
    ],
)
def test_events_merge_before_first_day_guards_keep_the_earlier_day(text: str, day: str) -> None:
    assert _days(text) == [day]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وكان المسلحون قد أطلقوا مساء أمس خمسة صواريخ نحو مواقع الجيش في قضاء سنجار.", True),
        ("وكان المسلحون يطلقون مساء أمس خمسة صواريخ نحو مواقع الجيش في قضاء سنجار.", False),
        ("وأطلق المسلحون مساء أمس خمسة صواريخ نحو مواقع الجيش في قضاء سنجار.", False),
    ],
)
def test_events_merge_before_first_day_reads_the_past_perfect(sentence: str, expected: bool) -> None:
    from rasd.stages.events.lexicon import words_of
    from rasd.stages.events.tense import clause_pluperfect

    assert clause_pluperfect(words_of(sentence, 0, len(sentence)), 0, len(sentence)) is expected
