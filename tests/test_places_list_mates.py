"""A town whose name is also an everyday word counts when it stands in a و/comma list of
places of its own country and region (the list is its context); a list of ordinary words, or
of places of another country, lends nothing."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text


def _places(text: str) -> dict[str, str]:
    doc = analyze_text(text)
    return {doc.text[p.start : p.end]: p.name for p in doc.places}


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("دارت معارك عنيفة أمس في الرطبة والفلوجة وحديثة وغيرها من مدن المحافظة.", "حديثة", "Ḩadīthah"),
    ("نظمت اللجنة رحلات للشباب في منطقة تبوك السعودية إلى ضباء والوجه وأملج على ساحل البحر.", "الوجه", "Al Wajh"),
    ("زار السياح في عطلتهم بلبنان جبيل وصيدا وصور وطرابلس قبل عودتهم.", "صور", "Tyre"),
])
def test_places_list_mates_town_in_list(text: str, surface: str, name: str) -> None:
    found = _places(text)
    assert found.get(surface) == name, found


@pytest.mark.parametrize(("text", "surface"), [
    ("اشترت العائلة أثاثا قديما وحديثة وأدوات أخرى من السوق.", "حديثة"),  # a list of things
    ("تناول الخبير أساليب قديمة وحديثة في الزراعة.", "حديثة"),  # adjectives
    ("قال إن الدراسة حديثة والنتائج واضحة.", "حديثة"),  # a predicate
    ("وصل الوفد إلى طهران والخبر في اليوم نفسه.", "الخبر"),  # a mate of another country: no Khobar
])
def test_places_list_mates_no_place_without_mates(text: str, surface: str) -> None:
    assert surface not in _places(text)


def test_places_list_mates_clause_after_comma() -> None:
    # a word after a place and a comma may open a new clause: the comma alone makes no list
    text = "وصلت قافلة مساعدات إلى محافظة مأرب، عبر منفذ الوديعة البري."
    assert "عبر" not in _places(text)
