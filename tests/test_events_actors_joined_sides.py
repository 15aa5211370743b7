"""Sides told with a joined party or inside a force's ranks (issue 16): a role word does not
give way to other forces joined after it by و (``القوات النظامية وقوات المعارضة`` is two
sides), the casualties "in the ranks of the members of the militia" are that group's
(``في صفوف عناصر المليشيا الحوثية``), and an anaphor word heading a name is no anaphor.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasd.api import analyze_text
from rasd.stages.events.lexicon import words_of
from rasd.stages.events.voice import joined_party, suffers

HOUTHI = "Houthi Movement - Ansar Allah"


def _actors(text: str, published: str = "2015-07-25") -> list[tuple[str | None, str | None]]:
    doc = analyze_text("خبر\n\n" + text + "\n", published=published)
    return [(e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("واندلعت مواجهات عنيفة مساء أمس بين القوات النظامية وقوات المعارضة قرب سهل الغاب بريف حماة.",
         ("Military Forces of Syria", "Opposition Rebels (Syria)")),
        ("وأوقع كمين نصبه رجال المقاومة على طريق يريم جرحى وقتلى في صفوف عناصر المليشيا الحوثية ليل الأحد.",
         ("Popular Resistance", HOUTHI)),
        # a guard: the plain name was read so before
        ("وأوقع كمين نصبه رجال المقاومة على طريق يريم جرحى وقتلى في صفوف الحوثيين ليل الأحد.",
         ("Popular Resistance", HOUTHI)),
        # "الميليشيا" heading a name is not an anaphor of the group named before (Syria's
        # National Army, read from a Yemeni sentence without its country)
        ("وذكر قائد ميداني أن المقاومة تقدمت مع وحدات من الجيش الوطني نحو مواقع شرق صرواح. "
         "وفي إب، أوقع كمين نصبه رجال المقاومة على طريق يريم جرحى وقتلى في صفوف عناصر الميليشيا الحوثية ليل الأحد.",
         ("Popular Resistance", HOUTHI)),
    ],
)
def test_events_actors_joined_sides_in_events(text: str, expected: tuple[str, str]) -> None:
    # (both sides named; a clash's order is the sentence's)
    assert set(expected) in [{a1, a2} for a1, a2 in _actors(text)]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("سقط قتلى في صفوف عناصر المليشيا الحوثية", "الحوثيه", True),
        ("سقط قتلى في صفوف ميليشيات الحوثي", "الحوثي", True),
        ("سقط قتلى من عناصر داعش", "داعش", True),
        # a guard: the doer of the ambush is not among the casualties
        ("نصبت المليشيا الحوثية كمينا", "الحوثيه", False),
    ],
)
def test_events_actors_joined_sides_ranks_suffer(text: str, word: str, expected: bool) -> None:
    words = words_of(text)
    pos = next(i for i, w in enumerate(words) if w.key == word)
    assert suffers(words, pos, (), ()) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بين القوات النظامية وقوات المعارضة", True),
        # past a comma the joined name is the phrase's own end (the give-way rule reads it)
        ("بين قوات النظام ومعها عناصر الدفاع الوطني، وفصائل جيش الفتح", False),
        ("بين القوات النظامية وعدد من المقاتلين", True),
        ("بين القوات النظامية ومقاتلي المعارضة", True),
        ("بين القوات النظامية المعارضة", False),  # no و: no joined party
    ],
)
def test_events_actors_joined_sides_joined_party(text: str, expected: bool) -> None:
    words = words_of(text)
    last = next(i for i, w in enumerate(words) if w.key in ("النظاميه", "الوطني"))
    first = next(i for i in range(last + 1, len(words)) if not words[i].punct)
    assert joined_party(words, last, first, text) is expected
