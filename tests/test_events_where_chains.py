"""An event's place is the site its clause names, not a place that only locates that site:
the first place of a chain of places that locate one another (``بلدة X، قضاء Y``, ``X مركز
ولاية Y``, ``X، على بعد 75 كيلومترا جنوب Y``), also when a follow-on sentence carries it;
not the place an attack was launched from. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Place
from rasd.stages.events.locators import chain_from, chain_site, located_by
from rasd.stages.events.where import place_level


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_text(text, published="2015-08-02")
    return sorted((e.sub_event_type, e.location.name if e.location else None) for e in doc.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town, then its district after a comma, then the trigger: the town
        ("جنين\n\nجنين - داهمت قوة إسرائيلية فجر أمس منزلا في قرية برقين، قضاء جنين، وقتلت شابا بالرصاص.\n",
         [("Attack", "Birqīn")]),
        # a town of another country than the story's, located by its province ("مركز ولاية")
        ("ياوندي\n\nياوندي - فجرت انتحارية نفسها في مدينة مروة بالكاميرون يوم السبت. وضرب تفجير آخر صباح "
         "الأحد داماتورو مركز ولاية يوبي النيجيرية حيث قتل 14 شخصا في سوق المدينة.\n",
         [("Remote explosive/landmine/IED", "Damaturu"), ("Suicide bomb", "Maroua")]),
        # a follow-on sentence with no place of its own takes the town, not the distance's reference
        ("الحلة\n\nالحلة - احتشد المحتجون قرب مبنى المحافظة في مدينة الحلة، على بعد 100 كيلومتر جنوب بغداد. "
         "وهتف المئات أمس ضد الفساد.\n",
         [("Peaceful protest", "Al Hillah")]),
    ],
)
def test_events_where_chains_take_the_site(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


def test_events_where_chains_a_list_of_quarters_stays_in_its_town() -> None:
    # two quarters of one town, then the town that locates them: one raid, in that town
    got = _events("طرابلس\n\nطرابلس - دهمت وحدات من الجيش أمس حيي باب التبانة وجبل محسن في مدينة طرابلس "
                  "وأوقفت ستة مطلوبين.\n")
    assert got == [("Arrests", "Tripoli")]


def test_events_where_chains_second_side_is_no_break() -> None:
    # "من جهة ... من جهة أخرى" closes the two sides of one clash: its place follows them
    got = _events("دمشق\n\nدمشق - اندلعت أمس اشتباكات عنيفة بين الجيش من جهة ومسلحي المعارضة من جهة ثانية في "
                  "بلدة الزبداني، بينما ألقت المروحيات براميل على مدينة داريا.\n")
    assert got == [("Air/drone strike", "Dārayyā"), ("Armed clash", "Az Zabadānī")]


def test_events_where_chains_not_the_origin() -> None:
    # the airport the aircraft took off from is not where they struck
    got = _events("حلب\n\nحلب - ضربت المقاتلات انطلاقا من مطار كويرس أمس أهدافا في بلدة الباب.\n")
    assert got == [("Air/drone strike", "Al Bāb")]


def _place(text: str, surface: str, level: int, country: str = "YE", at: int = 0) -> Place:
    start = text.index(surface, at)
    return Place(start=start, end=start + len(surface), name=surface, country=country, admin1=None,
                 lat=0.0, lon=0.0, precision=level)


@pytest.mark.parametrize(
    ("text", "first", "second", "chained"),
    [
        ("في بلدة الوادي بمديرية حيس في جنوب الحديدة", "الوادي", "حيس", True),
        ("في مدينة الغيضة عاصمة محافظة المهرة", "الغيضة", "المهرة", True),
        ("قرية المنطار التابعة لمديرية الدريهمي", "المنطار", "الدريهمي", True),
        ("مدينة الحلة، على بعد 100 كيلومتر جنوب العاصمة بغداد", "الحلة", "بغداد", True),
        ("مدينة ميدوغوري مركز ولاية بورنو", "ميدوغوري", "بورنو", True),
        # a list, a road's destination, a bare "من": no chain
        ("في مدينة زنجبار ومدينة شقرة", "زنجبار", "شقرة", False),
        ("في صنعاء وحجة", "صنعاء", "حجة", False),
        ("نقلوا من زنجبار إلى عدن", "زنجبار", "عدن", False),
        ("مقاتلين من زنجبار من عدن", "زنجبار", "عدن", False),
        ("قتلى في زنجبار. وفي عدن", "زنجبار", "عدن", False),
    ],
)
def test_events_where_chains_located_by(text: str, first: str, second: str, chained: bool) -> None:
    a, b = _place(text, first, 1), _place(text, second, 2)
    assert located_by(text, a, b) is chained


def test_events_where_chains_site_prefers_the_first_town() -> None:
    text = "في بلدة الوادي بمديرية حيس في جنوب الحديدة، هجوم"
    places = [_place(text, "الوادي", 1), _place(text, "حيس", 2), _place(text, "جنوب الحديدة", 2)]
    assert [p.name for p in chain_from(text, places, places[0])] == ["الوادي", "حيس", "جنوب الحديدة"]
    assert chain_site(text, places, places[2], place_level).name == "الوادي"
    # a province at the head of a chain gives way to the finer place after it
    text = "في محافظة مأرب بمديرية صرواح"
    places = [_place(text, "مأرب", 3), _place(text, "صرواح", 2)]
    assert chain_site(text, places, places[0], place_level).name == "صرواح"
