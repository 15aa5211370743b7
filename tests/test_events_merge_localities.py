"""Two sentences that tell acts at two localities the text names apart (two administrative
districts, two villages, a village put at its district and another district) stay two events
even where the gazetteer puts both at one point or close by: ACLED codes one event per place.
A town, a quarter or a landmark and a district, one toll told twice, a casualty word alone, a
reaction and a noun pointing back still join. Candidates built for these tests (the places
are made up)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.document import Location
from rasd.stages.events.merge import Candidate, merge_candidates

_SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _at(text: str, name: str, precision: int = 2, lon: float = 42.9) -> Location:
    return Location(text=text, name=name, country="SA", admin1="Province A", lat=16.6, lon=lon,
                    precision=precision)


def _cand(place: Location, start: int, *, settlement: bool = False, fat: int | None = None) -> Candidate:
    return Candidate(_SHELL[0], _SHELL[1], "2015-07-21", 1, place, False, None, None, fat,
                     start, start + 40, 0.7, False, False, ((start, start + 40),), (),
                     sentences=((start, start + 40),), settlement=settlement)


_DISTRICT = _cand(_at("محافظة السنابل", "District A"), 0)
_VILLAGE = _cand(_at("الزيتونة", "District A"), 0, settlement=True)


@pytest.mark.parametrize(
    ("first", "later", "events"),
    [
        # two districts the gazetteer puts at one point
        (_DISTRICT, _cand(_at("محافظة الغدير", "District B"), 100), 2),
        (_DISTRICT, _cand(_at("مديرية الغدير", "District B", lon=43.0), 100), 2),  # ~11 km apart
        # a village put at its district, then another district at the same point
        (_VILLAGE, _cand(_at("محافظة الغدير", "District B"), 100), 2),
        # two villages, each put at its own district
        (_VILLAGE, _cand(_at("الصفصافة", "District B"), 100, settlement=True), 2),
        # a quarter, a landmark, a town: may be where the district's incident was
        (_DISTRICT, _cand(_at("منطقة الغدير", "District B"), 100), 1),
        (_DISTRICT, _cand(_at("منفذ الغدير", "District B"), 100), 1),
        (_VILLAGE, _cand(_at("منفذ الغدير", "District B"), 100), 2),  # a village and a landmark elsewhere
        (_VILLAGE, _cand(_at("شارع الغدير", "District B"), 100), 1),  # a street: a part of some town
        (_DISTRICT, _cand(_at("الغدير", "Town B", precision=1), 100, settlement=True), 1),
        # the district's own name again, its countryside
        (_DISTRICT, _cand(_at("السنابل", "District A"), 100), 1),
        (_DISTRICT, _cand(_at("ريف الغدير", "District B"), 100, settlement=True), 1),
    ],
)
def test_events_merge_localities_apart(first: Candidate, later: Candidate, events: int) -> None:
    assert len(merge_candidates([first, later])) == events


_OTHER = _cand(_at("محافظة الغدير", "District B"), 100)


@pytest.mark.parametrize(
    ("first", "later", "events"),
    [
        (_DISTRICT, _OTHER, 2),
        (replace(_DISTRICT, fatalities=3), replace(_OTHER, fatalities=3), 1),  # one toll told twice
        (_DISTRICT, replace(_OTHER, weak=True), 1),  # a casualty word alone
        (_DISTRICT, replace(_OTHER, reference=True), 1),  # a reaction
        (_DISTRICT, replace(_OTHER, anaphoric=True), 1),  # "the shelling"
    ],
)
def test_events_merge_localities_told_as_one(first: Candidate, later: Candidate, events: int) -> None:
    assert len(merge_candidates([first, later])) == events
