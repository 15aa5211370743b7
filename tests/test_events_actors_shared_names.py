"""Group names that depend on the event's country or that the actor tables lacked (issue 16):
Ansar al-Sharia is a name several groups share (AQAP's front in Yemen, Libya's and Tunisia's
own groups); the Benghazi Revolutionaries Shura Council after a descriptive head word; Syria's
opposition called "forces" (قوات المعارضة) is the rebels, not the state's military; a name
right after a place noun names the place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.naming import group_mentions, name_in

AQAP = "AQAP: Al Qaeda in the Arabian Peninsula"
REBELS = "Opposition Rebels (Syria)"
BRSC = "Benghazi Revolutionaries Shura Council"


def _actors(text: str, published: str = "2015-07-25") -> list[tuple[str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("YE", AQAP),
        ("LY", "Ansar al Sharia (Libya)"),
        ("TN", "Ansar al Sharia (Tunisia)"),
        ("SY", "Ansar al Sharia"),  # another country's group of that name: not AQAP
        (None, "Ansar al Sharia"),
    ],
)
def test_events_actors_shared_names_ansar_al_sharia_by_country(country: str | None, expected: str) -> None:
    assert name_in("Ansar al Sharia", country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل خمسة من عناصر الشرطة في هجوم شنه مسلحو أنصار الشريعة على حاجز في مدينة بنغازي الليبية.",
         ("Ansar al Sharia (Libya)", "Police Forces of Libya")),
        ("وهاجم مسلحون من أنصار الشريعة حاجزا للجيش في محافظة أبين جنوب اليمن مما أسفر عن مقتل أربعة جنود.",
         (AQAP, "Military Forces of Yemen")),
        ("واشتبكت ميليشيا شورى ثوار بنغازي مع قوات الجيش الليبي في حي الصابري ببنغازي أمس مما أسفر عن مقتل ثلاثة جنود.",
         (BRSC, "Military Forces of Libya")),
        ("وقصفت قوات المعارضة السورية مواقع للجيش النظامي في ريف اللاذقية أمس.",
         (REBELS, "Military Forces of Syria")),
        ("وقتل المقاتلون المعارضون عشرة من جنود النظام في اشتباكات بريف إدلب.",
         (REBELS, "Military Forces of Syria")),
        # a guard: the regime's forces stay the regime's
        ("وقصفت قوات النظام السوري مواقع فصائل المعارضة في ريف اللاذقية أمس.",
         ("Military Forces of Syria", REBELS)),
    ],
)
def test_events_actors_shared_names_in_events(text: str, expected: tuple[str, str]) -> None:
    assert expected in _actors(text)


@pytest.mark.parametrize(
    ("text", "country", "name", "found"),
    [
        # the opposition's "forces" are Syria's rebels only in Syria
        ("هاجمت قوات المعارضة مواقع الجيش", "SY", REBELS, True),
        ("هاجمت قوات المعارضة مواقع الجيش", "YE", REBELS, False),
        ("تقدم مقاتلو أنصار الشريعة نحو المدينة", "LY", "Ansar al Sharia", True),
        ("تقدم مقاتلو أنصار الشريعة نحو المدينة", "LY", AQAP, False),
        ("اقتحم عناصر مجلس شورى ثوار بنغازي المعسكر", "LY", BRSC, True),
    ],
)
def test_events_actors_shared_names_mentions(text: str, country: str, name: str, found: bool) -> None:
    words = words_of(text)
    names = {a.name for a in group_mentions(words, 0, len(words), text, country)}
    assert (name in names) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("قصفت الطائرات مواقع في منطقة القاعدة قرب تعز", False),  # a place near Taiz, not AQAP
        ("هاجم مسلحو القاعدة موقعا للجيش قرب تعز", True),  # the group itself
    ],
)
def test_events_actors_shared_names_after_place_noun(text: str, found: bool) -> None:
    words = words_of(text)
    names = {a.name for a in group_mentions(words, 0, len(words), text, "YE")}
    assert any(n.startswith(("Al Qaeda", "AQAP")) for n in names) is found


_BASE = "واقترب مقاتلو المقاومة أمس من أسوار قاعدة العند شمال الحوطة. "


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the base the text names, struck again as "the base": not Al Qaeda
        (_BASE + "وشنت طائرات التحالف ثلاث غارات مساء على القاعدة.", False),
        # guards: a fighting word heads the group; the text names the group as such
        (_BASE + "وهاجم مسلحو القاعدة نقطة للجيش في أبين أمس.", True),
        ("وقال إن تنظيم القاعدة قريب من قاعدة العند. وشنت الطائرات غارات على القاعدة أمس.", True),
        # no base named in the text: the word stays the group
        ("وشنت الطائرات غارات على القاعدة في أبين أمس.", True),
    ],
)
def test_events_actors_shared_names_named_base(text: str, found: bool) -> None:
    words = words_of(text)
    lo = max(i for i, w in enumerate(words) if w.key in ("وشنت", "وهاجم"))
    names = {a.name for a in group_mentions(words, lo, len(words), text, "YE")}
    assert any(n.startswith(("Al Qaeda", "AQAP")) for n in names) is found
