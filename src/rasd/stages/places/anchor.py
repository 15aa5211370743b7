"""Places located by the place that follows them (part of the places stage).

Conflict reporting names villages, districts, camps and bases that no gazetteer holds, and
says where they are: ``منطقة العند بمحافظة لحج``, ``قرية المنطار بريف حلب الجنوبي``, ``بلدات
طعوم وسرمين بريف إدلب``, ``منطقة جويبة غربي الرمادي``. :func:`attach_anchors` links such a
mention to the known place after it (directly, or through a list joined by و);
:func:`anchored_readings` then places a mention the gazetteer could not place at its anchor
with a coarser ACLED precision (2: near that town; a province is too coarse), and moves a mention read as a
far namesake (``مدينة زنجبار عاصمة محافظة أبين``: not Zanzibar) to the candidate near its
anchor.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from rasd.kb.gazetteer import (
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_SUBTOWN,
    Gazetteer,
    GeoMatch,
    haversine_km,
)
from rasd.span_index import SpanIndex
from rasd.stages.places.compass import ADVERBS
from rasd.stages.places.direction import direction_before
from rasd.stages.places.letters import ARABIC_WORD
from rasd.stages.places.listmates import list_joined
from rasd.stages.places.match import Mention
from rasd.stages.places.words import quoted_name
from rasd.stages.sources.stage import canonical_source
from rasd.text import load_data, normalize_key, proclitic_splits

__all__ = ["LINK_BI", "LINK_STRONG", "LINK_WEAK", "attach_anchors", "place_quarters", "town_before", "anchored_precision", "far_from_anchor", "is_outlet", "mark_context", "nearest_to_anchor"]

_MAX_GAP_WORDS = 4
_FAR_KM = 100.0  # a reading this far from the town that locates it is a namesake
_SAME_TOWN_KM = 25.0  # across a border, only a reading this close to its anchor is the same place
_FAR_PROVINCE_KM = 150.0  # the same from a province's main town, outside that province
_STOP = re.compile(r"[.!?؟\n:؛\"«»]")
_GAP_WORD = re.compile(ARABIC_WORD)
_PROCLITIC_ONLY = frozenset({"ب", "بال", "ال", "ل", "لل"})  # a bare ب is also "with": a weak link


@lru_cache(maxsize=1)
def _link_words() -> frozenset[str]:
    """Words that may stand between a place and the place that locates it: qualifier links,
    directions and every place word (في، بمحافظة، شمال مدينة، التابعة لبلدة، عاصمة)."""
    data: dict[str, Any] = load_data("places/triggers.json")
    words: set[str] = set()
    for key, values in data.items():
        if not key.startswith("_"):
            words.update(normalize_key(w) for w in values)
    words.update(normalize_key(w) for w in ("عاصمة", "الواقعة", "التابعة", "التابع", "الواقع", "قرب", "بالقرب",
                                            "مقربة", "على", "داخل", *ADVERBS))
    return frozenset(words)


_WEAK_LINKS = frozenset(normalize_key(w) for w in ("من", "،", ","))


LINK_WEAK, LINK_BI, LINK_STRONG = 1, 2, 3
_OTHER = frozenset(normalize_key(w) for w in ("أخرى", "اخرى", "أخر", "مجاورة", "محيطة"))
_AND_OTHER_PLACES = frozenset(normalize_key(w) for w in (
    "وأماكن", "ومناطق", "وقرى", "وبلدات", "ومدن", "وأحياء", "ومواقع", "ونقاط",
))


def _gap_link(gap: str, other: Mention) -> int:
    """0: ``other`` does not locate the mention before it; ``LINK_WEAK``: a comma or من;
    ``LINK_BI``: a bare ب (in, but also with: يربط أبوظبي بصحار); ``LINK_STRONG``: a place
    word, a direction or في says so. A gap starting with و is a list, not a location."""
    if _STOP.search(gap) or gap.count("(") > 1:
        return 0
    words = _GAP_WORD.findall(gap)
    if len(words) > _MAX_GAP_WORDS:
        return 0
    if not words:
        # juxtaposed: only when a place word or direction opens the second name
        if other.trigger in ("near", "admin", "town", "district"):
            return LINK_STRONG
        return LINK_WEAK if "," in gap or "،" in gap or "(" in gap else 0
    if len(words) > 2 and normalize_key(words[1]) in _OTHER and normalize_key(words[0]) in _AND_OTHER_PLACES:
        words = words[2:]  # قريتي X وY وأماكن أخرى في سهل الغاب: the list goes on, then its place
    opening = next((w for w in words if not _adjective(normalize_key(w))), "")
    if opening.startswith("و"):
        return 0  # (also after an adjective: بمدخل إدلب الغربي، وقرب ...: a new clause)
    links = _link_words()
    level = LINK_WEAK
    for w in words:
        norm = normalize_key(w)
        if norm in _PROCLITIC_ONLY:
            level = max(level, LINK_BI if norm.startswith("ب") else LINK_WEAK)
            continue
        stems = [normalize_key(s) for _p, s in proclitic_splits(w)]
        if _adjective(norm):
            continue  # حي الجراف الغربي شمالي صنعاء، قاعدة العند الجوية في لحج
        if not any(st in links or st in _WEAK_LINKS for st in stems):
            return 0
        if not any(st in _WEAK_LINKS for st in stems):
            level = LINK_STRONG
    if other.trigger in ("near", "admin", "town", "district") and level == LINK_BI:
        level = LINK_STRONG  # بريف إدلب، بمحافظة لحج
    return level


def _adjective(norm: str) -> bool:
    """A definite relative adjective (الغربي، الجوية، الاستراتيجي) that may stand between a
    place and the place that locates it."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) >= 6


