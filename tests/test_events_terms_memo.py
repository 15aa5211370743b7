"""Answers kept within a document: a term set asked again in the same words (the same
range, or another range of the text from the same word) answers as it did, each caller
gets a list of its own, ``find`` and ``any_in`` agree whichever is asked first, and a
window read without the text's layer is one list for every asker."""

from __future__ import annotations

import pytest

from rasd.stages.events.lexicon import TermSet, words_of
from rasd.tokens import TokenLayer

# our own phrases
_TERMS = ("اطلاق النار", "اطلاق النار الكثيف", "قوات الامن", "قوات", "عبوه ناسف*")
_TEXT = "بدأ إطلاق النار الكثيف صباحا ثم انتشرت قوات الأمن، وانفجرت عبوة ناسفة قرب قوات الجيش"


def _fresh(words: list) -> list:
    return list(words)  # a new plain list: its own index, no answer kept yet


def _asks(n: int) -> list[tuple[int, int]]:
    return [(lo, hi) for lo in range(n) for hi in range(lo, n + 2)]


@pytest.mark.parametrize("first", ["find", "any_in"])
def test_events_terms_memo_repeated_asks_answer_as_the_first(first: str) -> None:
    layer = TokenLayer.of(_TEXT)
    words = words_of(_TEXT)
    ts = TermSet(_TERMS)
    expected = {(lo, hi): ts.find(_fresh(words), lo, hi) for lo, hi in _asks(len(words))}
    assert any(expected.values())
    for _round in range(2):
        for lo, hi in _asks(len(words)):
            if first == "any_in":
                assert ts.any_in(words, lo, hi) is bool(expected[lo, hi])
            assert ts.find(words, lo, hi) == expected[lo, hi]
            assert ts.any_in(words, lo, hi) is bool(expected[lo, hi])
    del layer


def test_events_terms_memo_each_caller_gets_its_own_list() -> None:
    layer = TokenLayer.of(_TEXT)
    words = words_of(_TEXT)
    ts = TermSet(_TERMS)
    got = ts.find(words)
    assert got
    n = len(got)
    got.clear()
    again = ts.find(words)
    assert len(again) == n and again is not got
    del layer


@pytest.mark.parametrize("cut", [3, 6, 9])
def test_events_terms_memo_ranges_of_one_text_from_one_word(cut: int) -> None:
    """Two ranges that start at the same word but end apart: each answers for its own end."""
    layer = TokenLayer.of(_TEXT)
    whole = words_of(_TEXT)
    short = words_of(_TEXT, 0, whole[cut - 1].end)
    assert len(short) == cut
    ts = TermSet(_TERMS)
    for words in (whole, short, whole, short):
        assert ts.find(words) == ts.find(_fresh(words))
        assert ts.any_in(words, 1, 3) is ts.any_in(_fresh(words), 1, 3)
    later = words_of(_TEXT, whole[cut].start, len(_TEXT))
    assert ts.find(later) == ts.find(_fresh(later))
    del layer


def test_events_terms_memo_window_without_layer_is_one_list() -> None:
    text = "جرى " + _TEXT  # no layer made for this text
    start = text.index("النار") + 2  # a window cut inside a word
    one, two = words_of(text, start, start + 30), words_of(text, start, start + 30)
    assert one is two
    other = words_of(text, start, start + 31)
    assert other is not one and other == list(words_of(text[:start + 31], start))
