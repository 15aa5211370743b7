"""Train the sentence report-ness model (``rasd train reportness`` or ``python -m rasd.train.reportness``).

A logistic regression over the sentence features of :mod:`rasd.stages.events.reportness`, on
the project's own sentences (``rasd/train/data/reportness/*.txt``, Apache-2.0; one sentence a
line, ``#`` lines are comments): files named ``reports_*`` hold sentences that report an
incident that happened (told directly, in the passive, as an item of a round-up, through an
official's or a witness's words), files named ``other_*`` sentences in the same war words that
report none (threats, denials, forecasts, calls, condemnations, background, tallies, trials,
sport, opinion). Same learner as the genre model (:func:`rasd.train.genre.train_dense_lr`):
standardised features, L2, full-batch gradient descent in pure Python, no randomness but the
fixed shuffle of the 5-fold cross-validation it reports.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rasd.train.genre import SEED, train_dense_lr

__all__ = ["CORPUS_DIR", "load_sentences", "train_model", "main"]

CORPUS_DIR = Path(__file__).resolve().parent / "data" / "reportness"
#: L2 of the shipped model: the corpus is a few hundred sentences.
L2 = 0.1


def load_sentences(folder: Path = CORPUS_DIR) -> list[tuple[str, int, str]]:
    """``(sentence, label, file stem)``: label 1 in ``reports_*`` files, 0 in ``other_*``."""
    out: list[tuple[str, int, str]] = []
    for path in sorted(folder.glob("*.txt")):
        label = 1 if path.stem.startswith("reports_") else 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.append((line.strip(), label, path.stem))
    return out


def _rows(sentences: Sequence[tuple[str, int, str]]) -> list[dict[str, float]]:
    from rasd.stages.events.lexicon import words_of
    from rasd.stages.events.reportness import sentence_features

    return [sentence_features(words_of(s)) for s, _, _ in sentences]


def _cross_validate(rows: list[dict[str, float]], labels: list[int], l2: float, folds: int = 5) -> dict[str, float]:
    from rasd.stages.events.genre import score_features
    from rasd.stages.events.reportness import FEATURES

    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    right = sure_wrong = sure = 0
    for f in range(folds):
        test = set(order[f::folds])
        train = [i for i in order if i not in test]
        model = train_dense_lr([rows[i] for i in train], [labels[i] for i in train], FEATURES, l2=l2)
        for i in test:
            p = score_features(model, rows[i])
            right += (p >= 0.5) == bool(labels[i])
            if p < 0.1:  # the model sure the sentence reports nothing
                sure += 1
                sure_wrong += labels[i]
    return {"accuracy": round(right / len(rows), 4), "below_0.1": sure, "below_0.1_reports": sure_wrong}


def train_model(l2: float = L2) -> dict[str, Any]:
    """The model trained on the corpus, with its ``report`` (sizes and cross-validation)."""
    from rasd.stages.events.reportness import FEATURES

    corpus = load_sentences()
    rows = _rows(corpus)
    labels = [y for _, y, _ in corpus]
    model = train_dense_lr(rows, labels, FEATURES, l2=l2)
    model["report"] = {"sentences": len(corpus), "reports": sum(labels), "cv5": _cross_validate(rows, labels, l2)}
    return model


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "models" / "events" / "reportness_lr.json"))
    ap.add_argument("--l2", type=float, default=L2)
    args = ap.parse_args(argv)
    if not load_sentences():
        print("reportness_train: no sentences under " + str(CORPUS_DIR), file=sys.stderr)
        return 2
    model = train_model(args.l2)
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model["report"]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