def _locates(other: Mention) -> bool:
    # a sea or a macro-region that no one country holds (شواطئ ولاية لويزيانا في الخليج المكسيكي)
    # is too wide to locate anything
    wide = all(c.kind == KIND_SUBTOWN and c.precision >= 3 and not c.country for c in other.candidates)
    return bool(other.candidates) and not wide and not other.guess and not other.qualifier_only and not other.needs_anchor


_QUARTER_WORDS = frozenset(normalize_key(w) for w in ("حي", "أحياء", "حيي", "الحي"))
_QUARTER_REACH = 300  # characters back to the town a quarter belongs to


def _mark_quarters(text: str, mentions: list[Mention]) -> None:
    """``حي الجحملية``, ``أحياء الملعب والإسكان``: the names after a quarter word (and the
    names listed with them) are parts of a town."""
    for k, m in enumerate(mentions):
        before = text[max(0, m.start - 20) : m.start]
        last = _LAST_WORD.search(before) if "ح" in before else None  # every quarter word has a ح
        if last is not None and any(normalize_key(s) in _QUARTER_WORDS for _p, s in proclitic_splits(last.group(1))):
            m.quarter = True
        elif k and mentions[k - 1].quarter and list_joined(text, mentions[k - 1], m):
            m.quarter = True


def _nisba(form: str) -> bool:
    """An indefinite relative adjective (حي سكني، أحياء سكنية): a kind of quarter, not its name."""
    first = form.split(" ", 1)[0]
    return not first.startswith("ال") and first.endswith(("ي", "يه"))


def town_before(
    text: str, mentions: list[Mention], k: int, placed: dict[int, GeoMatch], country: str | None = None
) -> GeoMatch | None:
    """The town a quarter named by mention ``k`` belongs to, when the text has not said: the
    nearest town placed before it in the same paragraph, within 300 characters (``في تعز ...
    في أحياء حوض الأشراف``). Only a town of ``country`` (the document's main country) counts."""
    m = mentions[k]
    for j in range(k - 1, -1, -1):
        other = mentions[j]
        if m.start - other.end > _QUARTER_REACH or "\n" in text[other.end : m.start]:
            return None
        if other.anchor == k:
            continue  # ساحة العروض في حي X is located by the quarter, not the other way round
        match = placed.get(j)
        if match is not None and match.kind in (KIND_CITY, KIND_SUBTOWN) and not other.quarter:
            return match if country is None or match.country == country else None
    return None


