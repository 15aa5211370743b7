"""A province's name beats a smaller same-named town that lies in another province, far from it
(``شمال صلاح الدين``: GeoNames also calls Pīrmām, Erbil, Salahaddin); a province's own seat of that
name, a town close to the province and a great city stay towns."""

from __future__ import annotations

import pytest

from rasd.stages.places.stage import places_in_text


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {text[p.start : p.end]: (p.name, p.country) for p in places_in_text(text)}


@pytest.mark.parametrize(("text", "surface"), [
    ("قال قائد عسكري عراقي إن القوات تقدمت في مناطق شمال صلاح الدين أمس.", "شمال صلاح الدين"),
    ("سقطت قذائف على قضاء الشرقاط شمال صلاح الدين فجر اليوم.", "شمال صلاح الدين"),
])
def test_places_province_namesake_province_wins(text: str, surface: str) -> None:
    found = _found(text)
    assert found.get(surface) == ("Salah ad-Din", "IQ"), found


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("دخلت وحدات من الجيش إلى بيجي شمال صلاح الدين صباح الثلاثاء.", "بيجي", "Bayjī"),  # the town itself, not Pīrmām
    ("سيطرت فصائل المعارضة على قرى جنوب إدلب أمس.", "جنوب إدلب", "Idlib"),  # the province's own seat
    ("قصفت الطائرات مواقع في صنعاء اليمنية مساء أمس.", "صنعاء", "Sanaa"),  # a great city
])
def test_places_province_namesake_towns_stay(text: str, surface: str, name: str) -> None:
    found = _found(text)
    assert found.get(surface, ("", ""))[0] == name, found
