"""A report that no casualty is known (``دون ورود معلومات عن قتلى``, ``لم ترد أنباء عن
سقوط قتلى``) is a known count of none, like ``لم تسفر عن ضحايا``: the toll is 0, and the death
word inside it is no death. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.tolls import fatalities_of_text


@pytest.mark.parametrize(
    "sentence",
    [
        "سقطت قذائف هاون على أطراف القرية مساء، دون ورود معلومات عن قتلى بين السكان",
        "انفجرت عبوة ناسفة قرب دورية للشرطة، ولم ترد أنباء عن سقوط قتلى",
    ],
)
def test_events_tolls_no_casualty_report_is_zero(sentence: str) -> None:
    assert fatalities_of_text(sentence) == 0


def test_events_tolls_deaths_beside_a_no_casualty_report_still_count() -> None:
    assert fatalities_of_text("قتل ثلاثة جنود في الهجوم، دون ورود أنباء عن إصابات في صفوف المدنيين") == 3
