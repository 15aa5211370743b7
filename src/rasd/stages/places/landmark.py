"""Named landmarks that no table holds, put at the town of their context (part of the places stage).

News names camps, streets, squares, checkpoints, hotels and mosques that no gazetteer lists,
often with no word that ties them to a town: ``استعادة مثلث العلم`` in a sentence about Aden,
``شارع 60`` in a story about Ramadi. A landmark is read only where a head word
(:file:`data/places/landmark_heads.json`, written without the article: ``المستشفى`` names no
one hospital) is followed by a name: a quoted name, a number (``برج 45``; not a count, ``فندق 5
نجوم``), a tens word (``نقطة الثلاثين``), a title and a person's name (``مسجد الإمام X``), a
word the entities stage tagged that is no common word, verb, participle or possessive
(``معسكر لبوزة``), or, after a street or junction word only, one definite common noun (``مثلث
العلم``; not ``ميدان الشجاعة``). It is put, with ACLED precision 2 (near that town), as a
landmark the text links to its town is (:func:`rasd.stages.places.resolve._anchor_licensed`),
at the town a locating word right after it names; else at the town its sentence names (the
nearest before it, else the first after it unless another landmark is named between; a town
rather than one of its quarters); else where the same name was put before; else at the
nearest town before it in its paragraph in the story's main country. Where a locating word
ties it to a province, the town must lie there; where it ties it to a place not read
(``في منطقة X``), or where a name the resolution read or set aside overlaps it, nothing is added.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import is_not, itemgetter
from typing import Any

from rasd.kb.gazetteer import KIND_CITY, KIND_SUBTOWN, Gazetteer, GeoMatch
from rasd.stages.places.unknown import name_continues
from rasd.stages.places.words import (
    FUNCTION_WORDS,
    PREPOSITIONS,
    PlaceWord,
    broken_plural,
    read_words,
    strip_article,
    trigger_of,
    word_stems,
)
from rasd.text import load_data, normalize_key

__all__ = ["LandmarkSpan", "landmark_spans", "place_named_landmarks"]


@dataclass(frozen=True, slots=True)
class _Lexicon:
    heads: frozenset[str]
    common_ok: frozenset[str]
    titles: frozenset[str]
    number_words: frozenset[str]
    months: frozenset[str]
    not_names: frozenset[str]
    after_number: frozenset[str]
    locators: frozenset[str]
    road_words: frozenset[str]
    placed_elsewhere: re.Pattern[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data: dict[str, Any] = load_data("places/landmark_heads.json")

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize_key(w) for w in data[key])

    # a link word and a place noun or the first word of a name right after a landmark (في منطقة، بمديرية، في تل)
    placed_elsewhere = re.compile(r"[\s»\"”)]*(?:في\s+|ب)(?:" + "|".join(map(re.escape, data["place_nouns"])) + r")\s")
    return _Lexicon(words("heads"), words("common_ok"), words("titles"), words("number_words"),
                    words("months"), words("not_names"), words("after_number"), words("locators"),
                    words("road_words"), placed_elsewhere)


@dataclass(frozen=True, slots=True)
class LandmarkSpan:
    """A named landmark's span in the text (the head word and its name, or a quoted name alone)."""

    start: int
    end: int
    titled: bool = False  # a title and a person's name (مسجد الإمام X)


_QUOTED = re.compile(r"\s?[«\"“(]([^»\"”)\n«“(]{2,40})[»\"”)]")
_NUMBER = re.compile(r" (\d{1,4})(?=[\s،,.)»]|$)")
_MAX_QUOTED_WORDS = 4
# what may stand before a head word: و، ف، ب، ل (not the article, المستشفى, nor ك: كتلة is no تلة)
_HEAD_PREFIXES = frozenset({"", "و", "ف", "ب", "وب", "فب", "ل", "ول", "فل"})
_MAX_PERSON_WORDS = 5
_START, _END = itemgetter(0), itemgetter(1)  # PlaceWord.start, PlaceWord.end


def _head_at(text: str, w: PlaceWord) -> int | None:
    """The offset where a head word begins inside word ``w`` (after a proclitic: بمربع،
    وبرج), or ``None`` when ``w`` is no head (or carries the article: المستشفى)."""
    plen = _head_offset(text[w.start : w.end])
    return None if plen is None else w.start + plen


