"""Two words detection misread (rasd.stages.events.acts.dawn_noun, cues.json): the unvowelled
فجر is the noun *dawn* where a time word follows it, a preposition or time noun stands before it
or it carries the article, and then names no bomb (no ``device`` cue); the verb فجّر keeps it.
Control (السيطرة) in a compound (``مركز القيادة والسيطرة``) or over a vehicle (``فقد السائق
السيطرة على المركبة``) is no territory taken, and a tyre that bursts is no bomb; a town taken and a
bomb that went off keep their events.

Every sentence here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.document import Document, Sentence
from rasd.stages.events.acts import dawn_noun
from rasd.stages.events.detect import detect_sentence
from rasd.stages.events.eventness import sentence_cues
from rasd.stages.events.lexicon import words_of

_PUBLISHED = dt.date(2016, 3, 10)


@pytest.mark.parametrize(("phrase", "index", "noun"), [
    ("فجر اليوم", 0, True),
    ("فجر الأحد الماضي", 0, True),
    ("فجر يوم الجمعة", 0, True),
    ("منذ فجر أمس", 1, True),
    ("قبيل فجر", 1, True),
    ("حتى ساعات فجر", 2, True),
    ("بالفجر", 0, True),
    # the verb: an agent or an object follows it
    ("فجر انتحاري نفسه", 0, False),
    ("وفجر مسلحون الجسر", 0, False),
    ("فجر المتشددون مبنى البلدية", 0, False),
])
def test_events_detect_dawn_noun_reading(phrase: str, index: int, noun: bool) -> None:
    assert dawn_noun(words_of(phrase), index) is noun


@pytest.mark.parametrize(("sentence", "device"), [
    # dawn is no bomb word
    ("انفجر خزان للوقود في محطة بالمنطقة الصناعية فجر اليوم ما أدى إلى إصابة عاملين.", False),
    ("وقع انفجار في منجم للفحم منذ فجر أمس وما زال عمال عالقين داخله.", False),
    # the verb is
    ("فجر مسلحون مجهولون مبنى المجلس المحلي في البلدة ليلة أمس.", True),
    ("وفجر انتحاري نفسه عند مدخل المسجد فجر اليوم.", True),
])
def test_events_detect_dawn_device_cue(sentence: str, device: bool) -> None:
    doc = Document(id="t", text=sentence, sentences=(Sentence(0, len(sentence)),))
    assert ("device" in sentence_cues(doc, 0, len(sentence))) is device


def _types(sentence: str) -> set[str]:
    return {d.sub_event_type for d in detect_sentence(sentence, published=_PUBLISHED)}


_TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}
_BOMB = "Remote explosive/landmine/IED"


@pytest.mark.parametrize("sentence", [
    "وزار الوزير مركز القيادة والسيطرة التابع للقوات البحرية في القاعدة أمس.",
    "وأوضح المتحدث أن السائق فقد السيطرة على المركبة فانحرفت عن الطريق وانقلبت قرب البلدة.",
    "وقال شهود إن سائق الشاحنة فقد السيطرة على شاحنته عند مدخل المدينة صباح اليوم.",
])
def test_events_detect_control_not_territory(sentence: str) -> None:
    assert not _types(sentence) & _TERRITORY, sentence


def test_events_detect_town_taken_keeps_territory() -> None:
    assert _types("سيطرت القوات الحكومية أمس على بلدة الحوطة بعد معارك مع المسلحين.") & _TERRITORY


@pytest.mark.parametrize(("sentence", "bomb"), [
    ("أصيب ثلاثة أشخاص صباح اليوم بعد أن انفجر الإطار الأمامي لسيارتهم على الطريق الدولي.", False),
    ("وقع الحادث إثر انفجار إطار الحافلة على طريق المطار مساء أمس.", False),
    ("انفجرت عبوة ناسفة على جانب الطريق لدى مرور دورية للشرطة صباح اليوم.", True),
])
def test_events_detect_tyre_burst_not_bomb(sentence: str, bomb: bool) -> None:
    assert (_BOMB in _types(sentence)) is bomb, sentence
