"""Finding Arabic place mentions in text (the first half of the places stage).

:func:`find_mentions` scans Arabic word tokens for the longest gazetteer name (clitic-aware,
article-insensitive, spelling-normalised), skips organisation names, person names and
stop-listed words, and records the place word before a name (``ريف``، ``محافظة``، ``بلدة``)
and any explicit qualifier after it (``(لبنان)``، ``السورية``). Names no table holds are read
by :mod:`rasd.stages.places.unknown`; resolution is in :mod:`rasd.stages.places.resolve`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat

from rasd.kb.gazetteer import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    Gazetteer,
    GeoMatch,
)
from rasd.span_index import SpanIndex, inside_range
from rasd.stages.places.index import (
    LOCATED_AFTER,
    ORG,
    beginnings,
    licence_of,
    lookup_key,
    name_readings,
    org_readings,
    with_town_named,
    word_kind,
)
from rasd.stages.places.lists import inside_longer, listed_division
from rasd.stages.places.mention import Mention
from rasd.stages.places.unknown import located_name, may_be_foreign_name, named_after_place_word
from rasd.stages.places.variants import variant_reading
from rasd.stages.places.words import (
    CONJUNCTIONS,
    FUNCTION_WORDS,
    NAME_STARTS,
    OPENING_MARKS,
    PREPOSITIONS,
    PlaceWord,
    definite_place_word,
    descriptive,
    has_article,
    place_triggers,
    prefix_len,
    quoted_name,
    read_words,
    strip_article,
    strip_prefix,
    trigger_lookup,
    trigger_of,
    two_sense_division,
    word_stems,
    words_of_kind,
)
from rasd.text import load_data, normalize_key

__all__ = ["Mention", "find_mentions"]

_MAX_WORDS = 6


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """Arabic cardinal number words (ثلاث، ست، عشرين، مئة), from the events' count table."""
    data = load_data("events/numbers.json")
    return frozenset(normalize_key(w) for k in ("units", "ten_words", "tens", "hundreds", "thousands") for w in data[k])


def _counted_after_function_word(words: list[PlaceWord], i: int) -> bool:
    """``أن ست غارات``: a function word then a number word is a clause, never a place name
    (GeoNames spells the US town Onset ``ان ست``)."""
    return i + 1 < len(words) and words[i].norm in FUNCTION_WORDS and words[i + 1].norm in _number_words()


def _blocked(
    text: str, words: list[PlaceWord], gaz: Gazetteer, surfaces: list[str] | None = None, kinds: list[int] | None = None,
) -> set[int]:
    """Word indices inside organisation names from the stop-list (``surfaces``: the words as
    written, ``kinds``: their :func:`word_kind`, when the caller has them)."""
    blocked: set[int] = set()
    n_max = gaz.org_max_words
    if surfaces is None:
        surfaces = [text[w.start : w.end] for w in words]
    if kinds is None:
        kinds = [word_kind(gaz, word) for word in surfaces]
    for i in [i for i, kind in enumerate(kinds) if kind & ORG]:
        for stem, longest in org_readings(gaz, surfaces[i]):
            parts = [stem]
            for j in range(i + 1, min(len(words), i + min(n_max, longest))):
                if not words[j].joined:
                    break
                parts.append(words[j].norm)
            for n in range(len(parts), 0, -1):
                if strip_article(" ".join(parts[:n])) in gaz.organisations:
                    blocked.update(range(i, i + n))
                    break
    return blocked


