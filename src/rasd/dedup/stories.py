"""Near-duplicate articles: MinHash signatures and LSH band keys.

Wire copies and light rewrites of one story share most of their word 3-grams. A
:class:`StoryHasher` turns an article's Arabic-normalised text into a datasketch
:class:`~datasketch.MinHash` signature and splits it into LSH bands
(:func:`datasketch.lsh._optimal_param` picks bands and rows for the threshold). Two
articles whose signatures agree on every row of at least one band are candidates; a
candidate joins a story when the estimated Jaccard similarity reaches the threshold.

The band keys are plain integers, so a store can keep them in an indexed SQL table and
find candidates with one query, with memory that stays flat however large the corpus
(see :mod:`rasd.store.sql`). :class:`StoryIndex` does the same in memory for library use.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from rasd.text import normalize_key

__all__ = ["DEFAULT_NUM_PERM", "DEFAULT_THRESHOLD", "StoryHasher", "StoryIndex", "shingle_hashes", "shingles"]

DEFAULT_NUM_PERM = 64
DEFAULT_THRESHOLD = 0.5
_SHINGLE = 3


def shingles(text: str, size: int = _SHINGLE) -> set[bytes]:
    """Word ``size``-grams of the normalised text (single words for very short texts)."""
    words = normalize_key(text).split()
    if len(words) < size:
        return {w.encode("utf-8") for w in words}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


_MIX = np.uint64(0x9E3779B1)


def shingle_hashes(key: str) -> np.ndarray:
    """32-bit hashes of the word 3-grams of an already normalised text (``normalize_key``):
    each word is hashed once (CRC-32) and the 3-gram hash is mixed from its words' hashes in
    numpy, which is many times faster than hashing every 3-gram string."""
    words = key.split()
    if not words:
        return np.empty(0, dtype=np.uint64)
    wh = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    if len(words) >= _SHINGLE:
        with np.errstate(over="ignore"):
            wh = ((wh[:-2] * _MIX + wh[1:-1]) * _MIX + wh[2:]) & np.uint64(0xFFFFFFFF)
    return np.unique(wh)


@lru_cache(maxsize=4)
def _template(num_perm: int) -> MinHash:
    # the items fed to update_batch are already 32-bit hashes: the hash function is int()
    return MinHash(num_perm=num_perm, seed=1, hashfunc=int)


@dataclass(frozen=True)
class StoryHasher:
    """MinHash signatures and LSH band keys for one threshold and signature size."""

    threshold: float = DEFAULT_THRESHOLD
    num_perm: int = DEFAULT_NUM_PERM
    bands: int = field(init=False)
    rows: int = field(init=False)

    def __post_init__(self) -> None:
        bands, rows = _optimal_param(self.threshold, self.num_perm, 0.5, 0.5)
        object.__setattr__(self, "bands", int(bands))
        object.__setattr__(self, "rows", int(rows))

    def signature(self, text: str) -> np.ndarray | None:
        """The MinHash hash values of ``text`` (uint32), or None for a text with no words."""
        return self.signature_of_key(normalize_key(text))

    def signature_of_key(self, key: str) -> np.ndarray | None:
        """:meth:`signature` of an already normalised text."""
        hashes = shingle_hashes(key)
        if len(hashes) == 0:
            return None
        mh = _template(self.num_perm).copy()  # shares the permutations; no re-generation
        mh.update_batch(hashes.tolist())
        return np.asarray(mh.hashvalues, dtype=np.uint32)

    def band_keys(self, signature: np.ndarray) -> list[tuple[int, int]]:
        """``(band, key)`` pairs; ``key`` is a non-negative 63-bit hash of the band number and
        the band's rows (so keys of different bands never collide by construction)."""
        out = []
        for band in range(self.bands):
            chunk = band.to_bytes(2, "little") + signature[band * self.rows : (band + 1) * self.rows].astype("<u4").tobytes()
            digest = hashlib.blake2b(chunk, digest_size=8).digest()
            out.append((band, int.from_bytes(digest, "little") >> 1))
        return out

    @staticmethod
    def to_bytes(signature: np.ndarray) -> bytes:
        return signature.astype("<u4").tobytes()

    @staticmethod
    def from_bytes(data: bytes) -> np.ndarray:
        return np.frombuffer(data, dtype="<u4")

    @staticmethod
    def similarity(a: np.ndarray, b: np.ndarray) -> float:
        """Estimated Jaccard similarity of two signatures."""
        if len(a) != len(b) or len(a) == 0:
            return 0.0
        return float(np.count_nonzero(a == b)) / len(a)


@dataclass
class StoryIndex:
    """In-memory story clustering: each added text joins the most similar earlier story
    above the threshold or starts its own. ``story_of[id]`` is the story id (the id of the
    story's first article)."""

    hasher: StoryHasher = field(default_factory=StoryHasher)
    story_of: dict[str, str] = field(default_factory=dict)
    _buckets: dict[tuple[int, int], list[str]] = field(default_factory=lambda: defaultdict(list))
    _signatures: dict[str, np.ndarray] = field(default_factory=dict)

    def add(self, doc_id: str, text: str) -> str:
        """Cluster one article; returns its story id."""
        if doc_id in self.story_of:
            return self.story_of[doc_id]
        sig = self.hasher.signature(text)
        if sig is None:
            self.story_of[doc_id] = doc_id
            return doc_id
        keys = self.hasher.band_keys(sig)
        candidates = {other for key in keys for other in self._buckets.get(key, ())}
        best, best_sim = None, 0.0
        for other in sorted(candidates):
            sim = self.hasher.similarity(sig, self._signatures[other])
            if sim >= self.hasher.threshold and sim > best_sim:
                best, best_sim = other, sim
        story = self.story_of[best] if best is not None else doc_id
        self.story_of[doc_id] = story
        self._signatures[doc_id] = sig
        for key in keys:
            self._buckets[key].append(doc_id)
        return story

    def add_all(self, items: Iterable[tuple[str, str]]) -> dict[str, str]:
        for doc_id, text in items:
            self.add(doc_id, text)
        return dict(self.story_of)
