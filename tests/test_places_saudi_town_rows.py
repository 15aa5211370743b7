"""Round-14 subtown.tsv rows for Saudi towns that cities500 lacks (no GeoNames town within
30 km of them): each is read at its own point, bare after a preposition and after a place word."""

from __future__ import annotations

import pytest

from rasd.kb.gazetteer import haversine_km
from rasd.stages.places.stage import places_in_text


@pytest.mark.parametrize(("text", "surface", "name", "lat", "lon"), [
    ("افتتح المحافظ مستوصفا جديدا في حريملاء صباح الخميس.", "حريملاء", "Huraymila", 25.13, 46.12),
    ("باشرت فرق الإنقاذ حادث غرق قارب قرب شاطئ في القنفذة.", "القنفذة", "Al Qunfudhah", 19.13, 41.08),
    ("انقطع التيار الكهربائي عن أحياء في محايل عسير مساء السبت.", "محايل عسير", "Muhayil Asir", 18.55, 42.05),
    ("استقبل مستشفى رفحاء العام ثلاثة مصابين من رفحاء بعد حادث مروري.", "رفحاء", "Rafha", 29.63, 43.49),
    ("زار وفد سياحي قلعة مارد الأثرية في دومة الجندل أمس.", "دومة الجندل", "Dumat al-Jandal", 29.81, 39.87),
    ("أعلن المتحدث عن افتتاح طريق يربط محافظة حريملاء بالعاصمة.", "حريملاء", "Huraymila", 25.13, 46.12),
])
def test_places_saudi_town_rows_read_at_their_point(text: str, surface: str, name: str, lat: float, lon: float) -> None:
    found = {text[p.start : p.end].split(" ", 1)[-1] if text[p.start : p.end].startswith("محافظة ") else text[p.start : p.end]: p
             for p in places_in_text(text)}
    assert surface in found, f"{surface!r} not in {list(found)}"
    p = found[surface]
    assert p.name == name and p.country == "SA"
    assert haversine_km(p.lat, p.lon, lat, lon) < 10


@pytest.mark.parametrize(("text", "name"), [
    ("داهمت دورية أمنية شقة في حي الملقا بالرياض مساء الأحد.", "Malqa, Riyadh"),
    ("اشترى مستثمر أرضا في حي الملقا. وقال متحدث باسم أمانة الرياض إن البناء سيبدأ قريبا.", "Malqa, Riyadh"),
    ("تجول الزوار في حي الملقا القديم بولاية ملقا الماليزية.", "Malacca"),  # the Malaysian namesake stays
])
def test_places_saudi_town_rows_malqa_quarter(text: str, name: str) -> None:
    found = {text[p.start : p.end]: p.name for p in places_in_text(text)}
    assert found.get("حي الملقا") == name, found
