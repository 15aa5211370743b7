"""The sentence classifier of the events stage: two logistic regressions (ASSAULT and
PROTEST) over hashed-free sparse features (words, clitic-stripped stems, character 3-5
grams of words and the trigger families the lexicon finds), scored in pure Python.

Weights live in ``rasd/models/events/sentence_lr.json`` (trained by
:mod:`rasd.train.events` on the dev split of arabic_event_gsr, MIT licence, see
``LICENSE-arabic_event_gsr.txt`` beside it). Without the file every probability is 0.5.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from itertools import chain, pairwise, repeat
from operator import attrgetter, itemgetter
from typing import Any

from rasd.kb.cache import cached, fingerprint
from rasd.stages.events.lexicon import Word, slots_present, words_of

__all__ = ["featurize", "sentence_scores", "load_model", "MODEL_FILE"]

MODEL_FILE = "sentence_lr.json"


#: word key -> the word's own features, in the order featurize sets them
_WORD_FEATS: dict[str, dict[str, float]] = {}
_MAX_WORD_FEATS = 1 << 12  # about 1.9 KB each (some 15 feature names): 8 MB at most


def _grams(length: int) -> tuple[tuple[str, tuple[slice, ...]], ...]:
    """The tags and slices of the character 3-5-grams of a text of ``length`` characters."""
    return tuple((tag, tuple(slice(i, i + n) for i in range(length - n + 1)))
                 for n, tag in ((3, "c3:"), (4, "c4:"), (5, "c5:")))


#: per length of a padded stem, the slices of its character 3-, 4- and 5-grams, each size
#: with the tag of its features' names (longer stems have theirs made when met)
_GRAMS: list[tuple[tuple[str, tuple[slice, ...]], ...]] = [_grams(n) for n in range(40)]


def _own_feat_names(key: str, stem: str) -> list[str]:
    """The names of a word's own features, in order (the word, its stem, the stem's padded
    character 3-5-grams; a name made again keeps its first place where they are gathered)."""
    names = ["w:" + key, "s:" + stem]
    padded = f"<{stem}>"
    n = len(padded)
    for tag, slices in _GRAMS[n] if n < len(_GRAMS) else _grams(n):
        names += map(tag.__add__, map(padded.__getitem__, slices))
    return names


def _own_feats(key: str, stem: str) -> dict[str, float]:
    return dict.fromkeys(_own_feat_names(key, stem), 1.0)


def _word_feats(key: str, stem: str) -> dict[str, float]:
    feats = _own_feats(key, stem)
    if len(_WORD_FEATS) >= _MAX_WORD_FEATS:
        _WORD_FEATS.clear()
    _WORD_FEATS[key] = feats
    return feats


#: word key -> those of the word's own features that have a weight in a model, in order,
#: each with its weights (:func:`_weighted`)
_WORD_WEIGHTED: dict[str, dict[str, tuple[float, ...]]] = {}
_MAX_WORD_WEIGHTED = 1 << 15


@lru_cache(maxsize=1)
def _weighted() -> dict[str, tuple[float, ...]]:
    """The features with a weight in either model (the others add nothing to a score), each
    with its weight in every model, in the models' order (0.0 where a model has none)."""
    models = [m["weights"] for m in ((load_model() or {}).get("models") or {}).values()]
    features = dict.fromkeys(chain.from_iterable(models))  # in the order first met
    return dict(zip(features, zip(*[list(map(w.get, features, repeat(0.0))) for w in models], strict=True), strict=True))


def _own_weighted(key: str, stem: str, known: dict[str, tuple[float, ...]]) -> dict[str, tuple[float, ...]]:
    """Those of :func:`_own_feats` that have a weight, in its order, each with its weights
    (the names looked up in C: no dict of all of them first)."""
    names = _own_feat_names(key, stem)
    # (a name made again keeps its first place, as in a dict of all; its weights are the same)
    return {f: weights for f, weights in zip(names, map(known.get, names), strict=True) if weights is not None}


