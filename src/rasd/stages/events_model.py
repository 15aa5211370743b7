"""The sentence classifier of the events stage: two logistic regressions (ASSAULT and
PROTEST) over hashed-free sparse features (words, clitic-stripped stems, character 3-5
grams of words and the trigger families the lexicon finds), scored in pure Python.

Weights live in ``rasd/models/events/sentence_lr.json`` (trained by
:mod:`rasd.stages.events_train` on the dev split of arabic_event_gsr, MIT licence, see
``LICENSE-arabic_event_gsr.txt`` beside it). Without the file every probability is 0.5.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from rasd.kb.cache import cached, fingerprint
from rasd.stages.events_lexicon import words_of

__all__ = ["featurize", "sentence_scores", "load_model", "MODEL_FILE"]

MODEL_FILE = "sentence_lr.json"


def featurize(text: str) -> dict[str, float]:
    """Sparse binary features of a sentence."""
    from rasd.stages.events_lexicon import lexicon

    feats: dict[str, float] = {}
    words = [w for w in words_of(text) if not w.punct]
    for w in words:
        feats["w:" + w.key] = 1.0
        stem = w.stems[-1]
        feats["s:" + stem] = 1.0
        padded = f"<{stem}>"
        for n in (3, 4, 5):
            for i in range(len(padded) - n + 1):
                feats[f"c{n}:" + padded[i : i + n]] = 1.0
    for a, b in pairwise(words):
        feats[f"b:{a.stems[-1]}_{b.stems[-1]}"] = 1.0
    for spec in lexicon().triggers:
        if spec.feature and spec.terms.any_in(words):
            feats["fam:" + spec.family] = 1.0
    return feats


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any] | None:
    """The trained weights, or None when the model file is absent (parsed once, then read
    from the start-up cache, :mod:`rasd.kb.cache`)."""
    res = resources.files("rasd").joinpath("models", "events", MODEL_FILE)
    if not res.is_file():
        return None
    raw = res.read_bytes()
    data: dict[str, Any] = cached("events-lr", fingerprint([raw]), lambda: json.loads(raw.decode("utf-8")),
                                  lambda value: isinstance(value, dict))
    return data


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def sentence_scores(text: str) -> dict[str, float]:
    """``{"assault": p, "protest": p}``: the probability that the sentence reports such an
    event (0.5 each without a model)."""
    model = load_model()
    if model is None:
        return {"assault": 0.5, "protest": 0.5}
    feats = featurize(text)
    out: dict[str, float] = {}
    for name, m in model["models"].items():
        w = m["weights"]
        z = float(m["bias"]) + sum(w.get(f, 0.0) * v for f, v in feats.items())
        out[name] = _sigmoid(z)
    return out
