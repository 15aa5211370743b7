"""After a direction or قرب, an unknown name is searched by its Latin GeoNames spelling among towns
of 20,000 people or more; a smaller town (10,000+) counts too where it lies within 100 km of another
place of the story (``قرب كوندوغا`` with Maiduguri named: Konduga, 13,400 people). A small
namesake far from every place of the story stays unread (sentences written for rasd)."""

from __future__ import annotations

import pytest

from rasd.stages.places.stage import places_in_text


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("أعلن الجيش تحرير رهائن قرب كوندوغا، وهي بلدة يمر بها طريق مايدوغوري إلى باما.", "كوندوغا", "Konduga"),
    ("هاجم مسلحون قرية قرب كوندوغا ليلا، وقال مسؤول في مايدوغوري إن عشرة قتلوا.", "كوندوغا", "Konduga"),
])
def test_places_near_small_town_read_near_story_place(text: str, surface: str, name: str) -> None:
    found = {p.name for p in places_in_text(text) if surface in text[p.start : p.end]}
    assert found == {name}, found


def test_places_near_small_town_not_read_far_from_story() -> None:
    # the story names only a place some 900 km away (Lagos): the small town is not guessed
    text = "قال مسؤول في لاغوس إن عملية عسكرية جرت قرب كوندوغا أمس."
    found = {text[p.start : p.end] for p in places_in_text(text)}
    assert not any("كوندوغا" in s for s in found), found
