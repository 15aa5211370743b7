"""A function word then a number word (``أن ست غارات``, ``إن سبع طائرات``) is a clause, never a
place name, though GeoNames spells a foreign town that way (``ان ست``: Onset, US); a name
that only begins like one stays a name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.kb.gazetteer import Gazetteer, load_gazetteer
from rasd.stages.places.match import find_mentions


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    "text",
    [
        "وذكر المتحدث العسكري ان ست غارات استهدفت مخازن السلاح.",
        "وأوضح البيان إن ست طائرات شاركت في الطلعات.",
        "وقال الناطق أن ست مروحيات حلقت فوق الوادي.",
    ],
)
def test_places_number_after_function_word_is_no_name(gaz: Gazetteer, text: str) -> None:
    keys = [m.key for m in find_mentions(gaz, text)]
    assert not any(k.startswith(("ان ", "إن ", "أن ")) for k in keys), keys


def test_places_number_after_function_word_leaves_places(gaz: Gazetteer) -> None:
    # the clause is read past: the town it names after the count is still a place
    text = "وذكر المتحدث ان ست غارات استهدفت مواقع في الموصل."
    assert any("Mosul" in {c.name for c in m.candidates} for m in find_mentions(gaz, text))
