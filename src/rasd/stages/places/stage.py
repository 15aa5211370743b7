"""The ``places`` stage: find Arabic place names and put each on the map.

Requires ``sentences``; provides ``places`` (a tuple of :class:`rasd.document.Place`). Uses
``doc.entities`` when present (towns strictly inside a PER entity are not places; LOC, GPE and
FAC entities that no gazetteer name covered are tried as hints) and ``doc.dateline`` for
disambiguation, and fills in the dateline's ``name``, ``country``, ``lat`` and ``lon``.
Countries are places too (precision 3, the point of the country); demonym adjectives
(``السورية``) are not mentions but count as context. The gazetteer is loaded lazily, once per process (see :mod:`rasd.kb.gazetteer`).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import replace
from itertools import compress, repeat
from operator import and_, le, sub
from typing import ClassVar

from rasd.document import Dateline, Document, Place
from rasd.kb.gazetteer import KIND_COUNTRY, Gazetteer, GeoMatch, load_gazetteer
from rasd.stages.places.anchor import (
    attach_anchors,
    is_outlet,
    mark_context,
    place_quarters,
)
from rasd.stages.places.capital import add_capitals
from rasd.stages.places.cited import cited_demonyms
from rasd.stages.places.direction import direction_linked
from rasd.stages.places.landmark import place_named_landmarks
from rasd.stages.places.listmates import mark_list_mates
from rasd.stages.places.lists import countries_listed, several_listed
from rasd.stages.places.lone import reread_lone_towns
from rasd.stages.places.match import Mention
from rasd.stages.places.resolve import Resolved, find_mentions, geocode_string, resolve_mentions
from rasd.stages.places.villages import add_villages
from rasd.text import tokenize
from rasd.tokens import TokenLayer, is_arabic_kind

__all__ = ["PlacesStage", "places_in_text"]

log = logging.getLogger(__name__)


def _demonym_counts(gaz: Gazetteer, text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    layer = TokenLayer.get(text)
    # each distinct word looked up once (countries keep the order of their first demonym)
    if layer is not None:
        # the Arabic words of four characters or more, counted in C
        long_ar = map(and_, map(is_arabic_kind, layer.kinds), map(le, repeat(4), map(sub, layer.ends, layer.starts)))
        keys = Counter(compress(layer.keys, long_ar))
        for key, n in keys.items():
            cc = gaz.demonym_of_key(key, clitics=True)
            if cc:
                counts[cc] += n
        return _less_cited(gaz, text, counts)
    words = Counter(text[s:e] for s, e, kind in tokenize(text) if kind == "ar" and e - s >= 4)
    for word, n in words.items():
        cc = gaz.demonym_country(word, clitics=True)
        if cc:
            counts[cc] += n
    return _less_cited(gaz, text, counts)


def _less_cited(gaz: Gazetteer, text: str, counts: Counter[str]) -> Counter[str]:
    """``counts`` less the demonyms that stand for a cited agency (``وفقا للألمانية``)."""
    if counts:
        counts.subtract(cited_demonyms(gaz, text))
        counts = +counts
    return counts


def places_in_text(
    text: str,
    *,
    dateline: str | None = None,
    excluded: tuple[tuple[int, int], ...] = (),
    hints: tuple[tuple[int, int], ...] = (),
    gazetteer: Gazetteer | None = None,
    named: tuple[tuple[int, int], ...] | None = None,
    title: str | None = None,
) -> list[Place]:
    """Resolved place mentions of ``text`` (the stage's work, without a Document).

    ``excluded``: spans where no place is read (person and organisation names); ``hints``:
    spans known to be locations (LOC/GPE/FAC entities), tried when no gazetteer name matched;
    ``named``: every span the entities stage tagged (``None``: it did not run); a frequent
    word in none of them is doubted."""
    gaz = gazetteer or load_gazetteer()
    match = geocode_string(gaz, dateline) if dateline else None
    dateline_cc = match.country if match else None
    mentions = [m for m in find_mentions(gaz, text, excluded, hints) if not is_outlet(text, m)]
    countries_listed(text, mentions)
    several_listed(text, mentions)
    attach_anchors(text, mentions)
    mark_context(text, mentions, hints, named, excluded)
    mark_list_mates(gaz, text, mentions)
    extra = _demonym_counts(gaz, text)
    # demonyms are weaker evidence than names: half weight
    extra = Counter({cc: max(1, n // 2) for cc, n in extra.items()})
    by_direction = direction_linked(text, mentions)
    resolved = {r.start: r for r in resolve_mentions(gaz, mentions, dateline_cc=dateline_cc, extra_countries=extra,
                                                     by_direction=by_direction)}
    for k, match, precision in place_quarters(gaz, text, mentions):
        m = mentions[k]
        before = resolved.get(m.start)
        resolved[m.start] = Resolved(m.start, m.end, match, precision)
        if before is not None:
            _follow_anchor(mentions, resolved, k, before.match, match)
    placed = [(r.start, r.end, r.match, r.precision) for _s, r in sorted(resolved.items())]
    for start, end, town in place_named_landmarks(gaz, text, placed, excluded, named):
        resolved[start] = Resolved(start, end, town, 2)
    add_villages(gaz, text, resolved)
    add_capitals(gaz, text, resolved, extra)
    lone = reread_lone_towns(gaz, text, mentions, resolved, dateline_cc, extra, _headline_countries(gaz, title))
    return [_to_place(_without_state_word(text, resolved[s]), s in lone) for s in sorted(resolved)]


def _headline_countries(gaz: Gazetteer, title: str | None) -> Counter[str]:
    """The countries a headline names: as a country (``الأكراد يتظاهرون في بلجيكا``) or by a
    demonym."""
    if not title:
        return Counter()
    counts = _demonym_counts(gaz, title)
    for m in find_mentions(gaz, title):
        counts.update({c.country for c in m.candidates if c.kind == KIND_COUNTRY})
    return counts


def _follow_anchor(mentions: list[Mention], resolved: dict[int, Resolved], k: int, old: GeoMatch, new: GeoMatch) -> None:
    """The places put at mention ``k``'s reading because it locates them (``ساحة العروض في حي
    الجزيرة``) move with it when the quarter rule moves it (Riyadh's حي الجزيرة, not Algiers)."""
    for other in mentions:
        r = resolved.get(other.start)
        if other.anchor == k and r is not None and r.match == old:
            resolved[other.start] = replace(r, match=new)


_STATE_WORD = "دولة "


def _without_state_word(text: str, r: Resolved) -> Resolved:
    """A country named with the word ``دولة`` (state) before it (``دولة الإمارات``, ``دولة
    قطر``) is named by what follows it."""
    if r.match.kind == KIND_COUNTRY and text.startswith(_STATE_WORD, r.start) and r.end - r.start > len(_STATE_WORD) + 2:
        return replace(r, start=r.start + len(_STATE_WORD))
    return r


def _to_place(r: Resolved, lone_abroad: bool = False) -> Place:
    m = r.match
    return Place(
        r.start, r.end, name=m.name, country=m.country, admin1=m.admin1, lat=float(m.lat),
        lon=float(m.lon), geonames_id=m.geonames_id, precision=r.precision, lone_abroad=lone_abroad,
    )


def _excluded_spans(doc: Document) -> tuple[tuple[int, int], ...]:
    """Person names: a town strictly inside one is not a mention (``صلاح الدين الأيوبي``).

    Organisation entities are not used: taggers give long ORG spans such as
    ``التحالف الذي تقوده واشنطن`` or ``محافظة صلاح الدين``; organisations that contain place
    names are in the stage's own stop-list (``قوات سورية الديمقراطية``)."""
    return tuple((e.start, e.end) for e in doc.entities if e.type == "PER")


class PlacesStage:
    """Arabic place names resolved to GeoNames points with ACLED precision."""

    name: ClassVar[str] = "places"
    requires: ClassVar[frozenset[str]] = frozenset({"sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"places"})

    def __init__(self, use_entities: bool = True, use_dateline: bool = True) -> None:
        self.use_entities = use_entities
        self.use_dateline = use_dateline

    def __call__(self, doc: Document) -> Document:
        if doc.language not in (None, "ar") or not doc.text:
            return doc.evolve(places=())
        excluded: tuple[tuple[int, int], ...] = ()
        hints: tuple[tuple[int, int], ...] = ()
        if self.use_entities:
            excluded = _excluded_spans(doc)
            hints = tuple((e.start, e.end) for e in doc.entities if e.type in ("LOC", "GPE", "FAC"))
        dateline = doc.dateline.place if (self.use_dateline and doc.dateline) else None
        try:
            named = tuple((e.start, e.end) for e in doc.entities) if self.use_entities and doc.entities else None
            places = places_in_text(doc.text, dateline=dateline, excluded=excluded, hints=hints, named=named,
                                    title=doc.title)
            top = Counter(p.country for p in places).most_common(1)
            located = _locate_dateline(doc.dateline, tuple(cc for cc, _n in top)) if dateline else doc.dateline
        except Exception as exc:  # never fail the pipeline on odd text
            log.warning("places stage failed on %s: %s", doc.id, exc)
            return doc.evolve(places=(), warnings=(*doc.warnings, f"places: {exc}"))
        text_len = len(doc.text)
        places = [p for p in places if 0 <= p.start < p.end <= text_len]
        return doc.evolve(places=tuple(places), dateline=located)


def _locate_dateline(dateline: Dateline | None, context: tuple[str, ...] = ()) -> Dateline | None:
    """The dateline with where its place is (``name``, ``country``, ``lat``, ``lon``);
    ``مأرب (اليمن)`` is Marib, Yemen; a bare ``طرابلس`` is read in the light of ``context``
    (the article's main country). Unchanged when the place is unknown."""
    if dateline is None or not dateline.place:
        return dateline
    match = geocode_string(load_gazetteer(), dateline.place, context)
    if match is None:
        return dateline
    return replace(dateline, name=match.name, country=match.country, lat=round(float(match.lat), 5),
                   lon=round(float(match.lon), 5))
