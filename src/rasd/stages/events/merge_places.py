"""Whether the places of two candidate events let them be one incident: the same place or
points near each other, a finer place inside a coarser one, a follow-up's town near the
event's, and the places a text names apart (a list's places, a village the gazetteer puts at
its town). Used by :mod:`rasd.stages.events.merge`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from rasd.document import Location, Place
from rasd.stages.events.placenames import (
    named_apart,
    names_an_area,
    opens_a_district,
    opens_on_a_part,
    skeleton,
)
from rasd.text import normalize_key

if TYPE_CHECKING:
    from rasd.stages.events.merge import Candidate

__all__ = ["country_wide", "inside", "km_apart", "near", "not_elsewhere", "one_point_apart", "points_back",
           "localities_apart", "same_named_place", "same_place", "same_protest_place", "siblings_apart",
           "unread_apart"]


def km_apart(a: Location | Place, b: Location | Place) -> float:
    """The great-circle distance between two places' points, in kilometres."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def same_place(a: Candidate, b: Candidate) -> bool:
    """Same place: either place unknown, a fallback or coarse (province, country) place in
    the same country, the same name, or points within 25 km."""
    la, lb = a.location, b.location
    if la is None or lb is None:
        return True
    if a.location_fallback or b.location_fallback:
        return la.country == lb.country
    if la.precision >= 3 or lb.precision >= 3:
        coarse, fine = (la, lb) if la.precision >= lb.precision else (lb, la)
        return inside(fine, coarse)
    return near(la, lb)


def near(la: Location, lb: Location) -> bool:
    """The same name, or points within 25 km, except two towns named apart (precision 1,
    two names): ACLED codes one event per place, a list of towns struck is one event each."""
    if la.name == lb.name:
        return True
    if la.precision == lb.precision == 1 and normalize_key(la.text) != normalize_key(lb.text):
        return False
    return km_apart(la, lb) <= 25.0


#: How far from an event a casualty follow-up's own town may lie and still tell its toll
#: (the hospital in the next town where the wounded died).
_FOLLOW_UP_KM = 50.0


def not_elsewhere(a: Candidate, b: Candidate) -> bool:
    """Whether ``b`` names no town of its own away from ``a``'s place: no place, a fallback
    or a coarse one, or a place of the same country within :data:`_FOLLOW_UP_KM` (a border
    town across the frontier is another incident's)."""
    la, lb = a.location, b.location
    if la is None or lb is None or b.location_fallback or lb.precision >= 3:
        return True
    return la.country == lb.country and km_apart(la, lb) <= _FOLLOW_UP_KM


def points_back(a: Candidate, b: Candidate) -> bool:
    """Whether ``b``'s own place lets it point back at ``a``: none of its own, a town near
    ``a``'s (:func:`not_elsewhere`) or an area ``a``'s place lies in (the clashes "in Rif
    Dimashq" are not the clashes in Homs told before)."""
    la, lb = a.location, b.location
    if la is None or lb is None or b.location_fallback:
        return True
    if lb.precision >= 3:
        return inside(la, lb)
    return not_elsewhere(a, b)


def same_protest_place(a: Candidate, b: Candidate) -> bool:
    """Same place for two demonstrations: a fallback place (the dateline) stands for the
    place the text names only when that place is within 25 km of it (a deadly protest told
    without a place, then a peaceful one in another town, are two events)."""
    la, lb = a.location, b.location
    if la is None or lb is None or a.location_fallback == b.location_fallback:
        return same_place(a, b)
    return la.country == lb.country and near(la, lb)


def same_named_place(a: Candidate, b: Candidate) -> bool:
    """Both placed at the same named place (a fallback too: the article's one site, the
    mosque its title names)."""
    la, lb = a.location, b.location
    return la is not None and lb is not None and la.name == lb.name


def siblings_apart(a: Candidate, b: Candidate) -> bool:
    """Whether ``b`` was read from a sentence ``a`` was read from too, or from a list of places
    struck (``في بلدة X وقرية Y``), at another place the text names: a list's places and a
    round-up's parts (``... كما قصفت مناطق في قرية Z``) are one event per place, however
    near each other the places lie (two villages the gazetteer does not know are both put
    at their town)."""
    la, lb = a.location, b.location
    if (la is None or lb is None or a.location_fallback or b.location_fallback or a.weak or b.weak
            or not (set(a.sentences) & set(b.sentences) or b.listed) or la.precision >= 3 or lb.precision >= 3):
        return False
    ka, kb = normalize_key(la.text), normalize_key(lb.text)
    return ka not in kb and kb not in ka


