"""A strike told once whose targets each have a place of their own (``غارات على مخزن في محافظة
ذمار، وثكنة في مديرية أرحب، وفي مواقع من محافظة الجوف``) gives one event per target's place,
with the sentence's type and day; the list is not read where it names a route, ends at another
clause, names only countries, or sums up incidents the sentence then tells one by one
(rasd.stages.events.target_items). Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Document
from rasd.stages.events.target_items import target_items


def _doc(sentence: str) -> Document:
    return analyze_text("خبر\n\n" + sentence + "\n", published="2023-03-15")


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        # a province, a district located by its province, a province again after وفي
        ("شنت مقاتلات التحالف أمس غارات على مخزن للسلاح في محافظة ذمار، وثكنة في مديرية أرحب بمحافظة "
         "صنعاء، وفي مواقع متفرقة من محافظة الجوف.",
         ["Al Jawf", "Arhab district", "Dhamar"]),
        # towns, each after its target
        ("ألقت مروحيات النظام أمس براميل متفجرة على سوق شعبي في مدينة دوما، ومدرسة في بلدة كفرنبل بريف إدلب.",
         ["Dūmā", "Kafranbel"]),
        ("استهدفت غارات جوية أمس معسكرا في مدينة تعز، ومخازن أسلحة في منطقة الحوبان، وفي مديرية حيس "
         "بمحافظة الحديدة.",
         ["Al-Hawban, Taiz", "Taiz", "Ḩays"]),
    ],
)
def test_events_target_items_one_event_per_place(sentence: str, places: list[str]) -> None:
    events = _doc(sentence).events
    assert sorted(e.location.name for e in events if e.location) == places
    assert {(e.sub_event_type, e.date) for e in events} == {("Air/drone strike", "2023-03-14")}


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # a route between two towns
        ("قصفت المدفعية أمس مواقع على الطريق الرابط بين مدينة حماة ومدينة السلمية.", "قصفت"),
        # a summary whose incidents the sentence then tells one by one
        ("سقط ستة قتلى بغارات طالت سوقا في مدينة حلب ومزرعة في ريف إدلب، إذ أصاب صاروخ محلا تجاريا في "
         "مدينة حلب وقتل اثنان في مزرعة بريف إدلب.", "غارات"),
        # the list ends at another clause
        ("قصفت الطائرات أمس مواقع في مدينة الرقة، مما أدى إلى مقتل ثلاثة في مدينة الطبقة.", "قصفت"),
        # only countries
        ("قصفت المدفعية التركية أمس أهدافا في سوريا، ومواقع أخرى في العراق.", "قصفت"),
    ],
)
def test_events_target_items_silent(sentence: str, trigger: str) -> None:
    doc = _doc(sentence)
    lo = doc.text.index(trigger) + len(trigger)
    after = [p for p in doc.places if p.start >= lo]
    assert after
    assert target_items(doc.text, doc.places, after[0], lo, len(doc.text)) == []
