"""Multi-word terms of a term set: each later word matches a stem of the text's word (or,
with ``*``, a prefix of one), never a punctuation mark; at a start word the longest term
that ends inside the range wins, the first listed among equal lengths."""

from __future__ import annotations

import pytest

from rasd.stages.events.lexicon import TermSet, words_of

# our own phrases
_TERMS = ("اطلاق النار", "اطلاق النار الكثيف", "اطلاق سراح", "عبوه ناسف*", "قوات الامن", "قوات", "قوات الجيش")


@pytest.mark.parametrize(
    ("text", "hi", "expected"),
    [
        ("بدأ إطلاق النار الكثيف صباحا", None, [(1, 3, "اطلاق النار الكثيف")]),
        ("بدأ إطلاق النار الكثيف صباحا", 3, [(1, 2, "اطلاق النار")]),  # the longest that ends inside
        ("بدأ إطلاق النار، الكثيف", None, [(1, 2, "اطلاق النار")]),  # a mark ends a term
        ("طالبوا بإطلاق سراح المعتقلين", None, [(1, 2, "اطلاق سراح")]),  # a proclitic on the head
        ("انفجرت عبوة ناسفة وعبوات أخرى", None, [(1, 2, "عبوه ناسف*")]),  # a '*' part: a stem's prefix
        ("انفجرت عبوة، ناسفة", None, []),  # no '*' part matches a mark
        ("انتشرت قوات الأمن والجيش", None, [(1, 2, "قوات الامن")]),
        ("انتشرت قوات الجيش", 2, [(1, 1, "قوات")]),
        ("وصلت القوات", None, []),  # a bare article is not a proclitic of an exact head
    ],
)
def test_events_terms_multiword_longest_inside_range(text: str, hi: int | None,
                                                     expected: list[tuple[int, int, str]]) -> None:
    ts = TermSet(_TERMS)
    words = list(words_of(text))  # a plain list: the set's own look-up, not the text's index
    found = [(m.first, m.last, m.term) for m in ts.find(words, 0, hi)]
    assert found == expected
    assert ts.any_in(words, 0, hi) is bool(expected)


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        (("اطلاق النار", "اطلاق ال*"), "اطلاق النار"),  # equal lengths: the first listed
        (("اطلاق ال*", "اطلاق النار"), "اطلاق ال*"),
    ],
)
def test_events_terms_multiword_equal_lengths_first_listed(terms: tuple[str, ...], expected: str) -> None:
    words = list(words_of("بدأ إطلاق النار"))
    assert [m.term for m in TermSet(terms).find(words)] == [expected]
