"""Who took a place and who lost it, and who was only hit (issue 16): the side named after
``من`` that follows the event's own word of taking back, however long the place's name, lost
it; a side told as the past holder of the place taken lost it; "armed" after a noun of
fighting is the fight's adjective, not an unidentified group; "the coalition" alone right after
a verb of striking is the coalition of the event's country; a force noun told right after a
death verb with no object is its passive subject, the victim. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.naming import group_mentions
from rasd.stages.events.sides import table_words
from rasd.stages.events.voice import fight_adjective

IS = "Islamic State"
HOUTHI = "Houthi Movement - Ansar Allah"


def _actors(text: str, published: str = "2015-08-01") -> list[tuple[str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side a long-named place is freed from lost it; the freeing side is the state's
        ("أعلنت قيادة العمليات المشتركة تحرير الجسر القديم الرابط بين حي التأميم ووسط الرمادي من قبضة تنظيم داعش.",
         ("Military Forces of Iraq", IS)),
        # "armed" after a noun of fighting names no side: the resistance fought them
        ("أفادت مصادر قبلية بمقتل خمسة من الحوثيين مساء الجمعة في مواجهات مسلحة ليلية مع المقاومة الشعبية قرب نهم.",
         ("Popular Resistance", HOUTHI)),
        # "the coalition" alone after a verb of striking
        ("وقصف التحالف فجر اليوم مخازن سلاح للمتمردين الحوثيين في محافظة صعدة.",
         ("Military Forces of Saudi Arabia", HOUTHI)),
        # a policeman killed, told verb first: the victim, not the doer
        ("قتل شرطي بالرصاص أمس في هجوم في دياربكر.",
         ("Unidentified Armed Group (Turkey)", "Police Forces of Turkey")),
        ("قتل جندي تركي أمس في هجوم في دياربكر.",
         ("Unidentified Armed Group (Turkey)", "Military Forces of Turkey")),
    ],
)
def test_taken_sides_read_end_to_end(text: str, expected: tuple[str, str]) -> None:
    assert expected in _actors(text)


def test_past_holder_of_the_place_taken_is_not_its_taker() -> None:
    got = _actors("صرح متحدث باسم مقاتلين محليين بأن المقاتلين ووحدات من الجيش سيطرت أمس على حي كريتر "
                  "وهو آخر حي كان لا يزال تحت سيطرة مسلحي الحوثي في الساحل.")
    assert got and all(a1 != HOUTHI for a1, _ in got)
    assert any(a2 == HOUTHI for _, a2 in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a backer named after بدعم من does not lose the place
        ("استعادت القوات العراقية بدعم من طيران التحالف الدولي بلدة صغيرة قرب الرمادي من تنظيم داعش.",
         ("Military Forces of Iraq", IS)),
        # a من in another clause (after وأن) is no side the place is taken from
        ("وذكر القائد أن عمليات تحرير مدينة الفلوجة متواصلة وأن قوة مشتركة من قوات الجيش ورجال العشائر "
         "نجحت في دخول حي الجولان إثر قتال مع مسلحي تنظيم داعش.",
         ("Military Forces of Iraq", IS)),
        # "armed clashes" with one side named: the other, unnamed, is an unidentified armed group
        ("قتل شابان فلسطينيان برصاص الجيش الإسرائيلي ليلا خلال اشتباكات مسلحة في مخيم بلاطة قرب نابلس.",
         ("Military Forces of Israel", "Unidentified Armed Group (Palestine)")),
        # gunmen who kill farmers act: an object follows the verb
        ("قتل مسلحون ثلاثة مزارعين في قرية قرب كابول أمس.",
         ("Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)")),
    ],
)
def test_taken_sides_guards(text: str, expected: tuple[str, str]) -> None:
    assert expected in _actors(text)


def test_a_parliamentary_bloc_is_no_coalition() -> None:
    words = words_of("وانتقد التحالف الوطني العراقي الحكومة بسبب بطء العمليات في الأنبار.")
    assert not group_mentions(words, country="IQ")


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("اندلعت اشتباكات مسلحة مع المقاومة", 2, True),
        ("دارت مواجهات مسلحة عنيفة", 2, True),
        ("هاجم مسلحون مركزا للشرطة", 1, False),
        ("قتل مسلح في المدينة", 1, False),
    ],
)
def test_fight_adjective(text: str, pos: int, expected: bool) -> None:
    assert fight_adjective(words_of(text), 0, pos, pos) is expected


@pytest.mark.parametrize(
    ("key", "word"),
    [("partitives", "معظمهم"), ("fight_nouns", "المعارك"), ("belonging", "الموالية"), ("part_openers", "بمساندة")],
)
def test_table_words_are_normalised(key: str, word: str) -> None:
    assert words_of(word)[0].key in table_words(key)
