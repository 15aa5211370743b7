"""Tests of rasd.alternation: word lists as alternations that share leading characters
mean what the flat alternation means, first match included."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.alternation import alternation, pieces

BLANK = r"[ \t]+"
OPT = r"[ \t]*"


@pytest.mark.parametrize(
    ("phrases", "expected"),
    [
        (["ab", "ac", "d"], "a(?:b|c)|d"),
        (["abc", "ab", "a"], "a(?:b(?:c|)|)"),
        (["a.b", "a.c"], r"a(?:\.(?:b|c))"),
        # a phrase that may match nothing before a character shared with an earlier phrase:
        # sharing would move the later phrase ahead of it, so the alternation stays flat
        (["ab", "", "ac"], "ab||ac"),
        # blanks never match a letter: sharing may move a phrase ahead of them
        (["ab", " x", "ac"], r"a(?:b|c)|[ \t]+x"),
    ],
)
def test_alternation_shares_leading_characters(phrases: list[str], expected: str) -> None:
    assert alternation([pieces(p, BLANK) for p in phrases], (BLANK,)) == expected


def test_alternation_keeps_a_piece_that_may_match_nothing_in_place() -> None:
    phrases = [["a", "b"], [OPT, "x"], ["a", "c"]]
    assert alternation(phrases, (BLANK,)) == r"ab|[ \t]*x|ac"


_PHRASES = st.lists(st.text(alphabet="abc .", min_size=0, max_size=4), min_size=1, max_size=8)


@settings(max_examples=400, deadline=None)
@given(phrases=_PHRASES, loose=st.text(alphabet="abc", max_size=3), text=st.text(alphabet="abc .\tx", max_size=30),
       context=st.sampled_from(["", "$", r"\b", "(?P<w>b+)", "(?P<w>[ ]*a)"]))
def test_alternation_matches_like_the_flat_alternation(phrases: list[str], loose: str, text: str, context: str) -> None:
    units = [pieces(p, BLANK) for p in sorted(set(phrases), key=len, reverse=True)]
    units.insert(len(units) // 2, [OPT, *pieces(loose, BLANK)])  # a phrase that may start with no character
    shared = re.compile(f"(?P<a>{alternation(units, (BLANK,))}){context}")
    flat = re.compile("(?P<a>" + "|".join("".join(u) for u in units) + f"){context}")
    for pos in range(len(text) + 1):
        got, want = shared.match(text, pos), flat.match(text, pos)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
