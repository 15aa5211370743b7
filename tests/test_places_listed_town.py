"""The places stage on an unknown name listed with a known town, both located only by a province
or a countryside: the name is put at the listed town (precision 2), not at the province's main
town (sentences written for rasd)."""

from __future__ import annotations

import pytest

from places_helpers import found_places

_DAMASCUS = "أفادت مصادر معارضة في دمشق أن المروحيات استهدفت "


@pytest.mark.parametrize(
    ("text", "surface", "town"),
    [
        # the town first, the unknown name after it, then the countryside of a far main town
        (_DAMASCUS + "بلدتي المسيفرة وكحيل بريف درعا الشرقي مساء الأحد.", "كحيل", "Al Musayfirah"),
        # the unknown name first
        (_DAMASCUS + "بلدتي أم الزيتون والمسيفرة بريف درعا الشرقي مساء الأحد.", "أم الزيتون", "Al Musayfirah"),
        # a province alone is too coarse to place the name; the listed town is not
        ("وأكد مسؤول محلي أن المسلحين هاجموا جبهتي الشبيكة ولودر بمحافظة أبين فجر اليوم.", "الشبيكة", "Lawdar"),
        ("وأكد مسؤول محلي أن المسلحين تقدموا نحو جبهة الشبيكة ولودر في أبين فجر اليوم.", "الشبيكة", "Lawdar"),
    ],
)
def test_places_listed_town_places_the_name_at_its_town(text: str, surface: str, town: str) -> None:
    found = found_places(text)
    assert surface in found, f"{surface!r} not in {list(found)}"
    assert (found[surface].name, found[surface].precision) == (town, 2)


@pytest.mark.parametrize(
    ("text", "surface", "anchor"),
    [
        # the listed town lies within a few km of the countryside's main town: its point serves
        (_DAMASCUS + "بلدتي سرمين والمشيرفة بريف إدلب الشرقي مساء الأحد.", "المشيرفة", "Idlib"),
        # quarters located by a town: the town itself, not a list-mate
        (_DAMASCUS + "حيي الشعار والمشيرفة في مدينة حلب مساء الأحد.", "المشيرفة", "Aleppo"),
    ],
)
def test_places_listed_town_keeps_the_anchor_when_it_is_near_or_a_town(text: str, surface: str, anchor: str) -> None:
    found = found_places(text)
    assert surface in found, f"{surface!r} not in {list(found)}"
    assert found[surface].name == anchor


def test_places_listed_town_needs_a_named_town_in_the_list() -> None:
    text = _DAMASCUS + "بلدة المسيفرة ومناطق أخرى بريف درعا."
    found = found_places(text)
    assert [found[s].name for s in ("المسيفرة", "ريف درعا")] == ["Al Musayfirah", "Dar‘ā"]
    assert set(found) == {"دمشق", "المسيفرة", "ريف درعا"}
