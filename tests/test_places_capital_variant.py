"""After العاصمة ("the capital"), a word one spelling change away from a well-known place is that
place when its country is named in the story (``العاصمة كانبيرا`` is Canberra); with no such place
near it, or with the country unnamed, the word after العاصمة stays unread (sentences written for rasd)."""

from __future__ import annotations

import pytest

from rasd.stages.places.stage import places_in_text


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("تظاهر مئات الطلاب في العاصمة كانبيرا ضد رفع الرسوم الجامعية في أستراليا.", "كانبيرا", "Canberra"),
    ("عاد وزير الخارجية أمس إلى أستراليا، وعقد في العاصمة كانبيرا مؤتمرا صحافيا.", "كانبيرا", "Canberra"),
])
def test_places_capital_variant_read_after_capital_word(text: str, surface: str, name: str) -> None:
    found = {text[p.start : p.end]: p.name for p in places_in_text(text)}
    assert found.get(surface) == name, found


@pytest.mark.parametrize("text", [
    "وصل الوفد إلى العاصمة كانبيرا صباح أمس في زيارة رسمية.",  # the country is named nowhere
    "شهدت العاصمة تفجيرين أمس في سوق مزدحم، وقالت الشرطة في بغداد إن عشرة أشخاص قتلوا.",
    "تحتاج العاصمة حظيرة جديدة للطائرات كما قال مسؤول في مطار الرياض.",
])
def test_places_capital_variant_nothing_new_after_capital_word(text: str) -> None:
    found = {text[p.start : p.end] for p in places_in_text(text)}
    after = text.split("العاصمة ", 1)[1].split(" ", 1)[0]
    assert after not in found, found
