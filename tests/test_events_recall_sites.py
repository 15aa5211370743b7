"""Events the detector used to miss or mistype: a camp, barracks, heights, a field or a port
taken (territory); a militant cell dismantled (an arrest); weapons and explosives seized told
with a verbal noun (a disruption, not a blast); definite clashes told with a live verb; an
arrest beside what the people arrested were planning (كانت تخطط: their intent, not a
forecast). The guards keep what must not change: self-restraint is no seizure, a bomb carried
and set off is still a blast, a plan told alone is no event. Every sentence is written for
these tests."""

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
        # weapons and explosives seized, told with a verbal noun: a disruption, not a blast
        ("وتم ضبط كمية كبيرة من الأسلحة والمتفجرات داخل مزرعة مهجورة يوم السبت.", ["Disrupted weapons use"]),
        ("وأسفرت الحملة عن ضبط مخزن للذخائر والمتفجرات قرب الحدود.", ["Disrupted weapons use"]),
        # (weapons found on a man arrested stay with the arrest: one event)
        ("وألقت الشرطة القبض على شاب وضبط بحوزته سلاح ناري وذخيرة.", ["Arrests"]),
        # (self-restraint beside rockets is no seizure)
        ("وأكد الجيش التزامه ضبط النفس رغم سقوط صاروخين على الحي أمس.", ["Shelling/artillery/missile attack"]),
        # (explosives set off are still a blast)
        ("وفجر انتحاري المتفجرات التي بحوزته في سوق المدينة.", ["Suicide bomb"]),
    ],
)
def test_events_recall_sites_seizure_noun(sentence: str, expected: list[str]) -> None:
    assert _types(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # definite clashes told with a live verb are a clash
        ("وتدور المواجهات حاليا في الأحياء الغربية من المدينة.", ["Armed clash"]),
        ("واندلعت المواجهات مجددا صباح اليوم عند مدخل البلدة.", ["Armed clash"]),
        # (definite clashes with no such verb stay what they were)
        ("وأعرب الأهالي عن قلقهم من المواجهات.", []),
    ],
)
def test_events_recall_sites_live_clashes(sentence: str, expected: list[str]) -> None:
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
