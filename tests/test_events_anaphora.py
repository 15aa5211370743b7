"""A later sentence that points back at the incident with a definite noun (الهجوم، الانفجار،
الاشتباكات) tells the violent event before it, whatever type its own words are read as; a
sentence that opens on another topic (من جهة أخرى) or names a town of its own far away does
not. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.api import analyze_text
from rasd.document import Location
from rasd.stages.events.merge import Candidate, merge_candidates


def _events(text: str, published: str = "2023-03-12") -> list[tuple[str, str | None]]:
    doc = analyze_text(text, published=published)
    return [(e.sub_event_type, e.location.text if e.location else None) for e in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        # a car bomb, then the toll of "the attack" told with its own day
        ("انفجار في الحلة\n\nالحلة - انفجرت سيارة مفخخة صباح الجمعة في سوق شعبي وسط مدينة الحلة. "
         "وقالت مصادر طبية يوم السبت إن تسعة أشخاص قتلوا جراء الهجوم الذي يعد الأعنف في المدينة "
         "خلال العام الجاري.\n"),
        # an ambush, then "the attack" told again the next day with the names of the dead
        ("كمين في العريش\n\nالعريش - انفجرت عبوة ناسفة أمس الأحد بمدرعة للشرطة في مدينة العريش. "
         "وأعلنت وزارة الداخلية اليوم أسماء ثلاثة مجندين قتلوا في الهجوم.\n"),
    ],
)
def test_events_anaphora_attack_told_again_is_one_event(text: str) -> None:
    assert len(_events(text, "2023-03-13")) == 1


def _loc(name: str, lat: float, lon: float, precision: int = 1) -> Location:
    return Location(text=name, name=name, country="IQ", admin1=None, lat=lat, lon=lon, precision=precision)


_HILLA = _loc("Hilla", 32.48, 44.42)
_BASRA = _loc("Basra", 30.5, 47.8)


def _cand(event: str, sub: str, start: int, loc: Location | None, *, anaphoric: bool = False,
          date: str = "2023-03-10", fallback: bool = False) -> Candidate:
    return Candidate(event, sub, date, 1, loc, fallback, None, None, None, start, start + 50, 0.8,
                     False, False, ((start, start + 50),), (), sentences=((start, start + 50),),
                     anaphoric=anaphoric)


_BOMB = _cand("Explosions/Remote violence", "Remote explosive/landmine/IED", 0, _HILLA)


@pytest.mark.parametrize(
    ("second", "events"),
    [
        # "killed in the attack", typed an attack on civilians, no place of its own: one event
        (_cand("Violence against civilians", "Attack", 100, _HILLA, anaphoric=True, fallback=True), 1),
        # the same words without the back-pointing noun: another type, two events
        (_cand("Violence against civilians", "Attack", 100, _HILLA, fallback=True), 2),
        # "the attack" in a town 400 km away: another incident
        (_cand("Violence against civilians", "Attack", 100, _BASRA, anaphoric=True), 2),
        # "the attack" three days later: another incident
        (_cand("Violence against civilians", "Attack", 100, _HILLA, anaphoric=True, date="2023-03-13"), 2),
        # "the demonstration" is not violent: it never folds into the bombing
        (_cand("Protests", "Peaceful protest", 100, _HILLA, anaphoric=True), 2),
    ],
)
def test_events_anaphora_merge(second: Candidate, events: int) -> None:
    assert len(merge_candidates([_BOMB, second])) == events


def test_events_anaphora_nearest_event_first() -> None:
    # two bombings told at one place; "the attack" after the second is the second's. The second is
    # told as another incident (هجوم انتحاري آخر): an explosion and a suicide bombing at one town on
    # one day with no word setting them apart are one blast told twice (merge._retold)
    second = replace(_cand("Explosions/Remote violence", "Suicide bomb", 60, _HILLA), distinct=True)
    back = _cand("Violence against civilians", "Attack", 120, _HILLA, anaphoric=True, fallback=True)
    out = merge_candidates([_BOMB, second, back])
    assert [c.sub_event_type for c in out] == ["Remote explosive/landmine/IED", "Suicide bomb"]
    assert out[1].sentences == ((60, 110), (120, 170))


def test_events_anaphora_other_topic_opens_a_new_event() -> None:
    text = ("قصف في الفلوجة\n\nالفلوجة - قصفت طائرات حربية أمس مواقع لمسلحين في مدينة الفلوجة. "
            "من جهة أخرى، قتل عشرة مسلحين في الاشتباكات الدائرة في محافظة الأنبار منذ يومين.\n")
    doc = analyze_text(text, published="2023-03-12")
    assert any(e.event_type == "Battles" for e in doc.events)


def test_events_anaphora_area_of_another_province_is_another_event() -> None:
    homs = Location(text="حمص", name="Homs", country="SY", admin1="Homs", lat=34.73, lon=36.71, precision=2)
    area = Location(text="الزبداني", name="Zabadani", country="SY", admin1="Rif Dimashq", lat=33.72, lon=36.1,
                    precision=3)
    first = _cand("Battles", "Armed clash", 0, homs)
    back = _cand("Battles", "Armed clash", 100, area, anaphoric=True)
    assert len(merge_candidates([first, back])) == 2


def test_events_anaphora_other_districts_stay_apart() -> None:
    # "amid the clashes going on in other districts": another incident, though told with the article
    first = _cand("Battles", "Armed clash", 0, _HILLA)
    back = _cand("Explosions/Remote violence", "Shelling/artillery/missile attack", 100, _HILLA, anaphoric=True,
                 fallback=True)
    assert len(merge_candidates([first, replace(back, distinct=True)])) == 2
    assert len(merge_candidates([first, back])) == 1
