"""A battle's toll counts the dead of every side: a later sentence that points back at the battle
(``in the clashes``) and counts the other side's dead adds its figure to the battle's (rebels'
dead in one sentence, then the resistance's dead ``during the fighting``). Not where the later
sentence counts the same side or an allied force again (a second source's figure), shows
civilians dying, does not point back, tells a claim, another incident or a reaction, or where
the event is not a battle. Candidates built for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.document import Location
from rasd.stages.events.merge import Candidate, merge_candidates

_TOWN = Location(text="Town A", name="Town A", country="YE", admin1=None, lat=15.5, lon=45.3, precision=1)
_CLASH = ("Battles", "Armed clash")
_HOUTHIS = "Houthi Movement - Ansar Allah"
_RESISTANCE = "Popular Resistance"


def _cand(kind: tuple[str, str], start: int, fat: int | None, victims: tuple[str, ...], *,
          anaphoric: bool = False) -> Candidate:
    return Candidate(kind[0], kind[1], "2015-08-05", 1, _TOWN, False, _RESISTANCE, _HOUTHIS, fat,
                     start, start + 40, 0.7, False, False, ((start, start + 40),), victims,
                     sentences=((start, start + 40),), anaphoric=anaphoric)


# "the clashes in Town A killed eleven rebels"
_BATTLE = _cand(_CLASH, 0, 11, (_HOUTHIS,))
# "two resistance fighters fell during the fighting"
_OWN_LOSSES = _cand(_CLASH, 41, 2, (_RESISTANCE,), anaphoric=True)


def _tolls(cands: list[Candidate]) -> list[int | None]:
    return [c.fatalities for c in merge_candidates(cands)]


@pytest.mark.parametrize(
    ("cands", "tolls"),
    [
        # the other side's dead, told after the battle and pointing back at it: summed
        ([_BATTLE, _OWN_LOSSES], [13]),
        # told as an attack on the fighters (the casualty sentence's own typing): summed too
        ([_BATTLE, replace(_OWN_LOSSES, event_type="Violence against civilians", sub_event_type="Attack")], [13]),
        # the same side counted again (another source's figure): the battle's own toll
        ([_BATTLE, replace(_OWN_LOSSES, victims=(_HOUTHIS,))], [11]),
        # an ally of the side counted first (Saleh's forces beside the Houthis): not the other side
        ([_BATTLE, replace(_OWN_LOSSES, victims=("Military Forces of Yemen Saleh faction",))], [11]),
        # the later sentence counts both sides itself (its victims overlap the first's)
        ([_BATTLE, replace(_OWN_LOSSES, victims=(_RESISTANCE, _HOUTHIS))], [11]),
        # civilians: maybe another act's dead
        ([_BATTLE, replace(_OWN_LOSSES, victims=("Civilians (Yemen)",))], [11]),
        # not pointing back at the battle
        ([_BATTLE, replace(_OWN_LOSSES, anaphoric=False)], [11]),
        # a claimant's figure
        ([_BATTLE, replace(_OWN_LOSSES, claimed=True)], [11]),
        # the event is not a battle (an air strike's dead, then the strikers' losses)
        ([replace(_BATTLE, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"),
          replace(_OWN_LOSSES, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")], [11]),
        # no victims read for the first count: whose dead it counts is unknown
        ([replace(_BATTLE, victims=()), _OWN_LOSSES], [11]),
        # a third sentence that retells one side's dead adds nothing more
        ([_BATTLE, _OWN_LOSSES, replace(_OWN_LOSSES, start=82, sentences=((82, 120),), fatalities=2)], [13]),
    ],
)
def test_battle_toll_sums_the_sides(cands: list[Candidate], tolls: list[int | None]) -> None:
    assert _tolls(cands) == tolls