@lru_cache(maxsize=16_384)  # read once per surface: most words of a text are asked again
def _head_offset(word: str) -> int | None:
    """Where a head word begins inside ``word`` (the length of the proclitic before it), or
    ``None`` when the word is no head (a function of the surface alone)."""
    heads = _lexicon().heads
    for plen, stem in word_stems(word):
        if stem in heads and normalize_key(word[:plen]) in _HEAD_PREFIXES:
            return plen
    return None


def _proper(gaz: Gazetteer, text: str, w: PlaceWord) -> bool:
    """Whether a word may be a landmark's own name: no common word, place word, demonym,
    verb form, plural or relative adjective (لبوزة، الشيراتون; not تدريب، الجوية)."""
    norm = w.norm
    key = strip_article(norm)
    if len(key) < 3 or norm in FUNCTION_WORDS or norm in PREPOSITIONS or norm in gaz.stop_words:
        return False
    if gaz.is_common(key) or gaz.is_common(norm) or key in gaz.never or gaz.has_key(key):
        return False  # (a known name the resolution did not place is left to it)
    if not norm.startswith("ال") and norm[0] in "ايتن":
        return False  # an imperfect verb or an elative (يقع، تم، أكبر)
    if norm[0] in "لبو" and (norm[1] in "تين" or norm.startswith(("لل", "بال")) or gaz.is_common(norm[1:])):
        return False  # a preposition or و and a noun or verb (سوق للخضار، نقطة لتفويج، محطة ويصل), not a name (لبوزة)
    written = text[w.start : w.end]
    if not norm.startswith("ال") and (written.endswith(("ه", "ها", "هم", "هما")) or (norm[0] == "م" and len(norm) >= 5)):
        return False  # a possessive (مسجد رسوله) or a participle (سوق مزدحم، سوق محملة، مستشفى مملوكة)
    return not (norm.endswith(("ات", "ين", "ون", "ي", "يه")) or broken_plural(key)
                or trigger_of(text, w) is not None or gaz.demonym_country(text[w.start : w.end]) is not None)


def _common_name(text: str, w: PlaceWord) -> bool:
    """One definite common noun that names a street or square (العلم، الساعة): not a relative
    adjective, a plural or a word that makes the phrase generic (ساحة المعركة)."""
    norm = w.norm
    lex = _lexicon()
    return (norm.startswith("ال") and len(norm) >= 5 and norm not in lex.not_names and strip_article(norm) not in lex.heads
            and not norm.endswith(("ي", "يه", "ات", "ين", "ون")) and trigger_of(text, w) is None)


def _person_end(text: str, words: list[PlaceWord], j: int, persons: tuple[tuple[int, int], ...]) -> int | None:
    """The index of the last word of a person's name after the title at word ``j``: to the end
    of a person's name the entities stage tagged there, else the one word after the title."""
    reach = words[j + 1].end if j + 1 < len(words) and words[j + 1].joined else words[j].end
    ends = [e for s, e in persons if words[j].start <= s <= reach and e > words[j].end]
    if ends:
        inside = [k for k in range(j + 1, min(len(words), j + 1 + _MAX_PERSON_WORDS)) if words[k].end <= max(ends)]
        return inside[-1] if inside and all(words[k].joined for k in inside) else None
    if j + 1 >= len(words) or not words[j + 1].joined:
        return None
    nxt = words[j + 1].norm
    if nxt.startswith("و") or nxt in FUNCTION_WORDS or nxt in PREPOSITIONS or trigger_of(text, words[j + 1]) is not None:
        return None
    return None if not nxt.startswith("ال") and nxt[0] in "ايتن" else j + 1  # (a verb: ألقت، يقع)


