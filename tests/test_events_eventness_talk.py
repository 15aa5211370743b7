"""Event-ness of war words used in talk, not in a report (rasd.stages.events.eventness and
rasd.stages.events.tense): a whole war counted by its length (أربعة أشهر من المعارك), an act
of any kind (أي هجوم), what may happen (قد يكون عن طريق تفجير), what a country has suffered
from (عانت من التفجيرات), an attack of words or of computers (هجوما حادا على منافسه, هجمات
إلكترونية), and a visit, condolence or condemnation that names the act as its object (زار
المصابين جراء التفجير).

Every sentence here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.eventness import irrealis, sentence_cues
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.tense import recalled

PUBLISHED = "2015-08-05"


@pytest.mark.parametrize(("sentence", "trigger", "unreal"), [
    ("وشدد على أن بلاده سترد بحزم على أي هجوم يستهدف حدودها", "هجوم", True),
    ("وأكد أن الجنود يحمون الثغور من أي عدوان", "عدوان", True),
    ("وأضاف أن رد الجيش قد يكون بقصف مواقع المتمردين", "بقصف", True),
    ("وقال إن المملكة عانت من التفجيرات والتخريب سنوات طويلة", "التفجيرات", True),
    ("وشن المرشح الديمقراطي هجوما حادا على منافسه في المناظرة", "هجوما", True),
    ("وتعرضت مواقع الوزارة لهجمات إلكترونية مصدرها الخارج", "لهجمات", True),
    ("ويتصدر الحاكم السابق استطلاعات المرشحين في معركة الرئاسة المقبلة", "معركة", True),
    ("وطالب المجلس بتحديد المسؤولين عن الهجمات بالغازات السامة في الريف", "الهجمات", True),
    ("وحذرت السفارة رعاياها من احتمالات هجمات على محطات القطارات", "هجمات", True),
    ("وأعاد الهجوم الأخير على المعبر الحدودي الجدل حول أمن الحدود", "الهجوم", True),
    ("وأكدت الوزارة أنه لا صحة لما تناقلته المواقع عن مقتل مواطن في المدينة الحدودية", "مقتل", True),
    # the same words where the act happened
    ("وتعرضت الدورية لهجوم مسلح قرب الجسر", "لهجوم", False),
    ("وشن المسلحون هجوما عنيفا على الحاجز فجر أمس", "هجوما", False),
    ("وقد تمكنت القوات من صد الهجوم على البلدة", "الهجوم", False),
])
def test_events_eventness_talk_irrealis(sentence: str, trigger: str, unreal: bool) -> None:
    words = words_of(sentence)
    at = next(i for i, w in enumerate(words) if sentence[w.start:w.end] == trigger)
    assert irrealis(words, at) is unreal


@pytest.mark.parametrize(("sentence", "event_type", "expected"), [
    ("وأدت أكثر من خمسة أشهر من المعارك في البلاد إلى دمار واسع.", "Battles", True),
    ("وخلفت سنوات من القتال آلاف الأرامل في القرى الجبلية.", "Battles", True),
    # the length of the war is named, the takeover is told
    ("وبعد أشهر من المعارك سيطرت الكتيبة أمس على البلدة.", "Battles", False),
    ("قتل خمسة مقاتلين أمس في اشتباكات قرب البلدة.", "Battles", False),
])
def test_events_tense_recalled_reads_a_war_by_its_length(sentence: str, event_type: str, expected: bool) -> None:
    words = words_of(sentence)
    assert recalled(words, 0, len(words), event_type) is expected


@pytest.mark.parametrize(("sentence", "events"), [
    ("وأدت أكثر من خمسة أشهر من المعارك العنيفة في البلاد بين الجيش والمتمردين إلى دمار واسع في المدن.", 0),
    ("وقال الوزير أمس إن بلاده عانت من التفجيرات والاغتيالات لكنها تجاوزت تلك المرحلة.", 0),
    ("وأوضح المصدر أمس أن الرد قد يكون بقصف مواقع المتمردين في الجبل الغربي.", 0),
    ("وقال الخبير أمس إن الجماعة قد ينفذ عناصرها هجوما على المعسكر في أي لحظة.", 0),
    ("وشنت المرشحة مساء أمس هجوما حادا على منافسها الجمهوري خلال تجمع انتخابي في أيوا.", 0),
    # the same words reporting what happened
    ("قتل خمسة مقاتلين أمس في معارك عنيفة بين الجيش والمتمردين قرب مدينة الحديدة.", 1),
    ("وانفجرت سيارة مفخخة أمس قرب السفارة في وسط العاصمة فقتلت ثلاثة حراس.", 1),
])
def test_events_eventness_talk_sentences(sentence: str, events: int) -> None:
    assert len(analyze_text(sentence, published=PUBLISHED).events) == events


@pytest.mark.parametrize(("sentence", "cue"), [
    ("تفقد محافظ المدينة أمس في المستشفى العام المصابين جراء التفجير الذي استهدف سوق الخضار.", True),
    ("قدم وزير الداخلية أمس تعازيه لأسر الضحايا الذين قتلوا في القصف الذي طال الحي الشرقي.", True),
    ("أدان رئيس البرلمان أمس الهجوم الذي استهدف نقطة للشرطة في ضواحي المدينة.", True),
    # the act told first, the wish or the condemnation after it: a report
    ("قتل ثلاثة أشخاص أمس في تفجير استهدف سوق الخضار، وتمنى المحافظ للجرحى الشفاء العاجل.", False),
    ("قتل ثلاثة أشخاص أمس في تفجير استهدف سوق الخضار وسط المدينة.", False),
])
def test_events_eventness_aftermath_cue_names_the_act_as_its_object(sentence: str, cue: bool) -> None:
    doc = analyze_text(sentence, published=PUBLISHED)
    assert ("aftermath" in sentence_cues(doc, 0, len(sentence))) is cue


def test_events_lapse_of_years_recalls_an_old_incident() -> None:
    # "two years after a like attack on a school in Austin": the attack recalled is too old to
    # report, and it lends the day's shooting neither its place nor an event of its own
    text = ("فتح مسلح النار أمس داخل مركز تجاري في مدينة دالاس فقتل ثلاثة أشخاص، بعد عامين على هجوم "
            "مماثل شنه مسلح آخر على مدرسة في مدينة أوستن.")
    events = analyze_text(text, published=PUBLISHED).events
    assert [(e.date, e.location.name if e.location else None) for e in events] == [("2015-08-04", "Dallas")]
