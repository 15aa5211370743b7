"""Places located by a compass direction from another (part of the places stage).

``الدوادمي غرب الرياض``, ``الأفلاج جنوب الرياض``, ``حديثة غرب بغداد``: a direction says where a
place lies from a bigger one, often far beyond the reach within which a place right before
a town is read as lying at it (``منطقة العند بمحافظة لحج``). :func:`direction_linked` finds
the mentions whose anchor (:func:`rasd.stages.places.anchor.attach_anchors`) is given by a
direction; :func:`keeps_own_reading` says when such a mention, read as a known town of the
anchor's country, stays that town instead of being moved to its anchor (an unknown name is
still placed at the anchor with a coarser precision).
"""

from __future__ import annotations

import math
import re

from rasd.kb.gazetteer import KIND_CITY, KIND_SUBTOWN, GeoMatch, haversine_km
from rasd.stages.places.compass import BEARINGS
from rasd.stages.places.letters import ARABIC_WORD
from rasd.stages.places.match import Mention
from rasd.text import normalize_key

__all__ = ["DIRECTION_REACH_KM", "bearing_deg", "direction_linked", "direction_before", "keeps_own_reading", "names_direction",
           "reading_in_direction"]

DIRECTION_REACH_KM = 400.0  # a town said to lie west of a city is within this distance of it
_TOWN_POPULATION = 20_000  # a GeoNames town this big is the one a direction phrase names
_WORD = re.compile(ARABIC_WORD)
_DISTANCE = re.compile(r"[0-9٠-٩]|بعد|مسافة")
_BEARING_SLACK_DEG = 67.5  # a town "west of" a city lies within this angle of due west from it
_OWN_READING_KM = 100.0  # an unplaced name's own namesake this close to the town a direction names is the place
_WEAK_READING_KM = 40.0  # (this close for a name that is also a common word: دوما "always")
_COMPASS: dict[str, float] = {normalize_key(w): deg for words, deg in BEARINGS for w in words}


def _compass(word: str) -> float | None:
    """The bearing a direction word names (شمال 0, شرقي 90 ...); ``None`` for another word."""
    norm = normalize_key(word)
    if norm not in _COMPASS and norm[:1] in "بل":
        norm = norm[1:]  # (بشمال، لجنوب: a preposition joined to the direction)
    return _COMPASS.get(norm)


def names_direction(text: str) -> bool:
    """Whether ``text`` holds a compass direction word (شمال، جنوبي، بغرب ...)."""
    return any(_compass(w) is not None for w in _WORD.findall(text))


def direction_before(gap: str, town: str) -> bool:
    """Whether a direction word stands right before a town (among the last two words of the
    ``gap`` before it, no comma in that gap: ``... جنوب مدينة الرمادي``) or opens the town's own
    span (``شمال دهوك``): the text says where the place before the gap lies from that town
    (``بلدة X شمالا، ... في مخيم Y`` says nothing of the kind). Not where the gap tells a
    distance (``على بعد 50 كيلومترا شمالي``): the place lies away from the town."""
    if "،" in gap or "," in gap or _DISTANCE.search(gap):
        return False
    return names_direction(" ".join(_WORD.findall(gap)[-2:])) or names_direction(" ".join(_WORD.findall(town)[:1]))


def _mean_bearing(degrees: list[float]) -> float:
    """شمال غرب: the bearing between the directions named (315)."""
    x = sum(math.sin(math.radians(d)) for d in degrees)
    y = sum(math.cos(math.radians(d)) for d in degrees)
    return math.degrees(math.atan2(x, y)) % 360.0


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The initial bearing from the first point to the second, degrees clockwise from north."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(x, y)) % 360.0


def direction_linked(text: str, mentions: list[Mention]) -> dict[int, float]:
    """The mentions whose anchor a compass direction introduces, with the bearing it names (from
    the anchor): the direction stands between the mention (or the last name of its list) and
    the anchor's name, or opens the anchor's own span (``غرب الرياض``, ``شمال شرقي نغامدو``)."""
    out: dict[int, float] = {}
    for k, m in enumerate(mentions):
        a = m.anchor
        if a is None or a <= k:
            continue
        anchor = mentions[a]
        # the gap before the anchor's name, and the anchor's span (it may begin with the direction)
        words = _WORD.findall(text[max(mentions[a - 1].end, m.end) : anchor.start])
        words += [w for w in _WORD.findall(text[anchor.start : anchor.end])][:2]
        named = [d for d in (_compass(w) for w in words) if d is not None][:2]
        if named:
            out[k] = _mean_bearing(named)
    return out


def keeps_own_reading(m: Mention, current: GeoMatch, anchor: GeoMatch, bearing: float) -> bool:
    """Whether a mention located by a direction (``bearing``, degrees) from ``anchor`` keeps
    ``current``, its own gazetteer reading, although that lies beyond the usual reach of its
    anchor: a town of the anchor's country (20,000 people or more, or a governorate or
    district row of the anchor's province) within :data:`DIRECTION_REACH_KM` of it and in
    the direction the text gives (حصيبة شرق الرمادي is not the Husaybah far west of Ramadi).
    A guess, a name read one spelling change away or by its Latin spelling, or a namesake
    abroad is not kept."""
    if m.guess or m.variant or current not in m.candidates or current.country != anchor.country:
        return False
    if haversine_km(current.lat, current.lon, anchor.lat, anchor.lon) > DIRECTION_REACH_KM:
        return False
    off = abs((bearing_deg(anchor.lat, anchor.lon, current.lat, current.lon) - bearing + 180.0) % 360.0 - 180.0)
    if off > _BEARING_SLACK_DEG:
        return False
    if current.kind == KIND_CITY:
        return current.population >= _TOWN_POPULATION
    return current.kind == KIND_SUBTOWN and current.admin1 is not None and current.admin1 == anchor.admin1


def _off_bearing(anchor: GeoMatch, c: GeoMatch, bearing: float) -> float:
    return abs((bearing_deg(anchor.lat, anchor.lon, c.lat, c.lon) - bearing + 180.0) % 360.0 - 180.0)


def reading_in_direction(m: Mention, anchor: GeoMatch, bearing: float) -> GeoMatch | None:
    """The gazetteer reading of a name left unplaced (its most likely namesake lay abroad or
    was doubted) that lies where the text says: a town of the anchor's country within
    :data:`_OWN_READING_KM` of the town a direction locates it from, and in that direction
    (``دوما جنوب نابلس``: the West Bank village, not Syria's Douma); the nearest such, else
    ``None``. A name that is also a common word only within :data:`_WEAK_READING_KM`. Only
    from a town anchor; not a guess, a spelling variant, a Latin-spelling reading or a
    qualifier alone."""
    reach = _WEAK_READING_KM if m.weak else _OWN_READING_KM
    if (m.guess or m.variant or m.qualifier_only or m.skeleton_word is not None
            or anchor.kind not in (KIND_CITY, KIND_SUBTOWN)):
        return None
    near = [(km, c) for c in m.candidates
            if c.kind in (KIND_CITY, KIND_SUBTOWN) and c.country == anchor.country
            and (km := haversine_km(c.lat, c.lon, anchor.lat, anchor.lon)) <= reach
            and _off_bearing(anchor, c, bearing) <= _BEARING_SLACK_DEG]
    return min(near, key=lambda t: t[0])[1] if near else None
