"""Reading BIO-tagged NER corpora (ANERcorp, NewsFANE) and scoring entity spans.

Scores follow CoNLL: an entity counts as correct only when its tokens and type both match.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["TYPE_MAP", "Sentence", "bio_spans", "holdout_split", "read_conll", "score_spans", "SpanScores", "stem_types"]

#: Corpus type names mapped to rasd's coarse types.
TYPE_MAP: dict[str, str] = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}

Sentence = tuple[list[str], list[str]]  # tokens, BIO tags


def _tag(raw: str) -> str:
    if raw == "O" or "-" not in raw:
        return "O"
    prefix, _, typ = raw.partition("-")
    return f"{prefix}-{TYPE_MAP.get(typ, typ)}"


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a ``token TAG`` file (blank lines separate sentences; a token may
    contain a space: the tag is the last field). Tags are mapped with :data:`TYPE_MAP`."""
    out: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.rstrip("\n").replace("\u200e", "").replace("\u200f", "")
            if not line.strip():
                if tokens:
                    out.append((tokens, tags))
                    tokens, tags = [], []
                continue
            word, _, raw = line.replace("\t", " ").rpartition(" ")
            if not word:
                word, raw = raw, "O"
            tokens.append(word.replace(" ", "_"))
            tags.append(_tag(raw.strip()))
    if tokens:
        out.append((tokens, tags))
    return out


def holdout_split(sentences: Sequence[Sentence], fraction: float = 0.15) -> tuple[list[Sentence], list[Sentence]]:
    """The first ``1 - fraction`` of the sentences and the held-out tail: where every choice
    of both NER tiers was made (never on the test file)."""
    cut = round(len(sentences) * (1 - fraction))
    return list(sentences[:cut]), list(sentences[cut:])


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` token spans of a BIO sequence (an ``I-`` without a matching
    ``B-`` starts a new entity, as in conlleval)."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    typ = ""
    for i, tag in enumerate(tags):
        if tag == "O":  # most tags: ends an open entity, starts none
            if start >= 0:
                spans.append((start, i, typ))
                start = -1
            continue
        prefix, _, t = tag.partition("-")
        if start >= 0 and (prefix != "I" or t != typ):
            spans.append((start, i, typ))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, typ = i, t
    if start >= 0:
        spans.append((start, len(tags), typ))
    return spans


@dataclass(slots=True)
class SpanScores:
    """Entity-level precision, recall and F1, micro-averaged and per type."""

    tp: Counter[str]
    fp: Counter[str]
    fn: Counter[str]

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def micro(self) -> tuple[float, float, float]:
        return self._prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    def by_type(self) -> dict[str, tuple[float, float, float, int]]:
        types = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        return {t: (*self._prf(self.tp[t], self.fp[t], self.fn[t]), self.tp[t] + self.fn[t]) for t in types}


def score_spans(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> SpanScores:
    """Score predicted BIO sequences against gold ones, sentence by sentence."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs = set(bio_spans(g))
        ps = set(bio_spans(p))
        for s in gs & ps:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    return SpanScores(tp, fp, fn)


def stem_types(stems: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> dict[str, str]:
    """Per stem, ``d:<TYPE>``: the type most often given to it in the whole document (the
    first of equal counts, as ``Counter.most_common(1)`` in
    :func:`rasd.ner.model.document_features`)."""
    counts: dict[str, dict[str, int]] = {}
    for st, tg in zip(stems, tags, strict=True):
        for a, b, t in bio_spans(tg):
            for j in range(a, b):
                c = counts.get(st[j])
                if c is None:
                    counts[st[j]] = {t: 1}
                else:
                    c[t] = c.get(t, 0) + 1
    return {k: "d:" + max(c, key=c.__getitem__) for k, c in counts.items()}
