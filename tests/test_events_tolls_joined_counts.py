"""Tolls (issue 16), round 13: counts joined into one list of the dead (``و`` written apart,
an addition phrase after a comma or right before a count, a list before a plural verb, two
sides' dead in one clause), another source's figure for the same dead, and the toll of
another act told across ``فيما``. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.tolls import fatalities_of_text
from toll_focus import toll_at_trigger


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # one victim and a count in digits joined by a و written apart
        ("قتل ضابط و 4 جنود في انفجار لغم على الطريق.", 5),
        ("قتل ضابط و4 جنود في انفجار لغم على الطريق.", 5),
        # an addition phrase after a comma adds the second count
        ("وأسفر الانفجار عن مقتل 8 من رجال الإطفاء، إضافة إلى اثنين من المارة.", 10),
        # an addition phrase right before a count with no death word of its own: one victim and the count
        ("وقتل خلالها قائد ميداني يدعى فلان، فضلا عن نحو 30 مسلحا آخرين.", 31),
        # a list of counts before one plural death verb: all of them
        ("وقال المسؤول إن ثلاثة مزارعين و7 من الرعاة واثنين من الحراس قتلوا في الغارة.", 12),
        # ... and before سقطوا قتلى, a plural verb with its noun
        ("وقال الأهالي إن 30 مسلحا وستة من عناصر الحراسة الليلية سقطوا قتلى.", 36),
        ("وقال الأهالي إن 9 من عناصر الحراسة الليلية سقطوا قتلى.", 9),
        # two sides' dead joined by و in one clause, the first side's name long
        ("وأسفر القتال عن مقتل 14 مقاتلا من الفصيل ومن حلفائه في المنطقة و6 من عناصر الشرطة.", 20),
        ("وتسببت المواجهات بمقتل 11 عنصرا من الجماعة وثلاثة من الحراس.", 14),
        # ... but a subset after بينهم is not added, nor the wounded
        ("قتل 20 شخصا بينهم 5 أطفال و3 نساء في القصف.", 20),
        ("وأسفر الهجوم عن مقتل 10 أشخاص وإصابة 20 آخرين.", 10),
        # another source's figure for the same dead: the smaller stands (ACLED's most
        # conservative figure, round 14), not the sum
        ("قتل 12 شخصا في الانفجار، بينما قالت مصادر طبية إن 15 شخصا قتلوا.", 12),
        ("وقتل 9 حراس في الهجوم، في حين أعلنت الشرطة مقتل 7 حراس.", 7),
        # ... unless it calls its dead others, or the verb adds them
        ("قتل 6 جنود في الكمين، فيما قال الجيش إن 4 مسلحين قتلوا أيضا.", 10),
        ("قتل 9 أشخاص في القصف، وأضاف المصدر أن 3 آخرين قتلوا في القرية.", 12),
    ],
)
def test_events_tolls_joined_counts(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


@pytest.mark.parametrize(
    ("sentence", "trigger", "sub_event_type", "count"),
    [
        # the takeover's part tells no death; the other part tells a toll of another act (shelling)
        ("سيطرت القوات على المدينة بعد معارك، فيما قتل 40 مدنيا على الأقل في قصف مدفعي على الأحياء.",
         "سيطرت", "Government regains territory", None),
        ("سيطرت القوات على المدينة بعد معارك، فيما قتل 40 مدنيا على الأقل في قصف مدفعي على الأحياء.",
         "قصف", "Shelling/artillery/missile attack", 40),
        # the other part tells the dead with no act of its own: the takeover's fighters, the whole sentence
        ("سيطرت القوات على المدينة بعد معارك، فيما قتل 20 مسلحا.", "سيطرت", "Government regains territory", 20),
    ],
)
def test_events_tolls_another_acts_toll_across_a_break(sentence: str, trigger: str, sub_event_type: str,
                                                       count: int | None) -> None:
    assert toll_at_trigger(sentence, trigger, sub_event_type) == count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a period told before the count in its clause: a period's toll, not one incident's
        ("وقالت المنظمة إن عدد القتلى خلال الشهر الماضي بلغ نحو 900 قتيل.", None),
        ("وذكر التقرير أنه على مدار الأشهر الستة قتل 250 مدنيا في المحافظة.", None),
        # ... but not a period of another clause, nor since an incident (its toll stands)
        ("خلال الشهر الماضي تصاعدت المعارك، وقتل أمس 12 جنديا في كمين.", 12),
        ("وتتواصل الغارات منذ الهجوم على الثكنة الذي أدى إلى مقتل 19 جنديا.", 19),
    ],
)
def test_events_tolls_a_period_told_before_its_count(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count
