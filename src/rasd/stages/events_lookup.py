"""Per-document look-ups for the events stage, so that its cost stays linear in the
article's length: every sentence and candidate asks which places and times lie in its
span, which place ends right before a word, whether a direct quote overlaps it, and which
armed group was named last before it. Each
index is built once per document (see :func:`rasd.span_index.last_of`) and gives the
answers of the scans over every place or group it replaces."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from rasd.document import Place, Quote, TimeExpr
from rasd.span_index import OffsetIndex, SpanIndex, last_of

__all__ = [
    "antecedent_before", "direct_quotes", "ordered_places", "places_by_end", "places_by_start", "times_by_start",
]


@last_of
def places_by_start(places: Sequence[Place]) -> OffsetIndex[Place]:
    """The document's places by start offset."""
    return OffsetIndex(places)


@last_of
def places_by_end(places: Sequence[Place]) -> OffsetIndex[Place]:
    """The document's places by end offset."""
    return OffsetIndex(places, by="end")


@last_of
def ordered_places(places: Sequence[Place]) -> tuple[list[Place], dict[Place, int]]:
    """The places sorted by start (a stable sort), and the first position of each place in
    that order (what ``list.index`` would find)."""
    ordered = sorted(places, key=lambda p: p.start)
    first: dict[Place, int] = {}
    for i, p in enumerate(ordered):
        first.setdefault(p, i)
    return ordered, first


@last_of
def _offsets(antecedents: Sequence[tuple[int, str]]) -> list[int] | None:
    """The antecedents' offsets; None when they are not in text order."""
    offsets = [pos for pos, _name in antecedents]
    return offsets if all(a <= b for a, b in pairwise(offsets)) else None


def antecedent_before(antecedents: Sequence[tuple[int, str]], start: int, end: int) -> str | None:
    """The name of the last ``(offset, name)`` antecedent before ``start`` whose name is not
    also named in ``[start, end)`` (the group an ``التنظيم`` of that sentence refers to)."""
    offsets = _offsets(antecedents)
    if offsets is None:
        here = {name for pos, name in antecedents if start <= pos < end}
        return next((name for pos, name in reversed(antecedents) if pos < start and name not in here), None)
    first, stop = bisect_left(offsets, start), bisect_left(offsets, end)
    here = {name for _pos, name in antecedents[first:stop]}
    return next((antecedents[i][1] for i in range(first - 1, -1, -1) if antecedents[i][1] not in here), None)


@last_of
def times_by_start(times: Sequence[TimeExpr]) -> OffsetIndex[TimeExpr]:
    """The document's time expressions by start offset."""
    return OffsetIndex(times)


@last_of
def direct_quotes(quotes: Sequence[Quote]) -> SpanIndex:
    """The spans of the document's direct quotes."""
    return SpanIndex((q.start, q.end) for q in quotes if q.direct)
