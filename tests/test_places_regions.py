"""The places stage on seas, macro-regions, US states, Jerusalem, quoted outlets and the
place score's doubts about far namesakes and persons' names (sentences written for rasd)."""

from __future__ import annotations

import pytest

from places_helpers import found_places
from rasd.kb.gazetteer import haversine_km


@pytest.mark.parametrize(
    ("text", "surface", "name", "country", "precision"),
    [
        # seas and macro-regions that no one country holds: country ""
        ("أبحرت السفينة عبر المحيط الهندي باتجاه ميناء عدن.", "المحيط الهندي", "Indian Ocean", "", 3),
        ("تتزايد هجمات القرصنة في القرن الأفريقي منذ أشهر.", "القرن الأفريقي", "Horn of Africa", "", 3),
        ("غرقت منصة نفطية في بحر الشمال خلال عاصفة عنيفة.", "بحر الشمال", "North Sea", "", 3),
        ("يعاني ملايين الناس من الجوع في أنحاء الشرق الأوسط وشمال أفريقيا.", "الشرق الأوسط", "Middle East", "", 3),
        # a region one country holds carries that country
        ("قصفت الطائرات قرى في سهل الغاب بريف حماة.", "سهل الغاب", "Al-Ghab Plain", "SY", 3),
        ("تقدمت القوات الحكومية نحو بلدات في تهامة غرب اليمن.", "تهامة", "Tihama", "YE", 3),
        ("اشتبك الجيش مع مسلحين في جبال حمرين شمال ديالى.", "جبال حمرين", "Hamrin Mountains", "IQ", 2),
        # US states, with or without ولاية
        ("وقع إطلاق نار داخل كنيسة في ولاية تكساس الأمريكية.", "تكساس", "Texas", "US", 3),
        ("أعلن حاكم كارولاينا الجنوبية إنزال العلم عن مبنى البرلمان.", "كارولاينا الجنوبية", "South Carolina", "US", 3),
        # Jerusalem is coded under Palestine, as ACLED codes it
        ("اقتحم مستوطنون باحات المسجد الأقصى في القدس صباح اليوم.", "القدس", "Jerusalem", "PS", 1),
    ],
)
def test_places_regions_states_and_jerusalem(text: str, surface: str, name: str, country: str, precision: int) -> None:
    found = found_places(text)
    assert surface in found, f"{surface!r} not in {list(found)}"
    p = found[surface]
    assert (p.name, p.country, p.precision) == (name, country, precision)


def test_places_sea_does_not_locate_the_name_before_it() -> None:
    # the state is on the gulf's coast, not placed at the gulf's middle
    text = "غرقت ناقلة صغيرة قبالة شواطئ ولاية لويزيانا في الخليج المكسيكي صباح اليوم."
    found = found_places(text)
    assert found["لويزيانا"].name == "Louisiana"
    assert found["الخليج المكسيكي"].name == "Gulf of Mexico"
    assert haversine_km(found["لويزيانا"].lat, found["لويزيانا"].lon, 31.0, -92.0) < 400


@pytest.mark.parametrize(
    "text",
    [
        "وأبلغ مسؤول عسكري «الشرق الأوسط» بأن القوات استعادت السيطرة على عدن.",
        "وقال القائد الميداني في حديث مع «الشرق الأوسط» إن الهجوم صُدّ في تعز.",
    ],
)
def test_places_quoted_outlet_is_no_place(text: str) -> None:
    assert "الشرق الأوسط" not in found_places(text)


@pytest.mark.parametrize(
    "text",
    [
        "أعلن لواء القدس الموالي للحكومة مقتل عدد من عناصره قرب حلب.",
        "تبنت جبهة النصرة، تنظيم القاعدة في بلاد الشام، الهجوم على إدلب.",
    ],
)
def test_places_armed_groups_named_after_places(text: str) -> None:
    found = found_places(text)
    assert "القدس" not in found and "بلاد الشام" not in found


