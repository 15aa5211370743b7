"""The accurate tier's tagger: the fine-tuned encoder and the fast CRF, averaged.

The two taggers err differently (the encoder knows words from pre-training, the CRF knows
the name lists and the document), so a word's label probabilities are the weighted mean
of the CRF's marginals and the encoder's softmax, and a BIO-constrained Viterbi pass picks
the labels. The weight was chosen on the held-out tail of ANERcorp's training file, with
both taggers trained on the rest (``python -m rasd.ner.ensemble --holdout ...``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasd.ner.accurate import LABELS, AccurateTagger, bio_viterbi
from rasd.ner.model import NerModel

__all__ = ["DEFAULT_CRF_WEIGHT", "EnsembleTagger", "combine"]

#: Share of the CRF in the mean (chosen on the held-out tail; see the module docstring).
DEFAULT_CRF_WEIGHT = 0.45


def combine(crf: Sequence[Sequence[Sequence[float]]], encoder: Sequence[np.ndarray], crf_weight: float) -> list[list[str]]:
    """BIO tags from the two taggers' per-word label probabilities (in :data:`LABELS` order)."""
    out: list[list[str]] = []
    for c, e in zip(crf, encoder, strict=True):
        if len(e) == 0:
            out.append([])
            continue
        p = crf_weight * np.asarray(c, dtype=np.float64) + (1.0 - crf_weight) * np.exp(e)
        out.append([LABELS[j] for j in bio_viterbi(np.log(p + 1e-9).astype(np.float32))])
    return out


class EnsembleTagger:
    """``tag(sentences, window)`` like :meth:`NerModel.tag`, from both tiers' models."""

    def __init__(self, crf: NerModel, encoder: AccurateTagger, crf_weight: float = DEFAULT_CRF_WEIGHT) -> None:
        self.crf = crf
        self.encoder = encoder
        self.crf_weight = crf_weight
        self.lists = crf.lists

    def tag(self, sentences: Sequence[Sequence[str]], window: int | None = None) -> list[list[str]]:
        crf = self.crf.marginals(sentences, LABELS, window)
        return combine(crf, self.encoder.label_scores(sentences), self.crf_weight)


def _main(argv: list[str] | None = None) -> int:
    from rasd.evaluation import find_shared_data
    from rasd.ner.corpus import holdout_split, read_conll, score_spans

    ap = argparse.ArgumentParser(description="choose the CRF weight on the held-out tail of train.txt")
    ap.add_argument("crf", help="a fast-tier model folder trained on the first 85%% of train.txt")
    ap.add_argument("encoder", nargs="+",
                    help="accurate-tier adapter files trained on the same 85%% (several: their mean)")
    ap.add_argument("--data", help="../shared/data")
    a = ap.parse_args(argv)
    data = find_shared_data(a.data)
    if data is None:
        print("no ../shared/data", file=sys.stderr)
        return 2
    _, held = holdout_split(read_conll(data / "anercorp" / "train.txt"))
    words = [w for w, _ in held]
    gold = [t for _, t in held]
    crf = NerModel.load(Path(a.crf)).marginals(words, LABELS, 10)
    runs = [AccurateTagger.load(Path(path)).label_scores(words) for path in a.encoder]
    enc = [np.log(np.mean([np.exp(run[i]) for run in runs], axis=0)) for i in range(len(words))]
    for w in np.arange(0.0, 1.01, 0.05):
        p, r, f = score_spans(gold, combine(crf, enc, float(w))).micro()
        print(f"crf weight {w:.2f}: held-out P {100 * p:.2f} R {100 * r:.2f} F1 {100 * f:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
