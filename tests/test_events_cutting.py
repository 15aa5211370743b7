"""One record per incident (issue 16, 0.4.0): an earlier incident recalled after a lapse
(``بعد ثلاثة أيام على ...``) dated by counting back from the main clause, two days named by
the text never merged into one event, definite and possessive trigger forms. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.dates import lapses, shifted
from rasd.stages.events.lexicon import words_of


def _events(text: str, published: str) -> list[tuple[str, str | None, str | None, int | None]]:
    doc = analyze_text(text, published=published)
    return sorted((e.sub_event_type, e.location.name if e.location else None, e.date, e.fatalities)
                  for e in doc.events)


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("وجاءت الغارة بعد ثلاثة أيام على تفجير السوق", 3),
        ("وذلك بعد 5 أيام من اختطاف الصحافي", 5),
        ("بعد يومين من الهجوم على الحاجز", 2),
        ("وبعد يوم من مقتل الجنود", 1),
        ("عقب ساعات من انفجار السيارة", 0),
        ("وعقب يومين من إغلاق المعبر", 2),
        ("بعد أسبوع على المواجهات", 7),
        ("بعد أسبوعين من الحصار", 14),
        ("ويأتي الهجوم بعد أيام على مقتل أربعة جنود", None),  # how many days, the text does not say
        ("بعد أقل من أسبوعين على الاشتباكات", None),
        # a word on the length between the unit and the link leaves the length as told
        ("وجاء القصف بعد يومين تقريبا على اغتيال القائد", 2),
        ("بعد ساعات فقط من انفجار العبوة", 0),
        ("بعد عامين تقريباً من سقوط البلدة", 730),
        ("عقب أيام فحسب على اقتحام المخيم", None),
    ],
)
def test_events_cutting_lapse_read(sentence: str, days: int | None) -> None:
    got = lapses(words_of(sentence))
    assert [lp.days for lp in got] == [days]


@pytest.mark.parametrize(
    "sentence",
    ["عاد الهدوء بعد الظهر من يوم الجمعة", "قتل خمسة بعد أن هاجم مسلحون القرية", "بعد ذلك قصفت الطائرات البلدة",
     "وودعت الأسرة ابنها بعد سنوات"],
)
def test_events_cutting_no_lapse_without_unit_and_link(sentence: str) -> None:
    assert lapses(words_of(sentence)) == []


def test_events_cutting_shifted_keeps_precision() -> None:
    assert shifted(("2022-05-15", 1), 3) == ("2022-05-12", 1)
    assert shifted(("2022-03-01", 2), 1) == ("2022-02-28", 2)
    assert shifted(None, 2) is None


def test_events_cutting_recalled_incident_dated_back_from_the_main_clause() -> None:
    # the air strike is Sunday's; the suicide bombing three days before it is its own event
    text = ("قصف في الحسكة\n\nالحسكة - قصفت طائرات حربية مساء الأحد مواقع للمسلحين في مدينة الحسكة، "
            "وذلك بعد ثلاثة أيام على تفجير انتحاري استهدف سوقا شعبيا في مدينة القامشلي.\n")
    got = {(sub, date) for sub, _, date, _ in _events(text, "2022-05-16")}
    assert got == {("Air/drone strike", "2022-05-15"), ("Suicide bomb", "2022-05-12")}


def test_events_cutting_recall_of_unknown_lapse_is_no_new_event() -> None:
    # "days after four soldiers were killed": that earlier attack is not dated, and not news here
    text = ("هجوم في العريش\n\nالعريش - قتل ضابطان في هجوم على كمين للشرطة أمس الثلاثاء في مدينة العريش، "
            "ويأتي الهجوم بعد أيام على مقتل أربعة جنود في هجوم مماثل.\n")
    got = _events(text, "2021-09-15")
    assert [(date, fat) for _, _, date, fat in got] == [("2021-09-14", 2)]


def test_events_cutting_recall_of_an_old_incident_with_an_approximate_lapse_is_no_event() -> None:
    # a market bombing "about two years" before the ambush is background, not an event of today
    text = ("كمين في الأنبار\n\nالرمادي - قتل ثلاثة جنود في كمين نصبه مسلحون أمس الاثنين قرب مدينة الرمادي. "
            "وجاء الكمين بعد عامين تقريبا على تفجير سيارة مفخخة في سوق الخضار بمدينة الفلوجة قتل فيه 40 شخصا.\n")
    got = _events(text, "2022-05-17")
    assert [(date, fat) for _, _, date, fat in got] == [("2022-05-16", 3)]


@pytest.mark.parametrize(
    "second",
    ["وفتح مسلحون النار السبت على حاجز للجيش في البلدة ما أدى إلى مقتل جندي.",
     "وقتل جندي السبت في البلدة برصاص مسلحين."],
)
def test_events_cutting_two_named_days_are_two_events(second: str) -> None:
    # the same town, a shelling on Sunday and a soldier killed on Saturday: two events, not one
    text = f"اشتباكات في درعا\n\nدرعا - قصفت قوات النظام صباح الأحد بلدة نوى بريف درعا. {second}\n"
    got = {(sub, date, fat) for sub, _, date, fat in _events(text, "2022-05-16")}
    assert got == {("Shelling/artillery/missile attack", "2022-05-15", None), ("Armed clash", "2022-05-14", 1)}


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("تفجير في مقديشو\n\nمقديشو - وقع الهجوم الانتحاري صباح أمس في سوق بكارا بمقديشو وأوقع تسعة قتلى.\n",
         "Suicide bomb"),
        ("غارات في الصومال\n\nمقديشو - شنت الطائرات الأمريكية أمس أولى غاراتها على مواقع لحركة الشباب في بلدة جلب.\n",
         "Air/drone strike"),
    ],
)
def test_events_cutting_definite_and_possessive_triggers(text: str, sub: str) -> None:
    assert [e[0] for e in _events(text, "2020-02-11")] == [sub]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # an insert between commas stands between the count and its verb
        ("قال مسؤول محلي إن 14 شخصا، أغلبهم من النساء، قتلوا في القصف على السوق.", 14),
        ("وذكرت الشرطة أن ستة أشخاص، بينهم طفلان، قتلوا في الانفجار.", None),  # the insert holds its own count
        # a singular victim after أن, described at length, is the subject of the verb
        ("أفاد شهود بأن ضابطا رفيعا في الاستخبارات العسكرية ومن المقربين من الوزير، قتل صباح اليوم بانفجار.", 1),
        ("وقالت المصادر إن جنديا من اللواء الخامس قتل في الكمين.", 1),
        ("وقالت المصادر إن عناصر الكتيبة قتلوا عشرة مسلحين في الكمين.", 10),
        # one victim, then a count joined by و: both are dead
        ("وأسفر الكمين عن مقتل ضابط وأربعة جنود وإصابة اثنين.", 5),
        ("قتل شرطي ومدنيان في إطلاق نار على الحاجز.", 3),
        ("قتل أربعة جنود وأصيب ضابط في الكمين.", 4),
    ],
)
def test_events_cutting_count_read_past_an_insert(sentence: str, count: int | None) -> None:
    from rasd.stages.events.tolls import fatalities_of_text

    assert fatalities_of_text(sentence) == count


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # whose positions are struck suffers the strike; the doer is who strikes
        ("قصف في تعز\n\nتعز - استهدفت المقاومة الشعبية أمس تجمعات الحوثيين في منطقة صالة بقذائف الهاون.\n",
         "Popular Resistance", "Houthi Movement - Ansar Allah"),
        ("قصف في دير الزور\n\nدير الزور - قصفت طائرات التحالف أمس مواقع لتنظيم داعش في مدينة الميادين.\n",
         "Global Coalition Against Daesh", "Islamic State"),
    ],
)
def test_events_cutting_target_owner_is_not_the_doer(text: str, actor1: str, actor2: str) -> None:
    doc = analyze_text(text, published="2019-04-02")
    assert [(e.actor1, e.actor2) for e in doc.events] == [(actor1, actor2)]


def test_events_cutting_framing_sentence_refers_to_the_event_told() -> None:
    # "the attack of yesterday comes days after ...": neither the attack (told in the lead) nor
    # the undated earlier killing is a new event
    text = ("هجوم في الشيخ زويد\n\nالعريش - قتل ثلاثة جنود أمس الأربعاء في انفجار عبوة ناسفة استهدفت مدرعة "
            "للجيش في مدينة الشيخ زويد.\n\nويأتي هجوم أمس بعد أيام على مقتل خمسة جنود في هجوم على كمين "
            "للجيش في مدينة رفح.\n")
    got = _events(text, "2021-09-16")
    assert [(sub, date, fat) for sub, _, date, fat in got] == [("Remote explosive/landmine/IED", "2021-09-15", 3)]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # the state's forces and the militia beside them: the forces are actor1, the militia no opponent
        ("معارك في لحج\n\nلحج - سيطرت المقاومة الشعبية والجيش الوطني أمس على بلدة الحوطة بعد معارك مع "
         "الحوثيين.\n", "Military Forces of Yemen", "Houthi Movement - Ansar Allah"),
        # a clash between the two is not a joint action
        ("اشتباكات في تعز\n\nتعز - اندلعت اشتباكات عنيفة أمس بين الجيش والمقاومة الشعبية في مدينة تعز.\n",
         None, None),
    ],
)
def test_events_cutting_joint_forces_state_first(text: str, actor1: str | None, actor2: str | None) -> None:
    doc = analyze_text(text, published="2019-04-02")
    got = [(e.actor1, e.actor2) for e in doc.events]
    if actor1 is None:
        assert all(a1 != "Military Forces of Yemen" or a2 == "Popular Resistance" for a1, a2 in got)
    else:
        assert got[0] == (actor1, actor2)
