"""Tolls (issue 16), round 15: a victim noun's dual in construct (``ضابطا شرطة``) is two dead, and
every singular victim joined by ``و`` after a count adds one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.tolls import fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a victim noun's dual in construct before a service noun: two
        ("تبنت الجماعة قتل ضابطي شرطة في المدينة الحدودية أمس.", 2),
        ("وقتل ضابطا صف في انفجار لغم على الطريق.", 2),
        ("أسفر الهجوم عن مقتل عنصري الأمن المكلفين بحراسة المبنى.", 2),
        ("قتل المهاجمون رجلي شرطة عند الحاجز.", 2),
        # ... and each singular victim joined after it adds one
        ("وقتل ضابطا شرطة ومجند ومسلح في تبادل إطلاق النار.", 4),
        # an accusative singular before another word stays one
        ("قتل المسلحون ضابطا آخر في الحي الغربي.", 1),
        ("قتل مسلحون ضابطا في الشرطة قرب منزله.", 1),
        ("قتلت الغارة جنديا في الجيش النظامي.", 1),
        # every singular victim joined by و after a count
        ("قتل ثلاثة جنود ومدني وطفل في القصف المدفعي.", 5),
        ("قتل ثلاثة جنود ومدني آخر وطفل في القصف.", 5),
        ("قتل ثلاثة من عناصر الشرطة ومدني في الهجوم.", 4),
        ("قتل 12 شخصا بينهم أربعة أطفال وامرأة ورجل مسن.", 12),
        ("قتل 5 مسلحين وأصيب جندي وشرطي في الاشتباك.", 5),
    ],
)
def test_tolls_construct_duals(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count
