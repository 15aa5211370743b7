"""Unknown names (part of the places stage): where a name the gazetteer does not know ends
(:func:`name_continues`), and the one known name a foreign word may be a spelling of
(:func:`spelling_variant`: كانبيرا for كانبرا, كويتا for كويته, اجري for اغري)."""

from __future__ import annotations

from rasd.kb.gazetteer import KIND_ADMIN1, KIND_CITY, KIND_COUNTRY, Gazetteer, GeoMatch
from rasd.stages.places.words import (
    FUNCTION_WORDS,
    NAME_STARTS,
    PREPOSITIONS,
    PlaceWord,
    descriptive,
    place_triggers,
    strip_article,
    trigger_of,
    word_stems,
)
from rasd.text import normalize_key

__all__ = ["MAX_UNKNOWN_WORDS", "RELATIVE_PARTICIPLES", "clause_word", "name_continues", "spelling_variant", "spelling_variants"]

MAX_UNKNOWN_WORDS = 3
# participles that open a relative clause after a name (حي X الخاضع لسيطرة المعارضة)
RELATIVE_PARTICIPLES = frozenset(normalize_key(w) for w in (
    "الخاضع", "الخاضعة", "الخاضعتين", "الخاضعين", "الواقع", "الواقعة", "التابع", "التابعة",
    "المجاور", "المجاورة", "القريب", "القريبة", "المحاذي", "المحاذية", "المحاصر", "المحاصرة",
))


# direction adjectives that end a village's name (الكرك الشرقي، العكر الشرقي)
_DIRECTIONS = frozenset(normalize_key(w) for w in (
    "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشرقية", "الغربية", "الشمالية", "الجنوبية",
))


def name_continues(gaz: Gazetteer, text: str, words: list[PlaceWord], j: int) -> bool:
    """Whether word ``j`` may continue an unknown name (``كاورا نامودا``): joined to it, and
    not a place word, link, function word, conjunction, adjective, demonym, common word, or
    the start of a known name (``حي النصر بالموصل``)."""
    w = words[j]
    if not w.joined or w.norm.startswith("و") or len(w.norm) < 2 or trigger_of(text, w) is not None:
        return False
    links = place_triggers()["qualifier_links"]
    for p, stem in word_stems(text[w.start : w.end]):
        if stem in links or stem in RELATIVE_PARTICIPLES or stem in FUNCTION_WORDS or stem in PREPOSITIONS or descriptive(stem):
            return False
        if gaz.longest_from(stem):  # a known name (بالدمام، الرياض) is a place of its own
            return False
        if (p == 0 or w.norm[:1] in "بل") and stem not in _DIRECTIONS and gaz.is_common(strip_article(stem)):
            return False  # a common word (الاستراتيجي) or a phrase (بهدف، بمناسبة) after the name
    return (
        w.norm not in gaz.stop_words
        and strip_article(w.norm) not in gaz.never
        and gaz.demonym_country(text[w.start : w.end]) is None
    )


_PRONOUN_ENDINGS = ("ها", "هما", "هم", "هن", "كم", "كما", "تنا")


def clause_word(norm: str) -> bool:
    """A word that is no unknown place's name: و and a word (``مصفاة وتعاقدت``, ``الجبال
    ويربطها``: the sentence goes on), other than a word that opens names (وادي), or a word
    with a pronoun at its end (``منزلهما``, ``مقاتليهم``, ``أنديتنا``)."""
    return (norm.startswith("و") and len(norm) > 3 and norm not in NAME_STARTS) or norm.endswith(_PRONOUN_ENDINGS)


_VARIANT_TOWN = 100_000  # a spelling variant is read only as a country, a division or a city this large
_VOWEL_LETTERS_FROM = 5  # a long vowel is added or dropped only in a name of 5 letters or more
_SWAPS = (("ج", "غ"), ("غ", "ج"))  # Turkish ğ, Persian/Kurdish g


def spelling_variants(key: str) -> list[str]:
    """Other ways of writing a foreign one-word name: a long vowel written or not inside it
    (كانبيرا / كانبرا، نيوزيلاندا / نيوزيلندا), a final -a written ا for ة (كويتا / كويته), and
    the letters that stand for one Latin sound (Ağrı: اجري / اغري). Vowel letters are
    changed only in names of five letters or more."""
    out: list[str] = []
    for j in range(1, len(key) - 1 if len(key) >= _VOWEL_LETTERS_FROM else 1):
        if key[j] in "اوي":
            out.append(key[:j] + key[j + 1 :])
        else:
            out.extend(key[:j] + v + key[j:] for v in "اي" if key[j - 1] not in "اوي" and key[j] not in "اوي")
    if key.endswith("ا"):
        out.append(key[:-1] + "ه")  # (not the other way: a final ة is an Arabic noun's, ميزة is no Mesa)
    for a, b in _SWAPS:
        if a in key:
            out.append(key.replace(a, b))
    return [v for v in dict.fromkeys(out) if v != key]


def spelling_variant(gaz: Gazetteer, key: str, named: bool = False) -> tuple[str, list[GeoMatch]] | None:
    """The one known name (key and readings) that the unknown word ``key`` is a spelling
    variant of, where exactly one variant is a country, a division or a city of 100,000 or
    more, and neither the word nor a variant is a common word (the word may be one where a
    town or division word names it: ``ولاية أجري``, ``named``); else ``None``."""
    if " " in key or len(key) < 4 or key.startswith("ال") or (gaz.is_common(key) and not named):
        return None
    found: list[tuple[str, list[GeoMatch]]] = []
    for v in spelling_variants(key):
        if not gaz.has_key(v) or v in gaz.never:
            continue
        if gaz.is_common(v):
            return None
        big = [c for c in gaz.candidates(v) if c.kind in (KIND_COUNTRY, KIND_ADMIN1)
               or (c.kind == KIND_CITY and c.population >= _VARIANT_TOWN)]
        if big:
            found.append((v, big))
    return found[0] if len(found) == 1 else None