_CLOSERS = ("»", '"', "”", ")")
_NO_ANCHOR = -1
_AFTER_REACH = 80  # characters on to the town a quarter is said to lie in (حي X الواقع شرق مدينة حمص)


def _town_after(
    text: str, mentions: list[Mention], k: int, placed: dict[int, GeoMatch], country: str | None
) -> GeoMatch | None:
    """The town named right after a quarter in the same sentence, within 80 characters: the
    quarter's town, told after a relative clause (it comes before a town of an earlier
    sentence). For an area that is no quarter (``منطقتي X الأول وX الثاني جنوب مدينة الرمادي``),
    only a town that a direction word before it says the area lies by."""
    m = mentions[k]
    for j in range(k + 1, len(mentions)):
        other = mentions[j]
        gap = text[m.end : other.start]
        if other.start - m.end > _AFTER_REACH or _STOP.search(gap):
            return None
        match = placed.get(j)
        if match is not None and match.kind in (KIND_CITY, KIND_SUBTOWN) and not other.quarter:
            if not m.quarter and not direction_before(gap, text[other.start : other.end]):
                return None
            return match if country is None or match.country == country else None
    return None


def place_quarters(gaz: Gazetteer, text: str, mentions: list[Mention]) -> list[tuple[int, GeoMatch, int]]:
    """(mention index, place, precision) for the quarters the resolution left unplaced or read
    as a far namesake, and for the names after a place word that nothing located: the same
    name placed elsewhere in the document (one sense per document), else the town named
    before them in the paragraph (see :func:`town_before`), precision 2."""
    placed = {j: m.choice for j, m in enumerate(mentions) if m.choice is not None}
    # a place put at the place that locates it is no evidence of its own
    countries = Counter(c.country for j, c in placed.items() if placed.get(_NO_ANCHOR if (a := mentions[j].anchor) is None else a) != c)
    main = countries.most_common(1)[0][0] if countries else None
    same_name = {m.key: m.choice for m in mentions if m.choice is not None}
    out: list[tuple[int, GeoMatch, int]] = []
    for k, m in enumerate(mentions):
        # a name after a town, district or landmark word, or after منطقة (the other division and
        # area words name no part of a town: محافظة القنفذة, مناطق المملكة, داخل مطبخ)
        local = m.choice is None and m.anchor is None and not m.guess and (
            m.trigger in ("town", "district", "landmark") or (m.needs_anchor and m.area_of_town))
        # a quarter may be named by a common noun with the article (حي الشرطة، حي الجامعة): حي
        # says it is a name; an indefinite one describes the quarters (أحياء خاضعة لسيطرة ...)
        named_quarter = m.quarter and m.form.startswith("ال")
        if not (m.quarter or local) or m.qualifier_only or m.weak or (gaz.is_common(m.key) and not named_quarter) or _nisba(m.form):
            continue
        if m.choice is not None and (m.anchor is not None or m.choice.kind not in (KIND_CITY, KIND_SUBTOWN)):
            continue
        if m.choice is None and m.key in same_name:
            m.choice = same_name[m.key]
            out.append((k, m.choice, m.choice.precision))
            continue
        town = _town_after(text, mentions, k, placed, main) or town_before(text, mentions, k, placed, main)
        if town is not None and (m.choice is None or far_from_anchor(m.choice, town)):
            m.choice = town
            if m.quarter:
                m.end = _ordinal_end(text, m.end)
            out.append((k, town, 2))
    return out + _same_quarter(mentions, out)


