"""The structure of a list of places: a bracketed or quoted note that locates an item
(``أضنة (جنوب)``) does not end the list, each item still gives its event; two places after
``بين`` told in the trigger's clause are the ends of one road or border, one event
(rasd.stages.events.list_items, read by where.place_list). Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Document
from rasd.stages.events.list_items import between_ends, note_end


def _doc(sentence: str) -> Document:
    return analyze_text("خبر\n\n" + sentence + "\n", published="2023-03-15")


@pytest.mark.parametrize(
    ("text", "noted"),
    [
        ("في أضنة (جنوب) وقونية", True),
        ('في أضنة "غرب" وقونية', True),
        ("في أضنة (جنوب غربي البلاد) وقونية", True),
        ("في أضنة «شمال» وقونية", True),
        # not a direction first, a number inside, too long, not closed
        ("في أضنة (الحزب الحاكم) وقونية", False),
        ("في أضنة (جنوب 12) وقونية", False),
        ("في أضنة (جنوب المدينة التي تقع على النهر الكبير) وقونية", False),
        ("في أضنة (جنوب وقونية", False),
    ],
)
def test_list_items_note_end(text: str, noted: bool) -> None:
    start = text.index("أضنة") + len("أضنة")
    end = text.index("قونية")
    assert (note_end(text, start, end) > start) is noted


def test_list_items_noted_items_each_give_an_event() -> None:
    events = _doc("تظاهر آلاف الأشخاص أمس في مدن أنقرة (وسط) وأضنة (جنوب) وإزمير (غرب) احتجاجا على الغلاء.").events
    assert sorted(e.location.name for e in events if e.location) == ["Adana", "Ankara", "İzmir"]


@pytest.mark.parametrize(
    ("text", "trigger", "name", "ends"),
    [
        ("انفجر لغم على الطريق الرابط بين مدينتي حمص وحماة", "انفجر", "حمص", True),
        ("هاجم مسلحون القرى الحدودية بين حمص وحماة", "هاجم", "حمص", True),
        ("دارت اشتباكات بين بلدتي نبل والزهراء", "اشتباكات", "نبل", True),
        # the second end, no بين, a reported clause between, the pair before the trigger
        ("انفجر لغم على الطريق الرابط بين مدينتي حمص وحماة", "انفجر", "حماة", False),
        ("تظاهر المئات في حمص وحماة", "تظاهر", "حمص", False),
        ("دارت اشتباكات في حمص، وأضاف أن الجيش يسيطر على الطريق بين حمص وحماة", "اشتباكات", "حمص وحماة", False),
        ("على الطريق بين حمص وحماة انفجر لغم", "انفجر", "حمص", False),
    ],
)
def test_list_items_between_ends(text: str, trigger: str, name: str, ends: bool) -> None:
    assert between_ends(text, text.rindex(name), text.index(trigger)) is ends


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("انفجرت عبوة ناسفة أمس بدورية للشرطة على الطريق الرابط بين مدينتي حمص وحماة.", 1),
        ("انفجرت عبوتان ناسفتان أمس بدوريتين للشرطة في مدينتي حمص وحماة.", 2),
    ],
)
def test_list_items_road_between_two_towns_is_one_place(sentence: str, count: int) -> None:
    assert len(_doc(sentence).events) == count
