"""A clash whose one side is a crowd (youths, protesters, residents, students) and whose
other is a state's police or army is a violent demonstration, not a battle
(rasd.stages.events.crowd_clash); a clash that names an armed side, an armed clash word, or
a crowd only as the victims told before it stays a battle. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text


def _types(sentence: str) -> list[tuple[str, str]]:
    doc = analyze_text("خبر\n\n" + sentence + "\n", published="2015-08-07")
    return [(e.event_type, e.sub_event_type) for e in doc.events]


_RIOT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    "sentence",
    [
        "اندلعت مواجهات أمس بين الشبان وقوات الشرطة قرب مدخل مدينة الخليل.",
        "اشتبك متظاهرون مع قوات الأمن أمس في وسط مدينة الإسكندرية.",
        "اقتحمت قوات الجيش حرم الجامعة في مدينة الموصل صباح أمس، واشتبكت مع عدد من الطلاب.",
        "جرت صدامات مساء أمس بين الأهالي والشرطة في حي الكرادة ببغداد.",
    ],
)
def test_crowd_clash_against_forces_is_a_riot(sentence: str) -> None:
    assert _types(sentence) == [_RIOT]


@pytest.mark.parametrize(
    "sentence",
    [
        # an armed side, a named armed group, an armed clash word
        "اندلعت اشتباكات أمس بين قوات الأمن ومسلحين في مدينة العريش.",
        "اشتبكت قوات الجيش أمس مع عناصر من تنظيم داعش قرب مدينة بيجي.",
        "اندلعت مواجهات مسلحة أمس بين الأهالي وقوات الأمن في مدينة العريش.",
        # the crowd as the victims told before the clash, not as its side
        "قتل خمسة مواطنين أمس خلال اشتباكات للجيش في مدينة بيجي.",
        # no state force on the other side
        "اندلعت مواجهات أمس بين الشبان في مدينة الخليل.",
    ],
)
def test_crowd_clash_keeps_battles_and_others(sentence: str) -> None:
    assert _RIOT not in _types(sentence)


def test_crowd_clash_keeps_the_toll() -> None:
    doc = analyze_text("خبر\n\nقتل شاب برصاص الشرطة أمس خلال صدامات بين الأهالي وقوات الأمن في مدينة الإسكندرية.\n",
                       published="2015-08-07")
    riots = [e for e in doc.events if (e.event_type, e.sub_event_type) == _RIOT]
    assert [e.fatalities for e in riots] == [1]
