"""Resolving place mentions to one gazetteer entry each (the second half of the places stage).

:func:`resolve_mentions` chooses among a mention's candidates: explicit qualifiers first,
then the dateline, the document's dominant country and region, nearby places and population,
and drops readings too weak to report. :func:`geocode_string` resolves a short string such as
a dateline.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rasd.kb.gazetteer import (
    FOCUS_REGIONS,
    KIND_ADMIN1,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_SUBTOWN,
    Gazetteer,
    GeoMatch,
    haversine_km,
    load_gazetteer,
    other_reading_zipf,
)
from rasd.kb.gazetteer_latin import arabic_vowel_count, extra_latin_countries
from rasd.span_index import NearPoints, PointIndex
from rasd.stages.places.anchor import (
    LINK_BI,
    LINK_STRONG,
    anchored_precision,
    far_from_anchor,
    nearest_to_anchor,
)
from rasd.stages.places.match import Mention, find_mentions
from rasd.stages.places.words import (
    COMPASS_ADJECTIVES,
    descriptor_form,
    generic_place_noun,
    strip_article,
    trigger_kind,
)

__all__ = ["Mention", "Resolved", "find_mentions", "geocode", "geocode_string", "place_score", "resolve_mentions"]

_SAME_PLACE_KM = 25.0  # Latin-name namesakes closer than this are one place
_NEAR_KM = 100.0  # a namesake this close to another place of the story is the one meant
_SCORE_NEAR_KM, _SCORE_REGION_KM = 100.0, 300.0  # a candidate this close to another town of the story scores 2, 1
# a word with no place noun before it is tried by Latin name only if it looks foreign: two
# vowel letters or more (كيسمايو، التحيتا; not مقطع، ضمن، حراس)
_GUESS_VOWELS = 2
_EXTRA_LATIN = extra_latin_countries()  # Turkey and Iran: Latin names indexed as in the focus regions
_COMMON_WEIGHT = 0.75  # a doubling of a word's common uses over its place uses costs 0.75
_TRIGGER_WEIGHT = 3.0  # a place word before the name (مدينة، بلدة، حي ...)
_FREQUENT_ZIPF = 4.0  # about one word in 100,000 of running Arabic
_FREQUENT_WEIGHT = 3.0  # each tenfold above that costs 3, where the entities stage saw no location
_FOREIGN_WEIGHT = 1.5  # a place outside the document's countries, with nothing but its name for it
_NER_OTHER_WEIGHT = 2.0  # the entities stage called it a name of another kind (its LOC tag adds 2)
_LISTED_VOWELS = 1  # one after و and a place just found (الزنتان وترهونة)
_SMALL_PLACE = 100_000  # a town smaller than this whose name has a frequent other reading needs context
_OTHER_ZIPF = 3.0  # an other reading from about one word in a million of running Arabic ...
_OTHER_WEIGHT = 2.0  # ... costs 2 for each tenfold above that
_VILLAGE, _VILLAGE_WEIGHT = 10_000, 1.0  # and 1 more for a village


@dataclass(frozen=True, slots=True)
class Resolved:
    """A mention's span, its chosen entry and the ACLED precision of the reading."""

    start: int
    end: int
    match: GeoMatch
    precision: int


def _is_anchor(m: Mention) -> bool:
    if m.weak or m.qualifier_only or m.skeleton_word is not None:
        return False
    return bool(m.candidates) and len({c.country for c in m.candidates}) == 1 and (
        m.candidates[0].kind != KIND_CITY or m.candidates[0].population >= 50_000 or m.trigger is not None
    )


def _dominant_candidate(m: Mention, cands: list[GeoMatch]) -> bool:
    """A great city among small namesakes (لندن: London, not London, Ohio) is evidence too."""
    if m.weak or m.skeleton_word is not None or len(cands) < 2:
        return False
    pops = sorted((c.population for c in cands), reverse=True)
    return pops[0] >= 1_000_000 and pops[0] >= 20 * pops[1]


