"""Fine-tune the accurate events classifier (``rasd train events-accurate``).

One multi-task model (:class:`rasd.stages.events.encoder.SentenceClassifier`) over the union
of the ASSAULT and PROTEST sentences of the **dev** split of arabic_event_gsr (MIT licence;
``ambiguous`` dropped; the test split is never read here). A sentence of the assault file has
no PROTEST label (and the other way round) unless the same text is in both files, so the loss
is a per-task masked binary cross-entropy, with positives weighted by the square root of the
task's negative/positive ratio.

A stratified 20% of dev (by file and label, fixed seed) is held out: after each epoch the
held-out F1 at the best threshold of each task is measured, the epoch with the best mean F1
is kept together with its thresholds, and a combination with the lexical detector
(``lexicon and p >= t1, or p >= t2``) replaces the plain threshold for a task only when it
is better on the held-out part by at least :data:`COMBINE_MARGIN`.

Only the adapters of the upper layers and the heads learn; the lower layers are the frozen
base model, so their output is computed once and cached (a CPU budget choice). Everything is
seeded; with one thread the run is reproducible.

``rasd train events-accurate`` does both steps of the shipped recipe: the held-out run, then
a retrain on all of dev with the epochs and decision rules it chose (that model ships).
``--heldout-only`` stops after the first step; ``--all-dev-from FILE`` does only the second.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import torch
from torch import nn

from rasd.encoder import load_base, pad_batch
from rasd.stages.events.encoder import (
    ADAPTER_FORMAT,
    MAX_PIECES,
    TASKS,
    SentenceClassifier,
    encode_sentence,
    trainable_state,
)

__all__ = ["DevSentence", "best_threshold", "dev_sentences", "holdout_split", "main", "train"]

SEED = 20171015
HOLDOUT = 0.2
COMBINE_MARGIN = 0.02

DevSentence = tuple[str, list[int]]  # text, label per task (-1: no label for that task)


def dev_sentences(data_dir: Path) -> list[DevSentence]:
    """The union of both tasks' dev sentences, labels merged by identical text."""
    from rasd.train.events import load_split

    merged: dict[str, list[int]] = {}
    for k, task in enumerate(TASKS):
        for text, label in load_split(data_dir, task, "dev"):
            labels = merged.setdefault(text, [-1] * len(TASKS))
            labels[k] = max(labels[k], label)
    return [(text, labels) for text, labels in merged.items()]


def holdout_split(rows: Sequence[DevSentence], share: float = HOLDOUT, seed: int = SEED) -> tuple[list[int], list[int]]:
    """``(train, held)`` indices, stratified by the label pattern."""
    strata: dict[tuple[int, ...], list[int]] = {}
    for i, (_, labels) in enumerate(rows):
        strata.setdefault(tuple(labels), []).append(i)
    rng = random.Random(seed)
    train: list[int] = []
    held: list[int] = []
    for key in sorted(strata):
        idx = strata[key]
        rng.shuffle(idx)
        n = round(len(idx) * share)
        held.extend(idx[:n])
        train.extend(idx[n:])
    return sorted(train), sorted(held)


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(probs: Sequence[float], gold: Sequence[int], lexical: Sequence[bool] | None = None) -> dict[str, Any]:
    """The decision rule with the best F1: a plain threshold, or (given ``lexical``) the best
    ``lexical and p >= t1, or p >= t2``. Ties go to the lower threshold."""
    best: dict[str, Any] = {"f1": -1.0}
    grid = [t / 100 for t in range(2, 99)]
    if lexical is None:
        for t in grid:
            tp = sum(1 for p, y in zip(probs, gold, strict=True) if p >= t and y)
            fp = sum(1 for p, y in zip(probs, gold, strict=True) if p >= t and not y)
            fn = sum(1 for p, y in zip(probs, gold, strict=True) if p < t and y)
            prec, rec, f = _f1(tp, fp, fn)
            if f > best["f1"]:
                best = {"kind": "threshold", "threshold": t, "f1": f, "precision": prec, "recall": rec}
        return best
    for t1 in grid[::2]:
        for t2 in [t / 100 for t in range(30, 100, 4)] + [1.01]:
            pred = [(lx and p >= t1) or p >= t2 for p, lx in zip(probs, lexical, strict=True)]
            tp = sum(1 for q, y in zip(pred, gold, strict=True) if q and y)
            fp = sum(1 for q, y in zip(pred, gold, strict=True) if q and not y)
            fn = sum(1 for q, y in zip(pred, gold, strict=True) if not q and y)
            prec, rec, f = _f1(tp, fp, fn)
            if f > best["f1"]:
                best = {"kind": "lexical_and", "threshold": t1, "threshold_alone": t2, "f1": f,
                        "precision": prec, "recall": rec}
    return best


