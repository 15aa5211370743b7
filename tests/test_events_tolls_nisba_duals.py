"""Tolls (issue 16), round 21: the nominative dual of a relative adjective that names a person of a
people or a party (``حوثيان``, ``فلسطينيان``, ``كرديان``) counts two dead after a death cue. Its
oblique form is also the sound plural (``فلسطينيين``), so only the nominative is read; a dual after a
count is that count's adjective (``جنديان تركيان`` is two), and one after another relative adjective
is one item of a list of origins. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.lexicon import words_of
from rasd.stages.events.tolls import fatalities_in


def _toll(sentence: str) -> int | None:
    return fatalities_in(words_of(sentence), None, frozenset(), None)[0]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the nominative dual of a party's or a people's adjective after a death cue
        ("قتل حوثيان في اشتباك قرب الطريق الساحلي.", 2),
        ("استشهد فلسطينيان برصاص الجنود عند الحاجز.", 2),
        ("لقي كرديان مصرعهما وأصيب ثلاثة آخرون في الانفجار.", 2),
        ("وقتل داعشيان خلال محاولتهما التسلل إلى القرية.", 2),
        # the adjective of a counted noun adds nothing
        ("قتل جنديان تركيان في هجوم على الدورية.", 2),
        ("قتل صحفيان أجنبيان في قصف على الفندق.", 2),
        # a list of origins after a count keeps the count
        ("قتل أربعة عمال هم مصري وسوري ويمنيان في الانفجار.", 4),
        # a word ending like a dual that is none, and a dual among the wounded
        ("أصدر الجيش بيانا عن مقتل جندي في الكمين.", 1),
        ("قتل ثلاثة أشخاص وأصيب تركيان في الحادث.", 3),
        ("أصيب يمنيان بجروح في الحادث.", 0),
    ],
)
def test_nisba_dual_tolls(sentence: str, count: int | None) -> None:
    assert _toll(sentence) == count
