"""Tolls: a nominative dual right after an active killing verb, before the verb's object (a
count, or one victim noun in the accusative), names the killers, not dead of the event
(``قتل مسلحان 13 شخصا``: 13; ``اغتال مسلحان ضابطا``: one). The passive (``قتل جنديان``), a list of
the dead joined with ``و`` and an intransitive verb keep their count. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.tolls import fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the dual is the subject: the object count tells the dead
        ("قتل مسلحان 13 شخصا في هجوم على سوق المدينة أمس.", 13),
        ("وقتلت امرأتان انتحاريتان 9 أشخاص في محطة الحافلات.", 9),
        # the object is one victim noun in the accusative
        ("اغتال مسلحان ضابطا في الشرطة قرب منزله.", 1),
        ("وقتل مجهولان شرطيا عند الحاجز.", 1),
        # the passive: the dual is the dead
        ("قتل جنديان تركيان في انفجار لغم جنوب شرقي البلاد.", 2),
        ("قتل حوثيان وجرح أربعة في كمين للمقاومة.", 2),
        ("قتل شخصان طعنا بالسكاكين وجرح ثالث داخل المتجر.", 2),
        # a list of the dead joined with و
        ("قتل شرطيان و3 مدنيين في الانفجار.", 5),
        # an intransitive verb has no object
        ("استشهد جنديان في القصف.", 2),
    ],
)
def test_tolls_dual_doers(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count
