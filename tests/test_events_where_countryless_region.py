"""A region that lies in no one country (``بلاد الشام``, ``منطقة القوقاز``, ``بحيرة تشاد``,
``إقليم كشمير``) is not where an incident happened: the event takes the next place its
sentence names, the place carried from the text, or the article's fallback, and never a place
with no country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text


def _places(text: str) -> list[tuple[str | None, str | None]]:
    doc = analyze_text(text, published="2023-03-15")
    return [(e.location.name, e.location.country) if e.location else (None, None) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lake borders four countries: the province the sentence names is the place
        ("هاجم مسلحون أمس قرية على ضفاف بحيرة تشاد وقتلوا سبعة صيادين، بحسب مسؤولين محليين في "
         "ولاية بورنو بنيجيريا.", [("Borno", "NG")]),
        # a disputed region of two states: the state the sentence names
        ("قصفت القوات الهندية أمس قرى في إقليم كشمير مما أدى إلى مقتل ثلاثة مدنيين في باكستان.",
         [("Pakistan", "PK")]),
        # a boast naming the Levant after a takeover in a town: the article's own place
        ("سيطر مسلحون أمس على بلدة مارع في ريف حلب الشمالي. وقال قيادي في الجماعة إنهم هاجموا "
         "مواقع الجيش في بلاد الشام.", [("Māri‘", "SY"), ("Aleppo", "SY")]),
        # unchanged: a town of the sentence already outranks the region
        ("قتلت قوات الأمن الروسية أمس ستة مسلحين في منطقة القوقاز خلال عملية قرب مدينة نالتشيك.",
         [("Nalchik", "RU")]),
    ],
)
def test_events_where_countryless_region_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_events_where_countryless_region_not_a_fallback() -> None:
    """With nothing else named, the event has no place rather than a place of no country."""
    places = _places("أعلنت الجماعة أنها خطفت أمس أربعة مقاتلين في بلاد الشام.")
    assert places
    assert all(country for name, country in places if name is not None)
