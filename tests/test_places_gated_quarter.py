"""A quarter read through its place word (a row of districts.tsv gated by حي) against a bigger
namesake abroad: the quarter wins where the story's other places are in its country and
nothing else points abroad (a stub gazetteer; names and figures written for rasd)."""

from __future__ import annotations

import pytest

from rasd.kb.gazetteer import KIND_CITY, KIND_SUBTOWN, GeoMatch
from rasd.stages.places.gated import countries_named, quarter_over_namesake
from rasd.stages.places.match import Mention
from rasd.stages.places.score import Context

_QUARTER = GeoMatch(1, "Malqa, Riyadh", "SA", "Riyadh", 24.8, 46.6, None, 5000, KIND_SUBTOWN, 2)
_ABROAD = GeoMatch(2, "Malacca", "MY", None, 2.2, 102.2, 1, 579000, KIND_CITY)
_RIYADH_SA = GeoMatch(3, "Riyadh", "SA", "Riyadh", 24.7, 46.7, 2, 4205961, KIND_CITY)
_RIYADH_EG = GeoMatch(4, "Ar Riyad", "EG", None, 31.2, 30.9, 3, 24254, KIND_CITY)
_MALAYSIA_TOWN = GeoMatch(5, "Kuala Lumpur", "MY", None, 3.1, 101.7, 4, 1453975, KIND_CITY)


class _Gazetteer:
    """Only what the rule asks: the rows of a lookup key."""

    def candidates(self, key: str, article: bool | None = None) -> list[GeoMatch]:
        return [_QUARTER] if key == "حي الملقا" else []


def _context(counts: dict[str, int]) -> Context:
    total = sum(counts.values()) or 1
    return Context({cc: n / total for cc, n in counts.items()}, None, None, None, frozenset(counts),
                   frozenset(), counts)


def _mention(key: str) -> Mention:
    return Mention(0, 9, 0, 1, key, [_QUARTER, _ABROAD])


@pytest.mark.parametrize(
    ("others", "counts", "expected"),
    [
        # another place of the story reads in Saudi Arabia (Riyadh, no evidence of its own):
        # the quarter
        ([[_RIYADH_SA, _RIYADH_EG]], {}, _QUARTER),
        # the story gives evidence of Malaysia: the namesake stays
        ([[_RIYADH_SA, _RIYADH_EG], [_MALAYSIA_TOWN]], {"MY": 1}, _ABROAD),
        # nothing else in the story is Saudi: the namesake stays
        ([[_MALAYSIA_TOWN]], {}, _ABROAD),
        ([], {}, _ABROAD),
    ],
)
def test_places_gated_quarter_over_namesake(others: list[list[GeoMatch]], counts: dict[str, int],
                                            expected: GeoMatch) -> None:
    m = _mention("حي الملقا")
    mentions = [m] + [Mention(20 + 10 * k, 25 + 10 * k, 2 + k, 2 + k, "x", c) for k, c in enumerate(others)]
    got = quarter_over_namesake(_Gazetteer(), _context(counts), m, _ABROAD,  # type: ignore[arg-type]
                                countries_named(mentions))
    assert got == expected


def test_places_gated_quarter_needs_its_place_word() -> None:
    # the bare name (no حي in the mention) is not a gated reading
    m = Mention(0, 5, 0, 0, "ملقا", [_QUARTER, _ABROAD])
    named = {"SA": 2, "MY": 1}
    assert quarter_over_namesake(_Gazetteer(), _context({}), m, _ABROAD, named) == _ABROAD  # type: ignore[arg-type]
