"""Event-ness (rasd.stages.events.eventness): whether a sentence, in its article, reports a
specific recent incident. Every article here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.api import analyze_text
from rasd.document import Document, Sentence, TimeExpr
from rasd.stages.events.eventness import article_profile, confidence_of, eventness, sentence_cues
from rasd.stages.events.merge import Candidate

PUBLISHED = "2016-03-10"

NEWS = (
    "قتل خمسة جنود وأصيب ثمانية آخرون أمس الأربعاء في هجوم شنه مسلحون على حاجز للجيش "
    "قرب مدينة الرمادي غرب العراق، وفق ما أفاد مصدر أمني.\n\n"
    "وقال المصدر إن المهاجمين فروا إلى جهة مجهولة بعد اشتباك استمر نحو ساعة."
)

#: Trap articles: war words, no incident of the last days.
TRAPS = {
    "running toll": (
        "مقتل 2150 مسلحا في غارات التحالف خلال تسعة أشهر",
        "أفاد المرصد السوري لحقوق الإنسان أمس بأن غارات التحالف الدولي قتلت 2150 مسلحا من تنظيم "
        "داعش خلال تسعة أشهر في محافظتي الرقة ودير الزور.\n\n"
        "وقال المرصد إن 140 مدنيا قتلوا أيضا جراء هذه الغارات في الفترة نفسها.",
    ),
    "anniversary": (
        "السوق المركزي يعود إلى الحياة بعد ثلاثة أعوام على التفجير",
        "أعيد أمس افتتاح السوق المركزي في مدينة بعقوبة بعد مرور ثلاثة أعوام على تفجير سيارة مفخخة "
        "استهدف مدخله وأسفر عن مقتل 40 شخصا.\n\n"
        "وحضر الافتتاح محافظ ديالى وعدد من المسؤولين المحليين.",
    ),
    "accident": (
        "مقتل تسعة عسكريين في تحطم طائرة نقل",
        "قتل تسعة عسكريين اليوم عندما تحطمت طائرة نقل عسكرية بعد تعطل أحد محركاتها أثناء هبوطها "
        "في قاعدة جوية شمال البلاد، بحسب بيان للقوات الجوية.\n\n"
        "وقال البيان إن فرق الإنقاذ انتشلت جثث أفراد الطاقم من حطام الطائرة.",
    ),
    "sport": (
        "الزمالك يفوز على الأهلي في قمة الدوري",
        "فاز فريق الزمالك على الأهلي بهدفين مقابل هدف في مباراة القمة بالدوري المصري لكرة القدم "
        "أمس على ملعب برج العرب.\n\n"
        "وأقيمت المباراة دون جمهور، إذ تقام مباريات الدوري خلف أبواب مغلقة منذ مقتل 20 مشجعا في "
        "اشتباكات مع الشرطة أمام ملعب الدفاع الجوي في القاهرة، وأشاد المدرب بأداء اللاعبين في "
        "البطولة هذا الموسم.",
    ),
    "court": (
        "تنفيذ حكم القصاص في جان بمدينة بريدة",
        "نفذت السلطات اليوم حكم القصاص في مواطن أقدم على قتل شقيقين بإطلاق النار عليهما إثر خلاف "
        "نشب بينهم في مدينة بريدة، وتمكنت الشرطة من القبض على الجاني.\n\n"
        "وصدر بحق الجاني حكم من المحكمة الجنائية بثبوت ما نسب إليه، وأيدته محكمة الاستئناف.",
    ),
    "this day in history": (
        "حدث في مثل هذا اليوم",
        "في مثل هذا اليوم من عام 1982 اجتاحت القوات الإسرائيلية جنوب لبنان ووصلت إلى مشارف بيروت.\n\n"
        "وفي مثل هذا اليوم من عام 1990 قتل 1400 حاج في حادث تدافع في نفق المعيصم بمكة المكرمة.\n\n"
        "وفي مثل هذا اليوم أيضا اغتيل رئيس الوزراء السابق في انفجار سيارة مفخخة استهدف موكبه.",
    ),
    "economy": (
        "أرامكو تستعيد حصتها في السوق الآسيوية",
        "استعادت شركة أرامكو السعودية حصتها في السوق الآسيوية بعد أن رفعت صادراتها من النفط الخام إلى "
        "الصين والهند الشهر الماضي، وفق بيانات الشحن.\n\n"
        "وقال محللون إن الشركة سيطرت على نحو 18 في المئة من واردات الصين النفطية، وإن تسليم شحنات "
        "إضافية إلى المصافي الهندية سيبدأ الأسبوع المقبل. وتراجعت أسعار خام برنت أمس إلى 48 دولارا "
        "للبرميل، فيما ارتفعت أسهم شركات الطاقة في البورصة.",
    ),
    "opinion": (
        "من يوقف هذا النزيف؟",
        "لم يعد السؤال اليوم من يقتل من، بل لماذا نقبل نحن أن يصبح القتل خبرا يوميا لا يثير فينا شيئا. "
        "في السنوات الأولى للحرب كانت صور القصف تهز الناس، أما الآن فقد صارت جزءا من المشهد.\n\n"
        "إن الحقيقة التي يهرب منها الجميع أن النظام والمعارضة معا يراهنان على الحسم العسكري، وأن الشعب "
        "وحده يدفع الثمن. ربما علينا أن نعترف بأن خطاب الثورة نفسه تغير، وأن المستقبل لن يكتبه من يملك السلاح.",
    ),
    "threat": (
        "تنظيم داعش يتوعد بشن هجمات في العاصمة",
        "توعد تنظيم داعش في تسجيل مصور بثه أمس بشن هجمات انتحارية في العاصمة بغداد خلال الأيام المقبلة.\n\n"
        "وقال متحدث باسم وزارة الداخلية إن القوات الأمنية رفعت حالة التأهب تحسبا لأي هجوم، مؤكدا أن "
        "الأجهزة قادرة على إحباط أي عملية إرهابية.",
    ),
    "denial": (
        "الجيش ينفي قصف مستشفى",
        "نفى الجيش اليمني أمس قصف مستشفى في مدينة تعز، مؤكدا أن طائراته لم تنفذ أي غارة على المدينة "
        "خلال اليومين الماضيين.\n\n"
        "وقال المتحدث العسكري إنه لم تسجل أي اشتباكات في محيط المستشفى.",
    ),
}


def _doc(text: str, title: str | None = None) -> Document:
    return analyze_text(text, title=title, published=PUBLISHED)


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_events_eventness_trap_articles_give_no_event(name: str) -> None:
    title, text = TRAPS[name]
    assert _doc(text, title).events == ()


def test_events_eventness_news_report_keeps_its_event_with_high_confidence() -> None:
    doc = _doc(NEWS, "مقتل خمسة جنود في هجوم على حاجز غرب العراق")
    assert len(doc.events) == 1
    assert doc.events[0].event_type in ("Battles", "Violence against civilians")
    assert doc.events[0].confidence >= 0.8


@pytest.mark.parametrize(("sentence", "cue"), [
    ("قتل ثلاثة مدنيين أمس في قصف على البلدة.", "recent"),
    ("قتل 300 مدني في القصف خلال ستة أشهر.", "period"),
    ("قتل 300 مدني في القصف خلال ستة أشهر.", "running_toll"),
    ("ومنذ ذلك الحين قتل المئات في هجمات متفرقة.", "period"),
    ("وقتل 40 جنديا منذ أن بدأ المتمردون هجماتهم.", "period"),
    ("وجاء ذلك في الذكرى السنوية للمجزرة.", "anniversary"),
    ("صورة أرشيفية لغارة جوية على المدينة.", "anniversary"),
    ("وقال الضابط إن هجوما على المدينة أصبح مسألة وقت.", "modal"),
    ("وأصدرت المحكمة حكما بالإعدام على القاتل.", "court"),
    ("وقتل الركاب في اصطدام الحافلة بشاحنة.", "accident"),
])
def test_events_eventness_sentence_cues(sentence: str, cue: str) -> None:
    doc = Document(id="t", text=sentence, published=dt.date(2016, 3, 10), sentences=(Sentence(0, len(sentence)),))
    assert cue in sentence_cues(doc, 0, len(sentence))


@pytest.mark.parametrize(("value", "recent", "old"), [
    ("2016-03-09", True, False),
    ("2016-03-10", True, False),
    ("2016-01-20", False, True),
    ("2013", False, True),
    ("2016-03", False, False),
])
def test_events_eventness_time_expressions_recent_or_old(value: str, recent: bool, old: bool) -> None:
    text = "وقعت الغارة في ذلك اليوم."
    doc = Document(id="t", text=text, published=dt.date(2016, 3, 10), sentences=(Sentence(0, len(text)),),
                   times=(TimeExpr(13, 17, value),))
    cues = sentence_cues(doc, 0, len(text))
    assert ("recent_time" in cues) is recent
    assert ("old_time" in cues) is old


def test_events_eventness_old_date_outweighs_publication_day_anchor() -> None:
    # (a word of conflict, so that the article is not quiet)
    text = "غارة " + "x" * 35
    recent = Document(id="a", text=text, published=dt.date(2016, 3, 10), sentences=(Sentence(0, 40),),
                      times=(TimeExpr(0, 4, "2016-03-09"),))
    old = Document(id="b", text=text, published=dt.date(2016, 3, 10), sentences=(Sentence(0, 40),),
                   times=(TimeExpr(0, 4, "2015-11-02"),))
    assert eventness(recent, 0, 40) > 0.5 > eventness(old, 0, 40)


@pytest.mark.parametrize(("name", "genre"), [("sport", "sport"), ("court", "court"), ("accident", "accident")])
def test_events_eventness_article_genre(name: str, genre: str) -> None:
    title, text = TRAPS[name]
    profile = article_profile(_doc(text, title))
    assert profile.genres[genre] > 0
    assert profile.logit < 0


def test_events_eventness_news_article_has_no_genre_penalty() -> None:
    profile = article_profile(_doc(NEWS, "مقتل خمسة جنود في هجوم على حاجز غرب العراق"))
    assert not any(profile.genres.values())
    assert profile.logit > 0


@pytest.mark.parametrize("title", ["الجيش يتوعد المسلحين برد قاس", "الشرطة تنفي اعتقال صحافيين",
                                   "وزير: هجوم جديد على المدينة مسألة وقت"])
def test_events_eventness_statement_headline_lowers_the_prior(title: str) -> None:
    plain = article_profile(_doc(NEWS, "الجيش والمسلحون في الأنبار"))
    assert article_profile(_doc(NEWS, title)).logit < plain.logit


def test_events_eventness_exclaiming_headline_marks_a_column() -> None:
    plain = article_profile(_doc(NEWS, "الحرب والسياسة"))
    column = article_profile(_doc(NEWS, "الحرب والسياسة!"))
    assert column.logit < plain.logit


def _cand(**kw: object) -> Candidate:
    from rasd.document import Location

    base: dict[str, object] = dict(
        event_type="Battles", sub_event_type="Armed clash", date="2016-03-09", time_precision=1,
        location=Location(text="الرمادي", name="Ramadi", country="IQ", admin1=None, lat=33.4, lon=43.3, precision=1),
        location_fallback=False, actor1=None, actor2=None, fatalities=None, start=0, end=10, score=0.95,
        weak=False, reference=False)
    base.update(kw)
    return Candidate(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("weaker", [
    {"location_fallback": True},
    {"time_precision": 2},
    {"event_type": "Strategic developments", "sub_event_type": "Arrests"},
    {"score": 0.6},
])
def test_events_eventness_confidence_falls_with_weaker_evidence(weaker: dict[str, object]) -> None:
    assert confidence_of(_cand(**weaker), 0.95) < confidence_of(_cand(), 0.95)


def test_events_eventness_confidence_rises_with_eventness() -> None:
    assert confidence_of(_cand(), 0.5) < confidence_of(_cand(), 0.95)
    assert 0.0 < confidence_of(_cand(), 0.5) < 1.0


def test_events_eventness_back_reference_follows_a_dropped_toll() -> None:
    text = ("قالت منظمة حقوقية أمس إن غارات التحالف قتلت 1800 مسلح خلال ثمانية أشهر في شمال سوريا.\n\n"
            "وقتل 95 مدنيا جراء هذه الغارات في بلدات ريف الرقة.")
    assert _doc(text, "غارات التحالف في سوريا").events == ()


def test_events_eventness_new_strike_after_a_toll_is_kept() -> None:
    text = ("قالت منظمة حقوقية أمس إن غارات التحالف قتلت 1800 مسلح خلال ثمانية أشهر في شمال سوريا.\n\n"
            "وقتل تسعة مدنيين أمس الأربعاء في غارة جوية استهدفت سوقا في بلدة الطبقة بريف الرقة.")
    events = _doc(text, "غارات التحالف في سوريا").events
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]
    assert events[0].date == "2016-03-09"


@pytest.mark.parametrize(("sentence", "events"), [
    ("ولم ترد تقارير عن اشتباكات في مدينة حماة.", 0),
    ("ولم تسجل أي غارات جوية على المدينة خلال الليل.", 0),
    ("وقالت الشرطة إنه لم تقع اشتباكات بين المحتجين وقوات الأمن.", 0),
    ("ووردت تقارير عن اشتباكات عنيفة في مدينة حماة.", 1),
    ("وسجلت غارات جوية على المدينة خلال الليل.", 1),
    ("ووزع المتطوعون عبوات المياه على النازحين في المخيم.", 0),
    ("وانفجرت عبوة ناسفة قرب مبنى المحافظة.", 1),
])
def test_events_detect_negated_report_and_containers(sentence: str, events: int) -> None:
    from rasd.stages.events.detect import detect_sentence

    assert len(detect_sentence(sentence)) == events


def test_events_eventness_min_confidence_filters_on_the_calibrated_confidence() -> None:
    from rasd.stages.events.stage import EventsStage

    doc = _doc(NEWS, "مقتل خمسة جنود في هجوم على حاجز غرب العراق")
    conf = doc.events[0].confidence
    assert EventsStage(min_confidence=conf)(doc).events == doc.events
    assert EventsStage(min_confidence=min(1.0, conf + 0.01))(doc).events == ()
