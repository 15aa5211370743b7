"""The word index of the place matcher: what each word of a text may be, judged once per
word as written and kept (a few dozen thousand distinct words in a day of news), so that
:func:`rasd.stages.places.match.find_mentions` reads a word for a name only where one may
begin: a word that begins a gazetteer name (alone, or with the next word: one set look-up of
the words that follow it in a name), or one after a word that opens a guess (a place word,
a direction, a preposition)."""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter

from rasd.kb.gazetteer import KIND_CITY, Gazetteer, GeoMatch
from rasd.stages.places.compass import ADJECTIVES, NOUNS
from rasd.stages.places.words import (
    K_PREFIXES,
    PREPOSITIONS,
    PlaceWord,
    strip_article,
    trigger_lookup,
    trigger_of,
    word_stems,
)
from rasd.text import normalize_key

__all__ = [
    "LOCATED_AFTER",
    "LONGER",
    "NAME",
    "OPENS",
    "ORG",
    "beginnings",
    "licence_of",
    "described_noun",
    "lookup_key",
    "with_town_named",
    "name_readings",
    "org_readings",
    "read_kind",
    "second_words",
    "skeleton_licence",
    "word_kind",
]

LOCATED_AFTER = frozenset(normalize_key(w) for w in ("على", "محيط", "أطراف"))

SKELETON_WORDS = frozenset(normalize_key(w) for w in (
    "ريف", "قرب", *NOUNS, *ADJECTIVES, "مطار", "معبر", "ميناء",
))


def skeleton_licence(text: str, w: PlaceWord) -> str | None:
    """Whether the word before an unknown name makes it a place worth a Latin-name search, and
    how: ``town`` after a town or district word, ``admin`` after a division word (منطقة،
    ولاية، إقليم), ``near`` after a direction, ريف، قرب، مطار، معبر، ميناء (not وسط: وسط دمار)."""
    kind = trigger_of(text, w)
    if kind in ("town", "district", "admin"):
        return kind if kind == "admin" else "town"
    if kind == "landmark":
        return "near"
    if kind == "area":
        return "anchor"
    if any(stem in SKELETON_WORDS for _p, stem in word_stems(text[w.start : w.end])):
        return "near"
    return None


# Judgements on one word that read nothing but its surface, kept per surface (a few dozen
# thousand distinct words in a day of news): each word of a document is then one look-up.
SURFACES = 1 << 15


@lru_cache(maxsize=SURFACES)
def licence_of(word: str) -> str | None:
    """:func:`skeleton_licence` of a word as written (it reads nothing else)."""
    return skeleton_licence(word, PlaceWord(0, len(word), normalize_key(word), False))


@lru_cache(maxsize=SURFACES)
def org_readings(gaz: Gazetteer, word: str) -> tuple[tuple[str, int], ...]:
    """(stem, most words) for the readings of ``word`` that begin an organisation's name."""
    return tuple((stem, n) for _p, stem in word_stems(word) if (n := gaz.org_longest_from(stem)))


@lru_cache(maxsize=SURFACES)
def name_readings(gaz: Gazetteer, word: str) -> tuple[tuple[int, str], ...]:
    """(prefix length, stem) for the readings of ``word`` that begin a gazetteer name, unsplit
    first; ك ("like") before a place name is rare and its splits mostly false (كمينا -> Minna),
    and the future prefix س comes only before a verb, never a name (سجنان is Sejnane, not
    س + Jinan; وسرمين is و + Sarmin)."""
    return tuple((p, s) for p, s in word_stems(word)
                 if (p == 0 or normalize_key(word[:p]) not in _NO_NAME_PREFIXES) and gaz.longest_from(s))


_NO_NAME_PREFIXES = K_PREFIXES | frozenset({"س", "وس", "فس"})


NAME, LONGER, OPENS, ORG = 1, 2, 4, 8


def lookup_key(gaz: Gazetteer, phrase: str) -> str:
    """The gazetteer key of a normalised phrase: the article dropped, unless the bare form is
    a word that is never a place and the phrase with its article is a name of its own (a
    definite key, :func:`rasd.kb.gazetteer_build.landmark_key`: ``العند``, not ``عند``)."""
    key = strip_article(phrase)
    if key != phrase and key in gaz.never and gaz.has_key(phrase):
        return phrase
    return key


