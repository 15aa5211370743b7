"""One incident told by two sentences and typed two ways merges into one event: a blast told as an
explosion then as a suicide bombing at the same town on the same day (ACLED codes one event per
place, day and type), a clash and an attack at one town on one day that tell the same toll. Not
where the tolls of the two blasts lie apart, the later one is called another incident, the days
or the towns differ, the town is only the article's fallback, the place is a province, or one
sentence tells both. Candidates built for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.document import Location
from rasd.stages.events.merge import Candidate, merge_candidates


def _loc(name: str, lat: float, lon: float, *, country: str = "TR", precision: int = 1,
         admin1: str | None = "Province P") -> Location:
    return Location(text=name, name=name, country=country, admin1=admin1, lat=lat, lon=lon, precision=precision)


_TOWN = _loc("Town T", 36.97, 38.42)
_OTHER_TOWN = _loc("Town U", 37.16, 38.79)
_PROVINCE = _loc("Province P", 37.17, 38.79, precision=3)
_BLAST = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
_SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
_CLASH = ("Battles", "Armed clash")
_ATTACK = ("Violence against civilians", "Attack")


def _cand(kind: tuple[str, str], loc: Location, start: int, fat: int | None, *, date: str = "2015-07-20",
          fallback: bool = False, tp: int = 1) -> Candidate:
    return Candidate(kind[0], kind[1], date, tp, loc, fallback, None, None, fat,
                     start, start + 40, 0.7, False, False, ((start, start + 40),), (),
                     sentences=((start, start + 40),))


_LEDE = _cand(_BLAST, _TOWN, 0, 32)
_DETAIL = _cand(_SUICIDE, _TOWN, 100, 30)


def _events(cands: list[Candidate]) -> list[tuple[str, str, int | None]]:
    return [(c.retyped or c.sub_event_type, c.location.name if c.location else "", c.fatalities)
            for c in merge_candidates(cands)]


@pytest.mark.parametrize(
    ("cands", "events"),
    [
        # a blast, then the ministry's suicide bombing at the same town that day: one suicide
        # bombing, with the suicide bombing's toll
        ([_LEDE, _DETAIL], [("Suicide bomb", "Town T", 30)]),
        # the other order: the suicide bombing keeps its type
        ([_DETAIL, replace(_LEDE, start=200, sentences=((200, 240),))], [("Suicide bomb", "Town T", 30)]),
        # a toll told by the blast only
        ([_LEDE, replace(_DETAIL, fatalities=None)], [("Suicide bomb", "Town T", 32)]),
        # the suicide bombing tells no dead: the lede's figure was another blast's
        ([replace(_LEDE, fatalities=4), replace(_DETAIL, fatalities=0)], [("Suicide bomb", "Town T", 0)]),
        # tolls far apart (a truck bomb's 15, a suicide bombing's 27): two incidents in one city
        ([replace(_LEDE, fatalities=15), replace(_DETAIL, fatalities=27)],
         [("Remote explosive/landmine/IED", "Town T", 15), ("Suicide bomb", "Town T", 27)]),
        # the text calls the second another incident
        ([_LEDE, replace(_DETAIL, distinct=True)],
         [("Remote explosive/landmine/IED", "Town T", 32), ("Suicide bomb", "Town T", 30)]),
        # another day
        ([_LEDE, replace(_DETAIL, date="2015-07-21")],
         [("Remote explosive/landmine/IED", "Town T", 32), ("Suicide bomb", "Town T", 30)]),
        # another town
        ([_LEDE, replace(_DETAIL, location=_OTHER_TOWN)],
         [("Remote explosive/landmine/IED", "Town T", 32), ("Suicide bomb", "Town U", 30)]),
        # both placed only at the article's own town (a fallback): nothing says it is one town
        ([replace(_LEDE, location_fallback=True), replace(_DETAIL, location_fallback=True)],
         [("Remote explosive/landmine/IED", "Town T", 32), ("Suicide bomb", "Town T", 30)]),
        # a province names no town of its own
        ([replace(_LEDE, location=_PROVINCE), replace(_DETAIL, location=_PROVINCE)],
         [("Remote explosive/landmine/IED", "Province P", 32), ("Suicide bomb", "Province P", 30)]),
        # one sentence told both
        ([_LEDE, replace(_DETAIL, sentences=_LEDE.sentences)],
         [("Remote explosive/landmine/IED", "Town T", 32), ("Suicide bomb", "Town T", 30)]),
        # a clash and an attack at one town that day with one toll: one incident
        ([_cand(_CLASH, _TOWN, 0, 12), _cand(_ATTACK, _TOWN, 100, 12)], [("Armed clash", "Town T", 12)]),
        # a clash and an attack on civilians with no shared toll: two events
        ([_cand(_CLASH, _TOWN, 0, None), _cand(_ATTACK, _TOWN, 100, 3)],
         [("Armed clash", "Town T", None), ("Attack", "Town T", 3)]),
    ],
)
def test_retold_incident_merges_once(cands: list[Candidate], events: list[tuple[str, str, int | None]]) -> None:
    assert _events(cands) == events
