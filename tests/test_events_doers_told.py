"""An event whose report names no doer takes the one the article tells for the same act, or
ACLED's doer of such an act left unnamed (an arrest: the state's police; an air strike in a
country where one state alone flies against such targets); where neither holds it stays
unnamed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.doers import unnamed_doer


@pytest.mark.parametrize(
    ("sub_event_type", "actor2", "country", "expected"),
    [
        ("Arrests", None, "TR", "Police Forces of Turkey"),
        ("Arrests", None, "US", "Police Forces of the United States"),
        ("Arrests", "Civilians (Palestine)", "PS", "Military Forces of Israel"),  # the occupier's forces
        ("Arrests", None, "YE", None),  # several authorities arrest in Yemen's war
        ("Arrests", None, None, None),
        ("Air/drone strike", "Opposition Rebels (Syria)", "SY", "Military Forces of Syria"),
        ("Air/drone strike", None, "SY", "Military Forces of Syria"),
        ("Air/drone strike", "Islamic State", "SY", None),  # the coalition strikes it there too
        ("Air/drone strike", None, "IQ", None),
        ("Arrests", "Military Forces of Egypt", "EG", "Military Forces of Egypt"),  # the forces read as target
        ("Arrests", "Military Forces of Syria", "TR", "Police Forces of Turkey"),  # another state's are not
        ("Armed clash", None, "SY", None),  # no table for a battle
    ],
)
def test_events_doers_told_unnamed_doer_table(sub_event_type: str, actor2: str | None, country: str | None,
                                              expected: str | None) -> None:
    assert unnamed_doer(sub_event_type, actor2, country) == expected


def _doers(text: str, published: str = "2023-03-15") -> list[tuple[str, str | None]]:
    doc = analyze_text(text, published=published)
    return sorted((e.sub_event_type, e.actor1) for e in doc.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrest told with no subject: the state's police
        ("توقيفات\n\nأنقرة - اعتقل ستة أشخاص أمس في مدينة غازي عنتاب للاشتباه بانتمائهم إلى خلية متشددة.\n",
         ("Arrests", "Police Forces of Turkey")),
        # an air strike on the rebels in Syria whose flier is not named: the regime's (in 2015,
        # before Russia flew there: the date is set for this row below)
        ("غارات\n\nحلب - قتل أربعة مقاتلين من فصائل المعارضة أمس في قصف جوي على بلدة عندان بريف حلب.\n",
         ("Air/drone strike", "Military Forces of Syria")),
    ],
)
def test_events_doers_told_unnamed_act(text: str, expected: tuple[str, str]) -> None:
    assert expected in _doers(text, "2015-07-28" if "حلب" in text else "2023-03-15")


def test_events_doers_told_the_articles_own_flier() -> None:
    # the strikes' second report names no flier: the first report's coalition flew them
    got = _doers("غارات\n\nالرقة - شن طيران التحالف الدولي أمس غارات على مواقع تنظيم داعش في مدينة الرقة. "
                 "وقالت مصادر محلية إن غارات أخرى استهدفت مقرات للتنظيم في مدينة دير الزور.\n")
    strikes = [a for s, a in got if s == "Air/drone strike"]
    assert strikes and all(a == "Global Coalition Against Daesh" for a in strikes)


def test_events_doers_told_left_unnamed_in_yemen() -> None:
    # an arrest by unidentified gunmen in Yemen's war is not given to any one authority
    got = _doers("اعتقالات\n\nالحديدة - اعتقل مسلحون مجهولون ثلاثة ناشطين أمس في مدينة الحديدة.\n")
    assert all(a != "Police Forces of Yemen" for _, a in got)


def test_events_doers_told_no_default_where_the_coalition_is_named() -> None:
    # an article that names the coalition: Syria's unnamed strikes are not given to the regime
    assert unnamed_doer("Air/drone strike", None, "SY", "وقال بيان التحالف إن طائراته نفذت غارات") is None
    assert unnamed_doer("Air/drone strike", None, "SY", "قصفت المروحيات بلدة في ريف حماة") == "Military Forces of Syria"


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال المتحدث باسم التحالف إن الغارات أصابت أهدافها", None),
    ("ونسبت المصادر الغارات للتحالف الدولي", None),
    ("وأكد بيان صادر عن قيادة والتحالف أن طائراته قصفت مواقع", None),
    ("قصفت الطائرات بلدة في ريف إدلب", "Military Forces of Syria"),
    ("وتحالفت الفصائل في ريف إدلب بعد القصف", "Military Forces of Syria"),
])
def test_events_doers_told_coalition_named_with_a_proclitic(text: str, expected: str | None) -> None:
    # the article names the coalition with a proclitic (للتحالف, والتحالف): still no regime default
    assert unnamed_doer("Air/drone strike", None, "SY", text) == expected


@pytest.mark.parametrize(("date", "expected"), [
    ("2015-07-28", "Military Forces of Syria"),
    ("2015-09-29", "Military Forces of Syria"),
    ("2015-09-30", None),   # Russia's strikes began: one state no longer flies alone there
    ("2016-02-01", None),
    (None, "Military Forces of Syria"),  # an undated event is taken to fall within the rule
])
def test_events_doers_told_regime_default_ends_when_russia_flies(date: str | None, expected: str | None) -> None:
    assert unnamed_doer("Air/drone strike", None, "SY", "قصفت الطائرات بلدة في ريف حماة", date) == expected