def _cache_lower(model: SentenceClassifier, encoded: list[list[int]], pad: int, log: Callable[[str], None]) -> list[torch.Tensor]:
    """The frozen lower layers' output per sentence (computed once, no dropout)."""
    model.eval()
    out: list[torch.Tensor] = [torch.empty(0)] * len(encoded)
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    t0 = time.perf_counter()
    with torch.inference_mode():
        for b in range(0, len(order), 32):
            batch = order[b : b + 32]
            ids, att = pad_batch([encoded[i] for i in batch], pad)
            hidden = model.lower(ids, att)
            for row, i in enumerate(batch):
                out[i] = hidden[row, : len(encoded[i])].clone()
            if b % 640 == 0:
                log(f"cached lower layers of {b + len(batch)}/{len(order)} sentences ({time.perf_counter() - t0:.0f}s)")
    return out


def _stack(hidden: list[torch.Tensor], batch: Sequence[int]) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(hidden[i].shape[0] for i in batch)
    x = torch.zeros((len(batch), width, hidden[batch[0]].shape[1]))
    att = torch.zeros((len(batch), width))
    for row, i in enumerate(batch):
        n = hidden[i].shape[0]
        x[row, :n] = hidden[i]
        att[row, :n] = 1.0
    return x, att


def _batches(idx: Sequence[int], lengths: Sequence[int], size: int, rng: random.Random) -> list[list[int]]:
    """Batches of similar length (less padding), in random order."""
    keyed = sorted(idx, key=lambda i: (lengths[i], rng.random()))
    batches = [keyed[b : b + size] for b in range(0, len(keyed), size)]
    rng.shuffle(batches)
    return batches


def _predict(model: SentenceClassifier, hidden: list[torch.Tensor], idx: Sequence[int]) -> list[list[float]]:
    model.eval()
    out: list[list[float]] = []
    order = sorted(idx, key=lambda i: hidden[i].shape[0])
    probs: dict[int, list[float]] = {}
    with torch.inference_mode():
        for b in range(0, len(order), 32):
            batch = order[b : b + 32]
            x, att = _stack(hidden, batch)
            for i, row in zip(batch, torch.sigmoid(model.upper(x, att)).tolist(), strict=True):
                probs[i] = row
    out = [probs[i] for i in idx]
    return out


def fit_epochs(model: SentenceClassifier, hidden: list[torch.Tensor], labels: torch.Tensor, lengths: Sequence[int],
               train_idx: Sequence[int], *, epochs: int, run_epochs: int, batch_size: int, lr: float,
               rng: random.Random, log: Callable[[str], None],
               on_epoch: Callable[[int, dict[str, Any]], None], targets: torch.Tensor | None = None) -> list[float]:
    """Train ``model.upper`` on the cached lower-layer output of ``train_idx`` for ``run_epochs``
    epochs of an ``epochs``-long schedule (5% warm-up, linear decay), calling ``on_epoch(epoch,
    record)`` after each; returns the per-task positive weights of the loss. ``targets``: the
    loss's targets when they differ from the 0/1 ``labels`` (soft agreement shares; -1 where
    unlabelled); the positive weights always come from ``labels``."""
    pos_weight = []
    for k in range(len(TASKS)):
        col = labels[list(train_idx), k]
        pos, neg = float((col == 1).sum()), float((col == 0).sum())
        pos_weight.append(math.sqrt(neg / max(pos, 1.0)))
    pw = torch.tensor(pos_weight)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(train_idx) / batch_size)
    total = steps_per_epoch * epochs
    warmup = max(1, total // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, (total - s) / max(1, total - warmup)) if s >= warmup
        else (s + 1) / warmup)
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=pw, reduction="none")
    t0 = time.perf_counter()
    for epoch in range(1, run_epochs + 1):
        model.train()
        run_loss = 0.0
        for step, batch in enumerate(_batches(train_idx, lengths, batch_size, rng), 1):
            x, att = _stack(hidden, batch)
            y = (labels if targets is None else targets)[batch]
            mask = (y >= 0).float()
            logits = model.upper(x, att)
            loss = (loss_fn(logits, y.clamp(min=0)) * mask).sum() / mask.sum().clamp(min=1.0)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            run_loss += float(loss.detach())
            if step % 40 == 0:
                log(f"epoch {epoch} step {step}/{steps_per_epoch} loss {run_loss / step:.4f} ({time.perf_counter() - t0:.0f}s)")
        on_epoch(epoch, {"epoch": epoch, "loss": round(run_loss / steps_per_epoch, 4),
                         "seconds": round(time.perf_counter() - t0)})
    return pos_weight


