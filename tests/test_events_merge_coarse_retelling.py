"""One incident told at two grains: the lead at the country or the city, the body at the town
or district. The coarse record joins the finer one (its place, the earlier day its own clause
names, the toll, a claimant's name) where it tells nothing the finer one lacks; two finer
places, a day or a toll or a doer of its own, another type, two places of one grain stay apart.
Candidates built for these tests (places made up, but for two gazetteer towns of one city)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.document import Location
from rasd.stages.events.merge import Candidate, merge_candidates
from rasd.stages.events.merge_coarse import contains

_CLASH = ("Battles", "Armed clash")
_BOMB = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
_SUICIDE = ("Explosions/Remote violence", "Suicide bomb")


def _place(name: str, precision: int, admin1: str | None, lat: float = 27.0, lon: float = 14.4,
           country: str = "LY") -> Location:
    return Location(text=name, name=name, country=country, admin1=admin1, lat=lat, lon=lon, precision=precision)


_COUNTRY = _place("Country", 3, None, 31.2, 16.6)
_PROVINCE = _place("Province A", 3, "Province A", 27.5, 14.0)
_TOWN = _place("Town A", 1, "Province A")
_OTHER_TOWN = _place("Town B", 1, "Province B", 25.0, 12.0)
_CITY = _place("Istanbul", 1, None, 41.01384, 28.94966, "TR")
_DISTRICT = _place("Sultanbeyli", 1, None, 40.96072, 29.27067, "TR")


def _cand(place: Location, start: int, date: str = "2015-07-21", *, kind: tuple[str, str] = _CLASH,
          fat: int | None = None, actor1: str | None = None, reported: bool = False, clause_day: bool = False,
          ) -> Candidate:
    return Candidate(kind[0], kind[1], date, 1, place, False, actor1, None, fat,
                     start, start + 40, 0.6, False, False, ((start, start + 40),), (),
                     sentences=((start, start + 40),), reported=reported, clause_day=clause_day)


# the lead: "officials said today that dozens were killed in clashes in the south of the country"
_LEAD = _cand(_COUNTRY, 0, "2015-07-21", fat=10, reported=True)
# the body: "the clashes broke out four days ago in a suburb of the town"
_BODY = _cand(_TOWN, 200, "2015-07-17", clause_day=True)


@pytest.mark.parametrize(
    ("cands", "events"),
    [
        ([_LEAD, _BODY], 1),
        ([_BODY, _LEAD], 1),  # (the coarse telling after the finer one)
        # a province: "a village in the province" is not the town in it that another sentence names
        ([replace(_LEAD, location=_PROVINCE), _BODY], 2),
        # a day of its own in its own clause, not the report's
        ([replace(_LEAD, reported=False, clause_day=True), _BODY], 2),
        ([replace(_LEAD, date="2015-07-15"), _BODY], 2),  # told before the finer one happened
        ([_LEAD, replace(_BODY, fatalities=3)], 2),  # a toll of its own
        ([_LEAD, replace(_BODY, fatalities=0)], 2),  # the finer record tells no one was killed
        ([replace(_LEAD, actor1="Group A"), replace(_BODY, actor1="Group B")], 2),  # another named doer
        ([_LEAD, _BODY, _cand(_OTHER_TOWN, 400, "2015-07-18", clause_day=True)], 3),  # two finer places
        ([replace(_LEAD, location=_PROVINCE), replace(_BODY, location=_OTHER_TOWN)], 2),  # another province
        ([_LEAD, replace(_BODY, sub_event_type="Government regains territory")], 2),  # another type
        ([replace(_LEAD, reference=True), _BODY], 1),  # a reaction: dropped as before, not joined
    ],
)
def test_events_merge_coarse_retelling_joins(cands: list[Candidate], events: int) -> None:
    assert len(merge_candidates(cands)) == events


def test_events_merge_coarse_retelling_keeps_a_suicide_bombing() -> None:
    # "after a suicide bombing killed 30" (the country, the report's day); "Monday's blast in the town"
    lead = _cand(_COUNTRY, 0, "2015-07-23", kind=_SUICIDE, fat=30, actor1="Group A", reported=True)
    body = _cand(_TOWN, 300, "2015-07-20", kind=_BOMB, clause_day=True)
    (event,) = merge_candidates([lead, body])
    assert (event.location, event.date, event.fatalities, event.retyped) == (_TOWN, "2015-07-20", 30, "Suicide bomb")


def test_events_merge_coarse_retelling_keeps_the_finer_record() -> None:
    (event,) = merge_candidates([_LEAD, replace(_BODY, actor1="Unidentified Armed Group (Libya)")])
    assert event.location == _TOWN
    assert event.date == "2015-07-17"
    assert event.fatalities == 10


@pytest.mark.parametrize(
    ("coarse", "fine", "events"),
    [
        # a car bomb "in the city" in the lead, "in Sultanbeyli" in the body; a claim naming the city
        (_cand(_CITY, 0, kind=_BOMB), _cand(_DISTRICT, 300, kind=_BOMB), 1),
        (_cand(_CITY, 0, kind=_SUICIDE, actor1="Group A"), _cand(_DISTRICT, 300, kind=_BOMB), 1),
        (_cand(_CITY, 0, kind=_BOMB, fat=2), _cand(_DISTRICT, 300, kind=_BOMB, fat=5), 2),  # tolls apart
        # a landmark of the city (no town the gazetteer counts people in)
        (_cand(_CITY, 0, kind=_BOMB), _cand(replace(_DISTRICT, name="Camp A"), 300, kind=_BOMB), 2),
        # two towns of one grain, neither a metropolis
        (_cand(replace(_CITY, name="Town C"), 0, kind=_BOMB), _cand(_DISTRICT, 300, kind=_BOMB), 2),
    ],
)
def test_events_merge_coarse_retelling_in_a_metropolis(coarse: Candidate, fine: Candidate, events: int) -> None:
    out = merge_candidates([coarse, fine])
    assert len(out) == events
    if events == 1:
        assert out[0].location == _DISTRICT
        assert out[0].actor1 == coarse.actor1


@pytest.mark.parametrize(
    ("coarse", "fine", "inside"),
    [
        (_COUNTRY, _TOWN, True),
        (_COUNTRY, _PROVINCE, True),
        (_PROVINCE, _TOWN, False),
        (_PROVINCE, _OTHER_TOWN, False),
        (_TOWN, _COUNTRY, False),
        (_TOWN, _PROVINCE, False),
        (_COUNTRY, _COUNTRY, False),
        (_CITY, _DISTRICT, True),
        (_DISTRICT, _CITY, False),  # the smaller town never holds the metropolis
        (_CITY, replace(_DISTRICT, country="SY"), False),
        (replace(_CITY, admin1="Capital"), replace(_DISTRICT, admin1="Countryside"), False),  # another province
    ],
)
def test_events_merge_coarse_contains(coarse: Location, fine: Location, inside: bool) -> None:
    assert contains(coarse, fine) is inside
