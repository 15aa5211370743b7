"""Indexed look-ups over spans and map points, so that a document's cost stays linear.

A stage that asks, for every mention, whether any other span overlaps or contains it (or
whether any place of the story lies within 100 km) costs the square of the document's
length when it scans them all. These indexes answer the same questions in logarithmic
time, or by looking only at the points near a place, and give exactly the answers of the
scans they replace:

- :class:`SpanIndex`: does any span overlap ``[start, end)``, or contain it?
- :func:`inside_range` and :func:`overlap_range`: which tokens of a sorted,
  non-overlapping token list lie inside a span, or overlap it.
- :class:`OffsetIndex`: which items (places, times of a document) start, or end, in a
  range? :func:`last_of` keeps one such index per document.
- :class:`PointIndex`: is any point within ``km`` of a place (great-circle distance as
  :func:`rasd.kb.gazetteer.haversine_km` computes it), leaving out the points of one owner?
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Sequence
from itertools import accumulate
from typing import Any, Generic, Protocol, TypeVar

__all__ = ["NearPoints", "PointIndex", "SpanIndex", "OffsetIndex", "inside_range", "last_of", "overlap_range", "whole_range"]


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Spanned)
K = TypeVar("K")
R = TypeVar("R")


class SpanIndex:
    """Spans ``(start, end)`` sorted by start, with the running maximum of their ends."""

    __slots__ = ("_max_end", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end = list(accumulate((e for _, e in ordered), max))

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span ``(s, e)`` has ``s < end and start < e``."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._max_end[i - 1] > start

    def contains(self, start: int, end: int) -> bool:
        """Whether any span ``(s, e)`` has ``s <= start and end <= e``."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._max_end[i - 1] >= end


