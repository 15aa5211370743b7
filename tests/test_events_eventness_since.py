"""Event-ness of spans from a month (منذ آب) and of acts counted in thousands (آلاف الغارات).

rasd.stages.events.since and the ``since``/``tally`` sentence cues of eventness.json. Every
sentence and article here was written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Document
from rasd.stages.events.eventness import sentence_cues
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.since import spans_since

PUBLISHED = "2015-08-05"


@pytest.mark.parametrize(("sentence", "spans"), [
    ("ويقود البلد منذ آب/أغسطس تحالفا نفذ آلاف الطلعات فوق المنطقة", True),
    ("ومنذ أواخر مارس الماضي تقصف الطائرات مواقع المسلحين في الشمال", True),
    ("وتحاصر القوات البلدة منذ تموز (يوليو) الماضي", True),
    ("وقتل سبعة في أعنف هجوم منذ مارس على السوق المركزية", False),
    ("وهو الهجوم الأول من نوعه منذ يناير في هذه المحافظة", False),
    ("وكان هذا أكبر تفجير تشهده المدينة منذ حزيران", False),
    ("وقتل سبعة أمس في هجوم على السوق المركزية", False),
    ("وقال المتحدث إن القوات تقدمت منذ ساعات الصباح نحو البلدة", False),
])
def test_spans_since_reads_month_spans_not_comparisons(sentence: str, spans: bool) -> None:
    assert spans_since(words_of(sentence)) is spans


def _cues(sentence: str) -> dict[str, float]:
    doc = Document(id="since-test", text=sentence)
    return sentence_cues(doc, 0, len(sentence))


@pytest.mark.parametrize(("sentence", "cue", "present"), [
    ("وشن التحالف منذ ذلك الحين نحو 6 آلاف ضربة جوية على مواقع التنظيم", "tally", True),
    ("ونفذت الطائرات آلاف الغارات على المدن الخاضعة للتنظيم", "tally", True),
    ("وشنت الطائرات أمس عشرات الغارات على مواقع التنظيم", "tally", False),
    ("ويقود البلد منذ آب تحالفا يقصف مواقع التنظيم", "since", True),
    ("وقتل سبعة في أعنف هجوم منذ مارس على السوق", "since", False),
])
def test_sentence_cues_mark_since_and_tally(sentence: str, cue: str, present: bool) -> None:
    assert (cue in _cues(sentence)) is present


_VISIT = (
    "حط وزير الدفاع الكندي رحاله في بغداد في جولة مفاجئة، ليتباحث مع المسؤولين العراقيين في "
    "سبل دعم القوات العراقية وتدريبها.\n\n"
    "والتقى الوزير رئيس الوزراء ووزير الدفاع العراقيين، وبحث معهما حاجات الجيش من السلاح والذخيرة.\n\n"
    "{extra}"
    "ويقود البلد منذ آب/أغسطس تحالفا من عشرات الدول نفذت طائراته آلاف الغارات فوق معاقل المتشددين في البلدين.\n\n"
    "وقال الوزير إن بلاده ستواصل إرسال المدربين إلى العراق في الأشهر المقبلة."
)
_REPORT = "وقتل تسعة جنود عراقيين أمس حين فجر انتحاري شاحنة ملغومة عند حاجز للجيش في بلدة الكرمة، في أعنف هجوم منذ مارس.\n\n"


def test_a_campaign_told_since_a_month_makes_no_event() -> None:
    doc = analyze_text(_VISIT.format(extra=""), title="وزير الدفاع الكندي في بغداد لبحث دعم القوات العراقية",
                       published=PUBLISHED)
    assert not doc.events


def test_the_days_attack_measured_since_a_month_stays_an_event() -> None:
    doc = analyze_text(_VISIT.format(extra=_REPORT), title="وزير الدفاع الكندي في بغداد لبحث دعم القوات العراقية",
                       published=PUBLISHED)
    assert [e.event_type for e in doc.events] == ["Explosions/Remote violence"]
    assert doc.events[0].date == "2015-08-04"


@pytest.mark.parametrize(("sentence", "present"), [
    ("وأسفرت الضربات عن مقتل آلاف المسلحين منذ انطلاقها", True),
    ("وقتل أكثر من مئتي شخص في المواجهات منذ اندلاعها", True),
    ("وأسفرت الضربات أمس عن مقتل عشرة مسلحين", False),
])
def test_period_reads_since_with_a_suffixed_verbal_noun(sentence: str, present: bool) -> None:
    assert ("period" in _cues(sentence)) is present
