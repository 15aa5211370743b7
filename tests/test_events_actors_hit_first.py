"""A told doer's act: the side it is shown to hit (counted dead, owning the target) is its
actor2 before a side only named nearby (:func:`rasd.stages.events.sides.hit_first`)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.sides import hit_first


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # friendly fire: the soldiers the strike killed, not the rebels of the province
        ("قتل تسعة جنود أفغان فجر الثلاثاء في غارة أمريكية على موقع للجيش في ولاية غزني التي ينتشر فيها "
         "مقاتلو طالبان.", "Military Forces of the United States", "Military Forces of Afghanistan"),
        # a drone strike kills the group's men in a province the text ties to another group
        ("قتل خمسة من مسلحي تنظيم القاعدة في غارة لطائرة أمريكية بدون طيار في محافظة شبوة التي "
         "تحاصرها جماعة الحوثيين.", "Military Forces of the United States", "AQAP: Al Qaeda in the Arabian Peninsula"),
    ],
)
def test_events_actors_hit_first_in_a_document(text: str, actor1: str, actor2: str) -> None:
    doc = analyze_text(text, published="2015-07-22")
    assert [(e.actor1, e.actor2) for e in doc.events] == [(actor1, actor2)]


def _cands(sentence: str, names: dict[str, str]) -> tuple[list, list[tuple[int, str, str]]]:
    """The sentence's words and one candidate per word in ``names`` (word key -> actor)."""
    words = words_of(sentence)
    return words, [(i, names[w.key], "state") for i, w in enumerate(words) if w.key in names]


_SENTENCE = "قصفت الطائرات مواقع للمتمردين في المدينة وقتلت عشرة من الجنود"


@pytest.mark.parametrize(
    ("hit_name", "first", "country", "expected_first"),
    [
        # the side shown hit goes first
        ("Military Forces of Afghanistan", "Taliban", "AF", "Military Forces of Afghanistan"),
        # not an unnamed group over a named one (the named group is the telling name)
        ("Unidentified Armed Group (Egypt)", "Islamic State - Sinai Province", "EG", "Islamic State - Sinai Province"),
        # not the same state's other force (a police station's police and its officers)
        ("Military Forces of Turkey", "Police Forces of Turkey", "TR", "Police Forces of Turkey"),
    ],
)
def test_events_actors_hit_first_guards(hit_name: str, first: str, country: str, expected_first: str) -> None:
    words, cands = _cands(_SENTENCE, {"المتمردين": first, "الجنود": hit_name})
    trigger = 0
    assert hit_first(words, cands, [first, hit_name], [hit_name], country, trigger, _SENTENCE)[0] == expected_first


def test_events_actors_hit_first_not_a_side_placed_elsewhere() -> None:
    # (the strike is in Iraq; the group hit "في سوريا" is another strike's target)
    sentence = "شنت المقاتلات غارات على مواقع التنظيم في سوريا ومخيمات الحزب في شمال العراق"
    words, cands = _cands(sentence, {"التنظيم": "Islamic State", "الحزب": "PKK: Kurdistan Workers Party"})
    opponents = ["PKK: Kurdistan Workers Party", "Islamic State"]
    assert hit_first(words, cands, opponents, ["Islamic State"], "IQ", 1, sentence) == opponents
    assert hit_first(words, cands, opponents, ["Islamic State"], "SY", 1, sentence)[0] == "Islamic State"


def test_events_actors_hit_first_not_a_side_of_another_clause() -> None:
    # (the dead told before the comma fell in another fight, not in this strike)
    sentence = "وفيما قتل عشرون من الكتائب في بيجي، قصفت الطائرات مخازن للتنظيم"
    words, cands = _cands(sentence, {"الكتائب": "Kataib Hezbollah", "للتنظيم": "Islamic State"})
    trigger = next(i for i, w in enumerate(words) if w.key == "قصفت")
    opponents = ["Islamic State", "Kataib Hezbollah"]
    assert hit_first(words, cands, opponents, ["Kataib Hezbollah"], "IQ", trigger, sentence) == opponents