def one_point_apart(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` and ``b`` are acts told by sentences of their own (not a reaction, a
    casualty word alone or a noun pointing back) at two places the text names apart that the
    gazetteer puts at one point, one of them told as a village of its own (``قرية عبطين بريف
    حلب`` and حلب: the village is put at the town): ACLED codes one event per place, whatever
    point the coder finds for it. An area or a quarter put at its town (``منطقة عقاقة``, ``حي
    المغاير``) may be where the town's incident happened, and the area around a town (``جنوب غربي
    كركوك``) holds its villages: those still merge, and so do two sentences that tell the same toll
    (a lead and its detail)."""
    la, lb = a.location, b.location
    return (la is not None and lb is not None and not a.location_fallback and not b.location_fallback
            and not (a.weak or b.weak or a.reference or b.reference or b.anaphoric)
            and la.precision <= 2 and lb.precision <= 2 and la.name == lb.name
            and ((a.settlement and la.precision == 2) or (b.settlement and lb.precision == 2))
            and not (a.fatalities and a.fatalities == b.fatalities)
            and not names_an_area(la.text) and not names_an_area(lb.text)
            and named_apart(la.text, lb.text))


def _locality(c: Candidate) -> str | None:
    """What kind of locality of its own ``c``'s place is told as: an administrative district
    (``محافظة الطوال``), a village put at its district's point (``قرية المغيرة``, read at district
    level), another place read at district level (a landmark: ``منفذ الطوال``, ``جبل صبر``) or
    none of these (a town, a province; a street, a quarter, an area or a camp: a part of a town
    the gazetteer may put at the wrong point)."""
    loc = c.location
    if loc is None or loc.precision != 2:
        return None
    if opens_a_district(loc.text):
        return "district"
    if c.settlement:
        return "village"
    return None if opens_on_a_part(loc.text) else "site"


def localities_apart(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` and ``b`` are acts told by sentences of their own at two localities the
    text names apart that the gazetteer puts at one point or close by: two districts (two
    governorates sharing a point), two villages, or a village put at its district's point and
    another district. ACLED codes one event per place. A town, a quarter or a landmark and the
    district around it may be one incident's place told twice, so those still merge, and so do
    two sentences that tell the same toll (a lead and its detail). Two towns are kept apart by
    :func:`near` already."""
    la, lb = a.location, b.location
    if (la is None or lb is None or a.location_fallback or b.location_fallback or la.name == lb.name
            or a.weak or b.weak or a.reference or b.reference or b.anaphoric
            or (a.fatalities and a.fatalities == b.fatalities)):
        return False
    kinds = {_locality(a), _locality(b)}
    if None in kinds or kinds == {"site"} or kinds == {"site", "district"}:
        return False  # (a landmark or a quarter may lie in the district, or be where its incident was)
    return (not names_an_area(la.text) and not names_an_area(lb.text) and named_apart(la.text, lb.text)
            and km_apart(la, lb) <= 25.0)


def unread_apart(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` and ``b`` are acts told by sentences of their own, each at localities the
    gazetteer did not read at a point of their own (``قرية X`` and ``قرية Y``, both put at their
    town), none of them the other's: two villages, two districts, or a village and a quarter or
    area. ACLED codes one event per place. An act placed at a whole country (no point of use to
    tell it apart), a district and a place that may lie in it, two quarters
    or areas of one town (coded at the town), a reaction, a casualty word alone, a noun pointing
    back and two sentences that tell the same toll (a lead and its detail) still merge."""
    if (not a.localities or not b.localities or a.weak or b.weak or a.reference or b.reference or b.anaphoric
            or any(c.location is None or country_wide(c.location) for c in (a, b))
            or (a.fatalities and a.fatalities == b.fatalities)
            or {skeleton(n) for _k, n in a.localities} & {skeleton(n) for _k, n in b.localities}):
        return False  # (one name spelt two ways, بركي برك and بركي براك, is one place)
    ka, kb = {k for k, _n in a.localities}, {k for k, _n in b.localities}
    if ("district" in ka) != ("district" in kb):
        return False  # (the district may hold the other place)
    return "district" in ka or ("settlement" in ka and bool(kb)) or ("settlement" in kb and bool(ka))


def country_wide(loc: Location) -> bool:
    """A place that is a whole country (coarse, no province): it names no place of its own."""
    return loc.precision >= 3 and loc.admin1 is None


def inside(fine: Location, coarse: Location) -> bool:
    """Whether a finer place can stand for a coarser one: it lies in the coarser one's country
    and, where both name it, its province (a town of another province named later in the
    article is another incident's place, not a closer reading of this one's)."""
    if fine.country != coarse.country:
        return False
    return coarse.admin1 is None or fine.admin1 is None or fine.admin1 == coarse.admin1
