"""Indexed span and point look-ups (rasd.span_index, stages/events/lookup): each gives the
answer of the scan over every span or point that it replaced."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.kb.gazetteer import KIND_CITY, KIND_COUNTRY, GeoMatch, haversine_km
from rasd.span_index import (
    OffsetIndex,
    PointIndex,
    SpanIndex,
    inside_range,
    last_of,
    overlap_range,
    whole_range,
)
from rasd.stages.events.lookup import antecedent_before
from rasd.stages.places.lists import inside_longer
from rasd.stages.places.match import Mention

offsets = st.integers(min_value=0, max_value=60)
spans = st.lists(st.tuples(offsets, offsets).map(lambda p: (min(p), max(p))), max_size=25)


@dataclass(frozen=True)
class _Item:
    start: int
    end: int


def _tokens(draw: st.DrawFn) -> list[tuple[int, int]]:
    """Tokens in text order that do not overlap (gaps of 0 or more characters)."""
    out, pos = [], 0
    for length, gap in draw(st.lists(st.tuples(st.integers(1, 6), st.integers(0, 3)), max_size=20)):
        pos += gap
        out.append((pos, pos + length))
        pos += length
    return out


token_lists = st.composite(_tokens)()


@settings(max_examples=300)
@given(spans, offsets, offsets)
def test_span_index_overlaps_and_contains_match_a_scan(items: list[tuple[int, int]], a: int, b: int) -> None:
    index = SpanIndex(items)
    assert index.overlaps(a, b) == any(s < b and a < e for s, e in items)
    assert index.contains(a, b) == any(s <= a and b <= e for s, e in items)
    assert len(index) == len(items)


@settings(max_examples=300)
@given(token_lists, offsets, offsets)
def test_span_index_token_ranges_match_a_scan(tokens: list[tuple[int, int]], a: int, b: int) -> None:
    starts, ends = [s for s, _ in tokens], [e for _, e in tokens]
    assert list(inside_range(starts, ends, a, b)) == [k for k, (s, e) in enumerate(tokens) if s >= a and e <= b]
    assert list(overlap_range(starts, ends, a, b)) == [k for k, (s, e) in enumerate(tokens) if s < b and e > a]


@settings(max_examples=300)
@given(token_lists, offsets, offsets)
def test_span_index_whole_range_matches_a_scan(tokens: list[tuple[int, int]], a: int, b: int) -> None:
    a, b = min(a, b), max(a, b)
    starts, ends = [s for s, _ in tokens], [e for _, e in tokens]
    straddles = any(s < a < e or s < b < e for s, e in tokens)
    inside = [k for k, (s, e) in enumerate(tokens) if s >= a and e <= b]
    got = whole_range(starts, ends, a, b)
    if straddles:
        assert got is None
    else:
        assert got is not None and list(range(*got)) == inside


@settings(max_examples=300)
@given(st.lists(st.tuples(offsets, offsets), max_size=25), offsets, offsets, st.sampled_from(["start", "end"]))
def test_span_index_offset_index_keeps_every_match_in_order(
    pairs: list[tuple[int, int]], lo: int, hi: int, by: str
) -> None:
    # unsorted items, some of them ending before they start: the index is a superset in sequence order
    items = tuple(_Item(s, e) for s, e in pairs)
    found = OffsetIndex(items, by=by).among(lo, hi)
    positions = [next(i for i, x in enumerate(items) if x is item) for item in found]
    assert positions == sorted(positions)
    key = (lambda x: x.start) if by == "start" else (lambda x: x.end)
    assert [x for x in found if lo <= key(x) < hi] == [x for x in items if lo <= key(x) < hi]
    # the callers' test "inside [lo, hi]" is answered by among(lo, hi + 1) of an index by start
    if by == "start":
        inside = [x for x in OffsetIndex(items).among(lo, hi + 1) if x.start >= lo and x.end <= hi]
        assert inside == [x for x in items if x.start >= lo and x.end <= hi]


def test_span_index_offset_index_rejects_an_unknown_key() -> None:
    with pytest.raises(ValueError, match="by must be"):
        OffsetIndex((), by="middle")


coords = st.tuples(st.floats(-89.9, 89.9), st.floats(-180.0, 180.0))


@settings(max_examples=200)
@given(
    st.lists(st.tuples(st.integers(0, 4), coords), max_size=15),
    coords,
    st.sampled_from([10.0, 100.0, 300.0]),
    st.integers(0, 5),
)
def test_span_index_points_near_match_a_scan(
    points: list[tuple[int, tuple[float, float]]], at: tuple[float, float], km: float, owner: int
) -> None:
    # clusters: each point also has a twin about 50 km away, so that near answers are often true
    pts = [(o, la, lo) for o, (la, lo) in points] + [(o, la + 0.45, lo) for o, (la, lo) in points if la < 89]
    index = PointIndex(pts, 300.0, haversine_km)
    others = [(la, lo) for o, la, lo in pts if o != owner]
    view = index.besides(owner)
    assert bool(view) == bool(others)
    assert view.near(*at, km) == any(haversine_km(at[0], at[1], la, lo) < km for la, lo in others)
    for _o, la, lo in pts[:3]:  # a query right at (or next to) a point of the story
        assert view.near(la, lo + 0.01, km) == any(haversine_km(la, lo + 0.01, a, b) < km for a, b in others)


def test_span_index_points_refuse_a_reach_beyond_the_index() -> None:
    with pytest.raises(ValueError, match="reaches"):
        PointIndex([(0, 10.0, 10.0)], 100.0, haversine_km).near(10.0, 10.0, 300.0)


def test_span_index_last_of_remembers_the_last_tuple_only() -> None:
    calls: list[object] = []

    def build(items: object) -> int:
        calls.append(items)
        return len(calls)

    cached = last_of(build)
    first, second = (1, 2), (3,)
    assert cached(first) == cached(first) == 1
    assert cached(second) == 2 and cached(first) == 3  # a new object is built anew
    items = [1, 2]
    assert cached(items) == 4 and cached(items) == 5  # a list may change: never remembered


@settings(max_examples=300)
@given(st.lists(st.tuples(offsets, st.sampled_from("ABCD")), max_size=15), offsets, offsets, st.booleans())
def test_span_index_antecedent_before_matches_a_scan(
    items: list[tuple[int, str]], a: int, b: int, ordered: bool
) -> None:
    antecedents = tuple(sorted(items) if ordered else items)
    start, end = min(a, b), max(a, b)
    here = {name for pos, name in antecedents if start <= pos < end}
    expected = next((name for pos, name in reversed(antecedents) if pos < start and name not in here), None)
    assert antecedent_before(antecedents, start, end) == expected


def _geo(kind: str) -> GeoMatch:
    return GeoMatch(0, "X", "SY", None, 35.0, 38.0, None, 1000, kind)


@settings(max_examples=300)
@given(spans, offsets, offsets, st.sampled_from([KIND_CITY, KIND_COUNTRY]))
def test_span_index_inside_longer_matches_a_scan(items: list[tuple[int, int]], a: int, b: int, kind: str) -> None:
    m = Mention(min(a, b), max(a, b), 0, 0, "x", [_geo(kind)])
    expected = kind != KIND_COUNTRY and any(
        s <= m.start and m.end <= e and (m.start - s > 2 or e > m.end) for s, e in items)
    assert inside_longer(m, items) == expected
    assert inside_longer(m, SpanIndex(items)) == expected
