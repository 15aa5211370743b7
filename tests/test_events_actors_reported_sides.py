"""Sides read past a report's opening and a target's owner (issue 16): a force named after
"إن" is the subject of the report, not its source (``قال مسؤول إن الجيش قصف``); a force does
not give way to the group that owns what it strikes (``هاجم جنود مخابئ لطالبان``); the part
of the dead named after ``معظمهم من`` suffers with them; a target noun ending like an
adjective (``آلية``) still marks its owner; whom a side is told fighting with (``بعد معارك مع
المتمردين``) is not the doer where no subject is read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.naming import role_mentions
from rasd.stages.events.targets import owns_target
from rasd.stages.events.voice import fought_with, suffers

IS = "Islamic State"


def _actors(text: str, published: str = "2015-07-25") -> list[tuple[str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the force after إن is what the report is about
        ("وقال مسؤول محلي إن الجيش قصف ليلة أمس مخابئ للمتمردين قرب بلدة باما في ولاية بورنو.",
         "Military Forces of Nigeria"),
        ("وقالت الحكومة في بيان إن مقاتلات تركية قصفت مواقع لتنظيم داعش قرب مدينة جرابلس السورية صباح أمس.",
         "Military Forces of Turkey"),
        # a force does not give way to the owner of what it attacks
        ("هاجم جنود أفغان صباح أمس مخابئ لحركة طالبان في ولاية هلمند.", "Military Forces of Afghanistan"),
        # the dead "most of them policemen" are the victims, not the doers
        ("قتل 12 شخصا معظمهم من رجال الأمن مساء أمس في هجوم على مسجد بمدينة أبها تبناه تنظيم داعش.", IS),
        # whom the forces fought with is not the side that took the town
        ("وأفادت مصادر محلية أن وحدات الجيش الموالية للرئيس هادي بسطت أمس سيطرتها على بلدة لودر "
         "بمحافظة أبين إثر قتال طويل مع المتمردين الحوثيين.", "Military Forces of Yemen"),
        # a guard: where the side named first is the one counted dead, whom it fought with stays a side
        ("قتل 13 من عناصر الحوثي مساء أمس في اشتباكات مع رجال المقاومة ووحدات الجيش شرقي مدينة تعز.",
         "Military Forces of Yemen"),
        # the owner of a vehicle struck is its victim (آلية ends like an adjective)
        ("قالت الشرطة الكينية أمس إن مسلحين من حركة الشباب قتلوا أربعة ركاب بهجوم على آلية للشرطة في منطقة لامو.",
         "Al Shabaab"),
    ],
)
def test_events_actors_reported_sides_doer(text: str, expected: str) -> None:
    assert expected in [a1 for a1, _a2 in _actors(text)]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("هاجم جنود أفغان صباح أمس مخابئ لحركة طالبان في ولاية هلمند.", "Taliban"),
        ("قتل 12 شخصا معظمهم من رجال الأمن مساء أمس في هجوم على مسجد بمدينة أبها تبناه تنظيم داعش.",
         "Police Forces of Saudi Arabia"),
    ],
)
def test_events_actors_reported_sides_victim(text: str, victim: str) -> None:
    assert victim in [a2 for a1, a2 in _actors(text) if a1 != victim]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("قال مسؤول إن الجيش قصف القرية", ["military"]),
        ("أفاد بيان أن الطائرات قصفت القرية", ["military"]),
        # a guard: the source's own body before any إن stays the source
        ("قال مصدر الشرطة إن مسلحين هاجموا القرية", ["armed"]),
    ],
)
def test_events_actors_reported_sides_role_after_that(text: str, kinds: list[str]) -> None:
    words = words_of(text)
    assert [r.kind for r in role_mentions(words)] == kinds


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("هجوم على آلية للشرطة", "للشرطه", True),
        ("قصف مخابئ لحركة طالبان", "لحركه", True),
        # a guard: an adjective between is still passed (نقطة تفتيش عسكرية للمسلحين)
        ("هجوم على نقطة عسكرية للمسلحين", "للمسلحين", True),
        ("هجوم للمسلحين على القرية", "للمسلحين", False),
    ],
)
def test_events_actors_reported_sides_owns_target(text: str, word: str, expected: bool) -> None:
    words = words_of(text)
    pos = next(i for i, w in enumerate(words) if w.key == word)
    assert owns_target(words, 0, pos) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("قتل 15 شخصا معظمهم من رجال الأمن", "رجال", True),
        ("قتل 15 شخصا أغلبهم من الجنود", "الجنود", True),
        # a guard: no count and no death before it
        ("وصل الوفد معظمهم من رجال الأمن", "رجال", False),
    ],
)
def test_events_actors_reported_sides_part_suffers(text: str, word: str, expected: bool) -> None:
    words = words_of(text)
    pos = next(i for i, w in enumerate(words) if w.key == word)
    assert suffers(words, pos, [m for m in range(len(words)) if words[m].key == "قتل"], ()) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("سيطرت القوات على البلدة بعد معارك ضارية مع المتمردين", "المتمردين", True),
        ("اندلعت اشتباكات مع مسلحين قرب الحدود", "مسلحين", True),
        # a guard: company, not a fight (حاول الحديث مع ضابط القوة)
        ("حاول الرجل الحديث مع ضابط القوة", "ضابط", False),
    ],
)
def test_events_actors_reported_sides_fought_with(text: str, word: str, expected: bool) -> None:
    words = words_of(text)
    pos = next(i for i, w in enumerate(words) if w.key == word)
    assert fought_with(words, 0, pos) is expected
