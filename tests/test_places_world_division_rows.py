"""First-level divisions outside the covered countries that Arabic news names on their own
(England, Scotland, Tasmania, Chechnya ...) are provinces of their country, precision 3; before
these rows they were unread or read as a namesake town (اسكتلندا was Scotland, South Dakota)
(sentences written for rasd)."""

from __future__ import annotations

import pytest

from rasd.stages.places.stage import places_in_text


@pytest.mark.parametrize(("text", "surface", "name", "cc"), [
    ("تحطمت طائرة خاصة في جنوب إنجلترا أمس وقالت الشرطة إن ركابها قتلوا.", "جنوب إنجلترا", "England", "GB"),
    ("نظم المحتجون تجمعا في مدينة هوبارت في جزيرة تسمانيا يوم الأحد.", "تسمانيا", "Tasmania", "AU"),
    ("قتل ثلاثة مسلحين في اشتباك مع الشرطة في الشيشان جنوب روسيا.", "الشيشان", "Chechnya", "RU"),
    ("أظهرت دراسة أجريت في اسكتلندا أن المشي يطيل العمر.", "اسكتلندا", "Scotland", "GB"),
    ("صوت سكان إقليم كتالونيا في استفتاء رمزي على الاستقلال عن إسبانيا.", "كتالونيا", "Catalonia", "ES"),
])
def test_places_world_division_rows_read_as_province(text: str, surface: str, name: str, cc: str) -> None:
    found = {text[p.start : p.end]: p for p in places_in_text(text)}
    assert surface in found, found
    place = found[surface]
    assert (place.name, place.country, place.precision) == (name, cc, 3), place


def test_places_world_division_rows_leave_the_country_alone() -> None:
    # ايرلندا الشمالية is the division; a bare ايرلندا stays the Republic of Ireland
    text = "وصل الوزير إلى ايرلندا الشمالية ثم توجه إلى ايرلندا لحضور مؤتمر."
    found = {text[p.start : p.end]: p.name for p in places_in_text(text)}
    assert found.get("ايرلندا الشمالية") == "Northern Ireland", found
    assert found.get("ايرلندا") == "Ireland", found
