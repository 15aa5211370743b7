"""Two sentences told with weapons one incident cannot have stay two events: fire from afar (a
shell, a rocket, an air strike) and a bomb on the ground, each with a toll of its own, at a place
the gazetteer gives one name (two districts of one province). A later sentence with no day of
its own still joins the event told before it where it tells the same weapon kind, no toll of its
own, or the same toll. Candidates built for these tests."""

from __future__ import annotations

import pytest

from rasd.document import Location
from rasd.stages.events.merge import Candidate, merge_candidates

_PROVINCE_TOWN = Location(text="Town S", name="Town S", country="TR", admin1="Province S", lat=37.5, lon=42.4,
                          precision=2)
_IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
_SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
_AIR = ("Explosions/Remote violence", "Air/drone strike")
_GRENADE = ("Explosions/Remote violence", "Grenade")


def _cand(kind: tuple[str, str], start: int, fat: int | None) -> Candidate:
    return Candidate(kind[0], kind[1], "2015-08-10", 2, _PROVINCE_TOWN, False, None, None, fat,
                     start, start + 40, 0.7, False, False, ((start, start + 40),), (),
                     sentences=((start, start + 40),))


@pytest.mark.parametrize(
    ("first", "second", "events"),
    [
        ((_IED, 4), (_SHELL, 1), 2),  # a roadside bomb, then a rocket on a helicopter
        ((_SHELL, 3), (_IED, 2), 2),
        ((_GRENADE, 1), (_SHELL, 5), 2),
        ((_IED, 4), (_AIR, None), 2),  # (an air strike and a ground blast were apart already)
        ((_IED, 4), (_SHELL, None), 1),  # no toll of its own: one incident told twice
        ((_SHELL, 3), (_IED, 3), 1),  # the same toll: a shell's blast
        ((_IED, 4), (_IED, 1), 1),  # one weapon kind
    ],
)
def test_fire_from_afar_and_a_ground_bomb_stay_apart(first: tuple[tuple[str, str], int | None],
                                                     second: tuple[tuple[str, str], int | None], events: int) -> None:
    cands = [_cand(first[0], 0, first[1]), _cand(second[0], 100, second[1])]
    assert len(merge_candidates(cands)) == events
