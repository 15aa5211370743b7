"""Whether two place mentions name two places, read from their words.

The gazetteer puts a village it does not know at its town (``قرية عبطين`` at Aleppo), so two
mentions resolved to one point may still name two places; ACLED codes one event per place.
Used by :mod:`rasd.stages.events.merge_places` and :mod:`rasd.stages.events.where`; the word
lists are ``rasd/data/events/placenames.json``.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.text import load_data, normalize_key

__all__ = ["dual_place_nouns", "named_apart", "names_an_area", "opens_an_area", "settlement_of_its_own", "skeleton"]


@lru_cache(maxsize=16)
def _words(*lists: str) -> frozenset[str]:
    """The normalized keys of the words of ``placenames.json``'s lists ``lists``."""
    data = load_data("events/placenames.json")
    return frozenset(normalize_key(w) for name in lists for w in data[name])


def dual_place_nouns() -> frozenset[str]:
    """The normalized keys of the dual place nouns (``قريتي``, ``بلدتا``, ``مديريتي``): the noun
    before two places named together (``بلدتي نبل والزهراء``)."""
    return _words("dual_place_nouns")


def _generic_place_words() -> frozenset[str]:
    """Words of a place mention that name no place of their own: place nouns (``قرية``, ``حي``),
    the area or side around a place (``ريف``, ``أطراف``, ``شمال``) or its middle (``وسط``)."""
    return _words("settlement_nouns", "other_place_nouns", "around_words", "centre_words")


def _name_words(text: str) -> frozenset[str]:
    """The words of a place mention that name the place (``قرية عبطين`` -> ``عبطين``), without
    the article (``الخالدية`` and ``خالدية`` are one name)."""
    generic = _generic_place_words()
    words = [w for w in normalize_key(text).split() if w not in generic]
    return frozenset(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words)


def named_apart(text_a: str, text_b: str) -> bool:
    """Whether two place mentions name two places: each has a name word and they share none
    (``قرية عبطين`` and ``حلب``; not ``حلب`` and ``ريف حلب``, nor ``الفلوجة`` and ``قضاء الفلوجة``,
    nor ``مثلث العند`` and ``قاعدة العند``)."""
    wa, wb = _name_words(text_a), _name_words(text_b)
    return bool(wa) and bool(wb) and not wa & wb


def settlement_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether the place mention ``text[start:end]`` is told as a village or small town of its
    own: a settlement noun opens it or stands right before it (``قرية عبطين``, ``وبلدة الكرك``),
    or a countryside follows it (``عبطين بريف حلب``, ``في ريف درعا``). The settlement nouns
    (``settlement_nouns``) are nouns of a place of its own, not of a part of a town (``حي``)."""
    settlement_nouns, countryside = _words("settlement_nouns"), _words("countryside")
    before = normalize_key(text[max(0, start - 12):start]).split()
    own = normalize_key(text[start:end]).split()
    after = normalize_key(text[end:end + 12]).split()
    nouns = [w[1:] if w[:1] in ("و", "ب") and w[1:] in settlement_nouns else w for w in (before[-1:] + own[:1])]
    if any(w in settlement_nouns for w in nouns):
        return True
    return bool(after) and (after[0] in countryside or (after[0] in ("في", "ب") and after[1:2] == ["ريف"]))


def names_an_area(text: str) -> bool:
    """Whether the place mention ``text`` names the area or a side around a place (``ريف حلب``,
    ``جنوب غربي كركوك``) rather than the place itself: one of its words is an around word or a
    countryside (``بريف``). Such an area holds the villages around the place."""
    area_words = _words("around_words", "countryside")
    return any(w in area_words for w in normalize_key(text).split())


@lru_cache(maxsize=1)
def _area_openers() -> tuple[str, ...]:
    return tuple(sorted(_words("area_openers")))


def opens_a_district(text: str) -> bool:
    """Whether the place mention ``text`` opens on the noun of an administrative district
    (``محافظة الطوال``, ``مديرية لودر``; ``district_nouns``): a district of its own."""
    words = normalize_key(text).split()
    return bool(words) and words[0] in _words("district_nouns")


def opens_on_a_part(text: str) -> bool:
    """Whether the place mention ``text`` opens on the noun of a part of a town or an area
    (``شارع الستين``, ``حي الزنوج``, ``منطقة عقاقة``, ``مخيم عايدة``; ``other_place_nouns``)."""
    words = normalize_key(text).split()
    return bool(words) and words[0] in _words("other_place_nouns") and words[0] not in _words("district_nouns")


def opens_an_area(text: str) -> bool:
    """Whether the place mention ``text`` opens on a word of an area that holds the places named
    with it (``ريف حلب``, ``محافظة إدلب``; ``area_openers``), not one more place of its own."""
    return normalize_key(text).startswith(_area_openers())


#: The long vowels and the letters a name's spellings differ in (``بركي برك``, ``بركي براك``).
_VOWELS = str.maketrans({"ا": None, "و": None, "ي": None, "ى": None, "ة": "ه"})


def skeleton(name: str) -> str:
    """A name without its long vowels: the one key of its spellings (``بركي براك`` -> ``برك برك``)."""
    return name.translate(_VOWELS)
