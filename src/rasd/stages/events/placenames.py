"""Whether two place mentions name two places, read from their words.

The gazetteer puts a village it does not know at its town (``قرية عبطين`` at Aleppo), so two
mentions resolved to one point may still name two places; ACLED codes one event per place.
Used by :mod:`rasd.stages.events.merge` and :mod:`rasd.stages.events.where`.
"""

from __future__ import annotations

from rasd.text import normalize_key

__all__ = ["named_apart", "names_an_area", "settlement_of_its_own"]

#: Words of a place mention that name no place of their own: place nouns (``قرية``, ``حي``),
#: the area or side around a place (``ريف``, ``أطراف``, ``شمال``). Normalized keys.
_GENERIC_PLACE_WORDS = frozenset(normalize_key(w) for w in (
    "حي", "أحياء", "شارع", "ساحة", "ميدان", "دوار", "منطقة", "منطقتي", "مناطق", "بلدة", "بلدتي", "بلدات",
    "قرية", "قريتي", "قرى", "مدينة", "مدينتي", "مخيم", "محافظة", "محافظتي", "ولاية", "إقليم", "مديرية",
    "مديريتي", "قضاء", "ناحية", "العاصمة", "ريف", "أطراف", "محيط", "ضواحي", "وسط", "شمال", "جنوب", "شرق",
    "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "الشمالي", "الجنوبي", "الشرقي", "الغربي"))


def _name_words(text: str) -> frozenset[str]:
    """The words of a place mention that name the place (``قرية عبطين`` -> ``عبطين``), without
    the article (``الخالدية`` and ``خالدية`` are one name)."""
    words = [w for w in normalize_key(text).split() if w not in _GENERIC_PLACE_WORDS]
    return frozenset(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words)


def named_apart(text_a: str, text_b: str) -> bool:
    """Whether two place mentions name two places: each has a name word and they share none
    (``قرية عبطين`` and ``حلب``; not ``حلب`` and ``ريف حلب``, nor ``الفلوجة`` and ``قضاء الفلوجة``,
    nor ``مثلث العند`` and ``قاعدة العند``)."""
    wa, wb = _name_words(text_a), _name_words(text_b)
    return bool(wa) and bool(wb) and not wa & wb


#: Nouns that introduce a settlement of its own (``قرية عبطين``, ``بلدة بيت أمر``), not a part of
#: a town (``حي``, ``منطقة``).
_SETTLEMENT_NOUNS = frozenset(normalize_key(w) for w in ("قرية", "قريتي", "قرى", "بلدة", "بلدتي", "بلدات"))
#: What, right after a place, locates it in a town's countryside (``عبطين بريف حلب``).
_COUNTRYSIDE = frozenset(normalize_key(w) for w in ("بريف", "ريف"))


def settlement_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether the place mention ``text[start:end]`` is told as a village or small town of its
    own: a settlement noun opens it or stands right before it (``قرية عبطين``, ``وبلدة الكرك``),
    or a countryside follows it (``عبطين بريف حلب``, ``في ريف درعا``)."""
    before = normalize_key(text[max(0, start - 12):start]).split()
    own = normalize_key(text[start:end]).split()
    after = normalize_key(text[end:end + 12]).split()
    nouns = [w[1:] if w[:1] in ("و", "ب") and w[1:] in _SETTLEMENT_NOUNS else w for w in (before[-1:] + own[:1])]
    if any(w in _SETTLEMENT_NOUNS for w in nouns):
        return True
    return bool(after) and (after[0] in _COUNTRYSIDE or (after[0] in ("في", "ب") and after[1:2] == ["ريف"]))


#: Words that make a mention the area or side around a place (``ريف حلب``, ``جنوب غربي كركوك``):
#: such an area holds the villages around the place.
_AREA_WORDS = frozenset(normalize_key(w) for w in (
    "ريف", "بريف", "أطراف", "محيط", "ضواحي", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
    "الشمالي", "الجنوبي", "الشرقي", "الغربي"))


def names_an_area(text: str) -> bool:
    """Whether the place mention ``text`` names the area or a side around a place (``ريف حلب``,
    ``جنوب غربي كركوك``) rather than the place itself."""
    return any(w in _AREA_WORDS for w in normalize_key(text).split())
