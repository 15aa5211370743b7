"""Candidates told on two days: two incidents where their own sentences name the two days and
two places named apart; one where they share a place, or one day is only the report's or the
context's. Candidates built for these tests (no article text)."""

from __future__ import annotations

import pytest

from rasd.document import Location
from rasd.stages.events.merge import Candidate, merge_candidates


def _loc(name: str, lat: float, lon: float, precision: int = 1) -> Location:
    return Location(text=name, name=name, country="SA", admin1=None, lat=lat, lon=lon, precision=precision)


_POST = _loc("Border post", 16.40, 42.87)
_VILLAGE = _loc("Border village", 16.45, 42.95)
_PROVINCE = _loc("Border province", 16.50, 43.00, precision=3)
_SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _cand(date: str, tp: int, loc: Location | None, start: int, *, fallback: bool = False,
          reference: bool = False, sub: tuple[str, str] = _SHELLING) -> Candidate:
    return Candidate(sub[0], sub[1], date, tp, loc, fallback, "Houthi Movement - Ansar Allah", None, None,
                     start, start + 40, 0.7, False, reference, ((start, start + 40),), (),
                     sentences=((start, start + 40),))


@pytest.mark.parametrize(
    ("second", "dates"),
    [
        # a shell on a village the day before, its own sentence naming the day: its own incident
        (_cand("2015-07-21", 1, _VILLAGE, 100), ["2015-07-22", "2015-07-21"]),
        # the province the post lies in, on another day the text names: another incident too
        (_cand("2015-07-21", 1, _PROVINCE, 100), ["2015-07-22", "2015-07-21"]),
        # the same post on the day before (a shelling told over a night): one incident, its first day
        (_cand("2015-07-21", 1, _POST, 100), ["2015-07-21"]),
        # the province on a day carried from the context (precision 2): no day of its own, one incident
        (_cand("2015-07-21", 2, _PROVINCE, 100), ["2015-07-22"]),
        # the article's own place (a fallback) names no place of the sentence: one incident
        (_cand("2015-07-21", 1, _VILLAGE, 100, fallback=True), ["2015-07-21"]),
        # a reaction dated the next day joins the event it reacts to
        (_cand("2015-07-23", 1, _VILLAGE, 100, reference=True), ["2015-07-22"]),
    ],
)
def test_events_merge_days_two_days_two_places(second: Candidate, dates: list[str]) -> None:
    first = _cand("2015-07-22", 1, _POST, 0)
    assert [c.date for c in merge_candidates([first, second])] == dates


def test_events_merge_days_same_day_post_and_province() -> None:
    # the province the post lies in, on the same day: the post's shelling told again, one incident
    first = _cand("2015-07-22", 1, _POST, 0)
    second = _cand("2015-07-22", 1, _PROVINCE, 100)
    assert len(merge_candidates([first, second])) == 1
