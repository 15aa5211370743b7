"""Event-ness and accident words that name violence (rasd.stages.events.eventness): the bare
plural حوادث (and حادث) is an accident word, but in ``حوادث أمنية`` (security incidents),
``حادث إرهابي`` or ``حوادث إطلاق نار`` it names attacks; a headline or sentence with such a
phrase is not about a crash or a disaster and its incidents keep their event-ness. And a court
named as the site of an attack (أمام محكمة, rasd.stages.events.detect) makes no reference sentence.

Every sentence here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.api import analyze_text
from rasd.document import Document, Sentence
from rasd.stages.events.detect import detect_sentence
from rasd.stages.events.eventness import article_profile, sentence_cues

ROUNDUP_TITLE = "مقتل أربعة أشخاص في حوادث أمنية متفرقة شمال العراق"
ROUNDUP = (
    "الموصل 12 أغسطس 2015\n\n"
    "قتل أربعة أشخاص وأصيب تسعة آخرون في حوادث أمنية متفرقة شهدتها محافظة كركوك اليوم.\n\n"
    "وذكر مصدر في الشرطة أن شخصين قتلا وأصيب خمسة بانفجار عبوة ناسفة زرعت قرب سوق شعبي في قضاء الحويجة.\n\n"
    "وأضاف المصدر أن مسلحين مجهولين أطلقوا النار على موظف حكومي أمام منزله في ناحية الرياض، ما أدى إلى مقتله.\n\n"
    "انتهى"
)


def test_events_eventness_security_incidents_roundup_keeps_each_incident() -> None:
    doc = analyze_text(ROUNDUP, title=ROUNDUP_TITLE, published="2015-08-12")
    kinds = {(e.sub_event_type, e.location.name if e.location else None) for e in doc.events}
    assert ("Remote explosive/landmine/IED", "Al Ḩawījah") in kinds
    assert any(e.event_type == "Violence against civilians" for e in doc.events)


@pytest.mark.parametrize(("sentence", "accident"), [
    ("لقي سائق مصرعه في حادث سير على طريق الرياض أمس.", True),
    ("ارتفع عدد حوادث السير في المنطقة خلال الصيف.", True),
    ("قتل ثلاثة أشخاص في حوادث أمنية متفرقة في المدينة أمس.", False),
    ("أدان الوزير الحادث الإرهابي الذي استهدف المسجد أمس.", False),
    ("تكررت حوادث إطلاق النار في الحي خلال الأسبوع.", False),
    # a derailment, and a flood named with the article; the rail line alone is no accident
    ("خرجت عربات قطار الركاب عن القضبان قرب المحطة صباح أمس.", True),
    ("انقلب القطار بعد خروجه عن السكة فوق الجسر.", True),
    ("غمرت مياه الفيضانات القرى المجاورة للنهر أمس.", True),
    ("أقام الجيش حاجزا قرب سكة الحديد أمس.", False),
])
def test_events_eventness_security_accident_cue(sentence: str, accident: bool) -> None:
    doc = Document(id="t", text=sentence, sentences=(Sentence(0, len(sentence)),))
    assert ("accident" in sentence_cues(doc, 0, len(sentence))) is accident


@pytest.mark.parametrize(("title", "accident"), [
    ("مصرع خمسة أشخاص في حوادث مرورية متفرقة", True),
    ("مصرع خمسة أشخاص في حوادث أمنية متفرقة", False),
])
def test_events_eventness_security_headline_accident_genre(title: str, accident: bool) -> None:
    text = "أفاد مصدر أمني اليوم بمقتل خمسة أشخاص."
    plain = article_profile(Document(id="t", text=text, sentences=(Sentence(0, len(text)),)))
    doc = Document(id="t", text=text, title=title, sentences=(Sentence(0, len(text)),))
    assert (article_profile(doc).logit < plain.logit - 1.0) is accident


# a court as the site of an attack (أمام محكمة) is not a trial: the sentence reports the blast
COURT_SITE_TITLE = "إصابة شرطيين بانفجار في القاهرة"
COURT_SITE = (
    "ذكرت وزارة الداخلية في بيان أن شرطيين أصيبا اليوم الاثنين بانفجار عبوة ناسفة أمام محكمة بحي شبرا في القاهرة.\n\n"
    "وقتل جنديان أمس الأحد في هجوم استهدف دورية بمدينة رفح في شمال سيناء.\n\n"
    "وأصيب في الهجوم ثلاثة آخرون من أفراد الدورية."
)


def test_events_eventness_security_blast_outside_a_court_is_reported() -> None:
    doc = analyze_text(COURT_SITE, title=COURT_SITE_TITLE, published="2015-08-10")
    kinds = {(e.sub_event_type, e.location.name if e.location else None) for e in doc.events}
    assert ("Remote explosive/landmine/IED", "Cairo") in kinds
    assert len(doc.events) == 2


@pytest.mark.parametrize(("sentence", "reference"), [
    ("أصيب شرطيان في انفجار عبوة أمام محكمة المدينة اليوم.", False),
    ("انفجرت عبوة ناسفة بمحيط المحكمة صباح اليوم.", False),
    ("مثل المتهمون بتفجير السوق أمس أمام القاضي في المحكمة.", True),
])
def test_events_eventness_security_court_site_is_not_a_reference(sentence: str, reference: bool) -> None:
    dets = detect_sentence(sentence, 0, len(sentence), dt.date(2015, 8, 10))
    assert dets
    assert all(d.reference for d in dets) is reference


@pytest.mark.parametrize("sentence", [
    "مثل المتهم بتفجير السوق أمام المحكمة أمس.",
    "ألقت الشرطة القبض على منفذ التفجير أمس وسيعرض اليوم أمام محكمة الجنايات.",
])
def test_events_eventness_security_appearing_before_a_court_is_a_trial(sentence: str) -> None:
    dets = detect_sentence(sentence, 0, len(sentence), dt.date(2015, 8, 10))
    assert dets
    assert all(d.reference for d in dets)


# a derailment is an accident, not an attack; a bomb that derails a train stays a bombing
@pytest.mark.parametrize(("text", "kinds"), [
    ("انقلبت عربات قطار ركاب وخرجت عن القضبان صباح أمس قرب مدينة لكناو، ما أدى إلى مقتل 12 شخصا "
     "وإصابة 40 آخرين، بحسب ما أفادت الشرطة.", set()),
    ("فجر مسلحون عبوة ناسفة على خط السكك الحديدية قرب مدينة موش أمس، ما أدى إلى خروج قطار شحن عن "
     "السكة وإصابة سائقه، وفق ما أفادت وكالة الأنباء.", {"Remote explosive/landmine/IED"}),
])
def test_events_eventness_security_derailment(text: str, kinds: set[str]) -> None:
    doc = analyze_text(text, title="خبر", published="2015-08-05")
    assert {e.sub_event_type for e in doc.events} == kinds
