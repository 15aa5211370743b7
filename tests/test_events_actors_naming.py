"""Naming the sides where the name depends on more than the mention: a group's branch in the
event's province, a state named by a one-word surname only at home, a nationality adjective
that belongs to the group joined after a force, a country after a preposition of place, and a
government named as a speaker's office (issue 16). Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.doers import settled_sides
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate
from rasd.stages.events.naming import group_mentions, name_in_region, role_mentions

SINAI = "Islamic State - Sinai Province"


def _actors(text: str, published: str = "2015-07-25") -> list[tuple[str, str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("actor", "country", "admin1", "expected"),
    [
        ("Islamic State", "EG", "North Sinai", SINAI),
        ("Islamic State", "EG", "South Sinai", SINAI),
        ("Islamic State", "EG", "Cairo", "Islamic State"),  # the Nile valley: not the Sinai's branch
        ("Islamic State", "IQ", "Nineveh", "Islamic State"),
        ("Al Qaeda", "EG", "North Sinai", "Al Qaeda"),  # only the groups the table names
        (None, "EG", "North Sinai", None),
        ("Islamic State", "EG", None, "Islamic State"),
    ],
)
def test_events_actors_naming_branch_by_region(actor: str | None, country: str, admin1: str | None,
                                               expected: str | None) -> None:
    assert name_in_region(actor, country, admin1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event's settled place names the branch: North Sinai's Islamic State ...
        ("وقتل أمس جنديان في هجوم شنه مسلحو ولاية سيناء على حاجز للجيش قرب رفح بمحافظة شمال سيناء.",
         ("Armed clash", SINAI, "Military Forces of Egypt")),
        # ... not the Islamic State in Giza
        ("وانفجرت أمس عبوة ناسفة زرعها تنظيم الدولة الإسلامية بسيارة للشرطة في مدينة الجيزة.",
         ("Remote explosive/landmine/IED", "Islamic State", "Police Forces of Egypt")),
    ],
)
def test_events_actors_naming_branch_in_events(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _actors(text)


@pytest.mark.parametrize(
    ("text", "country", "absent"),
    [
        # a spokesman who shares a Lebanese president's surname is no Lebanese force in Iraq
        ("وقال المتحدث باسم مجلس المحافظة حكمة سليمان إن القوات الأمنية تقدمت", "IQ", "Military Forces of Lebanon"),
        # a Yemeni officer named like a Lebanese premier
        ("وقال العقيد علي شايف الحريري إن المعارك مستمرة", "YE", "Government of Lebanon"),
    ],
)
def test_events_actors_naming_surname_state_abroad(text: str, country: str, absent: str) -> None:
    words = words_of(text)
    assert absent not in [a.name for a in group_mentions(words, text=text, country=country)]


def test_events_actors_naming_surname_state_at_home() -> None:
    # at home the same one-word name still names its state (the knowledge base's reading)
    text = "وقال الحريري إن الحكومة ستجتمع"
    assert "Government of Lebanon" in [a.name for a in group_mentions(words_of(text), text=text, country="LB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adjective after a joined group is the group's, not the force's before it
        ("هاجمت قوات النظام وحزب الله اللبناني البلدة", None),
        # ... but a force's adjective after a joined force word is both's
        ("اشتبكت قوات الجيش والشرطة العراقية مع المسلحين", "IQ"),
        ("قصفت القوات التركية مواقع", "TR"),
    ],
)
def test_events_actors_naming_nationality_of_joined_party(text: str, expected: str | None) -> None:
    roles = role_mentions(words_of(text))
    assert roles[0].kind == "military" and roles[0].country == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces loyal to the Houthis "in Yemen" shelled: Yemen is where, not who
        ("وقالت منظمة حقوقية إن القوات الموالية لجماعة الحوثي في اليمن أطلقت أمس قذائف هاون على أحياء سكنية بمدينة عدن.",
         ("Shelling/artillery/missile attack", "Houthi Movement - Ansar Allah")),
        # a country as the subject still names its forces
        ("وشنت تركيا صباح أمس ضربات جوية استهدفت مقرات تنظيم الدولة الإسلامية شمالي سوريا.",
         ("Air/drone strike", "Military Forces of Turkey")),
    ],
)
def test_events_actors_naming_country_after_preposition(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(sub, a1) for sub, a1, _a2 in _actors(text)]


def test_events_actors_naming_government_as_speaker() -> None:
    # the premier's government reports who struck: it is no side of the bombing
    found = _actors("وأعلن رئيس الحكومة التركية أمس أن تنظيم الدولة الإسلامية يقف وراء التفجير الانتحاري"
                    " الذي استهدف أمس مدينة سروج وأوقع 30 قتيلا.")
    assert found and all(not (a or "").endswith("of Turkey") for _sub, a1, a2 in found for a in (a1, a2))
    assert any(a1 == "Islamic State" for _sub, a1, _a2 in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group of a member who speaks is no side of the killing he reports
        ("وقتلت قوات الاحتلال الإسرائيلي أمس شابا في بلدة بيت أمر قرب الخليل، وقال القيادي في حركة حماس إن الشاب كان أعزل.",
         ("Attack", "Military Forces of Israel", "Civilians (Palestine)")),
        # ... but a leader of a group killed names the group struck (no one speaks)
        ("وقتل أمس القيادي في تنظيم داعش أبو محمد في غارة جوية لطيران التحالف قرب الموصل.",
         ("Air/drone strike", "Global Coalition Against Daesh", "Islamic State")),
    ],
)
def test_events_actors_naming_member_speaking(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in _actors(text)



@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "actor2", "expected"),
    [
        # civilians are never a side of a battle: a merged toll of "people" does not make them one
        ("Battles", "Armed clash", "Civilians (Turkey)", None),
        ("Battles", "Armed clash", "PKK: Kurdistan Workers Party", "PKK: Kurdistan Workers Party"),
        # ... but they are the victims of an attack
        ("Violence against civilians", "Attack", "Civilians (Turkey)", "Civilians (Turkey)"),
    ],
)
def test_events_actors_naming_no_civilians_in_battle(event_type: str, sub_event_type: str, actor2: str,
                                                    expected: str | None) -> None:
    c = Candidate(event_type, sub_event_type, "2015-07-25", 1, None, True, "Police Forces of Turkey", actor2,
                  None, 0, 10, 0.9, False, False)
    assert settled_sides(c, "TR").actor2 == expected
