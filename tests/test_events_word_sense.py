"""An act word whose own nouns give it a sense that is no conflict (rasd.stages.events.word_sense,
table ``rasd/data/events/sense_heads.json``): an animal that attacks, an airline or a car that is
"stopped" or "raids", a crash that injures, rescue teams breaking in, a phone that explodes, a rocket
sent into orbit read in another sense; an armed actor in the trigger's clause, a noun that belongs to
another clause (a relative) or stands too far for its class, a confident reading and a toll keep the event.

The sentences are written for these tests."""

from __future__ import annotations

import pytest

from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate
from rasd.stages.events.word_sense import other_sense_heads, sense_table, told_in_other_sense

OTHER_SENSE = (
    ("هاجم دب بني متنزها في الغابة صباح أمس.", "animal"),
    ("هاجمت أسماك القرش سباحا قرب الشاطئ الشمالي.", "animal"),
    ("أوقفت شركة الطيران رحلاتها إلى العاصمة حتى إشعار آخر.", "vehicle"),
    ("داهمتهم سيارة مسرعة على جانب الطريق.", "vehicle"),
    ("أصيب رجل وزوجته إثر اصطدام سيارتهما بشاحنة على الطريق.", "accident"),
    ("جرى اقتحام الشقة من قبل فرق الإنقاذ لإخراج السكان.", "rescue"),
    ("انفجر هاتف محمول في يد طالب داخل الصف.", "device"),
    ("أطلقت الوكالة صاروخا يحمل قمرا صناعيا إلى مدار حول الأرض.", "space"),
)

CONFLICT = (
    "هاجم مسلحون دورية للشرطة في المدينة.",  # an armed actor in the clause
    "انفجرت سيارة مفخخة قرب السوق المركزي.",  # a car bomb: vehicles tell arrests only
    "اعتقلت السلطات خمسة من الذين هاجموا سيارة الإسعاف.",  # the car belongs to the relative clause
    "اعتقل قائدي السيارات على الطريق الدولي.",  # the cars only name whose drivers: too far for a vehicle
    "اقتحم مجهولون مقر شركة الاتصالات في المدينة.",  # a company's office stormed: a target, not a sense
    "قصفت الطائرات مواقع في المدينة.",
    "أصيب ثلاثة أشخاص في هجوم على حافلة في الطريق الساحلي.",
)


@pytest.mark.parametrize(("sentence", "sense"), OTHER_SENSE)
def test_a_trigger_whose_own_noun_is_of_a_class_reads_in_that_sense(sentence: str, sense: str) -> None:
    assert sense in {name for _term, name in other_sense_heads(words_of(sentence))}


@pytest.mark.parametrize("sentence", CONFLICT)
def test_a_trigger_of_violence_reads_in_no_other_sense(sentence: str) -> None:
    assert other_sense_heads(words_of(sentence)) == []


def _candidate(text: str, **changes: object) -> Candidate:
    fields: dict[str, object] = dict(
        event_type="Battles", sub_event_type="Armed clash", date="2015-08-05", time_precision=1,
        location=None, location_fallback=False, actor1=None, actor2=None, fatalities=None,
        start=0, end=len(text), score=0.2, weak=True, reference=False)
    fields.update(changes)
    return Candidate(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(("confidence", "fatalities", "dropped"), [
    (0.2, None, True),
    (0.2, 0, True),
    (0.9, None, False),  # confident: left alone
    (0.2, 2, False),  # dead counted: left alone
])
def test_a_weak_event_without_dead_is_dropped(confidence: float, fatalities: int | None, dropped: bool) -> None:
    text = OTHER_SENSE[0][0]
    words = words_of(text)
    cand = _candidate(text, fatalities=fatalities)
    assert told_in_other_sense(words, [(0, len(words))], cand, confidence) is dropped


def test_an_event_of_violence_is_kept() -> None:
    text = CONFLICT[0]
    words = words_of(text)
    assert not told_in_other_sense(words, [(0, len(words))], _candidate(text), 0.2)


def test_the_shipped_table() -> None:
    table = sense_table()
    assert 0 < table.max_confidence <= 0.5 and table.reach > 0 and table.armed
    classes = {name for heads in table.heads.values() for _p, name, _r in heads}
    assert {"animal", "vehicle", "accident", "sport", "market", "device", "space"} <= classes
    assert all(name != "vehicle" for _p, name, _r in table.heads.get("ied", ()))  # a car bomb stays a bomb
    assert all(r == 1 for _p, name, r in table.heads["arrest"] if name == "vehicle")
