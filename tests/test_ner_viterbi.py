"""Tests for tagging with a CRFsuite model's weights in numpy (rasd.ner.viterbi,
rasd.ner.crfsuite_file.read_model): the same labels as CRFsuite's own tagger."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rasd.models
from rasd.ner.crfsuite_file import read_model
from rasd.ner.viterbi import state_scores, viterbi_batch

MODEL_DIR = Path(rasd.models.__file__).parent / "ner"


def _crfsuite_viterbi(scores: list[list[float]], trans: list[list[float]]) -> list[int]:
    """CRFsuite's ``crf1dc_viterbi``, transcribed: strict ``<``, so the first of equal
    scores wins."""
    n, labels = len(scores), len(trans)
    if not n:
        return []
    cur = list(scores[0])
    back: list[list[int]] = [[0] * labels]
    for t in range(1, n):
        prev, cur, row = cur, [0.0] * labels, [0] * labels
        for j in range(labels):
            best, arg = -np.finfo(np.float64).max, -1
            for i in range(labels):
                score = prev[i] + trans[i][j]
                if best < score:
                    best, arg = score, i
            row[j] = arg
            cur[j] = best + scores[t][j]
        back.append(row)
    best, last = -np.finfo(np.float64).max, 0
    for i in range(labels):
        if best < cur[i]:
            best, last = cur[i], i
    path = [last]
    for t in range(n - 1, 0, -1):
        path.append(back[t][path[-1]])
    return path[::-1]


# small integers: many exact ties, where the first label must win as in CRFsuite
_SMALL = st.integers(min_value=-2, max_value=2).map(float)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=4).flatmap(
        lambda labels: st.tuples(
            st.lists(st.lists(st.lists(_SMALL, min_size=labels, max_size=labels), max_size=7), min_size=1, max_size=5),
            st.lists(st.lists(_SMALL, min_size=labels, max_size=labels), min_size=labels, max_size=labels),
        )
    )
)
def test_ner_viterbi_batch_equals_crfsuite_algorithm(case: tuple[list[list[list[float]]], list[list[float]]]) -> None:
    sentences, trans = case
    labels = len(trans)
    rows = [row for s in sentences for row in s]
    scores = np.asarray(rows, dtype=np.float64).reshape(len(rows), labels)
    bounds, at = [], 0
    for s in sentences:
        bounds.append((at, at + len(s)))
        at += len(s)
    got = viterbi_batch(scores, bounds, np.asarray(trans, dtype=np.float64))
    assert got == [_crfsuite_viterbi(s, trans) for s in sentences]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.integers(min_value=0, max_value=5), max_size=6), max_size=6))
def test_ner_viterbi_state_scores_add_left_to_right(rows: list[list[int]]) -> None:
    weights = np.vstack([np.random.default_rng(3).normal(size=(6, 3)) * 1e3, np.zeros((1, 3))])
    got = state_scores(rows, weights, 6)
    for row, sums in zip(rows, got, strict=True):
        want = np.zeros(3)
        for i in row:
            want = want + weights[i]
        assert sums.tolist() == want.tolist()


@pytest.mark.parametrize("name", ["pass1.crfsuite", "pass2.crfsuite"])
def test_ner_viterbi_read_model_weights_equal_the_taggers_dump(name: str) -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_DIR / name))
    data = read_model(MODEL_DIR / name)
    info = tagger.info()
    assert data.labels == tuple(tagger.labels())
    label = {lab: i for i, lab in enumerate(data.labels)}
    attr = {a: i for i, a in enumerate(data.attributes)}
    assert np.count_nonzero(data.state) == len(info.state_features)
    for (a, lab), w in info.state_features.items():  # the dump prints six decimals
        assert data.state[attr[a], label[lab]] == pytest.approx(w, abs=1e-6)
    for (a, b), w in info.transitions.items():
        assert data.trans[label[a], label[b]] == pytest.approx(w, abs=1e-6)


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث باسم وزارة الداخلية اللواء سامي الخطيب إن قوات الأمن أوقفت ثلاثة أشخاص في الرياض .\n"
        "وأضاف الخطيب أن التحقيقات جارية مع الموقوفين في جدة ومكة .\n\nالخطيب",
        "Reuters",
        "",
    ],
)
def test_ner_viterbi_tags_equal_crfsuite_on_the_shipped_model(text: str) -> None:
    from rasd.ner.model import NerModel, load_model

    model = NerModel.load(load_model().directory)
    sentences = [line.split() for line in text.split("\n")]
    model.numpy_from = 0  # every document in numpy
    fast = model.tag(sentences)
    assert model._weights is not None
    model.numpy_from = sys.maxsize  # every document through pycrfsuite
    assert fast == model.tag(sentences)


_TURNOVER_DOCS = [
    "أعلن وزير الخارجية الأردني أيمن الصفدي في عمان أن المحادثات مع الجانب السوري ستستأنف الأسبوع المقبل .\n"
    "وقال الصفدي للصحفيين إن الأمم المتحدة تدعم هذه الجهود .",
    "قصفت طائرات التحالف الدولي مواقع لتنظيم داعش قرب دير الزور ، وفق ما ذكرت وكالة رويترز .",
    "Reuters\n\nوصل الرئيس الفرنسي إلى بيروت صباح اليوم والتقى رئيس الحكومة اللبنانية .",
]


@pytest.mark.parametrize("max_words", [1, 3, 40, 100_000])
def test_ner_viterbi_tags_equal_crfsuite_when_the_word_slots_turn_over(max_words: int) -> None:
    """Word slots dropped, reused or moved between the featurizer's generations (a tiny
    cache) give the tags of CRFsuite on the full lists, document after document."""
    from rasd.ner.model import NerModel, load_model

    directory = load_model().directory
    fast, slow = NerModel.load(directory), NerModel.load(directory)
    fast._featurizer()._MAX_WORDS = max_words
    fast.numpy_from, slow.numpy_from = 0, sys.maxsize
    assert fast._scorer() is not None
    for text in [*_TURNOVER_DOCS, *reversed(_TURNOVER_DOCS), *_TURNOVER_DOCS]:
        sentences = [line.split() for line in text.split("\n")]
        assert fast.tag(sentences) == slow.tag(sentences)
