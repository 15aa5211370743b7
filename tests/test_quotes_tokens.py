"""Tests of the quotes stage's token view and cue look-up: the tokens read from a text's
token layer equal those read again from the text, and a key outside ``Lexicon.cue_keys``
is never a reporting verb, a participle or an attribution marker."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.stages.quotes.lexicon import _layer_tokens, lexicon, tokens_of
from rasd.tokens import TokenLayer

LEX = lexicon()
_CUES = sorted({*LEX.verb_forms, *LEX.participles, *LEX.attribution_markers})
_KEYS = st.one_of(
    st.sampled_from(_CUES),
    st.tuples(st.sampled_from(["و", "ف", "ب", "ال", "وال", ""]), st.sampled_from(_CUES)).map("".join),
    st.text(alphabet="ابتقلومنهيوفعىة", min_size=1, max_size=6),
)


@settings(max_examples=500, deadline=None)
@given(_KEYS)
def test_quotes_tokens_keys_outside_cue_keys_are_no_cue(key: str) -> None:
    cue = bool(LEX.verb(key) or LEX.participle(key) or any(
        k in LEX.attribution_markers for k in ([key, key[1:]] if len(key) > 2 and key[0] in "وف" else [key])
    ))
    assert not cue or key in LEX.cue_keys


_WORDS = st.sampled_from(["قال", "على", "وعلى", "فعلى", "علي", "ـــ", "ـ", "إنّ", "«", "»", "\"", "12", "x", "؟", "\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_quotes_tokens_from_the_layer_equal_tokens_read_again(text: str) -> None:
    assert list(_layer_tokens(TokenLayer(text))) == tokens_of(text)  # a fresh layer: tokens_of reads the text