def find_mentions(
    gaz: Gazetteer,
    text: str,
    excluded: Sequence[tuple[int, int]] = (),
    hints: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    """Place-name mentions of ``text`` with their candidate entries (unresolved).

    ``excluded``: names that are not places (person entities); a town or division strictly
    inside one is dropped (``صلاح الدين`` in ``صلاح الدين الأيوبي``), one that only equals it is
    kept, since the gazetteer knows better than a tagger that ``سيدي بوزيد`` is a town. ``hints``: spans another component
    (the entities stage) found to be locations, tried when nothing matched there."""
    words = _join_quoted(text, read_words(text))
    surfaces = [text[w.start : w.end] for w in words]
    kinds = list(map(word_kind, repeat(gaz), surfaces))
    blocked = _blocked(text, words, gaz, surfaces, kinds)
    may_begin = beginnings(gaz, words, surfaces, kinds)
    mentions: list[Mention] = []
    starts = list(compress(range(len(words)), may_begin))  # the words between are passed over
    i = 0
    while i < len(words):
        prev = mentions[-1] if mentions and mentions[-1].last == i - 1 else None
        if not may_begin[i] and prev is None:
            i = starts[k] if (k := bisect_left(starts, i)) < len(starts) else len(words)
            continue
        found = None if i in blocked or not may_begin[i] else _match_at(gaz, text, words, i, blocked, prev)
        if found is None and prev is not None and not prev.guess:
            found = _list_guess(gaz, text, words, i, prev.trigger == "town") or (
                _two_word_list_guess(gaz, text, words, i) if prev.trigger is not None else None)
        if found is None:
            i += 1
            continue
        if isinstance(found, Mention):
            mentions.append(found)
        i = found.last + 1
    for m in mentions:
        inner = max(text.rfind(q, m.start, m.end) for q in OPENING_MARKS)
        if inner >= 0:  # قاعدة «العند»: a known name spanning its place word and a quotation mark
            m.start = inner + 1 + len(text[inner + 1 : m.end]) - len(text[inner + 1 : m.end].lstrip())
    if excluded:
        excluded_index = SpanIndex(excluded)
        mentions = [m for m in mentions if not inside_longer(m, excluded_index)]
    if hints:
        # a location the entities stage found is tried as its hint (by Latin name), not only
        # where a town locates it
        mentions = [m for m in mentions if not (m.located_only and any(s < m.end and m.start < e for s, e in hints))]
        mentions.extend(_hinted(gaz, text, words, mentions, hints, blocked))
        mentions.sort(key=lambda m: m.start)
    _attach_qualifiers(gaz, text, words, mentions)
    return mentions


_CLOSING_MARKS = ("»", '"', "”", ")")
_OPENING = re.compile("[«\"“(]")
_QUOTED_WORDS = 3


def _join_quoted(text: str, words: list[PlaceWord]) -> list[PlaceWord]:
    """``بمنطقة "سانجاق تيبيه" في أنقرة``, ``جبهة «دوفس»``: a name of up to three words quoted
    right after a place word is read as if the place word stood next to it (the first word
    counts as joined to it); the closing mark still ends the name."""
    out = words
    starts = [w.start for w in words] if words and _OPENING.search(text) else []
    for mark in _OPENING.finditer(text) if starts else ():
        i = bisect_left(starts, mark.end())
        if i == 0 or i >= len(words):
            continue
        w, before = words[i], words[i - 1]
        if w.joined or text[before.end : w.start].strip() not in OPENING_MARKS:
            continue
        last = next((j for j in range(i, min(i + _QUOTED_WORDS, len(words)))
                     if text[words[j].end : words[j].end + 2].strip()[:1] in _CLOSING_MARKS), None)
        if last is None or any(not words[j].joined for j in range(i + 1, last + 1)) or trigger_of(text, before) is None:
            continue
        if out is words:
            out = list(words)
        out[i] = w._replace(joined=True)
    return out


def _hinted(
    gaz: Gazetteer, text: str, words: list[PlaceWord], mentions: list[Mention],
    hints: Sequence[tuple[int, int]], blocked: set[int],
) -> list[Mention]:
    """Mentions for location spans found elsewhere that no gazetteer name covered: their own
    name if the gazetteer knows it, else a consonant-skeleton guess in the document's country."""
    out: list[Mention] = []
    taken = SpanIndex((m.start, m.end) for m in mentions)
    starts, ends = [w.start for w in words], [w.end for w in words]  # words are in text order
    for s, e in hints:
        if taken.overlaps(s, e):
            continue
        inside = [k for k in inside_range(starts, ends, s, e) if k not in blocked]
        if not inside or inside != list(range(inside[0], inside[-1] + 1)) or len(inside) > 4:
            continue
        i, last = inside[0], inside[-1]
        surface = text[words[i].start : words[last].end]
        key = strip_article(" ".join(w.norm for w in words[i : last + 1]))
        if key in gaz.never or key in gaz.stop_words or len(key.replace(" ", "")) < 3:
            continue
        cands = gaz.candidates(key) if gaz.has_key(key) else []
        m = Mention(words[i].start, words[last].end, i, last, key, cands)
        if not cands:
            m.skeleton_word, m.guess, m.listed = surface, True, True
        out.append(m)
    return out


def _variant_at(gaz: Gazetteer, text: str, words: list[PlaceWord], i: int, word: str, listed: bool = False) -> Mention | None:
    """``في مونتيرال``, ``استراليا ونيوزيلاندا``: an unknown word after a place word, العاصمة or a
    preposition (or ``listed``, joined by و to a place) read as the well-known place one
    spelling change away (:func:`rasd.stages.places.variants.variant_reading`)."""
    w = words[i]
    before = text[words[i - 1].start : words[i - 1].end] if i > 0 and w.joined else ""
    located = listed or _licence_before(text, words, i) is not None or any(
        stem in PREPOSITIONS for _p, stem in word_stems(before)) or (
        bool(before) and trigger_of(text, words[i - 1]) == "capital")  # العاصمة كانبيرا
    found = variant_reading(gaz, word, located)
    if found is None:
        return None
    plen, key, cands = found
    m = Mention(w.start + plen, w.end, i, i, key, cands, listed=listed, variant=True, skeleton_word=word[plen:])
    _set_trigger(gaz, text, words, m)
    return m


def _list_guess(gaz: Gazetteer, text: str, words: list[PlaceWord], i: int, town_list: bool = False) -> Mention | None:
    """``الخوخة والتحيتا``: an unknown word joined by و to a place just found is probably a
    place too; it is tried by consonant skeleton in the document's country. ``town_list``:
    a town or quarter word stands before that place."""
    w = words[i]
    if not w.joined or not w.norm.startswith("و") or len(w.norm) < 4:
        return None
    stem = w.norm[1:]
    if (
        stem in gaz.stop_words
        or strip_article(stem) in gaz.never
        or stem.endswith(("ات", "ين", "ون", "ها", "هما", "هم"))  # plurals; غيرها "others"
        or gaz.demonym_country(stem) is not None
        or gaz.has_key(strip_article(stem))
        or trigger_of(text, w) is not None
        # a number or a noun (غارتان قرب تكريت وأربع قرب بيجي) goes on only a list opened
        # by a town or quarter word (أحياء الروضة والمرور)
        or (not town_list and gaz.is_common(strip_article(stem)))
    ):
        return None
    word = text[w.start + 1 : w.end]
    variant = _variant_at(gaz, text, words, i, text[w.start : w.end], listed=True)
    if variant is not None:
        return variant
    return Mention(w.start + 1, w.end, i, i, strip_article(stem), [], skeleton_word=word, guess=True, listed=True)


def _opens_unknown_name(gaz: Gazetteer, text: str, words: list[PlaceWord], i: int) -> bool:
    """Whether word ``i``, a word that opens names (عين، وادي، تل، أم ...), is followed by the
    second word of a name no table holds (``عين اللوزة``, ``وادي سر``): a joined word that is no
    place word, function word, demonym or start of a known name."""
    if i + 1 >= len(words) or not words[i + 1].joined:
        return False
    nxt = words[i + 1]
    surface = text[nxt.start : nxt.end]
    return not (
        len(nxt.norm) < 2 or nxt.norm in gaz.stop_words or nxt.norm in FUNCTION_WORDS or nxt.norm in PREPOSITIONS
        or trigger_of(text, nxt) is not None or gaz.demonym_country(surface) is not None
        or any(gaz.longest_from(stem) for _p, stem in word_stems(surface))
        or not any("\u0621" <= ch <= "\u064a" for ch in surface)
    )


def _two_word_list_guess(gaz: Gazetteer, text: str, words: list[PlaceWord], i: int) -> Mention | None:
    """``بين بلدتي المسيفرة وأم ولد``: a name of two words that opens with أم، عين، تل، بئر ...
    joined by و to a place named after a place word is a place too, tried like a one-word
    list guess (:func:`_list_guess`); its two words are the name."""
    w = words[i]
    if not w.joined or not w.norm.startswith("و") or w.norm[1:] not in NAME_STARTS or i + 1 >= len(words):
        return None
    nxt = words[i + 1]
    if (not nxt.joined or len(nxt.norm) < 2 or nxt.norm in gaz.stop_words or nxt.norm in FUNCTION_WORDS
            or trigger_of(text, nxt) is not None or gaz.demonym_country(text[nxt.start : nxt.end]) is not None):
        return None
    key = strip_article(f"{w.norm[1:]} {nxt.norm}")
    if key in gaz.never or gaz.has_key(key):
        return None
    word = text[w.start + 1 : nxt.end]
    return Mention(w.start + 1, nxt.end, i, i + 1, key, [], skeleton_word=word, guess=True, listed=True)


def _person_context(gaz: Gazetteer, text: str, words: list[PlaceWord], i: int, last: int) -> bool:
    if i > 0 and words[i].joined:
        for _p, stem in word_stems(text[words[i - 1].start : words[i - 1].end]):
            if stem in gaz.person_before:
                return True
    return last + 1 < len(words) and words[last + 1].joined and words[last + 1].norm in gaz.person_after


def _is_adjective(gaz: Gazetteer, text: str, words: list[PlaceWord], i: int, stem: str) -> bool:
    """``السورية`` after a noun (``الحكومة السورية``) and ``تركية`` after an indefinite noun
    (``مسيرة تركية``) are adjectives, not the country."""
    definite = stem.startswith("ال")
    bare = stem[2:] if definite else stem
    if not gaz.is_demonym_form(bare):
        return False
    if i == 0 or not words[i].joined:
        return False
    prev = words[i - 1].norm
    if prev in FUNCTION_WORDS:
        return False
    if stem in gaz.country_not_adjective:
        return prev.startswith("ال")
    return True


def _agrees_as_adjective(text: str, words: list[PlaceWord], i: int, stem: str, cands: list[GeoMatch]) -> bool:
    """``التسوية السلمية``: a definite relative adjective (ال...ية) right after a definite noun
    agrees with it; it is no small town of that name (As Salamiyah). A place word before it
    (``مدينة السلمية``) or a city of 100,000 or more is not doubted."""
    if not (stem.startswith("ال") and stem.endswith("يه")) or i == 0 or not words[i].joined:
        return False
    prev = words[i - 1].norm
    return (prev.startswith("ال") and prev not in FUNCTION_WORDS and trigger_of(text, words[i - 1]) is None
            and bool(cands) and all(c.kind == KIND_CITY and c.population < _ADJECTIVE_TOWN for c in cands))


_ADJECTIVE_TOWN = 100_000


def _strength(gaz: Gazetteer, key: str) -> int:
    best = 0
    for c in gaz.candidates(key):
        best = max(best, 10**10 if c.kind != KIND_CITY else c.population)
    return best


@dataclass(frozen=True, slots=True)
class _Skip:
    """A name that is not a place here: skip its words (``last`` is the last one)."""

    last: int


def _licence_before(text: str, words: list[PlaceWord], i: int) -> str | None:
    """:func:`licence_of` the word right before word ``i`` (none across punctuation)."""
    return licence_of(text[words[i - 1].start : words[i - 1].end]) if i > 0 and words[i].joined else None


def _match_at(
    gaz: Gazetteer, text: str, words: list[PlaceWord], i: int, blocked: set[int], prev: Mention | None = None,
) -> Mention | _Skip | None:
    """The mention (or skipped name) that begins at word ``i``."""
    word = text[words[i].start : words[i].end]
    stems = name_readings(gaz, word)
    run = 1 if stems else 0  # no reading begins a name: only the guesses after the loop below
    while run and i + run < len(words) and run < _MAX_WORDS and words[i + run].joined and i + run not in blocked:
        run += 1
    if stems:  # the most words a name may span from each reading, walking the names word by word
        following = [w.norm for w in words[i + 1 : i + run]]
        longest = {stem: gaz.name_span(stem, following) for _p, stem in stems}
        run = min(run, max(longest.values()))
    for n in range(run, 0, -1):
        rest = [w.norm for w in words[i + 1 : i + n]]
        options: list[tuple[int, str, str]] = []
        if n > 1 and text[words[i + n - 1].start : words[i + n - 1].end] in CONJUNCTIONS:
            continue  # بيان أن is "a statement that", not Yan'an
        if n > 1 and _counted_after_function_word(words, i):
            continue
        for plen, stem in stems:
            if longest[stem] < n or (plen and words[i].norm in NAME_STARTS):
                continue  # (وادي سر is no و + ادي: a word that opens names is not split)
            if n == 1 and stem in NAME_STARTS and _opens_unknown_name(gaz, text, words, i):
                continue  # حي عين اللوزة: not the place عين alone
            key = lookup_key(gaz, " ".join([stem, *rest]))
            if gaz.has_key(key) and key not in gaz.never and (len(key.replace(" ", "")) >= 3 or key in gaz.trigger_only):
                options.append((plen, stem, key))
        if not options:
            continue
        plen, stem, key = options[0] if len(options) == 1 else max(options, key=lambda o: (_strength(gaz, o[2]), -o[0]))
        last = i + n - 1
        if _person_context(gaz, text, words, i, last):
            return None
        if n == 1 and ((plen == 0 and _is_adjective(gaz, text, words, i, stem)) or "\u064b" in word):
            return None  # an adjective; a word with tanween fath (سوياً، شمالاً) is no name
        cands = gaz.candidates(key)
        if n > 1 and trigger_of(text, words[i]) == "town":
            cands = with_town_named(gaz, cands, " ".join(rest))
        if n == 1 and plen == 0 and _agrees_as_adjective(text, words, i, stem, cands):
            return None
        mismatch = False
        if n == 1:  # هول is not الهول, المالي is not مالي
            article = has_article(word, plen, stem)
            same = gaz.candidates(key, article=article)
            mismatch = not same
            if same and all(c.kind == KIND_ADMIN1 for c in same):
                # الخرطوم: GeoNames spells the province with the article and its capital
                # without it; the capital of a province of that name stays a reading
                same += [c for c in gaz.candidates(key, article=not article) if c.kind == KIND_CITY
                         and any(a.country == c.country and a.admin1 == c.admin1 for a in same)]
            cands = same or cands
        m = Mention(words[i].start + plen, words[last].end, i, last, key, cands)
        _set_trigger(gaz, text, words, m)
        if m.trigger is None and key in gaz.trigger_only:
            if not listed_division(prev, word[:plen], cands):
                # not a place here, and neither are its parts (النيل الأبيض is not الأبيض)
                return _Skip(last) if n > 1 else None
            m.trigger = "admin"  # read as the division it is listed as
        if m.trigger is None and (key in gaz.weak_names or (n == 1 and (words[i].norm in gaz.stop_words or mismatch))):
            m.weak = True
            m.article_added = mismatch and article
        licence = _licence_before(text, words, i)
        if licence in ("town", "near"):  # a known name after a division word stays as it is
            m.skeleton_word = text[m.start : m.end]
            m.skeleton_strict = licence == "near"
        return m
    # a place word followed by an unknown name: try its Latin spelling later
    licence = _licence_before(text, words, i)
    variant = None if licence is not None else _variant_at(gaz, text, words, i, word)
    if variant is not None:
        return variant
    if licence is not None:
        named = named_after_place_word(gaz, text, words, i, licence)
        if named is not None:
            m = Mention(named.start, named.ends[-1], i, named.last, named.key, [])
            m.skeleton_word = text[named.start : named.ends[-1]]
            # shorter readings, longest first: موسيمبوا دا برايا, else موسيمبوا
            m.skeleton_alts = tuple((text[named.start:e], e) for e in reversed(named.ends[:-1]))
            m.skeleton_strict = licence == "near"
            m.skeleton_admin = licence == "admin"
            m.needs_anchor = named.needs_anchor
            _set_trigger(gaz, text, words, m)
            found = variant_reading(gaz, word, True) if named.last == i else None
            if found is not None and found[0] == named.start - words[i].start:
                m.candidates, m.variant = found[2], True  # (ولاية ميلوايكي: Milwaukee, unless a Latin name fits)
            return m
    # an unknown word after في/من/إلى/قرب: maybe a place with no Arabic alias (كيسمايو)
    if i > 0 and words[i].joined and any(
        stem in PREPOSITIONS for _p, stem in word_stems(text[words[i - 1].start : words[i - 1].end])
    ):
        if may_be_foreign_name(gaz, text, words, i, word):
            m = Mention(words[i].start, words[i].end, i, i, words[i].norm, [], skeleton_word=word, guess=True)
            return m
        return _located_guess(gaz, text, words, i)
    if i > 0 and words[i].joined and any(
        stem in LOCATED_AFTER for _p, stem in word_stems(text[words[i - 1].start : words[i - 1].end])
    ):
        return _located_guess(gaz, text, words, i)
    return None


def _located_guess(gaz: Gazetteer, text: str, words: list[PlaceWord], i: int) -> Mention | None:
    """An unknown name that a known place right after it may locate (see
    :func:`rasd.stages.places.unknown.located_name`)."""
    found = located_name(gaz, text, words, i)
    if found is None:
        return None
    last, key = found
    m = Mention(words[i].start, words[last].end, i, last, key, [], guess=True)
    m.located_only = True
    return m


def _set_trigger(gaz: Gazetteer, text: str, words: list[PlaceWord], m: Mention) -> None:
    """Record the place word before the name; near-words extend the span (``ريف إدلب``)."""
    i = m.first
    if i == 0 or not words[i].joined or m.start != words[i].start:
        return
    prev = words[i - 1]
    two = f"{words[i - 2].norm} {prev.norm}" if i >= 2 and prev.joined else None
    look = trigger_lookup()
    if two and strip_prefix(two) in look and look[strip_prefix(two)] == "near":
        m.trigger = "near"
        first = words[i - 2]
        m.start = first.start + prefix_len(text, first)
        return
    kind = trigger_of(text, prev)
    if kind is not None and kind != "capital" and definite_place_word(text, prev):
        return  # السجن خمس: a place word with the article is no construct with the name after it
    if kind is None:
        # a demonym between a place word and the name: العاصمة الليبية طرابلس
        cc = gaz.demonym_country(text[prev.start : prev.end])
        if cc and i >= 2 and prev.joined:
            kind2 = trigger_of(text, words[i - 2])
            if kind2:
                m.trigger = kind2
                m.qualifier_cc = cc
        return
    m.trigger = kind
    m.area_word = kind == "admin" and two_sense_division(text, prev)
    m.area_of_town = kind in ("admin", "area") and words_of_kind(text, prev, place_triggers()["area_of_town"])
    if kind in ("near", "landmark") and not quoted_name(text, m.start):  # (قاعدة «العند»: the name alone)
        m.start = prev.start + prefix_len(text, prev)


def _attach_qualifiers(gaz: Gazetteer, text: str, words: list[PlaceWord], mentions: list[Mention]) -> None:
    """Demonyms and parenthesised or following countries/divisions that qualify a name."""
    for k, m in enumerate(mentions):
        if m.located_only:
            continue  # located by the place after it, not qualified by it (الغوطة (ريف دمشق))
        nxt = m.last + 1
        after = text[m.end : m.end + 40]
        stripped = after.lstrip()
        if stripped.startswith("(") and ")" in stripped:
            inner = stripped[1 : stripped.index(")")]
            sub = find_mentions(gaz, inner) if len(inner) < 40 else []
            for s in sub:
                c = _unique_region_or_country(s)
                if c:
                    m.qualifier_cc, m.qualifier_admin = c
                    m.qualifier_strong = True
                    open_at = m.end + len(after) - len(stripped)
                    close_at = open_at + stripped.index(")")
                    for other in mentions[k + 1 : k + 4]:
                        if open_at < other.start < close_at:
                            other.qualifier_only = True
                    break
            continue
        if nxt < len(words) and words[nxt].joined:
            cc = gaz.demonym_country(text[words[nxt].start : words[nxt].end])
            if cc and m.qualifier_cc is None:
                m.qualifier_cc = cc
                m.qualifier_demonym = m.qualifier_strong = True
                continue
        if k + 1 < len(mentions) and m.qualifier_cc is None:
            other = mentions[k + 1]
            link = _links(text, words, m, other)
            if link:
                c = _unique_region_or_country(other)
                if c:
                    m.qualifier_cc, m.qualifier_admin = c
                    m.qualifier_strong = link == _STRONG


_WEAK, _STRONG = 1, 2
_FROM = normalize_key("من")


def _links(text: str, words: list[PlaceWord], m: Mention, other: Mention) -> int:
    """Whether ``other`` qualifies ``m``: ``طرابلس شمال لبنان``, ``سراقب في ريف إدلب``,
    ``تلعفر، نينوى`` (not a list: ``فرنسا وبريطانيا``). 0 when not, ``_STRONG`` when a word
    says so (في، بولاية، إقليم، a direction: ``بلدة ... في إقليم إيتوري``), ``_WEAK`` for a
    bare comma or juxtaposition (``مدن حلب، القاهرة``) or من."""
    if other.first - m.last > 4:
        return 0
    gap = text[m.end : other.start]
    if any(ch in gap for ch in ".!?؟\n:؛"):
        return 0
    links = place_triggers()["qualifier_links"]
    strong = other.trigger in ("near", "admin")
    for j in range(m.last + 1, other.first):
        stems = [stem for _p, stem in word_stems(text[words[j].start : words[j].end])]
        if not any(stem in links or descriptive(stem) for stem in stems):
            return 0
        strong = strong or _FROM not in stems
    lead = normalize_key(text[words[other.first].start : other.start]) if other.start > words[other.first].start else ""
    if lead.startswith("و"):
        return 0
    return _STRONG if strong else _WEAK


def _unique_region_or_country(m: Mention) -> tuple[str, tuple[str, str] | None] | None:
    kinds = [c for c in m.candidates if c.kind in (KIND_COUNTRY, KIND_ADMIN1)]
    if not kinds or m.trigger in ("town", "district"):
        return None
    countries = {c.country for c in kinds}
    if len(countries) != 1:
        return None
    cc = countries.pop()
    admins = {c.index for c in kinds if c.kind == KIND_ADMIN1}
    if len(admins) == 1 and not any(c.kind == KIND_COUNTRY for c in kinds):
        a = next(c for c in kinds if c.kind == KIND_ADMIN1)
        return cc, (cc, a.admin1 or "")
    return cc, None
