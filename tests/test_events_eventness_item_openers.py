"""A sentence that opens an item of its own (إلى ذلك, وفي غضون ذلك, أمنيا) in a court, sport or
economy piece is read without the article's genre and headline weights when it tells an act
of violence or a demonstration: a court report that goes on with a security item tells that
item as news. The same act told without an opener, and a legal item (a handover, a lawsuit)
after an opener, stay in the piece's frame.

Every article here was written for these tests, in the style of Arabic news pages."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Document, Sentence
from rasd.stages.events.eventness import article_profile, opens_item

PUBLISHED = "2015-08-04"
COURT_TITLE = "محكمة الجنايات تؤجل النظر في قضية خلية المطرية"
COURT_PIECE = (
    "أجلت محكمة جنايات القاهرة أمس النظر في قضية خلية المطرية إلى جلسة الشهر المقبل لسماع مرافعة الدفاع.\n\n"
    "وكانت النيابة العامة قد أحالت المتهمين إلى المحاكمة بتهم الانضمام إلى جماعة محظورة وحيازة أسلحة.\n\n"
    "وطالب محامو الدفاع ببراءة المتهمين، فيما قررت المحكمة استمرار حبسهم على ذمة القضية.\n\n"
    "وقضت محكمة أخرى بسجن ثلاثة متهمين في قضية مشابهة، وأيدت محكمة النقض حكما سابقا.\n\n"
)


def _kinds(item: str) -> list[tuple[str, str]]:
    doc = analyze_text(COURT_PIECE + item, published=PUBLISHED, title=COURT_TITLE)
    return [(e.event_type, e.sub_event_type) for e in doc.events]


@pytest.mark.parametrize(
    ("item", "kinds"),
    [
        ("أمنيا، لقي ستة مسلحين حتفهم وجرح أربعة في غارة شنتها مروحيات الجيش جنوب الشيخ زويد.",
         [("Explosions/Remote violence", "Air/drone strike")]),
        ("وفي غضون ذلك، خطف مسلحون مهندسا أجنبيا أثناء توجهه إلى عمله في مدينة السادس من أكتوبر.",
         [("Violence against civilians", "Abduction/forced disappearance")]),
    ],
)
def test_item_opener_reads_a_security_item_as_news(item: str, kinds: list[tuple[str, str]]) -> None:
    assert _kinds(item) == kinds


@pytest.mark.parametrize(
    "item",
    [
        # the same act with no opener: the court piece frames it
        "ولقي ستة مسلحين حتفهم وجرح أربعة في غارة شنتها مروحيات الجيش جنوب الشيخ زويد.",
        # a legal item after an opener stays in the frame (a handover read as a transfer)
        "في غضون ذلك قال فريق المحامين أمس إنه سيرفع دعوى على الحكومة السابقة بسبب قرار تسليم المتهم إلى سلطات بلد مجاور.",
    ],
)
def test_item_in_the_frame_makes_no_event(item: str) -> None:
    assert _kinds(item) == []


@pytest.mark.parametrize(
    ("sentence", "opens"),
    [
        ("أمنيا، قتل ستة مسلحين في قصف جنوب البلدة.", True),
        ("وفي غضون ذلك، خطف مسلحون مهندسا في المدينة.", True),
        ("وإلى ذلك قالت الشرطة إنها اعتقلت ثلاثة.", True),
        ("وعلى صعيد آخر، تظاهر المئات أمام المبنى.", True),
        ("ومن جهة أخرى، قال المحامي إن موكله بريء.", False),  # another side's word, not a new item
        ("وقتل ستة مسلحين في قصف جنوب البلدة، إلى ذلك أصيب أربعة.", False),
        ("وقالت الشرطة إنها اعتقلت ثلاثة أمس.", False),
    ],
)
def test_opens_item_reads_the_first_words(sentence: str, opens: bool) -> None:
    lead = "أجلت المحكمة أمس النظر في القضية."
    text = lead + "\n\n" + sentence
    start = len(lead) + 2
    doc = Document(id="t", text=text, sentences=(Sentence(0, len(lead)), Sentence(start, len(text))))
    assert opens_item(doc, article_profile(doc), start + 3) is opens
