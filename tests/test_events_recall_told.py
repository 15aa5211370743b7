"""Incidents the events stage used to lose: people seized (ضبط) by the security forces are an
arrest when they are members of a cell, a network or an armed group (a seizure of goods,
of violators or of a criminal suspect stays none); explosives told as seized in other words (ضبط هذه الكمية من المتفجرات) are no blast;
an incident an article tells only in reference sentences (the group is behind the attack that
targeted a town yesterday) keeps one event when it has a place and a day of its own; a bombing
in a market is no economy piece. Every sentence is written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.api import new_document
from rasd.document import Location
from rasd.stages.events.detect import detect_sentence
from rasd.stages.events.eventness import article_profile, irrealis
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate, merge_candidates


def _types(sentence: str) -> list[str]:
    return [d.sub_event_type for d in detect_sentence(sentence) if not d.reference]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # members of a cell, a network or an armed group seized are arrested
        ("وأعلنت وزارة الداخلية أمس كشف وضبط عناصر خلية إرهابية في العاصمة.", ["Arrests"]),
        ("وتمكنت الأجهزة الأمنية من ضبط 12 عنصرا من التنظيم خلال الأسبوع.", ["Arrests"]),
        ("وضبطت قوات الأمن شبكة تمول الجماعات المسلحة في شرق البلاد.", ["Arrests"]),
        # (goods, drugs, violators or a criminal suspect seized are no arrest ACLED codes)
        ("وتم ضبط المتهم بسرقة المحل بعد ساعات من البلاغ.", []),
        ("وضبطت الجمارك شحنة من الأدوية المهربة في الميناء.", []),
        ("وتم ضبط مئات المخالفات المرورية في حملة للشرطة.", []),
        # (self-restraint is no seizure)
        ("ودعا الوزير الأطراف كافة إلى ضبط النفس.", []),
    ],
)
def test_events_recall_told_people_seized(sentence: str, expected: list[str]) -> None:
    assert _types(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a seizure as the aim of a search (li- + ضبط) has not happened yet
        ("وتواصل الدوريات تمشيط المنطقة لضبط العناصر الفارة.", "لضبط", True),
        # (a seizure told as done is real)
        ("وتمكنت الدوريات من ضبط العناصر الفارة.", "ضبط", False),
    ],
)
def test_events_recall_told_seizure_as_aim(sentence: str, trigger: str, expected: bool) -> None:
    words = words_of(sentence)
    at = next(i for i, w in enumerate(words) if sentence[w.start:w.end] == trigger)
    assert irrealis(words, at, 0, len(words)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # explosives told as seized are no blast, however the seizure is phrased (weapons
        # seized are a disruption)
        ("وجاء ضبط هذه الكمية الكبيرة من البنادق والمتفجرات والأحزمة الناسفة قبل زيارة الوزير بأيام.", []),
        ("وأعلنت الشرطة ضبط أسلحة ومتفجرات في منزل مهجور قرب الحدود.", ["Disrupted weapons use"]),
        # (explosives set off are still a blast)
        ("وانفجرت سيارة مفخخة قرب مركز للشرطة مساء أمس.", ["Remote explosive/landmine/IED"]),
    ],
)
def test_events_recall_told_explosives_seized(sentence: str, expected: list[str]) -> None:
    assert _types(sentence) == expected


_TOWN = Location("البلدة", "Town", "XX", None, 36.0, 38.0, 1)


def _cand(reference: bool, *, date: str = "2015-07-20", precision: int = 1, fallback: bool = False,
          weak: bool = False, event_type: str = "Explosions/Remote violence",
          sub: str = "Suicide bomb", score: float = 0.6, start: int = 0) -> Candidate:
    return Candidate(event_type, sub, date, precision, _TOWN, fallback, None, None, 30,
                     start, start + 40, score, weak, reference)


def test_events_recall_told_reference_only_keeps_one() -> None:
    # every sentence refers to the bombing: the best of them stays, once
    best = _cand(True, score=0.7)
    merged = merge_candidates([replace(best, start=100, end=140, score=0.5), best])
    assert len(merged) == 1
    assert merged[0].sub_event_type == "Suicide bomb"


@pytest.mark.parametrize(
    "cand",
    [
        _cand(True, precision=2),  # no day of its own (the publication day)
        _cand(True, fallback=True),  # no place of its own
        _cand(True, weak=True, event_type="Violence against civilians", sub="Attack"),  # a death, an execution
        _cand(True, event_type="Strategic developments", sub="Arrests"),  # not violent
    ],
)
def test_events_recall_told_reference_only_needs_day_place_and_act(cand: Candidate) -> None:
    assert merge_candidates([cand]) == []


def test_events_recall_told_reference_joins_an_event_told() -> None:
    # with an event told in its own words the reference only adds to it
    told = _cand(False, score=0.8)
    merged = merge_candidates([told, _cand(True, start=200)])
    assert len(merged) == 1
    assert not merged[0].reference


def test_events_recall_told_market_bombing_is_no_economy_piece() -> None:
    # a market named as the site of a bombing three times does not make the piece about trade
    doc = new_document(
        "فجر انتحاري نفسه صباح اليوم الأحد في سوق شعبي مزدحم بمدينة باقوبة مما أدى إلى مقتل تسعة أشخاص. "
        "وقال شهود إن السوق كان يعج بالمتسوقين. وأغلقت الشرطة مداخل السوق ونقلت الجرحى إلى المستشفى.",
        title="انتحاري يقتل تسعة في سوق شعبي")
    assert article_profile(doc).genres["economy"] == 0.0
    # (prices, oil and exports still make one)
    trade = new_document(
        "ارتفعت أسعار النفط اليوم وبلغ سعر البرميل 60 دولارا. وزادت صادرات الشركة من النفط الخام. "
        "وقال محللون إن الأسعار قد تواصل الارتفاع مع تراجع الإنتاج.", title="أسعار النفط ترتفع")
    assert article_profile(trade).genres["economy"] > 0.0
