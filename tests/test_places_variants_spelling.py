"""Foreign place names spelled one letter away from the gazetteer's spelling (sentences
written for rasd)."""

from __future__ import annotations

import pytest

from rasd.kb.gazetteer import load_gazetteer
from rasd.stages.places.stage import places_in_text
from rasd.stages.places.variants import spellings, variant_key
from rasd.text import normalize_key


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("وتظاهر المئات في استراليا ونيوزيلاندا ضد الاتفاق.", "نيوزيلاندا", "New Zealand"),
        ("وقال مسؤول في كندا إن الوفد وصل إلى مونتيرال صباح أمس.", "مونتيرال", "Montréal"),
        ("ويقع المطعم في ولاية ميلوايكي الأمريكية.", "ميلوايكي", "Milwaukee"),
    ],
)
def test_places_variants_spelling_finds_well_known_places(text: str, surface: str, name: str) -> None:
    found = {text[p.start : p.end]: p for p in places_in_text(text)}
    assert surface in found, f"{surface!r} not in {list(found)}"
    assert found[surface].name == name


@pytest.mark.parametrize(
    "text",
    [
        # Arabic nouns with a feminine ending, a plural or a pronoun are not foreign names
        "وشارك في الدورات التدريبية مئة متدرب.",
        "وأكد المدرب أهمية مهارة التواصل في العمل.",
        "ونفى المتهم وجوده في المكان وقت الحادث.",
    ],
)
def test_places_variants_spelling_leaves_arabic_words(text: str) -> None:
    assert places_in_text(text) == []


@pytest.mark.parametrize(
    ("word", "variant"),
    [("كانبيرا", "كانبرا"), ("نيوزيلاندا", "نيوزيلندا"), ("غوانتنامو", "غوانتانامو"), ("جواتيمالا", "غواتيمالا")],
)
def test_places_variants_spelling_one_change(word: str, variant: str) -> None:
    assert normalize_key(variant) in spellings(normalize_key(word))


def test_places_variants_spelling_town_needs_its_country_in_the_story() -> None:
    # a town one letter away from an unknown word is read only where the story names its country
    assert places_in_text("ووصل الوفد إلى مونتيرال صباح أمس.") == []


def test_places_variants_spelling_no_future_prefix_split() -> None:
    # ساندرا is a first name, not س + a variant of Andorra
    assert places_in_text("وشارك في الأداء الصوتي كل من ساندرا بولوك.") == []


def test_places_variants_spelling_short_and_known_words_are_not_varied() -> None:
    gaz = load_gazetteer()
    assert variant_key(gaz, normalize_key("حلب")) is None  # a known name
    assert variant_key(gaz, normalize_key("كندا")) is None  # known, and short
    assert variant_key(gaz, normalize_key("كانبيرا"))[0] == normalize_key("كانبرا")  # type: ignore[index]
