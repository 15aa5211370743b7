"""Tests of rasd.text's matching shadow: the C-level passes of ``Shadow.of`` give what the
character table gives, and the index maps every key character back to its original."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text import _CHAR_MAP, _SHADOW_SLOW, _SHADOW_TABLE, Shadow, normalize_char

_ALPHABET = st.sampled_from(list(
    "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآٱةىیکۀەے" "\u064b\u064e\u0650\u0651\u0640\u0670\u06d6\u0610"
    "abcXYZ'-" "0123٤٥۶۷." "،,؛:«»\"()!؟ \n\t"
))
_TEXTS = st.lists(_ALPHABET, max_size=80).map("".join) | st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_text_shadow_equals_the_character_table(text: str) -> None:
    shadow = Shadow.of(text)
    if not _SHADOW_SLOW.search(text):
        assert shadow.key == text.translate(_SHADOW_TABLE).lower()
    assert shadow.key == "".join(normalize_char(ch) for ch in text)
    assert len(shadow.index) == len(shadow.key) + 1 and shadow.index[-1] == len(text)
    for i, ch in enumerate(shadow.key):
        assert ch in normalize_char(text[shadow.index[i]])


def test_text_no_folded_letter_is_folded_again() -> None:
    """``Shadow.of`` replaces letters one after another: that is the table only while no
    replacement is itself a letter to replace."""
    assert not set(_CHAR_MAP.values()) & set(_CHAR_MAP)


def test_text_shadow_slow_characters_are_those_lowering_to_several() -> None:
    """The characters :meth:`Shadow.of` reads one by one are every character of the BMP
    above ASCII whose lower case is not one character, and the capital sigma."""
    several = {ch for ch in map(chr, range(0x80, 0x10000)) if len(ch.lower()) != 1}
    assert several  # İ
    assert {ch for ch in map(chr, range(0x80, 0x10000)) if _SHADOW_SLOW.match(ch)} == several | {"\u03a3"}
