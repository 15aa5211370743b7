"""The places stage on ``العاصمة`` with no name after it: the capital of the country its
adjective names, or of the one country the story is about; silent where a name follows or comes
just before, where the story also writes of another kind of capital, where it is about several
countries, and where the phrase only locates a place read just before it (sentences written for rasd)."""

from __future__ import annotations

import pytest

from places_helpers import found_places


@pytest.mark.parametrize(
    ("text", "surface", "town", "precision"),
    [
        # a bare العاصمة in a story about one country, after a direction word
        ("سيطر المسلحون على مدينة تعز ومحافظة لحج في اليمن. وقتل جنود في هجوم على معسكر جنوب العاصمة ليلة أمس.",
         "العاصمة", "Sanaa", 2),
        # a demonym adjective names the country, with a proclitic on العاصمة
        ("قال مسؤول أمني إن سيارة مفخخة انفجرت في سوق بالعاصمة العراقية صباح اليوم.", "العاصمة العراقية", "Baghdad", 1),
        ("أوقفت الشرطة ثلاثة رجال في العاصمة التونسية مساء السبت.", "العاصمة التونسية", "Tunis", 1),
        # other proclitics: ل with the article, و
        ("وصلت تعزيزات عسكرية أمس للعاصمة السورية قادمة من الشمال.", "للعاصمة السورية", "Damascus", 1),
        ("تفرق المتظاهرون مساء الجمعة، والعاصمة الليبية تشهد هدوءا حذرا.", "العاصمة الليبية", "Tripoli", 1),
    ],
)
def test_places_capital_phrase_reads_the_capital(text: str, surface: str, town: str, precision: int) -> None:
    found = found_places(text)
    assert surface in found, f"{surface!r} not in {list(found)}"
    assert (found[surface].name, found[surface].precision) == (town, precision)


@pytest.mark.parametrize(
    "text",
    [
        # a name follows: read as that name only
        "وصل الوفد إلى العاصمة الأردنية عمان أمس.",
        # the name comes just before
        "تسيطر جماعة مسلحة على طرابلس العاصمة منذ عام، وتدور المعارك في بنغازي وسرت في ليبيا.",
        # the story also writes of another kind of capital
        "أعلنت الحكومة في اليمن أن العاصمة المؤقتة ستستقبل الوزراء، وأن العاصمة لم تعد آمنة، وتدور معارك في عدن وتعز.",
        # two countries, as often named each
        "زار الوزير مدينة جدة في السعودية ثم توجه إلى القاهرة في مصر، وعقد لقاء في العاصمة.",
        # the phrase locates the town read just before it
        "قتل شخصان في انفجار ببلدة المحمودية جنوب العاصمة في العراق، وفي محافظة ديالى قتل جندي.",
        # an adjective that is no demonym
        "قال خبراء في العراق وفي الموصل إن العاصمة الثقافية للعام المقبل لم تحدد.",
    ],
)
def test_places_capital_phrase_silent(text: str) -> None:
    found = found_places(text)
    assert not any(surface.startswith("العاصمة") for surface in found), list(found)
    assert sum(p.name in ("Amman", "Tripoli") for p in found.values()) <= 1


def test_places_capital_phrase_silent_after_a_country_in_its_sentence() -> None:
    text = "سقط 12 قتيلا في العراق أمس في هجومين، بينهم أربعة في تفجير شمال العاصمة، بحسب مصادر في الموصل وكركوك."
    assert not any(surface.startswith("العاصمة") for surface in found_places(text))
