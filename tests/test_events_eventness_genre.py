"""Event-ness from the whole article's genre (rasd.stages.events.eventness.article_profile):
a piece with no conflict vocabulary at all is quiet, a piece that attributes nothing to anyone
(or quotes someone once) and is long or asks is a column, a footer that repeats the headline makes no event, and a
trigger after لن in its clause is out of the realis.

Every article here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.api import analyze_text
from rasd.document import Document, Sentence
from rasd.stages.events.eventness import article_profile, irrealis
from rasd.stages.events.lexicon import words_of
from rasd.text import normalize_key

PUBLISHED = "2015-08-05"

# (title, text) with no incident an ACLED coder would record
NON_EVENTS = {
    "museum handover": (
        "افتتاح المرحلة الأولى من متحف الآثار في تبوك",
        "أعلنت هيئة السياحة أمس افتتاح المرحلة الأولى من متحف الآثار في تبوك بعد اكتمال أعمال الترميم.\n\n"
        "وأوضح مدير الفرع أن المقاول أتم تسليم المبنى الرئيسي والقاعات الثلاث، فيما يجري العمل على "
        "تجهيز المكتبة وقاعة المحاضرات.\n\n"
        "وأضاف أن المتحف يضم أكثر من ألفي قطعة أثرية تعود إلى عصور مختلفة.",
    ),
    "column on a raid": (
        "دروس الحصار",
        "ما زلت أذكر حي الشيخ رضوان في طفولتي.\n\n"
        "اقتحمت القوات الحي قبل أيام فقط، وهدمت بيوتا كنا نلعب أمامها.\n\n"
        "أكتب هذه السطور وفي القلب غصة.\n\n"
        "فمن يعيد إلينا تلك الأيام؟ المدن لا تموت، لكنها تتعب.",
    ),
    "footer repeating the headline": (
        "العثور على جثة رضيع في حديقة عامة بالدمام",
        "عثرت دوريات الأمن أمس على رضيع متوفى داخل حديقة عامة في حي الشاطئ بالدمام، وأحيلت القضية إلى "
        "هيئة التحقيق.\n\n"
        "وأوضح المتحدث باسم الشرطة أن الطب الشرعي يعمل على تحديد سبب الوفاة.\n\n"
        "رابط الخبر بصحيفة المسار: العثور على جثة رضيع في حديقة عامة بالدمام",
    ),
    "future negation": (
        "وزير الدفاع: لن نسمح بأي تهديد للملاحة",
        "صرح وزير الدفاع أمس بأن بلاده لن تقبل بفرض قيود على الملاحة والطيران في مياه الخليج.\n\n"
        "وأضاف في مؤتمر صحفي أن قواته في حالة جاهزية تامة.",
    ),
}

# (title, text) that report an incident: the same mechanisms must leave them alone
EVENTS = {
    "attributed strike": (
        "غارات على مواقع المسلحين",
        "قصفت طائرات حربية أمس مواقع للمسلحين في بلدة الحمرا شمال حماة، وفق ما أفاد ناشطون.\n\n"
        "وقال مصدر محلي إن الغارات دمرت مستودعا للذخيرة.\n\n"
        "وأضاف أن سيارات الإسعاف نقلت ثلاثة جرحى إلى المستشفى.\n\n"
        "ولم تعلن أي جهة حصيلة نهائية.",
    ),
    "vigil": (
        "وقفة أمام مقر الصليب الأحمر في نابلس",
        "نظم عشرات المواطنين اليوم الثلاثاء وقفة سلمية أمام مقر الصليب الأحمر في مدينة نابلس تضامنا مع "
        "الأسرى المضربين عن الطعام.\n\n"
        "ورفع المشاركون صور الأسرى ولافتات تطالب بالإفراج عنهم.",
    ),
}


@pytest.mark.parametrize("name", sorted(NON_EVENTS))
def test_events_eventness_genre_non_event_articles_have_no_event(name: str) -> None:
    title, text = NON_EVENTS[name]
    doc = analyze_text(text, title=title, published=PUBLISHED)
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == []


@pytest.mark.parametrize("name", sorted(EVENTS))
def test_events_eventness_genre_reports_keep_their_event(name: str) -> None:
    title, text = EVENTS[name]
    doc = analyze_text(text, title=title, published=PUBLISHED)
    assert doc.events


def _profile(text: str, title: str | None = None):  # type: ignore[no-untyped-def]
    sents, start = [], 0
    for part in text.split("\n"):
        if part:
            sents.append(Sentence(start, start + len(part)))
        start += len(part) + 1
    doc = Document(id="t", text=text, title=title, published=dt.date(2015, 8, 5), sentences=tuple(sents))
    return article_profile(doc)


@pytest.mark.parametrize(("text", "quiet"), [
    ("افتتح الوزير المعرض.\nوتجول في أجنحته.", True),
    ("افتتح الوزير المعرض.\nووقع انفجار قرب المدخل.", False),
    ("نظم الطلاب وقفة أمام الجامعة.\nورفعوا لافتات.", False),  # a vigil is not quiet
])
def test_events_eventness_genre_quiet_article(text: str, quiet: bool) -> None:
    assert _profile(text).quiet is quiet


@pytest.mark.parametrize(("text", "column"), [
    ("الحرب قصة قديمة.\nوالناس يدفعون ثمنها.\nفمتى نتعلم؟\nهكذا يمضي الزمن.", True),
    # a column may quote someone once; two attributing sentences make a report
    ("الحرب قصة قديمة.\nوقال مسؤول إن القصف توقف.\nفمتى نتعلم؟\nهكذا يمضي الزمن.", True),
    ("الحرب قصة قديمة.\nوقال مسؤول إن القصف توقف.\nوأكد شاهد أن الهدوء عاد.\nفمتى نتعلم؟", False),
    ("\n".join(["قال لي صديق قديم إن الحرب لا تنتهي."] + [f"الفكرة رقم {k} عندي." for k in range(9)]), True),
    # ... but a report anchored in the last days may quote once: it tells what happened
    ("\n".join(["قال شاهد إن مسيرة جابت الحي أمس.", "وأغلقت الشرطة الشارع أمس.", "وتفرق المحتجون مساء أمس."]
               + [f"التفصيل رقم {k} في الخبر." for k in range(7)]), False),
    ("\n".join(["قال المتحدث إن الجيش تقدم.", "وأضاف أن القتال مستمر."]
               + [f"التفصيل رقم {k} في الخبر." for k in range(8)]), False),
    ("الحرب قصة قديمة.\nوالناس يدفعون ثمنها.\nفمتى نتعلم؟", False),  # too short to tell a column from a brief
    # a wire piece of a few sentences can attribute nothing; a long piece that does not is a column
    ("تظاهر المئات في المدينة.\nورفعوا الأعلام.\nوأغلقت الشرطة الطريق.\nثم تفرقوا بهدوء.", False),
    ("\n".join(f"الجملة رقم {k} من المقال." for k in range(10)), True),
])
def test_events_eventness_genre_unattributed_piece_is_a_column(text: str, column: bool) -> None:
    assert (_profile(text).genres["opinion"] == 1.0) is column


@pytest.mark.parametrize(("sentence", "trigger", "unreal"), [
    ("قال إن الجيش لن يسمح بأي قيود على حرية الطيران فوق المنطقة", "الطيران", True),
    ("قال إن الجيش قصف المنطقة", "قصف", False),
])
def test_events_eventness_genre_future_negation_scopes_the_clause(sentence: str, trigger: str, unreal: bool) -> None:
    words = words_of(sentence)
    pos = next(i for i, w in enumerate(words) if w.key == normalize_key(trigger))
    assert irrealis(words, pos) is unreal
