"""Train the events sentence classifier (``python -m rasd.train.events``).

Two L2-regularised logistic regressions (ASSAULT, PROTEST) on the **dev** split of
arabic_event_gsr (``../shared/data/arabic_event_gsr``, MIT licence) and the project's own
sentences (``rasd/data/events/accurate_extra_sentences.tsv``); the test split is never read
here. Labels: ``yes`` = 1, ``easy no`` / ``difficult no`` = 0, ``ambiguous`` dropped. Since
0.2.2 the loss's targets are the share of annotators who accepted the label (a "yes" needs
all of them; ``--hard-targets`` trains on yes/no as before), the class balance and the
thresholds still come from yes/no.
Training is full-batch gradient descent in numpy with a fixed seed for the fold split;
5-fold cross-validation on dev picks the decision thresholds of
:func:`rasd.stages.events.detect.detect_sentence`'s combination of lexicon and classifier.
The weights (features with non-negligible weight only) go to
``src/rasd/models/events/sentence_lr.json``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["load_split", "dev_agreement", "dev_ambiguous", "extra_sentences", "train_lr", "main"]

SEED = 20171015
TASKS = {"assault": "assault", "protest": "protest"}


def _records(data_dir: Path, task: str, split: str, *, ambiguous: bool = False) -> list[dict[str, str]]:
    """The rows of one task's file in one split of arabic_event_gsr: ``ambiguous`` excluded,
    or (``ambiguous=True``) only the ``ambiguous`` ones."""
    base = data_dir / "arabic_event_gsr"
    with (base / f"{task}_split.tsv").open(encoding="utf-8") as fh:
        which = {r["id"]: r["split"] for r in csv.DictReader(fh, delimiter="\t")}
    with (base / f"{task}_gsr.csv").open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh)
                if which.get(r["id"]) == split and (r["label"] == "ambiguous") == ambiguous]


def _share(r: dict[str, str]) -> float:
    accept, reject = int(r["accept"] or 0), int(r["reject"] or 0)
    return accept / (accept + reject) if accept + reject else (1.0 if r["label"] == "yes" else 0.0)


def load_split(data_dir: Path, task: str, split: str) -> list[tuple[str, int]]:
    """``(text, label)`` pairs of one split of arabic_event_gsr, ``ambiguous`` excluded."""
    return [(r["text"], 1 if r["label"] == "yes" else 0) for r in _records(data_dir, task, split)]


def dev_agreement(data_dir: Path) -> dict[str, list[float]]:
    """Per dev sentence text, each task's share of annotators who accepted the label
    (``accept / (accept + reject)``; -1 where the sentence is not in that task's file): the
    soft targets of ``--soft-targets``. A "yes" in arabic_event_gsr needs every annotator."""
    out: dict[str, list[float]] = {}
    for k, task in enumerate(TASKS):
        for r in _records(data_dir, task, "dev"):
            shares = out.setdefault(r["text"], [-1.0] * len(TASKS))
            shares[k] = max(shares[k], _share(r))
    return out


def dev_ambiguous(data_dir: Path, task: str) -> list[tuple[str, float]]:
    """The ``ambiguous`` dev rows of one task with their share of accepting annotators:
    training rows only (never scored, like the own sentences)."""
    return [(r["text"], _share(r)) for r in _records(data_dir, task, "dev", ambiguous=True)]


def extra_sentences() -> list[tuple[str, list[int]]]:
    """The project's own training sentences: ``(text, [assault, protest])``, -1 where unlabelled."""
    path = resources.files("rasd.data").joinpath("events/accurate_extra_sentences.tsv")
    rows: list[tuple[str, list[int]]] = []
    with path.open(encoding="utf-8") as fh:
        for rec in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"):
            labels = [-1] * len(TASKS)
            for k, task in enumerate(TASKS):
                value = (rec.get(task) or "").strip()
                if value in ("0", "1"):
                    labels[k] = int(value)
            if rec["text"].strip() and any(v >= 0 for v in labels):
                rows.append((rec["text"].strip(), labels))
    return rows


def _matrix(feats: Sequence[dict[str, float]], vocab: dict[str, int]) -> tuple[Any, Any]:
    import numpy as np

    idx: list[int] = []
    ptr = [0]
    for f in feats:
        idx.extend(vocab[k] for k in f if k in vocab)
        ptr.append(len(idx))
    return np.asarray(idx, dtype=np.int64), np.asarray(ptr, dtype=np.int64)


def train_lr(feats: Sequence[dict[str, float]], labels: Sequence[int], *, l2: float = 1e-3,
             epochs: int = 300, lr: float = 0.5, min_df: int = 2,
             targets: Sequence[float] | None = None) -> tuple[dict[str, float], float]:
    """Fit a binary logistic regression; returns ``(weights, bias)``. ``targets``: the
    loss's targets when they differ from the 0/1 ``labels`` (soft agreement shares); the
    class balance always comes from ``labels``."""
    import numpy as np

    df: dict[str, int] = {}
    for f in feats:
        for k in f:
            df[k] = df.get(k, 0) + 1
    names = sorted(k for k, c in df.items() if c >= min_df)
    vocab = {k: i for i, k in enumerate(names)}
    idx, ptr = _matrix(feats, vocab)
    n = len(feats)
    hard = np.asarray(labels, dtype=np.float64)
    y = hard if targets is None else np.asarray(targets, dtype=np.float64)
    pos = max(1.0, float(hard.sum()))
    cw = np.where(hard > 0, (n - pos) / pos, 1.0)  # balance classes
    cw = cw / cw.mean()
    w = np.zeros(len(names))
    b = 0.0
    row = np.repeat(np.arange(n), np.diff(ptr))
    # Adam on the full batch
    m_w = np.zeros_like(w)
    v_w = np.zeros_like(w)
    m_b = v_b = 0.0
    for t in range(1, epochs + 1):
        z = np.bincount(row, weights=w[idx], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        r = (p - y) * cw / n
        g_w = np.bincount(idx, weights=r[row], minlength=len(w)) + l2 * w
        g_b = float(r.sum())
        m_w = 0.9 * m_w + 0.1 * g_w
        v_w = 0.999 * v_w + 0.001 * g_w * g_w
        m_b = 0.9 * m_b + 0.1 * g_b
        v_b = 0.999 * v_b + 0.001 * g_b * g_b
        step = lr * 0.05 * np.sqrt(1 - 0.999**t) / (1 - 0.9**t)
        w -= step * m_w / (np.sqrt(v_w) + 1e-8)
        b -= step * m_b / (np.sqrt(v_b) + 1e-8)
    weights = {names[i]: round(float(w[i]), 4) for i in range(len(w)) if abs(w[i]) >= 1e-2}
    return weights, float(b)


def _predict(weights: dict[str, float], bias: float, feats: dict[str, float]) -> float:
    import math

    z = bias + sum(weights.get(k, 0.0) for k in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _f1(pairs: Sequence[tuple[bool, int]]) -> float:
    tp = sum(1 for p, y in pairs if p and y)
    fp = sum(1 for p, y in pairs if p and not y)
    fn = sum(1 for p, y in pairs if not p and y)
    return 2 * tp / max(1, 2 * tp + fp + fn)


def _lexicon_says(text: str, task: str) -> bool:
    from rasd.stages.events.detect import ASSAULT_TYPES, PROTEST_TYPES, detect_sentence

    types = ASSAULT_TYPES if task == "assault" else PROTEST_TYPES
    return any(d.event_type in types and not d.reference for d in detect_sentence(text))


def main(argv: Sequence[str] | None = None) -> int:
    import random

    from rasd.evaluation import find_shared_data
    from rasd.stages.events.model import featurize

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", help="the shared data folder (default: ../shared/data)")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "models" / "events" / "sentence_lr.json"))
    ap.add_argument("--l2", type=float, default=1e-2)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--hard-targets", dest="soft_targets", action="store_false",
                    help="train on the unanimous yes/no (the 0.2.1 recipe) instead of each sentence's share of "
                         "accepting annotators (thresholds always use yes/no)")
    ap.add_argument("--no-own-sentences", dest="own_sentences", action="store_false",
                    help="leave out the project's own training sentences (rasd/data/events/accurate_extra_sentences.tsv)")
    ap.add_argument("--ambiguous", action="store_true",
                    help="also train on the dev split's ambiguous sentences (target: the share of accepting "
                         "annotators; class weight from share >= 0.5); they are never scored")
    args = ap.parse_args(argv)
    data_dir = find_shared_data(args.data)
    if data_dir is None:
        print("events_train: needs ../shared/data (arabic_event_gsr)", file=sys.stderr)
        return 2
    models: dict[str, Any] = {}
    report: dict[str, Any] = {}
    shares = dev_agreement(data_dir) if args.soft_targets else {}
    own = extra_sentences() if args.own_sentences else []
    for k_task, task in enumerate(TASKS):
        rows = load_split(data_dir, task, "dev")
        feats = [featurize(t) for t, _ in rows]
        labels = [y for _, y in rows]
        targets = [shares[t][k_task] if t in shares else float(y) for t, y in rows]
        own_rows = [(featurize(t), float(lab[k_task])) for t, lab in own if lab[k_task] >= 0]
        if args.ambiguous:
            own_rows += [(featurize(t), share) for t, share in dev_ambiguous(data_dir, task)]

        def fit(idx: Sequence[int], own_rows: list[tuple[dict[str, float], float]] = own_rows,
                feats: list[dict[str, float]] = feats, labels: list[int] = labels,
                targets: list[float] = targets) -> tuple[dict[str, float], float]:
            """The classifier on dev rows ``idx`` plus every always-training row (own sentences,
            and with ``--ambiguous`` the ambiguous dev rows)."""
            return train_lr([feats[i] for i in idx] + [f for f, _ in own_rows],
                            [labels[i] for i in idx] + [int(y >= 0.5) for _, y in own_rows], l2=args.l2,
                            epochs=args.epochs, targets=[targets[i] for i in idx] + [y for _, y in own_rows])

        order = list(range(len(rows)))
        random.Random(SEED).shuffle(order)
        folds = [order[k::5] for k in range(5)]
        oof = [0.0] * len(rows)
        for k in range(5):
            held = set(folds[k])
            tr = [i for i in order if i not in held]
            w, b = fit(tr)
            for i in folds[k]:
                oof[i] = _predict(w, b, feats[i])
        best = max(((t / 100, _f1([(oof[i] >= t / 100, labels[i]) for i in range(len(rows))]))
                    for t in range(5, 96)), key=lambda x: x[1])
        lex = [_lexicon_says(t, task) for t, _ in rows]
        combo = max((((t1 / 100, t2 / 100),
                      _f1([((lex[i] and oof[i] >= t1 / 100) or oof[i] >= t2 / 100, labels[i]) for i in range(len(rows))]))
                     for t1 in range(2, 90, 2) for t2 in range(30, 101, 5)), key=lambda x: x[1])
        print(f"{task}: lexicon AND p>={combo[0][0]:.2f}, or p>={combo[0][1]:.2f}: cv F1={combo[1]:.4f}")
        w, b = fit(range(len(rows)))
        models[task] = {"bias": round(b, 4), "weights": w, "threshold": best[0],
                        "detect_threshold": combo[0][0], "detect_threshold_alone": combo[0][1]}
        report[task] = {"dev_cv_f1": round(best[1], 4), "threshold": best[0], "n": len(rows),
                        "features": len(w), "oof": [round(x, 4) for x in oof]}
        print(f"{task}: n={len(rows)} cv F1={best[1]:.4f} at p>={best[0]:.2f}, {len(w)} features")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    recipe = ", soft agreement targets" if args.soft_targets else ""
    recipe += f", plus {len(own)} of the project's own sentences" if own else ""
    payload = {"_about": "rasd events sentence classifier; trained on the dev split of arabic_event_gsr "
                         f"(MIT licence, see LICENSE-arabic_event_gsr.txt){recipe}; seed {SEED}",
               "models": models}
    out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    oof_path = Path("/tmp/rasd_events_oof.json")
    oof_path.write_text(json.dumps(report), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
