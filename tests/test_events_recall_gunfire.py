"""Shots told with a gunshot noun (أعيرة نارية, طلقات نارية, طلق ناري) and no fire verb or
killing word beside them are a shooting: وجه ملثمون أعيرة نارية نحو الحراس. The guards keep
what must not change: shots fired at a wedding or in celebration, rounds of ammunition seized or
held, a licence or hunting are no attack. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.detect import detect_sentence


def _shootings(sentence: str) -> list[tuple[str, str]]:
    """(event type, trigger) of each event the sentence reports."""
    return [(d.event_type, sentence[d.trigger_start:d.trigger_end])
            for d in detect_sentence(sentence) if not d.reference]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("وجه ملثمون أعيرة نارية نحو حراس المعبر الحدودي مساء أمس.", "أعيرة نارية"),
        ("وتعرض أحد المارة لطلقات نارية من سيارة مسرعة في الحي الشرقي صباح اليوم.", "لطلقات نارية"),
        ("وقال شهود إن رجلا مقنعا وجه عيارات نارية إلى حارس المصرف ثم لاذ بالفرار.", "عيارات نارية"),
        ("وتوفي الشاب بطلق ناري في الرأس بعد نقله إلى المستشفى.", "بطلق ناري"),
    ],
)
def test_events_recall_gunfire_noun_is_a_shooting(sentence: str, trigger: str) -> None:
    found = _shootings(sentence)
    assert found, sentence
    assert trigger in {t for _, t in found}
    assert {e for e, _ in found} <= {"Violence against civilians", "Battles"}


@pytest.mark.parametrize(
    "sentence",
    [
        # shots fired in joy
        "وأطلق عدد من المدعوين أعيرة نارية ابتهاجا بالزفاف في القرية.",
        "وأطلق الأهالي طلقات نارية احتفالا بعودة الحجاج.",
        # rounds of ammunition seized, held or licensed
        "وتم ضبط بندقية آلية و50 طلقة نارية مع المتهم.",
        "وعثر بحوزته على مسدس و12 طلقة نارية دون ترخيص.",
        # hunting
        "ويستخدم هواة الصيد الخرطوش والأعيرة النارية الخفيفة في موسم الصيد.",
    ],
)
def test_events_recall_gunfire_noun_not_an_attack(sentence: str) -> None:
    assert _shootings(sentence) == []
