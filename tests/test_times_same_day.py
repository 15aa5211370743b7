"""Readings of three date forms (issue 16): "the same day" (``في اليوم نفسه``, ``في نفس اليوم``,
``في ذات اليوم``) takes the day named just before it; a day number with the article
(``الـ17 من يوليو``) is a day, not the month; an ambiguous month name after a preposition
(``في مايو``) is the month. Sentences written for these tests, published Saturday 2015-07-25
(Tuesday is 2015-07-21)."""

from __future__ import annotations

import pytest

from time_values import time_values


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("سقطت قذيفة على سوق القرية صباح الثلاثاء، كما سقطت في اليوم نفسه قذيفة أخرى قرب المدرسة",
         ("اليوم نفسه", "2015-07-21")),
        ("اعتقلت الشرطة شابين يوم الثلاثاء. وفي نفس اليوم أحرق مجهولون سيارة للشرطة",
         ("نفس اليوم", "2015-07-21")),
        ("توقفت الحافلة ظهر أول من أمس وعادت إلى المحطة مساء اليوم ذاته",
         ("اليوم ذاته", "2015-07-23")),
        ("خرجت فرق البحث يوم الثلاثاء وواصلت عملها في ذات اليوم حتى المساء", ("ذات اليوم", "2015-07-21")),
        ("هاجم مسلحون نقطة تفتيش في 18 يوليو ثم انسحبوا وقصفوا القرية بنفس اليوم", ("نفس اليوم", "2015-07-18")),
    ],
)
def test_times_same_day_takes_the_day_told_before(text: str, inside: tuple[str, str]) -> None:
    assert inside in time_values(text)


@pytest.mark.parametrize(
    "text",
    [
        # no day named before it
        "يمكن للمريض أن يغادر المستشفى في نفس اليوم",
        # a yearly day, a day told after it (relative clause)
        "قصفت الطائرات المدينة أمس، وهو عيد البلدة الذي يقام في اليوم ذاته من كل سنة",
        "قتل جندي أمس، في نفس اليوم الذي وقعت فيه تفجيرات العاصمة",
        # the day lies in another paragraph
        "اعتقل الأمن ثلاثة أشخاص يوم الثلاثاء.\nوأصيب شرطي في اليوم نفسه بحادث سير",
    ],
)
def test_times_same_day_silent_without_a_day_before(text: str) -> None:
    assert not any(value is not None and span.replace("في ", "").strip() in ("اليوم نفسه", "نفس اليوم", "اليوم ذاته",
                                                                        "ذات اليوم", "بنفس اليوم")
                   for span, value in time_values(text))


def test_times_same_day_after_a_part_of_day_is_not_today() -> None:
    # عصر اليوم نفسه: neither today nor the publication day
    values = time_values("أغلقت السلطات الطريق صباح الثلاثاء ثم فتحته عصر اليوم نفسه")
    assert ("عصر اليوم", "2015-07-25") not in values
    assert ("اليوم نفسه", "2015-07-21") in values


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("وقعت المواجهات يوم الـ17 من يوليو قرب الحدود", ("يوم الـ17 من يوليو", "2015-07-17")),
        ("ستجتمع اللجنة يوم الـ 12 من شهر أغسطس لبحث الميزانية", ("12 من شهر أغسطس", "2015-08-12")),
        ("انتهت البطولة في ال19 من يونيو الماضي", ("ال19 من يونيو الماضي", "2015-06-19")),
    ],
)
def test_times_day_with_article_is_a_day(text: str, inside: tuple[str, str]) -> None:
    assert inside in time_values(text)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("اختطف مسلحون الصحفي في مايو من منزله", ("مايو", "2015-05")),
        ("وتقيم العائلة في الخارج منذ نيسان بعد تهديدات", ("نيسان", "2015-04")),
        ("شارك الوزير في اجتماع عقد خلال مارس في العاصمة", ("مارس", "2015-03")),
    ],
)
def test_times_ambiguous_month_after_a_preposition_is_the_month(text: str, inside: tuple[str, str]) -> None:
    assert inside in time_values(text)


@pytest.mark.parametrize(
    "text",
    [
        # إب, the Yemeni governorate, is written like آب
        "اندلعت اشتباكات عنيفة في اب وسط البلاد",
        "مارس اللاعب الرياضة منذ صغره",
        # no preposition: a word, not the month
        "يحب الأطفال لبس مايو السباحة",
    ],
)
def test_times_ambiguous_month_without_a_preposition_stays_silent(text: str) -> None:
    assert time_values(text) == []
