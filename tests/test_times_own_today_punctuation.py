"""A report that names its own "today" by a weekday a day before publication (issue 16) names it
even with a full stop or a comma glued to the weekday (``اليوم الجمعة.``, ``اليوم الجمعة،``):
its bare "today"s are that day. Sentences written for these tests, published on Saturday
2015-07-25 (Friday is 2015-07-24)."""

from __future__ import annotations

import pytest

from time_values import time_values


@pytest.mark.parametrize(
    "text",
    [
        "قتل خمسة مدنيين صباح اليوم في قصف على السوق. وأكد المسؤول الحصيلة اليوم الجمعة.",
        "أفاد سكان اليوم الجمعة، بأن خمسة مدنيين قتلوا صباح اليوم في قصف على السوق",
    ],
)
def test_times_own_today_named_before_punctuation_moves_bare_todays(text: str) -> None:
    assert ("صباح اليوم", "2015-07-24") in time_values(text)
