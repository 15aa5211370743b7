"""Tolls (issue 16), round 4: a date in digits is no count, a list of named dead announced by
a colon, one kin with a possessive after a death noun, and one named victim before an
addition phrase. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.stages.events.lexicon import words_of
from rasd.stages.events.numbers import parse_counts
from rasd.stages.events.tolls import fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a date written with slashes (Hijri or Gregorian) is never a count
        ("وكان الجنديان فلان وفلان قد استشهدا مساء الخميس 1437/2/3هـ إثر سقوط قذيفة.", None),
        ("العريف سالم الحربي والجندي أول ماجد العنزي استشهدوا يوم الأحد 1437/2/3هـ على الحدود.", 2),
        ("قتل 4 أشخاص في الانفجار الذي وقع في 12/3/2016 قرب السوق.", 4),
        ("وأعلنت الشرطة في 1437/2/3 هـ مقتل 6 من المطلوبين.", 6),
        # a Hijri year told alone before هـ
        ("استشهد جنديان في عام 1437 هـ على الحدود.", 2),
        # a list of titled names after a colon (no و between them)
        ("نعت القيادة أمس الشهداء الذين قتلوا، وأعلنت استشهاد: الرقيب سعد الغامدي، العريف فهد الشمري، الجندي علي القرني.", 3),
        ("أعلن الجيش مقتل: الملازم خالد سالم، الرقيب ناصر حمد في الكمين.", 2),
        # ... a colon and one name is one death
        ("أعلن الجيش مقتل: الملازم خالد سالم أثناء الاشتباك.", 1),
        # a kin or companion with a possessive after a death noun is one victim
        ("أطلق مسلحون النار على سيارة التاجر مما أدى إلى إصابته ومقتل زوجته.", 1),
        ("نجا الضابط من الكمين لكن الهجوم أسفر عن مقتل سائقه.", 1),
        # ... not two of them (the count is not read), and not a wounded one
        ("أسفر الهجوم عن مقتل ابنه وزوجته.", None),
        ("أسفر الهجوم عن إصابة زوجته.", 0),
        # one victim told before an addition phrase and a count after its own death noun
        ("سيطرت القوات على المعسكر بعد معارك قتل خلالها قيادي في الجماعة يدعى أبو سالم، إضافة إلى مقتل نحو 30 مسلحا آخرين.", 31),
        ("أسفرت المعارك عن مقتل قائد الكتيبة، فضلا عن مقتل سبعة من عناصرها.", 8),
        # ... not where the first death cue has its own count (the counts are summed once)
        ("قتل 5 جنود في الهجوم، إضافة إلى مقتل 3 مدنيين.", 8),
        # ... nor a wounded one
        ("أصيب ضابط بجروح، إضافة إلى مقتل 4 من المسلحين.", 4),
    ],
)
def test_events_tolls_dates_colon_lists_kin_and_additions(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the dead and the wounded counted together in the accusative: how many died is not told
        ("خلف القصف الليلي نحو 30 قتيلا وجريحا بين المسلحين.", None),
        ("خلف الهجوم 14 شهيدا وجريحا بين المدنيين.", None),
        # ... but a count of each is read
        ("سقط 9 قتلى و20 جريحا في القصف.", 9),
        # victims and witnesses together are no count of the dead
        ("اعتمد التقرير على شهادات 120 ضحية وشاهدا من القرى المنكوبة.", None),
        # a plural time unit after في dates the count over a period, a singular one an incident
        ("قتل العشرات في الهجمات على القرى في الأشهر الأخيرة.", None),
        ("قتل 25 شخصا في أعمال العنف في السنوات الماضية.", None),
        ("قتل 25 شخصا في الهجوم في الأسبوع الماضي.", 25),
        # the dead and the wounded told without a count: no count, not "none killed"
        ("خلف الانفجار في السوق عددا من الشهداء والجرحى وفق مصادر طبية.", None),
        # a definite noun for the wounded alone (wishing them well) tells no toll
        ("وتمنى الوزير الشفاء العاجل للمصابين في الحادث.", None),
        ("زار المحافظ الجرحى في المستشفى.", None),
        # ... the wounded told by a verb or a count, and no one killed, is 0
        ("أصيب ثلاثة من المارة بجروح طفيفة في الانفجار.", 0),
        ("أسفر الحادث عن إصابة شرطيين.", 0),
        # one victim before a death verb joined to another verb: the count is the other verb's
        ("أعلنت الشرطة أن متشددا قتل واعتقل 12 شخصا في المداهمات.", 1),
        # ... but after a plural death verb joined to another, its count is the killed too
        ("هاجم المسلحون القرية فقتلوا واحتجزوا خمسة من سكانها.", 5),
    ],
)
def test_events_tolls_mixed_periods_wounded_and_joined_verbs(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


@settings(max_examples=60, deadline=None)
@given(day=st.integers(1, 30), month=st.integers(1, 12), year=st.sampled_from([1435, 1436, 1437, 2015, 2016]),
       hijri=st.booleans(), n=st.integers(2, 40))
def test_events_tolls_a_slashed_date_is_never_a_count(day: int, month: int, year: int, hijri: bool, n: int) -> None:
    date = f"{year}/{month}/{day}" if hijri else f"{day}/{month}/{year}"
    mark = "هـ" if hijri else "م"
    words = words_of(f"قتل {n} أشخاص يوم {date}{mark} في الهجوم")
    assert [c.value for c in parse_counts(words)] == [n]
    assert fatalities_of_text(f"قتل {n} أشخاص يوم {date}{mark} في الهجوم") == n


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # one toll told twice in its sentence (a lede and a quote of it): counted once
        ("قتل نحو 15 قرويا في الهجوم على البلدة، بحسب شيخ القبيلة الذي قال: «هاجم المسلحون السوق وقتلوا أكثر من 15 شخصا».", 15),
        # ... not more dead called others, nor small equal counts, nor two different counts
        ("قتل 6 جنود في الكمين، وقتل 6 آخرون في قصف على الثكنة.", 12),
        ("قتل 2 من المارة في الانفجار وقتل 2 من الحراس عند البوابة.", 4),
        ("قتل 11 شخصا في التفجير الأول وقتل 4 في التفجير الثاني.", 15),
    ],
)
def test_events_tolls_a_toll_told_twice_counts_once(sentence: str, count: int) -> None:
    assert fatalities_of_text(sentence) == count