def _constrained(m: Mention, defer: bool = False) -> list[GeoMatch]:
    """The candidates that fit the mention's qualifier. A qualifier that fits none is dropped
    (``m.contradicted`` says so), unless ``defer``: a Latin-name search in the qualifier's
    country is still to come."""
    cands = m.candidates
    if m.qualifier_cc:
        same = [c for c in cands if c.country == m.qualifier_cc]
        if same:
            cands = same
        elif m.weak or (m.qualifier_demonym and not m.trigger) or defer:
            # "السلطات الأفغانية": a noun with an adjective, not a place of that country
            return []
        else:
            if m.qualifier_strong:
                m.contradicted = "admin" if m.qualifier_admin else "country"
            m.qualifier_cc = m.qualifier_admin = None
        if m.qualifier_admin:
            same_admin = [c for c in cands if c.admin1 == m.qualifier_admin[1]]
            if same_admin:
                cands = same_admin
    return cands


@dataclass(frozen=True, slots=True)
class _Context:
    """What the whole document says about where it is."""

    share: dict[str, float]
    dateline_cc: str | None
    dominant: str | None
    dom_region: str | None
    context: frozenset[str]  # countries with a tenth of the evidence, and their neighbours
    core: frozenset[str]  # the dominant and the dateline country
    counts: dict[str, int]  # evidence per country: anchors, demonyms, the dateline (2)
    attested: frozenset[str] = frozenset()  # keys named somewhere in the document after a place word


def _document_context(
    gaz: Gazetteer, mentions: list[Mention], dateline_cc: str | None, extra: Counter[str] | None
) -> tuple[_Context, list[tuple[int, GeoMatch]]]:
    counts: Counter[str] = Counter(extra or {})
    anchors: list[tuple[int, GeoMatch]] = []
    for k, m in enumerate(mentions):
        cands = _constrained(m, defer=m.skeleton_word is not None)
        # a town whose qualifier names another country (منطقة X شمال غربي باكستان, X an
        # Egyptian town's name) says nothing of the story
        if cands and not (m.contradicted and m.trigger) and not all(_below_town(gaz, c) for c in cands) and (
                _is_anchor(m) or m.qualifier_cc or _dominant_candidate(m, cands)):
            best = max(cands, key=lambda c: c.population)
            counts[best.country] += 1
            anchors.append((k, best))
    if dateline_cc:
        counts[dateline_cc] += 2
    total = sum(counts.values()) or 1
    share = {cc: n / total for cc, n in counts.items()}
    dominant = counts.most_common(1)[0][0] if counts else None
    context = {cc for cc, s in share.items() if s >= 0.1}
    for cc in list(context):
        context.update(gaz.neighbours.get(cc, ()))
    ctx = _Context(share, dateline_cc, dominant, gaz.region(dominant) if dominant else None,
                   frozenset(context), frozenset(cc for cc in (dominant, dateline_cc) if cc), dict(counts),
                   frozenset(m.key for m in mentions if m.trigger is not None))
    return ctx, anchors


def _try_skeleton(gaz: Gazetteer, ctx: _Context, m: Mention, near_pts: NearPoints) -> None:
    """Replace weak, foreign or missing candidates by the one place of the qualifier's country
    (else the document's) whose Latin GeoNames name spells the mention; inside the named
    division when there is one (``بلدة ... في إقليم إيتوري``). Nothing changes when no such
    place, or more than one, is found."""
    if m.qualifier_cc:
        wanted = [m.qualifier_cc]
        solid = any(c.country == m.qualifier_cc for c in m.candidates)
    else:
        wanted = _top_countries(ctx)
        if m.guess:  # a bare word is looked for in Turkey or Iran only in a story about it
            wanted = [cc for cc in wanted if cc not in _EXTRA_LATIN or cc == ctx.dominant]
        solid = any(c.country in wanted or c.country in ctx.context or c.kind != KIND_CITY or c.population >= 100_000
                    for c in m.candidates)
    word = m.skeleton_word or ""
    if solid or (m.guess and arabic_vowel_count(word) < (_LISTED_VOWELS if m.listed else _GUESS_VOWELS)):
        return
    for surface, end in ((word, m.end), *m.skeleton_alts):
        choice = _unambiguous(_latin_matches(gaz, m, surface, wanted), near_pts)
        if choice is not None:
            m.candidates = [choice]
            m.skeleton_found = True
            m.skeleton_word, m.end = surface, end
            return


