"""The places stage on names the gazetteer does not know but the text locates, and on places
put near a town in a direction the text gives (sentences written for rasd)."""

from __future__ import annotations

import pytest

from places_helpers import found_places
from rasd.stages.places.stage import places_in_text

# a Syrian story: the towns it names are read in Syria
_SYRIA = "قالت مصادر معارضة في دمشق إن قوات النظام السوري قصفت حماة وإدلب. "
_ALEPPO = (36.20124, 37.16117)


@pytest.mark.parametrize(
    ("sentence", "surface", "town"),
    [
        # an unknown name after في, located by the countryside of a town
        ("وسقطت قذائف على منازل في تل شغيب بريف حلب الشمالي.", "تل شغيب", "Aleppo"),
        ("ودارت معارك عنيفة في عندانة بريف حلب الشمالي صباح اليوم.", "عندانة", "Aleppo"),
        # after على, a two-word name that starts with تل
        ("وسيطرت الفصائل على تل مصيبين بريف حلب الجنوبي بعد اشتباكات.", "تل مصيبين", "Aleppo"),
    ],
)
def test_places_located_unknown_name_is_placed_near_its_town(sentence: str, surface: str, town: str) -> None:
    text = _SYRIA + sentence
    found = found_places(text)
    assert surface in found, f"{surface!r} not in {list(found)}"
    p = found[surface]
    assert (p.name, p.country, p.precision) == (town, "SY", 2)


@pytest.mark.parametrize(
    "sentence",
    [
        # a plain في is not enough: an ordinary noun before a town is not a place
        "وكسر المقاتلون شهورا من الركود في حلب الأسبوع الماضي.",
        # nor a noun with a pronoun suffix before the countryside of a town
        "وقصفت الطائرات مواقعهم في ريف حلب الشمالي.",
        # nor a common word
        "وقتل ثلاثة في الهجوم بريف حلب الشمالي.",
    ],
)
def test_places_located_common_words_are_not_places(sentence: str) -> None:
    text = _SYRIA + sentence
    offset = len(_SYRIA)
    new = [text[p.start : p.end] for p in places_in_text(text) if p.start >= offset]
    assert all("حلب" in s for s in new), new


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("وقصف الطيران مناطق في ريف حلب الشمالي.", "ريف حلب"),
        ("وقصف الطيران بلدات جنوب حلب.", "جنوب حلب"),
        ("وسقطت قذائف على قرية عندانة بريف حلب الشمالي الغربي.", "عندانة"),
        ("ودارت اشتباكات في منطقة البريج شرق حلب.", "البريج"),
        ("وقصف الطيران مناطق في ريف حلب.", "ريف حلب"),
    ],
)
def test_places_located_near_a_town_gets_the_town_point(sentence: str, surface: str) -> None:
    # as ACLED codes it: the town's own point, precision 2, whatever direction the text gives
    text = _SYRIA + sentence
    p = found_places(text)[surface]
    assert p.precision == 2
    assert (p.lat, p.lon) == pytest.approx(_ALEPPO, abs=1e-4)
    assert p.geonames_id is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("اندلعت اشتباكات بين الفصائل ولواء شهداء اليرموك قرب الحدود الأردنية.", "اليرموك"),
        ("انضمت كتائب شهداء دوما إلى غرفة العمليات الجديدة.", "دوما"),
    ],
)
def test_places_located_group_named_after_a_place_is_not_the_place(text: str, name: str) -> None:
    assert name not in found_places(_SYRIA + text)


_YEMEN = "قالت المقاومة الشعبية في عدن إن قوات الحوثي انسحبت من لحج والضالع وتعز نحو صنعاء. "


def test_places_located_town_phrase_moved_to_the_town_its_anchor_names() -> None:
    # مدينة زنجبار is Zanzibar City's Arabic name; the capital of Abyan is Zinjibar, and the
    # second, unlocated mention is read the same way (one sense per document)
    text = _YEMEN + "وتقدمت القوات نحو مدينة زنجبار، عاصمة محافظة أبين، ثم دخلت مدينة زنجبار مساء أمس."
    towns = [p for p in places_in_text(text) if text[p.start : p.end] == "مدينة زنجبار"]
    assert [(p.name, p.country) for p in towns] == [("Zinjibār", "YE")] * 2


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a side of a town in a Yemeni story is not Morocco's Oriental region
        (_YEMEN + "وقصفت الطائرات مواقع في الجهة الشرقية لمدينة تعز.", False),
        # in a Moroccan story it is
        ("أعلنت السلطات المغربية في الرباط عن مشاريع جديدة في الجهة الشرقية ووجدة.", True),
    ],
)
def test_places_located_compass_named_division_needs_its_country(text: str, kept: bool) -> None:
    assert ("الجهة الشرقية" in found_places(text)) is kept


@pytest.mark.parametrize("spelling", ["باردهير", "بارديري"])
def test_places_located_somali_dh_spelled_either_way(spelling: str) -> None:
    text = f"سيطرت القوات الصومالية وقوات الاتحاد الأفريقي على مدينة {spelling} جنوب غربي الصومال."
    found = found_places(text)
    assert [(p.name, p.country) for s, p in found.items() if spelling in s] == [("Baardheere", "SO")]


def test_places_located_list_and_other_places_keeps_its_locator() -> None:
    # "X and Y and other places in Z": Z locates the list's unknown member, at Z's own point
    text = _SYRIA + "واستهدفت المدفعية أماكن في منطقتي كنسبا والكبينة وأماكن أخرى في جبل الأكراد بريف اللاذقية."
    found = found_places(text)
    assert found["الكبينة"].name == "Jabal al-Akrad"
    assert (found["الكبينة"].lat, found["الكبينة"].lon) == (found["جبل الأكراد"].lat, found["جبل الأكراد"].lon)


def test_places_located_quarter_lies_in_the_town_named_after_it() -> None:
    # the town of the same sentence, told after a relative clause, not Hama of the one before;
    # the relative clause is not part of the quarter's name
    text = _SYRIA + "وأصيب سبعة مدنيين بقذيفة هاون سقطت على حي البساتين الواقع تحت سيطرة الفصائل غرب مدينة حمص."
    found = found_places(text)
    assert "البساتين" in found, list(found)
    assert (found["البساتين"].name, found["البساتين"].precision) == ("Homs", 2)
