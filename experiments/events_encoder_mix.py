"""Score fold ensembles of the accurate events classifier out of fold, alone, averaged and
mixed with the fast classifier (``python -m experiments.events_encoder_mix``).

An experiment of 0.2.2 (``docs/events_accurate.md``). The inputs are the out-of-fold files
that ``python -m rasd.train.events_encoder --folds K --out FILE`` writes beside its
output (``FILE.oof.json``: each dev sentence's probabilities from the fold model that did
not train on it). Runs with the same seed share their folds, so an average of their
out-of-fold probabilities is still out of fold. The fast classifier (the logistic regression
of :mod:`rasd.stages.events.model`, with the 0.2.1 recipe the comparison was made with:
yes/no targets, dev sentences only) is retrained on the same folds to give its own
out-of-fold probabilities, and each candidate
``p = w * encoder + (1 - w) * fast`` gets its best threshold per task.

``--test ADAPTER --weight W --thresholds TA TP`` scores one chosen mix on the test split
(do it once, for the candidate chosen out of fold).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from rasd.stages.events.encoder import TASKS
from rasd.train.events_encoder import SEED, DevSentence, best_threshold, dev_sentences

__all__ = ["fast_oof", "mix", "score_candidates"]

WEIGHTS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)


def mix(encoder: Sequence[float], fast: Sequence[float], weight: float) -> list[float]:
    """``weight * encoder + (1 - weight) * fast``, item by item."""
    return [weight * e + (1.0 - weight) * f for e, f in zip(encoder, fast, strict=True)]


def fast_oof(rows: Sequence[DevSentence], folds: int, seed: int, l2: float = 1e-2) -> list[dict[int, float]]:
    """Per task, ``{row: probability}`` of the fast classifier retrained on the other folds
    (the same folds as the encoder's runs: :func:`rasd.train.events_encoder_folds.fold_ids`)."""
    from rasd.stages.events.model import featurize
    from rasd.train.events import _predict, train_lr
    from rasd.train.events_encoder_folds import fold_ids

    fold_of = fold_ids(rows, folds, seed)
    feats = [featurize(text) for text, _ in rows]
    out: list[dict[int, float]] = []
    for k in range(len(TASKS)):
        probs: dict[int, float] = {}
        for f in range(folds):
            train = [i for i in range(len(rows)) if fold_of[i] != f and rows[i][1][k] >= 0]
            weights, bias = train_lr([feats[i] for i in train], [rows[i][1][k] for i in train], l2=l2)
            probs.update((i, _predict(weights, bias, feats[i]))
                         for i in range(len(rows)) if fold_of[i] == f and rows[i][1][k] >= 0)
        out.append(probs)
    return out


def score_candidates(rows: Sequence[DevSentence], runs: dict[str, dict[str, list[float]]],
                     fast: list[dict[int, float]], groups: Sequence[Sequence[str]],
                     weights: Sequence[float] = WEIGHTS) -> list[dict[str, object]]:
    """Out-of-fold F1 of each group of runs (their mean) at each mixing weight."""
    results: list[dict[str, object]] = []
    for group in groups:
        for w in weights:
            record: dict[str, object] = {"runs": "+".join(group), "weight": w}
            total = 0.0
            for k, task in enumerate(TASKS):
                idx = sorted(fast[k])
                enc = [sum(runs[name][str(i)][k] for name in group) / len(group) for i in idx]
                rule = best_threshold(mix(enc, [fast[k][i] for i in idx], w), [rows[i][1][k] for i in idx])
                record[task] = {key: round(v, 4) if isinstance(v, float) else v for key, v in rule.items()}
                total += float(rule["f1"])
            record["mean_f1"] = round(total / len(TASKS), 4)
            results.append(record)
    return results


def _score_test(data_dir: Path, adapter: Path, weight: float, thresholds: Sequence[float]) -> dict[str, float]:
    from rasd.evaluation.events import _detection_scores
    from rasd.stages.events.encoder import AccurateEventClassifier
    from rasd.stages.events.model import sentence_scores
    from rasd.train.events import load_split

    model = AccurateEventClassifier.load(adapter)
    out: dict[str, float] = {}
    for task, threshold in zip(TASKS, thresholds, strict=True):
        rows = load_split(data_dir, task, "test")
        probs = model.scores([text for text, _ in rows])
        mixed = mix([p[task] for p in probs], [sentence_scores(text)[task] for text, _ in rows], weight)
        out.update(_detection_scores(f"mix_{task}", [p >= threshold for p in mixed], [y for _, y in rows]))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from rasd.evaluation import find_shared_data

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("runs", nargs="*", metavar="NAME=OOF.json",
                    help="out-of-fold files of fold runs with the same seed and fold count")
    ap.add_argument("--data", help="the shared data folder (default: ../shared/data)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--group", action="append", default=[], metavar="A+B",
                    help="also score the mean of these runs (repeatable); each run alone is always scored")
    ap.add_argument("--test", metavar="ADAPTER", help="score ADAPTER mixed with the fast classifier on the test split")
    ap.add_argument("--weight", type=float, default=1.0, help="with --test: the encoder's weight")
    ap.add_argument("--thresholds", type=float, nargs=2, metavar=("ASSAULT", "PROTEST"), default=(0.5, 0.5))
    args = ap.parse_args(argv)
    data_dir = find_shared_data(args.data)
    if data_dir is None or not (data_dir / "arabic_event_gsr").is_dir():
        print("events_encoder_mix: needs ../shared/data/arabic_event_gsr (pass --data DIR)", file=sys.stderr)
        return 2
    if args.test:
        print(json.dumps(_score_test(data_dir, Path(args.test), args.weight, args.thresholds)))
        return 0
    runs: dict[str, dict[str, list[float]]] = {}
    for spec in args.runs:
        name, sep, path = spec.partition("=")
        if not sep:
            print(f"events_encoder_mix: {spec!r} is not NAME=FILE", file=sys.stderr)
            return 2
        try:
            runs[name] = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"events_encoder_mix: cannot read {path}: {exc}", file=sys.stderr)
            return 2
    groups = [[name] for name in runs] + [g.split("+") for g in args.group]
    unknown = sorted({n for g in groups for n in g} - set(runs))
    if unknown or not groups:
        print(f"events_encoder_mix: give runs as NAME=FILE (unknown in --group: {', '.join(unknown) or 'none'})",
              file=sys.stderr)
        return 2
    rows = dev_sentences(data_dir)
    fast = fast_oof(rows, args.folds, args.seed)
    for record in score_candidates(rows, runs, fast, groups):
        print(json.dumps(record))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
