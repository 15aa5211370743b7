"""A clash told as two sides after ``بين`` (``من جهة ... من جهة أخرى``, or ``بين A، و B``):
an ally told inside a side is never the other side's actor (rasd.stages.events.clash_sides)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.kb.actors import load_actor_kb

KB = load_actor_kb()


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published="2015-08-10")
    return [(e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ally of the first side (مدعمة بـ) is not its opponent
        ("دارت أمس اشتباكات عنيفة بين قوات النظام مدعمة بحزب الله اللبناني من طرف، ومقاتلي جبهة النصرة "
         "من طرف آخر في محيط بلدة الزبداني بريف دمشق.",
         ("Military Forces of Syria", "Jabhat al Nusra")),
        ("جرت ليل أمس معارك ضارية بين قوات النظام مدعمة بكتائب من قوات الدفاع الوطني من طرف، وعناصر جبهة النصرة "
         "من طرف آخر شمالي مدينة حماة.",
         ("Military Forces of Syria", "Jabhat al Nusra")),
        # allies joined by و inside the first side
        ("تواصلت منذ فجر أمس معارك بين قوات النظام ومقاتلي حزب الله اللبناني من جهة، وعناصر تنظيم داعش المتطرف "
         "من جهة أخرى قرب مدينة تدمر في ريف حمص.",
         ("Military Forces of Syria", "Islamic State")),
        # the ally told in the second side, which the reading put first
        ("اندلعت أمس معارك بين جبهة النصرة والفصائل المقاتلة من جهة، وقوات النظام مدعومة بحزب الله "
         "من جهة أخرى في ريف إدلب الجنوبي.",
         ("Jabhat al Nusra", "Military Forces of Syria")),
        # the second side after a comma, no closing phrases
        ("جرت ليل أمس معارك ضارية بين قوات النظام مدعمة بكتائب من قوات الدفاع الوطني، وعناصر جبهة النصرة "
         "شمالي مدينة حماة.",
         ("Military Forces of Syria", "Jabhat al Nusra")),
        # kept: sides already read right
        ("وقعت أمس مواجهات بين مسلحي الحوثي وحلفائهم من جهة، ورجال المقاومة الشعبية المسلحين من جهة أخرى داخل أحياء مدينة تعز.",
         ("Houthi Movement - Ansar Allah", "Popular Resistance")),
    ],
)
def test_clash_sides_two_sides_read(text: str, expected: tuple[str, str]) -> None:
    assert expected in _sides(text)


@pytest.mark.parametrize(
    ("name", "acled"),
    [("قوات الدفاع الوطني", "NDF: National Defence Forces"),
     ("ميليشيات الدفاع الوطني", "NDF: National Defence Forces")],
)
def test_clash_sides_two_sides_ndf_lookup(name: str, acled: str) -> None:
    actor = KB.lookup(name)
    assert actor is not None and actor.acled_name == acled


def test_clash_sides_two_sides_ndf_acts() -> None:
    """Syria's National Defence Forces act under their own name."""
    assert ("NDF: National Defence Forces", "Civilians (Syria)") in _sides(
        "هاجمت قوات الدفاع الوطني أمس قرية في ريف حمص الشرقي وقتلت أربعة مدنيين.")


def test_clash_sides_two_sides_ministry_not_ndf() -> None:
    """A ministry of national defence is no militia."""
    sides = _sides("أعلنت وزارة الدفاع الوطني في لبنان أمس أن الجيش قتل ثلاثة مسلحين في جرود عرسال.")
    assert all("NDF" not in (a or "") + (b or "") for a, b in sides)


def test_clash_sides_two_sides_ally_of_target() -> None:
    """A militia joined to the forces an act strikes (مدعمة بـ) suffers with them: not the doer."""
    assert ("Opposition Rebels (Syria)", "Military Forces of Syria") in _sides(
        "قصفت الفصائل المقاتلة أمس تمركزات لقوات النظام مدعمة بقوات الدفاع الوطني في ريف حلب الشمالي.")
