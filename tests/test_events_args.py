"""Each incident's arguments from its own clause (issue 16): merging keeps a province's event
apart from a town of another province and a far town's deaths out of an event's toll; a
country as the subject of an attack verb is its forces; a state force named with a bomb is its
target. Places and sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Location
from rasd.stages.events.candidates import _another
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate, merge_candidates
from rasd.stages.events.sides import air_sides, bomb_sides

_PROVINCE = Location("ولاية باروان", "Parwan", "AF", "Parwan", 35.0, 69.0, 3)
_TOWN_INSIDE = Location("شاريكار", "Charikar", "AF", "Parwan", 35.01, 69.17, 1)
_TOWN_ELSEWHERE = Location("كابل", "Kabul", "AF", "Kabul", 34.53, 69.17, 1)
_COUNTRY = Location("أفغانستان", "Afghanistan", "AF", None, 34.8, 67.8, 3)


def _strike(location: Location, start: int, fatalities: int | None = None) -> Candidate:
    return Candidate("Explosions/Remote violence", "Air/drone strike", "2015-07-20", 1, location, False,
                     None, None, fatalities, start, start + 10, 0.7, False, False)


@pytest.mark.parametrize(
    ("coarse", "fine", "merged"),
    [
        (_PROVINCE, _TOWN_INSIDE, True),  # the town is a closer reading of the province
        (_PROVINCE, _TOWN_ELSEWHERE, False),  # a town of another province: another incident
        (_COUNTRY, _TOWN_ELSEWHERE, True),  # a country holds all its towns
    ],
)
def test_events_args_coarse_place_merges_only_what_lies_inside(coarse: Location, fine: Location,
                                                               merged: bool) -> None:
    out = merge_candidates([_strike(coarse, 0, 10), _strike(fine, 50)])
    assert len(out) == (1 if merged else 2)
    first = out[0]
    assert first.location is not None
    assert first.location.name == (fine.name if merged else coarse.name)


def _actors(text: str) -> list[tuple[str | None, str | None]]:
    doc = analyze_text(text, published="2016-03-10")
    return [(e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("شنت إسرائيل أمس غارات جوية على مواقع لحركة حماس في خان يونس جنوب قطاع غزة.",
         "Military Forces of Israel"),
        ("وقالت مصادر محلية إن إيران قصفت أمس مواقع لمسلحين أكراد في منطقة سيدكان شمال العراق.",
         "Military Forces of Iran"),
        ("وأفادت مصادر محلية بأن روسيا نفذت أمس غارات جوية على بلدة كفرنبل في ريف إدلب.",
         "Military Forces of Russia"),
    ],
)
def test_events_args_country_subject_is_its_forces(text: str, actor1: str) -> None:
    assert actor1 in [a1 for a1, _ in _actors(text)]


def test_events_args_country_closing_a_place_phrase_is_not_the_doer() -> None:
    text = "وفي محافظة مأرب، شرق اليمن، شنت المقاومة الشعبية أمس هجوما على مواقع الحوثيين في صرواح."
    assert all(a1 != "Military Forces of Yemen" for a1, _ in _actors(text))


_MOSUL = Location("الموصل", "Mosul", "IQ", "Nineveh", 36.34, 43.13, 1)
_NEAR_MOSUL = Location("بعشيقة", "Bashiqa", "IQ", "Nineveh", 36.45, 43.35, 1)
_BAGHDAD = Location("بغداد", "Baghdad", "IQ", "Baghdad", 33.34, 44.40, 1)


def _toll(location: Location, start: int, fatalities: int) -> Candidate:
    """A casualty-only sentence (``قتل ستة أشخاص في ...``): typed from its death word alone."""
    return Candidate("Violence against civilians", "Attack", "2015-07-20", 1, location, False,
                     None, None, fatalities, start, start + 10, 0.5, True, False)


@pytest.mark.parametrize(
    ("place", "merged"),
    [
        (_NEAR_MOSUL, True),  # the wounded died in the next town's hospital: the same incident's toll
        (_BAGHDAD, False),  # deaths in another city are another incident, never summed into this one
    ],
)
def test_events_args_casualty_follow_up_merges_only_near(place: Location, merged: bool) -> None:
    out = merge_candidates([_strike(_MOSUL, 0, None), _toll(place, 50, 6)])
    assert len(out) == (1 if merged else 2)
    assert out[0].location == _MOSUL
    assert out[0].fatalities == (6 if merged else None)


@pytest.mark.parametrize(
    ("sides", "sub", "want"),
    [
        # a state force read as a bomb's doer is its target; a named armed group beside it is the doer
        (("Military Forces of Turkey", "PKK: Kurdistan Workers Party"), "Remote explosive/landmine/IED",
         ("PKK: Kurdistan Workers Party", "Military Forces of Turkey")),
        (("Police Forces of Nigeria", "Civilians (Nigeria)"), "Suicide bomb", (None, "Civilians (Nigeria)")),
        (("Military Forces of Egypt", None), "Remote explosive/landmine/IED", (None, "Military Forces of Egypt")),
        # air strikes and shelling are the state's own acts
        (("Military Forces of Syria", "Islamic State"), "Air/drone strike", ("Military Forces of Syria", "Islamic State")),
        (("Islamic State", "Police Forces of Iraq"), "Suicide bomb", ("Islamic State", "Police Forces of Iraq")),
    ],
)
def test_events_args_state_forces_suffer_bombs(sides: tuple[str | None, str | None], sub: str,
                                               want: tuple[str | None, str | None]) -> None:
    assert bomb_sides(*sides, sub) == want


def test_events_args_wounded_police_are_the_bombs_target() -> None:
    text = "أصيب ثلاثة من رجال الشرطة المصرية أمس في انفجار عبوة ناسفة بمدينة العريش شمال سيناء."
    events = analyze_text(text, published="2016-05-12").events
    assert [(e.actor1, e.actor2) for e in events] == [("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")]


@pytest.mark.parametrize(
    ("second", "days"),
    [
        # "another patrol ... on Saturday": a second incident, each on its own day
        ("وانفجرت عبوة أخرى يوم السبت قرب مركز للشرطة في مدينة العريش.", ["2016-05-07", "2016-05-08"]),
        # the wounded of the same blast, told again: still one incident
        ("وقالت مصادر طبية إن الشرطيين نقلا إلى مستشفى العريش العام.", ["2016-05-08"]),
    ],
)
def test_events_args_another_incident_keeps_its_own_day(second: str, days: list[str]) -> None:
    text = "أصيب شرطيان الأحد في انفجار عبوة ناسفة استهدفت دورية أمنية في مدينة العريش شمال سيناء.\n\n" + second
    events = analyze_text(text, published="2016-05-10").events
    assert sorted(e.date for e in events if e.sub_event_type == "Remote explosive/landmine/IED") == days


@pytest.mark.parametrize(
    ("text", "trigger", "another"),
    [
        ("وقع انفجار آخر قرب السوق المركزي للمدينة", 1, True),
        ("وكانت دورية أخرى تعرضت لانفجار", 4, True),
        ("قتل جندي وأصيب آخر في الهجوم", 5, False),  # another casualty, not another incident
        ("انفجرت العبوة في المناطق الأخرى", 0, False),  # definite: "the other areas"
    ],
)
def test_events_args_another_read(text: str, trigger: int, another: bool) -> None:
    assert _another(words_of(text), trigger) is another


def _kinds(text: str) -> list[tuple[str, int | None]]:
    return sorted((e.sub_event_type, e.fatalities) for e in analyze_text(text, published="2016-05-10").events)


def test_events_args_two_tolls_of_two_kinds_are_two_incidents() -> None:
    text = ("ودارت أمس اشتباكات عنيفة بين الجيش ومسلحين قرب مدينة الرمادي أسفرت عن مقتل عشرة من الطرفين، "
            "كما لقي ثلاثة مدنيين حتفهم بقذائف هاون سقطت على سوق شعبي.")
    assert _kinds(text) == [("Armed clash", 10), ("Shelling/artillery/missile attack", 3)]


def test_events_args_both_sides_dead_stay_one_toll() -> None:
    text = "قتل خمسة جنود أمس في هجوم مسلح على حاجز للجيش قرب مدينة الرمادي، فيما قتل ثلاثة من المهاجمين."
    assert _kinds(text) == [("Armed clash", 8)]


@pytest.mark.parametrize(
    ("sides", "want"),
    [
        # a group read as an air strike's doer is what was struck; a state named beside it flew
        (("Islamic State", "Military Forces of Iraq"), ("Military Forces of Iraq", "Islamic State")),
        (("Houthi Movement - Ansar Allah", None), (None, "Houthi Movement - Ansar Allah")),
        (("Unidentified Armed Group (Syria)", "Civilians (Syria)"), (None, "Civilians (Syria)")),
        (("Global Coalition Against Daesh", "Islamic State"), ("Global Coalition Against Daesh", "Islamic State")),
        (("Military Forces of Russia", "Civilians (Syria)"), ("Military Forces of Russia", "Civilians (Syria)")),
        (("NATO: North Atlantic Treaty Organization", "Taliban"), ("NATO: North Atlantic Treaty Organization", "Taliban")),
    ],
)
def test_events_args_air_strikes_are_flown_by_states(sides: tuple[str | None, str | None],
                                                     want: tuple[str | None, str | None]) -> None:
    assert air_sides(*sides, "Air/drone strike") == want
    assert air_sides(*sides, "Armed clash") == sides  # on the ground, either side may attack


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # كبرى is an adjective (the largest), never ك + the name of a politician
        ("قتل جنديان أمس في هجوم نفذه مسلحون على حاجز قرب الموصل في واحدة من كبرى الهجمات هذا الشهر.",
         ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")),
        # masked men who attack are an unnamed armed group, the policeman they kill its victim
        ("هاجم ملثمون أمس نقطة تفتيش للشرطة في مدينة العريش وقتلوا أحد أفرادها.",
         ("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")),
    ],
)
def test_events_args_doer_and_victim_of_an_attack(text: str, sides: tuple[str, str]) -> None:
    assert sides in _actors(text)


def test_events_args_military_base_is_not_al_qaeda() -> None:
    text = "سيطرت القوات الحكومية أمس على القاعدة العسكرية في مدينة الحديثة بعد معارك مع تنظيم داعش."
    names = {n for e in analyze_text(text, published="2016-03-10").events for n in (e.actor1, e.actor2)}
    assert not any(n and "Qaeda" in n for n in names)


@pytest.mark.parametrize(
    ("follow_up", "actor1"),
    [
        # the group an official says stands behind the bombing is its doer
        ("وأفاد وزير الداخلية بأن النتائج الأولى للتحقيق تشير إلى أن تنظيم داعش يقف وراء التفجير الانتحاري.", "Islamic State"),
        # a statement that names no one leaves the doer unnamed
        ("وقال وزير الداخلية إن التحقيقات ما زالت جارية لمعرفة ملابسات التفجير.", "Unidentified Armed Group (Turkey)"),
    ],
)
def test_events_args_group_said_to_stand_behind_is_the_doer(follow_up: str, actor1: str) -> None:
    text = ("قتل 12 شخصا أمس في تفجير انتحاري استهدف حفل زفاف في مدينة غازي عنتاب جنوب تركيا.\n\n" + follow_up)
    events = analyze_text(text, published="2016-06-02").events
    assert [e.actor1 for e in events if e.sub_event_type == "Suicide bomb"] == [actor1]
