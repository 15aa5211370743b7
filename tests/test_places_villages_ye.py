"""The Yemeni villages table (villages_ye.tsv) and the places stage's last pass reading it:
a village name only after a place word without the article, near another place of the story
in the village's province, and not a frequent ordinary word (sentences written for rasd)."""

from __future__ import annotations

import pytest

from places_helpers import found_places
from rasd.kb import gazetteer_districts as gd
from rasd.kb.gazetteer import load_gazetteer
from rasd.stages.places.villages import village_reading

ROWS = gd.districts(table=gd.VILLAGES_FILE)


def test_places_villages_table_is_large_and_read_after_place_words_only() -> None:
    assert len(ROWS) >= 10_000
    for r in ROWS:
        assert r.kind == "village" and r.country == "YE" and not r.alone, r
        assert r.seat and r.words and r.names, r
    names = [r.names[0] for r in ROWS]
    assert len(names) == len(set(names)), "one row per name: a name shared by two districts is left out"


@pytest.mark.parametrize("name", ["بيت عياض", "وادي المدام", "الدليل", "الجبارة"])
def test_places_villages_names_are_looked_up_apart(name: str) -> None:
    gaz = load_gazetteer()
    village = village_reading(gaz, name)
    assert village is not None and village.country == "YE" and village.precision == 2
    assert all(c.index != village.index for c in gaz.candidates(name))  # not among the ordinary names


@pytest.mark.parametrize(("text", "span", "district"), [
    ("تقدمت القوات نحو منطقة بيت عياض، وقال مسؤول في محافظة لحج اليمنية إن المعارك مستمرة قرب مدينة الحوطة.",
     "منطقة بيت عياض", "Tbn"),
    ("قال مسؤول في مدينة تعز اليمنية إن القناصة استهدفوا منطقة وادي المدام ليلا.", "منطقة وادي المدام", "Al-Mathfar"),
    ("قال مسؤول في مدينة إب اليمنية إن مسلحين هاجموا منطقة الدليل ليلا.", "منطقة الدليل", "Al-Makhadrh"),
])
def test_places_villages_read_after_place_word_near_a_place_of_the_province(text: str, span: str, district: str) -> None:
    place = found_places(text)[span]
    assert place.country == "YE" and place.precision == 2 and place.name.endswith(district)


@pytest.mark.parametrize(("text", "span"), [
    ("قال مسؤول في مدينة حلب السورية إن مسلحين هاجموا منطقة الدليل ليلا.", "منطقة الدليل"),  # no place in Yemen
    ("هاجم مسلحون منطقة الدليل ليلا ولم يعرف عدد الضحايا.", "منطقة الدليل"),  # no other place at all
    ("قال مسؤول في مدينة تعز اليمنية إن القناصة استهدفوا المنطقة وادي المدام ليلا.", "المنطقة وادي المدام"),
    ("قال مسؤول في مدينة الحديدة اليمنية إن السفينة رست في منطقة قريبة من الساحل.", "منطقة قريبة"),  # a word
])
def test_places_villages_silent_without_licence(text: str, span: str) -> None:
    assert span not in found_places(text)
    assert not any(p.name.startswith(("Ad-Dlyl", "Wady Al-Mdam", "Qrybh")) for p in found_places(text).values())


def test_places_villages_far_namesake_is_not_read() -> None:
    # الفاو of the list lies in Majzar, some 70 km from Marib town: a front of that name is no proof
    text = "قال مسؤول في مدينة مأرب اليمنية إن الطائرات قصفت منطقة الفاو ليلا."
    assert not any(p.name.startswith("Al-Faw,") for p in found_places(text).values())
