"""The doer an article told before, for an event whose clause names none (issue 16:
:mod:`rasd.stages.events.discourse`), and a bare ``القاعدة`` that names a base told just
before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.document import Location, Sentence
from rasd.stages.events.discourse import DoerMemory, unnamed
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.merge import Candidate
from rasd.stages.events.sides import common_noun

HOUTHIS = "Houthi Movement - Ansar Allah"
SHABAAB = "Al Shabaab"


def _events(text: str, published: str = "2015-08-08") -> list[tuple[str, str | None, str | None]]:
    """``(evidence text, actor1, actor2)`` of each event of the article."""
    body = "خبر\n\n" + text + "\n"
    doc = analyze_text(body, published=published)
    return [(doc.text[e.evidence.start:e.evidence.end], e.actor1, e.actor2) for e in doc.events]


def _sides_at(text: str, marker: str) -> list[tuple[str | None, str | None]]:
    """The sides of every event whose evidence holds ``marker`` (and not the sentence
    before's event merged with it)."""
    return [(a1, a2) for ev, a1, a2 in _events(text) if marker in ev]


@pytest.mark.parametrize(
    ("text", "marker", "expected"),
    [
        # an armed group's next attack, told with no doer, in the sentence after
        ("هاجم مسلحو حركة الشباب صباح اليوم نقطة تفتيش للجيش الصومالي في بلدة جوهر وقتلوا أربعة جنود. "
         "وفي بلدة بلدوين، قتل ستة مدنيين في انفجار سيارة مفخخة قرب سوق الماشية مساء اليوم.",
         "بلدوين", (SHABAAB, "Civilians (Somalia)")),
        # a coalition strike, then more strikes with no doer
        ("شنت مقاتلات التحالف فجر اليوم غارات على مواقع للحوثيين في مديرية باقم بمحافظة صعدة. "
         "واستهدفت غارات جوية أخرى بعد الظهر معسكرا للحوثيين في مديرية حرض بمحافظة حجة.",
         "حرض", ("Military Forces of Saudi Arabia", HOUTHIS)),
    ],
)
def test_discourse_carries_the_doer_told_before(text: str, marker: str,
                                                  expected: tuple[str | None, str | None]) -> None:
    sides = _sides_at(text, marker)
    assert sides, "no event read from the marked sentence"
    assert expected[0] in {a1 for a1, _ in sides}, sides


@pytest.mark.parametrize(
    ("text", "marker", "unexpected"),
    [
        # a doer named as unknown is the clause's own
        ("هاجم مسلحو حركة الشباب صباح اليوم نقطة تفتيش للجيش الصومالي في بلدة جوهر وقتلوا أربعة جنود. "
         "وفي بلدة بلدوين، اختطف مسلحون مجهولون ثلاثة موظفين في منظمة إغاثة مساء اليوم.",
         "بلدوين", SHABAAB),
        # the report says no one has claimed the attack
        ("هاجم مسلحو حركة الشباب صباح اليوم نقطة تفتيش للجيش الصومالي في بلدة جوهر وقتلوا أربعة جنود. "
         "وفي بلدة بلدوين، قتل ستة مدنيين في انفجار سيارة مفخخة قرب سوق الماشية مساء اليوم. "
         "ولم تتبن أي جهة التفجير حتى الآن.",
         "بلدوين", SHABAAB),
        # another matter opens the sentence
        ("هاجم مسلحو حركة الشباب صباح اليوم نقطة تفتيش للجيش الصومالي في بلدة جوهر وقتلوا أربعة جنود. "
         "من جهة أخرى، قتل ستة مدنيين في انفجار سيارة مفخخة قرب سوق الماشية في بلدة بلدوين مساء اليوم.",
         "بلدوين", SHABAAB),
        # a state's forces are carried to an act of the same kind only (shelling, then a bomb)
        ("قصفت قوات النظام السوري بالمدفعية الثقيلة أحياء في مدينة دوما صباح اليوم. "
         "وفي مدينة جرمانا، قتل أربعة مدنيين في انفجار عبوة ناسفة قرب مدرسة مساء اليوم.",
         "جرمانا", "Military Forces of Syria"),
        # the act a reprisal answers is not the reprisal's doer's
        ("قتل شرطيان تركيان اليوم في هجوم تبناه حزب العمال الكردستاني على مركز للشرطة في مدينة ديار بكر. "
         "وقال الحزب إن الهجوم جاء ردا على التفجير الانتحاري الذي أودى بحياة 32 شخصا في بلدة سوروتش "
         "يوم الاثنين.",
         "سوروتش", "PKK: Kurdistan Workers Party"),
    ],
)
def test_discourse_carries_no_doer_where_the_text_says_otherwise(text: str, marker: str, unexpected: str) -> None:
    sides = _sides_at(text, marker)
    assert unexpected not in {a1 for a1, _ in sides}, sides


_YEMEN = Location("الضالع", "Ad Dali", "YE", None, 13.7, 44.7, 2)


def _cand(start: int, sub: str, actor1: str | None, actor2: str | None) -> Candidate:
    event_type = "Battles" if sub == "Armed clash" else "Explosions/Remote violence"
    return Candidate(event_type, sub, "2015-08-08", 1, _YEMEN, False, actor1, actor2, None, start, start + 10,
                     0.5, False, False)


@pytest.mark.parametrize(
    ("second", "told", "expected"),
    [
        # "the two sides" of the clash told before: both
        ("وتواصلت المواجهات بين الطرفين اليوم.", ("Popular Resistance", HOUTHIS), ("Popular Resistance", HOUTHIS)),
        # no "two sides": an unnamed clash takes neither
        ("وتواصلت المواجهات في المدينة اليوم.", ("Popular Resistance", HOUTHIS),
         ("Unidentified Armed Group (Yemen)", None)),
    ],
)
def test_discourse_clash_between_the_two_sides(second: str, told: tuple[str, str],
                                               expected: tuple[str | None, str | None]) -> None:
    first = "اندلعت اشتباكات بين المقاومة والحوثيين أمس."
    text = first + " " + second
    sentences = [Sentence(0, len(first)), Sentence(len(first) + 1, len(text))]
    memory = DoerMemory(text, sentences, [_cand(0, "Armed clash", *told)])
    got = memory.carry(_cand(len(first) + 1, "Armed clash", "Unidentified Armed Group (Yemen)", None))
    assert (got.actor1, got.actor2) == expected


def test_discourse_bare_base_word_is_not_al_qaeda() -> None:
    text = ("شنت طائرات التحالف صباح اليوم غارات مكثفة على قاعدة العند الجوية في محافظة لحج. "
            "والقاعدة تقع تحت سيطرة مسلحي الحوثي وتحاصرها قوات المقاومة الشعبية منذ أيام.")
    actors = {a for _ev, a1, a2 in _events(text) for a in (a1, a2)}
    assert not any(a and "Al Qaeda" in a for a in actors), actors


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("القاعدة العسكرية تقع شمال المدينة", True),  # the next word says so
        ("غارات على قاعدة العند. والقاعدة تحت سيطرة المسلحين", True),  # a base named just before
        ("غارات على قاعدة عسكرية. والقاعدة تحت سيطرة المسلحين", True),
        ("أعلن تنظيم القاعدة مسؤوليته عن الهجوم. والقاعدة تنشط في المنطقة", False),  # no base named
        ("يعمل على قاعدة عدم التدخل. والقاعدة تنشط في المنطقة", False),  # an idiom, no base
    ],
)
def test_sides_common_noun_reads_a_base_named_before(text: str, base: bool) -> None:
    words = words_of(text)
    last = max(i for i, w in enumerate(words) if w.key in ("القاعده", "والقاعده"))
    assert common_noun(words, last, last, len(words), text) is base


@pytest.mark.parametrize(
    ("actor", "expected"),
    [(None, True), ("Unidentified Armed Group (Yemen)", True), ("Islamic State", False),
     ("Military Forces of Iraq", False)],
)
def test_discourse_unnamed(actor: str | None, expected: bool) -> None:
    assert unnamed(actor) is expected
