"""The events sentence classifier's scores computed the slow, plain way (every feature of
:func:`featurize` against the model's weights), for the tests of its fast paths to compare with."""

from __future__ import annotations

import math

from rasd.stages.events.model import featurize, load_model


def reference_scores(text: str) -> dict[str, float]:
    model = load_model()
    assert model is not None
    feats = featurize(text)
    out = {}
    for name, m in model["models"].items():
        z = float(m["bias"]) + sum(m["weights"].get(f, 0.0) * v for f, v in feats.items())
        out[name] = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
    return out
