"""Places found by their Latin GeoNames name (part of the places stage): the one place of the
wanted countries whose Latin name spells an unknown Arabic name (:func:`latin_place`)."""

from __future__ import annotations

from rasd.kb.gazetteer import Gazetteer, GeoMatch, haversine_km
from rasd.kb.gazetteer_latin import arabic_vowel_count
from rasd.span_index import NearPoints
from rasd.stages.places.match import Mention

__all__ = ["latin_place"]

_SAME_PLACE_KM = 25.0  # Latin-name namesakes closer than this are one place
_NEAR_KM = 100.0  # a namesake this close to another place of the story is the one meant
_SHORT_TOWN = 10_000  # a name of two consonants is read only as a town this large ...
_SHORT_VOWELS = 2  # ... spelled with two vowel letters (باما: Bama), near another place of the story


def latin_place(gaz: Gazetteer, m: Mention, word: str, wanted: list[str], near_pts: NearPoints) -> GeoMatch | None:
    """The one place of ``wanted`` whose Latin name spells ``word`` (see :func:`_unambiguous`).
    A name of only two consonants (``باما``, ``ديكوا``) matches too many names to be searched
    alone; it is read where one town of 10,000 or more so spelled lies within 100 km of
    another place of the story and the word has two vowel letters."""
    choice = _unambiguous(_latin_matches(gaz, m, word, wanted), near_pts)
    if choice is not None or m.qualifier_admin is not None or not near_pts or arabic_vowel_count(word) < _SHORT_VOWELS:
        return choice
    near = [c for c in gaz.skeleton_candidates(word, wanted, short=True)
            if c.population >= _SHORT_TOWN and near_pts.near(c.lat, c.lon, _NEAR_KM)]
    return near[0] if len(near) == 1 else None


def _latin_matches(gaz: Gazetteer, m: Mention, word: str, wanted: list[str]) -> list[GeoMatch]:
    found = gaz.skeleton_candidates(word, wanted, short=m.qualifier_admin is not None)
    if m.skeleton_strict:
        found = [c for c in found if c.population >= 20_000]
    if m.qualifier_admin is not None:
        # only inside the named division (GeoNames' divisions may be older than the text's:
        # also near its main town)
        cc, name = m.qualifier_admin
        division = gaz.division(cc, name)
        found = [c for c in found if c.admin1 == name or (
            division is not None and haversine_km(c.lat, c.lon, division.lat, division.lon) < _NEAR_KM)]
    return found


def _unambiguous(found: list[GeoMatch], near_pts: NearPoints) -> GeoMatch | None:
    """The one place among Latin-name matches: the only one (namesakes within 25 km are one
    place), else the only one near another place of the story, else one ten times as populous
    as the next (and of 10,000+); ``None`` when that leaves a choice."""
    places: list[GeoMatch] = []
    for c in sorted(found, key=lambda c: -c.population):
        if not any(haversine_km(c.lat, c.lon, p.lat, p.lon) < _SAME_PLACE_KM for p in places):
            places.append(c)
    if len(places) <= 1:
        return places[0] if places else None
    if near_pts:
        close = [p for p in places if near_pts.near(p.lat, p.lon, _NEAR_KM)]
        if len(close) == 1:
            return close[0]
    if places[0].population >= 10 * max(places[1].population, 1000):
        return places[0]
    return None
