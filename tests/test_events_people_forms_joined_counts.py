"""Tolls (issue 16), round 29: a count joined by ``و`` to a death count adds its dead where the
joined count's noun is a participle's sound plural that the people-noun table does not know
(``متطوعين``, ``مسعفين``-like forms), and where the first count carries the dead's own noun before its side
(``سبعة شهداء من الحرس و4 ...``); a breakdown after ``هم`` (namely) is inside the count before it.
The wounded, a unit, another verb's count and a count told in another clause keep their reading. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.lexicon import words_of
from rasd.stages.events.numbers import tables
from rasd.stages.events.people_forms import dead_noun_after, participle_plural_at, partitive_after
from rasd.stages.events.tolls import fatalities_in


def _toll(sentence: str) -> int | None:
    return fatalities_in(words_of(sentence), None, frozenset(), None)[0]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # a participle's plural after the joined count: more dead of the same phrase
        ("قتل سبعة من أفراد الحرس و4 متطوعين في الهجوم على المخيم.", 11),
        ("أسفر القصف عن مقتل ثلاثة من عمال البلدية و2 متطوعين.", 5),
        # the first count with the dead's own noun before its side
        ("خلف الانفجار سبعة شهداء من أفراد الحرس و4 متطوعين.", 11),
        ("أوقع الهجوم تسعة قتلى من عناصر الدورية و3 من المارة.", 12),
        # the wounded, a unit, another verb and another clause are not added
        ("قتل سبعة من أفراد الحرس و4 مصابين نقلوا إلى المستشفى.", 7),
        ("قتل سبعة من أفراد الحرس وأصيب 4 متطوعين بجروح.", 7),
        ("قتل سبعة من أفراد الحرس واعتقل 4 مطلوبين.", 7),
        ("قتل سبعة جنود في الكمين، و4 متطوعين في غارة أخرى.", 7),
        # a breakdown after هم / وهم is inside the count before it, not added to it
        ("انتهى الاقتحام بمقتل 12 شخصا هم ثلاثة حراس وستة متطوعين من الهلال الأحمر، وثلاثة مسلحين.", 12),
        ("أعلنت الشرطة سقوط ثمانية قتلى هم خمسة مدنيين وثلاثة من رجال الإطفاء.", 8),
        ("قضى أربعة أطفال وهم ثلاثة إخوة وطفلة من أقاربهم بسقوط قذيفة على منزلهم.", 4),
        # (a pronoun elsewhere in the sentence changes nothing)
        ("قال الضباط إنهم هم من صدوا الهجوم الذي قتل فيه خمسة مسلحين و3 متطوعين.", 8),
    ],
)
def test_joined_count_adds_its_dead(sentence: str, count: int | None) -> None:
    assert _toll(sentence) == count


@pytest.mark.parametrize(
    ("sentence", "index", "expected"),
    [
        ("قتل 4 متطوعين", 2, True),
        ("قتل 4 مصابين", 2, False),  # the wounded
        ("قتل 4 المتطوعين", 2, False),  # definite
        ("قتل 4 مدن", 2, False),  # no plural ending
    ],
)
def test_participle_plural_at(sentence: str, index: int, expected: bool) -> None:
    assert participle_plural_at(words_of(sentence), index, tables()) is expected


@pytest.mark.parametrize(
    ("sentence", "last", "dead", "partitive"),
    [
        ("سقط 5 شهداء من الحرس", 1, True, True),
        ("سقط 5 من الحرس", 1, False, True),
        ("سقط 5 الشهداء من الحرس", 1, False, False),  # a definite noun is no count's own
        ("سقط 5 جرحى من الحرس", 1, False, False),
    ],
)
def test_dead_noun_and_partitive_after(sentence: str, last: int, dead: bool, partitive: bool) -> None:
    words = words_of(sentence)
    assert dead_noun_after(words, last, tables()) is dead
    assert partitive_after(words, last, tables()) is partitive
