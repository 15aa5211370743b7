"""An event still without a doer once every reading is done takes the doer of the event the
article told just before it in the same country (the text goes on with that actor); where that
event names no doer, an unnamed one, civilians, the event's own target, or (for an air strike)
no state's side, it stays without one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Location
from rasd.stages.events.doers import carried_doer
from rasd.stages.events.merge import Candidate


def _cand(start: int, actor1: str | None, actor2: str | None = None, *, country: str = "NG",
          sub: str = "Attack", event: str = "Violence against civilians") -> Candidate:
    loc = Location(text="x", name="Maiduguri", country=country, admin1=None, lat=11.8, lon=13.2, precision=2)
    return Candidate(event, sub, "2021-03-04", 1, loc, False, actor1, actor2, None,
                     start, start + 10, 0.9, False, False, ((start, start + 10),), ())


BH = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (_cand(0, BH, "Civilians (Nigeria)"), _cand(50, None), BH),
        # the event told before names no one, or no one by name: nothing to go on with
        (_cand(0, None), _cand(50, None), None),
        (_cand(0, "Unidentified Armed Group (Nigeria)"), _cand(50, None), None),
        (_cand(0, "Civilians (Nigeria)"), _cand(50, None), None),
        # the doer before is this event's target
        (_cand(0, BH), _cand(50, None, BH), None),
        # another country's event
        (_cand(0, BH, country="CM"), _cand(50, None), None),
        # an air strike's flier and an agreement's parties are not carried
        (_cand(0, "Military Forces of Nigeria"), _cand(50, None, BH, sub="Air/drone strike",
                                                       event="Explosions/Remote violence"), None),
        (_cand(0, BH), _cand(50, None, sub="Agreement", event="Strategic developments"), None),
        # a state's forces go on too (the mines they defused next)
        (_cand(0, "Military Forces of Nigeria", BH), _cand(50, None, sub="Disrupted weapons use",
                                                           event="Strategic developments"),
         "Military Forces of Nigeria"),
        # an event that has its doer keeps it
        (_cand(0, BH), _cand(50, "Military Forces of Nigeria"), "Military Forces of Nigeria"),
    ],
)
def test_events_doers_carried_from_the_event_before(before: Candidate, after: Candidate,
                                                     expected: str | None) -> None:
    got = carried_doer([after, before])  # (in any order: the text's order counts)
    assert got[0].actor1 == expected
    assert got[1] == before


def test_events_doers_carried_from_the_nearest_event_only() -> None:
    # each event goes on with the one just before it (filled in its turn) ...
    got = carried_doer([_cand(0, BH), _cand(40, None), _cand(80, None)])
    assert [c.actor1 for c in got] == [BH, BH, BH]
    # ... and one further back is not reached for past an unnamed doer
    got = carried_doer([_cand(0, BH), _cand(40, "Unidentified Armed Group (Nigeria)"), _cand(80, None)])
    assert got[2].actor1 is None
    assert carried_doer([_cand(0, None)])[0].actor1 is None


def test_events_doers_carried_in_an_article() -> None:
    # the mines' report names no one: the army the article goes on with defused them
    doc = analyze_text("سيناء\n\nالعريش - قتلت قوات الجيش المصري أمس خمسة مسلحين في اشتباكات جنوب مدينة الشيخ زويد. "
                       "كما أبطلت مفعول أربع عبوات ناسفة زرعت على طريق قرب مدينة رفح.\n", published="2021-03-04")
    defused = [e.actor1 for e in doc.events if e.sub_event_type == "Disrupted weapons use"]
    assert defused == ["Military Forces of Egypt"]