def _name_end(
    gaz: Gazetteer, text: str, words: list[PlaceWord], i: int, head: str, persons: tuple[tuple[int, int], ...],
    named: tuple[tuple[int, int], ...] | None,
) -> int | None:
    """The end offset of the name that follows the head word ``words[i]``, or ``None``."""
    lex = _lexicon()
    after = text[words[i].end : words[i].end + 60]
    number = _NUMBER.match(after)
    if number is not None:
        end = words[i].end + number.end()
        nxt = re.match(r" ([\u0621-\u064a]+)", text[end : end + 30])
        if nxt is None:
            return end  # a mark or the end of the sentence after it
        word = normalize_key(nxt.group(1))
        if word in lex.months:
            return end + nxt.end()
        return end if word.startswith(("ال", "و")) or word in _lexicon().after_number else None
    if i + 1 >= len(words) or not words[i + 1].joined:
        return None
    j, nxt_word = i + 1, words[i + 1]
    if nxt_word.norm in lex.number_words:
        return nxt_word.end
    if nxt_word.norm in lex.titles:
        last = _person_end(text, words, j, persons)
        return words[last].end if last is not None else None
    tagged = named is None or any(s < nxt_word.end and nxt_word.start < e for s, e in named)
    if tagged and _proper(gaz, text, nxt_word):  # (a name the entities stage saw: not ميدان العز)
        last = j + 1 if j + 1 < len(words) and name_continues(gaz, text, words, j + 1) else j
        return words[last].end
    if head in lex.common_ok and _common_name(text, nxt_word):
        return nxt_word.end
    return None


def landmark_spans(
    gaz: Gazetteer, text: str, persons: tuple[tuple[int, int], ...] = (), named: tuple[tuple[int, int], ...] | None = None,
) -> list[LandmarkSpan]:
    """Every named landmark of ``text`` (head word and name; a quoted name alone: gold and
    ACLED name ``مخفر (قره بولاك)`` by what the marks enclose). ``persons``: the spans of
    persons' names (a title's name runs to the end of one); ``named``: every span the
    entities stage tagged (``None``: it did not run), where a word read as a name must lie."""
    words = read_words(text)
    out: list[LandmarkSpan] = []
    # each word's head offset looked up in C (a cache per surface): Python only at a head
    offsets = list(map(_head_offset, map(text.__getitem__, map(slice, map(_START, words), map(_END, words)))))
    for i in compress(range(len(words)), map(is_not, offsets, repeat(None))):
        w = words[i]
        start = w.start + offsets[i]  # type: ignore[operator]
        quoted = _QUOTED.match(text, w.end)
        if quoted is not None:
            inner = quoted.group(1).strip()
            if 0 < len(inner.split()) <= _MAX_QUOTED_WORDS and re.fullmatch(r"[\u0621-\u064a\s\-]+", inner):
                first = quoted.start(1) + (len(quoted.group(1)) - len(quoted.group(1).lstrip()))
                out.append(LandmarkSpan(first, first + len(inner)))
            continue
        head = normalize_key(text[start : w.end])
        end = _name_end(gaz, text, words, i, head, persons, named)
        if end is not None:
            titled = i + 1 < len(words) and words[i + 1].norm in _lexicon().titles
            out.append(LandmarkSpan(start, end, titled))
    return out


_SENTENCE_END = re.compile(r"[.!?؟\n]")
_LINK_REACH = 40  # characters from a landmark to a place a link word ties it to
_LINK_WORDS = 4  # words between them (عند المدخل الشرقي لمدينة)


def _town_level(match: GeoMatch, precision: int) -> bool:
    """A town, a quarter or a landmark placed at its town (not a region: الجنوب اليمني)."""
    return match.kind in (KIND_CITY, KIND_SUBTOWN) and precision <= 2 and match.precision <= 2


def _linked_after(text: str, span: LandmarkSpan, placed: list[tuple[int, int, GeoMatch, int]]) -> tuple[GeoMatch, int] | None:
    """The place right after a landmark that a locating word (في، ب، عند، قرب، a direction) or
    nothing ties it to (``سوق X بولاية Y``، ``مثلث X عند المدخل الشرقي لمدينة Y``)."""
    for s, _e, match, precision in placed:
        if span.end <= s <= span.end + _LINK_REACH:
            words = text[span.end : s].replace("»", " ").replace(")", " ").replace('"', " ").split()
            linked = not words or (len(words) <= _LINK_WORDS and (
                normalize_key(words[0]) in _lexicon().locators or words[0].startswith("ب")))
            return (match, precision) if linked and not re.search(r"[،,.:؛]", text[span.end : s]) else None
    return None


