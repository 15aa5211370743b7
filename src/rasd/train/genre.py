"""Train the article genre model (``rasd train genre`` or ``python -m rasd.train.genre``).

A logistic regression over the article features of :mod:`rasd.stages.events.genre`, on the
project's own corpus of news pieces (``rasd/train/data/genre/*.txt``, Apache-2.0: incident
reports of every length, and pieces that report nothing: columns, analyses, interviews,
statements, condemnations, press reviews, NGO reports, anniversaries, trials, sport and
economy). Features are standardised (mean and scale kept in the model); training is
full-batch gradient descent with L2, in pure Python; 5-fold cross-validation (a fixed
shuffle) reports accuracy. ``--eval FILE.jsonl --labels FILE.tsv`` scores hand-labelled
articles (``id<TAB>R|N|?``; ``?`` skipped) with the model written.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["CORPUS_DIR", "load_corpus", "train_dense_lr", "main"]

CORPUS_DIR = Path(__file__).resolve().parent / "data" / "genre"
SEED = 20261207


def load_corpus(folder: Path = CORPUS_DIR) -> list[tuple[str, str, int, str]]:
    """``(title, text, label, kind)`` per piece: label 1 for ``report``, 0 for ``other``."""
    pieces: list[tuple[str, str, int, str]] = []
    for path in sorted(folder.glob("*.txt")):
        block: list[str] = []
        header = ""
        for line in [*path.read_text(encoding="utf-8").splitlines(), "### end"]:
            if line.startswith("### "):
                if header and len(block) >= 2:
                    label, _, kind = header.partition(" ")
                    pieces.append((block[0], "\n".join(block[1:]), 1 if label == "report" else 0, kind.strip()))
                header, block = line[4:].strip(), []
            elif header and line.strip() and not line.startswith("#"):
                block.append(line.strip())
    return pieces


def _standardise(rows: Sequence[dict[str, float]], names: Sequence[str]) -> tuple[dict[str, float], dict[str, float]]:
    mean = {k: sum(r[k] for r in rows) / len(rows) for k in names}
    scale = {k: math.sqrt(sum((r[k] - mean[k]) ** 2 for r in rows) / len(rows)) or 1.0 for k in names}
    return mean, {k: round(max(v, 1e-3), 6) for k, v in scale.items()}


def train_dense_lr(rows: Sequence[dict[str, float]], labels: Sequence[int], names: Sequence[str], *,
                   l2: float = 0.05, epochs: int = 600, lr: float = 0.3) -> dict[str, Any]:
    """Fit a logistic regression on standardised ``rows``; returns the model dict that
    :func:`rasd.stages.events.genre.score_features` reads."""
    mean, scale = _standardise(rows, names)
    xs = [[(r[k] - mean[k]) / scale[k] for k in names] for r in rows]
    n, d = len(xs), len(names)
    pos = max(1, sum(labels))
    cw = [(n - pos) / pos if y else 1.0 for y in labels]
    norm = sum(cw) / n
    cw = [c / norm for c in cw]
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        gw = [l2 * wi for wi in w]
        gb = 0.0
        for x, y, c in zip(xs, labels, cw, strict=True):
            z = b + sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            r = (p - y) * c / n
            gb += r
            for i in range(d):
                gw[i] += r * x[i]
        w = [wi - lr * g for wi, g in zip(w, gw, strict=True)]
        b -= lr * gb
    return {"bias": round(b, 5), "weights": {k: round(w[i], 5) for i, k in enumerate(names)},
            "mean": {k: round(v, 6) for k, v in mean.items()}, "scale": scale}


def _cross_validate(rows: list[dict[str, float]], labels: list[int], names: Sequence[str], l2: float,
                    folds: int = 5) -> dict[str, float]:
    from rasd.stages.events.genre import score_features

    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    right = tp = fp = fn = 0
    for f in range(folds):
        test = set(order[f::folds])
        train = [i for i in order if i not in test]
        model = train_dense_lr([rows[i] for i in train], [labels[i] for i in train], names, l2=l2)
        for i in test:
            p = score_features(model, rows[i]) >= 0.5
            right += p == bool(labels[i])
            tp += p and labels[i] == 1
            fp += p and labels[i] == 0
            fn += (not p) and labels[i] == 1
    return {"accuracy": round(right / len(rows), 4), "report_precision": round(tp / max(1, tp + fp), 4),
            "report_recall": round(tp / max(1, tp + fn), 4)}


def evaluate(model: dict[str, Any], articles: Path, labels: Path) -> dict[str, Any]:
    """Accuracy of ``model`` on hand-labelled articles (rasd input JSONL and ``id<TAB>R|N|?``)."""
    from rasd.stages.events.genre import article_features, score_features

    gold = dict(line.split("\t")[:2] for line in labels.read_text(encoding="utf-8").split("\n") if "\t" in line)
    rows = []
    for line in articles.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        lab = gold.get(rec["id"], "?").strip()
        if lab not in ("R", "N"):
            continue
        p = score_features(model, article_features(rec.get("title") or "", rec["text"]))
        rows.append((rec["id"], lab, round(p, 3)))
    right = sum(1 for _, lab, p in rows if (p >= 0.5) == (lab == "R"))
    sure_none = [(i, lab) for i, lab, p in rows if p < 0.2]
    return {"n": len(rows), "accuracy": round(right / max(1, len(rows)), 4),
            "below_0.2": len(sure_none), "below_0.2_reports": sum(1 for _, lab in sure_none if lab == "R"),
            "articles": rows}


def main(argv: Sequence[str] | None = None) -> int:
    from rasd.stages.events.genre import FEATURES, article_features

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "models" / "events" / "genre_lr.json"))
    ap.add_argument("--l2", type=float, default=0.05)
    ap.add_argument("--eval", dest="eval_file", help="rasd input JSONL of hand-labelled articles to score")
    ap.add_argument("--labels", help="id<TAB>R|N|? labels of --eval")
    args = ap.parse_args(argv)
    if args.eval_file:
        model = json.loads(Path(args.out).read_text(encoding="utf-8"))
        print(json.dumps(evaluate(model, Path(args.eval_file), Path(args.labels)), ensure_ascii=False, indent=1))
        return 0
    corpus = load_corpus()
    if not corpus:
        print("genre_train: no corpus under " + str(CORPUS_DIR), file=sys.stderr)
        return 2
    rows = [article_features(title, text) for title, text, _, _ in corpus]
    labels = [y for _, _, y, _ in corpus]
    cv = _cross_validate(rows, labels, FEATURES, args.l2)
    model = train_dense_lr(rows, labels, FEATURES, l2=args.l2)
    model["report"] = {"pieces": len(corpus), "reports": sum(labels), "cv5": cv}
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model["report"]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
