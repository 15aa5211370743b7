"""A candidate carries the localities its part of the sentence names after a locality noun
(``قرية X``, ``بلدتي X وY``, ``مديرية X``, ``حي X``) where the gazetteer read them at no point
of their own, and two acts told at different such localities stay two events although the
gazetteer puts both at one point: two villages, two districts, a village and a quarter. A
district and a place that may lie in it, two quarters of one town, one locality told twice, a
common noun after a locality noun stay silent. Sentences written for these tests; the village
and district names are made up or common words."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Location
from rasd.stages.events.localities import unread_names
from rasd.stages.events.merge import Candidate, merge_candidates
from rasd.stages.events.merge_places import unread_apart
from rasd.text import normalize_key


def _names(text: str) -> list[tuple[str, str]]:
    doc = analyze_text(text, published="2015-07-20")
    return list(unread_names(doc, 0, len(doc.text)))


def _key(word: str) -> str:
    key = normalize_key(word)
    return key[2:] if key.startswith("ال") else key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت قوات النظام أمس قرية الكرمانة بالمدفعية.", [("settlement", "الكرمانة")]),
        ("سيطر المسلحون على مديرية الرحبة أمس.", [("district", "الرحبة")]),
        ("دارت اشتباكات في حي الزهور أمس.", [("area", "الزهور")]),
        ("قصفت الطائرات بلدتي الصفيرة والمرجانة أمس.", [("settlement", "الصفيرة"), ("settlement", "المرجانة")]),
        ("وقعت اشتباكات في منطقة عسكرية قرب الحدود.", []),  # an adjective, not a name
        ("سقطت قذيفة على حي سكني أمس.", []),
        ("قصفت الطائرات منطقة كان المسلحون يتحصنون فيها.", []),  # a verb
        ("سقطت القذائف على مخيم 15 أمس.", []),  # a number
        ("وصلت الدبابات أمس وبقرية الكرمانة اشتباكات.", [("settlement", "الكرمانة")]),  # proclitics
        ("فرت العائلات من القرية الكرمانة أمس.", []),  # the article: a place already told
        ("دخلت القوات للمنطقة الشرقية أمس.", []),
    ],
)
def test_events_localities_unread_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == [(kind, _key(name)) for kind, name in expected]


def _at(text: str) -> Location:
    return Location(text=text, name="Province A", country="SY", admin1="Province A", lat=35.1, lon=36.7,
                    precision=2)


def _cand(start: int, localities: tuple[tuple[str, str], ...], *, fat: int | None = None,
          weak: bool = False, reference: bool = False, place: Location | None = None) -> Candidate:
    return Candidate("Explosions/Remote violence", "Shelling/artillery/missile attack", "2015-07-19", 1,
                     place or _at("ريف المحافظة"), False, None, None, fat, start, start + 40, 0.7, weak, reference,
                     ((start, start + 40),), (), sentences=((start, start + 40),), localities=localities)


_VILLAGE = (("settlement", "كرمانه"),)


@pytest.mark.parametrize(
    ("later", "apart"),
    [
        (_cand(100, (("settlement", "تلاليه"),)), True),  # two villages
        (_cand(100, (("area", "زهور"),)), True),  # a village and a quarter
        (_cand(100, (("settlement", "كرمانه"),)), False),  # the same village told again
        (_cand(100, (("settlement", "كرمنه"),)), False),  # spelt without its long vowel
        (_cand(100, (("district", "رحبه"),)), False),  # a district: the village may lie in it
        (_cand(100, ()), False),  # no locality of its own
        (_cand(100, (("settlement", "تلاليه"),), weak=True), False),  # a casualty word alone
        (_cand(100, (("settlement", "تلاليه"),), reference=True), False),  # a reaction
        (_cand(100, (("settlement", "تلاليه"),), fat=3), False),  # the same toll (below)
        (_cand(100, (("settlement", "تلاليه"),), place=Location("سوريا", "Syria", "SY", None, 35.0, 38.0, 3)),
         False),  # placed at a whole country
    ],
)
def test_events_localities_unread_apart(later: Candidate, apart: bool) -> None:
    first = _cand(0, _VILLAGE, fat=3 if later.fatalities else None)
    assert unread_apart(first, later) is apart
    assert len(merge_candidates([first, later])) == (2 if apart else 1)


def test_events_localities_two_quarters_of_a_town_merge() -> None:
    first, later = _cand(0, (("area", "زهور"),)), _cand(100, (("area", "ميدان"),))
    assert not unread_apart(first, later)


def test_events_localities_two_districts_apart() -> None:
    first, later = _cand(0, (("district", "رحبه"),)), _cand(100, (("district", "عرفان"),))
    assert unread_apart(first, later)


def _places(text: str) -> list[str]:
    doc = analyze_text("خبر\n\n" + text + "\n", published="2015-07-20")
    return sorted(e.location.text for e in doc.events if e.location is not None)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a village of the countryside and a quarter of the city, both put at the city
        ("قصفت قوات النظام أمس بقذائف المدفعية قرية الكرمانة في ريف حماة. وقالت مصادر محلية إن قوات "
         "النظام قصفت أيضا حي الزهور الشرقي في مدينة حماة.", ["الزهور الشرقي", "الكرمانة"]),
        # two districts of one province, both put at one point
        ("اندلعت أمس اشتباكات ضارية بين الحوثيين ومسلحي القبائل في مديرية الرحبة الشرقية بمحافظة إب. وفي "
         "سياق متصل دارت اشتباكات بين الطرفين في مديرية العرفان الغربية بالمحافظة.", ["الرحبة", "العرفان"]),
        # the same village told twice: one event
        ("قصفت قوات النظام أمس بالمدفعية قرية الكرمانة في ريف حماة. وقصفت قوات النظام أمس بالمدفعية قرية "
         "الكرمانة مرة أخرى.", ["الكرمانة"]),
    ],
)
def test_events_localities_end_to_end(text: str, places: list[str]) -> None:
    assert _places(text) == places
