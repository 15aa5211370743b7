"""The day a later sentence tells for an incident its lead dated by the report (issue 16): a lead
told through a report (``قال مسعفون أمس إن ...``) gives the report's day; a noun that tells the
incident again a sentence later (``واندلع القتال أول من أمس``) gives the incident's. Sentences
written for these tests, published on Saturday 2015-08-08 (``أمس`` is Friday 2015-08-07, ``أول من
أمس`` and ``الخميس`` Thursday 2015-08-06)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

_PUBLISHED = "2015-08-08"


def _days(text: str) -> list[str | None]:
    return sorted(e.date or "" for e in analyze_text(text, published=_PUBLISHED).events)


_LEAD_FIGHT = "قال مسعفون أمس إن أربعة أشخاص قتلوا خلال اشتباكات في مدينة درنة بين الجيش ومسلحين. "
_LEAD_ATTACK = "أفادت الشرطة أمس بأن مسلحين قتلوا ثلاثة جنود في هجوم على حاجز في مدينة العريش. "


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the fight's day told by a back-pointing noun in the next sentence: one event, on that day
        (_LEAD_FIGHT + "واندلع القتال يوم الأربعاء في حي الساحل الشرقي.", "2015-08-05"),
        (_LEAD_ATTACK + "ووقع الهجوم يوم الأربعاء قرب الحاجز.", "2015-08-05"),
        # the day in the clause of a killing's noun
        (_LEAD_ATTACK + "وجاء الهجوم بعد مقتل الجنود الثلاثة يوم الخميس قرب الحاجز.", "2015-08-06"),
    ],
)
def test_events_dates_told_later_day_replaces_the_report_day(text: str, day: str) -> None:
    assert _days(text) == [day]


@pytest.mark.parametrize(
    "text",
    [
        # the later day is past a comma: not the noun's own clause
        _LEAD_FIGHT + "وتواصل القتال، وقال شهود يوم الأربعاء إن الوضع هادئ.",
        _LEAD_ATTACK + "ووقع الهجوم، حسب الشرطة، يوم الأربعاء قرب الحاجز.",
        # the later day is more than three days back: another incident, not this one's day
        _LEAD_ATTACK + "وكان الهجوم في 30 يوليو قد أوقع قتلى.",
        # the next sentence opens another story
        _LEAD_ATTACK + "وفي حادث منفصل، وقع الانفجار يوم الخميس في مدينة رفح.",
    ],
)
def test_events_dates_told_later_guards_keep_the_report_day(text: str) -> None:
    assert "2015-08-07" in _days(text)
