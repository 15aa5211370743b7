"""The wounded, the abducted and the assassinated suffer the act, as the dead do (issue 16):
a side counted after a wound cue (``أصيب ستة من أفراد الشرطة بهجوم``), named after a verbal
noun of abduction or assassination (``تم اختطاف ثلاثة جنود``, ``أسفر الهجوم عن اغتيال ضابط في
الجيش``), or the group of a member told killed (``اغتيل القيادي في حركة ...``) is not the doer.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.voice import harm_positions


def _pairs(text: str, published: str = "2015-08-08") -> list[tuple[str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounded counted after a wound verb suffer the attack
        ("أصيب ستة من أفراد الشرطة بهجوم مسلح على نقطة تفتيش في مدينة ماردين جنوب شرق تركيا.",
         ("Unidentified Armed Group (Turkey)", "Police Forces of Turkey")),
        ("جرح أربعة من أفراد الشرطة بهجوم بقنبلة يدوية على مركز أمني في بلدة سيلوبي التركية مساء الأحد.",
         ("Unidentified Armed Group (Turkey)", "Police Forces of Turkey")),
        # the object of a verbal noun of abduction or assassination is the victim
        ("أدى الهجوم على الحاجز إلى اختطاف ثلاثة جنود عراقيين قرب مدينة الرمادي.",
         ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")),
        ("أسفر هجوم مسلح عن اغتيال ضابط في الجيش المصري بمدينة العريش أمس.",
         ("Unidentified Armed Group (Egypt)", "Military Forces of Egypt")),
        # the group of a member told killed suffers the killing
        ("اغتيل مسؤول محلي القيادي في حركة فتح صباح اليوم في مخيم المية ومية قرب صيدا.",
         ("Unidentified Armed Group (Lebanon)", "*")),
    ],
)
def test_the_harmed_side_is_not_the_doer(text: str, expected: tuple[str | None, str | None]) -> None:
    pairs = _pairs(text)
    assert any(a1 == expected[0] and expected[1] in ("*", a2) for a1, a2 in pairs), pairs


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the side that abducts, wounds or kills keeps its place
        ("اختطف مسلحون مجهولون شرطيا في مدينة ديار بكر مساء الجمعة.", "Unidentified Armed Group (Turkey)"),
        ("قتلت القوات العراقية عشرة من عناصر تنظيم داعش وأصابت آخرين في اشتباكات قرب مدينة بيجي.",
         "Military Forces of Iraq"),
    ],
)
def test_the_doer_stays_the_doer(text: str, doer: str) -> None:
    pairs = _pairs(text)
    assert any(a1 == doer for a1, _ in pairs), pairs


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("أصيب جنديان واختطف ثالث", ["أصيب", "واختطف"]),
        ("أسفر الهجوم عن مقتل شرطي واغتيال ضابط", ["مقتل", "واغتيال"]),
        ("بعد خطف جبهة النصرة عددا منهم", []),  # خطف names its doer as often as its victim
    ],
)
def test_harm_positions_hold_death_wound_and_seizure_cues(text: str, cues: list[str]) -> None:
    words = words_of(text)
    assert [text[words[p].start:words[p].end] for p in harm_positions(words)] == cues
