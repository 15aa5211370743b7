"""Villages named after their place word, in a story about their province (part of the places stage).

The villages table (``rasd/data/places/villages_ye.tsv``) holds thousands of Yemeni village
and sub-district names, each at its district's seat town. Many are ordinary words or names
shared with places elsewhere, so they are not read like the gazetteer's other names: after
the stage has placed everything else, :func:`add_villages` reads a name of the table only
right after a place word written without the article (``قرية X``, ``منطقة X``, with
proclitics: ``بمنطقة X``; not ``المنطقة العسكرية``), only where no place was read there, only
where another place of the story, finer than a province, lies in the village's own province
within ``NEAR_KM`` of the village's point (a census list misses namesakes: a front called like a
village of another district is not that village), and not where a one-word name is a frequent
ordinary word (``منطقة قريبة``: a nearby area). Silent otherwise.
"""

from __future__ import annotations

import re

from rasd.kb.gazetteer import KIND_ADMIN1, KIND_COUNTRY, Gazetteer, GeoMatch, haversine_km
from rasd.stages.places.resolve import Resolved
from rasd.text import normalize_key

__all__ = ["NEAR_KM", "COMMON_WORD", "add_villages", "village_reading"]

#: how far from another place of the story (in the village's province) a village may lie
NEAR_KM = 40.0
#: a one-word name at least this common as an ordinary word (Zipf frequency, or log2 ratio of
#: ordinary to place uses in rasd's word statistics) is not read as a village
COMMON_WORD = 4.0

_PLACE_WORD = re.compile(r"(?<![\w\u0600-\u06FF])[وف]?[بل]?(?P<word>قرية|بلدة|منطقة)\s+")
_NAME_WORD = re.compile(r"[\u0621-\u064A\u0640\u064B-\u0652]+")
_MAX_WORDS = 3


def village_reading(gaz: Gazetteer, name: str) -> GeoMatch | None:
    """The village of the villages table named ``name`` (as written, article kept), or ``None``;
    these names are not among the gazetteer's ordinary :meth:`Gazetteer.candidates`."""
    index = gaz.villages.get(normalize_key(name))
    return None if index is None else gaz.entry(index)


def _anchors(gaz: Gazetteer, resolved: dict[int, Resolved]) -> list[tuple[str, str, GeoMatch]]:
    """(country, admin1 code, reading) of the story's places finer than a province."""
    out = []
    for r in resolved.values():
        if r.match.kind in (KIND_COUNTRY, KIND_ADMIN1) or r.precision >= 3:
            continue
        code = gaz.admin1_code(r.match.index)
        if code:
            out.append((r.match.country, code, r.match))
    return out


def _licensed(gaz: Gazetteer, name: str, match: GeoMatch, anchors: list[tuple[str, str, GeoMatch]]) -> bool:
    key = normalize_key(name)
    if " " not in key:
        bare = key[2:] if key.startswith("ال") else key
        if max(gaz.zipf(key), gaz.zipf(bare), gaz.commonness(key)) >= COMMON_WORD:
            return False
    code = gaz.admin1_code(match.index)
    return any(cc == match.country and a1 == code and haversine_km(m.lat, m.lon, match.lat, match.lon) <= NEAR_KM
               for cc, a1, m in anchors)


def add_villages(gaz: Gazetteer, text: str, resolved: dict[int, Resolved]) -> None:
    """Add to ``resolved`` (start -> reading) the villages of the table that ``text`` names
    after a place word where nothing was placed, near another place of the story in their
    province (precision of the table row: 2, its district's seat)."""
    if not gaz.villages or not resolved:
        return
    anchors = _anchors(gaz, resolved)
    if not anchors:
        return
    taken = [(r.start, r.end) for r in resolved.values()]
    for word in _PLACE_WORD.finditer(text):
        names = []
        pos = word.end()
        for _ in range(_MAX_WORDS):
            w = _NAME_WORD.match(text, pos)
            if w is None:
                break
            names.append(w.end())
            pos = w.end()
            if not text.startswith(" ", pos):
                break
            pos += 1
        for end in reversed(names):
            match = village_reading(gaz, text[word.end():end])
            if match is None:
                continue
            start = word.start("word")
            if any(s < end and start < e for s, e in taken):
                break
            if _licensed(gaz, text[word.end():end], match, anchors):
                resolved[start] = Resolved(start, end, match, match.precision)
                taken.append((start, end))
            break
