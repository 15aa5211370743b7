"""Who acted where the reading once took the side that suffered for the doer (issue 16): the
forces an act noun was made on (``الهجمات على قوات الأمن``), the target after a participle or a
dual verb of targeting (``صواريخ مستهدفة``), a state's weapon named with its nationality
(``دبابات تركية``), and Yemen's war across the Saudi border, where Saleh's forces keep their name
and a bare ``قوات`` is not read as Saudi Arabia's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

HOUTHIS = "Houthi Movement - Ansar Allah"
SALEH = "Military Forces of Yemen Saleh faction"
PESHMERGA = "Military Forces of Iraq (Kurdistan Regional Government) Peshmerga"


def _pairs(text: str, published: str = "2015-08-08") -> list[tuple[str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces a wave of attacks was made on suffer it; the doer is not named
        ("قتل سبعة أشخاص على الأقل أمس في موجة هجمات منفصلة على قوات الأمن التركية في اسطنبول.",
         ("Unidentified Armed Group (Turkey)", "Police Forces of Turkey")),
        # what a participle of targeting is followed by is the target, even a named force
        ("أطلق عناصر تنظيم داعش مساء الأربعاء ستة صواريخ مستهدفة مواقع البيشمركة قرب بلدة كوير.",
         ("Islamic State", PESHMERGA)),
        # a state's tanks named with their nationality are its forces
        ("قصفت دبابات تركية أمس مواقع تنظيم داعش قرب بلدة جرابلس في شمال سوريا.",
         ("Military Forces of Turkey", "Islamic State")),
        ("قالت مصادر كردية إن الدبابات التركية قصفت أمس قرية في ريف حلب الشمالي ما أوقع أربعة جرحى.",
         ("Military Forces of Turkey", "*")),
        # Yemen's war on the Saudi border: Saleh's forces, not Saudi Arabia's
        ("قصفت قوات المخلوع صالح أمس قرى في محافظة الحرث بمنطقة جازان ما أدى إلى إصابة مواطنين.",
         (SALEH, "Civilians (Saudi Arabia)")),
        ("واصلت مدافع ميليشيا الحوثي وقوات المخلوع صالح يوم أمس قصفها على قرى محافظة الحرث بمنطقة جازان.",
         (HOUTHIS, "*")),
    ],
)
def test_the_side_that_suffers_is_not_the_doer(text: str, expected: tuple[str | None, str | None]) -> None:
    pairs = _pairs(text)
    assert any(a1 == expected[0] and expected[1] in ("*", a2) for a1, a2 in pairs), pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare tank is what was struck, not a side of its own
        ("دمرت طائرات التحالف أمس دبابات للحوثيين في محافظة مأرب اليمنية.",
         ("Military Forces of Saudi Arabia", HOUTHIS)),
        # the doer of an attack made on the police stays the one the sentence names
        ("شن مسلحون من تنظيم داعش أمس هجوما على الشرطة في مدينة العريش ما أدى إلى مقتل شرطيين.",
         ("Islamic State - Sinai Province", "Police Forces of Egypt")),
        # Saudi forces answering the fire keep their own name
        ("قصفت القوات السعودية أمس مواقع لقوات المخلوع صالح قرب الحدود في منطقة جازان.",
         ("Military Forces of Saudi Arabia", SALEH)),
    ],
)
def test_the_named_doer_stays(text: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in _pairs(text)
