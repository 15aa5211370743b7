"""Foreign place names spelled one letter away from the gazetteer's Arabic spelling.

Arabic spellings of foreign names vary in their long vowels (``كانبيرا`` / ``كانبرا``,
``نيوزيلاندا`` / ``نيوزيلندا``), in the letter chosen for a sound Arabic lacks (``جوزا`` /
``غوزا`` for Gwoza) and in doubled letters. :func:`variant_key` looks an unknown word up once
more with one such change (``rasd/data/places/spelling_variants.json``): only where the context
already says a place may stand (a preposition, a place word or a list of places before it),
only for a word rare in running Arabic, and only where the variant names a country, a
first-level division or a large town.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasd.kb.gazetteer import KIND_ADMIN1, KIND_COUNTRY, Gazetteer, GeoMatch
from rasd.stages.places.words import K_PREFIXES, strip_article, word_stems
from rasd.text import load_data, normalize_key

__all__ = ["spellings", "variant_key", "variant_reading"]

_NO_VARIANT_PREFIXES = K_PREFIXES | frozenset({"س", "وس", "فس"})  # (ساندرا is no س + Andorra)


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    data: dict[str, Any] = load_data("places/spelling_variants.json")
    return data


@lru_cache(maxsize=1)
def _swaps() -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for a, b in _table()["swaps"]:
        a, b = normalize_key(a), normalize_key(b)
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def spellings(key: str) -> list[str]:
    """The spellings one change away from ``key`` (a normalised word without its article): a
    vowel letter inside it left out or added, one letter swapped for another of its sound, a
    doubled letter written once. The first and last letters keep their place."""
    vowels = tuple(normalize_key(v) for v in _table()["vowel_letters"])
    swaps = _swaps()
    out: list[str] = []
    for i in range(1, len(key) - 1):
        if key[i] in vowels:
            out.append(key[:i] + key[i + 1 :])
        if key[i] == key[i - 1]:
            out.append(key[:i] + key[i + 1 :])
    for i in range(1, len(key)):
        out.extend(key[:i] + v + key[i:] for v in vowels if key[i - 1] not in vowels and key[i] not in vowels)
    for i, ch in enumerate(key):
        out.extend(key[:i] + other + key[i + 1 :] for other in swaps.get(ch, ()))
    seen: set[str] = {key}
    return [s for s in out if not (s in seen or seen.add(s))]  # type: ignore[func-returns-value]


def _well_known(c: GeoMatch) -> bool:
    return c.kind in (KIND_COUNTRY, KIND_ADMIN1) or c.population >= int(_table()["min_population"])


def variant_key(gaz: Gazetteer, stem: str) -> tuple[str, list[GeoMatch]] | None:
    """The gazetteer key one spelling change away from the unknown word ``stem`` (normalised,
    proclitics split off) and its well-known readings; ``None`` when the word is short, ends
    as Arabic nouns and verbs do and foreign names rarely do (ة, a plural, a pronoun: مهارة،
    الدورات، وجوده), is frequent in running Arabic, a common or stop word, or when no change
    (or more than one) leads to a well-known place."""
    key = strip_article(stem)
    table = _table()
    if (len(key) < int(table["min_letters"]) or " " in key or gaz.has_key(key) or key in gaz.never
            or key.endswith(tuple(table["arabic_endings"]))
            or any(gaz.is_common(form) or form in gaz.stop_words or gaz.zipf(form) > float(table["max_zipf"])
                   for form in (stem, key))):
        return None
    found: dict[str, list[GeoMatch]] = {}
    for spelling in spellings(key):
        if gaz.has_key(spelling) and spelling not in gaz.never:
            known = [c for c in gaz.candidates(spelling) if _well_known(c)]
            if known:
                found[spelling] = known
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def variant_reading(gaz: Gazetteer, word: str, located: bool) -> tuple[int, str, list[GeoMatch]] | None:
    """(proclitic length, key, readings) of the first reading of ``word`` (as written) that
    :func:`variant_key` finds; only where ``located`` (the context says a place may stand
    there) or a proclitic ب says so itself (بنيوزيلاندا), never after ك or س."""
    for plen, stem in word_stems(word):
        proclitic = normalize_key(word[:plen])
        if proclitic in _NO_VARIANT_PREFIXES or not (located or "ب" in proclitic):
            continue
        found = variant_key(gaz, stem)
        if found is not None:
            return plen, found[0], found[1]
    return None
