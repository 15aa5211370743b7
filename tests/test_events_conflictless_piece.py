"""A weak event in a piece that names no conflict (rasd.stages.events.conflictless,
``conflictless`` in ``rasd/data/events/eventness.json``): a weak event of a type the table reads,
in a piece whose headline and text name no armed or political actor, weapon of war or war, is
dropped (crime, an accident, an animal, a disease told in act words); a conflict term anywhere in
the piece, a confident event or a protest keeps it.

The pieces are written for these tests."""

from __future__ import annotations

import pytest

from piece_helpers import piece_document, weak_candidate
from rasd.stages.events.conflictless import conflictless_bars, names_no_conflict, weak_in_conflictless_piece

#: a family shooting told by the police: no armed or political actor anywhere
CRIME = (
    "أطلق رجل في الأربعين من عمره النار على شقيقه داخل مزرعة العائلة مساء أمس.",
    "وقال الناطق باسم الشرطة إن الدوافع خلاف قديم على قطعة أرض.",
    "وأوضح أن المصاب نقل إلى المستشفى وأن الشرطة قبضت على الجاني.",
)
CRIME_TITLE = "رجل يطلق النار على شقيقه في خلاف على أرض"

#: the same story with one sentence that names a conflict (each keeps the event)
CONFLICT_SENTENCES = (
    "وكانت دورية قريبة قد سمعت إطلاق النار.",  # a patrol
    "وأكد أن الجاني لا ينتمي إلى أي تنظيم.",  # a group (even denied: silent when unsure)
    "وأضاف أن السلاح المستخدم بندقية عسكرية.",  # a military weapon
    "وكان الجاني من المطلوبين للجهات الأمنية.",  # a wanted man
    "وأشار إلى أن الحادثة وقعت قرب موقع سقطت فيه قذيفة الشهر الماضي.",  # a shell
    "وقال إن الضحية ناشط معروف في البلدة.",  # an activist
    "وتقع المزرعة قرب خطوط القتال في الحرب الدائرة.",  # war
    "وجاء الخلاف بعد أيام من هدنة أعلنها الطرفان المتحاربان في المنطقة.",  # a truce, the warring sides
    "وتشهد المنطقة نزاعا مسلحا منذ سنوات.",  # an armed conflict
)


def _drops(sentences: tuple[str, ...], title: str = CRIME_TITLE, confidence: float = 0.3, **changes: object) -> bool:
    names_no_conflict.cache_clear()
    doc = piece_document(sentences, title)
    cand = weak_candidate(sentences, 0, **(changes or {"event_type": "Violence against civilians",
                                                       "sub_event_type": "Attack"}))
    return weak_in_conflictless_piece(doc, cand, confidence)


def test_a_weak_attack_in_a_crime_story_is_dropped() -> None:
    assert _drops(CRIME)


@pytest.mark.parametrize(("event_type", "sub_event_type"), [
    ("Violence against civilians", "Attack"),
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Strategic developments", "Arrests"),
])
def test_each_type_the_table_reads_is_dropped(event_type: str, sub_event_type: str) -> None:
    assert _drops(CRIME, event_type=event_type, sub_event_type=sub_event_type)


@pytest.mark.parametrize("sentence", CONFLICT_SENTENCES)
def test_a_conflict_term_anywhere_in_the_piece_keeps_it(sentence: str) -> None:
    assert not _drops((*CRIME, sentence))


def test_a_conflict_term_in_the_headline_keeps_it() -> None:
    assert not _drops(CRIME, title="مسلح يطلق النار على رجل في مزرعة")


def test_a_confident_event_is_kept() -> None:
    bar = conflictless_bars().max_confidence
    assert _drops(CRIME, confidence=bar - 0.01)
    assert not _drops(CRIME, confidence=bar)


@pytest.mark.parametrize(("event_type", "sub_event_type"), [
    ("Protests", "Peaceful protest"),
    ("Riots", "Mob violence"),
])
def test_protests_and_riots_keep_their_own_rules(event_type: str, sub_event_type: str) -> None:
    assert not _drops(CRIME, event_type=event_type, sub_event_type=sub_event_type)


@pytest.mark.parametrize("sentences", [
    ("نفق ثعبان في حديقة منزل بعد أن لدغ صاحبه الذي توفي في المستشفى.",
     "وقالت السلطات إن صاحب المنزل كان يربي الثعابين منذ سنوات.",
     "وأوضحت أن التحقيق مستمر لمعرفة مصدر الثعبان."),
    ("أودى مرض تنفسي بحياة ثلاثة أشخاص في المدينة خلال الأسبوع الماضي.",
     "وقالت مديرية الصحة إن عدد المصابين بلغ أربعين حالة.",
     "ودعت المديرية السكان إلى مراجعة المراكز الصحية عند ظهور الأعراض."),
])
def test_an_animal_or_a_disease_told_in_act_words_is_dropped(sentences: tuple[str, ...]) -> None:
    assert _drops(sentences, title="وفاة ثلاثة في المدينة")


def test_the_shipped_table() -> None:
    bars = conflictless_bars()
    assert bars.types == {"Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"}
    assert 0.0 < bars.max_confidence <= 0.5
    assert bars.terms is not None
    # the police alone are no conflict actor: they report and arrest in every crime story
    assert names_no_conflict("", "قالت الشرطة إنها قبضت على الجاني.")
    assert not names_no_conflict("", "قالت الشرطة إن مسلحين أطلقوا النار.")


def test_a_truce_between_warring_sides_keeps_its_agreement() -> None:
    truce = ("أعلن وجهاء القبائل اليوم اتفاق الجماعتين على هدنة لثلاثة أشهر في الوادي.",
             "وتنص الهدنة على فتح الطريق الرئيسي أمام الشاحنات.")
    assert not _drops(truce, title="هدنة في الوادي", event_type="Strategic developments", sub_event_type="Agreement")


@pytest.mark.parametrize("sentence", [
    "وأوضح المتحدث باسم الشرطة الرائد سالم الحربي أن التحقيق جار.",  # a family name, not "of war"
    "وقال إن رجال الشرطة عثروا على المسدس بعد تفتيش المنزل.",  # a police search, not a checkpoint
    "وأضاف أن الجاني دفع الباب بقوة قبل أن يهرب.",  # "with force", not an armed force
    "ودعا الأهالي إلى نبذ العنف في حل الخلافات العائلية.",  # violence in general, not acts of violence
])
def test_a_word_that_only_looks_like_war_keeps_a_crime_story_conflictless(sentence: str) -> None:
    assert _drops((*CRIME, sentence))


@pytest.mark.parametrize("sentence", [
    "وحلق الطيران الحربي فوق المزرعة بعد الحادثة.",  # warplanes
    "وكانت سفينة حربية راسية قرب الشاطئ.",  # a warship
    "ووقعت الحادثة قرب نقطة تفتيش على مدخل البلدة.",  # a checkpoint
    "وطوقت قوة أمنية المزرعة بعد الحادثة.",  # a security force
    "وشهدت البلدة أعمال عنف الشهر الماضي.",  # acts of violence
])
def test_the_sharpened_terms_still_name_a_conflict(sentence: str) -> None:
    assert not _drops((*CRIME, sentence))
