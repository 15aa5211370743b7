"""Two places named after a dual place noun (``بلدتي الوهط وصبر``) are one event each, even where
the gazetteer reads only the first: the second is put at the first's point. Not two places
bounding a road (``بين بلدتي ...``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.incidents import dual_partner

_PUBLISHED = "2015-07-23"
_STRUCK = "قصفت طائرات التحالف صباح الاثنين مواقع للحوثيين في بلدتي الوهط وصبر بمحافظة لحج."
_ROAD = "نصب مسلحون صباح الاثنين كمينا لدورية للجيش على الطريق بين بلدتي الوهط وصبر بمحافظة لحج."


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # air strikes on two towns: one event per town
        (_STRUCK, ["الوهط", "صبر"]),
        # an ambush on the road between the two towns: one place, one event
        (_ROAD, ["الوهط"]),
    ],
)
def test_events_incidents_dual_partner_events(text: str, places: list[str]) -> None:
    doc = analyze_text(text, published=_PUBLISHED)
    assert sorted(e.location.text for e in doc.events if e.location) == places


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (_STRUCK, "صبر"),
        (_ROAD, None),
        # no dual noun: one town and a word after it
        ("قصفت طائرات التحالف صباح الاثنين مواقع للحوثيين في بلدة الوهط وصبر بمحافظة لحج.", None),
    ],
)
def test_events_incidents_dual_partner_reads(text: str, second: str | None) -> None:
    doc = analyze_text(text, published=_PUBLISHED)
    first = next(p for p in doc.places if "الوهط" in doc.text[p.start:p.end])
    found = dual_partner(doc, first, 0, len(doc.text))
    assert (doc.text[found.start:found.end] if found else None) == second
    if found is not None:
        assert (found.name, found.country, found.lat, found.lon) == (first.name, first.country, first.lat, first.lon)
