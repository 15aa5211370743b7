"""Event-ness of accidents (rasd.stages.events.eventness): a fire's words (``mishap``) are
accident words where nothing in the sentence names an attacker, an attack or a weapon
(``assailant``); a sentence with an accident cue that names none makes no event of any type
(a fire brought under control is no territory taken, a crash's dead are no attack's victims);
and an article that names an accident, whose only candidates are deaths or injuries with no
act of their own, makes no event (the accident's toll). A fire set by attackers, or started by
shells, stays the attack's.

Every sentence and article here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Document, Sentence
from rasd.stages.events.eventness import sentence_cues


@pytest.mark.parametrize(("sentence", "accident"), [
    # a fire with no one behind it
    ("تمكنت فرق الإطفاء مساء أمس من إخماد حريق في مخزن للأقمشة بالحي الصناعي.", True),
    ("نشب حريق في شقة بالطابق الثالث من عمارة سكنية فجر اليوم دون إصابات.", True),
    # the vehicle accidents the list lacked
    ("توفي سائق وأصيب مرافقه في حادث انقلاب على الطريق الساحلي أمس.", True),
    ("أصيب ستة أشخاص في حادث تصادم بين شاحنة وسيارة صغيرة صباح اليوم.", True),
    # a fire that is the attack's: set by attackers, or started by shells
    ("أضرم مسلحون ملثمون النار في منزل أحد القضاة فاندلع حريق أتى على الطابق الأول.", False),
    ("تسببت قذائف الهاون التي أطلقها المتمردون باشتعال حرائق في السوق القديم أمس.", False),
    ("اندلعت حرائق في المستودع إثر غارة جوية استهدفته ليلة أمس.", False),
    # a clash, not a collision: تصادم alone names no accident
    ("وقع تصادم بين عناصر الفصيلين عند حاجز على مدخل البلدة أمس.", False),
])
def test_events_eventness_mishap_accident_cue(sentence: str, accident: bool) -> None:
    doc = Document(id="t", text=sentence, sentences=(Sentence(0, len(sentence)),))
    assert ("accident" in sentence_cues(doc, 0, len(sentence))) is accident


ACCIDENTS = {
    "fire brought under control": (
        "فرق الدفاع المدني تسيطر على حريق في مستودع أخشاب",
        "سيطرت فرق الدفاع المدني مساء أمس على حريق شب في مستودع للأخشاب بالمنطقة الصناعية جنوب المدينة.\n\n"
        "وأوضح المتحدث باسم الدفاع المدني أن ست فرق باشرت البلاغ فور وروده، وعملت على محاصرة النيران "
        "ومنع امتدادها إلى المحلات المجاورة، دون تسجيل أي إصابات.\n\n"
        "وأضاف أن لجنة فنية تعمل على تحديد أسباب الحريق.",
    ),
    "car overturned": (
        "وفاة شابين وإصابة ثالث في حادث انقلاب على طريق الجنوب",
        "توفي شابان وجرح ثالث جروحا خطيرة مساء أمس الخميس في حادث انقلاب لمركبتهما على طريق الجنوب "
        "السريع.\n\n"
        "وذكر المتحدث باسم الهلال الأحمر أن فرق الإسعاف نقلت المصاب إلى المستشفى العام، فيما نقلت جثتا "
        "المتوفيين إلى ثلاجة الموتى.\n\n"
        "ورجح أن يكون السائق فقد السيطرة على المقود عند منعطف حاد.",
    ),
    "two road accidents": (
        "مصرع ثلاثة أشخاص في حادثي سير منفصلين",
        "لقي ثلاثة أشخاص مصرعهم وأصيب تسعة آخرون اليوم الجمعة في حادثين منفصلين على طرق المنطقة.\n\n"
        "وأوضح المتحدث باسم الهلال الأحمر أن الحادث الأول نتج عنه وفاة شخصين وإصابة خمسة نقلوا إلى "
        "المستشفى.\n\n"
        "وفي الحادث الثاني توفي شخص وأصيب أربعة آخرون بعد اصطدام مركبتين عند تقاطع الطريق الدائري.",
    ),
}


@pytest.mark.parametrize("name", sorted(ACCIDENTS))
def test_events_eventness_mishap_accident_article_makes_no_event(name: str) -> None:
    title, text = ACCIDENTS[name]
    doc = analyze_text(text, title=title, published="2015-08-07")
    assert not doc.events, [(e.sub_event_type, e.evidence) for e in doc.events]


ATTACKS = {
    "arson by attackers": (
        "مسلحون يحرقون منزل قاض في البلدة",
        "أضرم مسلحون ملثمون النار فجر أمس في منزل قاض بمدينة بعقوبة، ما أدى إلى اندلاع حريق أتى على "
        "الطابق الأرضي وإصابة اثنين من أفراد أسرته بحروق.\n\n"
        "وقال مصدر في الشرطة إن المهاجمين لاذوا بالفرار، وإن فرق الإطفاء أخمدت الحريق بعد ساعة.",
        "Violence against civilians",
    ),
    "shells start a fire": (
        "قذائف على حي سكني في تعز",
        "سقطت قذائف أطلقها الحوثيون مساء أمس على حي سكني في مدينة تعز، ما أدى إلى مقتل امرأة واندلاع "
        "حريق في ثلاثة منازل.\n\n"
        "وقال سكان إن فرق الإطفاء واجهت صعوبة في الوصول إلى الحي بسبب استمرار القصف.",
        "Explosions/Remote violence",
    ),
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_events_eventness_mishap_fire_of_an_attack_keeps_its_event(name: str) -> None:
    title, text, event_type = ATTACKS[name]
    doc = analyze_text(text, title=title, published="2015-08-07")
    assert event_type in {e.event_type for e in doc.events}
