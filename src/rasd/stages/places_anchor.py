"""Places located by the place that follows them (part of the places stage).

Conflict reporting names villages, districts, camps and bases that no gazetteer holds, and
says where they are: ``منطقة العند بمحافظة لحج``, ``قرية المنطار بريف حلب الجنوبي``, ``بلدات
طعوم وسرمين بريف إدلب``, ``منطقة جويبة غربي الرمادي``. :func:`attach_anchors` links such a
mention to the known place after it (directly, or through a list joined by و);
:func:`anchored_readings` then places a mention the gazetteer could not place at its anchor
with a coarser ACLED precision (2: near that town; a province is too coarse), and moves a mention read as a
far namesake (``مدينة زنجبار عاصمة محافظة أبين``: not Zanzibar) to the candidate near its
anchor.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rasd.kb.gazetteer import KIND_ADMIN1, KIND_CITY, KIND_COUNTRY, KIND_SUBTOWN, GeoMatch, haversine_km
from rasd.stages.places_match import Mention
from rasd.text import load_data, normalize_key, proclitic_splits

__all__ = ["attach_anchors", "anchored_precision", "far_from_anchor", "nearest_to_anchor"]

_MAX_GAP_WORDS = 4
_FAR_KM = 150.0  # a reading this far from its anchor is a namesake
_STOP = re.compile(r"[.!?؟\n:؛\"«»]")
_GAP_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
_PROCLITIC_ONLY = frozenset({"ب", "بال", "ال", "ل", "لل", "في"})


@lru_cache(maxsize=1)
def _link_words() -> frozenset[str]:
    """Words that may stand between a place and the place that locates it: qualifier links,
    directions and every place word (في، بمحافظة، شمال مدينة، التابعة لبلدة، عاصمة)."""
    data: dict[str, Any] = load_data("places/triggers.json")
    words: set[str] = set()
    for key, values in data.items():
        if not key.startswith("_"):
            words.update(normalize_key(w) for w in values)
    words.update(normalize_key(w) for w in ("عاصمة", "الواقعة", "التابعة", "التابع", "الواقع", "قرب", "بالقرب",
                                            "مقربة", "على", "داخل", "شمالا", "جنوبا", "شرقا", "غربا"))
    return frozenset(words)


_WEAK_LINKS = frozenset(normalize_key(w) for w in ("من", "،", ","))


def _gap_link(gap: str, other: Mention) -> int:
    """0: ``other`` does not locate the mention before it; 1: weakly (a comma, من); 2: a place
    word, a direction or في says so. A gap starting with و is a list, not a location."""
    if _STOP.search(gap) or gap.count("(") > 1:
        return 0
    words = _GAP_WORD.findall(gap)
    if len(words) > _MAX_GAP_WORDS:
        return 0
    if not words:
        # juxtaposed: only when a place word or direction opens the second name
        if other.trigger in ("near", "admin", "town", "district"):
            return 2
        return 1 if "," in gap or "،" in gap or "(" in gap else 0
    if words[0].startswith("و"):
        return 0
    links = _link_words()
    strong = False
    for w in words:
        norm = normalize_key(w)
        if norm in _PROCLITIC_ONLY:
            strong = True
            continue
        stems = [normalize_key(s) for _p, s in proclitic_splits(w)]
        if not any(st in links or st in _WEAK_LINKS for st in stems):
            return 0
        strong = strong or not any(st in _WEAK_LINKS for st in stems)
    return 2 if strong else 1


def _conjoined(text: str, m: Mention, other: Mention) -> bool:
    """``طعوم وسرمين``: the next mention follows after only و (and spaces or a comma)."""
    gap = text[m.end : other.start]
    return gap.strip(" ،,") in ("و", "") and ("و" in gap or "،" in gap)


def _locates(other: Mention) -> bool:
    return bool(other.candidates) and not other.guess and not other.qualifier_only and not other.needs_anchor


def attach_anchors(text: str, mentions: list[Mention]) -> None:
    """Set ``anchor`` (the index of the known place that locates a mention) and
    ``anchor_strong`` on every mention that is followed by one, directly or through a list."""
    for k in range(len(mentions) - 2, -1, -1):
        m, other = mentions[k], mentions[k + 1]
        if other.start < m.end:
            continue
        link = _gap_link(text[m.end : other.start], other) if _locates(other) else 0
        if link:
            m.anchor, m.anchor_strong = k + 1, link == 2
        elif other.anchor is not None and _conjoined(text, m, other):
            m.anchor, m.anchor_strong = other.anchor, other.anchor_strong


def anchored_precision(anchor: GeoMatch) -> int | None:
    """The ACLED precision of a place known only to lie at or near ``anchor``; ``None`` when
    the anchor is too coarse to place it (a province or a country)."""
    if anchor.kind in (KIND_CITY, KIND_SUBTOWN):
        return 2
    # a province or country is too coarse: a village placed at its main town would be
    # reported tens of kilometres off as if it were known
    return None


def far_from_anchor(choice: GeoMatch, anchor: GeoMatch) -> bool:
    """Whether ``choice`` cannot be the place that ``anchor`` locates: another country, another
    province (an anchor that is a province), or farther than 150 km (an anchor that is a town)."""
    if anchor.kind == KIND_COUNTRY or choice.kind == KIND_COUNTRY:
        return False
    if choice.country != anchor.country:
        return True
    if anchor.kind == KIND_ADMIN1:
        return choice.admin1 is not None and anchor.admin1 is not None and choice.admin1 != anchor.admin1
    return haversine_km(choice.lat, choice.lon, anchor.lat, anchor.lon) > _FAR_KM


def nearest_to_anchor(cands: list[GeoMatch], anchor: GeoMatch) -> GeoMatch | None:
    """The candidate within reach of ``anchor``, nearest first; ``None`` when none is."""
    near = [c for c in cands if c.kind != KIND_COUNTRY and not far_from_anchor(c, anchor)]
    return min(near, key=lambda c: haversine_km(c.lat, c.lon, anchor.lat, anchor.lon)) if near else None
