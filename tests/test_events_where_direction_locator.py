"""A list of struck places goes on past the place a direction locates its last items by
(``ناحية A وB شمال C، وD``): the list keeps A and D, and the locator C is no item of it; a
locator with no item after it leaves the list as it was."""

from __future__ import annotations

import pytest

from rasd.document import Place
from rasd.stages.events.where import place_list

_TOWNS = {"ديرلوك": ("Dihok", 36.87, 42.99, 2), "شمال دهوك": ("Dihok", 36.87, 42.99, 2),
          "خواكورك": ("Sidakan", 37.12, 43.27, 2), "شرقي الرمادي": ("Ramadi", 33.42, 43.3, 2),
          "الحصيبة": ("Husaybah", 33.44, 43.4, 1)}


def _places(text: str, names: list[str]) -> list[Place]:
    out = []
    for name in names:
        start = text.index(name)
        town, lat, lon, precision = _TOWNS[name]
        out.append(Place(start, start + len(name), name=town, country="IQ", admin1=None, lat=lat, lon=lon,
                         precision=precision))
    return out


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("ضربت المدفعية ليلا قرى ناحية ديرلوك وبيدوهي شمال دهوك وخواكورك في المنطقة الحدودية.",
         ["ديرلوك", "شمال دهوك", "خواكورك"], ["ديرلوك", "خواكورك"]),
        # the locator ends the list: one place, as before
        ("أغارت الطائرات صباحا على الحصيبة والملاحمة شرقي الرمادي وقتلت عشرين مسلحا.",
         ["الحصيبة", "شرقي الرمادي"], ["الحصيبة"]),
    ],
)
def test_list_goes_on_past_a_direction_locator(text: str, names: list[str], expected: list[str]) -> None:
    places = _places(text, names)
    listed = place_list(text, places, places[0], 0, len(text), None, True)
    assert [text[p.start:p.end] for p in listed] == expected
