"""An article that reports no recent incident (rasd.stages.events.genre): a headline about
something else and no event sentence anchored in a recent day make no event; a headline of
war, a recent day in any event sentence, or a present-tense act in the headline keep it.

Every article here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text, new_document
from rasd.stages.events.genre import (
    anchored,
    headline_names_incident,
    reports_no_recent_incident,
    war_density,
    war_terms,
)
from rasd.stages.events.lexicon import TermSet, words_of

PUBLISHED = "2015-08-05"

_TALK = ("وبحث الجانبان خلال اللقاء العلاقات الثنائية وسبل تطويرها في المجالات الاقتصادية والتجارية "
         "والثقافية، وتناولا كذلك ملفات المنطقة التي تهم البلدين في المرحلة المقبلة.\n\n"
         "وأكد الوزير حرص بلاده على تعزيز التعاون مع دول المجلس في مختلف المجالات، مشيدا بما تحقق "
         "من خطوات في مسيرة العمل المشترك خلال السنوات الماضية، ومتمنيا للسفراء التوفيق في مهامهم.\n\n")
_UNDATED = (_TALK + "وأعرب الوزير عن تقديره للدور الذي تقوم به دول المجلس في دعم الشرعية.\n\n"
            "وسيطرت قوات الجيش على مدينة زنجبار بعد معارك عنيفة.\n\n"
            "ومن المقرر أن يزور الوزير عددا من دول المنطقة الأسبوع المقبل لبحث ملفات التعاون الاقتصادي "
            "والاستثمار، وتوقيع اتفاقيات في مجالات النقل والطاقة والتعليم.")
_DATED = (_TALK + "وأعرب الوزير عن تقديره للدور الذي تقوم به دول المجلس.\n\n"
          "وسيطرت قوات الجيش أمس على مدينة زنجبار بعد معارك عنيفة.")

# (title, text, whether an event comes out)
ARTICLES = {
    "statement under a meeting headline": ("وزير الخارجية يستقبل سفراء دول المجلس في الرياض", _UNDATED, False),
    "same body under a war headline": ("المقاومة تستعيد مواقع جديدة في عدن", _UNDATED, True),
    "a recent day in an event sentence": ("وزير الخارجية يستقبل سفراء دول المجلس في الرياض", _DATED, True),
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_events_genre_article_with_no_recent_incident(name: str) -> None:
    title, text, expected = ARTICLES[name]
    doc = analyze_text(text, title=title, published=PUBLISHED)
    assert bool(doc.events) is expected, [(e.sub_event_type, e.date) for e in doc.events]


_INCIDENT = (TermSet(["مقتل", "غارات"]),)


@pytest.mark.parametrize(("title", "expected"), [
    ("وزير الخارجية يستقبل سفراء دول المجلس", False),
    ("ارتفاع أسعار التمور في أسواق القصيم", False),
    ("مقتل خمسة في غارات على ريف إدلب", True),  # a word of the incident list
    ("إسرائيل تعتقل مستوطنا متطرفا", True),  # a present-tense trigger, read as its past
    ("ثوار تعز يحاصرون جبل العروس", True),  # a word of war (headline.json)
    ("#عاجل", True),  # too short to judge
    (None, True),  # no headline
])
def test_events_genre_headline_names_incident(title: str | None, expected: bool) -> None:
    doc = new_document("نص الخبر.", title=title)
    assert headline_names_incident(doc, _INCIDENT) is expected


@pytest.mark.parametrize(("cue_sets", "expected"), [
    ([], True),
    ([{}, {"period": 1.0}], True),
    ([{}, {"recent": 1.0}], False),
    ([{"recent_time": 1.0, "aftermath": 1.0}], False),
])
def test_events_genre_reports_no_recent_incident(cue_sets: list[dict[str, float]], expected: bool) -> None:
    doc = new_document("نص الخبر.", title="وزير الخارجية يستقبل سفراء دول المجلس")
    assert reports_no_recent_incident(doc, cue_sets, _INCIDENT) is expected
    assert reports_no_recent_incident(new_document("نص الخبر.", title="مقتل خمسة في ريف إدلب"),
                                      cue_sets, _INCIDENT) is False


@pytest.mark.parametrize(("cues", "expected"), [({}, False), ({"recent": 1.0}, True), ({"old_time": 1.0}, False)])
def test_events_genre_anchored(cues: dict[str, float], expected: bool) -> None:
    assert anchored(cues) is expected


@pytest.mark.parametrize(("word", "expected"), [("المقاومة", True), ("للحوثيين", True), ("خسائر", True), ("التمور", False)])
def test_events_genre_war_terms(word: str, expected: bool) -> None:
    assert war_terms().any_in(words_of(word)) is expected


_ROUND_UP = ("وفي ديالى قتل مسلحون ثلاثة من الشرطة، وفي الأنبار قصف الجيش مواقع داعش وقتل عشرة مسلحين، "
             "فيما اشتباكات عنيفة دارت قرب حديثة وأصيب جنديان.")
_COLUMN = ("الاقتصاد يحتاج إلى رؤية واضحة وخطط طويلة، والناس ينتظرون الكثير من الوزارة الجديدة، "
           "ولعل أهم ما يمكن قوله إن الحوار بين القطاعين العام والخاص بدأ يؤتي ثماره في أكثر من مجال.")


@pytest.mark.parametrize(("text", "expected"), [(_COLUMN, True), (_ROUND_UP, False)])
def test_events_genre_round_up_under_a_quiet_headline(text: str, expected: bool) -> None:
    """A body dense in war words is a round-up of fighting, whatever its headline says."""
    doc = new_document(text, title="ثلاثة ملايين نازح تحت خط الفقر")
    war = (TermSet(["قتل*", "قصف", "اشتباكات", "مسلح*", "داعش", "أصيب"]),)
    assert reports_no_recent_incident(doc, [{}], _INCIDENT, words_of(text), war) is expected


def test_events_genre_war_density() -> None:
    terms = (TermSet(["قصف"]),)
    assert war_density(words_of("قصف الجيش القرية"), terms) == pytest.approx(100 / 3)
    assert war_density([], terms) == 0.0
