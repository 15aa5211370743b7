"""A town read in a country the story names nowhere else (:mod:`rasd.stages.places.lone`): re-read
as its namesake in the story's country where the gazetteer has one near another town of the
story, else kept as a place but
marked ``lone_abroad`` (no event is set there). Left as read where the text qualifies the name,
where a demonym, another place of its country or the headline names that country, for a byline's
place and for a country's capital. Sentences written for these tests."""

from __future__ import annotations

import pytest

from places_helpers import found_places
from rasd.document import Document, Place

_YEMEN = "، فيما استمرت المعارك في عدن وتعز وصنعاء."


def test_places_lone_reread_as_namesake_at_home() -> None:
    # a district listed with Hawija's is not Riyadh, Saudi Arabia: Iraq's namesake near Hawija
    got = found_places("فتشت القوات العراقية قرى الحويجة والزاب والرياض والعباسي بيتا بيتا بحثا عن مسلحين.")
    assert (got["الرياض"].country, got["الرياض"].admin1, got["الرياض"].lone_abroad) == ("IQ", "Kirkuk", False)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # an area of a Yemeni story is not Rabat, Morocco, nor Yemen's namesake in far Shabwah
        ("قالت مصادر في عدن إن طائرات التحالف قصفت مستودعا للحوثيين في الرباط قرب المدخل الشمالي لعدن.", "الرباط", "MA"),
        # an area of Marib read as Iraq's al-Faw, with no namesake in Yemen
        ("استعادت المقاومة الشعبية في محافظة مأرب منطقة الفاو إثر معارك ضارية مع الحوثيين، فيما تواصل القتال في صنعاء وعدن.",
         "الفاو", "IQ"),
        # Bardo split as ب + اردو (Ordu, Turkey) in a Tunisian story
        ("قتل جندي تونسي ثلاثة من زملائه في ثكنة قريبة من متحف باردو أمس، بحسب مصدر أمني في العاصمة تونس.",
         "اردو", "TR"),
        # a town of a country no word of the story names
        ("تظاهر مئات الأكراد في مدينة روتردام أمس تنديدا بالغارات على مواقع حزب العمال في أنقرة وإسطنبول وديار بكر.",
         "روتردام", "NL"),
    ],
)
def test_places_lone_marked_without_namesake(text: str, surface: str, country: str) -> None:
    got = found_places(text)
    assert (got[surface].country, got[surface].lone_abroad) == (country, True)


@pytest.mark.parametrize(
    ("text", "surface", "options"),
    [
        ("وصل الوفد إلى الرباط المغربية للقاء المبعوث الأممي" + _YEMEN, "الرباط", {}),  # qualified
        ("قال مسؤول مغربي إن الوفد وصل إلى الرباط" + _YEMEN, "الرباط", {}),  # a demonym of its country
        ("وصل الوفد إلى الرباط قادما من الدار البيضاء" + _YEMEN, "الرباط", {}),  # another place of its country
        ("سبق- جازان: قصفت مليشيات الحوثي مواقع في صعدة وحجة وعمران.", "جازان", {}),  # a byline's place
        # a capital
        ("تظاهر مئات الأكراد في بروكسل أمس تنديدا بالغارات على مواقع حزب العمال في أنقرة وإسطنبول وديار بكر.",
         "بروكسل", {}),
        # the headline names its country
        ("تظاهر مئات الأكراد في مدينة روتردام أمس تنديدا بالغارات على مواقع حزب العمال في أنقرة وإسطنبول وديار بكر.",
         "روتردام", {"title": "الأكراد يتظاهرون في هولندا"}),
    ],
)
def test_places_lone_left_as_read(text: str, surface: str, options: dict[str, str]) -> None:
    got = found_places(text, **options)
    assert got[surface].country != "YE" and not got[surface].lone_abroad


def test_places_lone_abroad_round_trip() -> None:
    text = "تظاهر مئات في روتردام."
    doc = Document(id="d", text=text, places=(Place(14, 21, "Rotterdam", "NL", None, 51.9, 4.5, 2747891, 1, True),))
    data = doc.to_dict()
    assert data["places"][0]["lone_abroad"] is True
    assert Document.from_dict(data).places[0].lone_abroad
    plain = Document(id="d", text=text, places=(Place(14, 21, "Rotterdam", "NL", None, 51.9, 4.5, 2747891, 1),))
    assert "lone_abroad" not in plain.to_dict()["places"][0]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the country named only by a broken plural, with or without the article and a proclitic
        ("قصفت طائرات النظام مدينة حلب وريف إدلب وحماة، فيما اجتمع قادة المعارضة مع مسؤولين أتراك في إسطنبول.", "إسطنبول"),
        ("قصفت طائرات النظام مدينة حلب وريف إدلب وحماة، فيما اجتمع قادة المعارضة بالأتراك في إسطنبول.", "إسطنبول"),
        # by a nisba's plural or feminine, of a country outside countries.tsv
        ("قتل ثلاثة أشخاص في انفجار بمدينة تعز وعدن، وقال مسؤولون هولنديون إن المحادثات في روتردام ستستأنف.", "روتردام"),
        ("قتل ثلاثة أشخاص في انفجار بمدينة تعز وعدن، وقالت الحكومة الكندية إنها ستستضيف اللاجئين في تورنتو.", "تورنتو"),
    ],
)
def test_places_lone_demonym_forms_name_the_country(text: str, surface: str) -> None:
    assert not found_places(text)[surface].lone_abroad
