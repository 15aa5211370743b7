"""The places stage on a known town placed by a compass direction from a bigger one
(``الدوادمي غرب الرياض``): it stays that town, however far; an unknown name is still put at
the town after it (sentences written for rasd)."""

from __future__ import annotations

import pytest

from places_helpers import found_places
from rasd.stages.places.direction import bearing_deg


@pytest.mark.parametrize(
    ("sentence", "surface", "name", "country"),
    [
        # a town some 230 km west of Riyadh, said to lie west of it
        ("وقع حادث مروري في الدوادمي غرب الرياض صباح اليوم.", "الدوادمي", "Ad Dawādimī", "SA"),
        # the same after its place word, and a governorate row of the same province
        ("افتتح الأمير مستشفى في محافظة الدوادمي غرب الرياض.", "الدوادمي", "Ad Dawādimī", "SA"),
        ("وصل الوفد إلى محافظة الأفلاج جنوب الرياض أمس.", "محافظة الأفلاج", "Al-Aflaj governorate", "SA"),
        # Iraq: Haditha, about 220 km from Baghdad, in another province
        ("سيطر المسلحون على حديثة غرب بغداد بعد معارك.", "حديثة", "Ḩadīthah", "IQ"),
        # Yemen: Hodeidah lies north-west of Taiz, "west" is near enough
        ("وصلت الإمدادات إلى الحوثيين من الحديدة غرب تعز أمس.", "الحديدة", "Al Ḩudaydah", "YE"),
        # two towns of one list, and a compound direction
        ("زار الوزير الدوادمي والزلفي شمال غرب الرياض.", "الزلفي", "Az Zulfī", "SA"),
    ],
)
def test_places_direction_known_town_stays_itself(sentence: str, surface: str, name: str, country: str) -> None:
    found = found_places(sentence)
    assert surface in found, f"{surface!r} not in {list(found)}"
    p = found[surface]
    assert (p.name, p.country) == (name, country)
    assert p.name not in ("Riyadh", "Baghdad")


@pytest.mark.parametrize(
    ("sentence", "surface", "town"),
    [
        # an unknown name located by a direction is still put at the town (precision 2)
        ("قتل مدنيان في قرية المنطار غرب حلب بقصف جوي.", "المنطار", "Aleppo"),
        # a known namesake in the other direction (the Husaybah near al-Qaim lies far west of
        # Ramadi) is not the place east of it
        ("وقصفت الطائرات مواقع للتنظيم في بلدة حصيبة شرق الرمادي أمس.", "حصيبة", "Ramadi"),
    ],
)
def test_places_direction_unknown_name_goes_to_its_town(sentence: str, surface: str, town: str) -> None:
    found = found_places(sentence)
    assert surface in found, f"{surface!r} not in {list(found)}"
    assert (found[surface].name, found[surface].precision) == (town, 2)


@pytest.mark.parametrize(
    ("sentence", "surface", "country"),
    [
        # a namesake abroad is not kept by a direction: Syria's Salamiyah is not a village
        # north of a Saudi town
        ("افتتح المحافظ مشروعا في بلدة السلمية شمال مدينة الخرج.", "السلمية", "SY"),
    ],
)
def test_places_direction_foreign_namesake_not_kept(sentence: str, surface: str, country: str) -> None:
    found = found_places(sentence)
    assert surface not in found or found[surface].country != country


@pytest.mark.parametrize(
    ("lat2", "lon2", "expected"),
    [(1.0, 0.0, 0.0), (0.0, 1.0, 90.0), (-1.0, 0.0, 180.0), (0.0, -1.0, 270.0)],
)
def test_places_direction_bearing(lat2: float, lon2: float, expected: float) -> None:
    assert bearing_deg(0.0, 0.0, lat2, lon2) == pytest.approx(expected, abs=0.01)
