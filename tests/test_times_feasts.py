"""Feast days told by name (issue 16): ``أول أيام عيد الفطر``, ``مساء يوم العيد``, ``ليلة
العيد`` are days of the Hijri calendar, read as the feast nearest publication. Sentences written
for these tests, published on Saturday 2015-07-25 (Eid al-Fitr 1436 began on Friday 2015-07-17,
Eid al-Adha 1436 begins on 2015-09-23)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from time_values import time_values


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("قتل مسلحون ثلاثة جنود في أول أيام عيد الفطر", ("أول أيام عيد الفطر", "2015-07-17")),
        ("وقصفت الطائرات البلدة في ثاني أيام العيد", ("ثاني أيام العيد", "2015-07-18")),
        ("وهاجم المسلحون الحاجز مساء يوم العيد", ("مساء يوم العيد", "2015-07-17")),
        # the night of the feast is the night before its first day
        ("وقتل الرجل خاله ليلة العيد", ("ليلة العيد", "2015-07-16")),
        # the day counted inside the feast, with its epithet
        ("وتجددت الاشتباكات في اليوم الثالث من عيد الفطر المبارك",
         ("اليوم الثالث من عيد الفطر المبارك", "2015-07-19")),
        ("وسقطت القذائف على الحي في اليوم الأول لعيد الفطر", ("اليوم الأول لعيد الفطر", "2015-07-17")),
    ],
)
def test_times_feasts_day_of_a_named_feast(text: str, told: tuple[str, str]) -> None:
    assert told in time_values(text)


@pytest.mark.parametrize(
    "text",
    [
        # a feast two months away is no day of this news
        "وسيصلي المسلمون صباح يوم عيد الأضحى في المساجد",
        # a feast named without a day of it
        "وعاد الجنود إلى أهاليهم لقضاء عيد الفطر",
        # a feast of another kind
        "واحتفلت المدينة مساء يوم العيد الوطني بعرض عسكري",
    ],
)
def test_times_feasts_no_day_for_a_far_or_dayless_feast(text: str) -> None:
    assert not any("عيد" in words for words, _ in time_values(text))


def test_times_feasts_event_dated_by_the_feast() -> None:
    # the ambush of Eid evening, claimed days later: the event is Eid's
    text = ("كمين في عين الدفلى\n\nعين الدفلى - تبنى تنظيم القاعدة كمينا قتل فيه 14 عسكريا "
            "مساء يوم العيد في جبال عين الدفلى غربي الجزائر العاصمة.\n")
    doc = analyze_text(text, published="2015-07-21")
    assert [e.date for e in doc.events] == ["2015-07-17"]
