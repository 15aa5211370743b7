"""Villages the gazetteer puts at one town are still one event each when the text lists them, or
tells them in sentences of their own, as villages (ACLED: one event per place); quarters of one
town, and an area put at its town, stay one event. Articles written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text


def _places(text: str) -> list[str]:
    doc = analyze_text(text, published="2023-03-15")
    return sorted(e.location.text for e in doc.events if e.location is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two villages of one countryside, both put at the province's town: two events
        ("اللاذقية\n\nاللاذقية - قصفت قوات النظام أمس بالمدفعية قريتي الكوم وغمام بريف اللاذقية الشمالي.\n",
         ["الكوم", "غمام"]),
        # quarters of one town: one event
        ("تعز\n\nتعز - قصف الحوثيون أمس بالدبابات أحياء كلابة والشماسي في مدينة تعز.\n", ["كلابة"]),
        # a town's incident, then a village of its countryside told on its own: two events
        ("حلب\n\nحلب - قتل خمسة مدنيين أمس في قصف بالصواريخ على حي المغاير في مدينة حلب.\n\n"
         "وقصفت قوات النظام أمس بالمدفعية قرية عبطين بريف حلب الجنوبي.\n", ["المغاير", "عبطين"]),
        # the same, then an area put at the town: it may be where the town's incident was, one event
        ("حلب\n\nحلب - قتل خمسة مدنيين أمس في قصف بالصواريخ على حي المغاير في مدينة حلب.\n\n"
         "وقصفت قوات النظام أمس بالمدفعية منطقة عقاقة.\n", ["المغاير"]),
    ],
)
def test_events_where_villages_at_one_town(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
