"""A word's own feature names for the sentence classifier (the word, its stem, the padded
stem's character 3-, 4- and 5-grams, in that order) are made from slices kept per length:
the same names, in the same order, as cutting every gram out one by one, for stems of any
length (longer than the kept slices too), and the weighted ones keep that order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.stages.events.model import _GRAMS, _own_feat_names, _own_weighted


def _spelled_names(key: str, stem: str) -> list[str]:
    names = ["w:" + key, "s:" + stem]
    padded = f"<{stem}>"
    for n, tag in ((3, "c3:"), (4, "c4:"), (5, "c5:")):
        names += [tag + padded[i : i + n] for i in range(len(padded) - n + 1)]
    return names


# our own words, and stems around and past the longest kept slices
_CASES = [("", ""), ("و", "و"), ("وقصف", "قصف"), ("الهجوم", "هجوم"), ("ababab", "abab"),
          ("x" * 37, "y" * 37), ("قذ" * 19, "ئف" * 19), ("z" * 80, "w" * 80)]


@pytest.mark.parametrize(("key", "stem"), _CASES)
def test_events_model_own_feature_names_as_cut_one_by_one(key: str, stem: str) -> None:
    assert _own_feat_names(key, stem) == _spelled_names(key, stem)


def test_events_model_own_feature_names_cases_reach_past_the_kept_slices() -> None:
    assert max(len(stem) + 2 for _key, stem in _CASES) > len(_GRAMS)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=12), st.text(alphabet="ابتثجحخ<>", min_size=0, max_size=50),
       st.sets(st.integers(min_value=0, max_value=60)))
def test_events_model_own_weighted_keeps_first_places(key: str, stem: str, picks: set[int]) -> None:
    """Repeated grams (``ababab``) keep the first place of their name; only the names with
    weights are kept, each with its weights."""
    names = _spelled_names(key, stem)
    known = {f: (float(i), -float(i)) for i, f in enumerate(names) if i in picks}
    expected = {}
    for f in names:
        if f in known and f not in expected:
            expected[f] = known[f]
    assert list(_own_weighted(key, stem, known).items()) == list(expected.items())