def _latin_matches(gaz: Gazetteer, m: Mention, word: str, wanted: list[str]) -> list[GeoMatch]:
    found = gaz.skeleton_candidates(word, wanted, short=m.qualifier_admin is not None)
    if m.skeleton_strict:
        found = [c for c in found if c.population >= 20_000]
    if m.qualifier_admin is not None:
        # only inside the named division (GeoNames' divisions may be older than the text's:
        # also near its main town)
        cc, name = m.qualifier_admin
        division = gaz.division(cc, name)
        found = [c for c in found if c.admin1 == name or (
            division is not None and haversine_km(c.lat, c.lon, division.lat, division.lon) < _NEAR_KM)]
    return found


def _unambiguous(found: list[GeoMatch], near_pts: NearPoints) -> GeoMatch | None:
    """The one place among Latin-name matches: the only one (namesakes within 25 km are one
    place), else the only one near another place of the story, else one ten times as populous
    as the next (and of 10,000+); ``None`` when that leaves a choice."""
    places: list[GeoMatch] = []
    for c in sorted(found, key=lambda c: -c.population):
        if not any(haversine_km(c.lat, c.lon, p.lat, p.lon) < _SAME_PLACE_KM for p in places):
            places.append(c)
    if len(places) <= 1:
        return places[0] if places else None
    if near_pts:
        close = [p for p in places if near_pts.near(p.lat, p.lon, _NEAR_KM)]
        if len(close) == 1:
            return close[0]
    if places[0].population >= 10 * max(places[1].population, 1000):
        return places[0]
    return None


def _top_countries(ctx: _Context) -> list[str]:
    """The dominant country (and any as present as it) and the dateline's, where a Latin
    name may be looked for."""
    out = [ctx.dominant] if ctx.dominant else []
    top = ctx.share.get(ctx.dominant or "", 0.0)
    out += sorted(cc for cc, share in ctx.share.items() if cc != ctx.dominant and share >= top - 1e-9)
    if ctx.dateline_cc and ctx.dateline_cc not in out:
        out.append(ctx.dateline_cc)
    return out


def _score(gaz: Gazetteer, ctx: _Context, m: Mention, c: GeoMatch, near_pts: NearPoints,
           top_pop: int) -> float:
    """How likely candidate ``c`` is meant by mention ``m`` (higher is better)."""
    s = math.log10(c.population + 10)
    if top_pop >= 1_000_000 and c.population * 50 < top_pop and not m.qualifier_cc:
        s -= 3.0  # a namesake of a great city (Mesquite for موسكو) needs a qualifier
    s += 4.0 * ctx.share.get(c.country, 0.0)
    if c.country == ctx.dateline_cc:
        s += 2.5
    if ctx.dom_region and gaz.region(c.country) == ctx.dom_region:
        s += 1.0
    if near_pts and c.kind in (KIND_CITY, KIND_SUBTOWN):
        s += 2.0 if near_pts.near(c.lat, c.lon, _SCORE_NEAR_KM) else 1.0 if near_pts.near(
            c.lat, c.lon, _SCORE_REGION_KM) else 0.0
    if m.trigger == "admin":
        s += 6.0 if c.kind == KIND_ADMIN1 else 0.0
    elif m.trigger in ("town", "district", "near", "capital", "landmark"):
        s += 3.0 if c.kind in (KIND_CITY, KIND_SUBTOWN) else 0.0
    elif c.kind in (KIND_CITY, KIND_SUBTOWN):
        s += 0.6
        if any(o.kind == KIND_ADMIN1 and o.country == c.country for o in m.candidates):
            s += 1.0  # a bare إدلب or سنار is the town more often than the province
    if c.kind == KIND_SUBTOWN:
        s += 1.0
    return s


