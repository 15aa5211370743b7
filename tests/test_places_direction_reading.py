"""A name left unplaced (its likeliest namesake abroad, or the word also a common one) that a
compass direction locates from a placed town is read as its own gazetteer entry lying there,
in that direction and within reach; silent where no entry of the name lies so."""

from __future__ import annotations

import pytest

from rasd.stages.places.stage import places_in_text


def _read(text: str) -> dict[str, tuple[str, str]]:
    return {text[p.start:p.end]: (p.name, p.country) for p in places_in_text(text)}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the West Bank village south of Nablus, not Syria's Douma (nor the common word "always")
        ("أحرق مستوطنون منزلين في دوما جنوب نابلس فجر اليوم.", "دوما", ("Dūmā", "PS")),
        ("تسللت مجموعة من المستوطنين إلى دوما جنوب نابلس ليلا.", "دوما", ("Dūmā", "PS")),
        # a Syrian story: the Syrian town, as before
        ("سقطت قذائف على دوما شرق دمشق صباح اليوم.", "دوما", ("Dūmā", "SY")),
    ],
)
def test_direction_reads_the_namesake_that_lies_there(text: str, name: str, expected: tuple[str, str]) -> None:
    assert _read(text).get(name) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the village lies south of Nablus, not north: no reading is given
        "أحرق مستوطنون منزلين في دوما شمال نابلس فجر اليوم.",
        # no direction: the doubted word stays unread
        "أحرق مستوطنون منزلين في دوما ونابلس فجر اليوم.",
    ],
)
def test_no_namesake_in_that_direction_stays_silent(text: str) -> None:
    assert "دوما" not in _read(text)
