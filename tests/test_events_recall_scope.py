"""A statement or background cue reaches only as far as its own scope: a forecast, a threat or a
call told after the act in a conjunct of its own (``ويخشى أن``, ``وتوعد``, ``وهناك مخاوف``) does not
make the act told before it a statement; a pluperfect whose recent day stands in a short insert
right after its clause (``...، أمس، ...``) is the day's news; a town that came under control
(``باتت تحت السيطرة``) was taken; the history of a place in a relative clause after it (``في مدينة
... التي تشهد منذ أشهر``) does not make the act background. The guards keep what must not change: a cue before the act, in
the act's own phrase or a denial after it still reaches it; a fire under control is no takeover.
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.stages.events.detect import detect_sentence

_PUBLISHED = dt.date(2015, 8, 1)


def _events(sentence: str) -> list[tuple[str, str]]:
    """(event type, sub-event type) of each event the sentence reports."""
    return [(d.event_type, d.sub_event_type) for d in detect_sentence(sentence, published=_PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # a forecast in a conjunct of its own after the act
        ("قال مسؤولون إن انفجارا عنيفا هز سوقا شعبية في البلدة صباح اليوم وهناك مخاوف من سقوط ضحايا.",
         "Explosions/Remote violence"),
        ("قتل ثلاثة جنود في هجوم على حاجز للجيش في مدينة العريش أمس ويخشى أن يرتفع عدد القتلى.", "Battles"),
        ("أصيب خمسة مدنيين بقصف مدفعي على حي سكني في المدينة مساء أمس وسط مخاوف من تصعيد جديد.",
         "Explosions/Remote violence"),
        # a threat in a conjunct of its own after the act
        ("قصفت الطائرات مواقع المسلحين شرق المدينة أمس وتوعد قائد الجماعة بالرد.",
         "Explosions/Remote violence"),
        # a background cue in a relative clause about the place of the act
        ("قتل سبعة مسلحين جراء غارة جوية على مواقعهم في حي الصناعة بمدينة دير الزور التي تشهد منذ أشهر معارك.",
         "Explosions/Remote violence"),
        # a pluperfect whose recent day stands in a short insert after its clause
        ("وكان ثلاثة من الحراس قد جرحوا خلال اقتحام مسلحين، أمس، مبنى البلدية في البلدة.", "Battles"),
        # a town that came under control
        ("وأكد قائد ميداني أن بلدة الحوطة باتت تحت السيطرة بعد انسحاب المسلحين منها ليل الثلاثاء.", "Battles"),
    ],
)
def test_events_recall_scope_act_before_a_later_conjunct(sentence: str, event_type: str) -> None:
    assert event_type in {e for e, _ in _events(sentence)}, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the cue before the act: a threat, a forecast, a call
        "هددت الجماعة بشن هجمات جديدة على المدينة.",
        "ويخشى السكان أن تشن الطائرات غارات على الأحياء الشرقية.",
        "ودعا الوزير إلى وقف القصف على المدينة فورا.",
        # the cue in the act's own phrase, no conjunct between them
        "وتحدث التقرير عن هجمات متكررة على القرى الحدودية.",
        "وقتل ثلاثة أشخاص في هجوم مماثل العام الماضي.",
        # a noun or a background adverb after the act, not a verb opening a conjunct
        "ويهدفون إلى تفجير قنبلة في وسط العاصمة والمتوقع أن يحضر الاحتفال آلاف.",
        # a relative right after the act tells the act's own history
        "وتحدث السكان عن الاشتباكات التي تشهدها المدينة منذ أشهر.",
        # a denial after the act denies it
        "قصفت الطائرات مواقع المسلحين في المدينة ونفى الجيش ذلك.",
        # a pluperfect with no recent day
        "وكانت قوات الجيش قد قصفت مواقع المسلحين في المنطقة.",
        # a fire or the situation under control
        "وأكد الدفاع المدني أن الحريق بات تحت السيطرة بعد ساعات.",
        "وقالت الشرطة إن الوضع تحت السيطرة في المدينة.",
        # an undated "came under control" may be a state, not a takeover
        "وقال مستشار عسكري إن القاعدة الجوية أضحت تحت السيطرة التامة وانتهى الحصار المفروض عليها.",
    ],
)
def test_events_recall_scope_statement_still_reaches(sentence: str) -> None:
    assert _events(sentence) == [], sentence
