"""Events the detector used to miss: a demonstration whose purpose is a condemnation, an act
told before a future conjunct, shooting in its verb forms, mines removed, arrests and bombs
defused in one sentence; and hostages freed, which are neither an abduction nor a takeover.
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.api import analyze_text
from rasd.stages.events.detect import detect_sentence
from rasd.stages.events.lexicon import clauses_of, cue_set, words_of

PUBLISHED = dt.date(2015, 8, 3)


def _types(sentence: str) -> list[tuple[str, str]]:
    return [(d.event_type, d.sub_event_type) for d in detect_sentence(sentence) if not d.reference]


def _references(sentence: str) -> list[tuple[str, bool]]:
    return [(d.sub_event_type, d.reference) for d in detect_sentence(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a condemnation as the purpose of a demonstration: the demonstration is the event
        ("واحتشد مئات الطلاب أمام مبنى الجامعة ظهر الاثنين للتنديد بقرار رفع الرسوم.",
         [("Peaceful protest", False)]),
        ("وخرج سكان الحي في مسيرة غاضبة تنديدا بانقطاع المياه منذ أيام.",
         [("Peaceful protest", False)]),
        # ... while what it condemns, told after it in an act of its own, stays a reference
        ("وتظاهر العشرات وسط المدينة تنديدا بالغارة التي استهدفت سوق الخضار.",
         [("Peaceful protest", False)]),
        # (an arrest that is the protest's grievance is neither its own act nor force used on it)
        ("واحتشد المئات في الساحة، تنديدا باعتقال الشرطة أمس ثلاثة ناشطين في الحي.",
         [("Peaceful protest", False)]),
        ("وتجمع العشرات أمام مقر المحافظة للتنديد باختطاف صحفي قبل أسبوع.",
         [("Peaceful protest", False)]),
        # a claim of an act told anew reports it; a claim of "the attack" refers to one told before
        ("وأعلنت الجماعة في بيان تبني مقتل ثلاثة من عناصر الشرطة الخميس عند مدخل البلدة.",
         [("Armed clash", False)]),
        ("وتبنى التنظيم الهجوم في بيان نشره على حساباته.", [("Attack", True)]),
        ("ولم تتبن أي جماعة مقتل ثلاثة من عناصر الشرطة قرب الجسر.", [("Armed clash", True)]),
        # a condemnation that is not a purpose still makes the sentence a reference
        ("وأدانت الحكومة بشدة الهجوم الذي استهدف نقطة التفتيش.", [("Attack", True)]),
    ],
)
def test_events_recall_purpose_condemnation(sentence: str, expected: list[tuple[str, bool]]) -> None:
    assert _references(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a future conjunct after the act does not cancel it
        ("وتقدمت وحدات الجيش من الجهة الجنوبية وسيطرت على ثلاثة مواقع في محيط البلدة وستكون المعركة "
         "القادمة في الأحياء الشرقية.", [("Battles", "Government regains territory")]),
        ("واشتبك مقاتلو العشائر مع عناصر التنظيم قرب الجسر وسوف تصل تعزيزات إضافية خلال أيام.",
         [("Battles", "Armed clash")]),
        # the forecast itself is still no event
        ("وستكون المعارك القادمة في ريف المدينة الشرقي.", []),
        # shooting in its verb forms
        ("وأطلقت دورية للشرطة النار على سيارة مدنية عند الحاجز فقتلت سائقها.",
         [("Violence against civilians", "Attack")]),
        ("وفتح مسلحون مجهولون نيران أسلحتهم على سيارة تقل ثلاثة مزارعين قرب القرية.",
         [("Violence against civilians", "Attack")]),
        # mines removed are a disruption; a demining programme or an awareness campaign is not
        ("ونزعت فرق الهندسة ثلاثين لغما زرعت على الطريق الساحلي.",
         [("Strategic developments", "Disrupted weapons use")]),
        # arrests and bombs defused are two acts; weapons seized in the raid belong to the arrests
        ("وألقت قوات الأمن القبض على أربعة مطلوبين وفككت عبوتين ناسفتين قرب السوق.",
         [("Strategic developments", "Arrests"), ("Strategic developments", "Disrupted weapons use")]),
        ("واعتقلت الشرطة خمسة أشخاص وصادرت أسلحة وذخائر من مخبأ في المزرعة.",
         [("Strategic developments", "Arrests")]),
        # demonstrators who seize someone are a violent demonstration, not a protest dispersed
        ("واحتجز محتجون غاضبون من انقطاع الكهرباء مدير الدائرة داخل مكتبه ساعات.",
         [("Riots", "Violent demonstration")]),
        ("واحتجزت الشرطة عشرة متظاهرين خلال الاعتصام أمام الوزارة.",
         [("Protests", "Protest with intervention")]),
        # an attack on a town that only burns houses is property destruction; with victims, an attack
        ("وهاجم مسلحون قرية نائية فجر السبت فأحرقوا منازل عديدة ونهبوا المواشي.",
         [("Strategic developments", "Looting/property destruction")]),
        ("وهاجم مسلحون قرية نائية فجر السبت فقتلوا سبعة مزارعين وأحرقوا منازل عديدة.",
         [("Violence against civilians", "Attack")]),
        # a pretext is no bombing; burnt to death is a killing
        ("وقال الأهالي إن مسلحين ضربوا راعيا حتى الموت بحجة إخفائه متفجرات في حظيرته.",
         [("Violence against civilians", "Attack")]),
        # aircraft in the dual
        ("وقال مسؤول محلي إن مروحيتين هاجمتا فجر الاثنين موقعا للمسلحين في الوادي.",
         [("Explosions/Remote violence", "Air/drone strike")]),
        # verbal nouns with a possessive pronoun
        ("وأكد مصدر طبي اغتيالها أمام منزلها في حي الجامعة مساء أمس.",
         [("Violence against civilians", "Attack")]),
        ("وأكد ذووه احتجازه لدى قوة أمنية منذ مساء الأحد.", [("Strategic developments", "Arrests")]),
        # migrants stopped at a border are no political arrest (ACLED)
        ("وأوقفت دوريات خفر السواحل قاربا يقل 45 مهاجرا غير شرعي قبالة الساحل.", []),
        # arson told of another noun is why they gathered, not their violence; their own is
        ("واعتصم العشرات أمام مقر المحافظة حاملين صور الشاب الذي قتل بعد أن أضرم مجهولون النار في منزله.",
         [("Protests", "Peaceful protest")]),
        ("وتظاهر المئات الذين أحرقوا إطارات السيارات وسط الشارع الرئيسي.",
         [("Riots", "Violent demonstration")]),
        # hostages freed: neither an abduction nor a takeover
        ("وحرر الجيش 40 رهينة بينهم نساء وأطفال قرب الحدود.", []),
        ("وأعلنت الشرطة تحرير 12 عاملا خطفتهم العصابة قبل أسبوع.", []),
        ("واختطف مسلحون ثلاثة مهندسين من موقع العمل شمال المدينة.",
         [("Violence against civilians", "Abduction/forced disappearance")]),
        ("وحررت القوات بلدة العامرية إثر قتال عنيف ضد المسلحين.",
         [("Battles", "Government regains territory")]),
    ],
)
def test_events_recall_typed(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _types(sentence) == expected


def test_events_recall_demining_programme_is_no_disruption() -> None:
    types = _types("ونظم البرنامج الوطني لنزع الألغام حملة توعية في المدارس.")
    assert ("Strategic developments", "Disrupted weapons use") not in types
    doc = analyze_text("ونظم البرنامج الوطني لنزع الألغام أمس حملة توعية في مدارس مدينة عدن.",
                       title="حملة توعية", published=PUBLISHED)
    assert doc.events == ()


def test_events_recall_future_conjunct_is_a_clause() -> None:
    words = words_of("وسيطرت القوات على التلة وستكون المعركة القادمة في المدينة")
    clauses = clauses_of(words, cue_set("clause_breaks"))
    assert len(clauses) == 2
    assert words[clauses[1][0]].key == "وستكون"


def test_events_recall_arrests_and_bombs_defused_stay_two_events() -> None:
    text = ("وألقت قوات الأمن المصرية أمس القبض على ثلاثة من عناصر خلية مسلحة في مدينة العريش، "
            "وفككت ثلاث عبوات ناسفة زرعت على طريق الدوريات.")
    doc = analyze_text(text, title="حملة أمنية في العريش", published=PUBLISHED)
    subs = sorted(e.sub_event_type for e in doc.events)
    assert subs == ["Arrests", "Disrupted weapons use"]


def test_events_recall_seized_weapons_merge_into_the_arrests() -> None:
    text = ("واعتقلت الشرطة أمس أربعة مطلوبين في حي الزهور بمدينة الموصل.\n\n"
            "وضبطت القوة أسلحة وذخائر في منزل أحدهم في حي الزهور.")
    doc = analyze_text(text, title="اعتقالات في الموصل", published=PUBLISHED)
    assert [e.sub_event_type for e in doc.events] == ["Arrests"]
