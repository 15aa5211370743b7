"""A demonstration told at a list of towns and provinces is one event in each place
(rasd.stages.events.protest_sites, read by where.place_list): the list no longer stops at
its first province. Silent for other acts, for places told before the demonstration and
for a place with no locative. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Document, Place
from rasd.stages.events.protest_sites import marched_in_list


def _doc(sentence: str) -> Document:
    return analyze_text("خبر\n\n" + sentence + "\n", published="2015-08-07")


def _place(text: str, name: str) -> Place:
    at = text.index(name)
    return Place(start=at, end=at + len(name), name=name, country="IQ", precision=1)


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "marched"),
    [
        ("خرجت مسيرات سلمية في الكوت وميسان", "مسيرات", "Protests", True),
        ("رشق محتجون الشرطة بالحجارة في الكوت وميسان", "رشق", "Riots", True),
        ("نظم الطلاب وقفة أمام مبنى المحافظة في الكوت", "وقفة", "Protests", True),
        # another act, the place before the demonstration, no locative before the place
        ("دارت اشتباكات في الكوت وميسان", "اشتباكات", "Battles", False),
        ("في الكوت وميسان خرجت مسيرات سلمية", "مسيرات", "Protests", False),
        ("زار المحتجون الكوت وميسان", "المحتجون", "Protests", False),
    ],
)
def test_protest_sites_marched_in_list(text: str, trigger: str, event_type: str, marched: bool) -> None:
    assert marched_in_list(text, event_type, text.index(trigger), _place(text, "الكوت")) is marched


def test_protest_sites_no_place_is_no_list() -> None:
    assert marched_in_list("خرجت مسيرات سلمية", "Protests", 0, None) is False


def _places(sentence: str) -> list[str]:
    return sorted(e.location.name for e in _doc(sentence).events if e.location)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a town, a province, a town: one demonstration each (base stopped at the province)
        ("نظم مئات الطلاب يوم الخميس مسيرات سلمية في الكوت وميسان والسماوة للمطالبة بتحسين الخدمات.",
         ["Al-Kut", "As Samawah", "Maysan"]),
        # a province whose own capital is listed is that town's area, no item of its own
        ("خرج آلاف المعلمين أمس الأربعاء في وقفات احتجاجية في مدينة العمارة ومحافظة واسط والكوت، مطالبين برواتبهم.",
         ["Al ‘Amārah", "Al-Kut"]),
        # towns only and provinces only: as before
        ("تظاهر المئات أمس في الموصل وكركوك للمطالبة بالإفراج عن معتقلين.", ["Kirkuk", "Mosul"]),
        ("شهدت محافظات واسط وميسان والمثنى أمس مظاهرات للمطالبة بالكهرباء.", ["Maysan", "Muthanna", "Wasit"]),
        # fighting over a town and two provinces stays one event (a summary of the fronts)
        ("اندلعت اشتباكات عنيفة أمس في الرمادي والأنبار وصلاح الدين بين القوات الحكومية ومسلحي التنظيم.", ["Ramadi"]),
    ],
)
def test_protest_sites_one_event_per_place(sentence: str, names: list[str]) -> None:
    assert _places(sentence) == names
