"""A place word with the article is not the first term of a construct: the word after
``بالسجن`` or ``بالقاعدة`` is no place that the place word names, while ``سجن X`` and ``مطار X``
still name X (sentences written for rasd)."""

from __future__ import annotations

import pytest

from places_helpers import found_places
from rasd.stages.places.words import definite_place_word, read_words


@pytest.mark.parametrize(
    ("text", "word", "definite"),
    [
        ("قضت بالسجن خمس سنوات", "بالسجن", True),
        ("حطت بالمطار الدولي", "بالمطار", True),
        ("نقل إلى سجن صيدنايا", "سجن", False),
        ("هبطت في مطار عدن", "مطار", False),
        ("وصل وبمطار عدن", "وبمطار", False),
        ("عاد إلى العاصمة صنعاء", "العاصمة", False),
        ("قال المتحدث", "المتحدث", False),
    ],
)
def test_places_definite_place_word_reads_the_article(text: str, word: str, definite: bool) -> None:
    w = next(w for w in read_words(text) if text[w.start : w.end] == word)
    assert definite_place_word(text, w) is definite


@pytest.mark.parametrize(
    "text",
    [
        "أصدرت محكمة الجنايات في القاهرة حكمها بالسجن خمس سنوات على المتهمين.",
        "وعوقب الضابط بالسجن عشر سنوات بعد إدانته بالرشوة في الرياض.",
    ],
)
def test_places_definite_place_word_names_no_town_after_it(text: str) -> None:
    names = {p.name for p in found_places(text).values()}
    assert names <= {"Cairo", "Riyadh"}


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("هبطت الطائرة في مطار عدن الدولي صباح الخميس.", "عدن", "Aden"),
        ("عاد الوفد إلى العاصمة صنعاء مساء الأحد.", "صنعاء", "Sanaa"),
    ],
)
def test_places_definite_place_word_keeps_bare_place_words(text: str, surface: str, name: str) -> None:
    found = found_places(text)
    assert any(surface in s and p.name == name for s, p in found.items())
