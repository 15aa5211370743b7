"""A word type's known NER features as attribute ids, read without building their strings.

:func:`rasd.ner.features._word_info` and ``_context_of`` spell out every feature of a word
(``c3=<ال``, ``w-1=...``); the tagger only needs the ids of those its model knows. Building
and hashing those strings for every new word type cost more than the lookups, so
:class:`WordIds` takes the known attributes that start with each prefix (``c3=``; they sort
together) and looks the rest up per prefix (``c3`` -> ``{"<ال": id, ...}``): the same ids, in the
same order, as mapping the spelled-out lists through the attribute ids.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import compress, repeat
from operator import is_not
from typing import cast

from rasd.kb.actors import token_key, word_readings

__all__ = ["WordIds"]

_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")
#: The prefixes of the features read per value (the attributes of :class:`WordIds`, in order).
_PREFIXES = ("w=", "sh=", "len=", "p1=", "p2=", "p3=", "s1=", "s2=", "s3=", "st=", "pc=", "sts2=", "stp2=", "c3=",
             "na=", "w-1=", "st-1=", "w-2=", "w+1=", "st+1=", "w+2=")

#: ``(own, previous, before previous, next, after next)`` feature ids of one word type.
Ids = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]
#: what :attr:`WordIds.by_key` holds for a key, and what a key with none of it has
_KeyIds = tuple[int | None, int | None, int | None, int | None, int | None, tuple[int, ...] | None, bool, bool]
_NO_KEY: _KeyIds = (None, None, None, None, None, None, False, False)
#: what :attr:`WordIds.by_stem` holds for a stem, and what a stem with none of it has
_StemIds = tuple[int | None, int | None, tuple[int, ...] | None, bool, bool, bool]
_NO_STEM: _StemIds = (None, None, None, False, False, False)
#: the ``p1= p2= p3=`` (or ``s1= s2= s3=``) ids of the keys with these first (last) three
#: letters, kept for this many texts of three letters or fewer (then emptied and refilled)
_MAX_ENDS = 1 << 14
#: per length of a padded stem, the slices of its character trigrams (``c3=``)
_TRIGRAMS: list[tuple[slice, ...]] = [tuple(slice(j, j + 3) for j in range(n - 2)) for n in range(32)]


class WordIds:
    """Per word type: its key, readings, stem and the ids of its known own and context
    features (see :func:`rasd.ner.features._word_info` and ``_context_of``, which this
    follows feature for feature)."""

    def __init__(self, names: Sequence[str], triggers: dict[str, frozenset[str]],
                 trigger_index: tuple[tuple[str, ...], dict[str, tuple[int, ...]]]) -> None:
        """``names``: the known attributes, sorted (an attribute's id is its position)."""
        by: dict[str, dict[str, int]] = {}
        for prefix in _PREFIXES:
            # the attributes starting with ``prefix`` (``...=``) sort together, before ``...>``
            lo, hi = bisect_left(names, prefix), bisect_left(names, prefix[:-1] + ">")
            cut = len(prefix)
            by[prefix] = dict(zip([f[cut:] for f in names[lo:hi]], range(lo, hi), strict=True))
        (self.w, self.sh, self.len, self.p1, self.p2, self.p3, self.s1, self.s2, self.s3, self.st, self.pc,
         self.sts2, self.stp2, self.c3, self.na, self.w_1, self.st_1, self.w_2, self.w1, self.st1, self.w2) = (
            by[prefix] for prefix in _PREFIXES)
        self.al = _find(names, "al")
        self.latin = _find(names, "latin")
        lists, self.lists_of = trigger_index
        self.trigger_ids = [_find(names, "T:" + name) for name in lists]
        self.per_before, self.loc_before = triggers["per_before"], triggers["loc_before"]
        self.org_heads = triggers["org_heads"]
        self.flags = {f: _find(names, f) for f in ("perT-1", "perT-2", "locT-1", "orgH-1", "orgH-2")}
        #: ``len=`` ids by the key's length, capped at 9
        self.len_ids = tuple(self.len.get(str(n)) for n in range(10))
        #: what a key tells alone, and what a stem tells, each in one look-up (see :meth:`read`)
        self.by_key, self.by_stem = self._by_key(), self._by_stem()
        #: a key's first / last three letters -> its ``p1= p2= p3=`` / ``s1= s2= s3=`` ids
        #: (the same for every key with those letters: each is a prefix / suffix of them)
        self._heads: dict[str, tuple[int | None, int | None, int | None]] = {}
        self._tails: dict[str, tuple[int | None, int | None, int | None]] = {}

    def _by_key(self) -> dict[str, _KeyIds]:
        """Key -> ``(w=, w-1=, w-2=, w+1=, w+2=`` ids, trigger lists holding it, whether it is
        a person / location trigger): every key with any of them."""
        lists_of = self.lists_of
        keys = {*self.w, *self.w_1, *self.w_2, *self.w1, *self.w2, *lists_of, *self.per_before, *self.loc_before}
        return {k: (self.w.get(k), self.w_1.get(k), self.w_2.get(k), self.w1.get(k), self.w2.get(k), lists_of.get(k),
                    k in self.per_before, k in self.loc_before) for k in keys}

    def _by_stem(self) -> dict[str, _StemIds]:
        """Stem -> ``(st-1=, st+1=`` ids, trigger lists holding it, whether it is a person /
        location trigger, an organisation head): every stem with any of them."""
        lists_of = self.lists_of
        stems = {*self.st_1, *self.st1, *lists_of, *self.per_before, *self.loc_before, *self.org_heads}
        return {s: (self.st_1.get(s), self.st1.get(s), lists_of.get(s), s in self.per_before, s in self.loc_before,
                    s in self.org_heads) for s in stems}

    def _head_ids(self, head: str) -> tuple[int | None, int | None, int | None]:
        """The ``p1= p2= p3=`` ids of a key beginning with ``head`` (its first three letters,
        or the whole key when shorter), kept."""
        if len(self._heads) >= _MAX_ENDS:
            self._heads.clear()
        got = self._heads[head] = (self.p1.get(head[:1]), self.p2.get(head[:2]), self.p3.get(head))
        return got

    def _tail_ids(self, tail: str) -> tuple[int | None, int | None, int | None]:
        """The ``s1= s2= s3=`` ids of a key ending with ``tail`` (its last three letters, or
        the whole key when shorter), kept."""
        if len(self._tails) >= _MAX_ENDS:
            self._tails.clear()
        got = self._tails[tail] = (self.s1.get(tail[-1:]), self.s2.get(tail[-2:]), self.s3.get(tail))
        return got

    def read(self, word: str, shape: str) -> tuple[str, tuple[tuple[int, str], ...], str, Ids]:
        """``(key, readings, stem, ids)`` of ``word`` (its shape as ``_shape`` gives it)."""
        key = token_key(word)
        ar = shape == "ar"
        readings: tuple[tuple[int, str], ...] = word_readings(word) if ar else ((0, key),)
        w, w_1, w_2, w1, w2, key_lists, key_per, key_loc = self.by_key.get(key, _NO_KEY)
        out = [w, self.sh.get(shape), self.len_ids[min(len(key), 9)]]
        if ar:
            head, tail = key[:3], key[-3:]
            got = self._heads.get(head)
            if got is None:
                got = self._head_ids(head)
            out += got
            got = self._tails.get(tail)
            if got is None:
                got = self._tail_ids(tail)
            out += got
        stem = key
        if len(readings) > 1:
            st, pc = self.st, self.pc
            for plen, k in readings[1:]:
                out.append(st.get(k))
                out.append(pc.get(key[:plen]))
            stem = readings[1][1] if len(readings) == 2 else max(readings[1:], key=_stem_order)[1]
            out += [self.sts2.get(stem[-2:]), self.stp2.get(stem[:2])]
        if ar and len(stem) >= 4:
            padded = f"<{stem}>"
            n = len(padded)
            trigrams = _TRIGRAMS[n] if n < len(_TRIGRAMS) else tuple(slice(j, j + 3) for j in range(n - 2))
            out += map(self.c3.get, map(padded.__getitem__, trigrams))
        if stem.startswith("ال"):
            out.append(self.al)
            out.append(self.na.get(stem[2:]))
        if (shape == "lat" or shape == "LAT") and any(ch in _LATIN for ch in key):
            out.append(self.latin)
        st_1, st1, stem_lists, stem_per, stem_loc, stem_org = self.by_stem.get(stem, _NO_STEM)
        if key_lists is not None or stem_lists is not None:
            trigger_ids = self.trigger_ids
            out += [trigger_ids[k] for k in sorted({*(key_lists or ()), *(stem_lists or ())})]
        prev1 = [w_1, st_1]
        prev2 = [w_2]
        if key_per or stem_per or key_loc or stem_loc or stem_org:
            flags = self.flags
            if key_per or stem_per:
                prev1.append(flags["perT-1"])
                prev2.append(flags["perT-2"])
            if key_loc or stem_loc:
                prev1.append(flags["locT-1"])
            if stem_org:
                prev1.append(flags["orgH-1"])
                prev2.append(flags["orgH-2"])
        own = cast("tuple[int, ...]", tuple(compress(out, map(is_not, out, repeat(None)))))  # the ids found, in C
        ids = (own, tuple([i for i in prev1 if i is not None]),
               tuple([i for i in prev2 if i is not None]),
               (w1, st1) if w1 is not None and st1 is not None else (w1,) if w1 is not None else
               (st1,) if st1 is not None else (),
               () if w2 is None else (w2,))
        return key, readings, stem, ids


def _find(names: Sequence[str], name: str) -> int | None:
    """The position of ``name`` in the sorted ``names``, or None."""
    i = bisect_left(names, name)
    return i if i < len(names) and names[i] == name else None


def _stem_order(reading: tuple[int, str]) -> tuple[bool, int]:
    """The order of proclitic readings for the stem: three letters kept, then the longest
    proclitic (as in :func:`rasd.ner.features._word_info`)."""
    return len(reading[1]) >= 3, reading[0]

