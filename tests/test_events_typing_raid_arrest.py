"""A raid told with an arrest: with no force told, the arrest is the act and the raid its
manner (ACLED codes it Arrests); a raid met with gunfire, resistance, a beating or a casualty
stays a violent act. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.detect import detect_sentence

_ARREST = ("Strategic developments", "Arrests")


def _types(sentence: str) -> list[tuple[str, str]]:
    return [(d.event_type, d.sub_event_type) for d in detect_sentence(sentence) if not d.reference]


@pytest.mark.parametrize(
    "sentence",
    [
        # the arrest first, the raid after it
        "واعتقلت الشرطة أربعة شبان من سكان البلدة خلال اقتحامها الحي الشرقي فجر الأحد.",
        # the raid first, the arrest after it
        "واقتحمت قوة عسكرية منزل الناشط في وسط المدينة واعتقلته بعد تفتيش غرفه.",
        "واقتحم جنود الاحتلال قرية صغيرة جنوب المدينة واعتقلوا ثلاثة من أبنائها.",
    ],
)
def test_a_raid_without_force_is_typed_by_its_arrest(sentence: str) -> None:
    assert _types(sentence) == [_ARREST]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # gunfire during the raid
        ("واقتحمت قوة عسكرية البلدة وأطلقت النار على الأهالي واعتقلت خمسة منهم.",
         ("Violence against civilians", "Attack")),
        # a resistance told
        ("واقتحمت قوة عسكرية البلدة واعتقلت خمسة من شبانها بعد مقاومة من السكان.",
         ("Violence against civilians", "Attack")),
        # a beating told
        ("واقتحمت القوات المنزل واعتقلت صاحبه بعد الاعتداء عليه بالضرب.", ("Battles", "Armed clash")),
        # a casualty told
        ("واقتحمت القوات البلدة واعتقلت ثلاثة شبان وأصيب رابع بجروح.",
         ("Violence against civilians", "Attack")),
        # an attack word that is not a raid
        ("وهاجمت القوات البلدة واعتقلت ثلاثة شبان من سكانها.", ("Violence against civilians", "Attack")),
        # no arrest: nothing else to type by
        ("واقتحمت القوات البلدة وفتشت عددا من منازلها.", ("Battles", "Armed clash")),
    ],
)
def test_a_raid_with_force_told_keeps_its_violent_type(sentence: str, expected: tuple[str, str]) -> None:
    assert _types(sentence)[:1] == [expected]