def test_places_person_name_is_not_a_far_town() -> None:
    # الأحمدي tagged as a person: not Kuwait's Al Ahmadi in a Yemeni story
    text = "وقال الأحمدي إن القوات تقدمت نحو عدن وسيطرت على أحياء في لحج."
    start = text.index("الأحمدي")
    person = ((start, start + len("الأحمدي")),)
    assert "الأحمدي" not in found_places(text, excluded=person, named=person)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # two ordinary words read as a far namesake: a person's title and name in Kuwait
        ("استذكر الكويتيون دور الشيخ سعد في أيام الغزو حين غادروا الكويت.", "الشيخ سعد"),
        # a word of running Arabic (a tremor, a shock) is not a far town: Heze, China
        ("أحدث الغزو هزة عميقة في المجتمع الكويتي وما زال أهل الكويت يتذكرونه.", "هزة"),
    ],
)
def test_places_score_doubts_a_far_namesake(text: str, absent: str) -> None:
    assert absent not in found_places(text, named=())


def test_places_score_keeps_a_namesake_in_the_story_country() -> None:
    # the same kind of phrase in the story's own country is a place
    text = "سيطرت القوات على مدينة رأس العين في ريف الحسكة بعد معارك عنيفة."
    assert found_places(text)["رأس العين"].country == "SY"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a division named only after a place word counts when و joins it to a place
        ("تدور معارك عنيفة في الأنبار وصلاح الدين منذ أيام.", True),
        ("وصلت المساعدات إلى مخيمات النازحين في محافظتي نينوى وصلاح الدين.", True),
        # alone it is the sultan, not the province
        ("ألهمت سيرة صلاح الدين أجيالا من الكتاب.", False),
    ],
)
def test_places_listed_division_needs_no_place_word(text: str, kept: bool) -> None:
    p = found_places(text).get("صلاح الدين")
    assert (p is not None and p.name == "Salah ad-Din" and p.precision == 3) == kept


def test_places_tagger_person_span_with_proclitic_is_the_same_name() -> None:
    text = "تدور معارك عنيفة في الأنبار وصلاح الدين منذ أيام."
    s = text.index("وصلاح")
    person = ((s, s + len("وصلاح الدين")),)
    assert found_places(text, excluded=person)["صلاح الدين"].name == "Salah ad-Din"


def test_places_name_listed_with_countries_is_the_country() -> None:
    text = "اجتمع وزراء دفاع تشاد والكاميرون ونيجيريا وبنين والنيجر لبحث خطة مشتركة ضد المسلحين."
    found = found_places(text)
    assert (found["بنين"].name, found["بنين"].country) == ("Benin", "BJ")
    assert (found["النيجر"].country, found["النيجر"].precision) == ("NE", 3)


def test_places_name_not_listed_keeps_its_town_reading() -> None:
    text = "وصل الوفد الوزاري إلى عمان قادما من بغداد في زيارة رسمية."
    assert found_places(text)["عمان"].name == "Amman"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a generic "western region" in an Iraqi story, not Egypt's Gharbia governorate
        ("انسحب المسلحون من المنطقة الغربية بعد معارك مع الجيش العراقي قرب الرمادي.", None),
        # the governorate in an Egyptian story
        ("أعلنت السلطات المصرية إغلاق الطرق في محافظة الغربية بعد الأمطار.", "Gharbia"),
    ],
)
def test_places_area_word_and_a_far_division(text: str, name: str | None) -> None:
    p = found_places(text).get("الغربية")
    assert (p.name if p else None) == name


def test_places_parenthesised_countryside_is_a_place_too() -> None:
    # (ريف حلب) says where عفرين is and is itself a place; a bare (لبنان) only qualifies
    text = "وسبق أن انسحبت القوات من عفرين (ريف حلب الشمالي) قبل أشهر."
    found = found_places(text)
    assert "ريف حلب" in found and found["عفرين"].country == "SY"
    assert list(found_places("وصلت القافلة إلى طرابلس (لبنان) مساء.")) == ["طرابلس"]
