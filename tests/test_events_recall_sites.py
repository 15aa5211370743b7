"""Events the detector used to miss or mistype: a camp, barracks, heights or a field taken
(territory); a militant cell dismantled (an arrest); explosives told as seized (تم ضبط كمية
من المتفجرات: no blast); an arrest beside what the people arrested were planning (كانت تخطط:
their intent, not a forecast). The guards keep what must not change: a fire put under control
is no takeover, a bomb defused stays a disruption, explosives set off stay a blast, a plan told
alone is no event. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.detect import detect_sentence


def _types(sentence: str) -> list[str]:
    return [d.sub_event_type for d in detect_sentence(sentence) if not d.reference]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a camp, barracks, heights, a field or a port taken is ground taken
        ("وسيطرت قوات المقاومة فجر اليوم على معسكر اللواء الرابع.", ["Government regains territory"]),
        ("واستعادت الوحدات العسكرية الثكنة الشمالية بعد انسحاب المسلحين منها.", ["Government regains territory"]),
        ("سيطر مقاتلو التنظيم أمس على حقل الغاز الواقع شرق المحافظة.", ["Government regains territory"]),
        ("وسيطرت القبائل على المرتفعات المطلة على الوادي مساء الأحد.", ["Government regains territory"]),
        # (a takeover verb with no ground, camp or field named stays no event)
        ("ونجحت فرق الإطفاء في السيطرة على الحريق الذي شب في المستودع.", []),
    ],
)
def test_events_recall_sites_ground_taken(sentence: str, expected: list[str]) -> None:
    assert _types(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cell dismantled is an arrest, told with a verbal noun or a verb
        ("وأعلنت وزارة الداخلية تفكيك خلية إرهابية مؤلفة من سبعة عناصر في الجنوب.", ["Arrests"]),
        ("وفككت الأجهزة الأمنية أمس خليتين تابعتين للتنظيم في ضواحي العاصمة.", ["Arrests"]),
        # (a bomb defused stays a disruption)
        ("وفككت فرق الهندسة عبوة ناسفة زرعت على جانب الطريق.", ["Disrupted weapons use"]),
        # (a cell named with no dismantling is no event)
        ("وقال الخبير إن الخلية كانت على صلة بقياديين في الخارج.", []),
    ],
)
def test_events_recall_sites_cell_dismantled(sentence: str, expected: list[str]) -> None:
    assert _types(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # explosives seized are no blast
        ("وتم ضبط كمية كبيرة من الأسلحة والمتفجرات داخل مزرعة مهجورة يوم السبت.", []),
        ("وأضافت أنه تم ضبط سيارتين مفخختين وحزام ناسف مع المسلح الذي تم اعتقاله.", ["Arrests"]),
        # (explosives set off are still a blast)
        ("فجر انتحاري حزاما ناسفا في سوق المدينة أمس.", ["Suicide bomb"]),
        ("انفجرت عبوة ناسفة قرب دورية للشرطة صباح اليوم.", ["Remote explosive/landmine/IED"]),
    ],
)
def test_events_recall_sites_devices_seized(sentence: str, expected: list[str]) -> None:
    assert _types(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the people arrested were planning is their intent, not a forecast of the arrest
        ("وأعلنت وزارة الداخلية تفكيك خلية إرهابية كانت تخطط لاستهداف منشآت حكومية.", ["Arrests"]),
        ("واعتقلت الشرطة أمس خمسة أشخاص كانوا يخططون لتنفيذ هجمات في العاصمة.", ["Arrests"]),
        ("وأوقفت دورية للجيش مسلحين اثنين كانا على الطريق وكانوا ينوون مهاجمة الثكنة.", ["Arrests"]),
        # (a plan told with no act beside it stays no event)
        ("وقال المصدر إن الجماعة كانت تخطط لتنفيذ هجوم على السجن.", []),
        # (a forecast in the sentence's own clause still cancels its act)
        ("وتخطط الحكومة لشن هجوم واسع على معاقل المسلحين الأسبوع المقبل.", []),
    ],
)
def test_events_recall_sites_past_intent(sentence: str, expected: list[str]) -> None:
    assert _types(sentence) == expected
