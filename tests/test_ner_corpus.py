"""Tests for reading BIO corpora and entity-level scoring (rasd.ner.corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.ner.corpus import bio_spans, holdout_split, read_conll, score_spans


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["O", "B-PER", "I-PER", "O"], [(1, 3, "PER")]),
        (["B-LOC", "B-LOC"], [(0, 1, "LOC"), (1, 2, "LOC")]),
        (["I-ORG", "I-ORG", "O"], [(0, 2, "ORG")]),
        (["B-PER", "I-ORG"], [(0, 1, "PER"), (1, 2, "ORG")]),
        (["O", "O"], []),
        ([], []),
    ],
)
def test_ner_corpus_bio_spans(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert bio_spans(tags) == spans


def _spans_by_tag(tags: list[str]) -> list[tuple[int, int, str]]:
    """conlleval's reading, tag by tag with a closing ``O`` (the reference)."""
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if start >= 0 and (prefix != "I" or t != typ):
            spans.append((start, i, typ))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, typ = i, t
    return spans


@given(st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "O-X", "X", "I-"]), max_size=12))
def test_ner_corpus_bio_spans_match_conlleval_reading(tags: list[str]) -> None:
    assert bio_spans(tags) == _spans_by_tag(tags)


def test_ner_corpus_read_conll_maps_types_and_sentences(tmp_path: Path) -> None:
    f = tmp_path / "c.txt"
    f.write_text("\ufeffقال O\nمصطفى B-PERS\nبالي I-PERS\n\nفي O\nنيو يورك B-LOC\n", encoding="utf-8")
    sents = read_conll(f)
    assert sents == [(["قال", "مصطفى", "بالي"], ["O", "B-PER", "I-PER"]), (["في", "نيو_يورك"], ["O", "B-LOC"])]


def test_ner_corpus_score_counts_exact_matches_only() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    s = score_spans(gold, pred)
    p, r, f = s.micro()
    assert (p, r) == (0.5, 0.5)
    assert f == pytest.approx(0.5)
    assert s.by_type()["LOC"][:3] == (1.0, 1.0, 1.0)


@given(st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]), max_size=30))
def test_ner_corpus_perfect_prediction_scores_one(tags: list[str]) -> None:
    s = score_spans([tags], [tags])
    p, r, f = s.micro()
    if bio_spans(tags):
        assert (p, r, f) == (1.0, 1.0, 1.0)
    else:
        assert (p, r, f) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(("n", "held"), [(0, 0), (1, 0), (20, 3), (4162, 624)])
def test_ner_corpus_holdout_split_is_the_tail(n: int, held: int) -> None:
    sentences = [([f"w{i}"], ["O"]) for i in range(n)]
    train, tail = holdout_split(sentences)
    assert len(tail) == held
    assert train + tail == sentences
