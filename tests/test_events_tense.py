"""How a clause tells its incident (rasd.stages.events.tense) and what event-ness makes of it:
an act told in the pluperfect with no recent day of its own (وكانت المدفعية قصفت ...) is
background; one told in the pluperfect with its own recent day (وكان ملثمون اقتحموا أمس ...) is
the day's news; an act named right after منذ (منذ سيطرة الكتيبة على الميناء) is a point in time,
not a report.

Every sentence and article here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.eventness import sentence_cues
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.tense import pluperfect, recalled

PUBLISHED = "2015-08-05"
TITLE = "المقاومة تتقدم في لحج"
LEAD = "قتل خمسة من مسلحي الحوثي أمس خلال اشتباك مع رجال القبائل قرب مديرية الحوطة بمحافظة لحج."
MIDDLE = "وقال مصدر في المقاومة إن المعارك ما زالت مستمرة."
TAIL = "وأضاف المصدر أن المقاومة تسعى لاستعادة المدينة."


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وكانت المدفعية الحكومية قصفت تلالا يتحصن فيها المتمردون شرقي البلدة.", True),
    ("وكان ملثمون قد اقتحموا أمس مزرعة على أطراف القرية وأحرقوا مخزنها.", True),
    ("يذكر أن قيادة اللواء كانت قد أعلنت مقتل ثلاثة حراس في كمين على طريق الوادي.", True),
    ("قصفت المدفعية الحكومية تلالا يتحصن فيها المتمردون شرقي البلدة.", False),
    # سكان (inhabitants) is no form of كان
    ("وروى سكان الحي أن الطائرات قصفت مستودعا للوقود قرب السوق.", False),
    # a plan, not a past
    ("وكان من المقرر أن تقتحم الوحدات الخاصة البلدة فجرا.", False),
    # the كان of a relative clause after the act
    ("أصيب شرطيان في هجوم على حاجز كان الأهالي قد نصبوه عند الجسر.", False),
    # a clause-break word between the auxiliary and the act
    ("وكان السوق مزدحما صباحا، فيما قصفت الطائرات قرية مجاورة.", False),
])
def test_tense_pluperfect_reads_the_first_act(sentence: str, expected: bool) -> None:
    words = words_of(sentence)
    assert pluperfect(words, 0, len(words)) is expected


@pytest.mark.parametrize(("sentence", "event_type", "expected"), [
    ("ومنذ سيطرة الكتيبة على المدينة، عادت قوارب الصيد إلى الميناء.", "Battles", True),
    ("وتغلق المحلات أبوابها باكرا منذ هجوم الشتاء على مخفر الحي.", "Battles", True),
    ("وانتظمت الرحلات منذ أن استعادت الوحدات السيطرة على المدرج.", "Battles", True),
    # a day after منذ, not an act: the shelling is told
    ("وقصفت الطائرات الحي منذ الاثنين فقتلت أربعة من سكانه.", "Explosions/Remote violence", False),
    ("قتل حارسان في هجوم على بوابة المعسكر ليلا.", "Battles", False),
    # the arrests are told; only the attack they follow is named as a point in time
    ("واعتقلت الشرطة تسعة مشتبهين منذ هجوم الشتاء.", "Strategic developments", False),
])
def test_tense_recalled_names_a_point_in_time(sentence: str, event_type: str, expected: bool) -> None:
    words = words_of(sentence)
    assert recalled(words, 0, len(words), event_type) is expected


def _article(sentence: str) -> str:
    return "\n\n".join([LEAD, MIDDLE, sentence, TAIL])


def _events_of(sentence: str) -> list[tuple[str, str]]:
    """The events the article read from ``sentence`` (the lead's own clash aside). (The cue is a
    weight, not a veto: in an article anchored in the last days throughout, with a conflict
    headline, an undated pluperfect act can still pass; this one's headline names no fighting.)"""
    text = _article(sentence)
    doc = analyze_text(text, title=TITLE, published=PUBLISHED)
    at = text.index(sentence)
    return [(e.event_type, e.sub_event_type) for e in doc.events if at <= e.evidence.start < at + len(sentence)]


@pytest.mark.parametrize("sentence", [
    "وكانت الطائرات دمرت في وقت سابق جسرا حجريا على الطريق الساحلي.",
    "وكان وجهاء العشيرتين وقعوا هدنة تنص على تسليم البنادق للجنة محايدة.",
    "وكانت الطائرات الحربية قصفت معسكرا للمتمردين في الجبل الغربي.",
    "وتغلق المحلات أبوابها باكرا منذ هجوم الشتاء على مخفر الحي.",
    "ومنذ سيطرة الكتيبة على المدينة، عادت قوارب الصيد إلى الميناء.",
])
def test_events_tense_background_makes_no_event(sentence: str) -> None:
    assert _events_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "وكانت الطائرات الحربية قصفت أمس معسكرا للمتمردين في مديرية الحوطة.",
    # "وكان ... قد" with a day of its own: not a background clause (detect.statement_clause)
    "وكانت الطائرات الحربية قد قصفت أمس معسكرا للمتمردين في مديرية الحوطة.",
])
def test_events_tense_pluperfect_with_its_own_day_is_news(sentence: str) -> None:
    assert ("Explosions/Remote violence", "Air/drone strike") in _events_of(sentence)


def test_events_tense_pluperfect_with_qad_and_no_day_is_background() -> None:
    assert _events_of("وكانت الطائرات الحربية قد قصفت معسكرا للمتمردين في الجبل الغربي.") == []


@pytest.mark.parametrize(("sentence", "cue"), [
    ("وكانت الطائرات الحربية قصفت معسكرا للمتمردين في الجبل الغربي.", True),
    ("وكانت الطائرات الحربية قصفت أمس معسكرا للمتمردين في الجبل الغربي.", False),
    ("قصفت الطائرات الحربية معسكرا للمتمردين في الجبل الغربي.", False),
])
def test_events_tense_pluperfect_cue_needs_no_recent_day(sentence: str, cue: bool) -> None:
    text = _article(sentence)
    doc = analyze_text(text, title=TITLE, published=PUBLISHED)
    at = text.index(sentence)
    assert ("pluperfect" in sentence_cues(doc, at, at + len(sentence))) is cue