def inside_range(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> range:
    """Indices ``k`` of the tokens with ``start <= starts[k] and ends[k] <= end``, for
    tokens in text order that do not overlap (``starts`` and ``ends`` both ascending)."""
    lo = bisect_left(starts, start)
    hi = bisect_right(ends, end)
    return range(lo, max(lo, hi))


def whole_range(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> tuple[int, int] | None:
    """Indices ``[i, j)`` of the tokens inside ``[start, end)`` (tokens in text order that do
    not overlap, as for :func:`inside_range`); None when a token straddles ``start`` or ``end``,
    so that the range is not a whole number of tokens."""
    i = bisect_left(starts, start)
    if i and ends[i - 1] > start:
        return None
    j = bisect_left(starts, end, i)
    if j > i and ends[j - 1] > end:
        return None
    return i, j


def overlap_range(starts: Sequence[int], ends: Sequence[int], start: int, end: int) -> range:
    """Indices ``k`` of the tokens with ``starts[k] < end and ends[k] > start`` (tokens in
    text order that do not overlap, as for :func:`inside_range`)."""
    lo = bisect_right(ends, start)
    hi = bisect_left(starts, end)
    return range(lo, max(lo, hi))


class OffsetIndex(Generic[T]):
    """The items of a sequence (anything with ``start`` and ``end``) by their start offset
    (``by="end"``: by their end)."""

    __slots__ = ("_items", "_odd", "_offsets", "_order")

    def __init__(self, items: Sequence[T], by: str = "start") -> None:
        if by not in ("start", "end"):
            raise ValueError(f"by must be 'start' or 'end', not {by!r}")
        at = [item.start if by == "start" else item.end for item in items]
        self._items = items
        self._order = sorted(range(len(items)), key=at.__getitem__)
        self._offsets = [at[i] for i in self._order]
        self._odd = [i for i, item in enumerate(items) if item.end < item.start]

    def among(self, lo: int, hi: int) -> list[T]:
        """The items whose offset lies in ``[lo, hi)``, in their order in the sequence, and
        any item that ends before it starts. A superset: callers keep their own test on
        each item, so an item with ``start >= lo and end <= hi`` is among ``among(lo, hi +
        1)`` of an index by start."""
        idx = self._order[bisect_left(self._offsets, lo) : bisect_left(self._offsets, hi)]
        if self._odd:
            idx = list(set(idx) | set(self._odd))
        idx.sort()
        return [self._items[i] for i in idx]


def last_of(build: Callable[[K], R]) -> Callable[[K], R]:
    """``build(obj)`` remembered for the last ``obj`` it was called with (by identity; the
    object is kept alive, so its id is not reused): an index of a document's tuple of
    places or times, built once and read by every sentence. Only a tuple is remembered
    (anything else might change after): for another object ``build`` runs each time."""
    cell: list[tuple[Any, Any]] = [(_NOBODY, None)]

    def cached(obj: K) -> R:
        if not isinstance(obj, tuple):
            return build(obj)
        last, result = cell[0]
        if last is not obj:
            result = build(obj)
            cell[0] = (obj, result)
        return result  # type: ignore[no-any-return]

    cached.__doc__ = build.__doc__
    return cached


_NOBODY = object()
_EARTH_KM = 6371.0


def _unit(lat: float, lon: float) -> tuple[float, float, float]:
    p, lam = math.radians(lat), math.radians(lon)
    return math.cos(p) * math.cos(lam), math.cos(p) * math.sin(lam), math.sin(p)


class PointIndex:
    """Map points in a grid of cubes over the unit sphere (edge: the straight-line distance
    between two points ``reach_km`` apart on the earth, with a margin), so that the points
    within ``reach_km`` of a place are found in its cube and the 26 around it. Each point
    has an owner (a mention's index); a query may leave one owner's points out. Distances
    are those of ``distance(lat, lon, point_lat, point_lon)`` in the argument order of the
    scans this replaces, so every comparison gives the same answer."""

    __slots__ = ("_all_owners", "_cells", "_distance", "_edge", "_owners", "_reach")

    def __init__(
        self,
        points: Iterable[tuple[Hashable, float, float]],
        reach_km: float,
        distance: Callable[[float, float, float, float], float],
    ) -> None:
        self._reach = reach_km
        self._distance = distance
        # the chord of an arc of reach_km, 1% and 1 m wider: float rounding never matters
        self._edge = 2.0 * math.sin(min(math.pi, (reach_km * 1.01 + 0.001) / _EARTH_KM) / 2.0)
        # point -> owners of that point, and each cube's points
        self._owners: dict[tuple[float, float], list[Hashable]] = {}
        self._cells: dict[tuple[int, int, int], list[tuple[float, float]]] = {}
        for owner, lat, lon in points:
            key = (lat, lon)
            if key not in self._owners:
                self._owners[key] = []
                self._cells.setdefault(self._cell(lat, lon), []).append(key)
            self._owners[key].append(owner)
        self._all_owners = {o for owners in self._owners.values() for o in owners}

    def _cell(self, lat: float, lon: float) -> tuple[int, int, int]:
        x, y, z = _unit(lat, lon)
        e = self._edge
        return math.floor(x / e), math.floor(y / e), math.floor(z / e)

    def __bool__(self) -> bool:
        return bool(self._owners)

    def has_other(self, owner: Hashable) -> bool:
        """Whether any point belongs to an owner other than ``owner``."""
        return len(self._all_owners) > 1 or (bool(self._all_owners) and owner not in self._all_owners)

    def near(self, lat: float, lon: float, km: float, *, besides: Hashable = _NOBODY) -> bool:
        """Whether a point (of an owner other than ``besides``) lies closer than ``km``
        (at most the index's ``reach_km``) to ``(lat, lon)``."""
        if km > self._reach:
            raise ValueError(f"the index reaches {self._reach} km, not {km}")
        cx, cy, cz = self._cell(lat, lon)
        if len(self._cells) < 27:  # fewer occupied cubes than neighbours: the same cubes, found by a scan
            cells = [keys for (x, y, z), keys in self._cells.items()
                     if -1 <= x - cx <= 1 and -1 <= y - cy <= 1 and -1 <= z - cz <= 1]
        else:
            cells = [self._cells.get((cx + dx, cy + dy, cz + dz), []) for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                     for dz in (-1, 0, 1)]
        for keys in cells:
            for key in keys:
                if besides is not _NOBODY and all(o == besides for o in self._owners[key]):
                    continue
                if self._distance(lat, lon, key[0], key[1]) < km:
                    return True
        return False

    def besides(self, owner: Hashable) -> NearPoints:
        """The points of every owner but ``owner``."""
        return NearPoints(self, owner)


class NearPoints:
    """A :class:`PointIndex` without one owner's points; false when no point is left."""

    __slots__ = ("_index", "_owner")

    def __init__(self, index: PointIndex, owner: Hashable) -> None:
        self._index, self._owner = index, owner

    def __bool__(self) -> bool:
        return self._index.has_other(self._owner)

    def near(self, lat: float, lon: float, km: float) -> bool:
        """Whether one of these points lies closer than ``km`` to ``(lat, lon)``."""
        return self._index.near(lat, lon, km, besides=self._owner)
