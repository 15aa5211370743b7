"""ACLED sub-event types that hang on a detail of the act: who took the ground (the state's
side or another), whether a weapon named is the striker or only gear destroyed, a blast that
another sentence tells as a suicide bombing, an attack on a police station, acts of violence
with no crowd. Every sentence is written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.document import Location
from rasd.stages.events.acts import territory_subtype
from rasd.stages.events.detect import detect_sentence
from rasd.stages.events.merge import Candidate, merge_candidates

_AIR = ("Explosions/Remote violence", "Air/drone strike")
_SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
_SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
_IED = "Remote explosive/landmine/IED"
_REGAINS, _OVERTAKES = "Government regains territory", "Non-state actor overtakes territory"


def _types(sentence: str) -> list[tuple[str, str]]:
    return [(d.event_type, d.sub_event_type) for d in detect_sentence(sentence) if not d.reference]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the aircraft as the subject of the verb struck
        ("واستهدف الطيران الحربي مواقع للمسلحين في أطراف البلدة أمس.", [_AIR]),
        ("كما استهدفت طائرات التحالف مخازن أسلحة للمتمردين شمال المدينة.", [_AIR]),
        # weapons destroyed or seized are gear, not a shelling; artillery that destroyed, fired
        ("ودمر مقاتلو الفصائل أربع مدرعات للجيش ومدفعين قرب المطار.", []),
        ("ودمرت المدفعية مواقع للمسلحين شرق البلدة فجر اليوم.", [_SHELLING]),
        # shells and belts with a possessive
        ("وأطلق المسلحون قذائفهم على حي سكني في المدينة مساء أمس ما أدى إلى إصابة طفلين.", [_SHELLING]),
        ("وسقطت إحدى قذائفهم على منزل في الحي الشرقي مساء أمس.", [_SHELLING]),
        ("وفجرت امرأة حزامها الناسف وسط سوق شعبي في المدينة صباح اليوم.", [_SUICIDE]),
    ],
)
def test_events_typing_subtype_by_act_detail(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _types(sentence) == expected


@pytest.mark.parametrize(
    ("sub", "actor1", "country", "expected"),
    [
        # the state's affiliates regain ground (ACLED: government forces or their affiliates)
        (_OVERTAKES, "Popular Resistance", "YE", _REGAINS),
        (_OVERTAKES, "PMF: Popular Mobilization Forces", "IQ", _REGAINS),
        (_REGAINS, "Military Forces of Yemen", "YE", _REGAINS),
        # a faction fighting on the rebels' side overtakes it, whatever its prefix says
        (_REGAINS, "Military Forces of Yemen Saleh faction", "YE", _OVERTAKES),
        # other groups, countries without a bloc and no doer read: unchanged
        (_OVERTAKES, "Islamic State", "IQ", _OVERTAKES),
        (_OVERTAKES, "Popular Resistance", "SY", _OVERTAKES),
        (_REGAINS, None, "YE", _REGAINS),
        # other sub-events are not touched
        ("Armed clash", "Popular Resistance", "YE", "Armed clash"),
    ],
)
def test_events_territory_subtype_by_taker(sub: str, actor1: str | None, country: str, expected: str) -> None:
    assert territory_subtype(sub, actor1, country) == expected


def _loc(name: str, lat: float, lon: float, precision: int = 1) -> Location:
    return Location(text=name, name=name, country="AF", admin1=None, lat=lat, lon=lon, precision=precision)


def _cand(sub: str, start: int, loc: Location, tp: int) -> Candidate:
    return Candidate("Explosions/Remote violence", sub, "2015-07-22", tp, loc, False, None, None, 20, start,
                     start + 50, 0.8, False, False, ((start, start + 50),), (), sentences=((start, start + 50),))


_TOWN = _loc("Town", 36.0, 64.6)


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # the blast told again as a suicide bombing, at its place or none finer: a suicide bomb
        (_cand("Suicide bomb", 100, _TOWN, 2), ["Suicide bomb"]),
        (_cand("Suicide bomb", 100, _loc("Country", 34.0, 66.0, precision=4), 2), ["Suicide bomb"]),
        # a blast told again as a blast stays one
        (_cand(_IED, 100, _TOWN, 2), [_IED]),
    ],
)
def test_events_merge_blast_told_as_suicide_bombing(later: Candidate, expected: list[str]) -> None:
    merged = merge_candidates([_cand(_IED, 0, _TOWN, 1), later])
    assert [c.retyped or c.sub_event_type for c in merged] == expected


def test_events_merge_suicide_retype_leaves_later_merges_alone() -> None:
    # the re-type is put on the event after merging: a third telling dated on its own day is
    # weighed against the blast's type, as it was before the re-type existed (two events). The
    # tolls (10 and 30) keep it apart: an explosion and a suicide bombing of one town and day
    # with tolls within 10% are one blast told twice (merge._retold)
    merged = merge_candidates([replace(_cand(_IED, 0, _TOWN, 1), fatalities=10),
                               _cand("Suicide bomb", 100, _TOWN, 2),
                               replace(_cand("Suicide bomb", 200, _TOWN, 1), fatalities=30)])
    assert [(c.sub_event_type, c.retyped) for c in merged] == [(_IED, "Suicide bomb"), ("Suicide bomb", None)]


def test_events_merge_suicide_attack_elsewhere_leaves_the_blast() -> None:
    far = _cand("Suicide bomb", 100, _loc("Far town", 31.6, 65.7), 2)
    merged = merge_candidates([_cand(_IED, 0, _TOWN, 1), far])
    assert merged[0].retyped is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an armed attack on a police station is on the state's forces: a battle (ACLED),
        # whoever else its toll counts
        ("وشن مسلحون هجوما على قسم الشرطة في المدينة أمس ما أسفر عن مقتل مدنيين اثنين.", [("Battles", "Armed clash")]),
        ("وهاجم مسلحون مركز الشرطة في البلدة ليلا فقتلوا عاملا وامرأة.", [("Battles", "Armed clash")]),
        ("وهاجم مسلحون مجهولون مفوضية الشرطة في الحي فجرا وقتلوا مدنيا.", [("Battles", "Armed clash")]),
        # a house attacked is not; nor is a bomb at a police station a gun fight
        ("وهاجم مسلحون منزلا في القرية ليلا وقتلوا مدنيين اثنين.", [("Violence against civilians", "Attack")]),
        ("وانفجرت سيارة مفخخة أمام مركز الشرطة في المدينة فقتلت ثلاثة مدنيين.",
         [("Explosions/Remote violence", _IED)]),
    ],
)
def test_events_typing_attack_on_police_station(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _types(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "acts of violence" with killings and no crowd is no demonstration
        ("وقتل أحد عشر مدنيا وجرح آخرون في أعمال عنف متفرقة شهدتها المدينة أمس.",
         [("Violence against civilians", "Attack")]),
        # a demonstration that turned violent is a riot
        ("وتحولت المسيرة السلمية في المدينة إلى أعمال عنف مساء أمس.", [("Riots", "Violent demonstration")]),
    ],
)
def test_events_typing_acts_of_violence_riot_only_with_crowd(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _types(sentence) == expected