def _same_quarter(mentions: list[Mention], out: list[tuple[int, GeoMatch, int]]) -> list[tuple[int, GeoMatch, int]]:
    """The other mentions of a quarter placed in its town that were read as a far namesake (one
    sense per document: ``حي العزيزية`` of a story about Ramadi, placed there once, is not the
    town of that name elsewhere)."""
    done = {k for k, _t, _p in out}
    town_of: dict[str, GeoMatch] = {}
    for k, placed, precision in out:
        if mentions[k].quarter and precision == 2:
            town_of.setdefault(mentions[k].key, placed)
    more: list[tuple[int, GeoMatch, int]] = []
    for k, m in enumerate(mentions):
        town = town_of.get(m.key)
        if town is not None and k not in done and m.choice is not None and far_from_anchor(m.choice, town):
            m.choice = town
            more.append((k, town, 2))
    return more


# ordinals that number quarters of the same name (حي الشرطة الرابعة، حي الإعلام الثاني)
_ORDINALS = frozenset(normalize_key(w) for w in (
    "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
    "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة",
))
_NEXT_WORD = re.compile(rf" ({ARABIC_WORD})")


def _ordinal_end(text: str, end: int) -> int:
    """The end of a quarter's name with the ordinal that follows it, if one does."""
    nxt = _NEXT_WORD.match(text, end)
    return nxt.end() if nxt is not None and normalize_key(nxt.group(1)) in _ORDINALS else end


def attach_anchors(text: str, mentions: list[Mention]) -> None:
    """Set ``anchor`` (the index of the known place that locates a mention) and
    ``anchor_link`` on every mention that is followed by one, directly or through a list."""
    _mark_quarters(text, mentions)
    for k in range(len(mentions) - 2, -1, -1):
        m, other = mentions[k], mentions[k + 1]
        if other.start < m.end:
            continue
        m.joined_to_next = list_joined(text, m, other)
        gap = text[m.end : other.start]
        if quoted_name(text, m.start) and gap.lstrip()[:1] in _CLOSERS:
            gap = gap.lstrip()[1:]  # منطقة «X» في أنقرة: the closing mark ends the name, not the link
        link = _gap_link(gap, other) if _locates(other) else 0
        if link:
            m.anchor, m.anchor_link = k + 1, link
        elif other.anchor is not None and list_joined(text, m, other):
            m.anchor, m.anchor_link = other.anchor, other.anchor_link


def anchored_precision(anchor: GeoMatch, m: Mention | None = None) -> int | None:
    """The ACLED precision of a place known only to lie at or near ``anchor``; ``None`` when
    the anchor is too coarse to place it. In a province: where a town or district word before
    the mention ``m`` says what it is (not an adjective: مركز انتخابي) and a place word or في
    links it to the province (``قرية المزرعة بمحافظة صلاح الدين``), it is coded to the
    province, precision 3, as ACLED codes a village it cannot find; otherwise a province or a
    country is too coarse (a word read as a place there would be reported as if it were one)."""
    if anchor.kind in (KIND_CITY, KIND_SUBTOWN):
        return 2
    if (anchor.kind == KIND_ADMIN1 and m is not None and m.trigger in ("town", "district")
            and m.anchor_link == LINK_STRONG and not _nisba(m.form)):
        return 3
    return None


def far_from_anchor(choice: GeoMatch, anchor: GeoMatch, coarse: bool = False) -> bool:
    """Whether ``choice`` cannot be the place that ``anchor`` locates: farther than 100 km from
    a town (150 km when ``coarse``: the text names its countryside or surroundings, ريف إدلب،
    جنوب الحديدة), or in another country, or another province and 150 km away, than a province."""
    if anchor.kind == KIND_COUNTRY or choice.kind == KIND_COUNTRY:
        return False
    km = haversine_km(choice.lat, choice.lon, anchor.lat, anchor.lon)
    far = km > (_FAR_PROVINCE_KM if coarse or anchor.kind == KIND_ADMIN1 else _FAR_KM)
    if choice.country != anchor.country and km > _SAME_TOWN_KM:
        return True  # بلدة الكرك الشرقي بريف درعا is not Jordan's Karak (باب العامود في القدس: the same town)
    if anchor.kind == KIND_ADMIN1:
        # a province's point is its main town: a place of that province may lie farther
        other = choice.country != anchor.country or (
            choice.admin1 is not None and anchor.admin1 is not None and choice.admin1 != anchor.admin1)
        return other and (far or choice.country != anchor.country)
    return far