def _best(gaz: Gazetteer, ctx: _Context, m: Mention, cands: list[GeoMatch], near_pts: NearPoints) -> GeoMatch:
    """The candidate of highest :func:`_score` (the first of equals; a lone one is not scored)."""
    top_pop = max(c.population for c in cands)
    return cands[0] if len(cands) == 1 else max(cands, key=lambda c: _score(gaz, ctx, m, c, near_pts, top_pop))


def resolve_mentions(
    gaz: Gazetteer,
    mentions: list[Mention],
    *,
    dateline_cc: str | None = None,
    extra_countries: Counter[str] | None = None,
    lenient: bool = False,
) -> list[Resolved]:
    """Choose one entry per mention; drop mentions too weak to be places (unless ``lenient``:
    the text is known to name a place, as a dateline does)."""
    ctx, anchors = _document_context(gaz, mentions, dateline_cc, extra_countries)
    # one sense per document: a name qualified once (طرابلس (لبنان)) keeps that country
    qualified: dict[str, str] = {}
    for m in mentions:
        if m.qualifier_cc and m.key not in qualified and any(c.country == m.qualifier_cc for c in m.candidates):
            qualified[m.key] = m.qualifier_cc
    for m in mentions:
        if not m.qualifier_cc and m.key in qualified:
            m.qualifier_cc = qualified[m.key]
    out: dict[int, Resolved] = {}
    # the towns of the story, by place (not one scan of them all per mention)
    towns = PointIndex(((j, a.lat, a.lon) for j, a in anchors if a.kind in (KIND_CITY, KIND_SUBTOWN)),
                       max(_NEAR_KM, _SCORE_REGION_KM), haversine_km)
    anchors_of: dict[int, list[GeoMatch]] = {}
    for j, a in anchors:
        anchors_of.setdefault(j, []).append(a)
    for k, m in enumerate(mentions):
        if (m.qualifier_only and m.trigger != "near") or (m.needs_anchor and m.anchor is None):
            continue
        near_pts = towns.besides(k)
        if m.skeleton_word is not None and (ctx.dominant or m.qualifier_cc):
            _try_skeleton(gaz, ctx, m, near_pts)
        cands = _constrained(m)
        if not cands:
            continue
        best = _best(gaz, ctx, m, cands, near_pts)
        if _below_town(gaz, best) and not _landmark_in_story(gaz, ctx, m, best):
            cands = _without_landmarks(gaz, ctx, m, near_pts)
            if not cands:
                continue
            best = _best(gaz, ctx, m, cands, near_pts)
        focus = gaz.region(best.country) in FOCUS_REGIONS or best.country in _EXTRA_LATIN
        own = sum(1 for a in anchors_of.get(k, ()) if a.country == best.country)
        if not lenient and (not _acceptable(m, best, ctx, focus, own) or place_score(gaz, ctx, m, best, own) < 0):
            continue
        if best.kind == KIND_ADMIN1 and m.trigger is None:
            # a bare name shared by a division and its main town is the town (وإلى تمبكتو)
            best = gaz.town_named(best.country, best.name, best.admin1) or best
        m.choice = best
        out[k] = Resolved(m.start, m.end, best, _precision(m, best))
    if not lenient:
        _place_by_anchor(gaz, mentions, out)
    return [out[k] for k in sorted(out)]


def _below_town(gaz: Gazetteer, c: GeoMatch) -> bool:
    """A place below town level with a point of its own: a landmark of the landmarks table, or
    a quarter, square or building of the sub-town table (``المنطقة الخضراء``, ``ميدان التحرير``,
    ``البيت الأبيض``), not a region, a mountain range or a GeoNames town."""
    return c.index in gaz.landmarks or (c.kind == KIND_SUBTOWN and c.precision == 1 and c.geonames_id is None)


def _landmark_in_story(gaz: Gazetteer, ctx: _Context, m: Mention, c: GeoMatch) -> bool:
    """A landmark (:func:`_below_town`) is read in a story about its country or a neighbour
    of the story's main country (not a neighbour of a country named in passing: the Green
    Zone is Baghdad's, not a Yemeni front's), where a qualifier names its country, or where
    nothing else says where the story is."""
    if m.qualifier_cc == c.country or not ctx.counts:
        return True
    return c.country in ctx.context and (
        ctx.counts.get(c.country, 0) > 0 or any(c.country in gaz.neighbours.get(cc, ()) for cc in ctx.core))


