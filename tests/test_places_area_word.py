"""منطقة, a division word that is also a plain area word, and the town named before a name
after a place word (sentences written for rasd)."""

from __future__ import annotations

import pytest

from places_helpers import found_places
from rasd.stages.places.stage import places_in_text


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        # in a Kuwaiti story منطقة الرقة is the Kuwaiti quarter, not Syria's province
        ("قالت وزارة الداخلية الكويتية إن الشرطة في الكويت اعتقلت مشتبها في منطقة الرقة أمس.",
         "الرقة", "Ar Riqqah", "KW"),
        # منطقة X west of Aden is an area near Aden, not the far province of that name
        ("قالت المقاومة في عدن إنها حررت منطقة عمران غرب عدن أمس.", "عمران", "Aden", "YE"),
    ],
)
def test_places_area_word_reads_the_story_country(text: str, surface: str, name: str, country: str) -> None:
    found = found_places(text)
    assert surface in found, f"{surface!r} not in {list(found)}"
    assert (found[surface].name, found[surface].country) == (name, country)


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # an unambiguous division word: the province, as before
        ("وقال محافظ المنيا إن القوات انتشرت في محافظة المنيا جنوب القاهرة.", "المنيا", "Minya"),
        # منطقة in a Saudi story is a province of the kingdom
        ("أعلنت إمارة منطقة جازان في السعودية افتتاح المشروع.", "جازان", "Jazan"),
    ],
)
def test_places_area_word_keeps_provinces(text: str, surface: str, name: str) -> None:
    found = found_places(text)
    assert surface in found, f"{surface!r} not in {list(found)}"
    assert found[surface].name == name and found[surface].precision == 3


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a province is no part of the town named before it
        ("وصل الوفد إلى جدة ثم انتقل إلى محافظة البوعيسان صباح اليوم.", "البوعيسان"),
        # a plural area word names kinds of areas, not a quarter of that town
        ("افتتح الأمير المشروع في الرياض بحضور متدربين من مختلف مناطق المملكة.", "المملكة"),
        # nor does داخل
        ("اندلع الحريق في مستشفى بأبها داخل مطبخ القسم.", "مطبخ"),
    ],
)
def test_places_area_word_names_no_part_of_the_town_before(text: str, surface: str) -> None:
    assert surface not in found_places(text)


def test_places_area_word_singular_area_may_lie_in_the_town_before() -> None:
    text = "قال مسؤول عراقي في مدينة الرمادي إن القوات دخلت منطقة البوعيسان صباح اليوم."
    found = found_places(text)
    assert "البوعيسان" in found, list(found)
    assert found["البوعيسان"].name == "Ramadi" and found["البوعيسان"].precision == 2
    # after an unambiguous division word the same name is no part of Ramadi
    assert "البوعيسان" not in found_places(text.replace("منطقة", "محافظة"))


def test_places_area_word_chain_of_anchors_is_read_from_the_last() -> None:
    # the village is put at Rabia of Latakia, where the text puts Rabia, not at a namesake
    text = "قصفت المدفعية صباحا قرية الحلوة في ناحية ربيعة، بريف محافظة اللاذقية."
    found = found_places(text)
    assert found["الحلوة"].country == "SY" and found["الحلوة"].name == found["ناحية ربيعة"].name


def test_places_area_word_new_clause_after_an_adjective_locates_nothing() -> None:
    # وبالقرب من after إدلب الغربي، opens a new clause: Idlib is not located by what follows
    text = "وقعت اشتباكات عند قرية الزربة بمدخل إدلب الغربي، وبالقرب من مفرق الطيبة بريف إدلب."
    assert found_places(text)["إدلب"].name == "Idlib"


def test_places_area_word_is_no_far_province_or_city() -> None:
    # an area of an Iraqi town is neither Sudan's Gezira province nor a great city elsewhere
    text = "قال ضابط عراقي في الرمادي إن فرق الهندسة فككت عبوات في منطقة الجزيرة شمالي المدينة."
    assert {p.country for p in places_in_text(text)} == {"IQ"}
