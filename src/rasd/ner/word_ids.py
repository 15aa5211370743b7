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

from rasd.kb.actors import token_key, word_readings

__all__ = ["WordIds"]

_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")
#: The prefixes of the features read per value (the attributes of :class:`WordIds`, in order).
_PREFIXES = ("w=", "sh=", "len=", "p1=", "p2=", "p3=", "s1=", "s2=", "s3=", "st=", "pc=", "sts2=", "stp2=", "c3=",
             "na=", "w-1=", "st-1=", "w-2=", "w+1=", "st+1=", "w+2=")

#: ``(own, previous, before previous, next, after next)`` feature ids of one word type.
Ids = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]


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

    def read(self, word: str, shape: str) -> tuple[str, tuple[tuple[int, str], ...], str, Ids]:
        """``(key, readings, stem, ids)`` of ``word`` (its shape as ``_shape`` gives it)."""
        key = token_key(word)
        ar = shape == "ar"
        readings: tuple[tuple[int, str], ...] = word_readings(word) if ar else ((0, key),)
        out = [self.w.get(key), self.sh.get(shape), self.len.get(str(min(len(key), 9)))]
        if ar:
            out += [self.p1.get(key[:1]), self.p2.get(key[:2]), self.p3.get(key[:3]),
                    self.s1.get(key[-1:]), self.s2.get(key[-2:]), self.s3.get(key[-3:])]
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
            c3 = self.c3.get
            out += [c3(padded[j : j + 3]) for j in range(len(padded) - 2)]
        if stem.startswith("ال"):
            out.append(self.al)
            out.append(self.na.get(stem[2:]))
        if (shape == "lat" or shape == "LAT") and any(ch in _LATIN for ch in key):
            out.append(self.latin)
        lists_of = self.lists_of
        hits = lists_of.get(key)
        more = lists_of.get(stem)
        if hits is not None or more is not None:
            trigger_ids = self.trigger_ids
            out += [trigger_ids[k] for k in sorted({*(hits or ()), *(more or ())})]
        flags = self.flags
        prev1 = [self.w_1.get(key), self.st_1.get(stem)]
        prev2 = [self.w_2.get(key)]
        if key in self.per_before or stem in self.per_before:
            prev1.append(flags["perT-1"])
            prev2.append(flags["perT-2"])
        if key in self.loc_before or stem in self.loc_before:
            prev1.append(flags["locT-1"])
        if stem in self.org_heads:
            prev1.append(flags["orgH-1"])
            prev2.append(flags["orgH-2"])
        w1, st1, w2 = self.w1.get(key), self.st1.get(stem), self.w2.get(key)
        ids = (tuple([i for i in out if i is not None]), tuple([i for i in prev1 if i is not None]),
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

