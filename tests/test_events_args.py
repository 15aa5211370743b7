"""Each incident's arguments from its own clause (issue 16): merging keeps a province's event
apart from a town of another province. Places and sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.document import Location
from rasd.stages.events.merge import Candidate, merge_candidates

_PROVINCE = Location("ولاية باروان", "Parwan", "AF", "Parwan", 35.0, 69.0, 3)
_TOWN_INSIDE = Location("شاريكار", "Charikar", "AF", "Parwan", 35.01, 69.17, 1)
_TOWN_ELSEWHERE = Location("كابل", "Kabul", "AF", "Kabul", 34.53, 69.17, 1)
_COUNTRY = Location("أفغانستان", "Afghanistan", "AF", None, 34.8, 67.8, 3)


def _strike(location: Location, start: int, fatalities: int | None = None) -> Candidate:
    return Candidate("Explosions/Remote violence", "Air/drone strike", "2015-07-20", 1, location, False,
                     None, None, fatalities, start, start + 10, 0.7, False, False)


@pytest.mark.parametrize(
    ("coarse", "fine", "merged"),
    [
        (_PROVINCE, _TOWN_INSIDE, True),  # the town is a closer reading of the province
        (_PROVINCE, _TOWN_ELSEWHERE, False),  # a town of another province: another incident
        (_COUNTRY, _TOWN_ELSEWHERE, True),  # a country holds all its towns
    ],
)
def test_events_args_coarse_place_merges_only_what_lies_inside(coarse: Location, fine: Location,
                                                               merged: bool) -> None:
    out = merge_candidates([_strike(coarse, 0, 10), _strike(fine, 50)])
    assert len(out) == (1 if merged else 2)
    first = out[0]
    assert first.location is not None
    assert first.location.name == (fine.name if merged else coarse.name)