def _anchor(text: str, span: LandmarkSpan, towns: list[tuple[int, int, GeoMatch]], main: str | None,
            seen: dict[str, GeoMatch]) -> GeoMatch | None:
    """The town of a landmark: the nearest town before it in its sentence, else the first
    after it in its sentence, else where the same name was placed before, else the nearest
    town before it in its paragraph in the story's main country (a landmark named far from
    any town, مسجد X in a story about another country, is left unplaced)."""
    cut = [m.end() for m in _SENTENCE_END.finditer(text, 0, span.start)]
    begin = cut[-1] if cut else 0
    stop = _SENTENCE_END.search(text, span.end)
    finish = stop.start() if stop is not None else len(text)
    before = _cities_first([t for t in towns if begin <= t[0] and t[1] <= span.start])
    if before:
        return before[-1][2]
    after = _cities_first([t for t in towns if span.end <= t[0] and t[1] <= finish])
    if after and not _head_between(text, span.end, after[0][0]):
        return after[0][2]  # (not the town of another landmark named between: مسجد X ... مسجد Y في بلدة Z)
    known = seen.get(normalize_key(text[span.start : span.end]))
    if known is not None:
        return known
    paragraph = text.rfind("\n", 0, span.start) + 1
    story = _cities_first([t for t in towns if paragraph <= t[0] and t[1] <= span.start and t[2].country == main])
    return story[-1][2] if story else None


_LAST_WORD = re.compile(r"([\u0621-\u064a]+)\s*$")


def _names_a_landmark(text: str, start: int) -> bool:
    """Whether the town at ``start`` names a road or a landmark after a head word (``طريق مكة``،
    ``ميناء عدن``) rather than the place a landmark beside it lies in."""
    last = _LAST_WORD.search(text, max(0, start - 16), start)
    if last is None:
        return False
    heads, roads = _lexicon().heads, _lexicon().road_words
    return any(stem in heads or stem in roads for _p, stem in word_stems(last.group(1)))


def _cities_first(towns: list[tuple[int, int, GeoMatch]]) -> list[tuple[int, int, GeoMatch]]:
    """``towns`` with the quarters and landmarks dropped where a town itself is among them: a
    landmark of a sentence that names a town and one of its quarters is put at the town (as
    ACLED codes it)."""
    cities = [t for t in towns if t[2].kind == KIND_CITY]
    return cities or towns


def _head_between(text: str, start: int, end: int) -> bool:
    """Whether a head word stands between ``start`` and ``end``."""
    part = text[start:end]
    return any(_head_at(part, w) is not None for w in read_words(part))


def _fits(town: GeoMatch, wider: GeoMatch) -> bool:
    """Whether a town may lie in the wider place (a province, a region) a link ties a landmark to."""
    if town.country != wider.country:
        return False
    return wider.admin1 is None or town.admin1 == wider.admin1


def place_named_landmarks(
    gaz: Gazetteer, text: str, placed: list[tuple[int, int, GeoMatch, int]],
    persons: tuple[tuple[int, int], ...] = (), named: tuple[tuple[int, int], ...] | None = None,
) -> list[tuple[int, int, GeoMatch]]:
    """(start, end, town) for the named landmarks of ``text`` that no place of ``placed``
    ((start, end, match, precision), sorted) overlaps, each at the town of its context (see
    :func:`_anchor`): a town a link word ties it to comes first, and a province or region one
    ties it to must hold the town (``سوق X بولاية Y``: not a town of another province).
    ``persons``: spans of persons' names, where no landmark is read but the one a title opens;
    ``named``: see :func:`landmark_spans`."""
    if not placed:
        return []
    main = Counter(match.country for _s, _e, match, _p in placed).most_common(1)[0][0]
    towns = [(s, e, match) for s, e, match, precision in placed
             if _town_level(match, precision) and not _names_a_landmark(text, s)]
    seen = {normalize_key(text[s:e]): match for s, e, match in towns}
    out: list[tuple[int, int, GeoMatch]] = []
    for span in landmark_spans(gaz, text, persons, named):
        busy = placed if span.titled else [*placed, *((s, e, None, 0) for s, e in persons)]
        if any(s < span.end and span.start < e for s, e, _m, _p in busy):
            continue
        linked = _linked_after(text, span, placed)
        if linked is None and _lexicon().placed_elsewhere.match(text, span.end):
            continue  # the text says where it is, in a place not read (معسكر X في منطقة Y)
        if linked is not None and _town_level(*linked):
            town: GeoMatch | None = linked[0]
        else:
            town = _anchor(text, span, towns, main, seen)
            if town is not None and linked is not None and not _fits(town, linked[0]):
                town = None
        if town is not None:
            seen.setdefault(normalize_key(text[span.start : span.end]), town)
            out.append((span.start, span.end, town))
    return out
