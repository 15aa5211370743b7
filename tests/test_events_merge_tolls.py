"""A toll told right after an incident, in a sentence naming no place of its own, goes to that
incident where it would otherwise be lost on an earlier event that tells another toll (executions
in one town with their toll, then a takeover in another town, then ``the forces lost four of their
men``); not where it repeats a toll of the article, names a place of its own, is a claimant's
figure, is told on another day or in another country, not right after the incident (a sentence
between), or where the incident before it already has a toll or no place of its own.
Candidates built for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.document import Location
from rasd.stages.events.merge import Candidate, merge_candidates


def _loc(name: str, lat: float, lon: float, country: str = "IQ") -> Location:
    return Location(text=name, name=name, country=country, admin1=None, lat=lat, lon=lon, precision=1)


_TOWN_A = _loc("Town A", 36.34, 43.13)
_TOWN_B = _loc("Town B", 34.93, 43.49)
_ATTACK = ("Violence against civilians", "Attack")
_TAKEOVER = ("Battles", "Non-state actor overtakes territory")


def _cand(kind: tuple[str, str], loc: Location, start: int, fat: int | None, *, date: str = "2015-08-03",
          fallback: bool = False, tp: int = 1) -> Candidate:
    return Candidate(kind[0], kind[1], date, tp, loc, fallback, "Islamic State", None, fat,
                     start, start + 40, 0.7, False, False, ((start, start + 40),), (),
                     sentences=((start, start + 40),))


_EXECUTIONS = _cand(_ATTACK, _TOWN_A, 0, 44)
_TAKEOVER_B = _cand(_TAKEOVER, _TOWN_B, 41, None)
# "the forces lost four of their men": no place of its own (the dateline's town, a fallback)
_LOSSES = _cand(_ATTACK, _TOWN_A, 82, 4, fallback=True, tp=2)


def _tolls(cands: list[Candidate]) -> list[tuple[str, int | None]]:
    return [(c.location.name if c.location else "", c.fatalities) for c in merge_candidates(cands)]


@pytest.mark.parametrize(
    ("cands", "tolls"),
    [
        # the losses go to the takeover told right before them, not to the executions' 44
        ([_EXECUTIONS, _TAKEOVER_B, _LOSSES], [("Town A", 44), ("Town B", 4)]),
        # a sentence stands between the takeover and the losses: not told right after it
        ([_EXECUTIONS, _TAKEOVER_B, replace(_LOSSES, sentences=((150, 190),))], [("Town A", 44), ("Town B", None)]),
        # the sentence right before only refers to an incident (a reaction): not moved
        ([_EXECUTIONS, _TAKEOVER_B, replace(_TAKEOVER_B, reference=True, start=60, sentences=((60, 81),)), _LOSSES],
         [("Town A", 44), ("Town B", None)]),
        # the takeover is placed only at the article's own place (a fallback): not moved
        ([_EXECUTIONS, replace(_TAKEOVER_B, location_fallback=True), _LOSSES], [("Town A", 44), ("Town B", None)]),
        # the same figure as the executions': it retells them
        ([_EXECUTIONS, _TAKEOVER_B, replace(_LOSSES, fatalities=44)], [("Town A", 44), ("Town B", None)]),
        # a place of its own: the sentence tells its own town's incident
        ([_EXECUTIONS, _TAKEOVER_B, replace(_LOSSES, location_fallback=False)], [("Town A", 44), ("Town B", None)]),
        # a claimant's figure: not moved
        ([_EXECUTIONS, _TAKEOVER_B, replace(_LOSSES, claimed=True)], [("Town A", 44), ("Town B", None)]),
        # the takeover already has a toll of its own
        ([_EXECUTIONS, replace(_TAKEOVER_B, fatalities=7), _LOSSES], [("Town A", 44), ("Town B", 7)]),
        # told on another day than the takeover's (named days)
        ([_EXECUTIONS, replace(_TAKEOVER_B, date="2015-08-01"), replace(_LOSSES, time_precision=1)],
         [("Town A", 44), ("Town B", None)]),
        # the incident before it is in another country
        ([_EXECUTIONS, replace(_TAKEOVER_B, location=_loc("Town C", 36.9, 38.4, "SY")), _LOSSES],
         [("Town A", 44), ("Town C", None)]),
        # the event it would join has no toll: its toll fills that one, as before
        ([replace(_EXECUTIONS, fatalities=None), _TAKEOVER_B, _LOSSES], [("Town A", 4), ("Town B", None)]),
    ],
)
def test_toll_after_incident_goes_to_it(cands: list[Candidate], tolls: list[tuple[str, int | None]]) -> None:
    assert _tolls(cands) == tolls
