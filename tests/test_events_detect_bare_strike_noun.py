"""The bare strike noun (``ضربة``, ``ضربات``, ``الضربات``) is an air strike only with structure
around it: an air force or a coalition's air campaign named in its sentence (``air_campaign`` in
``rasd/data/events/cues.json``), a verb of a strike landing or carried out within a few words
(``strike_landing``) and no word of the noun's other senses in its clause (``blow_senses``: a
painful or pre-emptive blow, heartbeats, sunstroke, a kick in football). Sentences written for
this test."""
from __future__ import annotations

import pytest

from rasd.stages.events.detect import any_trigger, detect_sentence
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.reportness import sentence_features

AIR = "Air/drone strike"


def _air_strikes(text: str) -> int:
    return sum(d.sub_event_type == AIR for d in detect_sentence(text, published=None))


@pytest.mark.parametrize("text", [
    # the strikes landed near named towns, told by the coalition's task force
    "وذكرت قوة المهام في بيانها أن الضربات التي نفذت في العراق أصابت مواقع للمسلحين بالقرب من بلدتي هيت والقائم.",
    # a count of strikes carried out, told by the coalition
    "وأعلن التحالف الدولي أنه نفذ 12 ضربة ضد مواقع التنظيم قرب الموصل يوم الثلاثاء.",
    # the strikes took place near towns
    "وقالت القيادة المشتركة إن الضربات الباقية جرت قرب بلدات سنجار وبيجي وتلعفر.",
])
def test_events_detect_bare_strike_noun_with_structure_is_an_air_strike(text: str) -> None:
    assert _air_strikes(text) >= 1


@pytest.mark.parametrize("text", [
    # a blow to a peace process, no air force
    "وشكل قرار الحكومة ضربة لمساعي السلام التي استهدفت إنهاء النزاع.",
    # a pre-emptive 'blow' by the security services, with aircraft named elsewhere in the sentence
    "وأشاد المسؤول بالضربات الاستباقية التي نفذتها الأجهزة الأمنية بينما كانت الطائرات تحلق فوق المدينة.",
    # air strikes named without any strike carried out (a call for more)
    "وطالب زعماء القبائل قوات التحالف بمزيد من الضربات على مواقع المتمردين.",
    # a painful blow, told of a coalition
    "وقال المحلل إن قوات التحالف وجهت ضربات موجعة أصابت المتمردين في الصميم.",
    # heartbeats and sunstroke
    "وقال الطبيب إن ضربات القلب عادت إلى طبيعتها بعد أن نقلته الطائرات إلى المستشفى.",
])
def test_events_detect_bare_strike_noun_other_senses_are_no_air_strike(text: str) -> None:
    assert _air_strikes(text) == 0


@pytest.mark.parametrize(("text", "opens"), [
    # the noun's other senses open no range (no other trigger word in these)
    ("ووجهت الشرطة ضربة قوية لشبكات التهريب.", False),
    ("وقال الطبيب إن ضربات القلب عادت طبيعية.", False),
    # with an air campaign and a strike carried out it does
    ("وأفاد بيان لقوات التحالف بأن خمس ضربات نفذت أمس شمال البلدة.", True),
])
def test_events_detect_bare_strike_noun_opens_a_range_only_with_structure(text: str, opens: bool) -> None:
    assert any_trigger(words_of(text)) is opens


def test_events_detect_bare_strike_noun_is_no_act_word_of_reportness() -> None:
    # the report-ness model was trained before the noun was a trigger: it is no act word there
    with_noun = sentence_features(words_of("وأفاد بيان لقوات التحالف بأن خمس ضربات نفذت أمس شمال البلدة."))
    without = sentence_features(words_of("وأفاد بيان لقوات التحالف بأن خمس جولات نفذت أمس شمال البلدة."))
    with_noun.pop("act_score"), without.pop("act_score")  # the sentence model's score reads the words
    assert with_noun == without