def _without_landmarks(gaz: Gazetteer, ctx: _Context, m: Mention, near_pts: NearPoints) -> list[GeoMatch]:
    """The readings of a mention once a landmark of another country is set aside (حي التضامن
    in a story about Tunis is not the Damascus quarter): its other candidates, else the name
    after its place word looked up by its Latin spelling in the story's countries."""
    m.candidates = [c for c in m.candidates if not _below_town(gaz, c)]
    words = m.form.split(" ")
    if not m.candidates and len(words) > 1 and trigger_kind(strip_article(words[0])) is not None and ctx.dominant:
        m.skeleton_word = " ".join(words[1:])
        _try_skeleton(gaz, ctx, m, near_pts)
    return _constrained(m)


def _anchor_licensed(gaz: Gazetteer, m: Mention, anchor: Mention) -> bool:
    """Whether an unplaced mention is a place the text locates by the place after it: a name
    after a place word (بلدة، منطقة، معسكر) or in a list with one, not a common word."""
    if m.weak or m.qualifier_only:
        return False
    if gaz.is_common(m.key):
        # a landmark or quarter named by a common word (تبة الدفاع غربي مأرب، حي الشرطة جنوب
        # بغداد): only where its place word and a place right after it say so
        return m.anchor_link == LINK_STRONG and _common_name(m)
    if m.trigger is not None or m.needs_anchor:
        return True
    if m.located_only:
        # (أشهرا من الجمود في عدن: a plain في is not enough; بريف إدلب، شمال مدينة عدن is)
        return m.anchor_link >= LINK_BI and anchor.trigger in _LOCATING_TRIGGERS
    return m.guess and m.anchor_link >= LINK_BI


def _common_name(m: Mention) -> bool:
    """Whether a common word after a place word names the place: one word, not a descriptor,
    after a landmark word (تبة الدفاع، سد كوكب) or, with the article, after a town or quarter
    word (حي الشرطة; مدينة صغيرة is a small town)."""
    words = m.form.split(" ")
    name = words[1:] if m.trigger == "landmark" and len(words) > 1 else words
    return (len(name) == 1 and not descriptor_form(m.form)
            and (m.trigger == "landmark" or (m.trigger == "town" and name[0].startswith("ال"))))


_LOCATING_TRIGGERS = frozenset({"near", "town", "district"})
def text_of(m: Mention) -> str:
    """The mention's words as written (for a Latin-name search), else its key."""
    return m.skeleton_word or m.key


def _place_by_anchor(gaz: Gazetteer, mentions: list[Mention], out: dict[int, Resolved]) -> None:
    """Mentions located by a known place after them (see :mod:`rasd.stages.places.anchor`):
    an unplaced one at its anchor with a coarser precision, one read as a far namesake moved
    to the candidate near its anchor (or, after a place word, to the anchor; else dropped).
    A name moved so keeps that reading in its other, unlocated mentions (one sense per
    document: the second ``لمدينة زنجبار`` of a story about Abyan)."""
    moved: dict[str, GeoMatch] = {}
    for k, m in enumerate(mentions):
        if m.anchor is None or m.anchor not in out:
            continue
        anchor = out[m.anchor].match
        coarse = mentions[m.anchor].trigger in ("near", "admin")
        if k in out:
            current = out[k].match
            located = m.anchor_link == LINK_STRONG or (m.trigger is not None and m.anchor_link == LINK_BI)
            if not located or not far_from_anchor(current, anchor, coarse):
                continue
            if current.kind == KIND_ADMIN1 and m.trigger == "admin":
                continue  # محافظة المنيا جنوب القاهرة: a province the text names as one is that province
            near = (nearest_to_anchor(m.candidates, anchor, coarse)
                    or nearest_to_anchor(_bare_name_candidates(gaz, m), anchor, coarse)
                    or nearest_to_anchor(gaz.skeleton_candidates(text_of(m), [anchor.country]), anchor, coarse))
            if near is not None:
                m.choice = near
                out[k] = Resolved(m.start, m.end, near, _precision(m, near))
                moved.setdefault(m.key, near)
                continue
            # the text says where it is, and the namesake is not there (مدينة زنجبار عاصمة
            # محافظة أبين is not Zanzibar): near the anchor, or nothing
            del out[k]
            m.choice = None
            if m.trigger is None:
                continue
        elif not _anchor_licensed(gaz, m, mentions[m.anchor]):
            continue
        precision = anchored_precision(anchor, m)
        if precision is not None:
            m.choice = anchor
            out[k] = Resolved(m.start, m.end, anchor, precision)
    for k, m in enumerate(mentions):
        near = moved.get(m.key)
        if near is None or m.anchor is not None or k not in out or out[k].match.country == near.country:
            continue
        m.choice = near
        out[k] = Resolved(m.start, m.end, near, _precision(m, near))


