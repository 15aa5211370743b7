"""Tolls (issue 16), round 20: a count from 11 to 99 with its counted noun in the indefinite
accusative (``23 متمردا``) counts people, so the other side's dead joined to it by ``و`` are
added; a death clause opened by ``و`` after a comma (``، وقتل شرطيان في هجوم ...``) is a part
of its own, whose toll another act's event does not take. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.tolls import fatalities_of_text
from toll_focus import toll_at_trigger


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the first count's noun is an accusative singular no word list holds: both sides summed
        ("وقتل 23 متمردا على الأقل و8 مقاتلين موالين للحكومة في معارك الليلة الماضية.", 31),
        ("وأفاد الأهالي بأن 27 متطوعا وسبعة من رجال الحراسة سقطوا قتلى في الاشتباكات.", 34),
        ("وأسفرت المواجهات عن مقتل 41 متمردا انفصاليا و12 من عناصر الشرطة.", 53),
        # a count of people words already read that way, unchanged
        ("وتسببت المواجهات بمقتل 11 عنصرا من الجماعة وثلاثة من الحراس.", 14),
        # ... but not the wounded joined after the dead, nor a unit after the count
        ("وقتل 23 متمردا و15 جريحا نقلوا إلى المستشفى.", 23),
        ("قتل 18 متمردا في هجوم استمر 12 ساعة.", 18),
        # outside 11 to 99 an accusative noun is no counted noun (a number of units after it)
        ("وقتل 5 جنود و200 مترا من الطريق أغلقت.", 5),
    ],
)
def test_events_tolls_counted_accusative_nouns(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count


@pytest.mark.parametrize(
    ("sentence", "trigger", "sub_event_type", "count"),
    [
        # a blast told first, then a death clause of another act: the blast takes none of its dead
        ("انفجرت سيارة مفخخة قرب السوق في المدينة، وقتل شرطيان في هجوم مسلح على دورية قرب الحدود.",
         "انفجرت", "Remote explosive/landmine/IED", None),
        ("انفجرت سيارة مفخخة قرب السوق في المدينة، وقتل شرطيان في هجوم مسلح على دورية قرب الحدود.",
         "هجوم", "Attack", 2),
        # the death clause tells no act of its own: the blast's dead, the whole sentence
        ("انفجرت سيارة مفخخة قرب السوق في المدينة، وقتل خمسة أشخاص.",
         "انفجرت", "Remote explosive/landmine/IED", 5),
        # a death verb after a comma with no و opens no part
        ("انفجرت سيارة مفخخة قرب السوق في المدينة، قتل فيها خمسة أشخاص.",
         "انفجرت", "Remote explosive/landmine/IED", 5),
    ],
)
def test_events_tolls_death_clause_of_another_act(sentence: str, trigger: str, sub_event_type: str,
                                                  count: int | None) -> None:
    assert toll_at_trigger(sentence, trigger, sub_event_type) == count
