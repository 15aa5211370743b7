"""Two sentences that tell acts at two places the text names apart, one told as a village of its
own, stay two events even where the gazetteer puts the village at the town's point (ACLED codes
one event per place). A quarter or area put at its town, the town's countryside, a casualty
word alone, a reaction and a noun pointing back still join the event told before. Candidates
built for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.document import Location
from rasd.stages.events.merge import Candidate, merge_candidates

_SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _at(text: str, precision: int) -> Location:
    return Location(text=text, name="Town A", country="SY", admin1="Province A", lat=36.2, lon=37.15,
                    precision=precision)


def _cand(place: Location, start: int, *, settlement: bool = False, fat: int | None = None) -> Candidate:
    return Candidate(_SHELL[0], _SHELL[1], "2015-07-21", 1, place, False, None, None, fat,
                     start, start + 40, 0.7, False, False, ((start, start + 40),), (),
                     sentences=((start, start + 40),), settlement=settlement)


_TOWN = _cand(_at("منبج", 1), 0)


@pytest.mark.parametrize(
    ("later", "events"),
    [
        (_cand(_at("عبطين", 2), 100, settlement=True), 2),  # a village put at the town
        (_cand(_at("عقاقة", 2), 100), 1),  # an area put at the town: maybe the town's incident
        (_cand(_at("ريف منبج", 2), 100, settlement=True), 1),  # the town's own countryside
        (replace(_cand(_at("عبطين", 2), 100, settlement=True), weak=True), 1),  # a casualty word alone
        (replace(_cand(_at("عبطين", 2), 100, settlement=True), reference=True), 1),  # a reaction
        (replace(_cand(_at("عبطين", 2), 100, settlement=True), anaphoric=True), 1),  # "the shelling"
        (_cand(_at("عبطين", 3), 100, settlement=True), 1),  # a coarse place: the province's own rules
    ],
)
def test_events_merge_villages_put_at_their_town(later: Candidate, events: int) -> None:
    assert len(merge_candidates([_TOWN, later])) == events


@pytest.mark.parametrize(
    ("first", "later", "events"),
    [
        # a lead "south-west of the town", then the village it was: the area holds the village
        (_cand(_at("جنوب غربي منبج", 2), 0, fat=15), _cand(_at("سرجومة", 2), 100, settlement=True, fat=12), 1),
        # the town's toll told again at the village: a lead and its detail
        (_cand(_at("منبج", 1), 0, fat=15), _cand(_at("سرجومة", 2), 100, settlement=True, fat=15), 1),
        # the town's incident with its toll, then another toll at a village: two
        (_cand(_at("منبج", 1), 0, fat=15), _cand(_at("سرجومة", 2), 100, settlement=True, fat=3), 2),
    ],
)
def test_events_merge_villages_lead_and_detail(first: Candidate, later: Candidate, events: int) -> None:
    assert len(merge_candidates([first, later])) == events
