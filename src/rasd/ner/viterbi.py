"""Linear-chain CRF tagging in numpy, label for label what CRFsuite's tagger gives.

CRFsuite (``crf1d_tag.c``, ``crf1d_context.c``) scores token ``t`` for label ``y`` by adding,
in the order the token's attributes come, the weight of each attribute the model knows
for ``y`` to 0.0, then runs Viterbi over those scores and the label-to-label weights:
``score(t, j) = max_i (score(t-1, i) + trans[i, j]) + state[t, j]``, the first ``i`` of
equal scores kept, and the last token's first best label. The functions here do the same
float64 additions in the same order (adding 0.0 for an attribute a model lacks, which
leaves a sum unchanged), so the labels are the same bit for bit; but per document
rather than per call, with every sentence's Viterbi step taken at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

import numpy as np

__all__ = ["add_columns", "state_scores", "viterbi_batch"]


def state_scores(rows: Sequence[Sequence[int]], weights: np.ndarray, zero: int) -> np.ndarray:
    """Per token (one row of attribute ids each), the sum of the ``weights`` rows of its
    attributes taken left to right: (tokens, weight columns). ``weights[zero]`` is a row of
    zeros (for padding)."""
    n = len(rows)
    out = np.zeros((n, weights.shape[1]), dtype=np.float64)
    if not n:
        return out
    lens = np.fromiter(map(len, rows), dtype=np.intp, count=n)
    width = int(lens.max())
    if not width:
        return out
    total = int(lens.sum())
    flat = np.fromiter(chain.from_iterable(rows), dtype=np.intp, count=total)
    ids = np.full((n, width), zero, dtype=np.intp)
    starts = np.cumsum(lens) - lens
    ids[np.repeat(np.arange(n), lens), np.arange(total) - np.repeat(starts, lens)] = flat
    # longest rows first, so that column k is added only to the rows that have one (the
    # rows past it would add 0.0, which leaves a sum started at 0.0 as it is)
    order = np.argsort(-lens, kind="stable")
    ids = ids[order]
    longer = np.cumsum(np.bincount(lens, minlength=width + 1)[::-1])[::-1]  # rows with > k ids at [k + 1]
    part = np.zeros_like(out)
    for k in range(width):
        m = int(longer[k + 1])
        part[:m] += weights[ids[:m, k]]
    out[order] = part
    return out


def add_columns(out: np.ndarray, ids: np.ndarray, weights: np.ndarray) -> None:
    """Add ``weights[ids[:, k]]`` to ``out`` for each column ``k`` in turn (in place)."""
    for k in range(ids.shape[1]):
        out += weights[ids[:, k]]


def viterbi_batch(scores: np.ndarray, bounds: Sequence[tuple[int, int]], trans: np.ndarray) -> list[list[int]]:
    """The best label ids of each sentence ``scores[start:end]`` (tokens, labels) under the
    transition weights ``trans`` (labels, labels), as CRFsuite's Viterbi finds them (the
    first of equal scores).

    The forward pass keeps only each step's best scores, laid out (label, sentence) so that
    the max over previous labels runs over the first axis (the transitions are spread over
    the sentences once, so that only the previous scores are broadcast); walking back, the
    best previous label of the label kept is found again from the same sums, one small step
    per position, laid out (sentence, label) so that the transitions into the labels kept
    are rows of ``trans.T``."""
    lens = [end - start for start, end in bounds]
    steps = max(lens, default=0)
    if not steps:
        return [[] for _ in bounds]
    batch = len(bounds)
    labels = trans.shape[0]
    padded = np.zeros((steps, labels, batch), dtype=np.float64)
    for b, (start, end) in enumerate(bounds):
        padded[: end - start, :, b] = scores[start:end]
    best = np.empty_like(padded)
    best[0] = padded[0]
    # (previous label, label, sentence); x + y == y + x in floating point
    from_to = np.ascontiguousarray(np.broadcast_to(trans[:, :, None], (labels, labels, batch)))
    sums = np.empty((labels, labels, batch), dtype=np.float64)
    top = np.empty((labels, batch), dtype=np.float64)
    add, maximum = np.add, np.maximum.reduce
    for t in range(1, steps):
        add(from_to, best[t - 1][:, None, :], out=sums)
        maximum(sums, axis=0, out=top)
        add(top, padded[t], out=best[t])
    ends = np.asarray(lens, dtype=np.intp) - 1
    sentences = np.arange(batch)
    last = best[np.maximum(ends, 0), :, sentences].argmax(axis=1)
    ending: dict[int, list[int]] = {}
    for b, end in enumerate(lens):
        ending.setdefault(end - 1, []).append(b)
    before = best.transpose(0, 2, 1).copy()  # (step, sentence, previous label)
    into = np.ascontiguousarray(trans.T)  # (label, previous label)
    path = np.empty((steps, batch), dtype=np.intp)
    cur = last.copy()
    for t in range(steps - 1, -1, -1):
        done = ending.get(t)
        if done is not None:
            cur[done] = last[done]
        path[t] = cur
        if t:
            cur = add(before[t - 1], into[cur]).argmax(axis=1)
    rows = path.T.tolist()
    return [rows[b][:n] for b, n in enumerate(lens)]
