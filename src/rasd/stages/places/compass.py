"""The compass directions, in every form the places stage reads (:file:`data/places/compass.json`).

One table for the words the places modules each used to spell out: the noun (``شمال حلب``),
the nisba adjective used as a locative (``شمالي حلب``), the adverb (``شمالا``) and the
definite adjectives that end a place's name (``الكرك الشرقي``). Surfaces are kept as written;
callers normalise them (:func:`rasd.text.normalize_key`) where they compare keys.
"""

from __future__ import annotations

from typing import Any

from rasd.text import load_data

__all__ = ["ADJECTIVES", "ADVERBS", "BEARINGS", "DEFINITE_ADJECTIVES", "NOUNS"]

_TABLE: list[dict[str, Any]] = load_data("places/compass.json")["directions"]

#: شمال، شرق، جنوب، غرب
NOUNS: tuple[str, ...] = tuple(d["noun"] for d in _TABLE)
#: شمالي، شرقي، جنوبي، غربي
ADJECTIVES: tuple[str, ...] = tuple(d["adjective"] for d in _TABLE)
#: شمالا، شرقا، جنوبا، غربا
ADVERBS: tuple[str, ...] = tuple(d["adverb"] for d in _TABLE)
#: الشمالي، الشمالية ... (masculine and feminine of each direction)
DEFINITE_ADJECTIVES: tuple[str, ...] = tuple(w for d in _TABLE for w in d["definite"])
#: Each direction's noun, adjective and adverb, with the bearing it names in degrees from north.
BEARINGS: tuple[tuple[tuple[str, str, str], float], ...] = tuple(
    ((d["noun"], d["adjective"], d["adverb"]), float(d["bearing"])) for d in _TABLE)