def train(rows: Sequence[DevSentence], *, seed: int = SEED, epochs: int = 4, batch_size: int = 16, lr: float = 6e-4,
          rank: int = 16, alpha: float = 32.0, dropout: float = 0.1, frozen_layers: int = 6,
          lexical: Sequence[Sequence[bool]] | None = None, all_rows_epochs: int | None = None,
          log: Callable[[str], None] = print) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """Train on 80% of ``rows``; returns ``(fp16 state, meta)`` of the epoch with the best mean
    held-out F1, with the decision rule per task in ``meta["rules"]``. ``lexical[i][k]``: whether
    the lexicon detector fires on row ``i`` for task ``k`` (for the combined rule).

    With ``all_rows_epochs`` it trains on all rows instead, for that many epochs of the same
    ``epochs``-long schedule, and returns the last state with no rules (the caller keeps the
    rules chosen on the held-out run)."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    weights, tokenizer = load_base()
    model = SentenceClassifier(weights, rank=rank, alpha=alpha, dropout=dropout, frozen_layers=frozen_layers)
    encoded = [encode_sentence(text, tokenizer) for text, _ in rows]
    lengths = [len(e) for e in encoded]
    labels = torch.tensor([lab for _, lab in rows], dtype=torch.float32)
    if all_rows_epochs is None:
        train_idx, held_idx = holdout_split(rows, seed=seed)
    else:
        train_idx, held_idx = list(range(len(rows))), []
    hidden = _cache_lower(model, encoded, tokenizer.pad, log)
    history: list[dict[str, Any]] = []
    best_state: dict[str, torch.Tensor] | None = None
    best_score = -1.0

    def on_epoch(epoch: int, record: dict[str, Any]) -> None:
        nonlocal best_state, best_score
        if not held_idx:
            log(f"epoch {epoch}: loss {record['loss']}")
            history.append(record)
            return
        probs = _predict(model, hidden, held_idx)
        for k, task in enumerate(TASKS):
            sel = [(p[k], int(labels[i, k])) for p, i in zip(probs, held_idx, strict=True) if labels[i, k] >= 0]
            rule = best_threshold([p for p, _ in sel], [y for _, y in sel])
            record[task] = {key: round(v, 4) if isinstance(v, float) else v for key, v in rule.items()}
        record["probs"] = probs
        score = sum(record[t]["f1"] for t in TASKS) / len(TASKS)
        log(f"epoch {epoch}: held-out " + ", ".join(
            f"{t} F1 {record[t]['f1']:.3f} (P {record[t]['precision']:.3f} R {record[t]['recall']:.3f} "
            f"at p>={record[t]['threshold']:.2f})" for t in TASKS))
        if score > best_score:
            best_score = score
            best_state = trainable_state(model)
        history.append(record)

    t0 = time.perf_counter()
    pos_weight = fit_epochs(model, hidden, labels, lengths, train_idx, epochs=epochs, run_epochs=all_rows_epochs or epochs,
                            batch_size=batch_size, lr=lr, rng=rng, log=log, on_epoch=on_epoch)
    meta: dict[str, Any] = {
        "tasks": list(TASKS), "rank": rank, "alpha": alpha, "dropout": dropout, "frozen_layers": frozen_layers,
        "max_pieces": MAX_PIECES, "seed": seed, "epochs_schedule": epochs, "batch_size": batch_size, "lr": lr,
        "pos_weight": [round(p, 4) for p in pos_weight], "train_sentences": len(train_idx),
        "held_out_sentences": len(held_idx), "train_seconds": round(time.perf_counter() - t0),
    }
    if not held_idx:
        meta["epochs"] = all_rows_epochs
        meta["history"] = history
        return trainable_state(model), meta
    chosen = max(history, key=lambda r: sum(r[t]["f1"] for t in TASKS))
    meta["epochs"] = chosen["epoch"]
    meta["history"] = [{k: v for k, v in r.items() if k != "probs"} for r in history]
    rules: dict[str, Any] = {}
    held_out: dict[str, Any] = {}
    for k, task in enumerate(TASKS):
        plain = {key: v for key, v in chosen[task].items()}
        rule = plain
        if lexical is not None:
            lex_sel = [(p[k], int(labels[i, k]), lexical[i][k]) for p, i in zip(chosen["probs"], held_idx, strict=True)
                       if labels[i, k] >= 0]
            combo = best_threshold([p for p, _, _ in lex_sel], [y for _, y, _ in lex_sel], [lx for _, _, lx in lex_sel])
            combo = {key: round(v, 4) if isinstance(v, float) else v for key, v in combo.items()}
            held_out[f"{task}_lexical_and"] = combo
            if combo["f1"] >= plain["f1"] + COMBINE_MARGIN:
                rule = combo
        rules[task] = {key: rule[key] for key in ("kind", "threshold", "threshold_alone") if key in rule}
        held_out[task] = plain
    meta["rules"] = rules
    meta["held_out"] = held_out
    meta["held_out_probs"] = [[round(x, 4) for x in p] for p in chosen["probs"]]
    assert best_state is not None
    return best_state, meta


def save_adapter(state: dict[str, torch.Tensor], meta: dict[str, Any], out: Path,
                 more_states: Sequence[dict[str, torch.Tensor]] = ()) -> None:
    """Write the adapter file (format :data:`ADAPTER_FORMAT`); an ensemble's other members
    go in ``more_states``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    blob: dict[str, Any] = {"format": ADAPTER_FORMAT, "meta": meta, "state": state}
    if more_states:
        blob["more_states"] = list(more_states)
    torch.save(blob, out)


