"""Tolls (issue 16), round 3: the hedge before a count, one victim told by a pronoun or a
young-person noun, and the traps beside them. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.stages.events.tolls import fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a hedge (ما لا يقل عن، أكثر من) before a count: the cue's reach is taken from the hedge
        ("سقطت القذائف على السوق فقتلت ما لا يقل عن عشرات الباعة.", 10),
        ("قتلت الغارة على السوق أكثر من 12 شخصا.", 12),
        ("قتل الجيش قرابة عشرين مسلحا.", 20),
        # ... but a hedge does not pull in a count that another clause tells
        ("قتل الجيش مسلحا واحدا، ويقيم في المخيم أكثر من 300 نازح.", 1),
        # a death noun with a singular pronoun is one victim
        ("وحاول المطلوب الفرار من الدورية مما أسفر عن مقتله.", 1),
        ("أعلنت الحركة اغتيالها على يد مجهولين.", 1),
        # ... unless the death is what a protest is against
        ("خرج المتظاهرون احتجاجا على مقتله برصاص مجهولين.", None),
        # فتى (a youth) is one victim
        ("قتل فتى برصاص الشرطة قرب الحاجز.", 1),
        ("قتل فتى وشابان في الغارة.", 3),
    ],
)
def test_events_tolls_hedges_pronouns_and_youths(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a count after an addition phrase adds more dead to the count before it
        ("أسفر الانفجار عن مقتل 9 من رجال الأمن إضافة إلى 3 من المارة وإصابة خمسة آخرين.", 12),
        ("أدى القصف إلى مقتل خمسة مدنيين بالإضافة إلى اثنين من المسعفين.", 7),
        # ... not a wounded count, nor one after a casualty word of its own
        ("أسفر الانفجار عن مقتل 9 من رجال الأمن إضافة إلى 3 جرحى.", 9),
        ("أسفر الانفجار عن مقتل 9 من رجال الأمن بالإضافة إلى إصابة 3 من المارة.", 9),
        # a group's or a country's member noun (nisba) lists a side's dead in parallel
        ("أفاد شهود بمقتل 30 عراقيا على الأقل، و5 إيرانيين في تبادل النار عند المعبر.", 35),
        ("قتل 14 عراقيا، و3 لبنانيين في المعارك.", 17),
        # a bracketed age between a singular subject and its death verb
        ("وقالت المصادر إن رجلا (45 عاما) توفي متأثرا بجروحه.", 1),
        ("وأكد الأطباء أن طفلة (6 أعوام) توفيت في المستشفى.", 1),
        # a named victim standing for a relative's singular death verb
        ("وصل جثمان العريف سعيد الأحمد من قوة الحدود، الذي استشهد أمس.", 1),
        ("شيع الأهالي الشهيد ناصر العلي الذي توفي متأثرا بجروحه.", 1),
        # ... not where the relative is the place of deaths told after it
        ("زار الوزير المخفر الذي استشهد وجرح فيه رجال أمن كثيرون.", None),
    ],
)
def test_events_tolls_additions_members_ages_and_relatives(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # one victim's companions after مع: a dual with a possessive is two, a companion noun
        # with a possessive joined by و one more
        ("قتل مسلحون قاضيا مع حارسيه مساء الأحد في العاصمة.", 3),
        ("نصب المهاجمون كمينا للقاضي وقتلوه مع حارسيه وسائقه ثم فروا.", 4),
        ("اغتيل نائب في البرلمان مع حارسيه أمس.", 3),
        ("قتل رجل مع ولديه في القصف.", 3),
        # ... not a form that may be a plural, nor مع before a side
        ("قتل قيادي مع مرافقيه.", 1),
        ("قتل جندي في اشتباك مع المسلحين.", 1),
    ],
)
def test_events_tolls_companions_of_one_victim(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=90), st.integers(min_value=2, max_value=90),
       st.sampled_from(["إضافة إلى", "بالإضافة إلى", "فضلا عن"]), st.booleans())
def test_events_tolls_an_added_count_sums_with_the_first(first: int, second: int, joiner: str, people: bool) -> None:
    victims = "مدنيين" if people else "من المسعفين"
    sentence = f"أدى التفجير إلى مقتل {first} من عناصر الحراسة {joiner} {second} {victims} قرب البوابة."
    assert fatalities_of_text(sentence) == first + second
