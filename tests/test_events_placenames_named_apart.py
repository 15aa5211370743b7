"""Two place mentions name two places when their name words differ (a village and the town the
gazetteer puts it at), not when one is the other's area, district or side; a mention is told as
a village of its own by a settlement noun or a countryside after it. Phrases written for these
tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.placenames import named_apart, names_an_area, opens_an_area, settlement_of_its_own


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("قرية عبطين", "حلب", True),
        ("الكوم", "غمام", True),
        ("بيت أمر", "الخليل", True),
        ("حلب", "ريف حلب", False),  # the town's countryside
        ("الفلوجة", "قضاء الفلوجة", False),  # the town's district
        ("مثلث العند", "قاعدة العند", False),  # two sites named after one place
        ("جنوب بغداد", "بغداد", False),  # a side of the town
        ("الخالدية", "حي خالدية", False),  # the article does not make a name
        ("ريف", "حلب", False),  # no name word of its own
    ],
)
def test_events_placenames_named_apart(a: str, b: str, apart: bool) -> None:
    assert named_apart(a, b) is apart
    assert named_apart(b, a) is apart


@pytest.mark.parametrize(
    ("text", "name", "own"),
    [
        ("قصفت القوات مناطق في قرية عبطين جنوبا", "عبطين", True),
        ("أوقفت دورية عند بلدة بيت أمر صباحا", "بيت أمر", True),
        ("وبلدة الكرك الشرقي أيضا", "الكرك الشرقي", True),
        ("قصفت مواقع في عبطين بريف حلب", "عبطين", True),  # a countryside after it
        ("تقدمت إلى منطقة عقاقة ثم", "عقاقة", False),  # an area: maybe the town's own part
        ("سقط صاروخ على حي المغاير جنوبا", "المغاير", False),  # a quarter of the town
        ("قتل ثلاثة في دوما أمس", "دوما", False),
    ],
)
def test_events_placenames_settlement_of_its_own(text: str, name: str, own: bool) -> None:
    at = text.index(name)
    assert settlement_of_its_own(text, at, at + len(name)) is own


@pytest.mark.parametrize(
    ("text", "area"),
    [("جنوب غربي كركوك", True), ("ريف حماة", True), ("أطراف المدينة", True), ("كركوك", False), ("قرية الزكاة", False)],
)
def test_events_placenames_names_an_area(text: str, area: bool) -> None:
    assert names_an_area(text) is area


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("ريف إدلب", True),
        ("محافظة درعا", True),
        ("ولاية الخرطوم", True),
        ("أطراف البلدة", True),
        ("شمال حماة", False),  # a side of a place, not an area that holds places named with it
        ("قرية المنطار", False),
        ("حمص", False),
    ],
)
def test_events_placenames_opens_an_area(text: str, opens: bool) -> None:
    assert opens_an_area(text) is opens
