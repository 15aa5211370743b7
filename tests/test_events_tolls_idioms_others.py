"""Tolls (issue 16), round 20: death idioms (``راح ضحيته 15 شخصا``, ``حصد أرواح خمسة``) read
with an exact count right after them; a count of "others" joined to a death count
(``عشرة من الحراس وثلاثة آخرون``) adds more dead; adults and a few more people nouns count
people. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.tolls import fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the idiom tells the dead after it: an exact count, one hedge word, a single victim
        ("أدان المجلس التفجير الذي استهدف السوق وراح ضحيته 12 شخصا وأصيب 20 آخرون.", 12),
        ("ندد الوزير بالهجوم الذي ذهب ضحيته ثلاثة من رجال الحراسة.", 3),
        ("وقع الانفجار في المحطة وراح ضحيتها قرابة 9 عمال وإصابة آخرين.", 9),
        ("أدانت الحكومة الاعتداء على القرية الذي راح ضحيته طفل صغير.", 1),
        ("أدانت المنظمة القصف الذي حصد أرواح سبعة مدنيين في البلدة.", 7),
        # a vague count after it, or one far from it (a war's tally), stays unread
        ("استنكر البيان التفجير الذي راح ضحيته عدد من المصلين.", None),
        ("النزاع المستمر منذ عقود راح ضحيته حسب التقديرات زهاء 30 ألف إنسان.", None),
        ("هجمات متتالية راح ضحيتها العشرات وربما المئات من المدنيين.", None),
    ],
)
def test_events_tolls_death_idioms(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # "and N others" after a death count with a long phrase of who they were: more dead
        ("قتل تسعة من أفراد حرس المنشأة النفطية وأربعة آخرون في الهجوم.", 13),
        ("استشهد ستة من منتسبي الدفاع المدني واثنان آخران وأصيب خمسة آخرين في القصف.", 8),
        ("أسفر الكمين عن مقتل خمسة من حراس مبنى البلدية و3 آخرين.", 8),
        # ... but not others told wounded, nor the wounded of a clause of their own
        ("قتل تسعة من أفراد حرس المنشأة وأربعة آخرون بجروح في الهجوم.", 9),
        ("قتل تسعة من أفراد حرس المنشأة وأربعة آخرون جرحى في الهجوم.", 9),
        ("قتل تسعة من أفراد حرس المنشأة وأصيب أربعة آخرون في الهجوم.", 9),
        # adults and the people nouns added to the table count people when joined
        ("أحرق المهاجمون القرية وقتلوا أربعة أطفال وخمسة بالغين.", 9),
        ("قتل المسلحون ثلاثة موظفين وأربعة مقاولين في الكمين.", 7),
    ],
)
def test_events_tolls_others_joined(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count
