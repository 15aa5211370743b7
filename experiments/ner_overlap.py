"""How much of one BIO corpus is text of another (``python -m experiments.ner_overlap``).

A corpus that repeats the evaluation text cannot be used for training without leaking the
test set. Sentences are compared by character shingles of their normalised text with the
spaces removed (so different tokenisations of the same sentence still match): a sentence
belongs to the first reference whose shingles cover more than half of its own.

``python -m experiments.ner_overlap ../shared/data/newsfane/NewsFANE_Gold_2014_170K.txt
test=../shared/data/anercorp/test.txt train=../shared/data/anercorp/train.txt`` measured
(2026-11-25): 832 NewsFANE sentences are ANERcorp test sentences, 3,886 training sentences,
42 new (499 tokens).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from rasd.ner.corpus import Sentence, read_conll
from rasd.text import normalize_key

__all__ = ["SHINGLE", "classify", "shingles"]

SHINGLE = 12


def _flat(tokens: Sequence[str]) -> str:
    return "".join(normalize_key(t) for t in tokens)


def shingles(tokens: Sequence[str], step: int = 1) -> set[str]:
    """Character shingles of a sentence's normalised text without spaces."""
    s = _flat(tokens)
    if len(s) < SHINGLE:
        return {s} if s else set()
    return {s[i : i + SHINGLE] for i in range(0, len(s) - SHINGLE + 1, step)}


def classify(sentences: Sequence[Sentence], references: dict[str, Sequence[Sentence]]) -> dict[str, tuple[int, int]]:
    """``{reference name or "new": (sentences, tokens)}`` for ``sentences``."""
    index = {name: set().union(*(shingles(toks) for toks, _ in refs)) if refs else set()
             for name, refs in references.items()}
    out: dict[str, tuple[int, int]] = {name: (0, 0) for name in [*references, "new"]}
    for toks, _ in sentences:
        mine = shingles(toks, step=3)
        if not mine:
            continue
        where = next((name for name, idx in index.items() if sum(g in idx for g in mine) / len(mine) > 0.5), "new")
        n, t = out[where]
        out[where] = (n + 1, t + len(toks))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpus", help="the BIO file to check")
    ap.add_argument("references", nargs="+", metavar="NAME=FILE", help="BIO files it may repeat, in order")
    args = ap.parse_args(argv)
    refs: dict[str, Sequence[Sentence]] = {}
    try:
        for spec in args.references:
            name, sep, path = spec.partition("=")
            if not sep:
                print(f"experiments.ner_overlap: {spec!r} is not NAME=FILE", file=sys.stderr)
                return 2
            refs[name] = read_conll(Path(path))
        sentences = read_conll(Path(args.corpus))
    except OSError as exc:
        print(f"experiments.ner_overlap: cannot read {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    for name, (n, t) in classify(sentences, refs).items():
        print(f"{name}: {n} sentences, {t} tokens")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