def main(argv: Sequence[str] | None = None) -> int:
    from rasd.evaluation import find_shared_data
    from rasd.stages.events.encoder import default_adapter_path
    from rasd.train.events import _lexicon_says

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", help="the shared data folder (default: ../shared/data)")
    ap.add_argument("--out", help="adapter file to write (default: the package's own)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--epochs", type=int, default=4, help="epochs of the schedule (default 4)")
    ap.add_argument("--lr", type=float, default=6e-4)
    ap.add_argument("--frozen-layers", type=int, default=6, help="lower layers without adapters (default 6)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--heldout-only", action="store_true",
                    help="only the held-out run (80%% of dev, epochs and thresholds chosen on the rest)")
    ap.add_argument("--folds", type=int, default=0,
                    help="train a K-fold ensemble instead: rules from out-of-fold scores on all of dev, "
                         "the K models in one file (an experiment in 0.2.1; not the shipped recipe)")
    ap.add_argument("--soft-targets", action="store_true",
                    help="with --folds: train on each sentence's share of accepting annotators instead of "
                         "the unanimous yes/no (thresholds and scores still use yes/no)")
    ap.add_argument("--no-extra", action="store_true",
                    help="with --folds: leave out the project's own training sentences")
    ap.add_argument("--all-dev-from", metavar="ADAPTER",
                    help="retrain on all of dev with the settings, epochs and decision rules of ADAPTER "
                         "(a file this command wrote with its held-out run)")
    args = ap.parse_args(argv)
    if args.epochs < 1 or args.threads < 1 or not 0 <= args.frozen_layers < 12 or args.lr <= 0:
        print("rasd train events-accurate: --epochs and --threads must be at least 1, --frozen-layers 0-11, "
              "--lr positive", file=sys.stderr)
        return 2
    if args.folds < 0 or args.folds == 1:
        print("rasd train events-accurate: --folds must be at least 2 (or 0 for the held-out recipe)", file=sys.stderr)
        return 2
    data_dir = find_shared_data(args.data)
    if data_dir is None or not (data_dir / "arabic_event_gsr").is_dir():
        print("rasd train events-accurate: needs ../shared/data/arabic_event_gsr (pass --data DIR)", file=sys.stderr)
        return 2
    torch.set_num_threads(max(1, args.threads))
    t0 = time.perf_counter()

    def log(msg: str) -> None:
        print(f"[{time.perf_counter() - t0:6.0f}s] {msg}", file=sys.stderr, flush=True)

    rows = dev_sentences(data_dir)
    log(f"{len(rows)} dev sentences")
    out = Path(args.out) if args.out else default_adapter_path()
    if args.all_dev_from:
        return _train_all_dev(rows, Path(args.all_dev_from), out, log)
    if args.folds:
        return _train_folds(rows, args, out, log, data_dir)
    lexical = [[_lexicon_says(text, task) for task in TASKS] for text, _ in rows]
    state, meta = train(rows, seed=args.seed, epochs=args.epochs, lr=args.lr, frozen_layers=args.frozen_layers,
                        lexical=lexical, log=log)
    meta.pop("held_out_probs", None)
    print(json.dumps({k: meta[k] for k in ("epochs", "rules", "held_out", "train_seconds")}, indent=1))
    if args.heldout_only:
        save_adapter(state, meta, out)
        print(f"wrote the held-out run's model to {out}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        chosen = Path(tmp) / "heldout.pt"
        save_adapter(state, meta, chosen)
        log("retraining on all of dev with the chosen epochs and rules")
        return _train_all_dev(rows, chosen, out, log)


def _train_folds(rows: Sequence[DevSentence], args: argparse.Namespace, out: Path, log: Any, data_dir: Path) -> int:
    """The K-fold ensemble (:mod:`rasd.train.events_encoder_folds`)."""
    from rasd.train.events import extra_sentences
    from rasd.train.events_encoder_folds import train_folds

    extra = [] if args.no_extra else extra_sentences()
    log(f"{len(extra)} of the project's own sentences added to every fold's training part")
    soft = None
    if args.soft_targets:
        from rasd.train.events import dev_agreement

        shares = dev_agreement(data_dir)
        soft = [shares.get(text, [float(v) for v in labels]) for text, labels in rows]
    states, meta = train_folds(rows, extra, folds=args.folds, seed=args.seed, epochs=args.epochs, lr=args.lr,
                               frozen_layers=args.frozen_layers, log=log, soft_targets=soft)
    oof = meta.pop("oof_probs")
    print(json.dumps({k: meta[k] for k in ("epochs", "rules", "held_out", "train_seconds")}, indent=1))
    save_adapter(states[0], meta, out, more_states=states[1:])
    oof_file = out.with_name(out.name + ".oof.json")
    if args.out:
        oof_file.write_text(json.dumps(oof), encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB, {len(states)} models); score it with: rasd eval events")
    return 0


def _train_all_dev(rows: Sequence[DevSentence], chosen_file: Path, out: Path, log: Any) -> int:
    """Retrain on all of dev with the settings, epochs and rules of a held-out run's file."""
    from rasd.stages.events.encoder import read_adapter

    try:
        _, chosen = read_adapter(chosen_file)
    except ValueError as exc:
        print(f"rasd train events-accurate: {exc}", file=sys.stderr)
        return 2
    state, meta = train(rows, seed=int(chosen["seed"]), epochs=int(chosen["epochs_schedule"]),
                        lr=float(chosen["lr"]), frozen_layers=int(chosen["frozen_layers"]),
                        all_rows_epochs=int(chosen["epochs"]), log=log)
    meta.update(rules=chosen["rules"], held_out=chosen["held_out"], held_out_history=chosen.get("history"),
                trained_on="all dev; rules and epochs from the held-out run")
    save_adapter(state, meta, out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB); score it with: rasd eval events")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
