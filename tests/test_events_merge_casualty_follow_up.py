"""A casualty-only sentence (no act of its own) with a toll, told right after a violent incident
told with its own toll, goes on counting that incident's dead: its figure belongs to the event
that incident took part in, never to an earlier event of the article that its place or type
would also fit (an air strike told first, a clash with 17 dead, then ``three of the resistance
were killed``: the air strike gets no toll). Not where a sentence stands between them, the
incident before told no toll, or the figure is a claimant's or a reaction's; a sentence with no
place of its own follows an incident of the same country and day. Candidates built for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.document import Location
from rasd.stages.events.merge import Candidate, merge_candidates

_TOWN = Location(text="Town A", name="Town A", country="YE", admin1=None, lat=13.58, lon=44.02, precision=1)
_ELSEWHERE = Location(text="Town B", name="Town B", country="YE", admin1=None, lat=15.35, lon=44.2, precision=1)
_HOUTHIS = "Houthi Movement - Ansar Allah"
_RESISTANCE = "Popular Resistance"


def _cand(kind: tuple[str, str], start: int, fat: int | None, *, weak: bool = False,
          actors: tuple[str | None, str | None] = (_RESISTANCE, _HOUTHIS)) -> Candidate:
    end = start + 40
    return Candidate(kind[0], kind[1], "2015-08-05", 1, _TOWN, False, actors[0], actors[1], fat,
                     start, end, 0.7, weak, False, ((start, end),), sentences=((start, end),))


# "coalition aircraft struck the air base" (no toll)
_STRIKE = _cand(("Explosions/Remote violence", "Air/drone strike"), 0,
                None, actors=("Military Forces of Saudi Arabia", _HOUTHIS))
# "17 Houthi fighters were killed in clashes in Town A"
_CLASH = _cand(("Battles", "Armed clash"), 100, 17)
# "sources said three resistance fighters were killed" (casualty-only, the sentence right after)
_DEAD = _cand(("Violence against civilians", "Attack"), 141, 3, weak=True)


def _tolls(cands: list[Candidate]) -> list[int | None]:
    return [c.fatalities for c in merge_candidates(cands)]


@pytest.mark.parametrize(
    ("cands", "tolls"),
    [
        # the casualty-only sentence goes on with the clash told right before it
        ([_STRIKE, _CLASH, _DEAD], [None, 17]),
        # with no place of its own (the article's fallback), the same country and day
        ([_STRIKE, _CLASH, replace(_DEAD, location=_ELSEWHERE, location_fallback=True)], [None, 17]),
        # a sentence stands between them: the earliest event that fits, as before
        ([_STRIKE, _CLASH, replace(_DEAD, start=300, end=340, sentences=((300, 340),))], [3, 17]),
        # the incident before told no toll of its own: as before
        ([_STRIKE, replace(_CLASH, fatalities=None), _DEAD], [3, None]),
        # the text calls it another incident: as before
        ([_STRIKE, _CLASH, replace(_DEAD, distinct=True)], [3, 17]),
        # the sentence before tells no violent act (a protest): as before
        ([_STRIKE, replace(_CLASH, event_type="Protests", sub_event_type="Peaceful protest"), _DEAD], [3, 17]),
    ],
)
def test_casualty_follow_up_goes_with_the_incident_before(cands: list[Candidate], tolls: list[int | None]) -> None:
    assert _tolls(cands) == tolls
