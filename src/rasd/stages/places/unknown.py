"""Names no gazetteer table holds, read where their context says a place stands.

Three readers, each answering where such a name begins and ends (:mod:`rasd.stages.places.match`
makes the mentions): an unknown name after a place word (``بلدة كاورا نامودا``, tried later by
its Latin spelling), an unknown word after a preposition that may be a place with no Arabic
alias (``في كيسمايو``), and an unknown name after a preposition that only a known place right
after it can locate (``في تل الصوان بريف إدلب``). :func:`name_continues` says how far such a
name runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.kb.gazetteer import Gazetteer
from rasd.stages.places.compass import DEFINITE_ADJECTIVES
from rasd.stages.places.index import described_noun
from rasd.stages.places.words import (
    FUNCTION_WORDS,
    NAME_STARTS,
    PREPOSITIONS,
    PlaceWord,
    broken_plural,
    descriptive,
    place_triggers,
    plausible_after_division,
    quoted_name,
    strip_article,
    trigger_of,
    word_stems,
)
from rasd.text import normalize_key

__all__ = [
    "MAX_UNKNOWN_WORDS",
    "UnknownName",
    "located_name",
    "may_be_foreign_name",
    "name_continues",
    "named_after_place_word",
]


MAX_UNKNOWN_WORDS = 3


@dataclass(frozen=True, slots=True)
class UnknownName:
    """An unknown name after a place word: where it starts, the ends of its readings (shortest
    first), its last word, its key and whether only a known place after it may place it."""

    start: int
    ends: list[int]
    last: int
    key: str
    needs_anchor: bool


def named_after_place_word(
    gaz: Gazetteer, text: str, words: list[PlaceWord], i: int, licence: str,
) -> UnknownName | None:
    """The unknown name that begins at word ``i`` right after a place word whose licence
    (:func:`rasd.stages.places.index.licence_of`) is ``licence``; ``None`` where the word
    cannot open one (a place word itself, a described noun, a common word nothing locates)."""
    word = text[words[i].start : words[i].end]
    plen, stem = word_stems(word)[0]
    # a quoted name (منطقة "سانجاق تيبيه"): its marks say where it ends, whatever its first word
    quoted = quoted_name(text, words[i].start) and i + 1 < len(words) and words[i + 1].joined
    last = i + 1 if i + 1 < len(words) and words[i + 1].joined and (words[i].norm in NAME_STARTS or quoted) else i
    key = strip_article(normalize_key(stem))
    needs_anchor = licence == "anchor" or (
        licence == "admin" and not (last == i and plausible_after_division(normalize_key(stem))))
    if key in gaz.never or words[i].norm in gaz.stop_words:
        # a common word after a town or landmark word may be a name (بلدة الشجرة، جبل
        # الأكراد): only where a known place after it says where it is
        needs_anchor = needs_anchor or trigger_of(text, words[i - 1]) in ("town", "landmark")
        common_ok = needs_anchor and licence != "admin"
    else:
        common_ok = True
    if not (
        (len(stem) >= 3 or last > i)
        and common_ok
        and trigger_of(text, words[i]) is None
        and not (last == i and described_noun(text, words, i))
        and not (needs_anchor and ((last > i and words[i].norm not in NAME_STARTS and not quoted)
                                   or gaz.demonym_country(word) is not None))
    ):
        return None
    start = words[i].start + plen
    ends = [words[last].end]
    while last + 1 < len(words) and last - i < MAX_UNKNOWN_WORDS - 1 and name_continues(gaz, text, words, last + 1):
        last += 1
        ends.append(words[last].end)
    # the key is the first word (whose commonness is judged), or both words of a name
    # that begins with بيت، عين، تل ... (بيت أمر)
    two = words[i].norm in NAME_STARTS and last > i
    key = strip_article(f"{normalize_key(stem)} {words[i + 1].norm}" if two else stem)
    return UnknownName(start, ends, last, key, needs_anchor)


def may_be_foreign_name(gaz: Gazetteer, text: str, words: list[PlaceWord], i: int, word: str) -> bool:
    """Whether word ``i`` (``word`` as written), after a preposition, may be a place with no
    Arabic alias (``في كيسمايو``): long enough, no article, no plural or verb form, no common
    word, place word or demonym."""
    norm = words[i].norm
    return (
        len(norm) >= 4
        and not (norm in NAME_STARTS and i + 1 < len(words) and words[i + 1].joined)  # في وادي سر: two words
        and norm[0] not in "اي"  # elatives and verbs: اكبر، يقول
        and not norm.endswith(("ات", "ين", "ون", "ها", "ه"))  # ه: ة, nouns such as محاولة
        and not broken_plural(norm)  # من عناصر الحشد: not a name (its skeleton is Nasiriyah's)
        and not norm.startswith("ال")
        and norm not in gaz.stop_words
        and strip_article(norm) not in gaz.never
        and trigger_of(text, words[i]) is None
        and gaz.demonym_country(word) is None
        and not described_noun(text, words, i)
    )


# a locating word within reach: بريف، في، a direction, قرب
_LOCATOR_AHEAD = re.compile(r"\s(?:[وف]?ب\S|في\s|شمال|جنوب|شرق|غرب|قرب|بالقرب)")


def located_name(gaz: Gazetteer, text: str, words: list[PlaceWord], i: int) -> tuple[int, str] | None:
    """``في مزرعة الوادي الأخضر بريف حماة``, ``في تل الصوان بريف إدلب``: an unknown name after a
    preposition that the stricter guess (:func:`may_be_foreign_name`) refuses (a two-word
    name, a final ة, the article) is still a place when a known place right after it says
    where it is: its last word and key. It is never searched by Latin name; it is placed only
    at a town that locates it (see :func:`rasd.stages.places.resolve._anchor_licensed`)."""
    w = words[i]
    if _LOCATOR_AHEAD.search(text, w.end, w.end + 48) is None:
        return None  # nothing after it could locate it (a cheap test before the lexicon look-ups)
    norm = w.norm
    last = i
    if norm in NAME_STARTS and i + 1 < len(words) and words[i + 1].joined:
        last = i + 1
        nxt = words[last]
        if (nxt.norm in gaz.stop_words or trigger_of(text, nxt) is not None
                or any(gaz.longest_from(s) for _p, s in word_stems(text[nxt.start:nxt.end]))):
            return None
    elif len(norm) < 4 or norm.endswith(("ات", "ين", "ون", "ها", "هم", "هن", "كم", "نا")) or (
            broken_plural(strip_article(norm)) and not norm.endswith("ه")):
        return None
    key = strip_article(" ".join(x.norm for x in words[i : last + 1]))
    one = last == i  # (كفر, عين, تل ... open a name of two words: their own commonness does not count)
    if (
        norm in gaz.stop_words
        or key in gaz.never
        or (one and strip_article(norm) in gaz.never)
        or (one and gaz.is_common(norm))
        or (one and gaz.is_common(strip_article(norm)))
        or gaz.demonym_country(text[w.start : w.end]) is not None
        or trigger_of(text, w) is not None
        or descriptive(norm)
    ):
        return None
    while last + 1 < len(words) and last - i < MAX_UNKNOWN_WORDS - 1 and name_continues(gaz, text, words, last + 1):
        last += 1
    return last, key


# participles that open a relative clause after a name (حي X الخاضع لسيطرة المعارضة)
_RELATIVE_PARTICIPLES = frozenset(normalize_key(w) for w in (
    "الخاضع", "الخاضعة", "الخاضعتين", "الخاضعين", "الواقع", "الواقعة", "التابع", "التابعة",
    "المجاور", "المجاورة", "القريب", "القريبة", "المحاذي", "المحاذية", "المحاصر", "المحاصرة",
))


# direction adjectives that end a village's name (الكرك الشرقي، العكر الشرقي)
_DIRECTIONS = frozenset(normalize_key(w) for w in DEFINITE_ADJECTIVES)


def name_continues(gaz: Gazetteer, text: str, words: list[PlaceWord], j: int) -> bool:
    """Whether word ``j`` may continue an unknown name (``كاورا نامودا``): joined to it, and
    not a place word, link, function word, conjunction, adjective, demonym, common word, or
    the start of a known name (``حي النصر بالموصل``)."""
    w = words[j]
    if not w.joined or w.norm.startswith("و") or len(w.norm) < 2 or trigger_of(text, w) is not None:
        return False
    links = place_triggers()["qualifier_links"]
    for p, stem in word_stems(text[w.start : w.end]):
        if stem in links or stem in _RELATIVE_PARTICIPLES or stem in FUNCTION_WORDS or stem in PREPOSITIONS or descriptive(stem):
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
