"""The compass table (data/places/compass.json) read by the places modules."""

from __future__ import annotations

import pytest

from rasd.stages.places.compass import ADJECTIVES, ADVERBS, BEARINGS, DEFINITE_ADJECTIVES, NOUNS
from rasd.stages.places.direction import _compass, names_direction
from rasd.stages.places.unknown import _DIRECTIONS
from rasd.stages.places.words import COMPASS_ADJECTIVES, FUNCTION_WORDS, strip_prefix
from rasd.text import normalize_key


def test_places_compass_table_has_four_directions_in_each_form() -> None:
    assert len(NOUNS) == len(ADJECTIVES) == len(ADVERBS) == len(BEARINGS) == 4
    assert len(DEFINITE_ADJECTIVES) == 8
    assert sorted(deg for _, deg in BEARINGS) == [0.0, 90.0, 180.0, 270.0]
    for (noun, adjective, adverb), _ in BEARINGS:
        assert adjective == noun + "ي"
        assert adverb == noun + "ا"


@pytest.mark.parametrize(("text", "named"), [
    ("تقع القرية شمال المدينة", True),
    ("على بعد عشرين كيلومترا جنوبي البلدة", True),
    ("اتجهت القافلة شرقا", True),
    ("بغرب النهر", True),
    ("وصل الوفد إلى المدينة", False),
])
def test_places_compass_table_names_direction(text: str, named: bool) -> None:
    assert names_direction(text) is named


def test_places_compass_table_feeds_the_word_sets() -> None:
    assert {normalize_key(w) for w in ADVERBS} <= FUNCTION_WORDS
    assert normalize_key("الشمالية") in COMPASS_ADJECTIVES and normalize_key("الشمالي") not in COMPASS_ADJECTIVES
    assert {normalize_key(w) for w in DEFINITE_ADJECTIVES} == _DIRECTIONS
    assert strip_prefix("وبشرق المدينة") == "شرق المدينة"
    assert strip_prefix("وادي النهر") == "وادي النهر"


@pytest.mark.parametrize(("word", "deg"), [("شمالي", 0.0), ("شرقا", 90.0), ("لجنوب", 180.0), ("بغرب", 270.0), ("وسط", None)])
def test_places_compass_table_bearing_of_word(word: str, deg: float | None) -> None:
    assert _compass(word) == deg