def nearest_to_anchor(cands: list[GeoMatch], anchor: GeoMatch, coarse: bool = False) -> GeoMatch | None:
    """The candidate within reach of ``anchor``, nearest first; ``None`` when none is."""
    near = [c for c in cands if c.kind != KIND_COUNTRY and not far_from_anchor(c, anchor, coarse)]
    return min(near, key=lambda c: haversine_km(c.lat, c.lon, anchor.lat, anchor.lon)) if near else None


_PREPOSITIONS = frozenset(normalize_key(w) for w in (
    "في", "من", "إلى", "الى", "قرب", "حتى", "نحو", "باتجاه", "عند", "داخل", "بين", "وفي", "ومن", "والى", "وإلى", "مثل",
))
_LAST_WORD = re.compile(rf"({ARABIC_WORD})[\s\-–—«\"]*$")


def mark_context(
    text: str, mentions: list[Mention], hints: tuple[tuple[int, int], ...] = (),
    named: tuple[tuple[int, int], ...] | None = None, persons: tuple[tuple[int, int], ...] = (),
) -> None:
    """Record, for the place score, whether a preposition stands before each mention (``في
    الخبر``; a proclitic ب counts: ``بالموصل``), whether the entities stage tagged it as a
    location (``hints``), and whether it saw no name there at all (``named``: every span it
    tagged; ``None`` when it did not run), whether it lies inside a person's name
    (``persons``, tagged PER where the tagger gave no location: الأحمدي, نزهة), and whether
    another word stands right before it (``after_word``)."""
    hint_index, person_index = SpanIndex(hints), SpanIndex(persons)
    named_index = SpanIndex(named) if named is not None else None
    for m in mentions:
        head = text[max(0, m.start - 30) : m.start]
        word_start = m.start
        while word_start > 0 and "\u0621" <= text[word_start - 1] <= "\u06d3":
            word_start -= 1
        proclitic = normalize_key(text[word_start : m.start])
        if proclitic:
            m.after_preposition = "ب" in proclitic
        else:
            last = _LAST_WORD.search(head)
            m.after_preposition = last is not None and normalize_key(last.group(1)) in _PREPOSITIONS
            # رابط الخبر: the object or second noun of a word before it; not after a comma, a
            # dash (a dateline) or و (a list)
            m.after_word = last is not None and not m.after_preposition and head[last.end(1):].isspace()
        m.ner_loc = hint_index.overlaps(m.start, m.end)  # والخليل tagged as خليل
        m.ner_silent = named_index is not None and not named_index.overlaps(m.start, m.end)
        m.ner_other = not m.ner_loc and person_index.contains(m.start, m.end)
        m.form = normalize_key(text[m.start : m.end])
        m.written = normalize_key(text[word_start : m.end]) if proclitic else ""


_OUTLET_BEFORE = re.compile(r"(?:^|[\s(])[وف]?لـ?\s*[\"«“]$")


def is_outlet(text: str, m: Mention) -> bool:
    """``قالت مصادر لـ«الشرق الأوسط»``, ``ل"الرياض"``: a name quoted right after the preposition
    ل is the outlet told, a newspaper named after a place, not the place; so is a quoted name
    that is a known outlet's (``وأبلغت المصادر «الشرق الأوسط»``, ``تستذكر «الشرق الأوسط»``)."""
    if text[m.end : m.end + 1] not in ("\"", "»", "”"):
        return False
    if _OUTLET_BEFORE.search(text[max(0, m.start - 6) : m.start]):
        return True
    return text[m.start - 1 : m.start] in ("\"", "«", "“") and canonical_source(text[m.start : m.end]) is not None
