"""A named landmark that no table holds (a head word and a name: a number, a tens word, a title and
a person's name, a word that is no common word, a quoted name, or after a street word one definite
noun) is put at the town of its context, precision 2, even where no link word ties it to that town:
the nearest town before it in its sentence, else the first after it (unless another landmark is
named between), else the nearest town before it in the story. A head with the article, a count, a
figure of speech or a common noun names none (sentences written for rasd)."""

from __future__ import annotations

import pytest

from rasd.stages.places.stage import places_in_text


@pytest.mark.parametrize(("text", "surface", "town"), [
    # a number after a street word, the town earlier in the sentence
    ("سيطرت القوات على مدينة الرمادي ثم تقدمت أمس نحو شارع 60 وسط الأحياء الشرقية.", "شارع 60", "Ramadi"),
    # one definite common noun after a street or junction word
    ("وفي عدن استعاد المقاتلون مثلث العلم بعد مواجهات استمرت يومين.", "مثلث العلم", "Aden"),
    # a tens word
    ("وفي تعز حاصر المسلحون منذ الفجر نقطة الأربعين من ثلاث جهات.", "نقطة الأربعين", "Taiz"),
    # a title and a person's name
    ("وصل المصابون إلى بغداد ونقلوا إلى مستشفى الشهيد الصدر لتلقي العلاج.", "مستشفى الشهيد الصدر", "Baghdad"),
    # a name that is no common word, in a sentence that names no town: the story's town before it
    ("اندلعت اشتباكات في مدينة تعز صباح اليوم. وقال شهود إن قذيفة سقطت قرب فندق الشيراتون وأصابت ثلاثة مدنيين.",
     "فندق الشيراتون", "Taiz"),
])
def test_places_named_landmark_put_at_town(text: str, surface: str, town: str) -> None:
    found = {text[p.start : p.end]: p for p in places_in_text(text)}
    assert surface in found, found
    assert found[surface].name == town and found[surface].precision == 2, found[surface]


@pytest.mark.parametrize(("text", "word"), [
    ("شكلت معركة تكريت نقطة تحول في الحرب على التنظيم.", "تحول"),  # a turning point
    ("افتتحت في الرياض أمس فندق 5 نجوم على الواجهة البحرية.", "5"),  # a count of stars
    ("قال والد الجندي في أبها إن ابنه سقط في ميدان الشجاعة دفاعا عن الوطن.", "الشجاعة"),  # a figure of speech
    ("نقل الجرحى إلى المستشفى الميداني في حلب مساء الأحد.", "المستشفى"),  # the article: no one hospital
    ("قال رئيس كتلة «القائمة الموحدة» في الكنيست في القدس إن التصويت أرجئ.", "القائمة"),  # كتلة is no تلة
    ("وصل الوفد إلى الرياض وشاهد أكثر من عشرين محطة وقود على الطريق.", "وقود"),  # no name
    ("انفجرت سيارة مفخخة في سوق مزدحم بمدينة الباب صباح اليوم.", "مزدحم"),  # a participle: "a crowded market"
])
def test_places_named_landmark_nothing_new(text: str, word: str) -> None:
    found = {text[p.start : p.end] for p in places_in_text(text)}
    assert not any(word in s for s in found), found


def test_places_named_landmark_not_the_town_of_the_next_landmark() -> None:
    # the first mosque is not in the town of the second, named after it with another head word
    text = "استهدف التفجير أمس مسجد الإمام الصادق، كما استهدف هجوم سابق مسجد الإمام الحسين في الدمام."
    found = {text[p.start : p.end]: p for p in places_in_text(text)}
    assert "مسجد الإمام الصادق" not in found, found


def test_places_named_landmark_province_after_it_must_hold_the_town() -> None:
    # a province a link word ties the landmark to: the town of the sentence lies elsewhere, so no town
    text = "زار الوزير القاهرة ثم تفقد حقل الزهراوي بمحافظة الإسكندرية أمس."
    found = {text[p.start : p.end]: p for p in places_in_text(text)}
    assert all(p.name != "Cairo" for s, p in found.items() if "الزهراوي" in s), found
