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
"""

from __future__ import annotations

import struct
from pathlib import Path

__all__ = ["read_attributes"]

_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # magic, size, type, version, counts, offsets
_CQDB_HEADER = struct.Struct("<4sIIIII")  # chunk id, size, flag, byte order, bwd size, bwd offset
_RECORD = struct.Struct("<iI")  # id, key size (with its NUL)


def read_attributes(path: Path | str) -> list[str]:
    """The attribute strings of the CRFsuite model at ``path``, by attribute id.

    Raises ``ValueError`` for a file that is not a CRFsuite 1-d model as described above
    (the caller can then ask the tagger), ``OSError`` when it cannot be read."""
    data = Path(path).read_bytes()
    if len(data) < _HEADER.size:
        raise ValueError(f"{path}: too short for a CRFsuite model")
    magic, size, mtype, version, _nfeat, _nlabels, nattrs, _off_feat, _off_labels, off_attrs, _o1, _o2 = (
        _HEADER.unpack_from(data, 0)
    )
    if magic != b"lCRF" or mtype != b"FOMC" or version != 100:
        raise ValueError(f"{path}: not a CRFsuite 1-d model (version 100)")
    if size != len(data):
        raise ValueError(f"{path}: {len(data)} bytes where the header says {size}")
    if off_attrs + _CQDB_HEADER.size > len(data):
        raise ValueError(f"{path}: attribute table out of range")
    chunk, csize, _flag, _order, bwd_size, bwd_offset = _CQDB_HEADER.unpack_from(data, off_attrs)
    if chunk != b"CQDB" or bwd_size != nattrs or off_attrs + csize > len(data):
        raise ValueError(f"{path}: unexpected attribute table")
    end = off_attrs + csize
    if off_attrs + bwd_offset + 4 * bwd_size > end:
        raise ValueError(f"{path}: attribute offsets out of range")
    offsets = struct.unpack_from(f"<{bwd_size}I", data, off_attrs + bwd_offset)
    unpack = _RECORD.unpack_from
    out: list[str] = []
    for i, offset in enumerate(offsets):
        at = off_attrs + offset
        if at + 8 > end:
            raise ValueError(f"{path}: attribute {i} out of range")
        rid, size = unpack(data, at)
        if rid != i or size < 1 or at + 8 + size > end or data[at + 7 + size] != 0:
            raise ValueError(f"{path}: malformed attribute record {i}")
        out.append(data[at + 8 : at + 7 + size].decode("utf-8"))
    return out
