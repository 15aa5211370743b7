"""Candidates told on two days: two incidents where their own sentences name the two days and
two places named apart; one at one place (a lead dated by its report, a night told as two
days), where both tell the same toll, where one day is only carried from the context or may be
only the report's (``report_days``), or where the later one is a reaction. Candidates built for
these tests; the report-day sentences are written for them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.api import analyze_text
from rasd.document import Location
from rasd.stages.events.dates import report_days
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate, merge_candidates


def _loc(name: str, lat: float, lon: float, precision: int = 1) -> Location:
    return Location(text=name, name=name, country="SA", admin1="Jizan", lat=lat, lon=lon, precision=precision)


_POST = _loc("Border post", 16.40, 42.87)
_VILLAGE = _loc("Border village", 16.45, 42.95)
_PROVINCE = _loc("Border province", 16.50, 43.00, precision=3)
_COUNTRY = Location(text="Saudi Arabia", name="Saudi Arabia", country="SA", admin1=None, lat=24.0, lon=45.0,
                    precision=3)
_SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _cand(date: str, tp: int, loc: Location | None, start: int, *, fallback: bool = False,
          reference: bool = False, fat: int | None = None) -> Candidate:
    return Candidate(_SHELLING[0], _SHELLING[1], date, tp, loc, fallback, "Houthi Movement - Ansar Allah", None, fat,
                     start, start + 40, 0.7, False, reference, ((start, start + 40),), (),
                     sentences=((start, start + 40),))


_FIRST = _cand("2015-07-22", 1, _POST, 0)


@pytest.mark.parametrize(
    ("second", "dates"),
    [
        # a shell on a village the day before, its own sentence naming the day: its own incident
        (_cand("2015-07-21", 1, _VILLAGE, 100), ["2015-07-22", "2015-07-21"]),
        # the province the post lies in, on another day the text names: another incident too
        (_cand("2015-07-21", 1, _PROVINCE, 100), ["2015-07-22", "2015-07-21"]),
        # the same post on the day before (a lead dated by its report, a night told as two days):
        # one incident, on the day told first of the two
        (_cand("2015-07-21", 1, _POST, 100), ["2015-07-21"]),
        # the article's own place (a fallback) names no place of the sentence: one incident
        (_cand("2015-07-21", 1, _VILLAGE, 100, fallback=True), ["2015-07-21"]),
        # the province on a day carried from the context (precision 2): no day of its own, one incident
        (_cand("2015-07-21", 2, _PROVINCE, 100), ["2015-07-22"]),
        # a reaction dated the next day joins the event it reacts to
        (_cand("2015-07-23", 1, _VILLAGE, 100, reference=True), ["2015-07-22"]),
        # the whole country on the day before names no place apart: one incident
        (_cand("2015-07-21", 1, _COUNTRY, 100), ["2015-07-21"]),
        # a day told beside a reporting verb (أفاد مصدر اليوم بمقتل ...) may be the report's only: one incident
        (replace(_cand("2015-07-21", 1, _PROVINCE, 100), reported=True), ["2015-07-21"]),
    ],
)
def test_events_merge_days_two_days_two_places(second: Candidate, dates: list[str]) -> None:
    assert [c.date for c in merge_candidates([_FIRST, second])] == dates


@pytest.mark.parametrize(("first_toll", "second_toll", "events"), [(5, 5, 1), (5, 3, 2), (None, 5, 2), (0, 0, 2)])
def test_events_merge_days_same_toll_one_incident(first_toll: int | None, second_toll: int | None,
                                                  events: int) -> None:
    # one incident two sources date a day apart (the town, then its province) tells the same toll
    first = replace(_FIRST, fatalities=first_toll)
    second = _cand("2015-07-21", 1, _PROVINCE, 100, fat=second_toll)
    assert len(merge_candidates([first, second])) == events


def test_events_merge_days_same_day_post_and_province() -> None:
    # the province the post lies in, on the same day: the post's shelling told again, one incident
    second = _cand("2015-07-22", 1, _PROVINCE, 100)
    assert len(merge_candidates([_FIRST, second])) == 1


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # the day a source spoke, the report's words after it: maybe the report's day only
        ("أفاد مصدر أمني اليوم الجمعة بمقتل خمسة مسلحين في هجوم على حاجز للجيش.", True),
        ("وقالت الشرطة في بيان اليوم الجمعة إن مسلحين هاجموا دورية قرب البلدة.", True),
        ("قتل خمسة مسلحين في هجوم على حاجز للجيش بحسب ما أعلن مسؤولون اليوم الجمعة", True),
        # the day inside what is reported, or no reporting verb: the event's own day
        ("وقال المصدر إن اشتباكات عنيفة اندلعت اليوم الجمعة في البلدة.", False),
        ("قتل خمسة مسلحين اليوم الجمعة في هجوم على حاجز للجيش.", False),
        ("وقال المصدر اليوم الجمعة بعد وصوله إلى البلدة إن الهدوء عاد.", False),
    ],
)
def test_events_merge_days_report_days(text: str, reported: bool) -> None:
    doc = analyze_text(text, published="2015-07-31")
    days = report_days(doc.text, words_of(doc.text), doc.times)
    assert bool(days) == reported
    assert days <= {"2015-07-31"}


def _told(date: str, tp: int, start: int, *, carried: bool = False) -> Candidate:
    return replace(_cand(date, tp, _POST, start), day_carried=carried)


@pytest.mark.parametrize(
    ("first", "second", "day"),
    [
        # the lede on the news day, a later detail sentence dated only by the day the sentence
        # before it named (another incident's): the lede's day
        (_told("2015-07-22", 2, 0), _told("2015-07-21", 2, 100, carried=True), ("2015-07-22", 2)),
        # the lede's own day carried from its sentence before, a later one on the news day: the earlier
        (_told("2015-07-21", 2, 0, carried=True), _told("2015-07-22", 2, 100), ("2015-07-21", 2)),
        # two context days, neither carried (a day counted back, the news day): the earlier
        (_told("2015-07-22", 2, 0), _told("2015-07-20", 2, 100), ("2015-07-20", 2)),
        # a day its own sentence names beats any context day
        (_told("2015-07-22", 2, 0), _told("2015-07-21", 1, 100, carried=False), ("2015-07-21", 1)),
        (_told("2015-07-21", 1, 0), _told("2015-07-22", 2, 100, carried=True), ("2015-07-21", 1)),
        # two days their own sentences name: the earlier (the night before is when it began)
        (_told("2015-07-22", 1, 0), _told("2015-07-21", 1, 100), ("2015-07-21", 1)),
        # the same day told twice keeps the finer precision
        (_told("2015-07-22", 2, 0), _told("2015-07-22", 1, 100), ("2015-07-22", 1)),
    ],
)
def test_events_merge_days_merged_event_keeps_the_ledes_context_day(first: Candidate, second: Candidate,
                                                                      day: tuple[str, int]) -> None:
    (merged,) = merge_candidates([first, second])
    assert (merged.date, merged.time_precision) == day
