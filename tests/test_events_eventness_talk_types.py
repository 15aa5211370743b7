"""Strategic developments told in the words of talk (rasd.stages.events.eventness.weigh_candidates,
``talk_types`` in ``rasd/data/events/eventness.json``): a delivery, a handover, recruitment read
weakly as a non-violent transfer of territory or a change to a group's activity is not reported;
an agreement (a truce announced) is not one of these types and stays.

Every article here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.eventness_tables import eventness_tables

PUBLISHED = "2015-08-05"

# (title, text) whose only reading was a weak event of a talk type
TALK = {
    "arms delivery": (
        "البحرية المصرية تتسلم فرقاطة جديدة من فرنسا",
        "تسلمت القوات البحرية المصرية أمس فرقاطة حديثة من فرنسا في حفل أقيم بميناء لوريان.\n\n"
        "وقال المتحدث العسكري إن الفرقاطة ستنضم إلى الأسطول الشمالي خلال الشهر المقبل.\n\n"
        "وأضاف أن الصفقة تشمل تدريب الطواقم على تشغيلها.",
    ),
    "recruitment networks": (
        "تركيا تشدد الرقابة على حدودها الجنوبية",
        "أعلنت السلطات التركية أمس تعزيز الرقابة على حدودها الجنوبية مع سوريا.\n\n"
        "وفي الأسابيع الأخيرة، نفذت الشرطة التركية حملات استهدفت شبكات تجنيد تعمل على أراضيها وترسل "
        "المجندين الأجانب إلى سوريا.\n\n"
        "وقال مسؤول إن التدابير ستستمر.",
    ),
    "aid ship": (
        "رسو سفينة مساعدات في ميناء عدن",
        "رست أمس في ميناء عدن سفينة تحمل مساعدات غذائية استأجرها برنامج الأغذية العالمي.\n\n"
        "وأشارت تقارير إلى أن البرنامج حاول في الأسابيع الماضية تسليم المساعدات لكنه لم يتمكن بسبب "
        "المعارك.\n\n"
        "وقال مسؤول محلي إن توزيع المساعدات سيبدأ اليوم.",
    ),
}

TRUCE = (
    "التحالف يعلن وقفا إنسانيا للقتال أسبوعا",
    "أعلنت قيادة قوات التحالف أمس وقفا إنسانيا للقتال في اليمن يمتد أسبوعا ويبدأ منتصف الليل، لإتاحة "
    "إيصال المساعدات.\n\n"
    "وقال المتحدث باسم التحالف إن القوات سترد على أي خرق للهدنة.\n\n"
    "ورحبت الأمم المتحدة بالإعلان.",
)


@pytest.mark.parametrize("name", sorted(TALK))
def test_events_eventness_talk_types_weak_readings_are_not_reported(name: str) -> None:
    title, text = TALK[name]
    doc = analyze_text(text, title=title, published=PUBLISHED)
    assert [e.sub_event_type for e in doc.events] == []


def test_events_eventness_talk_types_leave_an_announced_truce() -> None:
    title, text = TRUCE
    doc = analyze_text(text, title=title, published=PUBLISHED)
    assert [e.sub_event_type for e in doc.events] == ["Agreement"]


@pytest.mark.parametrize(("sub_event_type", "listed"), [
    ("Non-violent transfer of territory", True),
    ("Change to group/activity", True),
    ("Agreement", False),
    ("Armed clash", False),
])
def test_events_eventness_talk_types_table(sub_event_type: str, listed: bool) -> None:
    t = eventness_tables()
    assert (sub_event_type in t.talk_types) is listed
    assert 0.0 < t.talk_floor <= 0.8


def test_events_eventness_talk_types_leave_a_merger_of_groups() -> None:
    # a change to a group told with the group's own change word (a merger) is the development itself;
    # read weakly (under the talk floor), it still stays
    text = ("اندماج ألوية في حماة\n\n"
            "حماة - أعلنت أربعة ألوية مقاتلة في مدينة حماة أمس اندماجها في جبهة واحدة تحت قيادة مشتركة.\n")
    events = analyze_text(text, published=PUBLISHED).events
    weak = [e for e in events if e.sub_event_type == "Change to group/activity"]
    assert weak and all(e.confidence < eventness_tables().talk_floor for e in weak)
