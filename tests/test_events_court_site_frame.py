"""A court word that names a site (rasd.stages.events.court_site) frames nothing, and an item
opener ends the time carried from the item before it (rasd.stages.events.eventness).

``ميدان المحكمة`` (a square named for a court) or ``أمام المحكمة`` where a bomb went off is a
place: it is no evidence that the sentence or the article is a court report, so a headline
naming the square does not drop the bombing the piece reports. A court, a trial or a sentence
(``قضت المحكمة``, ``مثل أمام المحكمة``) still is. And a sentence that opens an item of its own
(``إلى ذلك``) is not dated by the old year of the item before it.

Every sentence here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Document, Sentence
from rasd.stages.events.court_site import court_site, court_told
from rasd.stages.events.eventness import sentence_cues
from rasd.stages.events.eventness_tables import eventness_tables
from rasd.stages.events.lexicon import cue_set, words_of

PUBLISHED = "2015-08-10"


@pytest.mark.parametrize(("text", "site"), [
    ("انفجرت قنبلة قرب ميدان المحكمة وسط المدينة", True),
    ("وقع الانفجار بمحيط المحكمة صباحا", True),
    ("أصيب حارس أمام محكمة الحي بشظايا", True),
    ("قضت المحكمة بسجن المتهمين خمس سنوات", False),
    ("مثل المتهم أمام المحكمة أمس", False),
    ("أحيل المتهمون إلى المحكمة العسكرية", False),
])
def test_court_site_reads_the_court_word(text: str, site: bool) -> None:
    words = words_of(text)
    at = cue_set("court_building").find(words)[0].first
    assert court_site(words, at) is site


@pytest.mark.parametrize(("text", "told"), [
    ("انفجرت عبوة في ميدان المحكمة اليوم", False),
    ("انفجرت عبوة في ميدان المحكمة ثم قضت المحكمة بحبس شخصين", True),
    ("أرجأت المحكمة النطق بالحكم", True),
    ("اشتبك مسلحون مع دورية في ساحة السوق", False),
])
def test_court_told_needs_a_court_not_a_site(text: str, told: bool) -> None:
    assert court_told(eventness_tables().sentence["court"], words_of(text)) is told


@pytest.mark.parametrize(("text", "court"), [
    ("انفجرت عبوة ناسفة صباح اليوم بمحيط ميدان المحكمة في المدينة.", False),
    ("قضت المحكمة أمس بسجن ثلاثة متهمين في قضية التفجير.", True),
])
def test_sentence_court_cue_skips_a_site(text: str, court: bool) -> None:
    doc = Document(id="t", text=text, sentences=(Sentence(0, len(text)),))
    assert ("court" in sentence_cues(doc, 0, len(text))) is court


SQUARE_TITLE = "انفجار قنبلة بميدان المحكمة في الجيزة وإبطال أخرى"
SQUARE_PIECE = (
    "انفجرت قنبلة بدائية الصنع صباح اليوم بميدان المحكمة في مدينة الجيزة، ما أدى إلى إصابة شرطيين بجروح طفيفة.\n\n"
    "وذكر مسؤول في الشرطة أن فريقا من خبراء المفرقعات تمكن من إبطال قنبلة ثانية عثروا عليها في حقيبة قرب ميدان المحكمة.\n\n"
    "وأضاف أن رجال الأمن يفحصون تسجيلات الكاميرات في الميدان للتعرف على الجناة."
)


def test_bombing_at_a_court_square_is_reported() -> None:
    doc = analyze_text(SQUARE_PIECE, title=SQUARE_TITLE, published=PUBLISHED)
    assert "Remote explosive/landmine/IED" in {e.sub_event_type for e in doc.events}


VERDICT_TITLE = "السجن لعشرين من أنصار جماعة محظورة في الشرقية"
VERDICT_PIECE = (
    "قضت محكمة جنايات الزقازيق أمس بسجن عشرين من أنصار جماعة محظورة بين ثلاث وسبع سنوات.\n\n"
    "وقالت النيابة العامة إن المتهمين شاركوا في مظاهرات تحولت إلى أعمال عنف بالمدينة في يونيو 2013.\n\n"
    "وأيدت محكمة الاستئناف حكما سابقا بسجن اثنين منهم، وطالب المحامون بنقض الحكم.\n\n"
)


@pytest.mark.parametrize(("item", "events"), [
    # a new item: not dated by the 2013 of the verdict's background
    ("إلى ذلك أعلن متحدث عسكري مقتل خمسة مسلحين في اشتباك مع قوة أمنية جنوب مدينة الشيخ زويد.", 1),
    # no opener: the court piece's own sentence, still told in its frame
    ("وأعلن متحدث عسكري مقتل خمسة مسلحين في اشتباك مع قوة أمنية جنوب مدينة الشيخ زويد.", 0),
])
def test_item_opener_ends_the_carried_time(item: str, events: int) -> None:
    doc = analyze_text(VERDICT_PIECE + item, title=VERDICT_TITLE, published=PUBLISHED)
    assert len(doc.events) == events
