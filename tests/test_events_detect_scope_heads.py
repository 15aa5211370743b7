"""Two detection scopes, read from the sentence's own words.

A statement or background cue told before a conjunct opened by ``وهناك``/``وثمة`` ("and there
is") qualifies its own conjunct: the act the head introduces is reported on its own
(``اشتباكات تقع من حين لآخر ... وهناك معارك تدور الآن``). A cue after the head still blocks it.

Aircraft named with ``دك`` or ``أصاب`` beside them (``دكت طائرات التحالف معسكرا``,
``أصابت مقاتلات التحالف مستودعا``) carried out a strike, like the other ``air_acts`` verbs. Aircraft
named as support, transport or cover are still no strike.

Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.stages.events.detect import detect_sentence

_PUBLISHED = dt.date(2015, 8, 1)


def _types(sentence: str) -> set[tuple[str, str]]:
    """(event type, sub-event type) of each event the sentence reports."""
    return {(d.event_type, d.sub_event_type) for d in detect_sentence(sentence, published=_PUBLISHED)}


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # a background cue before وهناك does not reach the fighting told after it
        ("وقال القائد الميداني أمس إن اشتباكات متقطعة تقع من حين لآخر قرب الجسر وهناك معارك ضارية تدور "
         "الآن عند مدخل البلدة.", ("Battles", "Armed clash")),
        ("وأوضح المصدر أن القرى الحدودية تتعرض للقصف بشكل متكرر وثمة اشتباكات عنيفة اندلعت فجر اليوم "
         "في محيط المعبر.", ("Battles", "Armed clash")),
        # aircraft with دك or أصاب beside them
        ("دكت طائرات التحالف بقيادة السعودية فجر اليوم معسكرا للمتمردين شمال المدينة.",
         ("Explosions/Remote violence", "Air/drone strike")),
        ("وذكر سكان أن مقاتلات التحالف أصابت مخزنا للسلاح في أطراف البلدة مساء أمس.",
         ("Explosions/Remote violence", "Air/drone strike")),
    ],
)
def test_events_detect_scope_heads_reported(sentence: str, event: tuple[str, str]) -> None:
    assert event in _types(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the cue after the head, in the head's own conjunct: a forecast, background
        "وقال المسؤول إن الوضع في البلدة هادئ وهناك مخاوف من اندلاع اشتباكات جديدة.",
        "وأضاف أن المدينة تبدو هادئة وثمة اشتباكات تقع من حين لآخر في أطرافها.",
        # a background cue before the act with no head between them
        "وقال القائد إن اشتباكات متقطعة تقع من حين لآخر قرب الجسر ومعارك ضارية تدور عند مدخل البلدة.",
        # aircraft as support, transport or cover: no strike verb beside them
        "تقدمت القوات نحو البلدة بدعم من طائرات التحالف التي حلقت فوق المنطقة.",
        "ونقلت الطائرات العمودية الجرحى إلى المستشفى العسكري.",
    ],
)
def test_events_detect_scope_heads_guards(sentence: str) -> None:
    assert not {t for t in _types(sentence) if t[1] in ("Armed clash", "Air/drone strike")}, sentence
