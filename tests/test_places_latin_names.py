"""Names GeoNames holds only in Latin letters (Kurdish, Turkish names of border towns) read
beyond the story's main country, and once read, read again in the same story; unknown words
joined by و to a place (list guesses). Sentences written for rasd."""

from __future__ import annotations

import pytest

from rasd.stages.places.resolve import _foreign_looking
from rasd.stages.places.stage import places_in_text


def _read(text: str) -> list[tuple[str, str]]:
    return [(text[p.start : p.end], p.country) for p in places_in_text(text)]


def test_places_latin_names_town_of_a_country_the_story_names() -> None:
    # a Turkish story; Syria is named only by an adjective that does not follow the name
    text = ("شددت الشرطة التركية الإجراءات الأمنية في إسطنبول وأنقرة وغازي عنتاب، بعد انفجار هز "
            "بلدة كوباني الحدودية السورية.")
    assert ("كوباني", "SY") in _read(text)


def test_places_latin_names_one_reading_per_story() -> None:
    text = ("قال مسؤولون في أنقرة إن انفجارا هز بلدة كوباني السورية المجاورة للحدود التركية. "
            "وأضافوا أن الانفجار في كوباني لم يوقع ضحايا.")
    assert [p for p in _read(text) if p[0] == "كوباني"] == [("كوباني", "SY")] * 2


@pytest.mark.parametrize(("word", "expected"), [
    ("كوباني", True),
    ("سوروتش", True),
    ("السلام", False),  # the article: a common word's Latin namesake is not looked for abroad
    ("النصرة", False),
    ("حمص", False),  # no vowel letter: too many namesakes
])
def test_places_latin_names_foreign_looking(word: str, expected: bool) -> None:
    assert _foreign_looking(word) is expected


def test_places_lists_a_number_after_a_place_is_no_place_of_the_list() -> None:
    # وثلاث is "and three (strikes)", not a village listed with Mosul and located by Ramadi
    text = ("قال التحالف إن طائراته نفذت أربع ضربات قرب الموصل وثلاث قرب الرمادي خلال الليل، "
            "وأكد مسؤولون عراقيون في بغداد الحصيلة.")
    found = {text[p.start : p.end]: p.name for p in places_in_text(text)}
    assert found["قرب الموصل"] == "Mosul"


def test_places_lists_a_common_word_goes_on_a_list_of_quarters() -> None:
    text = "تجددت المواجهات صباح اليوم في أحياء الروضة والمرور وثعبات داخل مدينة تعز."
    found = {text[p.start : p.end]: p.name for p in places_in_text(text)}
    assert found.get("المرور") == "Taiz"


@pytest.mark.parametrize(("text", "expected"), [
    ("قال سكان في مايدوغوري إن مسلحين أحرقوا سوقا قرب ديكوا ليلة أمس.", "Dikwa"),
])
def test_places_latin_names_two_consonants_near_the_story(text: str, expected: str) -> None:
    # a name of two consonants is read only as a town of 10,000+ near another place of the story
    names = [p.name for p in places_in_text(text)]
    assert expected in names


@pytest.mark.parametrize(("text", "surface", "name", "precision"), [
    # a province GeoNames names only in Latin letters, after a division word
    ("قال الجيش الأفغاني إن مسلحين هاجموا مواقع للشرطة في ولاية فرياب.", "فرياب", "Faryab", 3),
    # a town word keeps the town of the province's name
    ("قال مسؤولون نيجيريون إن انفجارا وقع في محطة حافلات في مدينة غومبيه في ولاية غومبيه.", "غومبيه", "Gombe", 1),
])
def test_places_latin_names_province_after_a_division_word(text: str, surface: str, name: str, precision: int) -> None:
    first = next(p for p in places_in_text(text) if text[p.start : p.end] == surface)
    assert (first.name, first.precision) == (name, precision)


@pytest.mark.parametrize(("text", "absent"), [
    ("أقام الفندق سهرات غنائية في ليالي رمضان.", "Herāt"),
])
def test_places_future_prefix_is_never_split_off_a_name(text: str, absent: str) -> None:
    # س (future) stands only before a verb: سهرات is no س + هرات
    assert absent not in [p.name for p in places_in_text(text)]


def test_places_future_prefix_name_beginning_with_sin() -> None:
    text = "شنت القوات التونسية عملية في مدينة سجنان شمال البلاد."
    assert [p.name for p in places_in_text(text)] == ["Sejenane"]
