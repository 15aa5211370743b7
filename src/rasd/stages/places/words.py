"""The words of a text as the place matcher reads them: offsets, normalised forms, proclitic
stems, and the place words (triggers) and function words around names."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, repeat
from operator import sub
from typing import Any, NamedTuple

from rasd.stages.places.compass import ADVERBS, DEFINITE_ADJECTIVES, NOUNS
from rasd.text import load_data, normalize_key, tokenize
from rasd.tokens import PLAIN_LETTERS, TokenLayer, is_arabic_kind, reading

__all__ = [
    "COMPASS_ADJECTIVES",
    "definite_place_word",
    "CONJUNCTIONS",
    "FUNCTION_WORDS",
    "K_PREFIXES",
    "NAME_STARTS",
    "OPENING_MARKS",
    "PLAIN_LETTERS",
    "PREPOSITIONS",
    "PlaceWord",
    "broken_plural",
    "descriptive",
    "descriptor_form",
    "generic_place_noun",
    "quoted_name",
    "has_article",
    "place_triggers",
    "plausible_after_division",
    "prefix_len",
    "read_words",
    "strip_article",
    "strip_prefix",
    "trigger_kind",
    "trigger_lookup",
    "two_sense_division",
    "words_of_kind",
    "trigger_of",
    "word_stems",
]


class PlaceWord(NamedTuple):
    """An Arabic word of the text (a named tuple: a text's words are made in C)."""

    start: int
    end: int
    norm: str
    joined: bool  # joined to the previous word by only spaces or a hyphen


@lru_cache(maxsize=1)
def place_triggers() -> dict[str, tuple[str, ...]]:
    data: dict[str, Any] = load_data("places/triggers.json")
    return {k: tuple(normalize_key(w) for w in v) for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def trigger_lookup() -> dict[str, str]:
    out: dict[str, str] = {}
    for kind in ("landmark", "area", "town", "district", "admin", "near", "capital"):
        for w in place_triggers()[kind]:
            out[w] = kind
    return out


@lru_cache(maxsize=1)
def _two_sense_words() -> frozenset[str]:
    triggers = place_triggers()
    return frozenset(triggers["admin"]) & frozenset(triggers["area"])


def two_sense_division(text: str, w: PlaceWord) -> bool:
    """Whether word ``w`` is a division word that is also a plain area word (``منطقة``: a
    province in Saudi Arabia, an area or quarter elsewhere), so that it says less about the
    kind of place after it than ``محافظة`` or ``ولاية`` do."""
    return words_of_kind(text, w, _two_sense_words())


def words_of_kind(text: str, w: PlaceWord, words: frozenset[str] | tuple[str, ...]) -> bool:
    """Whether word ``w`` (with or without its proclitics) is one of ``words`` (normalised)."""
    return any(stem in words for _p, stem in word_stems(text[w.start : w.end]))


def trigger_kind(stem: str) -> str | None:
    """The kind of place word a normalised word is (``town``, ``district``, ``admin``, ``near``
    ...), or ``None``."""
    return trigger_lookup().get(stem)


def strip_article(key: str) -> str:
    if key.startswith("ال") and len(key) > 4 and key[2] != " ":
        return key[2:]
    return key


@lru_cache(maxsize=16_384)
def _norm(word: str) -> str:
    return normalize_key(word)


def read_words(text: str) -> list[PlaceWord]:
    """The Arabic words of ``text`` (read from its token layer where it has one, and then
    kept with it: the mentions and the landmarks of a text both read them; each caller gets
    a list of its own)."""
    layer = TokenLayer.get(text)
    return list(layer.view("places.words", _layer_words)) if layer is not None else _scanned_words(text)


def _scanned_words(text: str) -> list[PlaceWord]:
    out: list[PlaceWord] = []
    prev_end = -1
    tokens = ((t.start, t.end, t.kind, _norm(text[t.start : t.end])) for t in tokenize(text))
    for start, end, kind, key in tokens:
        if kind != "ar":
            if kind == "punct" and text[start:end] == "-":
                continue
            prev_end = -1
            continue
        if prev_end < 0:
            joined = False
        elif start - prev_end == 1 and text[prev_end] == " ":  # the usual gap: one space
            joined = True
        else:
            joined = text[prev_end:start].replace("-", " ").strip() == ""
        out.append(PlaceWord(start, end, key, joined))
        prev_end = end
    return out


def _layer_words(layer: TokenLayer) -> list[PlaceWord]:
    """:func:`read_words` from a token layer. Only blanks stand between two tokens (every
    other character is in one), so a word is joined to the previous one exactly when the
    nearest token before it other than a hyphen is an Arabic word."""
    kinds, surfaces = layer.kinds, layer.surfaces
    arabic = [*map(is_arabic_kind, kinds), False]  # (index -1, before the first token: no word)
    at = list(compress(range(len(kinds)), arabic))
    joined: list[bool]
    if "-" not in surfaces:  # the token before each word decides, read in C
        joined = list(map(arabic.__getitem__, map(sub, at, repeat(1))))
    else:
        joined = []
        for i in at:
            k = i - 1
            while k >= 0 and surfaces[k] == "-":
                k -= 1
            joined.append(k >= 0 and kinds[k] == "ar")
    starts, ends, keys = layer.starts, layer.ends, layer.keys
    rows = zip(map(starts.__getitem__, at), map(ends.__getitem__, at), map(keys.__getitem__, at), joined, strict=True)
    return list(map(tuple.__new__, repeat(PlaceWord), rows))




@lru_cache(maxsize=16_384)  # a look-up in C for the words asked again and again
def word_stems(word: str) -> tuple[tuple[int, str], ...]:
    """(prefix length, normalised stem) readings of a word, unsplit first (the word's
    shared :class:`rasd.tokens.Reading`; a stem's key is the word's key cut at the proclitic
    where the word is of :data:`PLAIN_LETTERS` only)."""
    return reading(word).stems


def plausible_after_division(stem: str) -> bool:
    """An unknown word after منطقة/ولاية is read as a name only if it does not look like the
    feminine or definite adjective that usually follows (منطقة عازلة، المنطقة الحدودية)."""
    return not stem.startswith("ال") and not stem.endswith(("ه", "يه", "ات")) and len(stem) >= 4


def trigger_of(text: str, w: PlaceWord) -> str | None:
    look = trigger_lookup()
    raw = text[w.start : w.end]
    for _p, stem in word_stems(raw):
        kind = look.get(stem)
        if kind and not (stem == "والي" and ("إ" in raw or "ى" in raw)):  # وإلى ("and to") is not والي
            return kind
    return None


K_PREFIXES = frozenset({"ك", "وك", "فك", "كال", "وكال", "فكال"})


# first words of two-word names (بن قردان، عين عيسى، دير حافر)
NAME_STARTS = frozenset(normalize_key(w) for w in ("بن", "بني", "بيت", "عين", "دير", "تل", "كفر", "جسر", "رأس", "راس", "أبو", "ابو", "أم", "ام", "بير", "بئر", "سيدي", "خان", "قصر", "جبل", "وادي", "حاسي", "مزرعة", "عين"))


PREPOSITIONS = frozenset(normalize_key(w) for w in ("في", "من", "إلى", "الى", "قرب", "حتى", "نحو", "باتجاه"))


# a name never ends in the conjunction أن / إن as written with its hamza (يان آن is Yan'an)
CONJUNCTIONS = frozenset(("أن", "إن", "أنّ", "إنّ"))


def broken_plural(norm: str) -> bool:
    """A five-letter word of the pattern فعالل / مفاعل (عناصر، مناطق، مصادر، شوارع): a
    broken plural, a common noun rather than an unknown place name."""
    return len(norm) == 5 and norm[2] == "ا" and "ا" not in (norm[0], norm[1], norm[3], norm[4])


FUNCTION_WORDS = frozenset(normalize_key(w) for w in (
    "في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "إن", "أن", "ان", "حول", "نحو", "ضد", "مثل",
    "و", "أو", "او", "ثم", "لدى", "عند", "منذ", "حتى", "تجاه", "داخل", "خارج", "قال", "وقال", "أعلنت",
    *ADVERBS,
))


def has_article(word: str, plen: int, stem: str) -> bool:
    """Whether a reading carries the article, in the stem or the proclitic (بال، لل)."""
    prefix = normalize_key(word[:plen])
    return stem.startswith("ال") or prefix.endswith("ال") or prefix.endswith("لل")


def strip_prefix(two: str) -> str:
    for p in ("وب", "و", "ب", "ف", "ل"):
        if two.startswith(p) and two[len(p) :].split(" ")[0] in NOUNS:
            return two[len(p) :]
    return two


def definite_place_word(text: str, w: PlaceWord) -> bool:
    """Whether word ``w`` is a place word only with its article read off (``بالسجن``،
    ``المدينة``): a definite noun is not the first term of a construct, so the name after it
    is not the place it names (``قضت بالسجن خمس سنوات``)."""
    look = trigger_lookup()
    readings = [p for p, stem in word_stems(text[w.start : w.end]) if stem in look]
    return bool(readings) and all(text[w.start : w.start + p].endswith("ال") for p in readings)


def prefix_len(text: str, w: PlaceWord) -> int:
    look = trigger_lookup()
    for p, stem in word_stems(text[w.start : w.end]):
        if stem in look:
            return p
    return 0


def descriptive(stem: str) -> bool:
    """A definite relative adjective between a name and its qualifier (``بلدة ... الساحلية في
    إقليم ...``)."""
    return stem.startswith("ال") and stem.endswith("يه") and len(stem) >= 7


def descriptor_form(form: str) -> bool:
    """A word after a place word that says what kind of place it is, not which: a relative
    adjective (حي شعبي، الملعب الرياضي), a participle of the pattern متفعل (مستشفى متخصص), a
    phrase with a preposition (معسكر للقوات)."""
    words = form.split(" ")
    first = words[1] if len(words) > 1 and trigger_kind(strip_article(words[0])) is not None else words[0]
    return first.endswith(("ي", "يه")) or (first.startswith("مت") and len(first) >= 5) or first.startswith(("لل", "ل", "ب"))


# a division named by a generic noun and one of these is a side or a region of anything
COMPASS_ADJECTIVES = frozenset((*(normalize_key(w) for w in DEFINITE_ADJECTIVES if w.endswith("ة")), "الوسطي"))


def generic_place_noun(word: str) -> bool:
    """A place word or ``جهة`` (side), the first word of a name such as الجهة الشرقية (not
    كارولاينا الجنوبية)."""
    bare = strip_article(word)
    return bare == "جهه" or trigger_kind(bare) is not None


OPENING_MARKS = ("«", '"', "“", "(")


def quoted_name(text: str, start: int) -> bool:
    """Whether the name that begins at ``start`` opens with a quotation mark (``جبهة «دوفس»``;
    see :func:`rasd.stages.places.match.find_mentions`)."""
    return text[max(0, start - 2) : start].strip()[-1:] in OPENING_MARKS
