"""Training the accurate NER tier (``rasd train ner-accurate``).

The adapters and head of :class:`rasd.ner.accurate.TokenTagger` are trained with AdamW
(adapters at ``lr``, the head at ``head_lr``), a linear warmup and linear decay, batches of
sentences of similar length, cross-entropy on the first piece of each word. Everything
random (initialisation, dropout, batch order) follows ``seed``; with the same seed, data,
thread count and PyTorch build, the file comes out the same.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from rasd.encoder import load_base, pad_batch
from rasd.ner.accurate import (
    ADAPTER_FORMAT,
    GAZETTEER_WIDTH,
    LABELS,
    AccurateTagger,
    TokenTagger,
    gazetteer_matrix,
    make_windows,
    place_features,
    trainable_state,
)
from rasd.ner.corpus import Sentence, holdout_split, score_spans

__all__ = ["AccurateSettings", "save_adapter", "train_accurate"]

_IGNORE = -100


@dataclass(frozen=True, slots=True)
class AccurateSettings:
    """Training settings (the defaults are the shipped model's)."""

    epochs: int = 4
    lr: float = 1e-3
    head_lr: float = 3e-3
    batch_size: int = 16
    warmup: float = 0.06
    weight_decay: float = 0.01
    rank: int = 16
    alpha: float = 32.0
    dropout: float = 0.1
    seed: int = 13
    threads: int = 1
    gazetteer: bool = False


_Example = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], Any]


def _examples(sentences: Sequence[Sentence], gazetteer: bool) -> list[_Example]:
    """(piece ids, first-piece positions, label ids, gazetteer rows or None) per window of
    every sentence."""
    _, tokenizer = load_base()
    lists = None
    if gazetteer:
        from rasd.ner.model import load_model

        lists = load_model().lists
    index = {lab: i for i, lab in enumerate(LABELS)}
    out: list[_Example] = []
    for words, tags in sentences:
        gaz = gazetteer_matrix(words, lists) if lists is not None and words else None
        for w in make_windows(words, tokenizer):
            rows = gaz[w.start : w.end] if gaz is not None else None
            out.append((w.ids, w.firsts, tuple(index.get(t, 0) for t in tags[w.start : w.end]), rows))
    return out


def _batches(examples: list[Any], size: int, rng: random.Random) -> list[list[Any]]:
    """Batches of similar length: shuffle, sort within pools of 50 batches, shuffle batches."""
    order = list(range(len(examples)))
    rng.shuffle(order)
    pool = size * 50
    batches: list[list[Any]] = []
    for p in range(0, len(order), pool):
        chunk = sorted(order[p : p + pool], key=lambda i: len(examples[i][0]))
        batches.extend([examples[i] for i in chunk[b : b + size]] for b in range(0, len(chunk), size))
    rng.shuffle(batches)
    return batches


def save_adapter(module: TokenTagger, path: Path, meta: dict[str, Any]) -> None:
    """Write the adapters and head (fp16) with their settings to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    blob = {"format": ADAPTER_FORMAT, "meta": {**meta, "labels": list(LABELS)}, "state": trainable_state(module)}
    tmp = path.with_suffix(".tmp")
    torch.save(blob, tmp)
    tmp.replace(path)


def merge_adapters(paths: Sequence[Path], out: Path) -> dict[str, Any]:
    """Write one ensemble file from adapter files of the same settings (different seeds): the
    first file's settings with every member's seed and history under ``members``; the tagger
    averages the members' label probabilities. Returns the written settings."""
    from rasd.ner.accurate import read_adapter_members

    states: list[dict[str, torch.Tensor]] = []
    metas: list[dict[str, Any]] = []
    for path in paths:
        got, meta = read_adapter_members(path)
        states.extend(got)
        metas.append(meta)
    keys = ("rank", "alpha", "gazetteer", "labels")
    for path, meta in zip(paths[1:], metas[1:], strict=True):
        if any(meta.get(k) != metas[0].get(k) for k in keys):
            raise ValueError(f"{path}: settings differ from {paths[0]} ({', '.join(keys)} must agree)")
    meta = {**metas[0], "members": [{k: m.get(k) for k in ("seed", "epochs", "history", "train_sentences") if k in m}
                                    for m in metas]}
    out.parent.mkdir(parents=True, exist_ok=True)
    blob: dict[str, Any] = {"format": ADAPTER_FORMAT, "meta": meta, "state": states[0], "more_states": states[1:]}
    tmp = out.with_suffix(".tmp")
    torch.save(blob, tmp)
    tmp.replace(out)
    return meta


