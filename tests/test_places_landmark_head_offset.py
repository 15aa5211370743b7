"""Landmark head words read once per surface: ``_head_offset`` (cached per word as written)
gives what reading the word's proclitic stems at each of its places gave."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.stages.places import landmark
from rasd.stages.places.words import PlaceWord, read_words, word_stems
from rasd.text import normalize_key


def _spelled_out(text: str, w: PlaceWord) -> int | None:
    """The head offset as the stems of the word give it (what ``_head_at`` read at every word)."""
    heads = landmark._lexicon().heads
    for plen, stem in word_stems(text[w.start : w.end]):
        if stem in heads and normalize_key(text[w.start : w.start + plen]) in landmark._HEAD_PREFIXES:
            return w.start + plen
    return None


@pytest.mark.parametrize(("word", "offset"), [
    ("معسكر", 0),
    ("ومعسكر", 1),
    ("بمطار", 1),
    ("وبميناء", 2),
    ("فلمستشفى", 2),
    ("المستشفى", None),  # the article: no one hospital
    ("كسجن", None),  # ك is no head's proclitic
    ("مدرسة", None),
    ("سدود", None),
])
def test_places_landmark_head_offset_after_a_proclitic(word: str, offset: int | None) -> None:
    assert landmark._head_offset(word) == offset
    assert landmark._head_at("قرب " + word, PlaceWord(4, 4 + len(word), normalize_key(word), True)) == (
        None if offset is None else 4 + offset)


_WORDS = ["معسكر", "ومعسكر", "بمطار", "المطار", "وبساحة", "ميدان", "دوار", "لسجن", "قال", "الجيش", "سد",
          "بِمعبر", "مصفـاة", "حلب", "وفي"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, "،", "-", "\n", "«", "»", "7"]), max_size=14))
def test_places_landmark_head_offsets_equal_the_spelled_out_reading(parts: list[str]) -> None:
    text = " ".join(parts)
    landmark._head_offset.cache_clear()
    for w in read_words(text):
        assert landmark._head_at(text, w) == _spelled_out(text, w)
