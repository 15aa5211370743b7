"""``rasd eval ner``: the shipped NER model on ANERcorp's test split (CAMeL Lab token range),
entity-level (CoNLL) micro F1 and per-type precision, recall and F1.

The corpus has no document breaks, so the second pass's document features look at the 10
sentences either side of each sentence (as in training).
"""

from __future__ import annotations

import time
from pathlib import Path

from rasd.evaluation import EvalResult

__all__ = ["TEST_WINDOW", "evaluate"]

#: Sentences either side that stand in for a document on ANERcorp.
TEST_WINDOW = 10


def evaluate(data_dir: Path | None) -> EvalResult:
    """Score the shipped model on ``<data_dir>/anercorp/test.txt``."""
    if data_dir is None or not (data_dir / "anercorp" / "test.txt").is_file():
        return EvalResult("ner", skipped="needs ../shared/data/anercorp/test.txt")
    from rasd.ner.corpus import read_conll, score_spans
    from rasd.ner.model import load_model

    test = read_conll(data_dir / "anercorp" / "test.txt")
    model = load_model()
    t0 = time.perf_counter()
    pred = model.tag([s[0] for s in test], window=TEST_WINDOW)
    seconds = time.perf_counter() - t0
    scores = score_spans([s[1] for s in test], pred)
    p, r, f = scores.micro()
    metrics = {"micro_f1": f, "micro_precision": p, "micro_recall": r}
    for typ, (tp, tr, tf, _support) in scores.by_type().items():
        metrics[f"{typ.lower()}_f1"] = tf
        metrics[f"{typ.lower()}_precision"] = tp
        metrics[f"{typ.lower()}_recall"] = tr
    tokens = sum(len(s[0]) for s in test)
    details: dict[str, object] = {
        "sentences": len(test),
        "tokens": tokens,
        "tokens_per_second": round(tokens / seconds) if seconds else None,
        "support": {t: v[3] for t, v in scores.by_type().items()},
    }
    return EvalResult("ner", metrics=metrics, details=details)