def _bare_name_candidates(gaz: Gazetteer, m: Mention) -> list[GeoMatch]:
    """The readings of a name without the place word it opens with, where the gazetteer knows
    the whole phrase as one place's name (``مدينة زنجبار`` is Zanzibar City; ``مدينة زنجبار
    عاصمة محافظة أبين`` is Zinjibar, Yemen)."""
    words = m.key.split(" ")
    if len(words) < 2 or trigger_kind(words[0]) not in ("town", "district"):
        return []
    rest = strip_article(" ".join(words[1:]))
    return gaz.candidates(rest) if gaz.has_key(rest) else []


def place_score(gaz: Gazetteer, ctx: _Context, m: Mention, c: GeoMatch, own: int = 0) -> float:
    """Evidence that a mention with no place word before it is the place ``c`` rather than a
    common word; negative: not a place. One sum: the gazetteer's prior (a country, a
    province, a town by its population), the context (a preposition before it, the entities
    stage calling it a location, a list with a place, the document's countries) against how
    often the word is an ordinary word in news text (:meth:`Gazetteer.commonness`: الشرطة,
    عبر) and, where the entities stage ran and did not call it a location, how frequent it is
    in running Arabic (:meth:`Gazetteer.zipf`: الخبر). A place word before the name weighs 3
    (حي الشرطة is still not Chwarta); an explicit qualifier settles it; countries are not
    doubted for being frequent.
    ``own``: the evidence for ``c``'s country that this mention itself gave."""
    if (m.qualifier_cc and m.qualifier_strong) or not m.form:
        return 1.0
    if c.kind == KIND_COUNTRY and gaz.is_common(m.form) and not (m.after_preposition or m.trigger or ctx.counts.get(c.country, 0) > own):
        return -1.0  # a country named by a common word (مورد مالي "a financial resource") needs its context
    # a place of a country outside the story's countries and their neighbours, or one that
    # nothing but the mention itself (``own``) points to and that does not border the story's
    # main countries
    supported = c.country in ctx.context and (
        ctx.counts.get(c.country, 0) - own > 0 or any(c.country in gaz.neighbours.get(cc, ()) for cc in ctx.core))
    foreign = bool(c.kind != KIND_COUNTRY and m.trigger is None and c.country and not supported)
    # a neighbour of the story's countries that the story itself never names is weaker support
    # than a named one (بخالص تعازيه in a Saudi story is no Iraqi town)
    unnamed = bool(c.kind != KIND_COUNTRY and m.trigger is None and supported and c.country not in ctx.core
                   and ctx.counts.get(c.country, 0) - own <= 0)
    if m.first != m.last and not foreign:
        return 1.0  # a name of several words in the story's countries is rarely an accident (رأس العين)
    # a name is an ordinary phrase only if each of its words is an ordinary word (الشيخ سعد)
    words = m.form.split(" ")
    # two views of one question, how often the name is an ordinary word: its uses in
    # annotated news, and how frequent another reading of it is (a small place only)
    other, split = (0.0, False) if m.key in ctx.attested else _other_reading(gaz, m, c)
    common = max(_COMMON_WEIGHT * min(gaz.commonness(w) for w in words), _OTHER_WEIGHT * other)
    if m.ner_silent and c.kind != KIND_COUNTRY and m.trigger is None:
        # a word frequent in running Arabic that the entities stage did not call a location;
        # a far namesake is doubted from a tenfold rarer word on (هزة, Zipf 3.5: a tremor), so
        # is a neighbour's the story never names and a word right after another word, with no
        # preposition, comma or و before it (رابط الخبر "the link to the news", not Khobar)
        floor = _FREQUENT_ZIPF - (1.0 if foreign else 0.5 if unnamed or m.after_word else 0.0)
        common += _FREQUENT_WEIGHT * max(0.0, min(gaz.zipf(w) for w in words) - floor)
    # a place outside the document's countries and their neighbours that nothing but its
    # name supports (هزة in a Kuwaiti story is not Heze, China), or that the entities stage
    # called a person's name (الأحمدي, نزهة)
    if (foreign or unnamed) and not m.ner_loc:
        common += _FOREIGN_WEIGHT * (1.0 if foreign else 0.5)
    if foreign and m.ner_other:
        # the tagger's PER is noisy (بمدينتي أم درمان وبحري): it weighs only against a far reading
        common += _NER_OTHER_WEIGHT
    if common == 0.0:
        return 1.0
    if c.kind == KIND_COUNTRY:
        prior = 4.0
    elif c.kind == KIND_ADMIN1:
        prior = 3.0
    elif c.kind == KIND_SUBTOWN:
        prior = 2.5
    else:
        prior = min(3.0, max(0.0, math.log10(c.population + 10) - 3.0))
    # the entities stage reads its own name lists: its location tag says nothing of a word
    # with a frequent other reading; nor does a proclitic split off a word of its own (بادر)
    context = (1.5 * (m.after_preposition and not split) + 2.0 * (m.ner_loc and not other) + 1.0 * m.listed
               + _TRIGGER_WEIGHT * (m.trigger is not None))
    # the document's countries, not counting the evidence this mention gave itself (``own``)
    if ctx.counts.get(c.country, 0) - own > 0:
        context += 1.0 if c.country in ctx.core else 0.5 if c.country in ctx.context else 0.0
    return prior + context - common


