"""Tolls (issue 16), round 3: the hedge before a count, one victim told by a pronoun or a
young-person noun, and the traps beside them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.tolls import fatalities_of_text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a hedge (ما لا يقل عن، أكثر من) before a count: the cue's reach is taken from the hedge
        ("قتل القصف في الحي ما لا يقل عن عشرات من المدنيين.", 10),
        ("قتلت الغارة على السوق أكثر من 12 شخصا.", 12),
        ("قتل الجيش قرابة عشرين مسلحا.", 20),
        # ... but a hedge does not pull in a count that another clause tells
        ("قتل الجيش مسلحا واحدا، ويقيم في المخيم أكثر من 300 نازح.", 1),
        # a death noun with a singular pronoun is one victim
        ("وحاول المطلوب الفرار من الدورية مما أسفر عن مقتله.", 1),
        ("أعلنت الحركة اغتيالها على يد مجهولين.", 1),
        # ... unless the death is what a protest is against
        ("خرج المتظاهرون احتجاجا على مقتله برصاص مجهولين.", None),
        # فتى (a youth) is one victim
        ("قتل فتى برصاص الشرطة قرب الحاجز.", 1),
        ("قتل فتى وشابان في الغارة.", 3),
    ],
)
def test_events_tolls_hedges_pronouns_and_youths(sentence: str, count: int | None) -> None:
    assert fatalities_of_text(sentence) == count
