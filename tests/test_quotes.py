"""Tests for the quotes stage: quotations, speakers, roles, continuations and anaphora."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.document import Document, Quote, Sentence
from rasd.evaluation import check_floors, load_floors
from rasd.evaluation.quotes import analyse_for_quotes, evaluate, load_gold, overlap, speaker_matches
from rasd.stages.quotes.stage import QuotesStage, find_quotes
from rasd.text import normalize_key

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "raqqa-2017-10-15.txt"


def _quote_with(doc: Document, fragment: str) -> Quote:
    hits = [q for q in doc.quotes if fragment in doc.text[q.start : q.end]]
    assert hits, f"no quote contains {fragment!r}: {[doc.text[q.start:q.end] for q in doc.quotes]}"
    return hits[0]


def _who(q: Quote) -> set[str]:
    assert q.speaker is not None
    return {normalize_key(x) for x in (q.speaker.text, q.speaker.canonical) if x}


@pytest.fixture(scope="module")
def sample_doc() -> Document:
    if not SAMPLE.is_file():
        pytest.skip("the sample article needs ../shared/samples")
    from rasd.api import analyze_text, get_pipeline

    doc = analyze_text(SAMPLE.read_text(encoding="utf-8"), published="2017-10-15")
    if "quotes" not in get_pipeline().names:
        doc = QuotesStage()(doc)
    return doc


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        ("قسما من الأجانب خرجوا", "عمر علوش"),
        ("أخذوا المدنيين دروعا بشرية وخرجوا", "عمر علوش"),
        ("الذين بقوا لا يريدون أن يستسلموا", "عمر علوش"),
        ("مصطحبين معهم مدنيين لاستخدامهم دروعا بشرية", "مصطفى بالي"),
        ("مستثنون", "التحالف الدولي"),
    ],
)
def test_quotes_sample_must_show(sample_doc: Document, fragment: str, speaker: str) -> None:
    q = _quote_with(sample_doc, fragment)
    assert normalize_key(speaker) in _who(q)


def test_quotes_sample_roles_and_direct(sample_doc: Document) -> None:
    q = _quote_with(sample_doc, "قسما من الأجانب خرجوا")
    assert q.direct and q.cue == "قال"
    assert q.speaker is not None and q.speaker.role == "المسؤول الكبير في مجلس الرقة المدني"
    assert sample_doc.text[q.start : q.end] == "قسما من الأجانب خرجوا"
    spokesman = _quote_with(sample_doc, "دروعا بشرية")
    assert spokesman.speaker is not None and "لرويترز" not in spokesman.speaker.text
    assert not spokesman.direct  # "داعش" in quotation marks is a name, not a quotation


def _doc(text: str) -> Document:
    return analyse_for_quotes(text)


@pytest.mark.parametrize(
    ("text", "claim", "speaker", "direct", "cue"),
    [
        ("وقال وزير الخارجية أحمد سالم إن المحادثات كانت بناءة.", "المحادثات كانت بناءة", "أحمد سالم", False, "قال"),
        ("وقالت وزارة الداخلية في بيان إن الشرطة اعتقلت ثلاثة مشتبه بهم.", "الشرطة اعتقلت ثلاثة مشتبه بهم", "وزارة الداخلية", False, "قالت"),
        ("وقالوا إن القصف استمر.", None, None, False, "قالوا"),
        ("ويقول مسؤولون محليون إن المياه مقطوعة منذ أسبوع.", "المياه مقطوعة منذ أسبوع", "مسؤولون محليون", False, "يقول"),
        ("وأكد مصدر حكومي أن الاتفاق سيوقع قريبا.", "الاتفاق سيوقع قريبا", "مصدر حكومي", False, "أكد"),
        ("وأشارت مصادر عسكرية إلى أن التعزيزات وصلت.", "التعزيزات وصلت", "مصادر عسكرية", False, "أشارت"),
        ("وصرح المحافظ بأن الطرق أعيد فتحها.", "الطرق أعيد فتحها", "المحافظ", False, "صرح"),
        ("وشدد الرئيس على أن بلاده لن تتراجع.", "بلاده لن تتراجع", "الرئيس", False, "شدد"),
        ("وحذرت المنظمة من أن المجاعة تقترب.", "المجاعة تقترب", "المنظمة", False, "حذرت"),
        ('وقال القائد الميداني: "سنواصل التقدم نحو المدينة".', "سنواصل التقدم نحو المدينة", "القائد الميداني", True, "قال"),
        ("وقال الوزير: «لن نقبل بأي تسوية منقوصة».", "لن نقبل بأي تسوية منقوصة", "الوزير", True, "قال"),
        ("وقالت الناشطة: “نريد العدالة للضحايا”.", "نريد العدالة للضحايا", "الناشطة", True, "قالت"),
        ('وقال مصدر أمني إن قوات الجيش "أحبطت هجوما واسعا" في المنطقة.', 'قوات الجيش "أحبطت هجوما واسعا" في المنطقة', "مصدر أمني", True, "قال"),
        ("وقال مسؤول محلي لرويترز يوم الأحد، إن الجسر دمر بالكامل.", "الجسر دمر بالكامل", "مسؤول محلي", False, "قال"),
        ("وقال قائد الشرطة لوكالة فرانس برس إن التحقيق مستمر.", "التحقيق مستمر", "قائد الشرطة", False, "قال"),
    ],
)
def test_quotes_reported_and_direct_forms(text: str, claim: str | None, speaker: str | None, direct: bool, cue: str) -> None:
    doc = _doc(text)
    assert len(doc.quotes) == 1, [doc.text[q.start : q.end] for q in doc.quotes]
    q = doc.quotes[0]
    if claim is not None:
        assert doc.text[q.start : q.end] == claim
    assert q.direct is direct
    assert q.cue == cue
    if speaker is not None:
        assert normalize_key(speaker) in _who(q)
        assert q.speaker is not None and q.speaker.start is not None and q.speaker.end is not None
        assert doc.text[q.speaker.start : q.speaker.end] == q.speaker.text


def test_quotes_role_in_apposition() -> None:
    doc = _doc("وقال المتحدث باسم قوات سورية الديمقراطية مصطفى بالي إن المعركة مستمرة.")
    (q,) = doc.quotes
    assert q.speaker is not None
    assert q.speaker.text == "مصطفى بالي"
    assert q.speaker.role == "المتحدث باسم قوات سورية الديمقراطية"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("وقالت وزارة الصحة إن المستشفيات ممتلئة. وأضافت الوزارة أن الأدوية نفدت.", "الأدوية نفدت", "وزارة الصحة"),
        ("وقال مصدر عسكري إن الهجوم صد. وأكد المصدر أن الخسائر محدودة.", "الخسائر محدودة", "مصدر عسكري"),
        ("وقال الوزير خالد يوسف إن الحدود آمنة. وأضاف أن الدوريات تضاعفت.", "الدوريات تضاعفت", "خالد يوسف"),
        ("وقال الوزير خالد يوسف إن الحدود آمنة. لكنه أشار إلى أن التهريب مستمر.", "التهريب مستمر", "خالد يوسف"),
        ("وقال الوزير خالد يوسف إن الحدود آمنة. وأوضح يوسف أن الجيش منتشر.", "الجيش منتشر", "خالد يوسف"),
        ("ذكرت وكالة الأنباء الرسمية أن الرئيس وصل. وأفادت الوكالة بأن القمة تبدأ غدا.", "القمة تبدأ غدا", "وكالة الأنباء الرسمية"),
        ("وقالت اللجان الشعبية في الحي إن المياه قطعت. وطالبت اللجان بأن تعود الخدمات فورا.", "تعود الخدمات فورا", "اللجان الشعبية في الحي"),
    ],
)
def test_quotes_continuations_and_anaphora(text: str, fragment: str, speaker: str) -> None:
    doc = _doc(text)
    q = _quote_with(doc, fragment)
    assert q.speaker is not None and q.speaker.canonical is not None
    assert normalize_key(q.speaker.canonical) == normalize_key(speaker)


def test_quotes_anaphor_points_at_its_own_text() -> None:
    doc = _doc("وقالت وزارة الصحة إن المستشفيات ممتلئة. وأضافت الوزارة أن الأدوية نفدت.")
    q = _quote_with(doc, "الأدوية نفدت")
    assert q.speaker is not None and q.speaker.text == "الوزارة"
    assert q.speaker.start is not None and q.speaker.end is not None
    assert doc.text[q.speaker.start : q.speaker.end] == "الوزارة"


@pytest.mark.parametrize(
    ("text", "claim", "speaker", "cue"),
    [
        ("قتل خمسة مدنيين في قصف على السوق، بحسب المرصد السوري لحقوق الإنسان.", "قتل خمسة مدنيين في قصف على السوق", "المرصد السوري لحقوق الإنسان", "بحسب"),
        ("احترق المستودع بالكامل، وفق ما أفاد مسؤول محلي.", "احترق المستودع بالكامل", "مسؤول محلي", "أفاد"),
        ("ذكرت وكالة سبأ أن الطريق أغلق. وسقط ثلاثة جرحى، حسبما ذكرت الوكالة.", "وسقط ثلاثة جرحى", "وكالة سبأ", "ذكرت"),
        ("وبحسب مصادر محلية، فإن المسلحين انسحبوا من القرية.", "المسلحين انسحبوا من القرية", "مصادر محلية", "بحسب"),
    ],
)
def test_quotes_attribution_around_the_claim(text: str, claim: str, speaker: str, cue: str) -> None:
    doc = _doc(text)
    q = doc.quotes[-1]
    assert claim.endswith(doc.text[q.start : q.end]) or doc.text[q.start : q.end] == claim
    assert normalize_key(speaker) in _who(q)
    assert q.cue == cue


@pytest.mark.parametrize(
    ("text", "fragment", "direct"),
    [
        ("وقال الوزير إن الوضع مستقر، مضيفا أن الانتخابات ستجري في موعدها.", "الانتخابات ستجري في موعدها", False),
        ("وقال الوزير إن الوضع مستقر، مشيرا إلى أن الحدود مغلقة.", "الحدود مغلقة", False),
        ('وقال الوزير إن الوضع مستقر، مؤكدا أن "لا تراجع عن الإصلاحات".', "لا تراجع عن الإصلاحات", True),
        ("وقال الوزير إن الوضع مستقر، موضحا أن الجيش في حالة تأهب.", "الجيش في حالة تأهب", False),
        ("وقال الوزير إن الوضع مستقر، داعيا إلى ضبط النفس.", "ضبط النفس", False),
    ],
)
def test_quotes_participial_continuation(text: str, fragment: str, direct: bool) -> None:
    doc = _doc(text)
    assert len(doc.quotes) == 2
    q = _quote_with(doc, fragment)
    assert doc.text[q.start : q.end] == fragment
    assert q.direct is direct
    assert q.speaker is not None and q.speaker.text == "الوزير"


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن الجيش حالة الطوارئ في المدينة.",
        'خرج مقاتلو تنظيم "داعش" من المدينة.',
        "وطالبت الحكومة بوقف القتال.",
        "وقال.",
        "",
    ],
)
def test_quotes_no_quote_without_a_claim(text: str) -> None:
    assert find_quotes(text, [Sentence(0, len(text))] if text else []) == []


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("وقال المسؤول عمر علوش إن المعركة انتهت. وكان علوش أبلغ وكالة فرانس برس أن الاتفاق يشمل الأجانب.", "الاتفاق يشمل الأجانب", "عمر علوش"),
        ("غير أن التحالف الدولي الذي تقوده واشنطن كان أعلن أن القافلة ستغادر.", "القافلة ستغادر", "التحالف الدولي"),
        ("خلافا لرواية القوات الأميركية التي قالت للصحافيين إن القتلى مسلحون.", "القتلى مسلحون", "القوات الأميركية"),
        ("إلا أن محمد سعد رئيس الامتحانات في مصر، أكد لاحقا أنه تم ضبط الطلاب.", "تم ضبط الطلاب", "محمد سعد"),
        ("وزير الخارجية الفلسطيني رياض المالكي يقول إن فرنسا تراجعت.", "فرنسا تراجعت", "رياض المالكي"),
        ("ونقلت الوكالة الوطنية للإعلام عن رئيس البلدية علي زريق قوله إن الأهالي خائفون.", "الأهالي خائفون", "علي زريق"),
        ("وقال عمر الطاهر، المتحدث باسم المحتجين، إن الاعتصام مستمر.", "الاعتصام مستمر", "عمر الطاهر"),
        ("وأشار مناف أبو شقير مدير الكرة بنادي الاتحاد إلى أن الفريق جاهز.", "الفريق جاهز", "مناف أبو شقير"),
        ("وقال المتحدث العسكري باسم جماعة أنصار الله يحيى سريع إن الطائرة أسقطت.", "الطائرة أسقطت", "يحيى سريع"),
        ("وقال مسؤول محلي لـ«الشرق الأوسط» إن الوضع هادئ.", "الوضع هادئ", "مسؤول محلي"),
    ],
)
def test_quotes_speaker_patterns(text: str, fragment: str, speaker: str) -> None:
    doc = _doc(text)
    q = _quote_with(doc, fragment)
    assert doc.text[q.start : q.end] == fragment
    assert normalize_key(speaker) in _who(q)


def test_quotes_name_then_role_keeps_the_role() -> None:
    doc = _doc("وأشار مناف أبو شقير مدير الكرة بنادي الاتحاد إلى أن الفريق جاهز.")
    (q,) = doc.quotes
    assert q.speaker is not None and q.speaker.role == "مدير الكرة بنادي الاتحاد"


@pytest.mark.parametrize(
    "text",
    [
        "ويذكر أن المدينة شهدت معارك عنيفة.",
        "وبين هويتين: أميركية ومكسيكية.",
        "وقال مسؤول لـ«الشرق الأوسط».",
    ],
)
def test_quotes_impersonal_and_prepositions_make_no_quote(text: str) -> None:
    assert _doc(text).quotes == ()


def test_quotes_prepositional_phrase_is_not_a_speaker() -> None:
    doc = _doc("وقالت الكاتبة ريم سالم إن الرواية جاهزة. وقالت عن الرواية الجديدة: «أكتب خيالا مستندا إلى الواقع».")
    q = _quote_with(doc, "أكتب خيالا")
    assert q.direct and q.speaker is not None and q.speaker.text == "ريم سالم"


def test_quotes_quote_before_its_verb() -> None:
    doc = _doc("“نحتاج إلى خيام وأدوية بشكل عاجل”، قال مدير المستشفى محمد داود.")
    (q,) = doc.quotes
    assert doc.text[q.start : q.end] == "نحتاج إلى خيام وأدوية بشكل عاجل"
    assert q.direct and q.speaker is not None and q.speaker.text == "محمد داود"


def test_quotes_other_language_gives_nothing() -> None:
    doc = Document(id="x", text="He said that the talks failed.", language="en", sentences=(Sentence(0, 30),))
    assert QuotesStage()(doc).quotes == ()


def test_quotes_stage_declares_its_capabilities() -> None:
    from rasd.stages import STAGE_PATHS

    assert STAGE_PATHS["quotes"] == "rasd.stages.quotes.stage:QuotesStage"
    assert QuotesStage.requires == frozenset({"sentences", "entities"})
    assert QuotesStage.provides == frozenset({"quotes"})


_ARABIC_BITS = st.sampled_from(
    ["وقال", "قالت", "إن", "أن", "بأن", "مضيفا", "بحسب", "وفق ما أفاد", "الوزارة", "المصدر", "لرويترز",
     "يوم الأحد", '"', "«", "»", "“", "”", ":", "،", ".", "\n", " ", "مصدر أمني", "عمر علوش", "لكنه", "ـ",
     "وكان", "الذي", "عن", "قوله", "داعيا إلى", "ل", "وتابع", "علوش"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(_ARABIC_BITS, max_size=40).map(" ".join)))
def test_quotes_never_raises_and_spans_are_valid(text: str) -> None:
    sentences = [Sentence(0, len(text))] if text else []
    doc = Document(id="h", text=text, sentences=tuple(sentences))
    out = QuotesStage()(doc)
    out.validate()
    for q in out.quotes:
        assert out.text[q.start : q.end].strip()
        if q.speaker is not None and q.speaker.start is not None:
            assert q.speaker.end is not None
            assert out.text[q.speaker.start : q.speaker.end] == q.speaker.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ARABIC_BITS, max_size=30).map(" ".join), st.data())
def test_quotes_never_raises_with_any_entities(text: str, data: st.DataObject) -> None:
    from rasd.document import Entity

    n = len(text)
    bounds = st.integers(min_value=0, max_value=n)
    entities = []
    for _ in range(data.draw(st.integers(min_value=0, max_value=4))):
        a, b = sorted((data.draw(bounds), data.draw(bounds)))
        entities.append(Entity(a, b, data.draw(st.sampled_from(["PER", "ORG", "GPE", "LOC", "MISC"]))))
    doc = Document(id="h", text=text, sentences=(Sentence(0, n),) if n else (), entities=tuple(entities))
    out = QuotesStage()(doc)
    out.validate()
    for q in out.quotes:
        if q.speaker is not None and q.speaker.start is not None and q.speaker.end is not None:
            assert out.text[q.speaker.start : q.speaker.end] == q.speaker.text


def test_quotes_gold_set_is_well_formed() -> None:
    articles = load_gold()
    assert len(articles) >= 15
    assert sum(len(a["quotes"]) for a in articles) >= 50
    for art in articles:
        for g in art["quotes"]:
            assert g["quote"] in art["text"], (art["id"], g["quote"])
            assert g["speaker"].strip()


def test_quotes_matching_rules() -> None:
    assert overlap((0, 10), (5, 10)) == 0.5
    assert overlap((0, 10), (10, 20)) == 0.0
    from rasd.document import Speaker

    q = Quote(0, 5, speaker=Speaker("الوزارة", "وزارة الصحة"))
    assert speaker_matches({"speaker": "وزارة الصحة"}, q)
    assert not speaker_matches({"speaker": "وزارة الدفاع"}, q)


def test_quotes_eval_meets_its_floors() -> None:
    result = evaluate(None)
    assert load_floors("quotes"), "floors/quotes.json is missing"
    assert check_floors(result) == []
    assert result.metrics["pair_precision"] >= 0.90
    assert result.metrics["pair_recall"] >= 0.85