def _other_reading(gaz: Gazetteer, m: Mention, c: GeoMatch) -> tuple[float, bool]:
    """How far (in Zipf) above one word in a million the commonest other reading of a small
    place's one-word name is, where no place word stands before it (nor before the same name
    elsewhere in the document: ``منطقة المار ... في المار``) (:func:`other_reading_zipf`:
    ``التل`` "the hill", ``الوقف`` "the halt", ``سلميا`` "peacefully", ``بادر`` "he hastened");
    and whether that reading is the word as written with its proclitic. A definite key
    (``العند``) keeps its article: its bare form is no other reading of it."""
    if (m.first != m.last or m.trigger is not None or c.kind not in (KIND_CITY, KIND_SUBTOWN)
            or c.population >= _SMALL_PLACE or strip_article(m.key) != m.key):
        return 0.0, False
    z = other_reading_zipf(m.form, m.written)
    if m.weak:  # written without the article the name has (قصير "short", not القصير): the word itself
        z = max(z, gaz.zipf(m.form))
    z -= _OTHER_ZIPF
    if z <= 0.0:
        return 0.0, False
    split = bool(m.written) and other_reading_zipf(m.form) - _OTHER_ZIPF < z
    return z + (_VILLAGE_WEIGHT / _OTHER_WEIGHT if c.population < _VILLAGE else 0.0), split


