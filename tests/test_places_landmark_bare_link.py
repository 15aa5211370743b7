"""A landmark named by a common word (ساحة العروض "the parade square") is a place where a known
town right after it locates it, with a bare ب as much as with في (``ساحة العروض بالموصل``); it is put
at that town, precision 2. Without a town after it, or after a word that is no landmark word, it
stays unread (sentences written for rasd)."""

from __future__ import annotations

import pytest

from rasd.stages.places.stage import places_in_text


@pytest.mark.parametrize(("text", "surface", "town"), [
    ("أعدم التنظيم عشرة أسرى في ساحة العروض بالموصل صباح الجمعة.", "ساحة العروض", "Mosul"),
    ("تخرجت دفعة جديدة من المقاتلين أمس من معسكر النصر بالضالع جنوب اليمن.", "معسكر النصر", "Aḑ Ḑāli‘"),
    ("سقطت قذيفة هاون قرب ساحة العروض في الموصل مساء الخميس.", "ساحة العروض", "Mosul"),  # في, as before
])
def test_places_landmark_bare_link_common_name_put_at_town(text: str, surface: str, town: str) -> None:
    found = {text[p.start : p.end]: p for p in places_in_text(text)}
    assert surface in found, found
    assert found[surface].name == town and found[surface].precision == 2, found[surface]


@pytest.mark.parametrize(("text", "word"), [
    ("أعدم التنظيم عشرة أسرى في ساحة العروض صباح الجمعة.", "العروض"),  # no town locates it
    ("وصل الوزير إلى الموصل برفقة الوفد الرسمي صباح الجمعة.", "الوفد"),  # no landmark word
    ("قالت الحكومة إن حجم السوق الوطنية بالرياض تضاعف خلال عام.", "الوطنية"),  # سوق is no landmark word
])
def test_places_landmark_bare_link_nothing_new(text: str, word: str) -> None:
    found = {text[p.start : p.end] for p in places_in_text(text)}
    assert not any(word in s for s in found), found


def test_places_landmark_bare_link_indefinite_adjective_unread() -> None:
    # "a famous hospital in Jeddah": no name, so no place of its own (Jeddah itself still is)
    text = "قال الطبيب إنه يعمل في مستشفى شهير بجدة منذ عشر سنوات."
    found = {text[p.start : p.end] for p in places_in_text(text)}
    assert not any("شهير" in s for s in found) and "جدة" in found, found
