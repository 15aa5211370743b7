"""An arrest told as a verbal noun (``اعتقال``, ``القبض على``, ``توقيف``): the group named in the
noun phrase after it is the arrested, never the arrest's doer (rasd.stages.events.held)."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.held import held_positions
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.numbers import parse_counts


def _arrests(text: str) -> list[tuple[str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published="2015-08-10")
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Arrests"]


def _held(text: str, name_word: str, kind: str) -> bool:
    words = words_of(text)
    pos = next(i for i, w in enumerate(words) if w.key == name_word)
    return pos in held_positions(words, 0, len(words), [(pos, "X", kind)], parse_counts(words))


@pytest.mark.parametrize(
    ("text", "name_word", "kind", "held"),
    [
        ("جرى القبض على نحو عشره من القيادات الحوثيه في الحي", "الحوثيه", "rebel", True),
        ("اعلنت السلطات اعتقال 12 من عناصر تنظيم داعش امس", "تنظيم", "rebel", True),
        ("تم توقيف ثلاثه من اعضاء الجماعه فجرا", "الجماعه", "rebel", True),
        # a state force after the noun is the subject that arrests
        ("اكد المصدر اعتقال الشرطه ثلاثه من الشبان", "الشرطه", "police", False),
        # past a word outside the arrested phrase (a place, a clause) the group is not told held
        ("تم اعتقال خمسه اشخاص في هجوم شنته الجماعه", "الجماعه", "rebel", False),
        ("بعد اعتقال رجلين، هاجمت الجماعه الحاجز", "الجماعه", "rebel", False),
    ],
)
def test_held_arrested_phrase(text: str, name_word: str, kind: str, held: bool) -> None:
    assert _held(text, name_word, kind) is held


@pytest.mark.parametrize(
    ("text", "held_group"),
    [
        ("قالت مصادر محلية إن القبض على نحو عشرة من القيادات الحوثية جرى صباح أمس في مديرية المنصورة بعدن.",
         "Houthi Movement - Ansar Allah"),
        ("ذكر بيان أمني أن توقيف ثلاثة من أعضاء جماعة الإخوان تم فجر أمس في حي المطرية بالقاهرة.",
         "Muslim Brotherhood"),
    ],
)
def test_held_arrested_not_doer(text: str, held_group: str) -> None:
    sides = _arrests(text)
    assert sides and all(a1 != held_group for a1, _ in sides)
    assert any(a2 == held_group for _, a2 in sides)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kept: the arresting force named as the verb's subject, or as the noun's genitive
        ("اعتقلت قوات الأمن العراقية أمس خمسة مسلحين من تنظيم داعش في قضاء الخالص بمحافظة ديالى.",
         ("Police Forces of Iraq", "Islamic State")),
        ("أكد مصدر أمني اعتقال الشرطة المصرية ثلاثة من أنصار جماعة الإخوان في محافظة الجيزة أمس.",
         ("Police Forces of Egypt", "Muslim Brotherhood")),
    ],
)
def test_held_arrested_kept(text: str, expected: tuple[str, str]) -> None:
    assert expected in _arrests(text)
