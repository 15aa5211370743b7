"""CRF features for Arabic NER: clitic-aware word forms and affixes, word shape, a ±2
window, trigger words and gazetteer membership.

Word-level features depend on the word alone and are cached, so extraction stays fast on
long batches; context and gazetteer features are computed per sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasd.kb.actors import token_key
from rasd.ner.gazetteer import NameLists, word_readings
from rasd.text import load_data

__all__ = ["FEATURE_VERSION", "sentence_features", "word_info"]

#: Bump when features change: a model records the version it was trained with.
FEATURE_VERSION = 2

_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=1)
def _triggers() -> dict[str, frozenset[str]]:
    data = load_data("ner/triggers.json")
    return {k: frozenset(token_key(w) for w in v) for k, v in data.items() if not k.startswith("_")}


def _shape(word: str) -> str:
    if not word:
        return "empty"
    c = word[0]
    if c.isdigit() or c in "٠١٢٣٤٥٦٧٨٩":
        return "num"
    if "\u0600" <= c <= "\u06ff":
        return "ar"
    if c.isalpha():
        return "LAT" if c.isupper() else "lat"
    return "p:" + c if len(word) == 1 else "sym"


@lru_cache(maxsize=300_000)
def word_info(word: str) -> tuple[str, tuple[tuple[int, str], ...], tuple[str, ...], str]:
    """``(key, readings, own_features, stem)`` of one token, cached."""
    key = token_key(word)
    shape = _shape(word)
    readings: tuple[tuple[int, str], ...] = word_readings(word) if shape == "ar" else ((0, key),)
    feats = ["w=" + key, "sh=" + shape, f"len={min(len(key), 9)}"]
    if shape == "ar":
        feats += ["p1=" + key[:1], "p2=" + key[:2], "p3=" + key[:3],
                  "s1=" + key[-1:], "s2=" + key[-2:], "s3=" + key[-3:]]
    stem = key
    if len(readings) > 1:
        # the longest proclitic reading whose stem keeps three letters
        for plen, k in readings[1:]:
            feats.append("st=" + k)
            feats.append("pc=" + key[:plen])
        best = max(readings[1:], key=lambda r: (len(r[1]) >= 3, r[0]))
        stem = best[1]
        feats += ["sts2=" + stem[-2:], "stp2=" + stem[:2]]
    if shape == "ar" and len(stem) >= 4:
        padded = f"<{stem}>"
        feats += ["c3=" + padded[j : j + 3] for j in range(len(padded) - 2)]
    if stem.startswith("ال"):
        feats.append("al")
        feats.append("na=" + stem[2:])
    if shape in ("lat", "LAT") and any(ch in _LATIN for ch in key):
        feats.append("latin")
    tr = _triggers()
    for name, words in tr.items():
        if key in words or stem in words:
            feats.append("T:" + name)
    return key, readings, tuple(feats), stem


@lru_cache(maxsize=300_000)
def _context(word: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The features ``word`` lends to its neighbours: (as the previous word, as the word
    before that, as the next word, as the word after that). Cached."""
    key, _readings, _own, stem = word_info(word)
    trig = _triggers()
    per_before, loc_before, org_heads = trig["per_before"], trig["loc_before"], trig["org_heads"]
    prev1 = ["w-1=" + key, "st-1=" + stem]
    prev2 = ["w-2=" + key]
    if key in per_before or stem in per_before:
        prev1.append("perT-1")
        prev2.append("perT-2")
    if key in loc_before or stem in loc_before:
        prev1.append("locT-1")
    if stem in org_heads:
        prev1.append("orgH-1")
        prev2.append("orgH-2")
    return tuple(prev1), tuple(prev2), ("w+1=" + key, "st+1=" + stem), ("w+2=" + key,)


def sentence_features(tokens: Sequence[str], lists: NameLists) -> list[list[str]]:
    """Feature strings for every token of one sentence."""
    infos = [word_info(t) for t in tokens]
    ctx = [_context(t) for t in tokens]
    keys = [i[0] for i in infos]
    gaz = lists.match([i[1] for i in infos], keys)
    n = len(tokens)
    out: list[list[str]] = []
    for i in range(n):
        f = list(infos[i][2])
        if i == 0:
            f.append("BOS")
        if i == n - 1:
            f.append("EOS")
        if i >= 1:
            f += ctx[i - 1][0]
            f.append("bg-=" + keys[i - 1] + "|" + keys[i])
            if gaz[i - 1]:
                f += ["g-1" + g for g in gaz[i - 1]]
        if i >= 2:
            f += ctx[i - 2][1]
        if i + 1 < n:
            f += ctx[i + 1][2]
            f.append("bg+=" + keys[i] + "|" + keys[i + 1])
            if gaz[i + 1]:
                f += ["g+1" + g for g in gaz[i + 1]]
        if i + 2 < n:
            f += ctx[i + 2][3]
        if gaz[i]:
            f += ["g" + g for g in gaz[i]]
        out.append(f)
    return out
