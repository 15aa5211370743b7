"""Armed groups of the 2015 wars that the actor knowledge base names (issue 16): a claimant or a
fighting side named by one of them is that group, not an unidentified armed group. Names and
ACLED-style actor names written from general knowledge; sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.kb.actors import load_actor_kb

KB = load_actor_kb()


@pytest.mark.parametrize(
    ("name", "acled", "category", "country"),
    [
        ("أجناد مصر", "Ajnad Misr", "rebel group", "EG"),
        ("جماعة أجناد مصر", "Ajnad Misr", "rebel group", "EG"),
        ("أنصار بيت المقدس", "Islamic State - Sinai Province", "rebel group", "EG"),
        ("فجر ليبيا", "Libya Dawn", "political militia", "LY"),
        ("ميليشيات فجر ليبيا", "Libya Dawn", "political militia", "LY"),
        ("قوات الكرامة", "LNA: Libyan National Army", "state forces", "LY"),
        ("عصائب أهل الحق", "Asaib Ahl al Haq", "political militia", "IQ"),
        ("جبهة حزب التحرير الشعبي الثوري", "DHKP-C: Revolutionary People's Liberation Party-Front", "rebel group", "TR"),
        ("حزب الحياة الحرة الكردستاني", "PJAK: Party of Free Life of Kurdistan", "rebel group", "IR"),
        ("حركة طالبان الباكستانية", "TTP: Tehreek-i-Taliban Pakistan", "rebel group", "PK"),
        ("طالبان باكستان", "TTP: Tehreek-i-Taliban Pakistan", "rebel group", "PK"),
        ("شبكة حقاني", "Haqqani Network", "rebel group", "AF"),
        ("الفرقة 30", "Division 30", "rebel group", "SY"),
        ("حركة حزم", "Harakat Hazm", "rebel group", "SY"),
        ("جند الأقصى", "Jund al Aqsa", "rebel group", "SY"),
        ("القوات الموالية للرئيس هادي", "Military Forces of Yemen", "state forces", "YE"),
        ("الجيش الوطني الموالي للشرعية", "Military Forces of Yemen", "state forces", "YE"),
        # the Afghan Taliban keep their name
        ("حركة طالبان", "Taliban", "rebel group", "AF"),
        ("حركة طالبان الأفغانية", "Taliban", "rebel group", "AF"),
    ],
)
def test_kb_actors_named_groups_lookup(name: str, acled: str, category: str, country: str) -> None:
    actor = KB.lookup(name)
    assert actor is not None, name
    assert (actor.acled_name, actor.category, actor.country) == (acled, category, country)


@pytest.mark.parametrize("name", ["بيت المقدس", "الكرامة", "وزارة الدفاع الوطني", "الدفاع الوطني"])
def test_kb_actors_named_groups_not_generic_words(name: str) -> None:
    """A city's name, a common noun or a ministry is no armed group."""
    actor = KB.lookup(name)
    assert actor is None or actor.category not in ("rebel group", "political militia"), name


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published="2015-08-10")
    return [(e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فجرت جماعة أجناد مصر قنبلة قرب نقطة للشرطة في مدينة الجيزة صباح أمس فأصيب ثلاثة مجندين.",
         ("Ajnad Misr", "Police Forces of Egypt")),
        ("هاجمت ميليشيات فجر ليبيا مواقع للجيش الليبي في منطقة ورشفانة أمس وقتلت أربعة جنود.",
         ("Libya Dawn", "Military Forces of Libya")),
        ("قتل مسلحون من شبكة حقاني خمسة جنود أفغان في هجوم على حاجز في ولاية خوست أمس.",
         ("Haqqani Network", "Military Forces of Afghanistan")),
        ("قتل ثلاثة جنود أتراك أمس في هجوم لحزب الحياة الحرة الكردستاني على مخفر حدودي في ولاية وان.",
         ("PJAK: Party of Free Life of Kurdistan", "Military Forces of Turkey")),
        ("هاجم مسلحو عصائب أهل الحق قرية في محافظة ديالى أمس وقتلوا خمسة مدنيين.",
         ("Asaib Ahl al Haq", "Civilians (Iraq)")),
        ("خطفت جبهة النصرة عشرة مقاتلين من الفرقة 30 قرب مدينة اعزاز أمس.",
         ("Jabhat al Nusra", "Division 30")),
    ],
)
def test_kb_actors_named_groups_in_events(text: str, expected: tuple[str, str]) -> None:
    assert expected in _sides(text)