@lru_cache(maxsize=4)
def _telling(gaz: Gazetteer) -> frozenset[str]:
    """Every normalised stem (with the article or without) that can give a word a kind: the
    first words of names and of organisations, place words, :data:`SKELETON_WORDS`,
    prepositions and :data:`LOCATED_AFTER`. A word none of whose readings is one of these
    is of kind 0."""
    return frozenset((*gaz.first_words, *gaz.org_first_words, *trigger_lookup(), *SKELETON_WORDS,
                      *PREPOSITIONS, *LOCATED_AFTER))


def _may_tell(gaz: Gazetteer, word: str) -> bool:
    """Whether a reading of ``word`` (a stem, with its article or without) is in :func:`_telling`."""
    telling = _telling(gaz)
    stems = list(map(itemgetter(1), word_stems(word)))
    # (the stems as they are looked up in C; a loop only for those with the article)
    return not telling.isdisjoint(stems) or any(stem[2:] in telling for stem in stems if stem[:2] == "ال")


@lru_cache(maxsize=SURFACES)
def word_kind(gaz: Gazetteer, word: str) -> int:
    """What ``word`` may be for :func:`_match_at`, as bits: ``NAME`` a reading of it alone is
    a name it may read; ``LONGER`` a reading begins a name of several words; ``OPENS`` it
    may stand before an unknown name that is tried (a place word, a direction, a preposition,
    على/محيط/أطراف); ``ORG`` a reading begins an organisation's name. A word that is none of
    the first three, after a word that does not open a guess, begins no mention."""
    if not _may_tell(gaz, word):
        return 0  # most words: nothing in read_kind can hold
    return read_kind(gaz, word)


def read_kind(gaz: Gazetteer, word: str) -> int:
    """:func:`word_kind` read in full, without the test that most words fail first."""
    kind = 0
    for _p, stem in name_readings(gaz, word):
        key = lookup_key(gaz, stem)
        if gaz.has_key(key) and key not in gaz.never and (len(key) >= 3 or key in gaz.trigger_only):
            kind |= NAME
        if gaz.longest_from(stem) > 1:
            kind |= LONGER
    if licence_of(word) is not None or any(  # (العاصمة: only a well-known place one spelling away)
            stem in PREPOSITIONS or stem in LOCATED_AFTER or trigger_lookup().get(stem) == "capital"
            for _p, stem in word_stems(word)):
        kind |= OPENS
    if org_readings(gaz, word):
        kind |= ORG
    return kind


@lru_cache(maxsize=SURFACES)
def second_words(gaz: Gazetteer, word: str) -> frozenset[str]:
    """The normalised words that follow a reading of ``word`` in a name of several words."""
    return frozenset().union(*(gaz.second_words(stem) for _p, stem in name_readings(gaz, word)))


def beginnings(gaz: Gazetteer, words: list[PlaceWord], surfaces: list[str], kinds: list[int]) -> list[bool]:
    """For each word, whether a mention may begin there (``kinds``: the words'
    :func:`word_kind`): one look-up per word, and a set look-up for the next word where a
    word begins a longer name."""
    last = len(words) - 1
    return [
        bool(k & NAME)
        or bool(k & LONGER and j < last and words[j + 1].joined and words[j + 1].norm in second_words(gaz, surfaces[j]))
        or bool(j and words[j].joined and kinds[j - 1] & OPENS)
        for j, k in enumerate(kinds)
    ]


def with_town_named(gaz: Gazetteer, cands: list[GeoMatch], rest: str) -> list[GeoMatch]:
    """The readings of a name that opens with a town word (``مدينة زنجبار``, an Arabic name of
    Zanzibar City) and the towns the rest of it names (Zinjibar, Yemen): the story's places
    choose between them, as for the bare name."""
    key = lookup_key(gaz, rest)
    if not gaz.has_key(key) or key in gaz.never:
        return cands
    seen = {c.index for c in cands}
    more = [c for c in gaz.candidates(key) if c.kind == KIND_CITY and c.index not in seen]
    return cands + more if more else cands


def described_noun(text: str, words: list[PlaceWord], i: int) -> bool:
    """Word ``i`` is followed by an indefinite feminine relative adjective (``قرب محال تجارية``,
    shops, not Mahawil): a common noun so described, not an unknown place's name (a place name
    is definite, and so is an adjective after it: الكرك الشرقي). A masculine -ي may be the second
    word of a name (مالام فاتوري)."""
    if i + 1 >= len(words) or not words[i + 1].joined:
        return False
    nxt = words[i + 1]
    norm = nxt.norm
    definite = norm.startswith(("ال", "لل")) or (norm[:1] in "وفبلك" and norm[1:].startswith("ال"))  # بالمدفعية
    return len(norm) >= 5 and not definite and not norm.startswith("و") and norm.endswith("يه") and trigger_of(text, nxt) is None
