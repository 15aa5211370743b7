"""An act told as the complement of a verb of talk (rasd.stages.events.talk_governor).

Every sentence here was written for these tests. A demand, a call, a threat, a warning, an
expectation, a refusal or a meeting still to come names an act that did not happen (yet); an
act the speaker reports as done, a conjunct that tells a verb of its own, or a past meeting
stays an incident."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.eventness import irrealis
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.talk_governor import governed_by_talk, talk_governors

#: (sentence, the act word, governed by talk)
ROWS = [
    # a demand with its preposition, however long the names between
    ("ناشدت نقابة الأطباء في المحافظة الجنوبية الكبرى الفصائل كلها بوقف القصف", "القصف", True),
    ("طالب رئيس الحكومة المؤقتة صالح بن أحمد الحسيني القوات المتناحرة والفصائل باحترام الهدنة",
     "الهدنه", True),
    ("تطالب الحكومة بالسيطرة على الجزر الثلاث", "بالسيطره", True),
    # a call, a threat, a warning, a promise
    ("دعت المنظمة الطرفين إلى وقف القتال فورا", "القتال", True),
    ("توعد قائد الفصيل بالهجوم على المعسكر", "بالهجوم", True),
    ("وهددت الجماعة بقصف الميناء", "بقصف", True),
    ("حذر المتحدث من هجوم وشيك على البلدة", "هجوم", True),
    ("محذرا من اقتحام المخيم", "اقتحام", True),
    # an expectation, a refusal, a meeting to come (any person and number, the future)
    ("يتوقع قائد اللواء الثالث تحرير القرى الباقية خلال أيام", "تحرير", True),
    ("وأكد أنه يرفض وقف إطلاق النار", "اطلاق", True),
    ("وسيناقش الوزيران اتفاقا للتهدئة", "اتفاقا", True),
    ("سوف يبحث المجلس الاتفاق", "الاتفاق", True),
    # the speaker reports an act as done: أن, a relative clause, punctuation stop the walk
    ("حذر الوزير من أن الطائرات قصفت القرية", "قصفت", False),
    ("دعت اللجنة إلى محاسبة من نفذوا الهجوم", "الهجوم", False),
    ("طالب الأهالي بمحاسبة الجنود الذين اقتحموا الحي", "اقتحموا", False),
    ("ودعا المحافظ، بعدما قصفت المدفعية السوق، إلى الهدوء", "قصفت", False),
    # a conjunct with a verb of its own ends a direct object
    ("رفض الخاطفون مغادرة المبنى وأطلقوا الرصاص باتجاه الشرطة", "الرصاص", False),
    # the preposition on a demonstrative or read past one; a particle (بعد) is no preposition
    ("ناشد الوسيط الطرفين بالالتزام بهذه الهدنة", "الهدنه", True),
    ("طالب الأهالي الطرفين باحترام هذه الهدنة", "الهدنه", True),
    ("طالب المتظاهرون الحكومة بعد قصف السوق", "قصف", False),
    # a direct object: near the verb, no preposition or conjunct before it
    ("رفضت الحكومة بشدة التدخل العسكري في معركة المدينة", "معركه", False),
    ("ويتوقع المحللون العسكريون في العاصمة منذ أيام طويلة ومعهم الخبراء استعادة المدينة", "استعاده", False),
    # a prayer is no call
    ("داعيا الله للشهداء بالرحمة", "للشهداء", False),
    # a past meeting, no preposition of the verb, no verb of talk
    ("وبحث الوزيران الاتفاق", "الاتفاق", False),
    ("دعت الوزارة الصحفيين وقصفت الطائرات المعسكر", "وقصفت", False),
    ("قصفت الطائرات مواقع المسلحين", "قصفت", False),
]


@pytest.mark.parametrize(("sentence", "act", "governed"), ROWS)
def test_events_talk_governor_reads_the_acts_governing_verb(sentence: str, act: str, governed: bool) -> None:
    words = words_of(sentence)
    keys = [w.key for w in words]
    assert act in keys, keys
    assert governed_by_talk(words, keys.index(act)) is governed


def test_events_talk_governor_makes_the_trigger_irrealis() -> None:
    words = words_of("طالب رئيس المجلس المحلي الحاج عبد الكريم الفصائل المسلحة كلها بوقف القصف")
    assert irrealis(words, [w.key for w in words].index("القصف"))


def test_events_talk_governor_shipped_table() -> None:
    table = talk_governors()
    assert table.reach >= 10
    assert "طالبت" in table.forms and "يطالبون" in table.forms and "مطالبا" in table.forms
    assert "دعت" in table.forms and "يدعو" in table.forms
    assert "بحث" not in table.forms and "يبحثان" in table.future
    assert "يعد" not in table.forms  # يعد: 'is counted', not a promise


@pytest.mark.parametrize(("text", "events"), [
    ("طالب محافظ المدينة الشرقية عبد الرحمن السالمي المسلحين وأنصارهم باحترام الهدنة المعلنة في الشمال.", 0),
    ("قصفت المدفعية أمس حي الميدان في مدينة حمص، ما أدى إلى مقتل ثلاثة مدنيين.", 1),
])
def test_events_talk_governor_end_to_end(text: str, events: int) -> None:
    doc = analyze_text(text, published="2015-08-05")
    assert len(doc.events) == events
