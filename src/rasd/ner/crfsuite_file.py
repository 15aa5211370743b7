"""Read the attribute names of a CRFsuite model file without dumping the model.

``pycrfsuite.Tagger.info()`` writes the whole model out as text and parses it in Python
(about 85 ms for each shipped NER pass), when all the tagger needs at start-up is the set
of attribute strings the model has weights for. A CRFsuite 1-d model file (``lCRF`` /
``FOMC``, as ``crf1d_model.c`` writes it) keeps those strings in a CQDB chunk whose
backward array gives, for each attribute id, the offset of its record
(``int32 id, uint32 size, size bytes: the UTF-8 string and a NUL``). CRFsuite drops the
attributes left without a feature when it saves a model, so every attribute in that chunk
has at least one state feature: the set read here is the set ``info().state_features``
names (a test compares the two on the shipped models).

:func:`read_model` also reads the labels (a CQDB chunk like the attributes) and the
feature chunk (``FEAT``: ``uint32 type, src, dst, float64 weight`` per feature, type 0 an
attribute-to-label weight, type 1 a label-to-label transition), for tagging without the
tagger (:mod:`rasd.ner.viterbi`).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

__all__ = ["CrfModelData", "read_attributes", "read_model"]

_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # magic, size, type, version, counts, offsets
_CQDB_HEADER = struct.Struct("<4sIIIII")  # chunk id, size, flag, byte order, bwd size, bwd offset
_RECORD = struct.Struct("<iI")  # id, key size (with its NUL)
_FEAT_HEADER = struct.Struct("<4sII")  # chunk id, size, number of features
#: one feature of the ``FEAT`` chunk, as a numpy record (numpy is imported by :func:`read_model`
#: only: reading the attributes does not need it)
_FEATURE = [("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")]


@dataclass(frozen=True, slots=True)
class CrfModelData:
    """What a CRFsuite 1-d model file holds: labels and attributes by id, the weight of each
    attribute for each label (attributes, labels) and of each label-to-label transition
    (labels, labels; 0 where the model has no feature)."""

    labels: tuple[str, ...]
    attributes: tuple[str, ...]
    state: np.ndarray
    trans: np.ndarray


def read_attributes(path: Path | str) -> list[str]:
    """The attribute strings of the CRFsuite model at ``path``, by attribute id.

    Raises ``ValueError`` for a file that is not a CRFsuite 1-d model as described above
    (the caller can then ask the tagger), ``OSError`` when it cannot be read."""
    data = Path(path).read_bytes()
    head = _header(data, path)
    return _strings(data, head[9], head[6], path, "attribute")


def read_model(path: Path | str) -> CrfModelData:
    """Labels, attributes and weights of the CRFsuite model at ``path`` (errors as
    :func:`read_attributes`)."""
    import numpy as np

    data = Path(path).read_bytes()
    _m, _s, _t, _v, _n, nlabels, nattrs, off_feat, off_labels, off_attrs, _o1, _o2 = _header(data, path)
    labels = tuple(_strings(data, off_labels, nlabels, path, "label"))
    attributes = tuple(_strings(data, off_attrs, nattrs, path, "attribute"))
    if off_feat + _FEAT_HEADER.size > len(data):
        raise ValueError(f"{path}: feature table out of range")
    # the header's feature count is left 0 by CRFsuite: the chunk's own count is the one
    chunk, size, nfeat = _FEAT_HEADER.unpack_from(data, off_feat)
    record = np.dtype(_FEATURE)
    if chunk != b"FEAT" or size != _FEAT_HEADER.size + nfeat * record.itemsize or off_feat + size > len(data):
        raise ValueError(f"{path}: unexpected feature table")
    feats = np.frombuffer(data, dtype=record, count=nfeat, offset=off_feat + _FEAT_HEADER.size)
    state_rows = feats[feats["type"] == 0]
    trans_rows = feats[feats["type"] == 1]
    if (len(state_rows) + len(trans_rows) != nfeat or (state_rows["src"] >= nattrs).any()
            or (feats["dst"] >= nlabels).any() or (trans_rows["src"] >= nlabels).any()):
        raise ValueError(f"{path}: malformed feature table")
    state = np.zeros((nattrs, nlabels), dtype=np.float64)
    state[state_rows["src"], state_rows["dst"]] = state_rows["weight"]
    trans = np.zeros((nlabels, nlabels), dtype=np.float64)
    trans[trans_rows["src"], trans_rows["dst"]] = trans_rows["weight"]
    return CrfModelData(labels, attributes, state, trans)


def _header(data: bytes, path: Path | str) -> tuple[Any, ...]:
    if len(data) < _HEADER.size:
        raise ValueError(f"{path}: too short for a CRFsuite model")
    head = _HEADER.unpack_from(data, 0)
    magic, size, mtype, version = head[:4]
    if magic != b"lCRF" or mtype != b"FOMC" or version != 100:
        raise ValueError(f"{path}: not a CRFsuite 1-d model (version 100)")
    if size != len(data):
        raise ValueError(f"{path}: {len(data)} bytes where the header says {size}")
    return head


def _strings(data: bytes, off: int, count: int, path: Path | str, what: str) -> list[str]:
    """The ``count`` strings of the CQDB chunk at ``off``, by id."""
    if off + _CQDB_HEADER.size > len(data):
        raise ValueError(f"{path}: {what} table out of range")
    chunk, csize, _flag, _order, bwd_size, bwd_offset = _CQDB_HEADER.unpack_from(data, off)
    if chunk != b"CQDB" or bwd_size != count or off + csize > len(data):
        raise ValueError(f"{path}: unexpected {what} table")
    end = off + csize
    if off + bwd_offset + 4 * bwd_size > end:
        raise ValueError(f"{path}: {what} offsets out of range")
    offsets = struct.unpack_from(f"<{bwd_size}I", data, off + bwd_offset)
    unpack = _RECORD.unpack_from
    out: list[str] = []
    for i, offset in enumerate(offsets):
        at = off + offset
        if at + 8 > end:
            raise ValueError(f"{path}: {what} {i} out of range")
        rid, size = unpack(data, at)
        if rid != i or size < 1 or at + 8 + size > end or data[at + 7 + size] != 0:
            raise ValueError(f"{path}: malformed {what} record {i}")
        out.append(data[at + 8 : at + 7 + size].decode("utf-8"))
    return out
