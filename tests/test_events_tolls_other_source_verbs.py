"""A second source's figure for the same dead, brought in by a contrast word and a verb of
speaking or estimating (``فيما تحدثت ... عن``, ``في حين قدرت``), is not more dead: the most
conservative figure stands, as ACLED codes. A no-casualty phrase with a dual verb (two attacks
``لم يسفرا عن ضحايا``) or ``سقوط ضحايا`` is a known toll of 0. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.tolls import fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "toll"),
    [
        # another source's figure after a verb of speaking: the smaller figure
        ("أعلنت السلطات المحلية مقتل أربعة أشخاص في القصف، فيما تحدثت وسائل إعلام معارضة عن سبعة قتلى.", 4),
        ("قالت الشرطة إن ثلاثة أشخاص قتلوا في الانفجار، في حين تحدث شهود عن مقتل خمسة أشخاص.", 3),
        ("أفاد المستشفى بمقتل تسعة مدنيين في الغارة، بينما قدرت منظمة محلية عدد القتلى بأحد عشر.", 9),
        # more dead told after the verb (others): both counts stand
        ("قتل ستة جنود في الكمين، فيما تحدث مصدر عن مقتل أربعة مسلحين آخرين.", 10),
        # the verb tells no figure: the count stands
        ("قتل أربعة أشخاص في القصف، فيما تحدث السكان عن دمار واسع في المنازل.", 4),
        # two attacks that caused no casualties: a known toll of 0
        ("واستهدف مسلحون مركزين للشرطة في المحافظة بهجومين لم يسفرا عن ضحايا.", 0),
        ("وأطلق مجهولون النار على دورية للجيش قرب الحدود، لم يسفر عن سقوط ضحايا.", 0),
        ("وانفجرت عبوتان قرب السوق لم تسفرا عن وقوع إصابات.", 0),
    ],
)
def test_other_source_and_no_casualty_tolls(sentence: str, toll: int | None) -> None:
    assert fatalities_of_text(sentence) == toll
