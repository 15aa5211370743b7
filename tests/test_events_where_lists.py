"""One event per place a clause lists as struck, where the list goes on past a joining
phrase (``إضافة إلى``, ``فضلا عن``, ``، وفي``), a province that only locates its town, or an
adjective of the first item; a list never runs into the next incident of the sentence.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text


def _events(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_text(text, published="2023-03-15")
    return sorted((e.sub_event_type, e.location.name if e.location else None) for e in doc.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joining phrase after a province that locates the first town
        ("أبين\n\nعدن - استعادت المقاومة الشعبية أمس مدينة زنجبار مركز محافظة أبين، إضافة إلى مدينة "
         "شقرة الساحلية، بعد معارك مع الحوثيين.\n",
         [("Government regains territory", "Shuqrah, Abyan"),
          ("Government regains territory", "Zinjibār")]),
        # an adjective of the first item, then "، وفي", then "فضلا عن"
        ("غارات\n\nعدن - كثفت طائرات التحالف أمس غاراتها على مواقع الحوثيين في قاعدة العند الجوية، وفي "
         "مدينة الحوطة، فضلا عن مدينة تعز.\n",
         [("Air/drone strike", "Al-Anad Air Base"), ("Air/drone strike", "Laḩij"), ("Air/drone strike", "Taiz")]),
        # "فضلا عن" between two towns of one shelling
        ("قصف\n\nإدلب - قصفت قوات النظام أمس بالمدفعية بلدة كفرنبل، فضلا عن مدينة سراقب في ريف إدلب.\n",
         [("Shelling/artillery/missile attack", "Kafranbel"), ("Shelling/artillery/missile attack", "Saraqib")]),
    ],
)
def test_events_where_lists_go_on_past_joins(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "، وفي <town>" opening an incident of its own: the first list does not take that town
        ("حلب\n\nحلب - قصفت الطائرات الحربية أمس مدينة الباب، وفي مدينة منبج اعتقل التنظيم عشرة شبان.\n",
         [("Air/drone strike", "Al Bāb"), ("Arrests", "Manbij")]),
        # a town followed by what it is, then another clause: one town only
        ("عدن\n\nعدن - قصف الحوثيون أمس مدينة التواهي الساحلية، والمجمع الحكومي فيها خال من الموظفين.\n",
         [("Shelling/artillery/missile attack", "At Tawāhī")]),
    ],
)
def test_events_where_lists_stop_at_another_incident(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected



def test_events_where_lists_not_the_speakers_places() -> None:
    # the towns the sources speak from are not a list of places struck: one event, not two
    got = _events("غارات\n\nعدن - أفاد مسؤولون محليون في لحج والضالع بأن طيران التحالف شن أمس غارات على "
                  "مواقع الحوثيين.\n")
    assert len(got) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # towns and provinces joined by "و": one strike event per item, the provinces included
        ("صعدة\n\nصنعاء - استهدفت طائرات التحالف مساء الثلاثاء مخازن أسلحة تابعة للحوثيين في ذمار وعمران "
         "وحجة ومأرب.\n",
         ["Amran", "Dhamār", "Hajjah", "Ma'rib"]),
        # a province first, then a town after "ومدينة"
        ("قصف\n\nعدن - قصفت الميليشيات الانقلابية أمس بالصواريخ محافظة الضالع ومدينة عدن.\n",
         ["Ad Dali", "Aden"]),
        # a province listed with a town of its own is that town's area: one event
        ("غارات\n\nعدن - نفذت مقاتلات التحالف أمس غارات على تجمعات الحوثيين في مدينة زنجبار وأبين.\n",
         ["Zinjibār"]),
    ],
)
def test_events_where_lists_mix_towns_and_provinces(text: str, expected: list[str]) -> None:
    assert [name for _, name in _events(text)] == expected


def test_events_where_lists_battles_keep_towns_and_provinces_apart() -> None:
    # fighting told "in a town and a province" sums up the fronts: the town's event only
    got = _events("معارك\n\nعدن - تواصلت أمس المعارك العنيفة بين المقاومة الشعبية والحوثيين في مدينة تعز "
                  "ومحافظة أبين.\n")
    assert got == [("Armed clash", "Taiz")]


def test_events_where_lists_towns_of_two_countries() -> None:
    # a protest told in towns of two countries: one event per town, its protesters named for
    # the town's country
    doc = analyze_text("احتجاجات\n\nلندن - تظاهر آلاف المحتجين أمس في باريس وبروكسل ضد الحرب.\n",
                       published="2023-03-15")
    got = sorted((e.location.name, e.location.country, e.actor1) for e in doc.events if e.location)
    assert got == [("Brussels", "BE", "Protesters (Belgium)"), ("Paris", "FR", "Protesters (France)")]
