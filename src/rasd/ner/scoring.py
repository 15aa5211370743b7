"""Both CRF passes of the fast NER tier scored and decoded in numpy, a document at a time.

A token's pass score adds, in :func:`rasd.ner.features.sentence_features`' order, the
weights of its own features, BOS / EOS, its neighbours' context features, the bigrams and
the gazetteer matches (:mod:`rasd.ner.viterbi`: CRFsuite's additions, bit for bit). Most of
that depends on the word types alone, so :class:`ModelWeights` keeps, per word slot of the
featurizer (:meth:`KnownFeatures.slots`), the sum of its own features' weights (the first
additions, from 0.0, in their order) and the ids it lends to its neighbours, padded with the
id of a row of zeros (adding 0.0 leaves a sum as it is). A document is then scored with
one gather per neighbour column over all its tokens, not a list of ids per token.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import chain
from operator import itemgetter

import numpy as np

from rasd.ner.corpus import stem_types  # kept there, numpy-free (rasd.ner.model uses it)
from rasd.ner.crfsuite_file import CrfModelData
from rasd.ner.features import KnownFeatures, name_matches
from rasd.ner.viterbi import add_columns, state_scores, viterbi_batch

__all__ = ["ModelWeights", "stem_types"]

#: Fields of a word's parts (:data:`rasd.ner.features._WordParts`) with the ids it lends as
#: the previous word, the word before that, the next word and the word after that, and the
#: columns they take in :attr:`ModelWeights.table` (the most ids of each, see
#: :class:`rasd.ner.word_ids.WordIds`), followed by the key's numbers as a bigram's left and
#: right key, and 1 where the word has gazetteer candidates (else 0).
_WIDTHS = (5, 3, 2, 1)
_STEM = itemgetter(1)  # a word type's stem in its parts (KnownFeatures.parts)
_PREV1, _PREV2, _NEXT1, _NEXT2 = (range(sum(_WIDTHS[:k]), sum(_WIDTHS[: k + 1])) for k in range(4))
_HEAD, _TAIL, _GAZ = sum(_WIDTHS), sum(_WIDTHS) + 1, sum(_WIDTHS) + 2


class ModelWeights:
    """Both passes' weights on a featurizer's attribute ids, for tagging in numpy: one
    matrix (a row per attribute id and a last row of zeros; pass 1's labels, then pass
    2's), the transitions, the ids of pass 2's stacked pass-1 label features, and the
    per-slot tables of the featurizer's word types."""

    def __init__(self, first: CrfModelData, second: CrfModelData, featurizer: KnownFeatures) -> None:
        ids = featurizer.ids
        self.zero = len(ids)
        self.labels1, self.labels2 = first.labels, second.labels
        n1 = len(first.labels)
        self.weights = np.zeros((self.zero + 1, n1 + len(second.labels)), dtype=np.float64)
        self.weights[list(map(ids.__getitem__, first.attributes)), :n1] = first.state
        self.weights[list(map(ids.__getitem__, second.attributes)), n1:] = second.state
        self.second = self.weights[:, n1:]
        self.trans1, self.trans2 = first.trans, second.trans
        #: ``p1=`` / ``p1-=`` / ``p1+=`` feature ids by pass-1 label id, with BOS/EOS last
        self.stack = [
            np.asarray([ids.get(prefix + lab, self.zero) for lab in (*first.labels, edge)], dtype=np.intp)
            for prefix, edge in (("p1=", "EOS"), ("p1-=", "BOS"), ("p1+=", "EOS"))
        ]
        #: per slot: the sum of the own features' weights (from 0.0, in their order), and a
        #: row of ids: those lent to neighbours (as the previous word, the one before, the
        #: next, the one after; padded with ``zero``) and the key's numbers as a bigram's left
        #: and right key (-1 for none), and whether it has gazetteer candidates; slot 0 (no
        #: word) adds nothing
        self.own = np.zeros((0, self.weights.shape[1]), dtype=np.float64)
        self.table = np.zeros((0, _GAZ + 1), dtype=np.int32)
        #: key -> its number as a bigram's left / right key; the known bigrams' pair codes
        #: and the ids of each pair's ``bg-=`` and ``bg+=`` features
        self.heads, self.tails, self.pair_codes, self.pair_ids = _bigram_pairs(featurizer, self.zero)

    def tag(self, featurizer: KnownFeatures, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Both passes' tags for one document (document features over all of it)."""
        bounds: list[tuple[int, int]] = []
        n = 0
        for s in sentences:
            bounds.append((n, n + len(s)))
            n += len(s)
        if not n:
            return [[] for _ in sentences]
        slots = featurizer.slots(list(chain.from_iterable(sentences)))
        self._refresh(featurizer)
        scores = self._scores(featurizer, slots, bounds)
        parts = featurizer.parts
        stems = [list(map(_STEM, map(parts.__getitem__, slots[a:b]))) for a, b in bounds]
        n1 = len(self.labels1)
        labels1 = self.labels1
        first_ids = viterbi_batch(scores[:, :n1], bounds, self.trans1)
        first = [list(map(labels1.__getitem__, r)) for r in first_ids]
        extra = self._document_ids(first_ids, first, stems, bounds, featurizer.ids)
        second = np.ascontiguousarray(scores[:, n1:])
        add_columns(second, extra, self.second)
        labels2 = self.labels2
        return [list(map(labels2.__getitem__, r)) for r in viterbi_batch(second, bounds, self.trans2)]

    def _refresh(self, featurizer: KnownFeatures) -> None:
        """Fill the per-slot tables of the slots given to words since the last call."""
        fresh = featurizer.take_fresh()
        if not fresh:
            return
        parts = featurizer.parts
        size = len(parts)
        if size > len(self.own):
            grown = size + max(1024, len(self.own) // 8)  # slots stay under 2 generations and a bit
            own = np.zeros((grown, self.own.shape[1]), dtype=np.float64)
            own[: len(self.own)] = self.own
            table = np.full((grown, self.table.shape[1]), self.zero, dtype=np.int32)
            table[:, _HEAD:_GAZ] = -1
            table[:, _GAZ] = 0
            table[: len(self.table)] = self.table
            self.own, self.table = own, table
        self.own[fresh] = state_scores([parts[s][3] for s in fresh], self.weights, self.zero)
        pads = [(self.zero,) * k for k in range(max(_WIDTHS) + 1)]
        heads, tails = self.heads.get, self.tails.get
        self.table[fresh] = [
            (*p[4], *pads[5 - len(p[4])], *p[5], *pads[3 - len(p[5])], *p[6], *pads[2 - len(p[6])], *p[7],
             *pads[1 - len(p[7])], heads(p[0], -1), tails(p[0], -1), 1 if p[2] else 0)
            for p in map(parts.__getitem__, fresh)
        ]

    def _scores(self, featurizer: KnownFeatures, slots: list[int], bounds: list[tuple[int, int]]) -> np.ndarray:
        """Both passes' state scores of every token of a document (tokens, weight columns)."""
        n = len(slots)
        slot = np.asarray(slots, dtype=np.intp)
        spans = [(a, b) for a, b in bounds if b > a]
        firsts = np.asarray([a for a, _ in spans], dtype=np.intp)
        lasts = np.asarray([b - 1 for _, b in spans], dtype=np.intp)
        # the slot of each token's neighbours (0, no word, across a sentence edge)
        prev1 = np.zeros(n, dtype=np.intp)
        prev1[1:] = slot[:-1]
        prev1[firsts] = 0
        prev2 = np.zeros(n, dtype=np.intp)
        prev2[2:] = slot[:-2]
        prev2[firsts] = 0
        prev2[firsts[firsts + 1 < n] + 1] = 0
        next1 = np.zeros(n, dtype=np.intp)
        next1[:-1] = slot[1:]
        next1[lasts] = 0
        next2 = np.zeros(n, dtype=np.intp)
        next2[:-2] = slot[2:]
        next2[lasts] = 0
        next2[lasts[lasts >= 1] - 1] = 0
        weights = self.weights
        scores = self.own[slot]
        if featurizer.bos is not None:
            scores[firsts] += weights[featurizer.bos]
        if featurizer.eos is not None:
            scores[lasts] += weights[featurizer.eos]
        left, right, tail = self._pairs(featurizer, slots, spans, slot, lasts)
        table = self.table
        for k in _PREV1:
            scores += weights[table[prev1, k]]
        _add_sparse(scores, left, weights)
        for k in _PREV2:
            scores += weights[table[prev2, k]]
        for k in _NEXT1:
            scores += weights[table[next1, k]]
        _add_sparse(scores, right, weights)
        for k in _NEXT2:
            scores += weights[table[next2, k]]
        _add_sparse(scores, tail, weights)
        return scores

    def _pairs(
        self, featurizer: KnownFeatures, slots: list[int], spans: list[tuple[int, int]], slot: np.ndarray,
        lasts: np.ndarray,
    ) -> tuple[dict[int, list[int]], dict[int, list[int]], dict[int, list[int]]]:
        """Per token (only those with any): the ids of its left bigram and the previous
        word's gazetteer matches, of its right bigram and the next word's matches, and of
        its own matches, in :meth:`KnownFeatures.sentence_ids`' order."""
        left: dict[int, list[int]] = {}
        right: dict[int, list[int]] = {}
        tail: dict[int, list[int]] = {}
        head, after = self.table[slot[:-1], _HEAD], self.table[slot[1:], _TAIL]
        valid = (head >= 0) & (after >= 0)
        valid[lasts[lasts < len(slot) - 1]] = False  # no pair across a sentence edge
        at = np.flatnonzero(valid)
        if at.size and len(self.pair_codes):
            code = head[at].astype(np.int64) * len(self.tails) + after[at]
            pos = np.minimum(np.searchsorted(self.pair_codes, code), len(self.pair_codes) - 1)
            found = self.pair_codes[pos] == code
            zero = self.zero
            for i, (x, y) in zip(at[found].tolist(), self.pair_ids[pos[found]].tolist(), strict=True):
                if x != zero:
                    left[i + 1] = [x]
                if y != zero:
                    right[i] = [y]
        at = np.flatnonzero(self.table[slot, _GAZ])
        if not at.size:
            return left, right, tail
        ends = [b for _, b in spans]
        sentence = np.searchsorted(np.asarray(ends, dtype=np.intp), at, side="right").tolist()
        found_at = name_matches(featurizer, slots, at.tolist(), [ends[k] for k in sentence])
        g_prev, g_next, g_own = featurizer.gaz_prev, featurizer.gaz_next, featurizer.gaz_own
        for i in sorted(found_at):
            g = found_at[i]
            a, b = spans[bisect_right(ends, i)]
            if i + 1 < b and (ids := [x for c in g if (x := g_prev.get(c)) is not None]):
                left.setdefault(i + 1, []).extend(ids)
            if i > a and (ids := [x for c in g if (x := g_next.get(c)) is not None]):
                right.setdefault(i - 1, []).extend(ids)
            if ids := [x for c in g if (x := g_own.get(c)) is not None]:
                tail[i] = ids
        return left, right, tail

    def _document_ids(
        self, first_ids: list[list[int]], first: list[list[str]], stems: list[list[str]],
        bounds: list[tuple[int, int]], ids: dict[str, int],
    ) -> np.ndarray:
        """Per token, the ids of its pass-2 features in
        :func:`rasd.ner.model.document_features`' order (``d:<TYPE>`` where there is one,
        then the stacked pass-1 labels; padded with the zero row): (tokens, 4)."""
        zero, edge = self.zero, len(self.labels1)
        n = bounds[-1][1]
        label = np.fromiter(chain.from_iterable(first_ids), dtype=np.intp, count=n)
        spans = [(a, b) for a, b in bounds if b > a]
        before = np.empty(n, dtype=np.intp)
        before[1:] = label[:-1]
        before[[a for a, _ in spans]] = edge
        after = np.empty(n, dtype=np.intp)
        after[:-1] = label[1:]
        after[[b - 1 for _, b in spans]] = edge
        own, prev, nxt = self.stack[0][label], self.stack[1][before], self.stack[2][after]
        get = {k: ids.get(v, zero) for k, v in stem_types(stems, first).items()}.get
        doc = np.fromiter((get(s, -1) for st in stems for s in st), dtype=np.intp, count=n)
        has = doc >= 0
        out = np.empty((n, 4), dtype=np.intp)
        out[:, 0] = np.where(has, doc, own)
        out[:, 1] = np.where(has, own, prev)
        out[:, 2] = np.where(has, prev, nxt)
        out[:, 3] = np.where(has, nxt, zero)
        return out


def _bigram_pairs(
    featurizer: KnownFeatures, zero: int
) -> tuple[dict[str, int], dict[str, int], np.ndarray, np.ndarray]:
    """The known bigram features as codes of (left key, right key) pairs: every split of a
    feature's ``a|b`` text at a ``|`` (a key may hold one) is a pair that gives it. Returns
    the numbers of the left keys and of the right keys, the pairs' codes (left number times
    the count of right keys plus right number) sorted, and per code the ids of its left
    (``bg-=``) and right (``bg+=``) bigram feature (``zero`` for none)."""
    pairs: dict[tuple[str, str], list[int]] = {}
    for side, table in enumerate((featurizer.bg_prev, featurizer.bg_next)):
        for text, i in table.items():
            cut = text.split("|")
            for j in range(1, len(cut)):
                pair = (cut[0], cut[1]) if len(cut) == 2 else ("|".join(cut[:j]), "|".join(cut[j:]))
                pairs.setdefault(pair, [zero, zero])[side] = i
    heads = {a: k for k, a in enumerate(dict.fromkeys(a for a, _ in pairs))}
    tails = {b: k for k, b in enumerate(dict.fromkeys(b for _, b in pairs))}
    codes = {heads[a] * len(tails) + tails[b]: ids for (a, b), ids in pairs.items()}
    order = sorted(codes)
    ids = np.asarray([codes[c] for c in order], dtype=np.intp).reshape(-1, 2)
    return heads, tails, np.asarray(order, dtype=np.int64), ids


def _add_sparse(scores: np.ndarray, rows: dict[int, list[int]], weights: np.ndarray) -> None:
    """Add to the score of each token in ``rows`` the weights of its ids, left to right."""
    if not rows:
        return
    for k in range(max(map(len, rows.values()))):
        at = [i for i, ids in rows.items() if len(ids) > k]
        scores[at] += weights[[rows[i][k] for i in at]]