def evaluate_tagger(module: TokenTagger, sentences: Sequence[Sentence]) -> tuple[float, float, float]:
    """Micro precision, recall and F1 of the module on ``sentences``."""
    _, tokenizer = load_base()
    tagger = AccurateTagger(module, tokenizer, {})
    pred = tagger.tag([s[0] for s in sentences])
    module.train()
    return score_spans([s[1] for s in sentences], pred).micro()


def train_accurate(
    train: Sequence[Sentence],
    out_file: Path,
    settings: AccurateSettings | None = None,
    *,
    dev: Sequence[Sentence] | None = None,
    log: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Train on ``train`` and write the adapter file; with ``dev``, score it after every
    epoch and keep the best epoch's adapters. Returns the settings and scores written."""
    s = settings or AccurateSettings()
    say = log or (lambda _msg: None)
    torch.set_num_threads(s.threads)
    torch.manual_seed(s.seed)
    rng = random.Random(s.seed)
    weights, tokenizer = load_base()
    extra = GAZETTEER_WIDTH if s.gazetteer else 0
    module = TokenTagger(weights, rank=s.rank, alpha=s.alpha, dropout=s.dropout, extra=extra)
    examples = _examples(train, s.gazetteer)
    n_pieces = sum(len(e[0]) for e in examples)
    say(f"{len(train)} sentences, {len(examples)} windows, {n_pieces} pieces")
    steps_per_epoch = (len(examples) + s.batch_size - 1) // s.batch_size
    total = steps_per_epoch * s.epochs
    warm = max(1, int(total * s.warmup))
    head = [p for n, p in module.named_parameters() if p.requires_grad and n.startswith("head.")]
    adapters = [p for n, p in module.named_parameters() if p.requires_grad and not n.startswith("head.")]
    opt = torch.optim.AdamW(
        [{"params": adapters, "lr": s.lr}, {"params": head, "lr": s.head_lr}], weight_decay=s.weight_decay
    )
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda step: min((step + 1) / warm, max(0.0, (total - step) / max(1, total - warm)))
    )
    loss_fn = nn.CrossEntropyLoss(ignore_index=_IGNORE)
    module.train()
    t0 = time.perf_counter()
    history: list[dict[str, float]] = []
    best_f1 = -1.0
    best_state: dict[str, torch.Tensor] | None = None
    step = 0
    seen = 0
    for epoch in range(1, s.epochs + 1):
        running = 0.0
        for batch in _batches(examples, s.batch_size, rng):
            ids, attention = pad_batch([list(e[0]) for e in batch], tokenizer.pad)
            labels = torch.full(ids.shape, _IGNORE, dtype=torch.long)
            for row, (_, firsts, labs, _gaz) in enumerate(batch):
                labels[row, list(firsts)] = torch.tensor(labs, dtype=torch.long)
            features = None
            if extra:
                features = place_features([e[3] for e in batch], [e[1] for e in batch], ids.shape[1], extra)
            logits = module(ids, attention, features)
            loss = loss_fn(logits.reshape(-1, len(LABELS)), labels.reshape(-1))
            opt.zero_grad(set_to_none=True)
            loss.backward()
            nn.utils.clip_grad_norm_(adapters + head, 1.0)
            opt.step()
            sched.step()
            step += 1
            seen += int(attention.sum())
            running += loss.item()
            if step % 25 == 0:
                elapsed = time.perf_counter() - t0
                say(f"epoch {epoch} step {step}/{total} loss {running / 25:.4f} "
                    f"{seen / elapsed:.0f} pieces/s {elapsed:.0f}s")
                running = 0.0
        record: dict[str, float] = {"epoch": epoch, "seconds": round(time.perf_counter() - t0, 1)}
        if dev:
            p, r, f = evaluate_tagger(module, dev)
            record.update({"dev_precision": p, "dev_recall": r, "dev_f1": f})
            say(f"epoch {epoch}: held-out P {p:.4f} R {r:.4f} F1 {f:.4f}")
            if f > best_f1:
                best_f1 = f
                best_state = trainable_state(module)
        history.append(record)
        meta = _meta(s, train, n_pieces, history, time.perf_counter() - t0)
        save_adapter(module, out_file, meta)
    if best_state is not None and best_f1 > history[-1].get("dev_f1", -1.0):
        module.load_state_dict({k: v.float() for k, v in best_state.items()}, strict=False)
        meta["best_epoch"] = max(history, key=lambda h: h.get("dev_f1", -1.0))["epoch"]
        save_adapter(module, out_file, meta)
    say(f"done in {time.perf_counter() - t0:.0f}s; adapter written to {out_file}")
    return meta


