"""Near-duplicate story clusters with MinHash LSH."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_docs import AIRSTRIKE, BOMBING_A, BOMBING_A_WIRE, BOMBING_B, PROTEST
from rasd.dedup.stories import StoryHasher, StoryIndex, shingles


def test_dedup_stories_wire_copy_joins_story() -> None:
    index = StoryIndex()
    stories = index.add_all([("a", BOMBING_A), ("b", BOMBING_B), ("wire", BOMBING_A_WIRE), ("strike", AIRSTRIKE),
                             ("protest", PROTEST)])
    assert stories["wire"] == "a"
    assert len({stories[k] for k in ("a", "b", "strike", "protest")}) == 4


def test_dedup_stories_diacritics_and_hamza_do_not_hide_copies() -> None:
    variant = BOMBING_A.replace("أ", "ا").replace("ة", "ه").replace("قتل", "قُتِلَ")
    index = StoryIndex()
    index.add("a", BOMBING_A)
    assert index.add("v", variant) == "a"


def test_dedup_stories_signature_roundtrip() -> None:
    hasher = StoryHasher()
    sig = hasher.signature(BOMBING_A)
    assert sig is not None
    assert (hasher.from_bytes(hasher.to_bytes(sig)) == sig).all()
    assert len(hasher.band_keys(sig)) == hasher.bands
    assert hasher.bands * hasher.rows <= hasher.num_perm
    assert hasher.signature("") is None and hasher.signature("  ") is None


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200))
def test_dedup_stories_identical_texts_cluster(text: str) -> None:
    hasher = StoryHasher()
    a, b = hasher.signature(text), hasher.signature(text)
    if not shingles(text):
        assert a is None
        return
    assert a is not None and b is not None
    assert hasher.similarity(a, b) == 1.0
    index = StoryIndex(hasher)
    index.add("x", text)
    assert index.add("y", text) == "x"