def _acceptable(m: Mention, best: GeoMatch, ctx: _Context, focus: bool, own: int = 0) -> bool:
    """Whether a resolved mention is strong enough to report. ``focus``: the place lies in
    the regions rasd is built for (Middle East, North Africa, Horn, Sahel, Afghanistan and
    Pakistan), where a namesake town of the document's country is accepted at any size.
    ``own``: the evidence for ``best``'s country that this mention itself gave."""
    if m.guess:
        return focus and best.country in ctx.core and best.population >= (0 if m.listed else 50_000)
    if m.weak:
        if best.kind != KIND_CITY:
            return best.country in ctx.core
        return best.country in ctx.core and best.population >= (20_000 if focus else 300_000)
    if (best.kind == KIND_CITY and best.population == 0 and not m.qualifier_cc and best.country not in ctx.core
            and ctx.counts.get(best.country, 0) - own <= 0):
        # a hamlet of a country nothing else in the story names (الخالدية in an Iraqi story
        # is not Jordan's; المحلة in a Yemeni one not Anguilla's The Quarter)
        return False
    if m.contradicted == "admin" and m.trigger is not None and best.kind == KIND_CITY:
        # بلدة X في إقليم إيتوري: not a namesake town X of another country
        return False
    if m.trigger is not None and best.kind == KIND_CITY and best.country not in ctx.context and not m.qualifier_cc:
        # بلدة بيتا in a West Bank story is not Pietà in Malta; a town word and a qualifier
        # naming Pakistan do not make an Egyptian namesake town
        return best.population >= 100_000 and m.contradicted is None
    compass = "ال" + strip_article(m.key) in COMPASS_ADJECTIVES  # a bare الشرقية needs its country named
    if (best.kind == KIND_ADMIN1 and not m.qualifier_cc and (m.trigger == "area" or compass) and (
            best.country not in ctx.context
            or (compass and best.country not in ctx.core and ctx.counts.get(best.country, 0) - own <= 0))):
        return False  # (المنطقة) الغربية in an Iraqi story is the western region, not Egypt's Gharbia
    if (best.kind == KIND_ADMIN1 and not m.qualifier_cc
            and (best.country not in ctx.context or ctx.counts.get(best.country, 0) - own <= 0)
            and m.first != m.last and m.key.rsplit(" ", 1)[-1] in COMPASS_ADJECTIVES
            and generic_place_noun(m.key.split(" ", 1)[0])):
        return False  # الجهة الشرقية لمدينة زنجبار is its eastern side, not Morocco's Oriental region
    if best.kind != KIND_CITY or m.trigger is not None or (m.qualifier_cc and (focus or not m.qualifier_demonym)):
        return True
    if m.first != m.last:  # multiword names are rarely accidental
        return best.population >= 1000 or best.country in ctx.context
    if best.country in ctx.context and focus:
        return True
    # elsewhere a one-word town must be a big city: surnames name many small ones (Jackson)
    return best.population >= 300_000


def _precision(m: Mention, c: GeoMatch) -> int:
    if c.precision > 1:
        return c.precision
    if m.skeleton_found and m.skeleton_admin:
        return 2  # منطقة شينكافي: the district named after its town
    if m.trigger in ("near", "district", "landmark"):
        return 2
    if m.trigger == "admin":
        return 3
    return 1


def geocode_string(gaz: Gazetteer, text: str, context: tuple[str, ...] = ()) -> GeoMatch | None:
    """The first place of a short string (a dateline), resolved (see :func:`geocode`)."""
    if not text or not text.strip():
        return None
    mentions = find_mentions(gaz, text[:500])
    if not mentions:
        return None
    resolved = resolve_mentions(gaz, mentions[:1] + [m for m in mentions[1:] if m.start < 200],
                                extra_countries=Counter({cc: 2 for cc in context}), lenient=True)
    return resolved[0].match if resolved else None


def geocode(text: str, *, context: Iterable[str] = ()) -> GeoMatch | None:
    """Resolve a short place string, such as a dateline, to one gazetteer entry.

    Understands qualifiers (``طرابلس (لبنان)``, ``طرابلس اللبنانية``, ``شمال لبنان``);
    ``context`` is a sequence of ISO2 codes to prefer (e.g. the document's countries).
    Returns ``None`` when nothing in ``text`` is a known place.
    """
    return geocode_string(load_gazetteer(), text, tuple(context))
