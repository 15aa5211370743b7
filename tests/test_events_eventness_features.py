"""Event-ness of war words in pieces that report no incident (rasd.stages.events.eventness):
an outlet's line of tags (سمات ...), talk of how to fight or of fighting (كيفية قتال, الحديث
عن تحرير), a plan (خطة لاستكمال تحرير), a ceasefire hoped for (وقف دائم لإطلاق النار), an act demanded
(طالبت الجماعة بتسليم سلاحها), an aim (للتصدي للتنظيم), a fist
fight (اشتباكات بالأيدي), a scholarly fair (تظاهرة علمية), a count over months with على مدى /
طيلة, a condemnation told as a verbal noun (بعد إدانته مقتل), and military parades and
graduations (العرض العسكري, الرماية على أهداف).

Every sentence here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.eventness import irrealis, sentence_cues
from rasd.stages.events.lexicon import words_of

PUBLISHED = "2015-08-05"


@pytest.mark.parametrize(("sentence", "trigger", "unreal"), [
    ("وبحث الوزيران كيفية قتال التنظيم المتطرف في المنطقة الحدودية", "قتال", True),
    ("وناقش المجتمعون بكيفية مواجهة الهجمات على خطوط الإمداد", "الهجمات", True),
    ("وتدخلت الشرطة لفض اشتباكات بالأيدي بين ركاب الحافلة", "اشتباكات", True),
    ("ونشبت اشتباكات بالايدي بين مشجعي الفريقين عقب المباراة", "اشتباكات", True),
    ("ولم يعد الحديث عن تحرير المدينة مجديا بعد عودة الحياة إليها", "تحرير", True),
    ("وأعدت القيادة خطة لاستكمال تحرير المحافظات الجنوبية", "تحرير", True),
    ("وأعرب المبعوث عن أمله في تحقيق السلام بعد وقف دائم لإطلاق النار في البلاد", "لإطلاق", True),
    ("وتعد المسابقة تظاهرة علمية يلتقي فيها طلاب الجامعات من أنحاء العالم", "تظاهرة", True),
    ("وطالبت القوى السياسية الجماعة بتسليم سلاحها إلى الدولة", "بتسليم", True),
    ("ويطالب الأهالي منذ أشهر بطرد المسلحين من الحي", "بطرد", True),
    ("وبحث الجانبان التعاون للتصدي للتنظيم في المنطقة", "للتصدي", True),
    # the same words where fighters fought
    ("وفي إطار خطة أمنية داهمت الشرطة أمس منازل المطلوبين", "داهمت", False),
    ("واندلعت اشتباكات بالأسلحة الرشاشة بين الجيش والمسلحين فجر أمس", "اشتباكات", False),
    ("وطالب المتظاهرون بإسقاط الحكومة خلال تظاهرة حاشدة أمس", "تظاهرة", False),
    ("وقامت القوات بتسليم المدينة إلى وحدات الجيش أمس", "بتسليم", False),
    ("وخرجت تظاهرة حاشدة في وسط العاصمة احتجاجا على رفع الأسعار", "تظاهرة", False),
    ("وتعرضت الدورية لهجوم مسلح قرب الجسر", "لهجوم", False),
])
def test_events_eventness_features_irrealis(sentence: str, trigger: str, unreal: bool) -> None:
    words = words_of(sentence)
    at = next(i for i, w in enumerate(words) if sentence[w.start:w.end] == trigger)
    assert irrealis(words, at) is unreal


def _cues(text: str) -> dict[str, float]:
    doc = analyze_text(text, published=PUBLISHED)
    return sentence_cues(doc, 0, len(doc.text))


@pytest.mark.parametrize(("sentence", "cue", "present"), [
    ("وقال إن الميليشيات قصفت الأحياء السكنية على مدى خمسة أشهر.", "period", True),
    ("وأكد أن المتمردين هاجموا القرى طيلة الأشهر الماضية.", "period", True),
    ("وأوضح أن الطيران شن غارات على مدار 11 عاما على المنطقة.", "period", True),
    ("وقصفت المدفعية أمس مواقع المسلحين على مدى ساعات.", "period", False),
    ("وتحقق الشرطة في رسائل وجهت إلى الوزير بعد إدانته مقتل الصبي في القرية.", "aftermath", True),
    ("قتل مسلحون صبيا في القرية أمس، وأعلن الوزير إدانته الحادث.", "aftermath", False),
])
def test_events_eventness_features_sentence_cues(sentence: str, cue: str, present: bool) -> None:
    assert (cue in _cues(sentence)) is present


def _events(text: str, title: str) -> list[object]:
    return list(analyze_text(text, title=title, published=PUBLISHED).events)


def test_events_eventness_tag_line_makes_no_event() -> None:
    text = ("أعلن المتحدث باسم الجماعة أمس رفضه للمبادرة التي طرحها المبعوث الدولي، وقال إن "
            "الجماعة ستدرس موقفها في الأيام المقبلة.\n"
            "سمات اليمن الجماعة هدنة هجوم قصف")
    assert _events(text, "الجماعة ترفض مبادرة المبعوث الدولي") == []


def test_events_eventness_tag_line_leaves_the_report() -> None:
    text = ("قتل ثلاثة جنود وأصيب خمسة آخرون أمس في هجوم مسلح استهدف حاجزا للجيش قرب مدينة العريش.\n"
            "سمات العريش هجوم حاجز")
    events = _events(text, "مقتل ثلاثة جنود في هجوم على حاجز قرب العريش")
    assert len(events) == 1


def test_events_eventness_parade_is_not_an_attack() -> None:
    title = "الأمير يرعى العرض العسكري لقوات الأمن الخاصة"
    text = ("رعى الأمير أمس العرض العسكري لقوات الأمن الخاصة بحضور عدد من القادة. "
            "وشاهد الحضور الرماية على أهداف ثابتة، ثم هاجمت الوحدات مبنى يتحصن فيه مسلحون "
            "وأطلقت النار على الأهداف من العربات أثناء سيرها في الرماية الختامية. "
            "وفي ختام العرض العسكري كرم الأمير المتميزين من منسوبي القوات.")
    assert _events(text, title) == []
