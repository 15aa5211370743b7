"""The place matcher's word readings: proclitic stems, and the word kinds read once per word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd import tokens
from rasd.kb.gazetteer import Gazetteer, load_gazetteer
from rasd.stages.places import index
from rasd.stages.places.words import PLAIN_LETTERS, word_stems
from rasd.text import normalize_key, proclitic_splits


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _plain_letters() -> list[str]:
    ranges = [(ord(a), ord(b)) for a, b in zip(PLAIN_LETTERS[0::3], PLAIN_LETTERS[2::3], strict=True)]
    return [chr(c) for lo, hi in ranges for c in range(lo, hi + 1)]


def test_places_words_plain_letters_each_have_a_key_of_one_letter() -> None:
    letters = _plain_letters()
    assert len(letters) == 135
    assert [c for c in letters if len(normalize_key(c)) != 1 or c.isspace()] == []


@pytest.mark.parametrize("word", ["وبالرقة", "والموصل", "لدمشق", "بِحلب", "كالعادة", "فإن", "بـغداد", "وللأمم", "حلب", "و"])
def test_places_words_word_stems_are_the_keys_of_the_proclitic_splits(word: str) -> None:
    assert word_stems(word) == tuple((p, normalize_key(s)) for p, s in proclitic_splits(word))


_LETTERS = "وبفلكالأإآىةيهنمدرسحعـ\u064e\u0651 "


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_LETTERS, min_size=1, max_size=9))
def test_places_words_word_stems_agree_on_any_word(word: str) -> None:
    word_stems.cache_clear()
    tokens._READINGS.clear()
    tokens._OLD_READINGS.clear()
    assert word_stems(word) == tuple((p, normalize_key(s)) for p, s in proclitic_splits(word))


_WORDS = [
    "حلب", "بحلب", "وحلب", "دير", "الزور", "في", "وفي", "قرب", "بريف", "مدينة", "بلدة", "شمال", "الاجتماع",
    "قال", "والحكومة", "أبو", "ظبي", "رأس", "العين", "منظمة", "الصحة", "حزب", "على", "محيط", "بأطراف", "ولاية",
    "السورية", "كالعادة", "حي", "محافظة", "وادي", "تل", "بن", "سيدي", "جسر", "الشغور", "و", "ب", "ال", "إدلب",
]


@pytest.mark.parametrize("word", _WORDS)
def test_places_index_word_kind_agrees_with_the_full_reading(gaz: Gazetteer, word: str) -> None:
    assert index.word_kind(gaz, word) == index.read_kind(gaz, word)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=2))
def test_places_index_word_kind_agrees_on_joined_words(words: list[str]) -> None:
    gaz = load_gazetteer()
    word = "".join(words)
    assert index.word_kind(gaz, word) == index.read_kind(gaz, word)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, "الحلب", "الالموصل", "ال", "الال"]), min_size=1, max_size=2))
def test_places_index_may_tell_as_any_stem_tells(words: list[str]) -> None:
    """A word may tell a kind when a stem of it, with its article or without, is one that
    tells: the stems looked up at once give what asking them one by one gives."""
    gaz = load_gazetteer()
    telling = index._telling(gaz)
    word = "".join(words)
    stems = [stem for _p, stem in word_stems(word)]
    assert index._may_tell(gaz, word) is any(
        stem in telling or (stem[:2] == "ال" and stem[2:] in telling) for stem in stems)


def test_places_anchor_quarter_words_all_hold_the_letter_looked_for_first() -> None:
    from rasd.stages.places import anchor

    assert anchor._QUARTER_WORDS and all("ح" in w for w in anchor._QUARTER_WORDS)


_TEXT_CHARS = "حلبدمشقوالرقة" + " -–\n\t،.\"«»()x7٣_\u064e\u0640"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_TEXT_CHARS, max_size=40))
def test_places_words_layer_words_equal_the_scanned_words(text: str) -> None:
    from rasd.stages.places import words
    from rasd.tokens import TokenLayer

    assert words._layer_words(TokenLayer(text)) == words._scanned_words(text)


@pytest.mark.parametrize(("text", "joined"), [
    ("قرب حلب", [False, True]),
    ("قرب - حلب", [False, True]),
    ("قرب-حلب", [False, True]),
    ("قرب، حلب", [False, False]),
    ("قرب – حلب", [False, False]),
    ("قرب 7 حلب", [False, False]),
    ("قرب\nحلب", [False, True]),
])
def test_places_words_joined_by_blanks_and_hyphens_only(text: str, joined: list[bool]) -> None:
    from rasd.stages.places import words
    from rasd.tokens import TokenLayer

    assert [w.joined for w in words._layer_words(TokenLayer(text))] == joined