def _bigram_lefts(known: dict[str, tuple[float, ...]]) -> frozenset[str]:
    """Every left stem a weighted bigram feature (``b:LEFT_RIGHT``) of ``known`` may have:
    each text before an ``_`` of its name (a stem holding ``_`` is read every way); made
    once per table."""
    global _LEFTS_OF
    if _LEFTS_OF[0] is not known:
        _LEFTS_OF = (known, frozenset(f[2:i] for f in known if f.startswith("b:")
                                      for i, ch in enumerate(f) if ch == "_" and i >= 2))
    return _LEFTS_OF[1]


#: the table :func:`_bigram_lefts` last read, and its left stems
_LEFTS_OF: tuple[dict[str, tuple[float, ...]] | None, frozenset[str]] = (None, frozenset())


_KEY_OF = attrgetter("key")
#: the keys of a sentence's words (punctuation left out) -> :func:`_weighted_feats` of it: a
#: word's stems, and so every feature, are those of its key (the genre model and the
#: detector score many sentences alike: a fifth of the asks repeat one, within a document)
_SENTENCE_FEATS: dict[tuple[str, ...], dict[str, tuple[float, ...]]] = {}
_MAX_SENTENCE_FEATS = 256


def _weighted_feats(words: Sequence[Word]) -> dict[str, tuple[float, ...]]:
    """The features of :func:`featurize` that have a weight, in the same order (dropping a
    key from a dict keeps the others' order), each with its weights (:func:`_weighted`): a
    score sums the same weights in the same order without adding the zeros of the rest."""
    from rasd.stages.events.lexicon import lexicon

    known = _weighted()
    triggers = lexicon().triggers  # loaded first: its sets must hold slots before `live` is read
    live = slots_present(words)  # a set with no possible start here finds none in the words kept
    words = [w for w in words if not w.punct]
    keys = tuple(map(_KEY_OF, words))
    feats = _SENTENCE_FEATS.get(keys)
    if feats is not None:
        return feats
    feats = {}
    for w, got in zip(words, map(_WORD_WEIGHTED.get, keys), strict=True):
        if got is None:
            got = _own_weighted(w.key, w.stems[-1], known)
            if len(_WORD_WEIGHTED) >= _MAX_WORD_WEIGHTED:
                _WORD_WEIGHTED.clear()
            _WORD_WEIGHTED[w.key] = got
        feats.update(got)
    lefts = _bigram_lefts(known)
    for a, b in pairwise(words):
        left = a.stems[-1]
        if left in lefts:  # (else no weighted bigram begins with it: its name is not made)
            f = f"b:{left}_{b.stems[-1]}"
            if f in known:
                feats[f] = known[f]
    for spec in triggers:
        if live is not None and spec.terms.slot >= 0 and spec.terms.slot not in live:
            continue
        if spec.feature and "fam:" + spec.family in known and spec.terms.any_in(words):
            feats["fam:" + spec.family] = known["fam:" + spec.family]
    if len(_SENTENCE_FEATS) >= _MAX_SENTENCE_FEATS:
        _SENTENCE_FEATS.clear()
    _SENTENCE_FEATS[keys] = feats
    return feats


def featurize(text: str, words: Sequence[Word] | None = None) -> dict[str, float]:
    """Sparse binary features of a sentence (``words``: its words, where the caller has
    them: ``words_of(text)``, offsets aside)."""
    from rasd.stages.events.lexicon import lexicon

    feats: dict[str, float] = {}
    words = [w for w in (words_of(text) if words is None else words) if not w.punct]
    for w in words:
        # a word's stems are those of its key: its features are too
        got = _WORD_FEATS.get(w.key)
        feats.update(got if got is not None else _word_feats(w.key, w.stems[-1]))
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


def sentence_scores(text: str, words: Sequence[Word] | None = None) -> dict[str, float]:
    """``{"assault": p, "protest": p}``: the probability that the sentence reports such an
    event (0.5 each without a model); ``words`` as for :func:`featurize`."""
    model = load_model()
    if model is None:
        return {"assault": 0.5, "protest": 0.5}
    feats = _weighted_feats(words_of(text) if words is None else words)
    out: dict[str, float] = {}
    for k, (name, m) in enumerate(model["models"].items()):
        # every feature's value is 1.0: the sum of the weights, in the features' order (those
        # without a weight in either model left out: adding 0.0 changes no sum)
        z = float(m["bias"]) + sum(map(itemgetter(k), feats.values()))
        out[name] = _sigmoid(z)
    return out
