"""A cross-validated ensemble for the accurate events classifier (``rasd train events-accurate --folds K``).

The dev split of arabic_event_gsr is cut into ``K`` stratified folds (by the label pattern;
fixed seed). For each fold a model (:class:`rasd.stages.events.encoder.SentenceClassifier`,
adapters on the upper layers) is trained on the other ``K - 1`` folds, plus the sentences the
project wrote itself (``rasd/data/events/accurate_extra_sentences.tsv``, always training data,
never scored), and scores its own fold after every epoch. The out-of-fold probabilities thus
cover every dev sentence once: the epoch count and each task's threshold are chosen on all of
dev (227 ASSAULT and 74 PROTEST positives rather than the 45 and 15 of a single 20% hold-out),
and the ``K`` fold models at that epoch are written to one adapter file, whose probabilities
:class:`rasd.stages.events.encoder.AccurateEventClassifier` averages.

An experiment of 0.2.1 (``docs/events_accurate.md``): its out-of-fold scores were better
with the project's own sentences than without, but the chosen ensemble fell below the
shipped model's pinned ASSAULT floor, so the shipped model is still the held-out recipe's.
The test split is never read here.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from typing import Any

import torch

from rasd.encoder import load_base
from rasd.stages.events.encoder import MAX_PIECES, TASKS, SentenceClassifier, encode_sentence, trainable_state
from rasd.train.events_encoder import (
    DevSentence,
    _cache_lower,
    _predict,
    best_threshold,
    fit_epochs,
)

__all__ = ["fold_ids", "train_folds"]


def fold_ids(rows: Sequence[DevSentence], k: int, seed: int) -> list[int]:
    """A fold number in ``range(k)`` per row, stratified by the label pattern."""
    strata: dict[tuple[int, ...], list[int]] = {}
    for i, (_, labels) in enumerate(rows):
        strata.setdefault(tuple(labels), []).append(i)
    rng = random.Random(seed)
    out = [0] * len(rows)
    offset = 0
    for key in sorted(strata):
        idx = strata[key]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            out[i] = (j + offset) % k
        offset += len(idx)
    return out


def _oof_rule(probs: dict[int, list[float]], labels: torch.Tensor, task_k: int) -> dict[str, Any]:
    sel = [(p[task_k], int(labels[i, task_k])) for i, p in probs.items() if labels[i, task_k] >= 0]
    rule = best_threshold([p for p, _ in sel], [y for _, y in sel])
    return {key: round(v, 4) if isinstance(v, float) else v for key, v in rule.items()}


def train_folds(rows: Sequence[DevSentence], extra: Sequence[DevSentence], *, folds: int = 5, seed: int,
                epochs: int = 4, batch_size: int = 16, lr: float = 6e-4, rank: int = 16, alpha: float = 32.0,
                dropout: float = 0.1, frozen_layers: int = 6, log: Callable[[str], None] = print,
                soft_targets: Sequence[list[float]] | None = None) -> tuple[list[dict[str, torch.Tensor]], dict[str, Any]]:
    """Train ``folds`` models; returns their fp16 states at the chosen epoch and the meta
    (rules, out-of-fold scores per epoch, settings). ``soft_targets``: per row of ``rows``,
    the loss's target per task (the own sentences keep their 0/1); epochs and thresholds are
    still chosen on the 0/1 labels."""
    weights, tokenizer = load_base()
    all_rows = list(rows) + list(extra)
    encoded = [encode_sentence(text, tokenizer) for text, _ in all_rows]
    lengths = [len(e) for e in encoded]
    labels = torch.tensor([lab for _, lab in all_rows], dtype=torch.float32)
    targets = None
    if soft_targets is not None:
        if len(soft_targets) != len(rows):
            raise ValueError(f"soft_targets has {len(soft_targets)} rows, rows has {len(rows)}")
        targets = torch.tensor([list(t) for t in soft_targets] + [lab for _, lab in extra], dtype=torch.float32)
    torch.manual_seed(seed)
    hidden = _cache_lower(SentenceClassifier(weights, rank=rank, alpha=alpha, dropout=dropout,
                                             frozen_layers=frozen_layers), encoded, tokenizer.pad, log)
    fold_of = fold_ids(rows, folds, seed)
    extra_idx = list(range(len(rows), len(all_rows)))
    oof: list[dict[int, list[float]]] = [{} for _ in range(epochs)]
    states: list[list[dict[str, torch.Tensor]]] = [[] for _ in range(epochs)]
    t0 = time.perf_counter()
    for f in range(folds):
        torch.manual_seed(seed + f)
        rng = random.Random(seed + f)
        model = SentenceClassifier(weights, rank=rank, alpha=alpha, dropout=dropout, frozen_layers=frozen_layers)
        train_idx = [i for i in range(len(rows)) if fold_of[i] != f] + extra_idx
        held_idx = [i for i in range(len(rows)) if fold_of[i] == f]

        def on_epoch(epoch: int, record: dict[str, Any], model: SentenceClassifier = model,
                     held_idx: list[int] = held_idx, f: int = f) -> None:
            probs = _predict(model, hidden, held_idx)
            oof[epoch - 1].update(zip(held_idx, probs, strict=True))
            states[epoch - 1].append(trainable_state(model))
            log(f"fold {f + 1}/{folds} epoch {epoch}: loss {record['loss']} ({time.perf_counter() - t0:.0f}s)")

        fit_epochs(model, hidden, labels, lengths, train_idx, epochs=epochs, run_epochs=epochs, batch_size=batch_size,
                   lr=lr, rng=rng, log=log, on_epoch=on_epoch, targets=targets)
    history: list[dict[str, Any]] = []
    for e in range(epochs):
        record: dict[str, Any] = {"epoch": e + 1}
        for k, task in enumerate(TASKS):
            record[task] = _oof_rule(oof[e], labels, k)
        history.append(record)
        log(f"epoch {e + 1}: out-of-fold " + ", ".join(
            f"{t} F1 {record[t]['f1']:.3f} (P {record[t]['precision']:.3f} R {record[t]['recall']:.3f} "
            f"at p>={record[t]['threshold']:.2f})" for t in TASKS))
    chosen = max(history, key=lambda r: sum(r[t]["f1"] for t in TASKS))
    meta: dict[str, Any] = {
        "tasks": list(TASKS), "rank": rank, "alpha": alpha, "dropout": dropout, "frozen_layers": frozen_layers,
        "max_pieces": MAX_PIECES, "seed": seed, "epochs_schedule": epochs, "batch_size": batch_size, "lr": lr,
        "folds": folds, "soft_targets": soft_targets is not None, "epochs": chosen["epoch"], "train_sentences": len(rows), "extra_sentences": len(extra),
        "train_seconds": round(time.perf_counter() - t0), "history": history,
        "rules": {t: {"kind": "threshold", "threshold": chosen[t]["threshold"]} for t in TASKS},
        "held_out": {t: chosen[t] for t in TASKS}, "trained_on": f"dev, {folds} folds; rules from out-of-fold scores",
        "oof_probs": {str(i): [round(x, 4) for x in p] for i, p in oof[chosen["epoch"] - 1].items()},
    }
    return states[chosen["epoch"] - 1], meta