def _meta(s: AccurateSettings, train: Sequence[Sentence], pieces: int, history: list[dict[str, float]], seconds: float) -> dict[str, Any]:
    return {
        **asdict(s),
        "train_sentences": len(train),
        "train_tokens": sum(len(x[0]) for x in train),
        "train_pieces": pieces,
        "history": history,
        "train_seconds": round(seconds, 1),
        "torch": str(torch.__version__),
    }


def _main() -> None:  # pragma: no cover - a development entry point
    """``python -m rasd.train.ner_accurate``: training runs and merging seeds into an ensemble."""
    import argparse
    import sys

    from rasd.evaluation import find_shared_data
    from rasd.ner.corpus import read_conll

    defaults = AccurateSettings()
    ap = argparse.ArgumentParser(description="train the accurate NER tier")
    ap.add_argument("--out", required=True)
    ap.add_argument("--merge", nargs="+", metavar="ADAPTER",
                    help="do not train: write --out as the ensemble of these adapter files")
    ap.add_argument("--holdout", action="store_true", help="train on 85%%, score the held-out tail")
    ap.add_argument("--epochs", type=int, default=defaults.epochs)
    ap.add_argument("--lr", type=float, default=defaults.lr)
    ap.add_argument("--head-lr", type=float, default=defaults.head_lr)
    ap.add_argument("--limit", type=int, default=0, help="use only this many training sentences")
    ap.add_argument("--gazetteer", action="store_true", help="give the head the fast tier's name lists")
    ap.add_argument("--seed", type=int, default=defaults.seed)
    a = ap.parse_args()
    if a.merge:
        try:
            merged = merge_adapters([Path(m) for m in a.merge], Path(a.out))
        except ValueError as exc:
            sys.exit(f"rasd.train.ner_accurate: {exc}")
        print(f"wrote {a.out}: {len(merged['members'])} members")
        return
    data = find_shared_data()
    if data is None:
        sys.exit("no shared data")
    sents = read_conll(data / "anercorp" / "train.txt")
    held: list[Sentence] | None = None
    if a.holdout:
        sents, held = holdout_split(sents)
    if a.limit:
        sents = sents[: a.limit]
    t_start = time.perf_counter()
    out = train_accurate(
        sents, Path(a.out), AccurateSettings(epochs=a.epochs, lr=a.lr, head_lr=a.head_lr, gazetteer=a.gazetteer,
                                          seed=a.seed), dev=held,
        log=lambda m: print(f"[{time.perf_counter() - t_start:7.1f}s] {m}", flush=True),
    )
    print(json.dumps(out, indent=1))


if __name__ == "__main__":  # pragma: no cover
    _main()
