"""A takeover told only as the aim of a fight, or as done before the sentence's act, is no
takeover: where the sentence tells the fighting, the event is labelled an Armed clash (ACLED codes
a takeover where the text says control passed). A takeover word told as done anywhere in the
sentence, a fight fought only by remote means, or an aim told with no fight keep the takeover;
and a merged sentence that tells control passed gives the fight back its takeover sub-event.
Every sentence is written for these tests; candidates are built for the merge rows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.api import analyze_text
from rasd.document import Location
from rasd.stages.events.aims import aimed, aims_only
from rasd.stages.events.detect import detect_sentence
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate, merge_candidates

_REGAINS = "Government regains territory"
_OVERTAKES = "Non-state actor overtakes territory"
_CLASH = "Armed clash"


def _aimed_at(sentence: str, word: str) -> bool:
    words = words_of(sentence)
    at = next(i for i, w in enumerate(words) if sentence[w.start:w.end] == word)
    return aimed(words, at)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("شنت القوات هجوما واسعا لاستعادة المطار القديم.", "لاستعادة", True),
        ("خاضت الفصائل معارك طويلة للسيطرة على التلة.", "للسيطرة", True),
        ("تواصل القتال من أجل السيطرة على المعبر.", "السيطرة", True),
        ("قال الضابط إن وحدته سبق لها استعادة الحي الغربي.", "استعادة", True),
        ("وتقدمت الكتيبة في محاولة لتحرير القرية.", "لتحرير", True),
        ("استعادت القوات المطار القديم بعد ظهر أمس.", "استعادت", False),
        ("وتقع البلدة الخاضعة لسيطرة المسلحين قرب النهر.", "لسيطرة", False),
    ],
)
def test_a_takeover_word_is_aimed_when_told_as_a_purpose_or_a_past_act(sentence: str, word: str,
                                                                         expected: bool) -> None:
    assert _aimed_at(sentence, word) is expected


def _takeover_readings(sentence: str) -> list[tuple[str, bool]]:
    return [(d.sub_event_type, d.aimed) for d in detect_sentence(sentence)
            if d.sub_event_type in (_REGAINS, _OVERTAKES) and not d.reference]


@pytest.mark.parametrize(
    "sentence",
    [
        # an operation to retake a place (the control it is taken from names no takeover), and the fighting
        "وبدأت وحدات الجيش صباح أمس عملية لاستعادة معسكر الحرس من سيطرة المسلحين، واندلعت اشتباكات عند بوابته.",
        # fighting whose aim is told with من أجل
        "ودارت معارك عنيفة أمس بين الفصيلين من أجل السيطرة على بلدتين في سهل الغاب.",
        # artillery fire, then clashes to take the villages: a battle fought with artillery
        "وقصف المقاتلون مواقع الجيش بالمدفعية قرب ثلاث قرى، ثم دارت اشتباكات في محاولة للسيطرة عليها.",
        # a place taken before, and the fighting now
        "وقال القائد إن قواته سبق لها استعادة الحي الشمالي، وإن اشتباكات تدور الآن عند أطراف السوق.",
    ],
)
def test_a_fight_for_a_place_is_read_as_an_aimed_takeover(sentence: str) -> None:
    readings = _takeover_readings(sentence)
    assert readings and all(aimed for _sub, aimed in readings)


@pytest.mark.parametrize(
    "sentence",
    [
        # control said to pass
        "وسيطرت قوات الجيش أمس على بلدة صغيرة بعد اشتباكات عنيفة مع المسلحين.",
        # an aim, and a takeover told done in the same sentence
        "وخاضت القوات معارك لاستعادة الأحياء الشرقية بعد يوم من استعادتها المطار.",
        # an aim beside an air strike: left as read
        "وشنت الطائرات غارات على البلدة وخاضت القوات اشتباكات من أجل السيطرة عليها.",
        # an aim told with no fight, or with a generic attack word only
        "وزحفت وحدات الجيش صباح أمس باتجاه البلدة لاستعادتها من المسلحين.",
        "وأطلقت القوات أمس هجوما لاستعادة البلدة من المسلحين.",
    ],
)
def test_a_takeover_told_done_or_an_aim_without_a_fight_is_left_as_read(sentence: str) -> None:
    readings = _takeover_readings(sentence)
    assert readings and not any(aimed for _sub, aimed in readings)


def test_the_control_a_place_is_taken_from_is_no_takeover_of_its_own() -> None:
    sentence = "وبدأت القوات هجوما لاستعادة المعسكر من سيطرة المسلحين واشتبكت معهم."
    words = words_of(sentence)

    class _Hit:
        def __init__(self, word: str) -> None:
            self.family = "territory"
            self.first = next(i for i, w in enumerate(words) if sentence[w.start:w.end] == word)

    assert aims_only(words, [_Hit("لاستعادة"), _Hit("سيطرة")])
    assert not aims_only(words, [_Hit("سيطرة")])


_TOWN = Location(text="Town A", name="Town A", country="YE", admin1=None, lat=13.58, lon=44.02, precision=1)


def _cand(sub: str, start: int, *, retyped: str | None = None, aimed_as: str | None = None) -> Candidate:
    end = start + 40
    return Candidate("Battles", sub, "2015-08-05", 1, _TOWN, False, "Popular Resistance",
                     "Houthi Movement - Ansar Allah", None, start, end, 0.7, False, False, ((start, end),),
                     sentences=((start, end),), retyped=retyped, aimed=aimed_as)


# "the resistance fought for the district": a takeover read only as the fight's aim
_AIM = _cand(_OVERTAKES, 0, retyped=_CLASH, aimed_as=_REGAINS)


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # "residents said the resistance took the district": control passed, the takeover
        (_cand(_OVERTAKES, 100, retyped=_REGAINS), _REGAINS),
        # "and the clashes went on" (no day of its own): still a fight
        (replace(_cand(_CLASH, 100), time_precision=2), _CLASH),
        # another aim told of the place: still a fight
        (replace(_AIM, start=100, end=140, spans=((100, 140),), sentences=((100, 140),)), _CLASH),
    ],
)
def test_a_merged_sentence_that_tells_control_passed_makes_the_fight_a_takeover(later: Candidate,
                                                                                expected: str) -> None:
    merged = merge_candidates([_AIM, later])
    assert len(merged) == 1
    assert (merged[0].retyped or merged[0].sub_event_type) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an operation to retake the city, and the fighting at its edge: the fight
        ("قال ضابط يوم الثلاثاء إن كتيبتين من الجيش تحركتا فجرا لاستعادة حي الضباط في الرمادي من سيطرة "
         "المسلحين، واندلعت اشتباكات عنيفة قرب بوابته الشرقية.", [_CLASH]),
        # the fight for the city, and the next sentence tells it retaken: the takeover
        ("قال ضابط يوم الثلاثاء إن كتيبتين من الجيش خاضتا اشتباكات طويلة من أجل السيطرة على حي الضباط في الرمادي. "
         "وأضاف الضابط أن الكتيبتين استعادتا الحي كله مساء الثلاثاء.", [_REGAINS]),
    ],
)
def test_an_article_labels_the_fight_by_whether_control_is_told_passed(text: str, expected: list[str]) -> None:
    doc = analyze_text("خبر\n\n" + text + "\n")
    assert [e.sub_event_type for e in doc.events] == expected
