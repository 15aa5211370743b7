"""An event whose own clause sets it in another country than the article's main place
(``قصفت مقاتلات تركية مخابئ في شمال العراق`` in a story of a town in Turkey) takes that
country, not the article's fallback place; silent where the place abroad is a neighbour, a
source or where a victim is treated, where the clause also names a place at home, or where
it sums up acts (``حتى الآن``), or where the place abroad belongs to another act told after a
comma. The place is given after merging, so the sentences of an event stay the same. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text

_TURKEY = "قتل شرطي تركي في هجوم مسلح على مخفر في مدينة ماردين صباح الاثنين.\n\n"
_SYRIA = "قتل ثلاثة مقاتلين في اشتباكات عنيفة في مدينة درعا يوم الأحد.\n\n"
_WEST_BANK = "قتل شاب فلسطيني برصاص مستوطنين في قرية قريوت يوم الجمعة.\n\n"


def _countries(text: str, sub_event_type: str) -> list[str | None]:
    doc = analyze_text(text, published="2015-08-04")
    return [e.location.country if e.location else None for e in doc.events if e.sub_event_type == sub_event_type]


@pytest.mark.parametrize(
    ("text", "sub_event_type", "country"),
    [
        (_TURKEY + "وقصفت مقاتلات تركية ليل الاثنين مخابئ للمتمردين في شمال العراق.", "Air/drone strike", "IQ"),
        (_SYRIA + "وفي سياق آخر، اعتقلت وحدة من الجيش اللبناني أمس عشرة أشخاص في شرق لبنان بتهمة تهريب السلاح.",
         "Arrests", "LB"),
    ],
)
def test_events_abroad_scene_country_of_the_clause(text: str, sub_event_type: str, country: str) -> None:
    assert _countries(text, sub_event_type) == [country]


@pytest.mark.parametrize(
    ("text", "sub_event_type", "country"),
    [
        # a neighbour named by the border, not the scene
        (_TURKEY + "وقتل جنديان آخران في اشتباك مع مسلحين قرب الحدود مع سوريا يوم الاثنين.", "Armed clash", "TR"),
        # a place at home in the same clause: not sure which is the scene
        (_TURKEY + "وقصفت مقاتلات تركية ليل الاثنين مواقع في شمال العراق وفي ولاية هكاري.", "Air/drone strike", "TR"),
        # a sum of strikes so far is no one act's scene
        (_TURKEY + "وشنت المقاتلات التركية حتى الآن عشرات الغارات في شمال العراق.", "Air/drone strike", "TR"),
        # the place abroad is the scene of another act, told after a comma
        (_TURKEY + "وبعد يومين من تفجير انتحاري هز بلدة حدودية تركية، نفذت مقاتلات تركية غارات على مواقع في سوريا.",
         "Suicide bomb", "TR"),
    ],
)
def test_events_abroad_scene_country_silent(text: str, sub_event_type: str, country: str) -> None:
    assert set(_countries(text, sub_event_type)) == {country}


def test_events_abroad_scene_country_hospital_abroad_is_not_the_scene() -> None:
    text = _WEST_BANK + "وتوفي جريح آخر أصيب في الهجوم نفسه في مستشفى هداسا في إسرائيل صباح الأحد."
    assert set(_countries(text, "Attack")) == {"PS"}
