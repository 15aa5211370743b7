"""A place of a country the story never names needs more than its name: a hamlet of such a
country is not reported, and a town of a neighbouring country the story does not name is
doubted as a far one is when its name is a frequent word. Where the country is named, the
same names are kept (articles written for rasd, run through the whole pipeline so that the
entities stage's view of each word counts)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text


def _names(text: str) -> set[str]:
    return {p.name for p in analyze_text(text, published="2015-08-08").places}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # خالص "sincere" in a Saudi story is not the Iraqi town (Iraq borders Saudi Arabia
        # but the story never names it)
        ("أعلنت وزارة الداخلية السعودية أن انتحاريا فجر نفسه داخل مسجد في مدينة أبها جنوب المملكة. "
         "وقدم أمير منطقة عسير خالص تعازيه لأسر رجال الأمن الذين استشهدوا في الهجوم، وأكد أن الأجهزة "
         "الأمنية في الرياض تتابع التحقيق.", "Khāliş"),
        # a Yemeni locality is not a hamlet of Anguilla that shares its Arabic name
        ("أعلنت المقاومة الشعبية أنها باتت تسيطر على أحياء واسعة في الحوطة، مركز محافظة لحج، وتقدمت نحو "
         "منطقة المحلة التي تبعد عن المدينة أربعة كيلومترات جنوب اليمن.", "The Quarter"),
    ],
)
def test_places_unnamed_country_namesake_is_not_read(text: str, gone: str) -> None:
    assert gone not in _names(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("وصل مئات اللاجئين السوريين أمس إلى بلدة الخالدية في محافظة المفرق شمال الأردن، وقالت السلطات "
         "الأردنية إنها نقلتهم إلى مخيم الزعتري.", "Al Khālidīyah"),
        ("قالت الشرطة العراقية إن عبوة ناسفة انفجرت في سوق خالص بمحافظة ديالى وقتلت ثلاثة أشخاص، فيما "
         "أصيب خمسة آخرون في بعقوبة.", "Khāliş"),
    ],
)
def test_places_unnamed_country_place_of_a_named_country_is_kept(text: str, kept: str) -> None:
    assert kept in _names(text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a bare compass word in a Saudi list of regions is no Egyptian governorate
        ("تعتزم الشركة طرح مشروعات سكنية جديدة في جدة والرياض والشرقية وباقي مناطق المملكة خلال "
         "العام المقبل.", False),
        # where Egypt is named, الغربية is its governorate
        ("تظاهر مئات العمال في مدينة المحلة الكبرى بمحافظة الغربية في مصر احتجاجا على تأخر الأجور.", True),
    ],
)
def test_places_unnamed_country_compass_word_needs_its_country(text: str, read: bool) -> None:
    names = _names(text)
    assert bool(names & {"Sharqia", "Gharbia"}) is read
