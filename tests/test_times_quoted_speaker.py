"""A direct quotation whose attribution names no day, of a speaker whose report was dated just
before (issue 16): ``ذكر المرصد أمس الجمعة ... . وقال المرصد: «... مساء أمس ...»``: the
speaker's "yesterday" counts from the day the speaker spoke. Sentences written for these
tests, published on Saturday 2015-07-25 (Thursday is 2015-07-23, Friday 2015-07-24)."""

from __future__ import annotations

import pytest

from time_values import time_values

_FIRST = "خطف مسلحون قائد الفرقة قرب الحدود بحسب ما ذكر {who} {day}. "


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # the observatory spoke on Friday: its "yesterday evening" is Thursday's
        (_FIRST.format(who="المرصد السوري", day="أمس الجمعة") + "وقال المرصد: «خطف المسلحون مساء أمس قائد الفرقة»",
         ("مساء أمس", "2015-07-23")),
        (_FIRST.format(who="المتحدث باسم الجيش", day="أمس") + "وأضاف المتحدث إن «الهجوم وقع صباح اليوم»",
         ("صباح اليوم", "2015-07-24")),
    ],
)
def test_times_quoted_speaker_counts_from_the_speakers_day(text: str, told: tuple[str, str]) -> None:
    assert told in time_values(text)


@pytest.mark.parametrize(
    "text",
    [
        # a new source (indefinite), another speaker, an attribution with its own day, a report of today
        _FIRST.format(who="مصدر أمني", day="أمس الجمعة") + "وقال مصدر: «قتل أمس جنديان»",
        _FIRST.format(who="المرصد", day="أمس الجمعة") + "وقال الجيش: «قتل أمس جنديان»",
        _FIRST.format(who="المرصد", day="أمس الجمعة") + "وقال المرصد اليوم: «قتل أمس جنديان»",
        _FIRST.format(who="المرصد", day="اليوم") + "وقال المرصد: «قتل أمس جنديان»",
    ],
)
def test_times_quoted_speaker_left_as_told(text: str) -> None:
    assert ("أمس", "2015-07-24") in time_values(text)
